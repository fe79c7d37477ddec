"""Bold run-in heads of a saved page: a label or a question set in bold before its value opens a
record of a form ("<strong>Are pets allowed?</strong> Only assistance dogs."). Pages print one such
record per company, meal or product; the heads, and often the answers, repeat by the form's design
(RP102, RP104). Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats import load_document


def test_the_reader_marks_bold_heads_that_open_a_block_before_its_value() -> None:
    source = page(
        "<main><p><strong>Are pets allowed?</strong> Only assistance dogs.</p>\n"
        "<p><b>The court ruled on Monday.</b> It said more.</p>\n"
        "<p><b>\u73fe\u5834\u3092\u5199\u771f\u3067\u6291\u3048\u308b\u3002</b> \u3068\u8a00\u3063\u305f\u3002</p>\n"
        "<p><strong>All of it bold</strong></p>\n"
        "<p>Text first, <strong>then bold:</strong> and more.</p>\n"
        "<ul><li>\n  <strong>Portion Fix Containers:</strong> 1 Green, 1 Red</li></ul></main>"
    )
    doc = load_document(source, "html")
    pets, portion = source.index("Are pets"), source.index("Portion Fix")
    # a bold sentence that ends with a stop (an ideographic one too), a block all in bold and bold text
    # inside a block are not heads
    assert doc.metadata["run_in_heads"] == [
        [pets, pets + len("Are pets allowed?")],
        [portion, portion + len("Portion Fix Containers:")],
    ]


def _records(answer: str, bold: bool = True) -> str:
    """Three train companies' records written to one form, the same question in each."""
    q = "Are wheelchairs and mobility scooters carried on the buses?"
    head = f"<strong>{q}</strong>" if bold else q
    parts = []
    for company in ("Northern Rail", "Southern Coast", "Island Line"):
        parts.append(
            f"<h3>{company}</h3>\n<p><strong>Bicycles allowed?</strong> Folding bicycles only.</p>\n"
            f"<p>{head} {answer.replace('COMPANY', company)}</p>\n"
            f"<p><strong>Food allowed?</strong> Hot food is not allowed on {company} buses.</p>\n"
        )
    return page(f"<main>{BODY}{''.join(parts)}</main>")


def test_the_same_question_in_each_record_is_not_a_repeated_sentence() -> None:
    answer = "Yes, providing they fit in the space set aside for them on the bus."
    assert hits(_records(answer), "RP102") == []
    # without the bold heads the same lines are sentences of the text, reported at each later copy
    # (each in a paragraph of its own words: a paragraph printed whole in each record is the page's
    # template, tests/test_html_template_parts.py)
    plain = _records(answer + " Ask COMPANY staff.", bold=False)
    q = "Are wheelchairs and mobility scooters carried on the buses?"
    first = plain.index(q)
    later = [i for i in (plain.index(q, first + 1), plain.index(q, plain.index(q, first + 1) + 1))]
    found = hits(plain, "RP102")
    assert [h[:2] for h in found if h[0] in later] == [(at, at + len(q)) for at in later]


def test_the_same_answers_under_the_same_head_are_not_near_duplicate_paragraphs() -> None:
    answer = (
        "Yes, but it is at the discretion of the driver, and some coach companies do not allow them "
        "on their vehicles at all."
    )
    varied = answer.replace("some coach companies", "a few coach firms")
    records = _records(answer)
    n = records.index(answer, records.index(answer) + 1)
    records = records[:n] + varied + records[n + len(answer) :]
    assert hits(records, "RP104") == []
    # a paragraph pasted again right after itself, head and all, is still a copy
    q = "<p><strong>Are dogs allowed on the bus?</strong> " + answer + "</p>\n"
    pasted = page(
        f"<main>{BODY}<h3>Dogs</h3>\n{q}{q.replace('some coach companies', 'a few coach firms')}</main>"
    )
    at = pasted.index("<p><strong>Are dogs", pasted.index("<p><strong>Are dogs") + 1) + len("<p><strong>")
    end = pasted.index("</p>", at)
    line = pasted[:at].count("\n") + 1
    assert hits(pasted, "RP104") == [(at, end, line, at - pasted.rfind("\n", 0, at))]


def test_a_label_with_a_short_value_in_each_record_is_not_a_repeated_sentence() -> None:
    # one meal plan's field per meal: the label and a value too short to be a sentence of its own
    meal = "<p><strong>Portion Fix Containers for this meal:</strong> 1 tsp.</p>\n"
    plan = page(
        f"<main>{BODY}<h3>Breakfast</h3>\n<p>Eggs on toast with greens.</p>\n{meal}"
        f"<h3>Lunch</h3>\n<p>Chicken salad with beans.</p>\n<p>A glass of water.</p>\n{meal}</main>"
    )
    assert hits(plan, "RP102") == []
    # the same line without its bold label is a sentence printed twice (in a paragraph of other words:
    # a paragraph printed whole in two places is the page's template, tests/test_html_template_parts.py)
    line_text = "Portion Fix Containers for this meal: 1 tsp."
    bare = plan.replace("<strong>", "").replace("</strong>", "")
    bare = bare.replace("<p>A glass of water.</p>\n<p>", "<p>A glass of water. ")
    at = bare.index(line_text, bare.index(line_text) + 1)
    assert [h[:2] for h in hits(bare, "RP102")] == [(at, at + len(line_text))]
