"""Whether a word sits inside a web or e-mail address, a tag, an identifier or a file name.

Word rules read prose, and an address is not prose: "example.dont", "@youre" and
"www. lawsonresearch. ca/ news" hold letters that look like a missing apostrophe, a
misspelling or a dropped accent. Several rules ask the same question, so it is answered
once here.
"""

from __future__ import annotations

#: Characters beside a word that make it part of an address, tag, identifier or file name.
ADDRESS_CHARS = frozenset("/@#\\_.:=<>")


def in_address(prose: str, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` of ``prose`` touches an address character: a slash,
    an at-sign, an underscore before it, or a dot inside a name ("example.dont"); a full stop
    or a colon after it that ends a sentence or a clause does not count."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in ADDRESS_CHARS and before != ".":
        return True
    if before == "." and start > 1 and prose[start - 2].isalnum():
        return True  # "example.dont": a dot inside a name
    return after in ADDRESS_CHARS and not (
        after in ".:" and (end + 1 >= len(prose) or prose[end + 1].isspace())
    )


def in_broken_address(source: str, start: int) -> bool:
    """Whether the word at ``start`` is part of an address the crawl broke at its dots and
    slashes ("http://fasebj. msubmit. net", "www. lawsonresearch. ca/ news"): an "http" or
    "www." before it on its line, every space since after a dot or slash."""
    line_start = source.rfind("\n", 0, start) + 1
    head = source[max(line_start, start - 80) : start]
    at = max(head.rfind("http"), head.rfind("www."))
    if at == -1:
        return False
    return all(head[k - 1] in "./" for k in range(at + 1, len(head)) if head[k].isspace())
