"""What a hyphen with a space after it is: a prefix's compound split by the space, a suspended hyphen, or a dash.

TX116 reports a prefix's compound split after its hyphen ("semi- liquid"); TX101 reports any other hyphen spaced
after and glued before, a dash typed as a hyphen ("symptoms- making it"). Both leave a suspended hyphen, whose
compound's second half comes after a conjunction or a comparison ("pre- and post-operative", "low- compared with
high-functioning"); the two tests live here so that the rules agree on where one ends and the other begins."""

from __future__ import annotations

import re

#: A prefix English writes with a hyphen, at the end of the text before a hyphen: a compound split after its
#: hyphen ("semi- liquid", "anti- inflammatory"), a line break's hyphenation joined back with a space or a
#: translation's spacing.
PREFIX_AT_HYPHEN = re.compile(
    r"(?<![\w-])(?:anti|semi|non|self|pre|post|multi|co|sub|inter|intra|extra|ultra|micro|mini|mid|neo|"
    r"pseudo|quasi|hyper|hypo|over|under|cross|counter|well|ill|low|high|long|short|full|half|part|all|x)$",
    re.IGNORECASE,
)
#: The longest prefix above, in letters.
LONGEST_PREFIX = 7
#: Words after a suspended hyphen ("age- and gender-matched", "non- or low-fat", "intra- rather than inter-").
SUSPENSION = frozenset("and or nor to through versus vs rather than compared as but not into".split())
