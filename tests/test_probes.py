"""``ProbedPattern.could_match`` (probe answers remembered per text) agrees with the plain test."""

from __future__ import annotations

import re

import pytest
from parity_texts import loaded_probed_patterns

from medlint.registry import default_registry
from medlint.text.matching import ProbedPattern


def _probed_patterns() -> list[ProbedPattern]:
    return [p for p in loaded_probed_patterns() if p.probes]


def _texts() -> list[str]:
    texts = []
    for rule in default_registry().rules.values():
        for ex in (*rule.should_fire, *rule.should_not_fire):
            texts.append(ex if isinstance(ex, str) else ex.text)
    return texts


def test_remembered_probe_answers_agree_with_the_plain_test() -> None:
    patterns = _probed_patterns()
    assert len(patterns) > 50
    texts = [t.lower() for t in _texts()]
    texts.append("the d\u0131et cures it")  # dotless i: ASCII probes cannot be trusted, both say True
    assert len(texts) > 100
    # each text asked by every pattern in turn (as in a run), then texts interleaved
    for text in texts:
        for p in patterns:
            assert p.could_match(text) == p.could_match_plain(text), (p.regex.pattern, text)
    for p in patterns:
        for text in texts:
            assert p.could_match(text) == p.could_match_plain(text), (p.regex.pattern, text)


def test_a_probe_absent_from_the_text_skips_the_pattern() -> None:
    import re

    p = ProbedPattern.of(re.compile(r"\b(?:pictures?|images?)\s+from\b", re.IGNORECASE))
    assert not p.could_match("a picture of health") and p.could_match("images from the lab")
    assert p.could_match("the \u0131mages from") is True  # exotic: searched in full


def test_probes_looked_up_in_a_documents_words_agree_with_its_text() -> None:
    """``could_match_doc`` looks letter-and-digit probes up in the distinct words: the same answers
    as the whole lower-cased text, also with characters whose case mapping is unusual."""
    from medlint.formats import load_document

    patterns = _probed_patterns()
    texts = [
        *_texts(),
        "The \u212aelvin sign lowers to k: a \u212aETO diet cured it (NCT01234567).",
        "\u03a3\u039f\u03a6\u039f\u03a3 \u03a3 trials show; research-based, case-control, don't cure.",
        "Studies\u2019 findings: re-search, re\u00adsearch, st_udy, 100% cured, per\u00a0cent.",
        "\u0130stanbul d\u0131et \u017ftudy: exotic letters make every probe a maybe.",
    ]
    checked = 0
    for text in texts:
        for fmt in ("text", "markdown"):
            doc = load_document(text, fmt)
            for p in patterns:
                assert p.could_match_doc(doc) == p.could_match_plain(doc.lower), (p.regex.pattern, text)
                checked += 1
    assert checked > 10_000


def test_set_operation_probe_answers_agree_with_one_probe_at_a_time() -> None:
    """``could_match_doc`` (a set's letter-and-digit probes asked as one set operation) against
    ``could_match_doc_general`` (one probe at a time), each on a document of its own; also for
    patterns built after a document was first asked, whose probes the document's answers lack."""
    import re

    from medlint.formats import load_document
    from medlint.text.matching import DocumentProbes

    patterns = _probed_patterns()
    texts = [
        *_texts(),
        "Research-based case-control trials (NCT01234567) cured 100% of them; don't stop.",
        "\u0130stanbul d\u0131et: exotic letters make every probe a maybe.",
    ]
    checked = 0
    for text in texts:
        fast, general = load_document(text, "text"), load_document(text, "text")
        for p in patterns:
            assert p.could_match_doc(fast) == p.could_match_doc_general(general), (p.regex.pattern, text)
            checked += 1
    assert checked > 10_000
    doc, other = (load_document("Blood thinners and the qzvwx trial cure it.", "text") for _ in range(2))
    doc.derived(DocumentProbes), other.derived(DocumentProbes)
    late = [
        ProbedPattern(re.compile(r"qzvwx|thin", re.I), ("qzvwx", "thin")),  # found, registered late
        ProbedPattern(re.compile(r"xwvzq trial", re.I), ("xwvzq trial",)),  # absent phrase
        ProbedPattern(re.compile(r"cure.*qzvwx", re.I), ("cure",), (("qzvwx", "xwvzq"),)),
        ProbedPattern(re.compile(r"trial.*vzqxw", re.I), ("trial",), (("vzqxw", "the qzvwx trial x"),)),
    ]
    assert [p.could_match_doc(doc) for p in late] == [p.could_match_doc_general(other) for p in late]
    assert [p.could_match_doc(doc) for p in late] == [True, False, True, False]


