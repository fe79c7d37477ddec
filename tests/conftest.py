"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the folder is not beside the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the repo in CI)")
    return path


@pytest.fixture
def shared() -> type:
    class _S:
        path = staticmethod(shared_path)

    return _S


@pytest.fixture(scope="session", autouse=True)
def _startup_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> object:
    """medlint's start-up cache (``medlint.cache``) goes to a folder of the test session, never
    the user's cache folder; CLI tests run in subprocesses inherit the variable."""
    import os

    from medlint import cache

    old = os.environ.get(cache.ENV_DIR)
    os.environ[cache.ENV_DIR] = str(tmp_path_factory.mktemp("medlint-cache"))
    cache.reset()
    yield
    if old is None:
        os.environ.pop(cache.ENV_DIR, None)
    else:
        os.environ[cache.ENV_DIR] = old
    cache.reset()
