"""MT101/MT104 against the screener's biomedical subset and clean published sentences."""

from __future__ import annotations

import csv

from conftest import shared_path

import medlint
from medlint.kinds.tortured import parse_condition
from medlint.linter import Linter


def test_parse_condition() -> None:
    assert parse_condition('AND "breast"') == ((("breast",),), ())
    assert parse_condition('AND ("benign cancer" OR "benign tumor") NOT specular') == (
        (("benign cancer", "benign tumor"),),
        ("specular",),
    )
    assert parse_condition('OR "fit file" AND "fit index"') == ((("fit index",),), ())


def test_every_biomedical_pair_is_found_in_a_sentence() -> None:
    path = shared_path("data", "tortured_phrases_biomedical.tsv")
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    excluded = {
        r["tortured"].lower()
        for r in csv.DictReader(shared_path("data", "tortured_phrases_excluded.tsv").open(), delimiter="\t")
    }
    linter = Linter(select=["MT101"])
    missed = []
    tested = 0
    for row in rows:
        if row["tortured"].lower() in excluded:
            continue
        require, _ = parse_condition(row["condition"])
        context = " ".join(f"The notes also mention {group[0]}." for group in require)
        text = f"In our clinic report, {row['tortured']} was discussed at length. {context}"
        tested += 1
        hits = [d for d in linter.lint_text(text) if d.code == "MT101" and d.data.get("expected")]
        if not any(d.data["expected"].lower() == row["expected"].lower() for d in hits):
            missed.append(row["tortured"])
    assert tested > 950
    assert missed == []


