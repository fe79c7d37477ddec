"""The claim scorer (medlint.evidence.claim_scorer) and its builder (scripts/build_claim_scorer.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from medlint.evidence.claim_scorer import BIAS, ClaimScorer, feature_set, shipped_scorer, tokens
from scripts import build_claim_scorer as build


def test_tokens_normalise_case_digits_and_apostrophes() -> None:
    toks = tokens("My son’s 3 Tests DIDN'T lie")
    assert [t.text for t in toks] == ["my", "son's", "0", "tests", "didn't", "lie"]
    assert (toks[1].start, toks[1].end) == (3, 8)


def test_features_are_words_and_adjacent_pairs() -> None:
    assert feature_set("Ginger cures colds") == {"ginger", "cures", "colds", "ginger cures", "cures colds"}


def test_neighbours_words_are_features_of_their_own() -> None:
    assert feature_set("Tea cures colds", before="The truth is", after="No 2 trials") >= {
        "<the",
        "<truth",
        "<is",
        ">no",
        ">0",
        ">trials",
    }
    assert "<the truth" not in feature_set("Tea cures colds", before="The truth is")  # words only, no pairs


def test_a_debunking_neighbour_lowers_the_score() -> None:
    scorer = ClaimScorer({BIAS: 0.0, "cures": 2.0, "<myth": -3.0, ">cures": 0.5})
    alone = scorer.score("Tea cures colds")
    assert (
        scorer.score("Tea cures colds", before="Myth")
        < alone
        < scorer.score("Tea cures colds", after="it cures")
    )
    assert scorer.explain("Tea cures colds", before="Myth").score == pytest.approx(
        scorer.score("Tea cures colds", before="Myth")
    )


def test_score_is_the_logistic_of_the_summed_weights() -> None:
    scorer = ClaimScorer({BIAS: -1.0, "cures": 2.0, "ginger cures": 0.5, "said": -3.0})
    assert scorer.score("Ginger cures colds") == pytest.approx(1 / (1 + math.exp(-1.5)))
    # a feature counts once, however often it occurs
    assert scorer.score("cures cures") == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert scorer.score("She said ginger cures colds") < 0.2


def test_explain_names_the_heaviest_positive_features_with_their_spans() -> None:
    scorer = ClaimScorer({BIAS: 0.0, "cures": 2.0, "ginger cures": 0.5, "colds": -1.0})
    scored = scorer.explain("Ginger cures colds")
    assert scored.score == pytest.approx(scorer.score("Ginger cures colds"))
    assert [(f, s, e) for f, _, s, e in scored.reasons] == [("cures", 7, 12), ("ginger cures", 0, 12)]


def test_fast_score_matches_explain_on_the_shipped_table() -> None:
    scorer = shipped_scorer()
    sentences = (
        "When we addressed my son’s underlying biology, everything changed.",
        "Insulin helps glucose get into the cells of our bodies.",
        "Thyroid symptoms and cure in 4 steps (100% guaranteed)",
        "",
    )
    for before, sentence, after in zip(("", *sentences[:-1]), sentences, (*sentences[1:], ""), strict=True):
        assert scorer.score(sentence, before, after) == pytest.approx(
            scorer.explain(sentence, before=before, after=after).score
        )
        assert scorer.score(sentence, before, after) == pytest.approx(
            1
            / (
                1
                + math.exp(
                    -sum(scorer.weights.get(f, 0.0) for f in {BIAS, *feature_set(sentence, before, after)})
                )
            )
        )


def test_score_all_matches_score_between_neighbours() -> None:
    scorer = shipped_scorer()
    sentences = ["Freedom from Asthma and Medication", "It works.", "", "My mother’s 3 inhalers failed her."]
    expected = [
        scorer.score(s, sentences[i - 1] if i else "", sentences[i + 1] if i + 1 < len(sentences) else "")
        for i, s in enumerate(sentences)
    ]
    assert scorer.score_all(sentences) == pytest.approx(expected)
    assert scorer.score_all([]) == []


def test_shipped_table_loads_with_an_intercept() -> None:
    scorer = shipped_scorer()
    assert BIAS in scorer.weights
    assert len(scorer.weights) > 1000


def _page_set(root: Path) -> Path:
    """A tiny page set in the labelled page sets' layout."""
    claims = root / "set" / "claims"
    careful = root / "set" / "careful"
    claims.mkdir(parents=True)
    careful.mkdir(parents=True)
    claim_lines = [
        "This tea cures diabetes naturally.",
        "Our herbal tonic heals the liver naturally.",
        "The ancient remedy reverses arthritis for good.",
    ]
    for n in range(1, 4):
        (claims / f"0{n}.txt").write_text(
            f"{claim_lines[n - 1]} We sell it in our shop. It comes in a blue box.\n", encoding="utf-8"
        )
    (claims / "labels.tsv").write_text(
        "".join(f"0{n}.txt\tcure\t{claim_lines[n - 1]}\n" for n in range(1, 4)), encoding="utf-8"
    )
    for n in range(1, 4):
        (careful / f"0{n}.txt").write_text(
            "Researchers said there is no evidence that tea cures diabetes. A trial is under way.\n",
            encoding="utf-8",
        )
    (careful / "labels.tsv").write_text(
        "01.txt\tdebunked\tResearchers said there is no evidence that tea cures diabetes.\n", encoding="utf-8"
    )
    return root / "set"


