"""The tortured-phrase kind's first-word pass answers as its plain form.

``Tortured.check`` meets the document's word index once with every first word of its lexicon
(``_Lexicon.firsts``) and hands the pending groups, the trie (``PhraseMatcher.iter_matches_among``),
the proximity rows and the irregular rows the few words found; the plain form
(``tortured._PLAIN_FIRSTS``) meets the whole index with each table. Compared on a fresh lexicon
each (groups are parsed as documents first hold their word), on MT101's examples, every default
rule's examples, the corpus, MedQuAD answers and sentences holding rows of each kind.
"""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.kinds import tortured
from medlint.kinds.tortured import Tortured


def _rule() -> Any:
    return next(r for r in Linter(select=["MT101"]).rules if r.code == "MT101")


def _row_texts() -> list[str]:
    """A sentence around every 7th row's tortured phrase, of each kind (phrase, proximity, with
    punctuation inside)."""
    rule = _rule()
    text = (rule.pack_dir / str(rule.spec["lexicon"])).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#" and "\t" in line]
    return [f"In the trial, the {row[0].strip()} was seen again." for row in rows[::7]]


def _texts() -> list[str]:
    own = [ex if isinstance(ex, str) else ex.text for ex in _rule().examples()[0] + _rule().examples()[1]]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2), *_row_texts()]


def _findings(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    monkeypatch.setattr(tortured, "_PLAIN_FIRSTS", plain)
    monkeypatch.setattr(Tortured, "_lexicon_cache", {})  # a fresh lexicon: groups parsed anew
    rule = _rule()
    return [
        [(f.start, f.end, f.message, f.data) for f in rule.check(load_document(t, "markdown"))] for t in texts
    ]


def test_first_word_pass_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = _findings(texts, False, monkeypatch)
    assert fast == _findings(texts, True, monkeypatch)
    # the trie's rows, the proximity rows ("antibiotic affectability") and the punctuated ones fire
    assert sum(map(len, fast)) > 500


def test_every_table_files_its_rows_under_a_first_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Tortured, "_lexicon_cache", {})
    lex = _rule().lexicon()
    pending = set(lex._pending)
    assert lex.firsts == pending
    lex.prepare_all()
    tables = lex.matcher._root.keys() | lex.proximity.keys() | lex.irregular_by_first.keys()
    assert lex.proximity and lex.irregular_by_first
    assert tables <= lex.firsts


def test_proximity_and_trie_rows_at_exact_offsets() -> None:
    text = "Antibiotic low affectability was seen. Bosom peril is common."
    found = [(f.start, f.end) for f in _rule().check(load_document(text, "text"))]
    # the proximity row "antibiotic affectability" (0-28) and the trie's "bosom peril" (39-50)
    assert found == [(0, 28), (39, 50)]
    assert list(_rule().check(load_document("Antibiotic resistance was seen.", "text"))) == []
