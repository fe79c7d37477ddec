"""DS108 missing-disclosure: Selling language with no funding or conflict-of-interest statement."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from urllib.parse import urlparse

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_press_release
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.matching import ProbedPattern
from ...text.quotes import inside_quotes

# probed: the substring test on the phrases' literal words skips the regex for most texts.
# Selling language: a call to buy, or the seller's own voice ("our formula"). "Sponsored",
# "affiliate" and "in partnership with" are disclosure words, not promotion: they name the tie.
_PROMO = ProbedPattern.of(
    lazy_compile(
        r"\b(?:buy now|order now|order today|shop now|add to cart|discount code|promo code|coupon|free trial|"
        r"money-back guarantee|limited (?:time )?offer|our (?:product|formula|supplement|capsules|brand)|use code)\b",
        re.IGNORECASE,
    )
)


_PERCENT_OFF = ProbedPattern.of(lazy_compile(r"\d{1,2}\s?% off\b", re.IGNORECASE))


_TRADEMARK = lazy_compile(r"[\u2122\u00ae]")
#: tests set this to search ``_TRADEMARK`` in every document (``trademark_signs``)
_PLAIN_MARKS = False


def trademark_signs(prose: str) -> list[re.Match[str]]:
    """``_TRADEMARK``'s matches in ``prose``: none when neither sign is in it, which two substring tests
    in C tell (most pages) where the search tested a character class at every character
    (``_PLAIN_MARKS``: searched always; tests/test_ds108_trademark_signs.py compares the two)."""
    if not _PLAIN_MARKS and "\u2122" not in prose and "\u00ae" not in prose:
        return []
    return list(_TRADEMARK.finditer(prose))


_DISCLOSURE = lazy_compile(
    r"\b(?:disclosures?\s*:|sponsored by|funded by|funding\s*:|paid (?:for|partnership)|conflicts? of interest|"
    r"competing interests?|affiliate (?:links?|disclosure)|"
    # a commission disclosed by whoever takes it: "we may earn a commission", "BGR may receive a
    # commission", "the site earns an affiliate commission", "we get a small share of sales"
    r"(?:may|might|can|could|will)?\s*(?:earn|earns|receive|receives|get|gets|make|makes)\s+(?:an?\s+)?"
    r"(?:small\s+)?(?:affiliate\s+)?(?:commissions?|share\s+of\s+(?:the\s+)?(?:sales|revenue))|"
    r"advertisement|advertorial|this (?:post|article) (?:is|was) sponsored|sponsored content|"
    r"(?:which|who|that) (?:also )?(?:sponsored|funded|paid for)|in partnership with)\b",
    re.IGNORECASE,
)


def _own(
    doc: Document, links: list[tuple[int, int]], matches: Iterable[re.Match[str]]
) -> re.Match[str] | None:
    """The first match that is the page's own wording: not in a block that is all one link's text
    (a menu item, a teaser of another story, a product link in a list: the name of the page it
    leads to, "Betty Crocker\u2122 Halloween Dessert Decorating", "... deals you can shop now")."""
    for m in matches:
        i = doc.block_at(m.start()) if links else None
        if i is None:
            return m
        block = doc.blocks[i]
        j = bisect_right(links, (block.start, len(doc.prose)))
        if not any(start <= block.start and block.end <= end for start, end in links[max(0, j - 8) : j]):
            return m
    return None


#: a site's name shorter than this ("CBS", "BBC") is too common a string to be read in a sentence
_MIN_SITE_KEY = 5
_NOT_NAME = frozenset({"www", "com", "org", "net", "co", "uk", "au", "ca", "edu", "gov", "info"})
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _site_keys(doc: Document) -> set[str]:
    """The page's own site, as letters and digits: its Open Graph site name without a domain
    ending ("BettyCrocker.com" -> "bettycrocker") and the name in its address's host."""
    meta = doc.metadata.get("html_meta") or {}
    keys = set()
    site = meta.get("og:site_name")
    if isinstance(site, str):
        keys.add(_key(re.sub(r"(?:\.[a-z]{2,3})+$", "", site.strip(), flags=re.IGNORECASE)))
    url = meta.get("og:url") or meta.get("canonical")
    if isinstance(url, str):
        host = (urlparse(url).hostname or "").split(".")
        names = [label for label in host if label not in _NOT_NAME]
        if names:
            keys.add(_key(max(names, key=len)))
    return {k for k in keys if len(k) >= _MIN_SITE_KEY}


#: a comparison in the mark's sentence: the product is named beside another to tell them apart
_COMPARED = lazy_compile(r"\b(?:versus|vs\.?|compar(?:ed|ing|ison)|than)\b", re.IGNORECASE)
#: the word a sign marks: letters and digits run up to it ("Tamiflu\u00ae", "T-SPOT\u00ae", "XARELTO \u00ae")
_MARKED_NAME = lazy_compile(r"([A-Za-z][\w-]*)\s?$")


def _marked_name(prose: str, at: int) -> str | None:
    """The name the sign at ``at`` follows, lower-cased; None for a sign that marks no name (a
    notice: "\u00a9 2020 \u00ae/TM General Mills All Rights Reserved")."""
    m = _MARKED_NAME.search(prose, max(0, at - 40), at)
    return m.group(1).lower() if m else None


