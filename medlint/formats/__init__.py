"""Turn source text into a Document, one module per format.

Every loader must return a prose view of exactly the source's length; the
Document constructor enforces it.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..document import LIST_ITEM, PARAGRAPH, QUOTE, Document
from ..errors import InputError
from ..text.spaces import has_other_spaces, plain_spaces
from .wrapping import wrapped_breaks

FORMATS = ("text", "markdown", "html")

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

FORMAT_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "htm": "html"}


def normalize_format(name: str | None) -> str:
    """A format name or alias as one of FORMATS; None means plain text."""
    if name is None:
        return "text"
    if not isinstance(name, str):
        raise TypeError(f"format must be a string such as 'markdown', got {type(name).__name__}")
    key = name.strip().lower()
    key = FORMAT_ALIASES.get(key, key)
    if key not in FORMATS:
        raise ValueError(f"unknown format {name!r} (expected one of: {', '.join(FORMATS)})")
    return key


def detect_format(path: str | os.PathLike[str] | None, default: str = "text") -> str:
    """Format from the file extension; unknown extensions are plain text."""
    if path is None:
        return default
    ext = os.path.splitext(os.fspath(path))[1].lower()
    return EXTENSIONS.get(ext, default)


_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes, path: str | None = None) -> str:
    """UTF-8 with or without BOM, or UTF-16 with a BOM; anything else is a clear InputError.

    UTF-16 text is full of NUL bytes, so its byte-order mark is checked before the
    binary test. The BOM is kept as the first character, like UTF-8's, so that
    offsets count the same characters a UTF-8 copy of the file would hold. Fixes
    are written back as UTF-8.
    """
    for bom, codec in _UTF16_BOMS:
        if data.startswith(bom) and not data.startswith(b"\xff\xfe\x00\x00"):  # not UTF-32
            try:
                return "\ufeff" + data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"has a UTF-16 byte-order mark but is not valid UTF-16 (offset {exc.start}); "
                    "re-save it as UTF-8",
                ) from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file (contains NUL bytes); not linted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
            "re-save it as UTF-8",
        ) from None
    if text.startswith("\ufeff"):
        # Keep offsets honest: the BOM stays in the source and is blank in prose.
        return text
    return text


def _loader(fmt: str) -> Callable[[str], Document]:
    # a function-level import costs microseconds each time even when the module is loaded: the
    # loader of each format is looked up once
    load = _LOADERS.get(fmt)
    if load is None:
        load = _LOADERS[fmt] = _import_loader(fmt)
    return load


_LOADERS: dict[str, Callable[[str], Document]] = {}


def _import_loader(fmt: str) -> Callable[[str], Document]:
    if fmt == "markdown":
        from .markdown import load
    elif fmt == "html":
        from .html import load
    else:
        from .plain import load
    return load


def load_document(
    source: str,
    format: str | None = "text",
    path: str | None = None,
    nlp_model: str | None = None,
) -> Document:
    doc = _loader(normalize_format(format))(source)
    # a no-break or typographic space between words reads as a plain one (``medlint.text.spaces``)
    if has_other_spaces(doc.prose):
        doc.prose = plain_spaces(doc.prose)
    if "\n" in doc.prose:
        doc.prose = _soft_breaks_as_spaces(doc)
    doc.path = path
    doc.nlp_model = nlp_model
    return doc


#: Blocks whose lines a Markdown renderer joins with a space (CommonMark 6.8, soft line breaks).
_WRAPPED_BLOCKS = frozenset({PARAGRAPH, LIST_ITEM, QUOTE})


def _soft_breaks_as_spaces(doc: Document) -> str:
    """The prose view with each soft line break of a paragraph, list item or block quotation read as a space (one
    character for one): a Markdown file wrapped at 80 columns, or an HTML paragraph whose source runs over several
    lines, says "have been able to quit" whether or not a line ends after "been", and the rules read phrases across
    a space, not across a line end. In Markdown a hard break (two spaces or a backslash before the line end,
    CommonMark 6.7) stays a line end; in HTML a line end in the source is white space (the loader already reads a
    ``<br>`` inside a paragraph as spaces, and lines a ``<br>`` breaks loose text into are blocks of their own).
    Every line end of a heading, code, a table or the space between blocks stays. Plain text says nothing of
    the kind: there only the line ends of a paragraph wrapped at a fixed width are read as spaces
    (``medlint.formats.wrapping``)."""
    prose, source = doc.prose, doc.source
    markdown = doc.format == "markdown"
    chars: list[str] | None = None
    if doc.format == "text":
        paragraphs = ((b.start, b.end) for b in doc.blocks if b.kind in _WRAPPED_BLOCKS)
        for i in wrapped_breaks(source, paragraphs):
            if chars is None:
                chars = list(prose)
            chars[i] = " "
        return prose if chars is None else "".join(chars)
    for block in doc.blocks:
        if block.kind not in _WRAPPED_BLOCKS:
            continue
        i = prose.find("\n", block.start, block.end)
        while i != -1:
            if source[i] == "\n" and (markdown is False or not source.endswith(("  ", "\\"), block.start, i)):
                if chars is None:
                    chars = list(prose)
                chars[i] = " "
            i = prose.find("\n", i + 1, block.end)
    return prose if chars is None else "".join(chars)