def test_no_false_positives_on_clean_published_sentences() -> None:
    path = shared_path("data", "clean_sentences.tsv")
    sentences = [r["sentence"] for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")]
    linter = Linter(select=["MT101", "MT104", "MT190"])
    hits = []
    words = 0
    # lint in chunks of 200 sentences so conditions see realistic document-sized context
    for i in range(0, len(sentences), 200):
        chunk = "\n\n".join(sentences[i : i + 200])
        words += len(chunk.split())
        hits += [(d.code, d.text) for d in linter.lint_text(chunk) if d.severity >= medlint.Severity.WARNING]
    assert words > 300_000
    assert hits == []


def test_seed_translation_findings() -> None:
    src = shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8")
    diags = medlint.lint_text(src, select=["MT", "MT190"])  # MT190: the seed's regression fixtures
    found = {(d.code, d.text) for d in diags}
    for phrase in (
        "cells that cause insulin",
        "blood night",
        "all-city stem cells",
        "human organs and institutions",
        "system software in the human body",
        "ability to upgrade",
    ):
        assert ("MT190", phrase) in found, phrase
    assert ("MT111", "type I") in found
    assert ("MT110", "insulin glargine") in found
    for d in diags:
        assert src[d.start.offset : d.end.offset] == d.text


def test_lexicon_groups_are_parsed_only_for_the_words_a_document_holds() -> None:
    from pathlib import Path

    from medlint.kinds.tortured import Tortured

    Tortured._lexicon_cache.clear()
    linter = Linter(select=["MT101"])
    rule = linter.rules[0]
    diags = linter.lint_text("Bosom peril is the most common cancer in women.")
    assert [d.text for d in diags] == ["Bosom peril"]
    lexicon = rule.lexicon()  # type: ignore[attr-defined]
    assert "bosom" not in lexicon._pending  # parsed for this document
    assert "kidney" in lexicon._pending  # never needed yet, still raw rows
    assert len(lexicon) > 8000

    # the same findings whether groups are parsed on demand or all up front
    corpus = sorted((Path(__file__).parent.parent / "benchmarks" / "corpus").glob("*-bad-*.*"))
    corpus = [p for p in corpus if not p.name.endswith(".yml")]
    lazy = [[(d.start.offset, d.text) for d in medlint.lint_file(p, select=["MT101"])] for p in corpus]
    lexicon.prepare_all()
    assert not lexicon._pending
    eager = [[(d.start.offset, d.text) for d in medlint.lint_file(p, select=["MT101"])] for p in corpus]
    assert lazy == eager
    assert any(lazy)


def test_tortured_pack_with_its_own_lexicon_and_inline_entries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medlint.registry import Registry, load_pack

    (tmp_path / "spun.tsv").write_text(
        "# tortured\texpected\tkind\tcondition\ttier\n"
        "\n"
        "kidney disappointment\tkidney failure\n"
        "sugar sickness\tdiabetes\tproximity~2\n"
        "hazard ratio (RR)\thazard ratio (HR)\n"
        "heart ailments\theart disease\tphrase\t\tB\n",
        encoding="utf-8",
    )
    (tmp_path / "pack.yml").write_text(
        "rules:\n"
        "  - {code: ZT101, name: spun, kind: tortured, category: translation, message: '{match} -> {expected}',\n"
        "     lexicon: spun.tsv, entries: [{tortured: bosom peril, expected: breast cancer}]}\n",
        encoding="utf-8",
    )
    reg = Registry()
    for rule in load_pack(tmp_path / "pack.yml"):
        reg.add(rule, "test")
    text = (
        "Kidney disappointment needs dialysis. Sugar and sickness rise together; sugar the sickness. "
        "The hazard ratio (RR) was 0.8. Heart ailments are common. Bosom peril screening saves lives."
    )
    diags = Linter(registry=reg).lint_text(text)
    assert [d.data["count"] for d in diags if "count" in d.data] == [6]  # the whole text looks spun
    got = [(d.text, d.data["expected"], str(d.severity)) for d in diags if "expected" in d.data]
    assert got == [
        ("Kidney disappointment", "kidney failure", "warning"),
        ("Sugar and sickness", "diabetes", "warning"),
        ("sugar the sickness", "diabetes", "warning"),
        ("hazard ratio (RR)", "hazard ratio (HR)", "warning"),
        ("Heart ailments", "heart disease", "info"),
        ("Bosom peril", "breast cancer", "warning"),
    ]

    broken = tmp_path / "broken"  # lexicons are cached per pack folder and rule for the process
    broken.mkdir()
    (broken / "pack.yml").write_text((tmp_path / "pack.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (broken / "spun.tsv").write_text(
        "kidney disappointment\tkidney failure\nno columns here\n", encoding="utf-8"
    )
    reg = Registry()
    for rule in load_pack(broken / "pack.yml"):
        reg.add(rule, "test")
    diags = Linter(registry=reg).lint_text("Bosom peril.")
    assert [d.code for d in diags] == ["ML901"]
    assert "lexicon rows need at least tortured and expected columns: 'no columns here'" in diags[0].message


def test_rows_are_filed_under_the_first_word_documents_are_tokenized_into() -> None:
    from medlint.data import pack_dir
    from medlint.kinds.tortured import _Lexicon
    from medlint.text.tokens import WORD_RE

    text = (pack_dir() / "translation-tortured.tsv").read_text(encoding="utf-8")
    text += "\nx-ray fog\tx-ray haze\nCOVID19 pest\tCOVID-19\n\u201cquoted start\tquoted\n"
    expected: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            first = WORD_RE.search(line, 0, line.index("\t"))
            if first:
                expected.setdefault(first.group().lower(), []).append(line)
                tab = line.index("\t")
                if "'" in line[:tab]:  # and the row with the typographic apostrophe, under its own first word
                    curly = line[:tab].replace("'", "\u2019") + line[tab:]
                    expected.setdefault(first.group().lower().replace("'", "\u2019"), []).append(curly)
    assert _Lexicon(text, "MT101")._pending == expected
    assert {"x-ray", "covid19", "quoted"} <= expected.keys()


def test_a_word_index_prepares_the_rows_a_list_of_its_words_does() -> None:
    """``_Lexicon.prepare`` given a document's word index (a mapping: its keys meet the pending
    words as key views) parses exactly the groups that a plain list of the same words parses,
    and finds the same phrases at the same offsets."""
    from medlint.formats import load_document
    from medlint.kinds.tortured import _Lexicon

    text = (
        "bosom peril\tbreast cancer\nsigns of alert\tsigns of alarm\nkidney disappointment\tkidney failure\n"
    )
    doc = load_document("A bosom peril. Kidney disappointment, again.", "text")
    by_index, by_list = _Lexicon(text, "MT101"), _Lexicon(text, "MT101")
    by_index.prepare(doc.word_index)
    by_list.prepare(list(doc.word_index))
    assert by_index._pending == by_list._pending == {"signs": ["signs of alert\tsigns of alarm"]}
    hits = [(m.start, m.end) for m in by_index.matcher.iter_matches(doc)]
    assert hits == [(m.start, m.end) for m in by_list.matcher.iter_matches(doc)] == [(2, 13), (15, 36)]
