"""The per-rule breakdown of ``benchmarks/claims_review.py`` on made-up releases (no data needed)."""

from __future__ import annotations

import zlib

from benchmarks.claims_review import SENSATIONAL, Article, by_rule, dev_quarter, in_half

_Q = "Does the news release include unjustifiable, sensational language, including in the quotes of researchers?"


def _art(rid: str, answer: str, per_claim: dict[str, int], article_level: dict[str, int]) -> Article:
    return Article(rid, 500, {_Q: answer}, per_claim, article_level)


def test_by_rule_counts_releases_and_unsatisfactory_share() -> None:
    arts = [
        _art("1", "Not Satisfactory", {"CL117": 3}, {"CL118": 2}),
        _art("2", "Satisfactory", {"CL117": 1}, {}),
        _art("3", "Satisfactory", {}, {"CL118": 1}),
        _art("4", "Not Applicable", {"CL117": 5}, {}),  # not rated: left out
    ]
    rows = by_rule(arts, SENSATIONAL)
    assert rows[0] == "unjustifiable, sensational language: 3 rated, 33% unsatisfactory"
    assert rows[1] == "  CL117  fires on    2 releases,  50% unsatisfactory"
    assert rows[2] == "  CL118  fires on    2 releases,  50% unsatisfactory"
    assert len(rows) == 3


def test_by_rule_with_no_rated_release_is_empty() -> None:
    assert by_rule([_art("1", "Not Applicable", {"CL117": 1}, {})], SENSATIONAL) == []


def test_inner_halves_split_the_development_half() -> None:
    ids = [f"news_reviews_{i:05d}" for i in range(200)]
    dev = {i for i in ids if in_half(i, "dev")}
    a = {i for i in ids if in_half(i, "dev-a")}
    b = {i for i in ids if in_half(i, "dev-b")}
    assert a | b == dev and not a & b
    assert a and b
    assert not {i for i in ids if in_half(i, "test")} & dev
    # the split is the section-18 one: a CRC-32 of the id with "/inner" appended
    assert dev_quarter("news_reviews_00013") == (
        "dev-b" if zlib.crc32(b"news_reviews_00013/inner") % 2 else "dev-a"
    )
