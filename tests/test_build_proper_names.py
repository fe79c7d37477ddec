"""scripts/build_proper_names.py and TX127's reading of its table: which WordNet names are kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_proper_names as build  # noqa: E402

from medlint import Linter  # noqa: E402
from medlint.rules.text_integrity.TX127 import proper_names  # noqa: E402

# A WordNet in miniature: "offset lexfile pos n_words word lex_id ... n_pointers pointers | gloss".
# 15 is noun.location, 17 noun.object, 14 noun.group, 10 noun.communication, 06 noun.artifact.
_NOUNS = """\
00000001 15 n 01 Korea 0 000 | a country
00000002 15 n 01 China 0 000 | a country
00000003 06 n 01 china 0 000 | porcelain
00000004 17 n 01 Africa 0 000 | a continent
00000005 10 n 01 Acts 0 000 | a book of the Bible
00000006 06 n 01 act 0 000 | something done
00000007 10 n 01 Korean 0 000 | a language
00000008 06 n 01 french_fries 0 000 | potatoes
00000009 15 n 01 Ohio 0 000 | a state
00000010 14 n 01 Draco 0 000 | a lawgiver
00000011 15 n 01 India 0 000 | a country
00000012 06 n 01 indium 0 000 | a metal
00000013 15 n 01 Ischia 0 000 | an island
00000014 06 n 01 ischium 0 000 | a bone
"""
_ADJECTIVES = """\
00000101 01 a 01 Korean 0 001 \\ 00000001 n 0101 | of Korea
00000102 01 a 01 African 0 001 \\ 00000004 n 0101 | of Africa
00000103 01 a 01 French 0 001 \\ 00000001 n 0101 | of France
00000104 01 a 01 Draconian 0 001 \\ 99999999 n 0101 | harsh
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    (tmp_path / "data.noun").write_text(_NOUNS, encoding="latin-1")
    (tmp_path / "data.adj").write_text(_ADJECTIVES, encoding="latin-1")
    (tmp_path / "data.verb").write_text("", encoding="latin-1")
    (tmp_path / "data.adv").write_text("", encoding="latin-1")
    (tmp_path / "noun.exc").write_text("ischia ischium\n", encoding="latin-1")
    return tmp_path


def test_places_and_their_adjectives_are_kept(wordnet: Path) -> None:
    names = build.build(wordnet)
    assert {"Korea", "Africa", "African", "Korean", "Ohio"} <= names.keys()


def test_a_name_english_writes_in_lower_case_is_left(wordnet: Path) -> None:
    names = build.build(wordnet)
    assert "China" not in names  # "china", porcelain
    assert "Acts" not in names  # a book's title, and the plural of "act"
    assert "Draconian" not in names  # pertains to no place, people or language


def test_lower_case_compounds_are_written_beside_their_name(wordnet: Path) -> None:
    assert build.build(wordnet)["French"] == ["french fries"]


def test_inflected_forms_of_a_lemma() -> None:
    irregular = {"ischia": {"ischium"}}
    forms = (
        build._forms("acts", irregular)
        | build._forms("judges", irregular)
        | build._forms("ischia", irregular)
    )
    assert {"act", "judge", "ischium"} <= forms
    # (s62) an ending is no plural by itself: "india" is not guessed to be the plural of "indium"
    assert "indium" not in build._forms("india", irregular)


def test_irregular_plurals_come_from_wordnet(wordnet: Path) -> None:
    names = build.build(wordnet)
    assert "India" in names  # "indium" is a word, but "india" is not its plural
    assert "Ischia" not in names  # noun.exc: the plural of "ischium"


def test_the_shipped_table_reads_as_the_rule_expects() -> None:
    table = proper_names()
    assert table["korean"][0] == "Korean"
    assert ("french", "fries") in table["french"][1]
    assert "china" not in table and "turkey" not in table


def test_a_compound_in_the_plural_is_left() -> None:
    found = Linter(select=["TX127"]).lint_text("Serve lima beans and french fries in korea.\n")
    assert [d.text for d in found] == ["korea"]
