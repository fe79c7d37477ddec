"""MT120 machine-translated-text: The document's word pairs fit together far worse than clean health prose: machine-translated or spun."""

from __future__ import annotations

import math
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Finding, Option, Rule

_FILLER = (
    "Most people with high blood pressure do not have symptoms. "
    "Your doctor can check your blood pressure at every visit. "
    "Eating less salt and being active can help lower it. "
    "Some people also need to take medicine every day. "
)


_SPUN = (
    "Most nation with lofty blood force do not own signs. "
    "Your medic can test your blood force at all stay. "
    "Feeding fewer brine and existence lively can assist inferior it. "
    "Certain nation too require to bring drug all sunlight. "
    "Kind 2 diabetes is a lengthy word illness that alters how your form utilizes sweetness. "
    "Without therapy, elevated blood sweetness can hurt your sensors, kidneys and ogles over era. "
    "Communicate to your medic near a nourishment scheme and a bodily exercise design that fit you. "
    "Numerous folks can handle the stipulation with tablets, yet a few require insulin shots. "
    "Examine your feet each sunlight for slashes, blisters or bloated spots. "
)


#: Score every this-many-th pair first; most documents are settled by that sample.
_PROBE_STRIDE = 4


#: How many standard errors above the threshold a sample mean must be to settle a document.
_PROBE_MARGIN = 5.0


def _clearly_above(n: int, total: float, squares: float, threshold: float) -> bool:
    """Whether a systematic sample of the pair scores puts the document's mean far above the threshold.

    Scoring every pair costs about 1 ms per 1,000 words, most of it on text that is
    nowhere near the threshold. A sample of every fourth pair whose mean is more
    than ``_PROBE_MARGIN`` standard errors above it settles those documents at a
    quarter of the cost; the rest are scored in full, so a finding never rests on
    the sample.
    """
    if n < 30:
        return False
    mean = total / n
    var = max(squares - n * mean * mean, 0.0) / (n - 1)
    return mean - _PROBE_MARGIN * (var / n) ** 0.5 > threshold


class MachineTranslatedText(Rule):
    """The document's word pairs fit together far worse than clean health prose: machine-translated or spun.

    Every pair of adjacent words (whitespace only between them) whose words are
    both in the reference vocabulary is scored ``log P(w2 | w1) - log P(w2)``
    under a smoothed bigram model of MedQuAD's answers. With at least
    ``min-pairs`` scored pairs, a document whose mean score is below
    ``max-score`` draws one finding, on its worst sentence; the message, the
    related locations and ``data["worst"]`` give the ``worst`` lowest-scoring
    sentences (those with at least ``min-sentence-pairs`` scored pairs) and their
    scores. Held-out MedQuAD answers score 0.78 or more (99.5%), health news
    0.08 or more (99.5%); text with most of its words swapped for synonyms (the
    example) scores below 0, but MedQuAD answers with 30% of their words swapped
    stay above it (benchmarks/spun_refstats.py; AUC 0.65 against the originals).
    Severity info: news outside health scores lower, and 13-29% of human
    reference windows of WMT22 news fall below 0 (benchmarks/wmt22.py), too many
    for a warning. Opt-in (``--select MT120`` or ``extend-select``): it costs
    about 0.4 ms per 1,000 words (4% of a default run) for a signal that does not
    separate neural MT from human translation.

    Options: ``max-score`` (float) the document score below which it fires;
    ``min-pairs`` (int) scored pairs a document needs to be judged; ``worst``
    (int) how many sentences to list; ``min-sentence-pairs`` (int) scored pairs
    a sentence needs to be listed.
    """

    code = "MT120"
    name = "machine-translated-text"
    category = "translation"
    severity = Severity.INFO
    enabled_by_default = False
    options = {
        "max-score": Option(
            0.0, float, "Report a document whose mean word-pair score is below this.", minimum=-math.inf
        ),
        "min-pairs": Option(50, int, "Scored word pairs a document needs to be judged."),
        "worst": Option(3, int, "How many of the lowest-scoring sentences the finding lists."),
        "min-sentence-pairs": Option(4, int, "Scored word pairs a sentence needs to be listed."),
    }
    source = (
        "Lau, Clark and Lappin 2017 and Kann, Rothe and Filippova 2018 (SLOR as a fluency score); "
        "Chen and Goodman 1998 (Kneser-Ney smoothing); reference counts from MedQuAD "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0)"
    )
    should_fire = (_SPUN,)
    should_not_fire = (_FILLER * 4, _SPUN[:300], "Short text.")

    def check(self, doc: Document) -> Iterable[Finding]:
        from ...text.refstats import doc_words, load

        words, joined = doc_words(doc)
        if len(words) <= int(self.opts["min-pairs"]):
            return
        stats = load()
        threshold = float(self.opts["max-score"])
        if _clearly_above(*stats.score_sums(words, joined, _PROBE_STRIDE), threshold):
            return
        n, total, _ = stats.score_sums(words, joined)
        if n < int(self.opts["min-pairs"]) or total / n >= threshold:
            return
        score = total / n
        scored = stats.pair_scores(words, joined)
        worst = self._worst_sentences(doc, scored)
        if not worst:
            return
        first, *rest = worst
        listed = "; ".join(f"line {doc.position(s).line} ({v:.2f})" for s, _, v in worst)
        yield Finding(
            first[0],
            first[1],
            f"the text reads as machine-translated or spun: its word pairs score {score:.2f} against clean "
            f"health prose (below {threshold:g}); worst sentences: {listed}",
            related=tuple((s, e, f"low-fluency sentence ({v:.2f})") for s, e, v in rest),
            data={
                "score": round(score, 3),
                "threshold": threshold,
                "scored_pairs": len(scored),
                "worst": [
                    {"line": doc.position(s).line, "score": round(v, 3), "text": doc.source[s:e]}
                    for s, e, v in worst
                ],
            },
        )

    def _worst_sentences(
        self, doc: Document, scored: list[tuple[int, float]]
    ) -> list[tuple[int, int, float]]:
        """(start, end, mean pair score) of the lowest-scoring sentences, worst first."""
        import bisect

        words = doc.words()
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        sums: dict[int, list[float]] = {}
        for i, v in scored:
            k = bisect.bisect_right(starts, words[i].start) - 1
            if k >= 0 and words[i + 1].end <= sentences[k].end:
                sums.setdefault(k, []).append(v)
        min_pairs = int(self.opts["min-sentence-pairs"])
        ranked = sorted((sum(vs) / len(vs), k) for k, vs in sums.items() if len(vs) >= min_pairs)
        return [(sentences[k].start, sentences[k].end, v) for v, k in ranked[: int(self.opts["worst"])]]
