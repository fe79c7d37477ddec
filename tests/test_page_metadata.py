"""Page metadata in the standard vocabularies (Dublin Core, Highwire Press, Parse.ly) names the
author and the date, as a site's own ``author`` and ``article:published_time`` do."""

from __future__ import annotations

import pytest

from medlint import Linter
from medlint.formats import load_document
from medlint.formats.metadata import normalize_metadata

_BODY = (
    "<p>Observational studies suggest that influenza vaccination reduces hospitalization among "
    "elderly persons, and the authors used a regression discontinuity design to test this in a large "
    "sample of patients treated in several countries over many years.</p>"
    "<p>Patients who were vaccinated had similar rates of hospitalization for respiratory illness, and "
    "mortality did not differ between the groups. The authors say that vaccination programmes for "
    "elderly people should be reviewed, and that more research is needed.</p>"
    "<p>Influenza causes thousands of deaths each winter. Doctors recommend that people over 65 get "
    "the vaccine every year. The findings do not mean that elderly people should stop getting "
    "vaccinated, the authors note.</p>"
)


def _page(head: str) -> str:
    return (
        f'<html lang="en"><head>{head}</head>\n'
        f"<body><article><h1>The Effect of Influenza Vaccination for the Elderly</h1>{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("author_tag", "date_tag"),
    [
        ('<meta name="dc.Creator" content=" Carlos  Dobkin ">', '<meta name="dc.Date" content="2020-03-03">'),
        (
            '<meta name="citation_author" content="Dobkin, Carlos">',
            '<meta name="citation_publication_date" content="2020/03/03">',
        ),
        (
            '<meta name="parsely-author" content="Jane Roe">',
            '<meta name="parsely-pub-date" content="2020-03-03T10:00:00Z">',
        ),
    ],
    ids=["dublin-core", "highwire", "parsely"],
)
def test_standard_metadata_names_author_and_date(author_tag: str, date_tag: str) -> None:
    doc = load_document(_page(author_tag + date_tag), "html")
    assert doc.metadata.get("author") and doc.metadata.get("date")
    assert Linter(select=["DS104", "DS105"]).lint_text(_page(author_tag + date_tag), "html") == []


def test_without_them_the_page_names_neither() -> None:
    diags = Linter(select=["DS104", "DS105"]).lint_text(_page('<meta name="robots" content="index">'), "html")
    assert [(d.code, d.start.line, d.start.column) for d in diags] == [("DS104", 2, 20), ("DS105", 2, 20)]


def test_first_of_several_creators_is_the_author() -> None:
    meta = normalize_metadata(
        {"dc.creator": "Carlos Dobkin", "citation_title": "T", "dcterms.modified": "2021-01-01"}
    )
    assert meta == {"author": "Carlos Dobkin", "title": "T", "updated": "2021-01-01"}
