"""TX105 exclamation-in-clinical-text: Exclamation marks in the body of a health article."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.health_subject import health_words
from ...rule import Example, Finding, Option, Rule
from ...text.quotes import inside_quotes
from ..disclosure._shared import _names_health_three_times

_DEALS = (
    "The best early winter deals on tablets and laptops are here, and some of them are the lowest prices "
    "we have seen this year! Each pick below was checked by our editors on Monday morning. Stock runs "
    "out fast, so the prices may change before you reach the shop. "
)


def _in_link(links: list[tuple[int, int]], at: int, prose: str) -> bool:
    """``at`` lies in a link's text, or closes it (nothing but spaces between the link's end and the
    mark: "Pro tip: <a>Get more pre-workout meal ideas here</a>!"): a call to action that names
    another page ("Sign up for our newsletters here!", "Now on YouTube! Click to subscribe!"), not
    the article's sentence."""
    i = bisect_right(links, (at, 1 << 62)) - 1
    return any(
        start <= at < end or (end <= at and not prose[end:at].strip())
        for start, end in links[max(0, i - 8) : i + 1]
    )


class ExclamationInClinicalText(Rule):
    """Exclamation marks in the body of a health article.

    Clinical writing reports; it does not exclaim. An exclamation mark turns
    information into promotion ("... can finally be cured!"). Quoted speech is
    exempt. A text of ``min-words`` words or more that names no health subject
    three times (the test DS101 reads an article with), or fewer than once in
    ``words-per-health-word`` words, is not clinical text: a saved page may be a
    deals list, a business blog, a gardening guide that names a plant's
    diseases twice in 2,800 words, or a space story, whose exclamations are the
    writer's tone. Shorter texts are read as they come.
    A link's text is a call to action naming another page (a newsletter sign-up,
    "Now on YouTube! Click to subscribe!", a promo): not reported, nor the mark right after a
    link's end that closes it ("<a>Get more meal ideas here</a>!").
    """

    code = "TX105"
    name = "exclamation-in-clinical-text"
    category = "text-integrity"
    severity = Severity.INFO
    options = {
        "min-words": Option(
            100, int, "Texts with this many words that name no health subject three times are not read."
        ),
        "words-per-health-word": Option(
            300,
            int,
            "Texts of min-words or more that name a health subject less often than once in this many "
            "words are not read.",
        ),
    }
    source = "AMA Manual of Style 11th ed., 8.5 (exclamation point rarely used in scientific writing)"
    should_fire = ("This new treatment works!", Example("- Book your test today!", format="markdown"))
    should_not_fire = (
        "This new treatment may help.",
        "She said, \u201cWhat a relief!\u201d and went home.",
        Example("# Act fast!\n\nCall an ambulance for stroke signs.", format="markdown"),
        Example(_DEALS * 3, note="a shopping page of 100 words or more that names no health subject"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if doc.word_count >= int(self.opts["min-words"]) and (
            not doc.derived(_names_health_three_times)
            or doc.derived(health_words) * int(self.opts["words-per-health-word"]) < doc.word_count
        ):
            return
        links = sorted(
            [
                *((lk.start, lk.end) for lk in doc.links),
                *(tuple(s) for s in doc.metadata.get("script_links", ())),
            ]
        )
        for block in doc.blocks:
            if block.kind == HEADING:
                continue
            text = doc.prose[block.start : block.end]
            at = text.find("!")
            while at != -1:
                if not inside_quotes(doc, block.start + at) and not _in_link(
                    links, block.start + at, doc.prose
                ):
                    yield Finding(
                        block.start + at,
                        block.start + at + 1,
                        "exclamation mark in clinical text",
                        ("end the sentence with a full stop",),
                    )
                at = text.find("!", at + 1)
