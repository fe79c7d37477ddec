"""The claim kind's ``subject-lexicon``: a pattern's ``subject`` group must name a word of the list
(or its plural), so one pattern reads "any food" without a word alternation in the regex
(``medlint.kinds.claim``); a missing list is a pack error naming the rule; and its ``condition-lexicon``, which fills a
pattern's ``{condition}`` slot with a list of diseases."""

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


def test_the_condition_slot_reads_the_list_and_its_plurals_past_a_list_before_it(tmp_path: Path) -> None:
    (tmp_path / "conditions.tsv").write_text("# diseases\ngout\nleukemia\ntumor\n", encoding="utf-8")
    pack = tmp_path / "pack.yml"
    pack.write_text(
        "rules:\n  - {code: ZQ202, name: pill-cure, kind: claim, category: claims,\n"
        "     message: 'pill claim {match}', condition-lexicon: conditions.tsv,\n"
        "     patterns: ['\\bpills?\\s+cure\\s+(?:[\\w-]+,?\\s+){0,4}?{condition}']}\n",
        encoding="utf-8",
    )
    linter = Linter(Config(packs=(pack,)), select=["ZQ202"])
    assert not linter.registry.errors
    text = "Pills cure gout. Pills cure benign, malignant and other tumors. Pills cure colds. Pills cure goutiness."
    found = [d.text for d in linter.lint_text(text, "text")]
    assert found == ["Pills cure gout", "Pills cure benign, malignant and other tumors"]


def test_a_condition_slot_without_its_list_is_a_pack_error(tmp_path: Path) -> None:
    spec = {
        "code": "ZZ903",
        "name": "no-conditions",
        "kind": "claim",
        "message": "m",
        "patterns": ["pills cure {condition}"],
    }
    with pytest.raises(RuleError, match=r"ZZ903: the \{condition\} slot needs a 'condition-lexicon'"):
        Claim.prepare(spec, tmp_path)
