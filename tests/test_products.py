"""The names a page sells (medlint.evidence.products) and the claim rules' product-patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

import medlint
from medlint.evidence.products import product_names
from medlint.formats import load_document
from medlint.kinds.claim import Claim
from medlint.rule import RuleError

SALES = (
    "# NeuroMax: the memory pill\n\n"
    "NeuroMax is the all-natural nootropic for memory.\n\n"
    "NeuroMax prevents cancer and keeps you sharp.\n\n"
    "Try NeuroMax today.\n"
)


def names(text: str, fmt: str = "text") -> tuple[str, ...]:
    return product_names(load_document(text, fmt))


def test_a_name_sold_in_a_frame_and_used_three_times() -> None:
    assert names(SALES, "markdown") == ("NeuroMax",)
    assert names(
        "Sugar Defender, a natural blend. Order your bottle of Sugar Defender. Sugar Defender works."
    ) == ("Sugar Defender",)
    assert names("NeuroMax is the all-natural nootropic. NeuroMax works.") == ()  # twice only


@pytest.mark.parametrize(
    "text",
    [
        "Truvada is a pill that prevents HIV. Truvada is taken daily. Doctors prescribe Truvada.",
        "Many people get Crohn's disease. Crohn's disease is common. Crohn's disease flares.",
        "In the United States, the herbal formula is sold. The United States has rules. United States law.",
        "The Statens Serum Institut made it. Statens Serum Institut said so. Statens tested it.",
        "This is the best tea. This tea is great. This works.",
    ],
)
def test_drugs_diseases_places_and_institutions_are_no_products(text: str) -> None:
    assert names(text) == ()


def test_the_products_claim_is_reported_where_it_stands() -> None:
    found = [
        (d.code, d.start.line, d.start.column, d.text) for d in medlint.lint_text(SALES, format="markdown")
    ]
    assert ("CL119", 5, 1, "NeuroMax prevents cancer") in found
    # the same words with nothing that sells NeuroMax: a name the page does not sell is no subject
    plain = SALES.replace("NeuroMax is the all-natural nootropic", "NeuroMax is a name").replace(
        "Try NeuroMax today", "Ask about NeuroMax"
    )
    assert medlint.lint_text(plain, format="markdown", select=["CL119"]) == []


def test_a_product_pattern_without_its_slot_is_a_pack_error(tmp_path: Path) -> None:
    spec = {
        "code": "ZZ901",
        "name": "bad-product",
        "kind": "claim",
        "message": "m",
        "patterns": ["x"],
        "product-patterns": ["prevents cancer"],
    }
    with pytest.raises(RuleError, match=r"ZZ901: a product-pattern needs the \{product\} slot"):
        Claim.prepare(spec, tmp_path)


def test_a_user_packs_product_pattern_runs_timed_on_a_sales_page(tmp_path: Path) -> None:
    from medlint.config import Config
    from medlint.linter import Linter
    from medlint.text.timed_re import TimedPattern

    pack = tmp_path / "pack.yml"
    pack.write_text(
        "rules:\n  - {code: ZQ101, name: product-cure, kind: claim, category: claims,\n"
        "     message: 'product claim {match}', patterns: ['\\bxyzzy\\b'],\n"
        "     product-patterns: ['\\b{product}\\s+cures\\s+\\w+']}\n",
        encoding="utf-8",
    )
    linter = Linter(Config(packs=(pack,)), select=["ZQ101"])
    assert not linter.registry.errors
    sales = SALES.replace("NeuroMax prevents cancer", "NeuroMax cures arthritis")
    found = [(d.start.line, d.start.column, d.text) for d in linter.lint_text(sales, format="markdown")]
    assert found == [(5, 1, "NeuroMax cures arthritis")]
    rule = next(r for r in linter.rules if r.code == "ZQ101")
    from medlint.kinds.claim import _product_pattern

    assert rule.pack_dir is not None
    assert isinstance(
        _product_pattern(rule.product_templates[0][0], ("NeuroMax",), True, rule.pack_dir), TimedPattern
    )
