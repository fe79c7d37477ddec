"""Loads spaCy pipelines once per process and never downloads anything.

The blank English pipeline (tokenizer + rule-based sentencizer) is the default
because every default rule must work without a trained model. A trained
pipeline is used only where a rule needs syntax and one is installed.
"""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

TRAINED_CANDIDATES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
BLANK = "blank"
AUTO = "auto"


def installed_trained_pipelines() -> list[str]:
    """Names of trained English pipelines importable here (no network involved)."""
    return [name for name in TRAINED_CANDIDATES if importlib.util.find_spec(name) is not None]


def resolve_model(model: str | None) -> str:
    """``None``/"blank" -> blank; "auto" -> first installed trained pipeline or blank."""
    if model in (None, "", BLANK):
        return BLANK
    if model == AUTO:
        found = installed_trained_pipelines()
        return found[0] if found else BLANK
    return model


@functools.lru_cache(maxsize=4)
def get_nlp(model: str | None = None) -> Language:
    """The pipeline for ``model``; built once per process (an explicit cache)."""
    import spacy

    name = resolve_model(model)
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 50_000_000
        return nlp
    if importlib.util.find_spec(name) is None:
        raise LookupError(
            f"spaCy pipeline {name!r} is not installed; install it with pip, "
            'or set nlp.model = "blank" (medlint never downloads models)'
        )
    nlp = spacy.load(name, exclude=["ner"])
    nlp.max_length = 50_000_000
    return nlp


def get_syntax_nlp(model: str | None = None) -> Language | None:
    """A pipeline with a dependency parser, or None when none is installed."""
    name = resolve_model(model if model not in (None, "", BLANK) else AUTO)
    if name == BLANK:
        return None
    try:
        nlp = get_nlp(name)
    except (LookupError, OSError):
        return None
    return nlp if "parser" in nlp.pipe_names else None


def get_nlp_or_blank(model: str | None = None) -> Language:
    """The configured pipeline, or the blank one when it is not installed (see ``model_notice``)."""
    try:
        return get_nlp(model)
    except (LookupError, OSError):
        return get_nlp(BLANK)


def model_notice(model: str | None) -> str | None:
    """One line for the run when the configured pipeline cannot be used."""
    name = resolve_model(model)
    if name != BLANK and importlib.util.find_spec(name) is None:
        return f"nlp.model {name!r} is not installed; using the blank spaCy pipeline (medlint never downloads models)"
    if model == AUTO and name == BLANK:
        return 'nlp.model = "auto": no trained English pipeline installed; using the blank spaCy pipeline'
    return None