def _shared_data(root: Path) -> Path:
    data = root / "data"
    (data / "medquad").mkdir(parents=True)
    docs = [
        {
            "id": f"doc{i}",
            "qa": [{"question": "q", "answer": "Diabetes is a disease. Doctors treat it with insulin."}],
        }
        for i in range(8)
    ]
    (data / "medquad" / "medquad.jsonl").write_text(
        "\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8"
    )
    rows = ["sentence\tsource"] + [
        f"Patients in the trial were followed for {i} years.\tx" for i in range(10)
    ]
    (data / "clean_sentences.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return data


def test_build_learns_claim_words_from_labelled_pages(tmp_path: Path) -> None:
    out = tmp_path / "table.tsv"
    code = build.main(
        [
            "--pages",
            str(_page_set(tmp_path)),
            "--data",
            str(_shared_data(tmp_path)),
            "--no-fakehealth",
            "--min-df",
            "2",
            "--iters",
            "200",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# CL148's sentence scorer")
    scorer = ClaimScorer.from_file(out)
    # "naturally" marks two labelled claims on two pages; "said" only the careful pages' debunking
    assert scorer.weights["naturally"] > 0
    assert scorer.weights["said"] < 0
    assert scorer.score("This juice cures gout naturally.") > scorer.score(
        "Researchers said juice does not help."
    )


def test_build_counts_a_feature_once_per_page(tmp_path: Path) -> None:
    pages = [
        build.Example({"andy", "cures"}, 1, source="a"),
        build.Example({"andy", "cures"}, 1, source="a"),
        build.Example({"andy"}, 0, source="a"),
        build.Example({"cures"}, 1, source="b"),
    ]
    weights = build.train(pages, l2=1e-4, iters=10, min_df=2)
    assert "cures" in weights  # on two pages
    assert "andy" not in weights  # one page, however often it repeats the name


def test_a_prior_keeps_its_weights_where_the_new_examples_are_silent() -> None:
    pages = [
        build.Example({"cures", "tea"}, 1, source="a"),
        build.Example({"cures", "juice"}, 1, source="b"),
        build.Example({"study", "tea"}, 0, source="c"),
    ]
    prior = {BIAS: -1.0, "miracle": 2.0, "cures": 0.5}
    weights = build.train(pages, l2=1e-3, iters=200, min_df=2, prior=prior, prior_l2=1e-2)
    # no new example holds "miracle": it stays at its prior weight although no page has it
    assert weights["miracle"] == pytest.approx(2.0, abs=1e-3)
    # "cures" marks both new claims: the new examples move it up from its prior
    assert weights["cures"] > 0.5
    without = build.train(pages, l2=1e-3, iters=200, min_df=2)
    assert "miracle" not in without


def test_a_table_built_on_a_prior_names_it_in_its_header(tmp_path: Path) -> None:
    prior = tmp_path / "prior.tsv"
    prior.write_text(
        "# CL148's sentence scorer\n# Built by a script\n# Trained on the sets s1, s2.\n<bias>\t-1.0\nmiracle\t2.0\n",
        encoding="utf-8",
    )
    out = tmp_path / "table.tsv"
    args = ["--pages", str(_page_set(tmp_path)), "--data", str(_shared_data(tmp_path)), "--no-fakehealth"]
    args += ["--min-df", "2", "--iters", "50", "--prior", str(prior), "--prior-l2", "0.01", "--out", str(out)]
    assert build.main(args) == 0
    header = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert "# prior: Trained on the sets s1, s2." in header
    assert any("pulled back towards it with an L2 of 0.01" in line for line in header)
    assert ClaimScorer.from_file(out).weights["miracle"] == pytest.approx(2.0, abs=0.05)


_PAGE = (
    "Ginger Water for Gout\n\nGinger water melts gout crystals. Ginger water melts kidney stones. Ginger water melts "
    "arthritis pain. We drink it every morning. The jug is blue. The shop opens at nine."
)


def test_a_table_of_your_own_is_read_through_the_table_option(tmp_path: Path) -> None:
    from medlint.linter import Linter

    table = tmp_path / "own.tsv"
    table.write_text("# mine\n<bias>\t-4.0\nmelts\t6.0\n", encoding="utf-8")
    found = [
        d for d in Linter(rule_options={"CL148": {"table": str(table)}}).lint_text(_PAGE) if d.code == "CL148"
    ]
    assert [d.text for d in found] == [
        "Ginger water melts gout crystals.",
        "Ginger water melts kidney stones.",
        "Ginger water melts arthritis pain.",
    ]
    assert found[0].data["words"] == ["melts"]


def test_a_table_that_is_none_is_a_configuration_error(tmp_path: Path) -> None:
    from medlint.errors import ConfigError
    from medlint.linter import Linter

    table = tmp_path / "bad.tsv"
    table.write_text("melts\tmany\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.tsv:1: not a 'feature<TAB>weight' row"):
        Linter(rule_options={"CL148": {"table": str(table)}})
    with pytest.raises(ConfigError, match="cannot read the claim-scorer table"):
        Linter(rule_options={"CL148": {"table": str(tmp_path / "missing.tsv")}})


def test_a_relative_table_is_read_from_the_config_files_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medlint.cli import main

    (tmp_path / "own.tsv").write_text("<bias>\t-4.0\nmelts\t6.0\n", encoding="utf-8")
    (tmp_path / "medlint.toml").write_text('[rules.CL148]\ntable = "own.tsv"\n', encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(_PAGE + "\n", encoding="utf-8")
    main(["check", "--select", "CL", "--format", "json", "--exit-zero", str(page)])
    codes = [d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"]]
    assert codes.count("CL148") == 3
