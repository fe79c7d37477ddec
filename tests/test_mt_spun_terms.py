"""MT105 (spun-term): exact spans, suggestions, and the matcher's rules on small tables."""

from __future__ import annotations

import medlint
from medlint.text.spun_terms import InMemoryTerms, SpunTermIndex, Term, spelling_variant


def _hits(text: str) -> list[tuple[int, int, int, str, tuple[str, ...]]]:
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.suggestions)
        for d in medlint.lint_text(text, select=["MT105"])
    ]


def test_positions_and_suggestions() -> None:
    text = "Intro line.\nPeople with high blood force and a heart onslaught.\nThe Centers for Illness Control said so."
    assert _hits(text) == [
        (2, 13, 29, "high blood force", ("high blood pressure",)),
        (2, 36, 51, "heart onslaught", ("heart attack",)),
        (3, 5, 32, "Centers for Illness Control", ("Centers for Disease Control",)),
    ]


def test_phrases_in_the_list_rules_are_left_to_them() -> None:
    text = "People with colon peril and a heart assault."
    assert _hits(text) == []
    assert {d.code for d in medlint.lint_text(text, select=["MT101", "MT103"])} == {"MT101", "MT103"}


def test_known_terms_and_ordinary_heads_pass() -> None:
    clean = (
        "People with type 2 diabetes had a heart attack. The Centers for Disease Control said so. "
        "A heart condition and kidney problems are common. Chronic lymphocytic leukaemia is rare."
    )
    assert _hits(clean) == []


def test_punctuation_breaks_a_term() -> None:
    assert _hits("It was the heart, assault charges came later.") == []


def _index(attested: frozenset[str] = frozenset()) -> SpunTermIndex:
    terms = [Term(("type", "2", "diabetes"), False), Term(("national", "institutes", "of", "health"), True)]
    synonyms = {
        "kind": ("type",),
        "nationwide": ("national",),
        "wellbeing": ("health",),
        "disorder": ("health",),
    }
    return SpunTermIndex(synonyms, InMemoryTerms(terms, {"type", "national", "health"}), attested)


def _find(index: SpunTermIndex, text: str) -> list[tuple[int, int, str]]:
    lowers = text.lower().split()
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(lowers):
        positions.setdefault(w, []).append(i)
    return [(h.first, h.last, h.term.text) for h in index.find(lowers, [True] * len(lowers), positions)]


def test_two_swaps_only_in_long_terms_and_attested_variants_pass() -> None:
    index = _index()
    assert _find(index, "the nationwide institutes of wellbeing") == [(1, 4, "national institutes of health")]
    assert _find(index, "a kind 2 diabetes case") == [(1, 3, "type 2 diabetes")]
    # a swap to an ordinary head word counts inside a fixed name
    assert _find(index, "national institutes of disorder") == [(0, 3, "national institutes of health")]
    assert _find(_index(frozenset({"kind 2 diabetes"})), "a kind 2 diabetes case") == []


def test_spelling_variants_are_not_swaps() -> None:
    assert spelling_variant("leukemia", "leukaemia")
    assert spelling_variant("disk", "disc")
    assert not spelling_variant("attack", "assault")
    # the same stem once an inflection or derivation ending is cut
    assert spelling_variant("sample", "sampling")
    assert spelling_variant("blurred", "blurry")
    assert spelling_variant("smoke", "smoking")
    assert not spelling_variant("station", "stature")


def test_head_templates_need_a_technical_neighbour() -> None:
    text = "Cells make pyruvic corrosive.\nThe highly corrosive liquid burned."
    assert _hits(text) == [(1, 12, 29, "pyruvic corrosive", ("pyruvic acid",))]


def test_head_template_index() -> None:
    index = SpunTermIndex(
        {}, InMemoryTerms([], ()), frozenset({"benzoic corrosive"}), heads={"corrosive": ((-1, "acid"),)}
    )
    assert _find(index, "the citric corrosive") == [(1, 2, "citric acid")]
    assert _find(index, "a benzoic corrosive") == []  # attested
    assert _find(index, "a very corrosive") == []  # an everyday word beside it


