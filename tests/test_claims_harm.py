"""CL110-CL115 (claims that hurt people), whole-article evidence and claim structure."""

from __future__ import annotations

import pytest

import medlint
from medlint.evidence.claim_structure import boilerplate_blocks, claim_subject, non_claim_reason
from medlint.evidence.sources import article_evidence
from medlint.formats import load_document


def _found(text: str, code: str, fmt: str = "text") -> list[tuple[int, int, str]]:
    return [
        (d.start.line, d.start.column, d.text)
        for d in medlint.lint_text(text, format=fmt, select=[code])
        if d.code == code
    ]


QUACK_PAGE = (
    "# The diabetes cure they don't want you to know about\n"
    "\n"
    "Big Pharma hides this cheap remedy because it cannot be patented.\n"
    "\n"
    "Our detox tea flushes toxins from your body. Cure your diabetes in 30 days!\n"
    "\n"
    "Stop taking your insulin once you start the tea. Join thousands of satisfied customers.\n"
    "\n"
    "This clinically proven formula is doctor recommended.\n"
)


def test_quack_page_positions() -> None:
    diags = medlint.lint_text(QUACK_PAGE, format="markdown", select=[f"CL11{i}" for i in range(6)])
    got = sorted((d.code, d.start.line, d.start.column, d.text, str(d.severity)) for d in diags)
    assert got == [
        ("CL110", 7, 1, "Stop taking your insulin", "error"),
        ("CL111", 1, 21, "they don't want you to know", "error"),
        ("CL111", 3, 1, "Big Pharma hides", "error"),
        ("CL111", 3, 36, "because it cannot be patented", "error"),
        ("CL112", 5, 46, "Cure your diabetes in 30 days", "warning"),
        ("CL113", 5, 5, "detox tea", "warning"),
        ("CL113", 5, 15, "flushes toxins from your", "warning"),
        ("CL114", 7, 55, "thousands of satisfied customers", "warning"),
        ("CL115", 9, 6, "clinically proven", "warning"),
        ("CL115", 9, 35, "doctor recommended", "warning"),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # negated
        ("Do not stop taking your insulin without talking to your doctor.", "CL110"),
        ("No tea can cure your diabetes in 30 days.", "CL112"),
        ("There is no evidence that Big Pharma hides a cure.", "CL111"),
        ("I was not cured, and the clinic kept my money.", "CL114"),
        ("No supplement is clinically proven to prevent colds.", "CL115"),
        # debunked
        ("Beware of sites that tell you to stop taking your insulin.", "CL110"),
        ("Conspiracy theories that doctors won't tell you the truth are false.", "CL111"),
        ("Claims that a juice cleanse removes toxins are a myth.", "CL113"),
        ("Be wary of products marketed as clinically proven.", "CL115"),
        # quoted
        ("\u201cStop taking your insulin,\u201d the website told readers.", "CL110"),
        ("\u201cYour doctor won't tell you this,\u201d the ad says.", "CL111"),
        ("\u201cSee results in 7 days,\u201d the label promises.", "CL112"),
        ("\u201cI was cured,\u201d Ms. Lang said after the trial.", "CL114"),
        ("\u201cIt is clinically proven,\u201d the label says.", "CL115"),
    ],
)
def test_negated_debunked_and_quoted_do_not_fire(text: str, code: str) -> None:
    assert _found(text, code) == []


def test_clinically_proven_is_not_a_safety_claim() -> None:
    text = "This clinically proven formula works."
    assert _found(text, "CL103") == []
    assert _found(text, "CL115") == [(1, 6, "clinically proven")]


def test_named_study_anywhere_answers_unnamed_proof_and_uncited_research() -> None:
    text = (
        "This clinically proven formula lowers cholesterol.\n\n"
        "Studies show that 80% of patients improved.\n\n"
        "The trial was published in the journal Lipids in Health and Disease."
    )
    assert _found(text, "CL115") == []
    assert _found(text, "CL106") == []
    bare = text.rsplit("\n\n", 1)[0]
    assert _found(bare, "CL106") == [(3, 1, "Studies show"), (3, 19, "80% of patients")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The results were published online May 2 in the journal Lancet Neurology.", "journal"),
        ("The study appears in the June 24 issue of the journal Nature.", "journal"),
        ("The study, in Experimental Biology and Medicine, used rabbits.", "journal"),
        ("The study was published in the journal mBio.", "journal"),
        ("Findings were presented at the annual meeting of the American Academy of Neurology.", "conference"),
        (
            "The report, scheduled for presentation at the Gastrointestinal Cancers Symposium, ...",
            "conference",
        ),
        ("It was part of the American Diabetes Association's annual meeting in Orlando.", "conference"),
        ("Results of the STICH trial were reported on Sunday.", "trial"),
        ("The study, called the National Lung Screening Trial, enrolled 53,000 smokers.", "trial"),
        ("He is an author of a new paper in the German chemistry journal Angewandte Chemie.", "journal"),
        (
            "A study presented Saturday at the American Society of Clinical Oncology found longer survival.",
            "conference",
        ),
        (
            "It is scheduled for presentation at the American College of Cardiology's Annual Scientific Session.",
            "conference",
        ),
    ],
)
def test_article_evidence_names_sources(text: str, kind: str) -> None:
    ev = article_evidence(load_document(text, "text"))
    assert kind in {k for _, _, k in ev.sources}