def _mark_not_promotion(doc: Document, m: re.Match[str], sentence: str, names: set[str]) -> bool:
    """The sign is a mark, not selling language: it marks no name (a trademark notice), it stands
    in someone else's quoted words (a maker's statement a fact-check quotes), its product is
    compared in its sentence with another ("X\u00ae versus placebo", "... than Y"), or the page
    names two or more marked products (a list of the approved tests, "QuantiFERON\u00ae ... and
    T-SPOT\u00ae"): a product named beside others is named to tell it apart; an advertorial
    speaks for one."""
    name = _marked_name(doc.prose, m.start())
    if name is None or len(names) >= 2:
        return True
    return bool(_COMPARED.search(sentence)) or inside_quotes(doc, m.start())


def _not_own_marks(doc: Document) -> Iterator[re.Match[str]]:
    """The trademark signs of ``doc``, but those in a sentence naming the page's own site
    (``_site_keys``): the publisher's mark on its own product ("With Betty Crocker\u2122 cake mix"
    on BettyCrocker.com) discloses whose interest it is."""
    keys = _site_keys(doc)
    prose = doc.prose
    marks = trademark_signs(prose)
    names = {n for m in marks if (n := _marked_name(prose, m.start())) is not None}
    for m in marks:
        i = doc.block_at(m.start())
        lo, hi = (doc.blocks[i].start, doc.blocks[i].end) if i is not None else (0, len(prose))
        ends = [e.end() for e in _SENTENCE_END.finditer(prose, lo, m.start())]
        after = _SENTENCE_END.search(prose, m.end(), hi)
        sentence = prose[ends[-1] if ends else lo : after.end() if after else hi]
        if keys and any(k in _key(sentence) for k in keys):
            continue
        if _mark_not_promotion(doc, m, sentence, names):
            continue
        yield m


class MissingDisclosure(Rule):
    """Selling language with no funding or conflict-of-interest statement.

    Readers must know when a health article sells something (HONcode principle
    6, "financial disclosure"; FTC Endorsement Guides). Promotional wording
    ("order now", "our formula", a discount code, trademark signs) in an article
    that reads as independent needs a disclosure of who paid and who profits.

    A press release (``medlint.evidence.doc_kind``: wire header, media contact, "About
    <Org>", "###", forward-looking statements) names its issuer: a company's
    release about its own product, its trademark signs and its "our product
    candidates" boilerplate disclose the interest by their form, so press releases
    are not reported. "Sponsored by", "which funded the study", "in partnership
    with" name the tie and are disclosures, not promotion. On a web page, wording in a
    block that is all one link's text (a menu item, a teaser of another story, a
    product in a link list) names the page the link leads to and is not the page's
    own selling voice. A trademark sign in a sentence that names the page's own
    site (its Open Graph site name, its address's host: "With Betty Crocker\u2122
    cake mix" on BettyCrocker.com) is the publisher's mark on its own product,
    whose interest the page discloses by being the brand's. A sign is a mark, not
    selling language, where it marks no name (a trademark notice), stands in someone
    else's quoted words, marks a product compared in its sentence with another ("versus",
    "compared with", "than"), or is one of two or more marked products the page names
    side by side (the approved tests, the products a review compares). Measured on real news
    and releases (FakeHealth), the earlier keyword rule was right once in 19.
    """

    code = "DS108"
    name = "missing-disclosure"
    category = "disclosure"
    severity = Severity.WARNING
    source = "HONcode principles 6-7 (financial disclosure, advertising policy); FTC Endorsement Guides, 16 CFR 255"
    should_fire = (
        "Our formula supports healthy joints. Order now and save.",
        "Stiff knees? Get 20% off your first bottle this week.",
        "FlexiJoint\u00ae eases stiff knees in a week.",
    )
    should_not_fire = (
        "Our formula supports healthy joints. Order now.\n\nDisclosure: this article is sponsored by FlexCo.",
        "Glucosamine has mixed evidence for joint pain.",
        Example(
            "Acme announces FlexiJoint\u00ae results\n\nAcme Corp today reported that FlexiJoint\u00ae eased stiff "
            "knees in a trial of 200 adults.\n\nAbout Acme Corp\n\nAcme makes joint supplements. Our product "
            "candidates are in trials.\n\nMedia contact: Sam Lee, +1 555 0100",
            note="a company's own release about its own product: the issuer is named",
        ),
        "The trial was run by the Arthritis Foundation, which also sponsored the research.",
        Example(
            "Two trials compared FlexiJoint\u00ae with placebo in 300 adults.", note="a product compared"
        ),
        Example(
            "Two tests are approved:\n\n- QuantiFERON\u00ae Gold test\n- T-SPOT\u00ae test",
            format="markdown",
            note="products named side by side",
        ),
        Example(
            "\u00a9 2020 \u00ae/TM General Mills All Rights Reserved", note="a trademark notice marks no name"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        links = [(lk.start, lk.end) for lk in doc.links]
        promos = [
            m
            for rx in (_PROMO, _PERCENT_OFF)
            if rx.could_match_doc(doc) and (m := _own(doc, links, rx.regex.finditer(doc.prose))) is not None
        ]
        m = min(promos, key=lambda m: m.start()) if promos else _own(doc, links, _not_own_marks(doc))
        if m is None:
            return
        if doc.metadata.get("disclosure") or _DISCLOSURE.search(doc.prose) or is_press_release(doc):
            return
        yield Finding(
            m.start(),
            m.end(),
            f"promotional wording \u201c{m.group()}\u201d with no sponsor or conflict-of-interest disclosure",
        )
