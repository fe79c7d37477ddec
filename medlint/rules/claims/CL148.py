"""CL148 scored-claim-on-claims-page: A sentence that reads as an unsupported health claim by the learned claim scorer, on a page that sells a remedy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...diagnostic import Diagnostic, Severity
from ...document import Document, Sentence
from ...evidence.claim_scorer import in_context
from ...evidence.context import claim_context
from ...rule import Example, Finding, Option
from ._remedy_page import (
    PRONOUN_CARRIES_ON,
    RemedyPage,
    RemedyPageRule,
    claimed_spans,
    left_to_others,
    not_the_pages_own,
    organ_at_work,
    other_codes_note,
)


class ScoredClaimOnClaimsPage(RemedyPageRule):
    """A sentence that reads as an unsupported health claim by a learned score, on a page that sells a remedy.

    The other claim rules read claims by their wording, and a writer who words a claim differently passes them all
    ("When we addressed my son's underlying biology, everything changed", "a very simple and effective asthma
    treatment that gives permanent results, naturally"). This rule scores every sentence with a logistic regression
    over its words and word pairs (``medlint.evidence.claim_scorer``), trained on sentences a strict health editor
    marked on real remedy pages, against the debunked, quoted and hedged claims of careful pages and clean NIH, CDC
    and news prose (``scripts/build_claim_scorer.py``).

    It reads a page only when the page sells a remedy. The page's score is the mean score of its most claim-like
    sentences (``page-sentences`` of them, or ``page-share`` of a long page's). A page opens when its score reaches
    ``min-page-score`` (on a page of at least ``min-page-sentences`` sentences; since the sixty-fifth session this is
    the shared gate's reading, which opens the page for CL142-CL147 too), or when the shared gate opens it (a
    finding of a marker rule: a cure, a testimonial, detox, advice to stop treatment ...; a home-remedy recipe; a
    headline that promises a remedy; medicine called "allopathy") and its score reaches ``min-marked-page-score``: a
    news story that quotes one cure claim is no remedy page. The shared gate's count of other claim codes is left out
    (``min-other-codes``): NIH and news pages reach it with uncited research and common knowledge. On an open page a
    sentence scoring ``min-score`` or more is reported, unless another claim rule reported it, it is boilerplate, or
    the claim context says it is not the page's own (negated, debunked, quoted, reported, asked, supposed, or a
    study's result), judged at the words that weigh most in its score, or it tells the body's organs clearing waste
    by themselves ("Our kidneys also detox by excreting waste", and a sentence whose "it" or "they" carries that on:
    a careful page's physiology, s66). The message names those words, so an editor
    can see why the sentence was read as a claim.

    A score is a probability learned from 1,583 marked sentences (870 of the sixtieth to sixty-fourth sessions' page
    sets, carried in the earlier table the sixty-eighth session's build started from, and 713 of its ten new sets),
    not a reading of the claim: the rule cannot say which kind of claim it is, and it misses claims worded unlike any
    it learned from. It is a warning on remedy
    pages only; NIH answers and news stories seldom open the gate.
    """

    code = "CL148"
    name = "scored-claim-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FTC Health Products Compliance Guidance (2022): a page's net impression, and claims that need competent and "
        "reliable scientific evidence; FDA, \u201cHealth Fraud Scams\u201d; the weights: scripts/build_claim_scorer.py"
    )
    should_fire = (
        Example(
            "Autism Recovery with Diet\n\nWhen we addressed my son's underlying biology, everything changed. "
            "This simple protocol heals the gut naturally so neurological healing can occur. We removed gluten and "
            "dairy. Within weeks his speech came back and the tantrums stopped. Every parent deserves to know this "
            "secret that doctors never tell you.",
            note="the page's own score opens it",
        ),
    )
    should_not_fire = (
        Example(
            "Diabetes is a disease in which blood glucose levels are above normal. Most of the food we eat is turned "
            "into glucose for our bodies to use for energy. The pancreas makes a hormone called insulin. Insulin "
            "helps glucose get into the cells of our bodies. People with diabetes should see a doctor regularly.",
            note="consumer-health prose: the page stays shut",
        ),
        Example(
            "Can diet cure autism?\n\nSome parents say a gluten-free diet cured their child. Researchers who reviewed "
            "the trials said there is no good evidence that diets change autism. A 2019 review found no benefit. "
            "Talk to your child's doctor before changing the diet. Restrictive diets can leave children short of "
            "calcium.",
            note="a careful page that reports and weighs the claim",
        ),
        Example(
            "Autism Recovery with Diet\n\nWhen we addressed my son's underlying biology, everything changed. "
            "This simple protocol heals the gut naturally so neurological healing can occur. We removed gluten and "
            "dairy. Within weeks his speech came back and the tantrums stopped. Every parent deserves to know this "
            "secret that doctors never tell you.",
            options={"min-page-score": 1.0, "min-marked-page-score": 1.0},
            note="with page scores no page reaches, the page stays shut",
        ),
    )

    options = {
        **RemedyPageRule.options,
        # the shared gate's count of other claim codes opens NIH and news pages whose uncited research (CL106) and
        # common knowledge (CL105) are no sales pitch; a rule that reads every sentence opens only on a marker
        "min-other-codes": Option(
            100,
            int,
            "How many other claim rules (distinct CL codes at warning or above) open the page without a marker rule "
            "(default 100: never; a marker finding, a recipe, a remedy headline, 'allopathy' or the page's own score "
            "opens it)",
        ),
        "min-score": Option(
            0.3,
            float,
            "The score (0-1, the model's probability that an editor marks the sentence) at which a sentence on an "
            "open page is reported",
        ),
        "min-marked-page-score": Option(
            0.4,
            float,
            "The page score a page the shared gate opened (a marker finding, a recipe, a remedy headline, "
            "'allopathy') must also reach: a news story with one cure claim in a quote is no remedy page",
        ),
    }

    def check_findings(self, doc: Document, findings: Sequence[Diagnostic]) -> Iterable[Finding]:
        """The page's gate (:meth:`remedy_page_of`), then its sentences by their scores (each scored once)."""
        page = self.remedy_page_of(findings, doc)
        if page is None:
            return []
        return self.read_scored(doc, page, claimed_spans(findings), self.sentence_scores(doc))

    def remedy_page_of(self, findings: Sequence[Diagnostic], doc: Document) -> RemedyPage | None:
        """The shared gate, whose page score (``min-page-score``) opens a page by itself; a page its other signals
        opened (a marker finding, a recipe, a remedy headline, "allopathy") must also reach
        ``min-marked-page-score``."""
        page = super().remedy_page_of(findings, doc)
        if page is None or page.scored:
            return page
        if self.page_score(self.sentence_scores(doc)) >= float(self.opts["min-marked-page-score"]):
            return page
        return None

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        return self.read_scored(doc, page, claimed, self.sentence_scores(doc))

    def read_scored(
        self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]], scores: Sequence[float]
    ) -> list[Finding]:
        """The open page's sentences that score ``min-score`` or more and are the page's own claims."""
        threshold = float(self.opts["min-score"])
        scorer = self.scorer()
        out = []
        sentences = doc.sentences
        at_work = False
        for sentence, score, (before, _, after) in zip(
            sentences, scores, in_context([s.text for s in sentences]), strict=True
        ):
            # (s66) the organs' own work, a careful page's physiology, and a sentence whose pronoun carries it on ("Our
            # liver filters out toxins. It does this by converting the toxins ...")
            at_work = organ_at_work(sentence.text) or (
                at_work and PRONOUN_CARRIES_ON.match(sentence.text) is not None
            )
            if score < threshold or at_work or left_to_others(doc, sentence.start, sentence.end, claimed):
                continue
            scored = scorer.explain(sentence.text, before=before, after=after)
            if not scored.reasons or self._not_the_pages_own(doc, sentence, scored.reasons[0]):
                continue
            words = ", ".join(f"\u201c{f}\u201d" for f, _, _, _ in scored.reasons)
            out.append(
                Finding(
                    sentence.start,
                    sentence.end,
                    f"reads as an unsupported health claim (score {score:.2f}; the words that weigh most: {words}) on "
                    f"a page that sells a remedy{other_codes_note(page)}: name the evidence for it (who was studied, "
                    "how many, what was measured), or cut it",
                    data={"score": round(score, 4), "words": [f for f, _, _, _ in scored.reasons]},
                )
            )
        return out

    @staticmethod
    def _not_the_pages_own(doc: Document, sentence: Sentence, anchor: tuple[str, float, int, int]) -> bool:
        """The claim context at the sentence's heaviest words (a negation or a speech verb before them counts)."""
        _, _, start, end = anchor
        ctx = claim_context(doc, sentence.start + start, sentence.start + end)
        return not_the_pages_own(ctx) or ctx.research
