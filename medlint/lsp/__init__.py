"""``medlint lsp``: a Language Server for editors (needs the ``lsp`` extra, pygls).

Nothing here imports pygls at module level: the CLI imports this package only
when the ``lsp`` command runs, and reports a missing extra with one clear line.
"""

from __future__ import annotations

import sys

INSTALL_HINT = "the language server needs pygls: install medlint[lsp] (pip install 'medlint[lsp]')"


def run() -> int:
    """Serve LSP over stdio; exit status 2 when the ``lsp`` extra is not installed."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        print(f"medlint: error: {INSTALL_HINT}", file=sys.stderr)
        return 2
    from .server import serve

    return serve()
