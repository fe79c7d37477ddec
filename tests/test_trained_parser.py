"""TX104 through a real trained spaCy parser (``nlp.model = "auto"``).

The rest of the suite runs on the blank pipeline or a fake parser; this test
runs the parse path end to end with an installed ``en_core_web_sm`` and skips
where none is installed (medlint never downloads a model). It is built so the
two paths give different answers: the fragment below has no subordinating
opener, so only the parser (no finite verb) can report it, and the heuristic's
message differs from the parser's.
"""

from __future__ import annotations

import pytest

import medlint
from medlint.config import parse_config
from medlint.nlp import get_syntax_nlp, resolve_model

pytest.importorskip("en_core_web_sm")


def test_auto_model_resolves_to_an_installed_parser() -> None:
    assert resolve_model("auto") == "en_core_web_sm"
    nlp = get_syntax_nlp("auto")
    assert nlp is not None and "parser" in nlp.pipe_names


def test_tx104_reports_a_verbless_sentence_through_the_parser() -> None:
    text = (
        "The drug works well. A very long list of side effects. Patients should rest.\n\n"
        "In order to keep patients safe, the trial ended early."
    )
    cfg = parse_config({"select": ["TX104"], "nlp": {"model": "auto"}}, "test")
    diags = medlint.lint_text(text, config=cfg)
    assert [(d.start.line, d.start.column, d.end.column, d.text, d.message) for d in diags] == [
        (1, 22, 55, "A very long list of side effects.", "sentence fragment: no finite verb")
    ]
    # the blank pipeline's heuristic does not see this fragment: the finding above came from the parse
    blank = parse_config({"select": ["TX104"], "nlp": {"model": "blank"}}, "test")
    assert medlint.lint_text(text, config=blank) == []
