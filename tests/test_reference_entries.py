"""Entries of a reference list are cited works' titles: not the article's claims, not its prose."""

from __future__ import annotations

from medlint import lint_text
from medlint.evidence.citations import in_reference_entry, reference_entries
from medlint.formats import load_document

BODY = (
    "# Does vitamin D prevent falls?\n\n"
    "A large trial found that vitamin D did not reduce falls in healthy older adults [1].\n\n"
)
REFERENCES = (
    "## References\n\n"
    "1. LeBoff MS, Chou SH, Ratliff KA, et al. Supplemental vitamin D and incident fractures. "
    "N Engl J Med. 2022;387(4):299-309.\n"
    "2. Smith J. Green tea extract, a miracle breakthrough in diabetic mice. J Med Food. 2020;3(2):1-5.\n"
    "3. National Institute on Aging. Falls and fractures in older adults. https://www.nia.nih.gov/health/falls\n\n"
)
DISCLAIMER = "This article is for information only and does not replace advice from your doctor.\n"


def entries(source: str, fmt: str = "markdown") -> list[str]:
    doc = load_document(source, fmt)
    return [doc.prose[s:e][:20] for s, e in reference_entries(doc)]


def test_list_items_under_a_references_heading_are_entries_and_the_disclaimer_after_is_not() -> None:
    assert entries(BODY + REFERENCES + DISCLAIMER) == [
        "LeBoff MS, Chou SH, ",
        "Smith J. Green tea e",
        "National Institute o",
    ]


def test_a_sources_paragraph_and_a_citation_shaped_item_without_a_heading() -> None:
    text = (
        "Vitamin D helps bones.\n\n"
        "Sources: National Institutes of Health, Office of Dietary Supplements.\n\n"
        "- Bolland MJ, Grey A. Effects of vitamin D supplementation. Lancet. 2018;6(11):847-858.\n"
        "- Smith said in 2019 that walking helps.\n"
        "- Smith J. A letter about walking. 2019.\n\n"
        "TITUSVILLE, N.J., May 5, 2018 /PRNewswire/ -- The company announced results.\n\n"
        "Thomas E. Hughes, chief executive, said in 2018 that the trial would go on.\n"
    )
    assert entries(text) == ["Sources: National In", "Bolland MJ, Grey A. "]


def test_hype_in_a_cited_title_is_not_the_articles_claim() -> None:
    source = BODY + REFERENCES
    found = [(d.code, d.start.line) for d in lint_text(source, format="markdown") if d.code.startswith("CL")]
    assert found == []
    hyped = source.replace("did not reduce falls", "is a miracle breakthrough against falls")
    found = [(d.code, d.start.line, d.start.column) for d in lint_text(hyped, format="markdown")]
    assert ("CL102", 3, 41) in found
    assert not any(code == "CL102" and line > 5 for code, line, _ in found)
    doc = load_document(source, "markdown")
    assert in_reference_entry(doc, source.index("miracle"))
    assert not in_reference_entry(doc, source.index("vitamin D did"))


def test_reading_level_rules_skip_reference_entries() -> None:
    long_title = (
        "- Bolland MJ, Grey A, Avenell A. Effects of vitamin D supplementation on musculoskeletal "
        "health: a systematic review, meta-analysis, and trial sequential analysis of randomised "
        "controlled trials in community-dwelling and institutionalised older adults with osteoporosis "
        "and sarcopenia. Lancet Diabetes Endocrinol. 2018;6(11):847-858.\n"
    )
    source = BODY + "## References\n\n" + long_title
    codes = {d.code for d in lint_text(source, format="markdown", select=["RD"])}
    assert codes == set()
    as_prose = source.replace("## References\n\n- Bolland MJ, Grey A, Avenell A. ", "- We asked: ")
    codes = {d.code for d in lint_text(as_prose, format="markdown", select=["RD"])}
    assert "RD102" in codes


def test_a_wiki_heading_with_its_edit_link_heads_the_reference_list() -> None:
    page = (
        "<html><body><h1>Aspirin</h1><p>Aspirin lowers the risk of a second heart attack.</p>"
        "<h2>References <span>[<a href='/edit'>edit</a>]</span></h2>"
        "<ol><li>Aspirin after a heart attack, the trial report</li></ol></body></html>"
    )
    doc = load_document(page, "html")
    assert [doc.prose[s:e].strip() for s, e in reference_entries(doc)] == [
        "Aspirin after a heart attack, the trial report"
    ]
