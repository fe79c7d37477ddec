"""``disclaimer._find_disclaimers`` asks each defining component's gate (``_defining_gates``: its
search sets answered from the document's words) before searching its blocks, and stops when no
block holds a defining component or a disclaimer's heading; the plain form
(``disclaimer._PLAIN_DISCLAIMER_GATES``) searches every component as before. Compared on every
default rule's examples, the corpus, MedQuAD answers, disclaimers built from every component's
wordings in mixed case (with and without the characters that make a text case-exotic) and seeded
strings of the components' words.
"""

from __future__ import annotations

import itertools
import random

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.evidence import disclaimer
from medlint.formats import load_document

#: one wording of each component, several for the ones with alternatives that change their probes
_WORDINGS = (
    "This page is for informational purposes only.",
    "The content is intended for general educational purposes only.",
    "It is provided for information purposes.",
    "It is not a substitute for professional medical advice.",
    "This is no replacement for care.",
    "It does not replace your medical care.",
    "Readers should not be used to replace the advice of your doctor.",
    "This does not constitute medical advice.",
    "It is not medical advice.",
    "Always consult your doctor.",
    "Talk to a qualified health care provider.",
    "Seek the advice of your physician.",
    "Never disregard professional medical advice.",
    "Do not delay seeking medical advice.",
    "In case of a medical emergency, call 911.",
    "If you think you may have a medical emergency, call your doctor.",
    "Use of this site does not create a doctor-patient relationship.",
    "It doesn't establish a physician client relationship.",
    "These statements have not been evaluated by the Food and Drug Administration.",
    "This statement has not been evaluated by the FDA. This product is not intended to diagnose, "
    "treat, cure, or prevent any disease.",
    "Medical disclaimer: read this.",
    "Important: read this.",
)

#: near misses: a probe without its pattern, or a pattern cut short
_NEAR = (
    "Medical advice is given.",
    "The purposes of this study.",
    "A substitute teacher.",
    "Ignore it.",
    "Evaluated statements by the drug agency.",
    "The relationship between doctor and patient.",
)


def _case(text: str, rng: random.Random) -> str:
    """The text in upper, lower, title or random case."""
    how = rng.randrange(4)
    if how == 0:
        return text.upper()
    if how == 1:
        return text.lower()
    if how == 2:
        return text.title()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in text)


def _built(count: int, seed: int) -> list[str]:
    """Pages of a few paragraphs, each of zero to three wordings or near misses, some with a
    case-exotic character (dotless i, long s, combining dot) somewhere."""
    rng = random.Random(seed)
    pieces = (*_WORDINGS, *_NEAR, "Asthma is common.", "Zinc may help colds.")
    out = []
    for _ in range(count):
        paragraphs = [
            " ".join(_case(rng.choice(pieces), rng) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(1, 5))
        ]
        if rng.random() < 0.1:
            paragraphs.append(rng.choice(("Dıet", "Coſt", "I\u0307ll")))
        out.append("\n\n".join(paragraphs))
    return out


def _spans(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    monkeypatch.setattr(disclaimer, "_PLAIN_DISCLAIMER_GATES", plain)
    return [
        disclaimer._find_disclaimers(load_document(t, fmt)) for t in texts for fmt in ("markdown", "text")
    ]


def test_gates_agree_with_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    words = sorted({w for s in _WORDINGS for w in s.replace(".", " ").replace(",", " ").split()})
    texts = [
        *_WORDINGS,
        *(" ".join(pair) for pair in itertools.combinations(_WORDINGS, 2)),
        *_built(1500, seed=7),
        *random_strings([f"{w} " for w in words] + [". ", "\n\n", "\u0131"], 500, seed=7, max_pieces=30),
        *rule_and_corpus_texts(),
        *medquad_answers(20, 2),
    ]
    fast = _spans(texts, False, monkeypatch)
    assert fast == _spans(texts, True, monkeypatch)
    assert sum(1 for spans in fast if spans) > 500  # disclaimers found, not only their absence
    assert sum(1 for spans in fast if not spans) > 500


def test_each_wording_is_found_by_both(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"Asthma is common.\n\n{w}" for w in _WORDINGS]
    fast = _spans(texts, False, monkeypatch)
    assert fast == _spans(texts, True, monkeypatch)
    # every wording but those that only complete a disclaimer (3 consult, 2 emergency) and the two
    # headings with nothing under them, in 2 formats
    assert sum(1 for spans in fast if spans) == 2 * (len(_WORDINGS) - 7)


def test_a_gate_turns_a_page_away() -> None:
    doc = load_document("Asthma is common. Medical care helps.", "text")
    gates = disclaimer._defining_gates()
    assert not any(g.could_match_doc(doc) for g in gates.values())
    assert disclaimer._find_disclaimers(doc) == []