def test_article_evidence_ignores_institutions_alone() -> None:
    ev = article_evidence(
        load_document("Researchers at the University of Bergen found that fat is fine.", "text")
    )
    assert not ev.names_source


@pytest.mark.parametrize(
    "text",
    [
        "Human trials are needed before the drug can be offered to patients.",
        "Substances that cause weight loss in mice rarely end up working in humans.",
        "It has not yet been tested in people.",
        "Next steps include preclinical studies in pigs.",
        "More research in humans is needed.",
    ],
)
def test_human_caveats(text: str) -> None:
    assert article_evidence(load_document(text, "text")).has_human_caveat


def test_caveat_anywhere_answers_animal_to_human() -> None:
    claim = "In mice, the compound cleared amyloid. Patients with Alzheimer's can now reverse memory loss."
    assert _found(claim, "CL108") == [(1, 1, "In mice")]
    assert _found(claim + "\n\nMany paragraphs later: trials in people are needed.", "CL108") == []


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Chronic kidney disease affects 10% to 13% of adults.", "prevalence"),
        ("Seizures occur in about 15 percent of males with the condition.", "prevalence"),
        ("Mutations in the FTCD gene cause glutamate formiminotransferase deficiency.", "genetics"),
        ("About 10 to 20 percent of breast cancers are due to BRCA1 or BRCA2 genes.", "genetics"),
        ("Death from any cause occurred in 359 patients (59%) in the CABG group.", "vital statistic"),
        ("Take XARELTO exactly as prescribed by your doctor.", "instruction"),
        ("Take your next dose at your regularly scheduled time.", "instruction"),
        ("Kim TI, Lee YK, et al. l-Theanine attenuates cognitive dysfunction.", "reference"),
        ("Are 3-D mammograms a breast cancer breakthrough?", "question"),
        ("Drinking coffee prevents heart disease.", None),
    ],
)
def test_non_claim_reasons(sentence: str, reason: str | None) -> None:
    assert non_claim_reason(sentence) == reason


def test_boilerplate_blocks() -> None:
    text = (
        "The pill lowered blood pressure.\n\n###\n\nFred Hutch: 40 years of cures\n\n"
        "About the NIH: NIH is investigating the causes, treatments, and cures for diseases."
    )
    doc = load_document(text, "text")
    assert boilerplate_blocks(doc) == frozenset({1, 2, 3})
    assert _found(text, "CL101") == []


def test_forward_looking_statements_are_boilerplate() -> None:
    text = (
        "The capsule lowered night-time glucose in the trial.\n\n"
        "Forward-looking statements: This press release contains forward-looking statements, for "
        "example when we discuss revolutionizing the treatment of diabetes.\n\n"
        "The trial enrolled 180 adults."
    )
    doc = load_document(text, "text")
    assert boilerplate_blocks(doc) == frozenset({1})
    # a heading-like line and the paragraph under it
    text = (
        "The capsule lowered night-time glucose in the trial.\n\nForward-Looking Statements\n\n"
        "We discuss revolutionizing the treatment of diabetes.\n\nThe trial enrolled 180 adults."
    )
    assert boilerplate_blocks(load_document(text, "text")) == frozenset({1, 2})
    # a sentence about forward-looking statements inside a paragraph of news leaves the news
    text = (
        "In a randomized trial of 400 adults, researchers found lower blood pressure with the drug. Readers "
        "are cautioned not to place undue reliance on forward-looking statements."
    )
    assert boilerplate_blocks(load_document(text, "text")) == frozenset()


def test_causal_overclaim_needs_the_observed_exposure() -> None:
    text = (
        "In a cohort study of 5,000 adults, coffee drinking was associated with less heart disease.\n\n"
        "Drinking coffee prevents heart disease. Exercise improves mood."
    )
    assert _found(text, "CL107") == [(3, 1, "Drinking coffee prevents heart disease.")]


