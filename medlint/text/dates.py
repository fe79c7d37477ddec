"""Dates as health pages write them: one month-name pattern, one date finder, one parser.

DS104, DS105 and DS106 find and parse dates; the document-kind analysis reads
news datelines ("MONDAY, Nov. 29, 2010 (HealthDay News) --") with the same
month names.
"""

from __future__ import annotations

import datetime as dt
import re

from .lazy_re import lazy_compile

#: English month names and their abbreviations, lower case (compile with IGNORECASE)
MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

#: a full date: 2024-03-05, March 5, 2024, 5th Sept 2024, December 2023, 10/26/2015
DATE = lazy_compile(
    rf"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<num>[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)|(?P<mdy>{MONTH_NAME}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)|"
    rf"(?P<dmy>[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_NAME}\.?,?\s+(?:19|20)\d\d)|(?P<my>{MONTH_NAME}\s+(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


_DATE_FORMS = lazy_compile(
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4})"
    r"|(?P<mdy_m>[a-z]+)\.?\s+(?P<mdy_d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{4})"
    r"|(?P<dmy_d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dmy_m>[a-z]+)\.?,?\s+(?P<dmy_y>\d{4})"
    r"|(?P<my_m>[a-z]+)\.?,?\s+(?P<my_y>\d{4})",
    re.IGNORECASE,
)


def parse_date(text: str) -> dt.date | None:
    """A date written as 2024-03-05, March 5, 2024, 5th Sept 2024, December 2023 (the 1st) or
    10/26/2015 (month first, as US pages write it, unless the first number cannot be a month).

    Parsed by hand rather than with ``strptime``, which tries each format in
    turn, is slow and reads month names from the process locale.
    """
    text = text.strip().rstrip(".")
    m = _DATE_FORMS.fullmatch(text) or _DATE_FORMS.match(text)
    if m is None:
        return None
    g = m.groupdict()
    try:
        if g["iso"]:  # whatever follows (a time, a zone) is not needed
            return dt.date.fromisoformat(g["iso"])
        if m.end() != len(text):
            return None
        if g["num_y"]:  # month first (US) unless the first number cannot be a month (26/10/2015)
            a, b = int(g["num_a"]), int(g["num_b"])
            return dt.date(int(g["num_y"]), *((a, b) if a <= 12 else (b, a)))
        month_name = g["mdy_m"] or g["dmy_m"] or g["my_m"]
        month = MONTH_NUMBERS.get(month_name.lower())
        if month is None:
            return None
        year = int(g["mdy_y"] or g["dmy_y"] or g["my_y"])
        day = int(g["mdy_d"] or g["dmy_d"] or 1)
        return dt.date(year, month, day)
    except ValueError:
        return None
