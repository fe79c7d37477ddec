"""The corrupt-sentence scripts' shared driver: what counts as found and as a control hit."""

from __future__ import annotations

from benchmarks.corrupt_common import parser, recall_line
from medlint import Linter

CLEAN = "Each cell has its own copy of the gene."
BAD = "Each cell has it's own copy of the gene."
AT = BAD.index("it's")


def test_a_finding_over_the_changed_words_is_found_and_the_clean_version_is_the_control() -> None:
    cases = [(CLEAN, BAD, AT, AT + 4), (CLEAN, BAD, 0, 4), (BAD, BAD, AT, AT + 4)]
    line = recall_line(Linter(select=["TX119"]), "its", ("TX119",), cases)
    # the second case's changed words are "Each": TX119's finding lies elsewhere; the third
    # case's "clean" version has the slip, so the control counts it
    assert line == (
        "its: TX119 found 2/3 = 66.7% of the corrupted sentences; clean versions with any TX119 finding 1/3"
    )


def test_more_codes_add_the_share_any_of_them_finds() -> None:
    line = recall_line(
        Linter(select=["TX119", "TX120"]), "its", ("TX120", "TX119"), [(CLEAN, BAD, AT, AT + 4)]
    )
    assert line == (
        "its: TX120 found 0/1 = 0.0% of the corrupted sentences; TX120 or TX119 1/1 = 100.0%; "
        "clean versions with any TX120 finding 0/1"
    )


def test_the_shared_options() -> None:
    args = parser("doc", 2027).parse_args(["--classes", "a", "b"])
    assert (args.n, args.seed, args.classes) == (300, 2027, ["a", "b"])
