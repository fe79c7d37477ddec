"""TX102 unbalanced-delimiters: Quotes and brackets that do not pair up within a paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile

_PAIRS = {"(": ")", "[": "]", "{": "}", "\u201c": "\u201d", "\u00ab": "\u00bb"}


_CLOSERS = {v: k for k, v in _PAIRS.items()}


_DELIMITERS = lazy_compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + '"]')


def _doubled_singles_as_doubles(text: str) -> str:
    """Two single quotes written for a double one (typewriter style: ‘‘quoted’’, ''quoted''), as
    their double quote followed by a plain apostrophe: same length, so offsets stay."""
    if "\u2019\u2019" not in text and "\u2018\u2018" not in text and "''" not in text:
        return text
    return (
        text.replace("\u2018\u2018", "\u201c\u2019")
        .replace("\u2019\u2019", "\u201d\u2019")
        .replace("''", "\"'")
    )


_REOPENS = lazy_compile(r'"[A-Z]')  # a straight quote opening a capitalised sentence
_SENTENCE_BEFORE = lazy_compile(r"[.!?]\s+$")


# the ")" that closes an enumerator ("a)", "iv)", "12)"): one to three letters or digits after a
# space, a "(" or the start. The ")" comes first and the label is looked at behind it, so re
# searches for the literal ")" instead of trying every position of the text.
_ENUM_CLOSER = lazy_compile(
    r"\)(?:(?<=(?<![^\s(])[a-zA-Z0-9]\))|(?<=(?<![^\s(])[a-zA-Z0-9]{2}\))|(?<=(?<![^\s(])[a-zA-Z0-9]{3}\)))"
)


class UnbalancedDelimiters(Rule):
    """Quotes and brackets that do not pair up within a paragraph.

    An unclosed quotation hides where a speaker's words end: in health copy
    that is the difference between a researcher's claim and the article's.
    Pairs are checked per block: brackets, curly double quotes and, by count,
    straight double quotes. Apostrophes (’) are not quotes. Enumerations like
    "a)" or "2)" are not closing brackets. A quotation that runs over several
    paragraphs follows the printers' convention: each paragraph opens with a
    quote mark and only the last one closes, so a paragraph whose last
    opening quote stays open is fine when the next paragraph opens a quote.
    A curly quote closed by a straight one, or the reverse, is a pair (their
    mixture is TX106's business), and two single quotes written for a
    double one (typewriter style: ‘‘quoted’’ or ''quoted'') are that double
    quote. The same convention read inside one block:
    an opening quote after a full stop while a quotation is open starts the
    quotation's next paragraph (pages and crawls often run paragraphs
    together), so only the last opening quote must close; for straight
    quotes, an opening one is a '"' before a capital letter.
    """

    code = "TX102"
    name = "unbalanced-delimiters"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., 6.9-6.11 (quotation marks)"
    should_fire = (
        "The doctor said, \u201cIt works. Then she left.",
        "Take the tablets (with food every day.",
        'He said "stop now. Then rest.',
        "Rest) is important.",
    )
    should_not_fire = (
        "The doctor said, \u201cIt works.\u201d Then she left.",
        "The patient\u2019s notes (2023) were clear.",
        "Options: a) rest, b) fluids.",
        'He said "stop now." Then rest.',
        Example("Use `a(b` in code.", format="markdown"),
        Example(
            "She said: \u201cWe tried everything.\n\n\u201cThen the new drug came.\u201d",
            note="a quotation over two paragraphs",
        ),
        'He said: "We tried everything.\n\n"Then the new drug came."',
        'She said \u201cit works" and left.',
        'She said "it works\u201d and left.',
        'He said: "Hip fractures are common. "We welcome this screening programme."',
        "\u201cWhat is right in 2010,\u2019\u2019 she said, \u201cmay change.\u2019\u2019",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        blocks = doc.blocks
        for bi, block in enumerate(blocks):
            text = _doubled_singles_as_doubles(prose[block.start : block.end])
            # a quotation that runs on: the next paragraph reopens it (each paragraph of a
            # quotation opens with a quote mark and only the last one closes)
            follower = (
                prose[blocks[bi + 1].start : blocks[bi + 1].end].lstrip() if bi + 1 < len(blocks) else ""
            )
            runs_on = _doubled_singles_as_doubles(follower[:2])[:1] in ('"', "\u201c")
            stack: list[tuple[str, int]] = []
            enum_closers = {m.start() for m in _ENUM_CLOSER.finditer(text)} if ")" in text else set()
            straight: list[int] = []
            for dm in _DELIMITERS.finditer(text):  # only the delimiters, not every character
                i, ch = dm.start(), dm.group()
                if ch == '"':
                    if stack and stack[-1][0] == "\u201c":
                        stack.pop()  # “...": mixed styles, but a pair
                    elif (
                        len(straight) % 2
                        and _REOPENS.match(text, i)
                        and _SENTENCE_BEFORE.search(text, max(0, i - 40), i)
                    ):
                        straight[-1] = i  # a straight-quoted quotation's next paragraph, run into this one
                    else:
                        straight.append(i)
                elif ch in _PAIRS:
                    if (
                        ch == "\u201c"
                        and stack
                        and stack[-1][0] == ch
                        and _SENTENCE_BEFORE.search(text, max(0, i - 40), i)
                    ):
                        stack.pop()  # a quotation's next paragraph, run into this one by the crawl
                    stack.append((ch, i))
                elif ch in _CLOSERS:
                    if stack and stack[-1][0] == _CLOSERS[ch]:
                        stack.pop()
                    elif ch == "\u201d" and len(straight) % 2:
                        straight.pop()  # "...”: mixed styles, but a pair
                    elif i in enum_closers:
                        continue
                    elif any(o == _CLOSERS[ch] for o, _ in stack):
                        while stack and stack[-1][0] != _CLOSERS[ch]:
                            o, at = stack.pop()
                            yield self._unclosed(block.start + at, o)
                        stack.pop()
                    else:
                        yield Finding(block.start + i, block.start + i + 1, f"{ch!r} closes nothing")
            for o, at in stack:
                if not (runs_on and o == "\u201c" and (o, at) == stack[-1]):
                    yield self._unclosed(block.start + at, o)
            if len(straight) % 2 and not (runs_on and text[straight[-1] + 1 :].strip()):
                at = straight[-1]
                yield Finding(
                    block.start + at, block.start + at + 1, "unpaired straight quote '\"' in this paragraph"
                )

    @staticmethod
    def _unclosed(offset: int, opener: str) -> Finding:
        return Finding(offset, offset + 1, f"{opener!r} is never closed in this paragraph", (_PAIRS[opener],))
