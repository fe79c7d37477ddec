"""Rules that read clinical text, on saved pages that are not health text: a deals list or a business
blog's exclamation is the writer's tone (TX105). Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import hits, page

DEALS = (
    "<h1>The best early winter deals on laptops</h1>\n"
    "<p>Some of these laptops are at the lowest prices we have seen this year, and each pick below was "
    "checked by our editors on Monday morning.</p>\n"
    "<p>Stock runs out fast, so the prices may change before you reach the shop. We update this list "
    "every day of the week until the sales end.</p>\n"
    "<p>The thin model comes with a bright screen, a long battery and a keyboard that lights up at "
    "night. The larger one has more memory and two ports for a second screen.</p>\n"
    "<p>Both ship free to most addresses, and both can be returned within thirty days if they are not "
    "what you wanted.</p>\n"
)
CLINIC = (
    "<h1>Flu clinic opens on Monday</h1>\n"
    "<p>Patients over sixty-five can get the flu vaccine free at the clinic. The doctors say the "
    "vaccine lowers the risk of a serious infection, and most people feel only a sore arm.</p>\n"
)


def test_an_exclamation_on_a_page_that_is_not_health_text_is_not_reported() -> None:
    source = page(DEALS.replace("this year,", "this year!"))
    assert source.count("!") == 2  # the doctype's and the exclamation's
    assert hits(source, "TX105") == []


def test_an_exclamation_on_a_health_page_is_reported() -> None:
    source = page(DEALS.replace("this year,", "this year!") + CLINIC)
    at = source.index("year!") + 4
    line = source[:at].count("\n") + 1
    assert hits(source, "TX105") == [(at, at + 1, line, at - source.rfind("\n", 0, at))]


GARDEN = (
    "<p>Lemon trees grow well in a sunny spot with light soil, and a pot on a warm patio suits them as "
    "well as a bed does. Water them deeply once a week and let the top of the soil dry out between "
    "waterings, then feed them in spring and summer.</p>\n"
)
PESTS = (
    "<p>Look under the leaves for pests and diseases now and then; most need no treatment. Wear gloves "
    "when you prune if thorns are a pain to you.</p>\n"
)


def test_an_exclamation_on_a_long_page_that_names_health_only_in_passing_is_not_reported() -> None:
    # three health words ("diseases", "treatment", "pain") in some 1,000 words of gardening: fewer
    # than one in 300 words
    body = "<h1>How to grow a lemon tree</h1>\n" + GARDEN * 20 + PESTS
    source = page(body.replace("then feed", "then feed!", 1))
    assert hits(source, "TX105") == []
    # the same page with a clinic's paragraph: health is its subject often enough to be read
    dense = page((body + CLINIC).replace("then feed", "then feed!", 1))
    at = dense.index("feed!") + 4
    line = dense[:at].count("\n") + 1
    assert hits(dense, "TX105") == [(at, at + 1, line, at - dense.rfind("\n", 0, at))]


# -- DS101: a page that names health in passing, a journal's article page ---------------------------


def _title_hit(source: str, title: str) -> list[tuple[int, int, int, int]]:
    at = source.index(title)
    line = source[:at].count("\n") + 1
    return [(at, at + len(title), line, at - source.rfind("\n", 0, at))]


VITAMIN = (
    "<p>Lemons are rich in vitamin C. Vitamin C supplements do not prevent an infection such as a "
    "cold, and a high dose can upset the stomach; people with diabetes should ask before taking "
    "supplements.</p>\n"
)


def test_no_disclaimer_note_on_a_long_page_that_names_health_only_in_passing() -> None:
    body = "<h1>How to grow a lemon tree</h1>\n" + GARDEN * 20 + PESTS
    assert hits(page(body), "DS101") == []
    # the same page with a paragraph on lemons and health names health often enough to be read
    dense = page(body + VITAMIN)
    assert hits(dense, "DS101") == _title_hit(dense, "How to grow a lemon tree")


REVIEW = (
    "<h1>Zinc for the common cold: a review</h1>\n"
    "<p>We searched three databases for trials of zinc lozenges in adults with a common cold. Eleven "
    "trials with 1,200 patients met our criteria, and most were small and at some risk of bias.</p>\n"
    "<p>Zinc shortened colds by about a day in the pooled trials, but the dose and the form of zinc "
    "differed from trial to trial. Nausea and a bad taste were the most common side effects.</p>\n"
    "<p>Larger trials with one dose and one form of zinc are needed before clinicians can advise "
    "patients on its use. The evidence on children is too thin to draw any conclusion.</p>\n"
)


def test_no_disclaimer_note_on_a_journal_article_page() -> None:
    journal = '<meta name="citation_journal_title" content="Journal of Colds">'
    assert hits(page(REVIEW, head=journal), "DS101") == []
    source = page(REVIEW)
    assert hits(source, "DS101") == _title_hit(source, "Zinc for the common cold: a review")
