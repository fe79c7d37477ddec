"""The repetition rules' lazy alignment answers as difflib's whole one.

``_shared._replaced_stretches`` finds the "replace" opcodes of a ``difflib.SequenceMatcher`` one
range at a time, so that ``_differing_subjects`` (RP104, RP102's templates) stops at the first
stretch that marks different subjects; ``_differing_subjects_plain`` reads ``get_opcodes``. Compared
on seeded random word sequences of a small vocabulary (many repeats, so many ties among longest
matches), on pairs of MedQuAD answers' paragraphs, and with a matcher reused for many first
sequences or already aligned.
"""

from __future__ import annotations

import difflib
import random

from parity_texts import medquad_answers

from medlint.rules.repetition._shared import (
    _differing_subjects,
    _differing_subjects_plain,
    _key_words,
    _replaced_stretches,
)


def _random_pairs(count: int, seed: int) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    vocab = ["the", "a", "of", "two", "3", "insulin", "aspirin", "heparin", "diabetes", "diabetic", "xq"]
    out = []
    for _ in range(count):
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 30))]
        b = list(a) if rng.random() < 0.5 else [rng.choice(vocab) for _ in range(rng.randint(0, 30))]
        for _ in range(rng.randint(0, 6)):  # a few edits of a copy: swaps, insertions, deletions
            if b and rng.random() < 0.6:
                b[rng.randrange(len(b))] = rng.choice(vocab)
            elif b and rng.random() < 0.5:
                del b[rng.randrange(len(b))]
            else:
                b.insert(rng.randint(0, len(b)), rng.choice(vocab))
        out.append((a, b))
    return out


def _paragraph_pairs() -> list[tuple[list[str], list[str]]]:
    paras = [
        _key_words(p.lower())
        for text in medquad_answers(20, 3)
        for p in text.split("\n\n")
        if len(p.split()) >= 12
    ]
    return [
        (paras[i], paras[j]) for i in range(0, len(paras), 7) for j in range(i + 1, min(len(paras), i + 4))
    ]


def test_replaced_stretches_are_the_replace_opcodes() -> None:
    for a, b in _random_pairs(3000, seed=13) + _paragraph_pairs():
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        lazy = list(_replaced_stretches(matcher, len(a), len(b)))
        plain = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op == "replace"]
        assert lazy == plain, (a, b)


def test_differing_subjects_answers_as_its_plain_form() -> None:
    pairs = _random_pairs(3000, seed=29) + _paragraph_pairs()
    assert len(pairs) >= 3000
    for max_slot in (None, 1, 8):
        for a, b in pairs:
            plain = _differing_subjects_plain(a, b, 4.0, max_slot)
            assert _differing_subjects(a, b, 4.0, max_slot) == plain, (a, b, max_slot)
            # an aligned matcher is read, not aligned again
            aligned = difflib.SequenceMatcher(None, a, b, autojunk=False)
            aligned.get_matching_blocks()
            assert _differing_subjects(a, b, 4.0, max_slot, matcher=aligned) == plain


def test_a_matcher_reused_for_many_first_sequences() -> None:
    pairs = _random_pairs(600, seed=41)
    b = pairs[0][1]
    matcher = difflib.SequenceMatcher(None, [], b, autojunk=False)
    for a, _ in pairs:
        assert _differing_subjects(a, b, 4.0, matcher=matcher) == _differing_subjects_plain(a, b, 4.0)
        assert _differing_subjects(a, b, 4.0, matcher=matcher) == _differing_subjects_plain(a, b, 4.0)
