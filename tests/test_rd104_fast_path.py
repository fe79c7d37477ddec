"""RD104 stops searching a paragraph's sentences once it cannot pass the passive share
(``RD104.passive_over``); its plain form searches every sentence (``passive_over_plain``)."""

from __future__ import annotations

from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.rules.readability.RD104 import PassiveDensity, passive_over, passive_over_plain

_PASSIVE = "The dose was increased. "
_ACTIVE = "Doctors raised the dose. "


def test_a_passive_paragraph_is_reported_and_an_active_one_is_not() -> None:
    fires = load_document("# Dosing\n\n" + _PASSIVE * 4 + _ACTIVE + "\n", "markdown")
    found = [(f.start, f.end, f.message) for f in PassiveDensity().check(fires)]
    assert found == [(10, 130, "4 of 5 sentences here are passive: say who does what")]
    passes = load_document("# Dosing\n\n" + _ACTIVE * 2 + _PASSIVE * 3 + "\n", "markdown")
    assert list(PassiveDensity().check(passes)) == []


def test_the_early_stop_gives_what_every_sentence_gives() -> None:
    texts = [*rule_and_corpus_texts(), *medquad_answers(40, 2)]
    texts += random_strings(
        [_PASSIVE, _ACTIVE, "It is. ", "They were widely used. "], 300, seed=17, max_pieces=12
    )
    paragraphs = reported = 0
    for text in texts:
        doc = load_document(text, "markdown")
        by_block: dict[int, list[str]] = {}
        for s in doc.sentences:
            by_block.setdefault(s.block, []).append(s.text)
        for sentences in by_block.values():
            paragraphs += 1
            for share in (-0.1, 0.0, 0.25, 0.5, 0.6, 0.75, 0.99, 1.0):
                plain = passive_over_plain(sentences, share)
                assert passive_over(sentences, share) == plain, (sentences, share)
                reported += plain is not None and share == 0.6
    assert paragraphs > 1000 and reported > 20
