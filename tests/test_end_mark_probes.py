"""The press-release end mark ("###", "-30-") is searched only in a text holding "#" or "30"
(``doc_kind._END_MARK_PROBED``); its plain form searches every text (``doc_kind._END_MARK``)."""

from __future__ import annotations

from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.evidence import doc_kind
from medlint.formats import load_document


def _span(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


def test_the_end_mark_is_found_where_a_text_holds_it() -> None:
    fires = load_document("Acme launches a drug.\n\n- # # # -\n", "text")
    assert _span(doc_kind._END_MARK_PROBED.search(fires)) == (23, 32)
    assert doc_kind._release_signals(fires) == ("end mark",)
    passes = load_document("Acme launches a drug.\n\n- 3 0 -\n", "text")  # no "#", no "30"
    assert not doc_kind._END_MARK_PROBED.could_match_doc(passes)
    assert doc_kind._END_MARK_PROBED.search(passes) is None is doc_kind._END_MARK.search(passes.prose)


def test_the_probed_end_mark_finds_what_the_plain_pattern_finds() -> None:
    pieces = [
        " ",
        "\t",
        "\n",
        "\n\n",
        "-",
        "#",
        "##",
        "###",
        "# # #",
        "# ",
        "30",
        "-30-",
        "3",
        "0",
        "130",
        "x",
        "Text. ",
    ]
    texts = [
        *rule_and_corpus_texts(),
        *medquad_answers(40, 2),
        *random_strings(pieces, 400, seed=16, max_pieces=12),
    ]
    found = 0
    for text in texts:
        doc = load_document(text, "text")
        plain = _span(doc_kind._END_MARK.search(doc.prose))
        assert _span(doc_kind._END_MARK_PROBED.search(doc)) == plain, text
        found += plain is not None
    assert found > 20
