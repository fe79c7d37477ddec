"""Applying safe fixes, and writing files atomically.

Only fixes marked safe are applied (a doubled word, stray punctuation); edits
that overlap an already accepted edit are skipped and left for the next run.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable

from .diagnostic import Diagnostic, Edit


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[str, int]:
    """Return the fixed text and the number of diagnostics whose fix was applied."""
    accepted: list[Edit] = []
    applied = 0
    taken: list[tuple[int, int]] = []
    for d in sorted(diagnostics, key=lambda d: d.start.offset):
        if d.fix is None or not (d.fix.safe or unsafe):
            continue
        spans = [(e.start, e.end) for e in d.fix.edits]
        if any((s < te and ts < e) or (s == e == ts) for s, e in spans for ts, te in taken):
            continue
        taken.extend(spans)
        accepted.extend(d.fix.edits)
        applied += 1
    out = source
    for e in sorted(accepted, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: e.start] + e.replacement + out[e.end :]
    return out, applied


def write_atomically(path: str, text: str) -> None:
    """Write via a temporary file in the same folder and rename over the original, so an
    interrupted run never leaves a half-written article. Keeps the file mode, and the
    encoding: UTF-8, or UTF-16 when the file on disk starts with a UTF-16 byte-order mark.

    A symlink is written through: the file it points to is replaced and the link stays
    a link (renaming over the link itself would turn it into a copy and leave the
    target unfixed).
    """
    path = os.path.realpath(path)
    directory = os.path.dirname(path)
    mode = stat.S_IMODE(os.stat(path).st_mode) if os.path.exists(path) else 0o644
    fd, tmp = tempfile.mkstemp(prefix=".medlint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_encode_like(path, text))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _encode_like(path: str, text: str) -> bytes:
    """``text`` in the encoding of the file at ``path`` (its BOM is the text's first character)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
    except OSError:
        head = b""
    codec = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}.get(head)
    if codec is not None and text.startswith("\ufeff"):
        return head + text[1:].encode(codec)
    return text.encode("utf-8")
