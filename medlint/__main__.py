"""``python -m medlint`` is the ``medlint`` command."""

from .cli import main

raise SystemExit(main())