def test_claim_subject_fallback_is_the_clause_before_the_verb() -> None:
    text = "In the cohort, which was large, drinking coffee prevents stroke."
    doc = load_document(text, "text")
    sent = doc.sentences[0]
    i = text.index("prevents")
    assert claim_subject(doc, sent, i, i + 8) == "drinking coffee"


def test_claim_subject_uses_a_configured_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """With nlp.model set and a parser installed, the subject is the verb's nsubj subtree."""

    class Tok:
        def __init__(self, text: str, idx: int, pos: str, dep: str) -> None:
            self.text, self.idx, self.pos_, self.dep_ = text, idx, pos, dep
            self.head: Tok = self
            self.children: list[Tok] = []
            self.subtree: list[Tok] = [self]

    def parse(text: str) -> list[Tok]:
        # "Coffee , which is popular , prevents stroke ."
        words = text.replace(",", " ,").replace(".", " .").split()
        toks, pos = [], 0
        for w in words:
            i = text.index(w, pos)
            toks.append(Tok(w, i, "VERB" if w == "prevents" else "NOUN", "x"))
            pos = i + len(w)
        verb = next(t for t in toks if t.pos_ == "VERB")
        subj = toks[0]
        subj.dep_ = "nsubj"
        subj.head = verb
        verb.children.append(subj)
        return toks

    monkeypatch.setattr("medlint.nlp.get_syntax_nlp", lambda model=None: parse)
    text = "Coffee, which is popular, prevents stroke."
    doc = load_document(text, "text", nlp_model="en_core_web_sm")
    monkeypatch.setattr(type(doc), "has_syntax", property(lambda self: False))
    sent = doc.sentences[0]
    i = text.index("prevents")
    assert claim_subject(doc, sent, i, i + 8) == "Coffee"


def test_claim_subject_with_a_real_pipeline() -> None:
    pytest.importorskip("en_core_web_sm")
    text = "Coffee, which many people drink every morning, prevents stroke."
    doc = load_document(text, "text", nlp_model="en_core_web_sm")
    sent = next(s for s in doc.sentences if "prevents" in s.text)
    i = text.index("prevents")
    assert claim_subject(doc, sent, i, i + 8).startswith("Coffee")


def test_missing_limitations_fires_once_at_the_first_result() -> None:
    text = (
        "The study found that walking after meals lowered blood sugar.\n\n"
        "Researchers found the effect in adults of all ages."
    )
    diags = medlint.lint_text(text, select=["CL116"])
    assert [(d.start.line, d.start.column, d.text, str(d.severity)) for d in diags] == [
        (1, 1, "The study found", "info")
    ]
    assert (
        medlint.lint_text(
            text + "\n\nThe study was small and did not prove cause and effect.", select=["CL116"]
        )
        == []
    )


def test_sensational_language_counts_quotes_at_info() -> None:
    text = "\u201cThis is a landmark result,\u201d the author said. The effect was not dramatic."
    diags = medlint.lint_text(text, select=["CL117"])
    assert [(d.start.column, d.text, str(d.severity)) for d in diags] == [(12, "landmark", "info")]


def test_warning_lists_and_myth_labels_are_debunked() -> None:
    page = (
        "# How to spot health scams\n\n"
        "The FDA warns consumers to watch out for these red flags:\n\n"
        '- Promises of quick results, such as "lose 30 pounds in 30 days"\n'
        "- Personal testimonials like \u201cit cured my diabetes\u201d\n"
        "- Advice to stop taking your prescribed medicine\n"
        "- Big Pharma hides the cure\n\n"
        "**Myth:** Detox teas flush toxins from your body.\n"
    )
    assert medlint.lint_text(page, format="markdown", select=["CL"]) == []
    # the same items with no warning lead-in are claims
    bare = "Our plan works:\n\n- Big Pharma hides the cure\n"
    assert _found(bare, "CL111", "markdown") == [(3, 3, "Big Pharma hides")]


@pytest.mark.parametrize(
    "text",
    [
        # a randomised trial reported in the article: its causal results are not observational
        "In a randomized trial of 1,200 adults, those given the drug were associated with fewer strokes.\n\n"
        "The drug prevents stroke.",
        # genetics and vital statistics in an observational article
        "The cohort study linked BRCA1 mutations to cancer. Mutations in the BRCA1 gene cause breast cancer.",
        "In the cohort, coffee drinking was associated with fewer deaths. "
        "Death from any cause occurred in 359 coffee drinkers.",
        # attributed to a named source
        "In a cohort study, coffee drinking was associated with less stroke. Coffee prevents stroke, Dr. Lee said.",
    ],
)
def test_causal_overclaim_not_claims(text: str) -> None:
    assert _found(text, "CL107") == []