def test_head_template_beside_an_everyday_term_word_needs_a_written_term() -> None:
    # "kidney" and "health" are words of known terms (modifiers) but everyday English: the
    # reference must write the term the template restores ("kidney disease"), else the pair is the
    # writer's own ("health ailments" restores no "health disease")
    written = {("kidney", "disease")}
    index = SpunTermIndex(
        {},
        InMemoryTerms([], ()),
        frozenset(),
        heads={"ailments": ((-1, "disease"),)},
        modifiers=frozenset({"kidney", "health"}),
        written=lambda a, b: (a, b) in written,
    )
    assert _find(index, "chronic kidney ailments") == [(1, 2, "kidney disease")]
    assert _find(index, "common health ailments") == []
    # a technical word beside it needs no such evidence ("citric acid" above)
    assert _find(index, "the pyruvic ailments") == [(1, 2, "pyruvic disease")]


def test_two_word_terms_with_both_words_swapped() -> None:
    index = SpunTermIndex(
        {}, InMemoryTerms([], ()), frozenset(), pairs={"bosom": {"peril": Term(("breast", "cancer"), False)}}
    )
    assert _find(index, "early bosom peril screening") == [(1, 2, "breast cancer")]
    assert _find(index, "the bosom of peril") == []


def _bound_index() -> SpunTermIndex:
    terms = [
        Term(("alagille", "syndrome"), False, True),
        Term(("heart", "disease"), False),
        Term(("immune", "system"), False, True),
    ]
    synonyms = {
        "composite": ("syndrome",),
        "illness": ("disease", "syndrome"),
        "insusceptible": ("immune",),
        "framework": ("system",),
        "natural": ("immune",),
        "arrangement": ("system",),
    }
    return SpunTermIndex(
        synonyms,
        InMemoryTerms(terms, {"syndrome", "disease", "immune", "system"}),
        frozenset(),
        names_only=frozenset({"illness"}),
        narrow={"composite": frozenset({"syndrome"})},
        foreign=frozenset({"insusceptible"}),
    )


def test_bound_terms_take_ordinary_heads_and_wider_synonyms() -> None:
    index = _bound_index()
    # a swap to an ordinary head counts in a bound term (a name's term), not in a free one
    assert _find(index, "the alagille illness") == [(1, 2, "alagille syndrome")]
    assert _find(index, "a heart illness") == []
    # a wider thesaurus relation counts only in bound terms
    assert _find(index, "the alagille composite") == [(1, 2, "alagille syndrome")]


def test_both_words_of_a_bound_term_need_a_foreign_word() -> None:
    index = _bound_index()
    assert _find(index, "the insusceptible framework fails") == [(1, 2, "immune system")]
    # both replacements ordinary English: "natural arrangement" is not reported
    assert _find(index, "a natural arrangement") == []
    # one word swapped in a bound term as usual
    assert _find(index, "the immune arrangement") == [(1, 2, "immune system")]


def test_wider_relations_count_at_tight_words_only() -> None:
    def index(strong: int) -> SpunTermIndex:
        return SpunTermIndex(
            {"temperament": ("blood",)},
            InMemoryTerms([Term(("blood", "pressure"), False, False, strong)], {"blood"}),
            frozenset(),
            narrow={"temperament": frozenset({"blood"})},
        )

    # "blood" is what the reference writes before "pressure" (bit 0): a looser relation counts there
    assert _find(index(0b01), "high temperament pressure") == [(1, 2, "blood pressure")]
    assert _find(index(0b00), "high temperament pressure") == []


def test_a_confident_reading_of_a_span_wins() -> None:
    terms = [Term(("blood", "pressure"), False, False, 0b11), Term(("blood", "force"), False)]
    index = SpunTermIndex(
        {"push": ("force", "pressure")}, InMemoryTerms(terms, {"pressure", "force"}), frozenset()
    )
    lowers = "the blood push".split()
    hits = index.find(lowers, [True] * 3, {w: [i] for i, w in enumerate(lowers)})
    assert [(h.term.text, h.confident) for h in hits] == [("blood pressure", True)]


