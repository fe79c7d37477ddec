"""``medlint serve``: a local web page where an editor checks one article.

Starlette and uvicorn come with the optional extra ``medlint[web]``. This
module imports neither at the top, so ``medlint check`` never pays for them;
they are imported when the command runs, and their absence is one clear error.
"""

from __future__ import annotations

import argparse
import os
import sys

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
EXIT_ERROR = 2


def serve_command(args: argparse.Namespace) -> int:
    """Run the web page until interrupted; exit 2 when the web extra is missing or the config is bad."""
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        missing = exc.name or "starlette/uvicorn"
        print(
            f"medlint: error: medlint serve needs the web extra ({missing} is not installed): "
            "install medlint[web], e.g. pip install 'medlint[web]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    from ..cli import _base_config  # the same --config/--isolated handling as check

    if args.max_bytes <= 0:
        print("medlint: error: --max-bytes must be positive", file=sys.stderr)
        return EXIT_ERROR
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"medlint: warning: listening on {args.host}: the page has no login, "
            "so anyone who can reach this address can use it",
            file=sys.stderr,
        )
    app = create_app(_base_config(args), max_bytes=args.max_bytes, workers=min(2, os.cpu_count() or 1))
    print(f"medlint: serving on http://{args.host}:{args.port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
