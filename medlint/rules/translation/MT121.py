"""MT121 unattested-collocation: Two common nouns side by side that the reference never pairs, though chance alone would."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...rule import Example, Finding, Option, Rule


class UnattestedCollocation(Rule):
    """Two common nouns side by side that the reference never pairs, though chance alone would.

    For each pair of adjacent words (only whitespace between them) both must be
    in the reference vocabulary at ``min-count`` occurrences or more and behave
    like nouns there (they often end a phrase, seldom take an article after
    them, seldom follow "is"/"very"): a noun-noun compound, the shape of most
    spun medical terms. The pair, counted over singular and plural of both
    words, must occur at most ``max-observed`` times in the reference while
    Dunning's log-likelihood ratio for that shortfall is at least ``min-llr``
    (for an absent pair it is about twice the expected count: 15 means roughly
    7 expected occurrences against none). Capitalised words (names, titles) and headings are
    skipped, and so is a pair common in general English in either number ("normal people":
    SymSpell's list of the commonest English word pairs from Google Books,
    ``rules/data/general/``), which the reference merely never wrote.

    A second, weaker test reports at **info**: an unattested noun-noun pair of
    words seen ``surprise-min-count`` times or more whose smoothed bigram score
    (``log P(w2 | w1) - log P(w2)``, Kneser-Ney) is ``surprise-score`` or lower,
    i.e. the first word has a small set of usual continuations and the second is
    common but not among them ("blood night"). It is off by default
    (``surprise-score`` -100); at -3.0 it fires 0.07 times per 1,000 words on
    held-out MedQuAD answers, 0.39 on real health news (FakeHealth stories:
    "treatment group", "cancer diagnosis", all legitimate) and 0.55 on held-out
    scientific sentences, while on spun MedQuAD copies 62 of its 68 findings
    cover a swapped word but it finds only about 0.4% of the swaps
    (benchmarks/spun_refstats.py). Reference: MedQuAD (Ben Abacha and
    Demner-Fushman 2019, CC BY 4.0), build half only.

    Options: ``min-llr`` (float) smallest log-likelihood ratio of the absence;
    ``max-observed`` (int) most reference occurrences still called unattested;
    ``min-count`` (int) reference occurrences each word needs; the noun test's
    ``min-phrase-end`` (float, least share of occurrences ending a phrase),
    ``max-verb-adjective`` (float, most share before an article or after
    "is"/"very") and ``min-after-determiner`` (float, least share after a
    determiner); ``surprise-score`` (float, the second test's threshold; -100
    is off) and ``surprise-min-count`` (int, its occurrences per word).

    Info, not warning: on real health news none of its three findings in the
    400-article FakeHealth sample was a defect ("jet lag disorder symptoms",
    "heart disease treatment"), and on MedQuAD its 27 findings were ordinary
    compounds ("gene type", "bone symptoms"). Two million words of reference
    cannot attest every legitimate noun pair, so it only points.

    The general-English pairs do not lift its precision enough to turn it on: over all
    2,128 FakeHealth articles (1.46M words) they cut its findings from 26 to 24 (both "normal
    people"), and with the info test at -3.0 from 590 to 443 (0.40 to 0.30 per 1,000 words),
    the rest still ordinary compounds ("study team", "heart risk", "gene test"): that list
    holds only pairs seen 6.4 million times or more, and noun compounds of health news are rarer.

    Off by default (select it with ``--select MT121``): with that precision it
    cost about 6 ms per 10,000 words, one of the dearest rules of a default run
    (``benchmarks/speed.py --per-rule`` on MedQuAD answers), for findings that
    were not defects.
    """

    code = "MT121"
    name = "unattested-collocation"
    category = "translation"
    severity = Severity.INFO
    enabled_by_default = False
    options = {
        "min-llr": Option(15.0, float, "Smallest log-likelihood ratio of a pair's absence for a warning."),
        "max-observed": Option(0, int, "Most reference occurrences a pair may have and still be unattested."),
        "min-count": Option(
            100, int, "Reference occurrences each word of a pair needs for the warning test."
        ),
        "min-phrase-end": Option(
            0.2, float, "Noun test: least share of a word's reference occurrences that end a phrase (0-1)."
        ),
        "max-verb-adjective": Option(
            0.05, float, 'Noun test: most share of occurrences before an article or after "is"/"very" (0-1).'
        ),
        "min-after-determiner": Option(
            0.05, float, "Noun test: least share of a word's occurrences after a determiner (0-1)."
        ),
        "surprise-score": Option(
            -100.0,
            float,
            "Info test: report unattested pairs whose bigram score is at most this (-100 turns it off).",
            minimum=-math.inf,
        ),
        "surprise-min-count": Option(30, int, "Info test: reference occurrences each word of a pair needs."),
    }
    source = (
        "Dunning 1993, 'Accurate methods for the statistics of surprise and coincidence' (log-likelihood "
        "ratio); Evert 2005, 'The statistics of word cooccurrences'; reference counts from MedQuAD "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0)"
    )
    should_fire = (
        "Tell your doctor about any problem with your treatment disease.",
        Example(
            "Talk to your doctor about people treatment options.", note="a calque of 'treatment of people'"
        ),
    )
    should_not_fire = (
        "Patients with diabetes should check their blood pressure before bed.",
        Example("High blood pressure can lead to heart disease and stroke."),
        Example("Blood Night is the name of a charity run.", note="capitalised: a name"),
        Example(
            "The study compared normal people with patients.",
            note="never in the reference, but a common pair of general English",
        ),
        Example(
            "Patients should check their blood night before bed.", note="the second test is off by default"
        ),
        Example("# Treatment Disease\n\nSee a doctor.", format="markdown", note="headings are skipped"),
    )

    def __init__(self, options: Any = None, config: Any = None) -> None:
        super().__init__(options, config)
        self._nounish: dict[str, bool] = {}

    def check(self, doc: Document) -> Iterable[Finding]:
        from ...text.general_bigrams import common_pair
        from ...text.refstats import doc_words, load, log_likelihood_ratio, number_forms

        stats = load()
        words = doc.words()
        min_count = int(self.opts["min-count"])
        min_end = float(self.opts["min-phrase-end"])
        max_other = float(self.opts["max-verb-adjective"])
        min_det = float(self.opts["min-after-determiner"])
        min_llr = float(self.opts["min-llr"])
        max_observed = int(self.opts["max-observed"])
        surprise = float(self.opts["surprise-score"])
        floor = min(min_count, int(self.opts["surprise-min-count"]))
        # the noun test depends only on the word and this rule's options: kept across documents
        nounish = self._nounish

        def noun(w: str) -> bool:
            s = stats.word(w) if w.isalpha() else None
            ok = s is not None and s.freq >= floor and s.noun_like(min_end, max_other, min_det)
            if len(nounish) > 200_000:
                nounish.clear()
            nounish[w] = ok
            return ok

        get = nounish.get
        norm, joined = doc_words(doc)
        for i in range(len(norm) - 1):
            if not joined[i]:
                continue
            a, b = norm[i], norm[i + 1]
            nb = get(b)
            if nb is None:
                nb = noun(b)
            if not nb or a == b:
                continue
            na = get(a)
            if not (na if na is not None else noun(a)):
                continue
            w1, w2 = words[i], words[i + 1]
            if w2.text[0].isupper() or (w1.text[0].isupper() and not doc.opens_sentence(w1.start)):
                continue
            sa, sb = stats.word(a), stats.word(b)
            assert sa is not None and sb is not None
            observed = sum(stats.count(x, y) for x in number_forms(a) for y in number_forms(b))
            if observed > max_observed:
                continue
            # a common pair of general English ("heart study", "risk factors") is attested there
            if any(common_pair(x, y) for x in number_forms(a) for y in number_forms(b)):
                continue
            llr = log_likelihood_ratio(observed, sa.left, sb.freq, stats.total)
            significant = -llr >= min_llr and sa.freq >= min_count and sb.freq >= min_count
            score = stats.pair_score(a, b)
            if not significant and (score is None or score > surprise):
                continue
            block = doc.block_at(w1.start)
            if block is not None and doc.blocks[block].kind == HEADING:
                continue
            expected = stats.expected(a, b)
            text = doc.source[w1.start : w2.end]
            data = {
                "observed": observed,
                "expected": round(expected, 2),
                "llr": round(-llr, 1),
                "pair_score": None if score is None else round(score, 2),
            }
            if significant:
                yield Finding(
                    w1.start,
                    w2.end,
                    f"“{text}” is not a combination clean health writing uses (seen {observed} times in "
                    f"the reference where chance predicts {expected:.1f}): check for a mistranslated or "
                    "swapped word",
                    data=data,
                )
            else:
                yield Finding(
                    w1.start,
                    w2.end,
                    f"“{text}” is unattested in clean health writing, where “{w1.text}” is followed by a "
                    f"small set of words (pair score {score:.1f}): check for a mistranslated or swapped word",
                    severity=Severity.INFO,
                    data=data,
                )
