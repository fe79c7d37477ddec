"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
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


# medlint's start-up cache (``medlint.cache``) goes to a folder of this test session, never the
# user's cache folder: set before any test module imports medlint; CLI tests run in subprocesses
# inherit it (or pass it on when they build their own environment)
_CACHE_DIR = tempfile.mkdtemp(prefix="medlint-test-cache-")
os.environ["MEDLINT_CACHE_DIR"] = _CACHE_DIR


@pytest.fixture(scope="session", autouse=True)
def _startup_cache_in_tmp() -> Iterator[None]:
    from medlint import cache

    cache.reset()
    yield
    cache.reset()
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)
