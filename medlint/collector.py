"""The cyclic garbage collector paused while one document is linted.

Linting allocates many short-lived container objects (match objects, tuples,
lists, the document's derived tables) and almost no cyclic garbage: each
document's objects are freed by reference counting when it is dropped. With
Python's defaults the collector still runs a pass every 700 net container
allocations, and every tenth of those re-scans the survivors: counted with
callgrind on 30,000 MedQuAD words in one process, about 3% of the
instructions a run spent per word went to passes that found nothing to free.
The ``medlint`` command raises the threshold for its whole process
(``cli.run``); a library must not change its caller's settings for good, so
:func:`paused` turns the collector off only for the duration of one
document's lint and puts it back as it found it. The collector's count of
allocations keeps running while it is off, so its next pass after the
document (when garbage there is) happens at once, as it would have.

Nothing about a finding depends on when the collector runs; tests/test_collector.py
checks that the collector's state is restored, also when a lint raises, and that
nested and concurrent pauses restore it once, when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """Pauses in progress, and whether the collector was on when the first of them began."""

    depth = 0
    was_enabled = False


_LOCK = threading.Lock()


@contextmanager
def paused() -> Iterator[None]:
    """Run the body with the cyclic collector off, unless it was already off; restore it after
    the outermost pause ends (in any thread), and only if it was on when that pause began."""
    with _LOCK:
        if _Pauses.depth == 0:
            _Pauses.was_enabled = gc.isenabled()
            gc.disable()
        _Pauses.depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _Pauses.depth -= 1
            if _Pauses.depth == 0 and _Pauses.was_enabled:
                gc.enable()
