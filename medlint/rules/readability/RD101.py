"""RD101 reading-grade: The reading grade is above the target for patient material (default grade 8)."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence

from ...diagnostic import Severity
from ...document import HEADING, Document, Sentence
from ...evidence.doc_kind import is_fact_check, is_patient_information, is_reporting, is_signed_article
from ...rule import Example, Finding, Option, Rule
from ...text.readability import counts, flesch_kincaid
from ._shared import (
    _EASY,
    _HARD,
    clinician_blocks,
    explained_terms,
    graded_sentences,
    graded_text,
    letter_words,
    terminated,
    text_names,
    title_question,
)

_HARD_ADVICE = "You should discuss individualised glycaemic targets with your physician, particularly regarding hypoglycaemia. "


class ReadingGrade(Rule):
    """The reading grade is above the target for patient material (default grade 8).

    SMOG (used when the text has 30 or more sentences, as the formula
    requires) or else Flesch-Kincaid grade, computed on the prose only
    (``graded_sentences``: no headings, reference entries, list items or table cells run
    together and the notes run in after a table, unfinished list items, title-case label lines,
    pronunciation respellings). Each use of the text's own long names (``own_names``: a rare word a
    heading names, a rare name capitalised inside sentences; in the plural too, "meningiomas" on a
    page titled "What is a meningioma?") counts as a one-syllable word, and the message says which.
    So does each use of a long rare term the text explains where it uses it (``explained_terms``:
    "arrhythmias (irregular heartbeats)", "breaking down (metabolizing)", "cells called
    photoreceptors", "an autosomal dominant pattern, which means ..."): plain-language guidance keeps
    a term the reader will meet again and asks that it be explained, which no formula sees (on the
    NIH answers, texts that gloss each term in parentheses read as their terms' syllables, not as
    their sentences).
    So does each word of a proper name of several capitalised words (``proper_name_words``: "the
    National Heart, Lung, and Blood Institute", "Centers for Disease Control and Prevention", a
    publication's title): the reader reads it as one name and no editor can shorten it, but read
    word by word its "Institute", "Prevention" and "Ontology" raise the grade of plain prose (on the
    NIH answers, a page's credits and its references to the agencies raised plain pages by up to
    3 grades). A section whose heading addresses it to clinicians (``_shared.clinician_blocks``:
    CDC's "Physician Diagnosis", "Information for Health Care Providers", "U.S. Healthcare
    Providers:", "Clinical Features"; a heading or a title-case label line, up to the next one) is
    not graded: it is written for professional readers, and the patient target is not theirs. The
    heading says whom a section is for; a count of sentences that tell clinicians what to do
    cannot, since patient pages say what doctors should do too. A document-level finding gives both scores, over the text graded: from the
    block of the first graded sentence with its own end mark to the end of the last graded
    sentence's block (a plain-text page's title question, ``title_question``, is neither graded nor
    part of the span), not over its first block alone, which is often a plain sentence or a list's
    lead-in ("Wash your hands ...", "Signs may include:") that no editor would simplify; sections (text under a heading)
    of at least ``section-min-sentences`` sentences more than ``warn-margin`` above
    the target get an info finding each, so the hardest part is easy to find. News
    reports and press releases get no section findings: the lines a plain-text crawl
    makes headings of are page furniture ("Advertisement"), and the target is not theirs.

    The grade target is for patient material, so the finding is a warning only on
    a patient-information page (``medlint.evidence.doc_kind``: not a news report or press
    release, and advising the reader or built of patient sections such as
    "Symptoms") or where the sentences average ``long-sentence-words`` words or
    more (default 30), which an editor would break up for any lay reader. News
    reports and press releases are written at newspaper level by convention: above
    the target they get no finding unless their sentences are that long; other prose
    that gives no advice gets an info finding. Measured on real news
    and releases (FakeHealth), the grade-8 warning everywhere was right 3 times
    in 40. Fact-checks (``is_fact_check``) and articles their page signs and dates
    (``is_signed_article``: a byline and a publication date in the page's metadata, no medical
    review, patient sections or advice) are read the same way (``_reports``). A grade within ``warn-margin`` of the target is also info: the formulas
    count syllables and sentence lengths, and one long sentence or a drug name moves
    a page's grade by more than that, so an editor would not rewrite a page at 8.3
    for a target of 8. So is a page of 30 sentences or more that Flesch-Kincaid puts within the
    margin while SMOG puts it above (SMOG predicts full comprehension and reads about two grades
    higher on the same text): an NIH patient page written plainly, Flesch-Kincaid 6.7 and SMOG
    9.8, is not one the two formulas agree is above the target.
    """

    code = "RD101"
    name = "reading-grade"
    category = "readability"
    severity = Severity.WARNING
    options = {
        "target": Option(8.0, float, "The highest acceptable reading grade (US school grade)."),
        "min-words": Option(
            100, int, "Texts with fewer words get no grade (the formulas need running text)."
        ),
        "section-min-sentences": Option(8, int, "Sections with fewer sentences get no finding of their own."),
        "warn-margin": Option(
            1.0,
            float,
            "Grades above the target by less than this are reported at info, not warning.",
        ),
        "long-sentence-words": Option(
            30.0,
            float,
            "Outside patient pages, a grade finding is a warning only if sentences average this many words.",
        ),
    }
    source = (
        "McLaughlin 1969 (SMOG); Kincaid et al. 1975 (Flesch-Kincaid); AMA and NIH health-literacy "
        "guidance (patient material at grade 6-8); CDC Clear Communication Index"
    )
    should_fire = (
        Example(_HARD * 5, note="prose that gives no advice: info"),
        Example(_HARD * 3 + _HARD_ADVICE * 3, note="a page that advises the reader: warning"),
    )
    should_not_fire = (
        _EASY * 3,
        Example("Pharmacological heterogeneity.", note="too short to score"),
        Example(
            "Your doctor is the best person to answer your questions about heart failure and your treatment. "
            "Many groups also publish information about heart failure that is written for patients and their "
            "families. The National Heart, Lung, and Blood Institute at the National Institutes of Health has a "
            "detailed page about it. The Centers for Disease Control and Prevention publishes statistics about "
            "how common it is. The American Heart Association and the Heart Failure Society of America have "
            "guides for families. The National Library of Medicine has a list of other places to look for "
            "information. You should ask your doctor which of these resources are right for you.",
            note="plain advice: the institutions' names count as short words (Flesch-Kincaid 9.9 read word by word)",
        ),
        Example(
            "# What are the symptoms of tick fever?\n\n"
            + _EASY * 3
            + "\n\nPhysician Diagnosis\n\n"
            + _HARD * 3
            + "\n",
            format="markdown",
            note="the section headed for physicians is theirs, not patient material: only the plain patient text is graded",
        ),
        Example(
            "# What happens when platelets are low?\n\n"
            "Your doctor may find that your blood has too few platelets, a condition called "
            "thrombocytopenia. Platelets are made in the bone marrow, the soft tissue inside your bones, and "
            "they help your blood form clots. With thrombocytopenia, you may bruise easily and keep bleeding "
            "for a long time after a small cut or a visit to the dentist. Some people notice tiny red or "
            "purple spots on their skin (petechiae), which often show up on the lower legs first. "
            "Thrombocytopenia can be caused by medicines, infections, pregnancy, or a problem with your "
            "immune system. Your doctor will check your platelet count with a simple blood test. Mild "
            "thrombocytopenia often needs no treatment, but severe thrombocytopenia can be dangerous. If you "
            "have new petechiae, thrombocytopenia that gets worse, or bleeding that will not stop, call your "
            "doctor right away." + "\n",
            format="markdown",
            note="each term is explained where it stands (a condition called ..., spots (petechiae)): "
            "counted as short words (Flesch-Kincaid 9.1 read as hard words)",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        sentences = _patient_sentences(doc)
        words = letter_words(doc)
        n_words = sum(words.count(s.start, s.end) for s in sentences)
        if n_words < self.opts["min-words"]:
            return
        target = float(self.opts["target"])
        use_smog = len(sentences) >= 30
        names = text_names(doc)  # of ``sentences``
        explained = explained_terms(doc).difference(names)
        scores = counts(graded_text(sentences, names.keys() | explained if explained else names))
        fk, smog_grade = scores.flesch_kincaid, scores.smog
        grade = smog_grade if use_smog else fk
        if grade > target:
            anchor = _anchor(sentences)
            first = doc.blocks[anchor.block]
            title = title_question(doc)
            # a title question on the first line of the anchor's block is no part of what was graded
            span_start = max(first.start, anchor.start) if title and title[0] >= first.start else first.start
            # the grade is the whole graded text's: the span runs to the last graded block, not one plain lead
            span_end = max(first.end, doc.blocks[sentences[-1].block].end)
            formula = "SMOG" if use_smog else "Flesch-Kincaid"
            mean_words = n_words / max(1, len(sentences))
            long_sentences = mean_words >= float(self.opts["long-sentence-words"])
            margin = float(self.opts["warn-margin"])
            # SMOG predicts the grade for full comprehension and reads about two grades above
            # Flesch-Kincaid on the same text: a page Flesch-Kincaid puts within the margin is not
            # one the formulas agree is above the target (under 30 sentences SMOG is not the grade)
            fk_near = use_smog and fk - target < margin
            near_target = grade - target < margin or fk_near
            warn = not near_target and (long_sentences or is_patient_information(doc))
            if not warn and _reports(doc):
                # newspaper level is a report's own convention: a note was right once in 38 on FakeHealth
                yield from self._sections(doc, target)
                return
            message = (
                f"reading grade {grade:.1f} ({formula}; SMOG {smog_grade:.1f}, Flesch-Kincaid {fk:.1f}) is "
                f"above the target of {target:g} for patient material: use shorter sentences and everyday words"
            )
            if names:
                shown = sorted(names, key=lambda w: (-names[w], w))[:3]
                message += (
                    f" (the text's own names counted as short words: {', '.join(shown)}"
                    f"{', ...' if len(names) > len(shown) else ''}; {sum(names.values())} uses)"
                )
            if explained:
                shown_terms = sorted(explained)[:3]
                message += (
                    f" (terms it explains counted as short words: {', '.join(shown_terms)}"
                    f"{', ...' if len(explained) > len(shown_terms) else ''})"
                )
            if long_sentences:
                message += f" (sentences average {mean_words:.0f} words)"
            elif near_target and not fk_near:
                message += f" (a note only: within {margin:g} grade of the target)"
            elif near_target:
                message += f" (a note only: Flesch-Kincaid {fk:.1f} is not {margin:g} grade above the target)"
            elif not warn:
                message += (
                    f" (a note only: the text gives readers no advice, and its sentences average "
                    f"{mean_words:.0f} words)"
                )
            yield Finding(
                span_start,
                span_end,
                message,
                data={
                    "smog": smog_grade,
                    "flesch_kincaid": fk,
                    "target": target,
                    "mean_words": mean_words,
                    "own_name_uses": sum(names.values()),
                },
                severity=Severity.WARNING if warn else Severity.INFO,
            )
        yield from self._sections(doc, target)

    def _sections(self, doc: Document, target: float) -> Iterable[Finding]:
        headings = [i for i, b in enumerate(doc.blocks) if b.kind == HEADING]
        if len(headings) < 2 or _reports(doc):
            return  # a report's "sections" are its crawl's furniture lines, and the patient target is not its own
        margin = float(self.opts["warn-margin"])
        graded = _patient_sentences(doc)
        own = text_names(doc)
        explained = explained_terms(doc).difference(own)
        names: Collection[str] = own.keys() | explained if explained else own
        starts = [s.block for s in graded]
        bounds = [*headings, len(doc.blocks)]
        for hi, nxt in itertools.pairwise(bounds):
            body = graded[bisect_left(starts, hi + 1) : bisect_left(starts, nxt)]
            if len(body) < self.opts["section-min-sentences"]:
                continue
            fk = flesch_kincaid(graded_text(body, names))
            if fk - target >= margin:  # within the margin the formulas cannot tell the grades apart
                head = doc.blocks[hi]
                yield Finding(
                    head.start,
                    head.end,
                    f"this section reads at grade {fk:.1f} (Flesch-Kincaid), above the target of {target:g}",
                    severity=Severity.INFO,
                    data={"flesch_kincaid": fk},
                )


def _reports(doc: Document) -> bool:
    """Written to newspaper conventions: a news report or press release (``is_reporting``), a
    fact-check (``is_fact_check``) or an article its page signs and dates (``is_signed_article``),
    as RD102 reads them for its report limit."""
    return is_reporting(doc) or is_fact_check(doc) or is_signed_article(doc)


def _anchor(sentences: Sequence[Sentence]) -> Sentence:
    """Where a page's grade is reported: the first graded sentence with an end mark of its own,
    not a line of site furniture before the text ("12 minute read", "4.5 stars")."""
    return next((s for s in sentences if terminated(s.text)), sentences[0])


def _patient_sentences(doc: Document) -> list[Sentence]:
    """The graded sentences (``graded_sentences``) less those of sections a heading addresses to
    clinicians (``clinician_blocks``: CDC's "Physician Diagnosis", "Information for Health Care
    Providers"): written for professional readers, at their level, they are not patient material
    and do not raise the grade of the page's patient text."""
    sentences = graded_sentences(doc)
    clinicians = clinician_blocks(doc)
    if not clinicians:
        return sentences
    return [s for s in sentences if s.block not in clinicians]