def test_name_templates() -> None:
    index = SpunTermIndex(
        {}, InMemoryTerms([], ()), frozenset({"carney complex"}), heads={"complex": ((-2, "syndrome"),)}
    )
    assert _find(index, "the mabry complex is rare") == [(1, 2, "mabry syndrome")]
    assert _find(index, "the carney complex is rare") == []  # attested
    assert _find(index, "a very complex case") == []  # an everyday word before it: not a name


def test_name_template_suggestion_keeps_the_name_as_written() -> None:
    assert _hits("Symptoms of ADNP complex vary.") == [(1, 13, 25, "ADNP complex", ("ADNP syndrome",))]


def test_term_source_memo_gives_the_terms_of_a_fresh_parse() -> None:
    """The shipped table's rows, asked twice through one TermSource (memo of rows and of terms),
    equal each row parsed on its own, term by term."""
    from medlint.text.sorted_lines import SortedLines
    from medlint.text.spun_terms import TermSource, _parse_term, tables_dir

    data = (tables_dir() / "spun-terms.tsv").read_bytes()
    words = [
        line.split(b"\t", 1)[0].decode()
        for line in data.splitlines()[::7]
        if line and not line.startswith(b"#")
    ]
    words += ["no-such-word", "syndrome", "disease"]
    source = TermSource(data)
    plain = SortedLines(data, b"\t")
    for _ in range(2):
        for w in words:
            row = plain.get(w)
            assert source(w) == ([_parse_term(t) for t in row.split("|")] if row else [])
    assert sum(bool(source(w)) for w in words) > 100


def test_two_words_for_one_term_word() -> None:
    """A two-word replacement of one term word ("malignant growth" for "cancer"): the other words of
    the term kept, the span not attested; the table maps the pair to the word."""
    terms = [Term(("bone", "cancer"), False), Term(("coronary", "artery", "disease"), False)]
    phrases = {"malignant": {"growth": ("cancer",)}, "supply": {"route": ("artery",)}}
    index = SpunTermIndex(
        {}, InMemoryTerms(terms, {"cancer", "artery"}), frozenset({"skin malignant growth"}), phrases=phrases
    )

    def find(text: str) -> list[tuple[int, int, str, tuple[tuple[str, str], ...]]]:
        lowers = text.split()
        positions: dict[str, list[int]] = {}
        for i, w in enumerate(lowers):
            positions.setdefault(w, []).append(i)
        return [
            (h.first, h.last, h.term.text, h.swaps)
            for h in index.find(lowers, [True] * len(lowers), positions)
        ]

    assert find("a bone malignant growth here") == [(1, 3, "bone cancer", (("cancer", "malignant growth"),))]
    assert find("coronary supply route disease") == [
        (0, 3, "coronary artery disease", (("artery", "supply route"),))
    ]
    assert find("a malignant growth of bone") == []  # the term's other word is not beside it
    assert find("coronary supply route illness") == []  # every other word must be kept
    assert find("skin malignant growth") == []  # no such term


