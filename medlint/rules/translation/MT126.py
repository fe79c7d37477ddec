"""MT126 doubled-quote-marks: A quotation whose straight double quotes are each written twice (""like this"")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Finding, Option, Rule

#: A quotation opened and closed by two straight double quotes, on one line, with no quote mark
#: inside: the opener is followed and the closer preceded by something other than a space (an
#: empty string ``""`` followed by a space or a full stop is not an opener); a run of three or
#: more quote marks is something else (a Python docstring) and is not read.
_PATTERN = r'(?<!")""(?=[^\s"])([^"\n]{1,%d}?)(?<=[^\s"])""(?!")'
_DEFAULT_LENGTH = 300


class DoubledQuoteMarks(Rule):
    """A quotation whose straight double quotes are each written twice (""like this"").

    A CSV or spreadsheet export writes a double quote inside a quoted field
    as two double quotes (RFC 4180, 2.7); a translation or publishing
    pipeline that reads such a file without un-escaping it prints every
    quotation as ""this"". English never doubles a quotation mark, so the
    pair is read by its structure alone, with no list: two straight
    double quotes before a word, the quotation on one line with no quote mark
    inside, and two after its last character. A lone ``""`` (an empty
    string) and a run of three or more (a docstring) are not quotations;
    code is blank in the prose view. The fix writes one mark for each pair and
    is safe: nothing in the words changes.

    Read off the weakest WMT22 systems' development windows
    (``benchmarks/wmt22.py --half dev``): 42 of the 100 development windows
    of one ja-en system, which prints every quotation so, and no window of
    any other system or of any reference; none in MedQuAD's build-side
    answers or the build half of ``clean_sentences.tsv`` (2.17 million
    words).
    """

    code = "MT126"
    name = "doubled-quote-marks"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "RFC 4180 (Common Format and MIME Type for CSV Files), section 2.7: a double quote inside a quoted "
        "field is escaped by another; WMT22 general task system outputs (Kocmi et al. 2022), development windows"
    )
    options = {
        "max-length": Option(_DEFAULT_LENGTH, int, "longest quotation read, in characters", minimum=1),
    }
    should_fire = (
        'The label says ""Take with food"" in small print.',
        'I received an email saying ""There was a mistake in registering the product"".',
    )
    should_not_fire = (
        'The label says "Take with food" in small print.',
        'Leave the field empty ("") if you do not know the dose.',
        'He wrote """the end""" on the last page.',
        'The nurse said: ""\n\nTake it with food"".',
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if '""' not in prose:
            return
        pattern = _compile(self.opts["max-length"])
        for m in pattern.finditer(prose):
            start, end = m.span()
            quoted = m.group(1)
            yield Finding(
                start,
                end,
                f"Each quotation mark around “{_short(quoted)}” is written twice: an export's escaping (a CSV "
                "file doubles a quote inside a quoted field) left in the text; write one",
                (f'"{quoted}"',),
                Fix((Edit(start, start + 1, ""), Edit(end - 1, end, "")), "write each quotation mark once"),
            )


@lru_cache(maxsize=8)
def _compile(limit: int) -> re.Pattern[str]:
    """The pattern for quotations of at most ``limit`` characters (compiled once per limit)."""
    return re.compile(_PATTERN % limit)


def _short(text: str, limit: int = 40) -> str:
    """The quotation as the message quotes it: at most ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