def test_word_probe_index_agrees_with_substring_search() -> None:
    """``_WordProbes`` (each word's registered probes, found by their first three letters) gives
    what a substring search of every word gives; a pattern built after a document was answered
    is still answered right (its probes are searched in the text)."""
    import re

    from medlint.formats import load_document
    from medlint.text.matching import DocumentProbes, _WordProbes

    _probed_patterns()
    index = _WordProbes.current
    words = {w.lower() for t in _texts() for w in re.findall(r"\w+", t)} | {"", "ab", "cures", "xcurex"}
    for word in words:
        assert index._inside(word) == {p for p in index.universe if p in word}, word
    doc = load_document("Blood thinners: the zqxwv trial.", "text")
    doc.derived(DocumentProbes)
    late = ProbedPattern(re.compile(r"zqxwv|blood thinner", re.IGNORECASE), ("zqxwv", "blood thinner"))
    late_phrase = ProbedPattern(re.compile(r"vwxqz trial"), ("vwxqz trial",))
    assert late.could_match_doc(doc) and not late_phrase.could_match_doc(doc)
    assert _WordProbes.current is not index


def test_probes_in_reads_the_same_probes_as_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_WordProbes.probes_in`` (one union in C, new words read by the table's ``__missing__``)
    against the loop over the words, on rule examples, the corpus, MedQuAD answers and random
    words, each document asked with a fresh table and with one that has read its words; and the
    documents' probe answers either way."""
    from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

    import medlint.text.matching as matching
    from medlint.formats import load_document
    from medlint.text.matching import DocumentProbes, _WordProbes

    _probed_patterns()
    texts = [*rule_and_corpus_texts(), *medquad_answers(40, 3)]
    texts += random_strings(["cur", "e", "s", "tri", "al", "x", "study", "19", " ", "-"], 300, seed=40)
    docs = [load_document(t, "markdown") for t in texts]
    universe = _WordProbes.current.universe
    fresh_fast, fresh_plain = _WordProbes(universe), _WordProbes(universe)
    for doc in docs:
        words = list(doc.word_index)
        fast = fresh_fast.probes_in(words)
        assert fast == fresh_plain.probes_in_plain(words), words[:20]
        assert fast == {p for p in universe if any(p in w for w in words)}
        assert fresh_fast.probes_in(words) == fast  # the table read them: the same again
    answers = [(d.found, d.universe) for d in (DocumentProbes(doc) for doc in docs)]
    monkeypatch.setattr(matching, "_PLAIN_PROBES_IN", True)
    assert answers == [(d.found, d.universe) for d in (DocumentProbes(doc) for doc in docs)]


def _documents() -> list[object]:
    from medlint.formats import load_document

    docs = [load_document(t, fmt) for t in _texts() for fmt in ("text", "markdown")]
    docs += [
        # table cells share a line: a search from the line's start reaches into the cell before
        load_document("| not a | substitute for medical advice |\n|---|---|\n| x | y |\n", "markdown"),
        load_document("This is for informational\npurposes only; not a substitute for advice.", "text"),
        load_document("For inf\u0131rmational purposes only. \u017fubstitute for care.", "text"),
    ]
    return docs


def test_blocks_narrowed_by_every_probe_set_find_the_same_matches() -> None:
    """``blocks_holding(..., also)`` (one probe of every set) keeps every block a search of the
    first set's blocks finds a match in."""
    from medlint.text.matching import blocks_holding

    patterns = [p for p in _probed_patterns() if p.also]
    assert len(patterns) > 20
    narrowed = 0
    for doc in _documents():
        for p in patterns:
            plain = blocks_holding(doc, p.probes)  # type: ignore[arg-type]
            fast = blocks_holding(doc, p.probes, p.also)  # type: ignore[arg-type]
            if plain is None:
                assert fast is None
                continue
            assert fast is not None and set(fast) <= set(plain)
            narrowed += len(plain) - len(fast)
            spans = [m.span() for m in p._in_blocks(doc, plain)]  # type: ignore[arg-type]
            assert [m.span() for m in p._in_blocks(doc, fast)] == spans, p.regex.pattern  # type: ignore[arg-type]
    assert narrowed > 0


def test_disclaimers_found_with_every_probe_set_are_the_ones_found_with_the_first(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from medlint.evidence import disclaimer

    sets = disclaimer._probe_sets()
    assert any(len(s) > 1 for s in sets.values())
    docs = _documents()
    fast = [disclaimer._find_disclaimers(doc) for doc in docs]  # type: ignore[arg-type]
    monkeypatch.setattr(disclaimer, "_probe_sets", lambda: {k: v[:1] for k, v in sets.items()})
    assert [disclaimer._find_disclaimers(doc) for doc in docs] == fast  # type: ignore[arg-type]
    assert sum(map(len, fast)) > 5


def test_probe_index_candidates_hold_every_pattern_that_matches() -> None:
    """``ProbeIndex`` leaves out only patterns that cannot match: over the rule examples (and texts
    whose case mapping is unusual), every pattern with a match is a candidate, and the index
    skips most patterns of most texts."""
    from medlint.formats import load_document
    from medlint.text.matching import ProbeIndex

    patterns = [p for p in _probed_patterns()] + [ProbedPattern(re.compile(r"\bcure\b"), ())]
    index = ProbeIndex(patterns)
    texts = [*_texts(), "\u0130stanbul d\u0131et cures it.", "Vaccines cause autism, the post says."]
    skipped = total = 0
    for text in texts:
        doc = load_document(text, "text")
        candidates = set(index.candidates(doc))
        # the set operations and the per-piece filing give what asking every probe gives
        assert sorted(candidates) == index.candidates_general(load_document(text, "text")), text
        assert len(patterns) - 1 in candidates  # a pattern without probes is always a candidate
        for i, pattern in enumerate(patterns):
            total += 1
            if i not in candidates:
                skipped += 1
                assert next(pattern.finditer(doc), None) is None, (pattern.regex.pattern, text)
    assert skipped > total // 2


def test_probe_index_remembers_the_late_probes_of_each_universe_it_meets() -> None:
    """``ProbeIndex`` keeps the word probes a universe lacks for the last universe asked about;
    documents answered under different universes, asked in turn, get what a fresh index gives."""
    from medlint.formats import load_document
    from medlint.text.matching import DocumentProbes, ProbeIndex

    def probed(pattern: str, *probes: str) -> ProbedPattern:
        return ProbedPattern(re.compile(pattern, re.IGNORECASE), probes)

    text = "The wqzkx cure and the kxzqw remedy."
    early = load_document(text, "text")
    early.derived(DocumentProbes)  # answered before the probes below were registered
    patterns = [probed(r"wqzkx", "wqzkx"), probed(r"remedy", "remedy"), probed(r"kxzqw", "kxzqw")]
    late = load_document(text, "text")
    late.derived(DocumentProbes)
    assert early.derived(DocumentProbes).universe is not late.derived(DocumentProbes).universe
    patterns.append(probed(r"kxzqw re", "kxzqw re"))  # another probe, its one piece registered late
    patterns.append(probed(r"zzqkx re", "zzqkx re"))  # and one the text lacks
    kept = ProbeIndex(patterns)
    for doc in (late, early, late, early):
        assert kept.candidates(doc) == ProbeIndex(patterns).candidates(doc) == [0, 1, 2, 3]
        assert kept.candidates_general(doc) == [0, 1, 2, 3]
    absent = load_document("Nothing here.", "text")
    assert kept.candidates(absent) == []


def test_document_probe_answers_are_substring_answers() -> None:
    """``DocumentProbes.answer`` (registered probes from the words' sets, pieces of a phrase
    probe from them too, the rest searched and remembered) says what a substring search says."""
    from medlint.formats import load_document
    from medlint.text.matching import DocumentProbes

    ProbedPattern(re.compile(r"blood pressure|high|qwzkx re"), ("blood pressure", "high", "qwzkx re"))
    probes = ["blood pressure", "high", "qwzkx re", "blood", "pressure", "sugar", "igh", "zzkqw", "s and p"]
    for text in ("Blood sugar and pressure.", "High pressure.", "The blood pressure of qwzkx rats."):
        doc = load_document(text, "text")
        state = doc.derived(DocumentProbes)
        for _ in range(2):  # asked again: the remembered answer
            for probe in probes:
                in_words = probe.isascii() and probe.isalnum()
                assert state.answer(probe, in_words) == (probe in doc.lower), (probe, text)
