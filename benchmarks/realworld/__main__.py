"""``python -m benchmarks.realworld``: both real-world benchmarks, tables written into RESULTS.md."""

from benchmarks.realworld.run import main

raise SystemExit(main())
