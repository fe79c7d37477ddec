"""The claim kind's ``subject-lexicon``: a pattern's ``subject`` group must name a word of the list
(or its plural), so one pattern reads "any food" without a word alternation in the regex
(``medlint.kinds.claim``); a missing list is a pack error naming the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.config import Config
from medlint.kinds.claim import Claim
from medlint.linter import Linter
from medlint.rule import RuleError


def _pack(tmp_path: Path, lexicon: str = "foods.tsv") -> Path:
    (tmp_path / "foods.tsv").write_text("# foods\nberry\ntomato\nleek\n", encoding="utf-8")
    pack = tmp_path / "pack.yml"
    pack.write_text(
        "rules:\n  - {code: ZQ201, name: food-cure, kind: claim, category: claims,\n"
        f"     message: 'food claim {{match}}', subject-lexicon: {lexicon},\n"
        "     patterns: ['\\b(?P<subject>[a-z]+)\\s+cures?\\s+cancer\\b', '\\bpills?\\s+cure\\s+gout\\b']}\n",
        encoding="utf-8",
    )
    return pack


def test_only_subjects_of_the_list_and_their_plurals_match(tmp_path: Path) -> None:
    linter = Linter(Config(packs=(_pack(tmp_path),)), select=["ZQ201"])
    assert not linter.registry.errors
    text = "Berries cure cancer. Tomatoes cure cancer. A leek cures cancer. Surgery cures cancer. Pills cure gout."
    found = [d.text for d in linter.lint_text(text, "text")]
    # a pattern with no subject group is not filtered
    assert found == ["Berries cure cancer", "Tomatoes cure cancer", "leek cures cancer", "Pills cure gout"]


def test_a_missing_subject_lexicon_is_a_pack_error(tmp_path: Path) -> None:
    spec = {
        "code": "ZZ902",
        "name": "no-list",
        "kind": "claim",
        "message": "m",
        "patterns": ["x"],
        "subject-lexicon": "absent.tsv",
    }
    with pytest.raises(RuleError, match=r"ZZ902: cannot read lexicon"):
        Claim.prepare(spec, tmp_path)