def test_hand_spun_probe_page() -> None:
    """tests/data/spun_probe_page.txt: a held-out MedQuAD answer (MedlinePlus on diabetes and heart
    failure; MedQuAD, Ben Abacha and Demner-Fushman 2019) paraphrased by hand the way QuillBot- and
    Spinbot-style tools do. MT105's findings there, with the phrases the list rules (MT101, MT103)
    report left to them."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "spun_probe_page.txt").read_text(encoding="utf-8")
    found = [(line, col, got, sugg) for line, col, _, got, sugg in _hits(text)]
    assert found == [
        # "kind" for "type" is an everyday English word: left to MT105, not MT103's list
        (1, 251, "kind 1 diabetes", ("type 1 diabetes",)),
        (5, 342, "coronary supply route", ("coronary artery",)),
        (5, 382, "blood force", ("blood pressure",)),
        # a reference phrase holding a word the screener's pairs swap ("kidney relocation")
        (5, 670, "heart relocation", ("heart transplant",)),
    ]


def _abbreviation_index() -> SpunTermIndex:
    abbreviations = {
        "who": (("world", "health", "organization"),),
        "cvd": (("cardiovascular", "disease"),),
        "arb": (("angiotensin", "receptor", "blockers"),),
        "hrt": (("hormone", "replacement", "therapy"),),
    }
    synonyms = {
        "wellbeing": ("health",),
        "association": ("organization",),
        "deal": ("treaty",),
        "substitution": ("replacement",),
    }
    return SpunTermIndex(synonyms, InMemoryTerms([], set()), frozenset(), abbreviations=abbreviations)


def _abbreviation_hits(text: str) -> list[tuple[int, int, str, bool]]:
    from medlint.text.spun_terms import abbreviation_hits
    from medlint.text.tokens import WORD_RE

    found = list(WORD_RE.finditer(text))
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    lowers = [m.group().lower() for m in found]
    return [
        (starts[h.first], ends[h.last], " ".join(h.expansion), h.confident)
        for h in abbreviation_hits(_abbreviation_index(), text, lowers, starts, ends)
    ]


def test_a_spun_expansion_before_an_abbreviation() -> None:
    # a known expansion with a word swapped: the letters no longer spell the abbreviation
    assert _abbreviation_hits("Ask the World Wellbeing Organization (WHO) first.") == [
        (8, 36, "world health organization", True)
    ]
    # a word neither kept nor swapped: pointed at only
    assert _abbreviation_hits("Ask the World Wellbeing Club (WHO) first.") == [
        (8, 28, "world health organization", False)
    ]
    # the letters Schwartz and Hearst's test finds in the sentence around ("have") do not count
    assert _abbreviation_hits("Studies have looked at Chemical Substitution Treatment (HRT).") == [
        (23, 54, "hormone replacement therapy", False)
    ]
    # no expansion known: the initials once thesaurus words are put back
    assert _abbreviation_hits("The North Atlantic Deal Association (NATO) met.") == [
        (4, 35, "north atlantic treaty organization", True)
    ]


def test_expansions_that_spell_the_abbreviation_pass() -> None:
    assert _abbreviation_hits("Ask the World Health Organization (WHO) first.") == []
    assert _abbreviation_hits("Most cardiovascular diseases (CVDs) are preventable.") == []
    # no thesaurus swap: a writer's wording; a plural abbreviation reads as the singular
    assert _abbreviation_hits("Most cardiovascular infections (CVDs) are preventable.") == []
    # a longer expansion in the window before the brackets spells it
    assert _abbreviation_hits("Take an angiotensin II receptor blocker (ARB) daily.") == []
    # another expansion that spells it, and one that shares no word with the known one
    assert _abbreviation_hits("The Wide Hospital Outreach (WHO) team.") == []
    assert _abbreviation_hits("Doctors told the Wire Hub Office (WHO) about it.") == []
    assert _abbreviation_hits("The North Atlantic Treaty Organization (NATO) met.") == []
    # the words before the brackets are not joined to them as one phrase
    assert _abbreviation_hits("It said, Association (WHO) was right.") == []


def test_spun_expansion_positions_in_the_shipped_tables() -> None:
    text = "Intro line.\nAsk the World Wellbeing Organization (WHO) first."
    assert _hits(text) == [(2, 9, 37, "World Wellbeing Organization", ("World Health Organization",))]
    assert _hits("Ask the World Health Organization (WHO) first.") == []


def _compound_index() -> SpunTermIndex:
    compounds = {"x-beam": ("x-ray", False), "rna-subordinate": ("rna-dependent", True)}
    return SpunTermIndex({}, InMemoryTerms([], set()), frozenset(), compounds=compounds)


def test_a_compound_with_a_part_swapped() -> None:
    from medlint.text.spun_terms import using_index

    text = "Intro line.\nGet a chest X-beam and an RNA-subordinate RNA polymerase test."
    with using_index(_compound_index()):
        got = [
            (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, d.severity.name)
            for d in medlint.lint_text(text, select=["MT105"])
        ]
    assert got == [
        (2, 13, 19, "X-beam", ("X-ray",), "INFO"),
        (2, 27, 42, "RNA-subordinate", ("RNA-dependent",), "WARNING"),
    ]


def test_the_compound_itself_and_a_capitalised_swap_pass() -> None:
    from medlint.text.spun_terms import using_index

    with using_index(_compound_index()):
        assert medlint.lint_text("Get a chest X-ray and an RNA-dependent polymerase.", select=["MT105"]) == []
        # the swapped part capitalised inside a sentence: a name's ("the X-Beam scanner")
        assert medlint.lint_text("They sold the X-Beam scanner.", select=["MT105"]) == []


def test_compound_positions_in_the_shipped_tables() -> None:
    text = "Intro line.\nGet a chest X-beam if the cough lasts."
    assert _hits(text) == [(2, 13, 19, "X-beam", ("X-ray",))]
    assert _hits("Get a chest X-ray if the cough lasts.") == []


def _spinner_index(attested: frozenset[str] = frozenset()) -> SpunTermIndex:
    terms = [Term(("surgical", "intervention"), False), Term(("clinical", "trial"), False)]
    return SpunTermIndex(
        {},
        InMemoryTerms(terms, {"surgical", "intervention", "clinical", "trial"}),
        attested,
        spinner_words={"intercession": ("intervention",), "squander": ("waste",)},
    )


def test_a_spinner_word_beside_a_word_of_a_term() -> None:
    from medlint.text.spun_terms import using_index

    text = "Intro line.\nShe needed surgical intercession and clinical squander rules."
    with using_index(_spinner_index()):
        got = [
            (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, d.severity.name)
            for d in medlint.lint_text(text, select=["MT105"])
        ]
    # the term need not be known: "clinical waste" is in no table, "clinical" is a word of one
    assert got == [
        (2, 12, 33, "surgical intercession", ("surgical intervention",), "INFO"),
        (2, 38, 55, "clinical squander", ("clinical waste",), "INFO"),
    ]


def test_a_spinner_word_needs_a_term_word_beside_it_and_an_unattested_pair() -> None:
    index = _spinner_index(frozenset({"surgical intercession"}))
    assert _find(index, "we squander money") == []  # no word of a term beside it
    assert _find(index, "the surgical intercession") == []  # attested in the reference
    assert _find(index, "the clinical squander") == [(1, 2, "clinical waste")]
    # a common pair of general English is a writer's phrase
    general = SpunTermIndex(
        {},
        InMemoryTerms([Term(("clinical", "trial"), False)], {"clinical"}),
        frozenset(),
        general=lambda a, b: (a, b) == ("clinical", "squander"),
        spinner_words={"squander": ("waste",)},
    )
    assert _find(general, "the clinical squander") == []


def test_spinner_word_positions_in_the_shipped_tables() -> None:
    text = "Intro line.\nThe ward cut hospital squander by half."
    assert _hits(text) == [(2, 14, 31, "hospital squander", ("hospital waste",))]
    assert _hits("We squander money on tests.") == []


def _respiratory_index(attested: frozenset[str] = frozenset()) -> SpunTermIndex:
    terms = [
        Term(("severe", "acute", "respiratory"), False),
        Term(("severe", "acute"), False),
        Term(("national", "health", "service"), True),
    ]
    synonyms = {
        "extreme": ("severe",),
        "intense": ("acute",),
        "public": ("national",),
        "benefit": ("service",),
    }
    return SpunTermIndex(
        synonyms, InMemoryTerms(terms, {"severe", "acute", "respiratory", "national", "service"}), attested
    )


def test_two_swaps_in_order_in_a_term_of_three_words() -> None:
    """Two words of a three-word term each swapped for a thesaurus word of the word in its place
    ("extreme intense respiratory"): reported, never with confidence; the same two swaps in a
    two-word term or a fixed name, or an attested span, pass."""
    index = _respiratory_index()
    assert _find(index, "an extreme intense respiratory illness") == [(1, 3, "severe acute respiratory")]
    lowers = "an extreme intense respiratory illness".split()
    positions = {w: [i] for i, w in enumerate(lowers)}
    assert [h.confident for h in index.find(lowers, [True] * len(lowers), positions)] == [False]
    assert _find(index, "an extreme intense pain") == []
    assert (
        _find(_respiratory_index(frozenset({"extreme intense respiratory"})), "extreme intense respiratory")
        == []
    )
    # a fixed name's words are everyday ones: two swaps there are a writer's phrase
    assert _find(index, "a public health benefit") == []
    assert _find(index, "a national health benefit") == [(1, 3, "national health service")]
    # one swap in a three-word term stays as before
    assert _find(index, "severe intense respiratory") == [(0, 2, "severe acute respiratory")]


def _mt105_positions(index: SpunTermIndex, text: str) -> list[tuple[object, ...]]:
    """MT105's findings on ``text`` with ``index`` in use: severity, offset, line, columns, text
    and suggestions."""
    from medlint.text.spun_terms import using_index

    with using_index(index):
        return [
            (
                d.severity.name,
                d.start.offset,
                d.start.line,
                d.start.column,
                d.end.column,
                d.text,
                d.suggestions,
            )
            for d in medlint.lint_text(text, select=["MT105"])
        ]


def test_two_swaps_in_order_positions() -> None:
    text = "Intro line.\nAn extreme intense respiratory illness, and an extreme intense pain."
    found = _mt105_positions(_respiratory_index(), text)
    assert found == [("INFO", 15, 2, 4, 31, "extreme intense respiratory", ("severe acute respiratory",))]


def _condition_index(attested: frozenset[str] = frozenset()) -> SpunTermIndex:
    terms = [
        Term(("parkinson's", "disease"), False, True),
        Term(("middle", "east", "respiratory", "syndrome"), False, True),
        Term(("heart", "disease"), False),
        Term(("centers", "for", "disease", "control"), True),
        Term(("raynaud's", "disease"), False, True),
    ]
    return SpunTermIndex(
        {"sickness": ("disease",)},
        InMemoryTerms(terms, {"disease", "syndrome"}),
        attested,
        names_only=frozenset({"sickness", "infection", "condition"}),
    )


def test_condition_nouns_stand_for_each_other_in_names_and_bound_terms() -> None:
    """A lay condition noun for another of its class ("Parkinson's infection"), which no thesaurus
    links, counts in a bound term or a fixed name, at info; in a free term ("heart condition"),
    in an attested span, singular for plural, or a head of nomenclature for another ("Raynaud's
    syndrome"), it passes."""
    index = _condition_index()
    assert _find(index, "early parkinson's infection signs") == [(1, 2, "parkinson's disease")]
    assert _find(index, "the middle east respiratory condition") == [
        (1, 4, "middle east respiratory syndrome")
    ]
    assert _find(index, "the centers for illness control") == [(1, 4, "centers for disease control")]
    lowers = "early parkinson's infection signs".split()
    positions = {w: [i] for i, w in enumerate(lowers)}
    hits = index.find(lowers, [True] * len(lowers), positions)
    assert [(h.swaps, h.confident) for h in hits] == [((("disease", "infection"),), False)]
    assert _find(index, "a heart condition") == []
    assert _find(index, "early parkinson's infections") == []
    assert _find(index, "parkinson's disease") == []
    # the heads of nomenclature take each other's place in names: "Raynaud's syndrome" is a name too
    assert _find(index, "raynaud's syndrome and parkinson's disorder") == []
    assert _find(index, "raynaud's illness") == [(0, 1, "raynaud's disease")]
    assert _find(_condition_index(frozenset({"parkinson's infection"})), "early parkinson's infection") == []


def test_condition_noun_positions() -> None:
    text = "Intro line.\nHe has Parkinson's infection and a heart condition."
    found = _mt105_positions(_condition_index(), text)
    assert found == [("INFO", 19, 2, 8, 29, "Parkinson's infection", ("Parkinson's disease",))]


def test_a_span_read_two_ways_gets_the_same_reading_in_every_process() -> None:
    """ "fractious entrails" reads as "irritable" swapped or as "bowels" swapped; which reading is
    reported must not follow the process's string hashes (it did: a set's order picked it)."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json; from medlint import Linter; "
        "t = 'Patients with fractious entrails syndrome or peevish entrails disorder were seen.'; "
        "print(json.dumps([(d.code, d.start.offset, d.end.offset, d.message) "
        "for d in Linter(select=['MT105']).lint_text(t)]))"
    )
    runs = []
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    assert runs[0], "MT105 reads both spans"
    assert [(c, s, e) for c, s, e, _ in runs[0]] == [("MT105", 14, 32), ("MT105", 45, 61)]
    assert all(r == runs[0] for r in runs[1:])


def test_a_name_word_swapped_for_a_common_or_rare_relation_positions_in_the_shipped_tables() -> None:
    """Inside a name's term the commonest words of health writing ("symptom" for syndrome) and
    WordNet lemmas rarer than the word table ("instrumentality" for system) are a spinner's
    swaps; the same words outside a name are not looked at."""
    text = "Intro line.\nPeople with Horner symptom were seen.\nHer nervous instrumentality failed."
    assert _hits(text) == [
        (2, 13, 27, "Horner symptom", ("Horner syndrome",)),
        (3, 5, 28, "nervous instrumentality", ("nervous system",)),
    ]
    assert [d.severity.name for d in medlint.lint_text(text, select=["MT105"])] == ["INFO", "WARNING"]
    assert _hits("People with Horner syndrome were seen. A symptom of the flu is fever.") == []
    assert _hits("The complex was built in 1990, and the whole instrumentality with it.") == []
    # a common word for a word of a bound term that holds no name: English ("heart murmurs"); a
    # rare word opening a sentence is no name ("Vasomotor"), an abbreviation English seldom writes is
    assert _hits("Intro line.\nShe had heart symptoms for years.\nVasomotor symptoms are common.") == []
    # nor does such a swap make a spun expansion before an abbreviation
    assert _hits("Intro line.\nThey include sleep disorders and vasomotor symptoms (VMS).") == []
    assert _hits("Intro line.\nMany males with DCMA symptom have it.\nMowat-Wilson symptom is rare.") == [
        (2, 17, 29, "DCMA symptom", ("DCMA syndrome",)),
        (3, 1, 21, "Mowat-Wilson symptom", ("Mowat-Wilson syndrome",)),
    ]


def test_the_suggestion_keeps_the_writers_case_word_for_word() -> None:
    """A kept word is suggested as written; a term word takes its replacement's case."""
    from medlint.rules.translation.MT105 import _in_writers_case

    assert _in_writers_case(["DCMA", "symptom"], ("dcma", "syndrome")) == "DCMA syndrome"
    assert _in_writers_case(["Kind", "2", "Diabetes"], ("type", "2", "diabetes")) == "Type 2 Diabetes"
    assert _in_writers_case(["HEART", "ASSAULT"], ("heart", "attack")) == "HEART ATTACK"
    assert _in_writers_case(["Parkinson's", "infection"], ("parkinson's", "disease")) == "Parkinson's disease"
    text = "Intro line.\nThe Centers for Illness Control said so.\nKind 2 diabetes is common."
    assert _hits(text) == [
        (2, 5, 32, "Centers for Illness Control", ("Centers for Disease Control",)),
        (3, 1, 16, "Kind 2 diabetes", ("Type 2 diabetes",)),
    ]


def test_a_named_replacement_is_read_from_its_own_mark() -> None:
    """``=word`` in spun-synonyms.tsv: narrow, and kept only in a name's term written as a name."""
    from medlint.text.spun_terms import LazySynonyms

    table = LazySynonyms(b"symptom\t=syndrome ~atrophy sign\tnames\n")
    assert table["symptom"] == ("syndrome", "atrophy", "sign")
    assert table.narrow()["symptom"] == frozenset({"syndrome", "atrophy"})
    assert table.named()["symptom"] == frozenset({"syndrome"})
    assert "symptom" in table.names_only()


def _own_index() -> SpunTermIndex:
    synonyms = {
        "insolvency": ("failure",),
        "omission": ("failure",),
        "destiny": ("failure",),
        "carcinoma": ("cancer",),
        "inwardness": ("marrow",),
    }
    return SpunTermIndex(synonyms, InMemoryTerms([], set()), frozenset())


def _own(
    text: str, uses: int = 0, attested: frozenset[str] = frozenset()
) -> list[tuple[int, int, str, bool, int]]:
    from medlint.text.spun_terms import own_term_hits

    lowers = text.lower().replace(".", " .").split()
    joinable = [lowers[i] != "." and lowers[i + 1] != "." for i in range(len(lowers) - 1)] + [False]
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(lowers):
        positions.setdefault(w, []).append(i)
    hits = own_term_hits(
        _own_index(),
        lowers,
        joinable,
        positions,
        unattested=lambda a, b: f"{a} {b}" not in attested,
        reference_uses=lambda w: uses,
    )
    return [(h.first, h.last, " ".join(h.term), h.intact, h.variants) for h in hits]


def test_own_term_forms_need_three_words_or_a_rare_one() -> None:
    spun = "kidney failure is bad . kidney insolvency hurts . kidney omission and kidney destiny ."
    assert _own(spun) == [
        (5, 6, "kidney failure", True, 3),
        (9, 10, "kidney failure", True, 3),
        (12, 13, "kidney failure", True, 3),
    ]
    # a word health writing uses often is a writer's choice however many forms there are
    assert _own(spun, uses=20) == []
    # one form of an everyday word beside the term: a writer's variation
    assert _own("kidney failure is bad . kidney insolvency hurts .") == []
    # a word rarer than the word table needs only the term itself, or another form of it
    assert _own("bone marrow makes blood . the bone inwardness is soft .") == [(6, 7, "bone marrow", True, 1)]
    # neither the term nor another form: nothing to compare with
    assert _own("the bone inwardness is soft .") == []
    # an attested form is English; a function word is no term's word
    assert _own("bone marrow . bone inwardness .", attested=frozenset({"bone inwardness"})) == []
    assert _own("the marrow . the inwardness .") == []


def test_own_term_positions_in_the_shipped_tables() -> None:
    text = (
        "Intro line.\nKidney failure happens when the kidneys stop working. Kidney insolvency can come on fast.\n"
        "Doctors treat kidney omission with dialysis. People with kidney destiny may need a transplant."
    )
    got = [
        (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, d.severity.name)
        for d in medlint.lint_text(text, select=["MT105"])
    ]
    assert got == [
        (2, 55, 72, "Kidney insolvency", ("Kidney failure",), "INFO"),
        (3, 15, 30, "kidney omission", ("kidney failure",), "INFO"),
        (3, 58, 72, "kidney destiny", ("kidney failure",), "INFO"),
    ]
    # a writer's two wordings of one term ("lung carcinoma" beside "lung cancer") pass
    assert (
        medlint.lint_text("Lung cancer is common. Lung carcinoma is treated early.", select=["MT105"]) == []
    )


def test_a_replacement_written_as_a_name_is_no_form_of_a_term() -> None:
    # "Comprehensive Breast Center" is a name: with it, two forms of "large breast", not three
    text = (
        "Intro line.\nLarge incisions remove a significant breast mass or a sizable breast mass.\n"
        "She works at the West Comprehensive Breast Center."
    )
    assert medlint.lint_text(text, select=["MT105"]) == []


def _severities(text: str) -> list[tuple[str, str, bool]]:
    return [
        (d.text, d.severity.name, bool(d.data.get("corroborated")))
        for d in medlint.lint_text(text, select=["MT105"])
    ]


def test_unconfident_swaps_are_raised_where_the_document_corroborates_them() -> None:
    alone = "It is a persistent ailment. Ask your main care doctor."
    assert _severities(alone) == [("persistent ailment", "INFO", False), ("main care", "INFO", False)]
    one_certain = "Kind 2 diabetes is a persistent ailment."
    assert _severities(one_certain) == [
        ("Kind 2 diabetes", "WARNING", False),
        ("persistent ailment", "INFO", False),
    ]
    spun = "Kind 2 diabetes is a persistent ailment. Ask your main care doctor."
    assert _severities(spun) == [
        ("Kind 2 diabetes", "WARNING", False),
        ("persistent ailment", "WARNING", True),
        ("main care", "WARNING", True),
    ]
    message = next(d.message for d in medlint.lint_text(spun, select=["MT105"]) if d.text == "main care")
    assert message.endswith("(this document writes 2 other terms swapped, at least one of them certainly)")


def test_one_term_swapped_many_times_counts_once() -> None:
    text = "Kind 2 diabetes is common. Kind 2 diabetes is a persistent ailment. Kind 2 diabetes again."
    assert [s for _, s, _ in _severities(text)] == ["WARNING", "WARNING", "INFO", "WARNING"]
