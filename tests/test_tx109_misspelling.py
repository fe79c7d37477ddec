"""TX109 (misspelling): exact spans, suggestions and fixes, and the words and places it leaves alone."""

from __future__ import annotations

import medlint
from medlint.config import Config
from medlint.fixes import apply_fixes
from medlint.text.lexicon import is_near_word
from medlint.text.spelling import corrections, edits


def _hits(
    text: str, fmt: str = "text", **opts: object
) -> list[tuple[int, int, int, str, tuple[str, ...], bool]]:
    config = Config(rules={"TX109": {k.replace("_", "-"): v for k, v in opts.items()}}) if opts else None
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, d.fix is not None)
        for d in medlint.lint_text(text, select=["TX109"], format=fmt, config=config)
    ]


def test_misspellings_positions_suggestions_and_fix() -> None:
    text = "Title\nYou may recieve corticosteriods.\nIt is avaliable to peple wwith asthma."
    assert _hits(text) == [
        (2, 9, 16, "recieve", ("receive",), False),
        (2, 17, 32, "corticosteriods", ("corticosteroids",), True),
        (3, 7, 16, "avaliable", ("available",), True),
        (3, 20, 25, "peple", ("people",), False),  # "pele" is one edit too: no fix
        (3, 26, 31, "wwith", ("with",), True),
    ]
    diags = medlint.lint_text(text, select=["TX109"])
    assert all(d.fix is None or not d.fix.safe for d in diags)
    assert apply_fixes(text, diags)[1] == 0  # never applied without --unsafe-fixes
    fixed, count = apply_fixes(text, diags, unsafe=True)
    assert count == 3
    assert fixed == "Title\nYou may recieve corticosteroids.\nIt is available to peple with asthma."


def test_possessive_and_glued_article_get_readings_and_no_fix() -> None:
    text = "An autoimmune response occurs if the bodys immune system attacks the bone marrowa sponge-like tissue."
    assert _hits(text) == [
        (1, 38, 43, "bodys", ("body's", "bodies"), False),
        (1, 75, 82, "marrowa", ("marrow \u2014 a", "marrow"), False),
    ]


def test_regular_words_names_and_derivatives_pass() -> None:
    for text in (
        "Iron helps red blood cells carry oxygen.",
        "Metformin, BRCA1 and Januvia; the Recieve trial.",  # capitalised: a name
        "Anti-tnf drugs and the x2 form; a nontender, purpleish and lobeless swelling.",
        "The antiepileptics and the hematologists; it was biopsied.",  # inflections of known words
        "A wight and a clonus.",  # WordNet words next to common ones
        "It presses on the cauda equina. The Adductor longus tendon.",  # Latin names
        "The word is spelled 'recieve' in the letter; see example.com/recieve and #avaliable.",
    ):
        assert _hits(text) == [], text


def test_adjective_of_a_latin_noun_in_a_passes() -> None:
    # "fascial" is the adjective of "fascia" ("-a" + "-l"), not a slip for "facial"
    text = "Title\nFascia therapy eases fascial pain; patients recieve it."
    assert _hits(text) == [(2, 45, 52, "recieve", ("receive",), False)]


def test_a_word_the_writer_marks_sic_passes() -> None:
    # the quoted source's spelling, marked as such: an editor keeps it; an unmarked slip still fires
    text = "Title\nThe post says Glaxo, by cnance [sic], owns Pfizer; \u201cthe writter,\u201d (sic) we recieve it."
    assert _hits(text) == [(2, 76, 83, "recieve", ("receive",), False)]


def test_ambiguous_and_substituted_consonants_pass() -> None:
    # "blod": "blood" and "bold"/"blog" are all one edit and common; "hepatologist" is one
    # unrelated consonant from "hematologist" (no typing slip)
    assert _hits("Red blod cells. Ask a hepatologist.") == []
    assert "hematologist" not in {c for _, c in corrections("hepatologist", 8)}
    assert "the" in edits("teh") and "hematologist" not in edits("hepatologist")


def test_code_and_often_used_words_pass() -> None:
    assert _hits("Run `recieve --help` first.", fmt="markdown") == []
    assert _hits("We recieve, recieve and recieve.") == []  # the document's own word
    assert _hits("We recieve and recieve.") == [
        (1, 4, 11, "recieve", ("receive",), False),
        (1, 16, 23, "recieve", ("receive",), False),
    ]


def test_options() -> None:
    assert _hits("Read teh label.") == []
    assert _hits("Read teh label.", min_length=3) == [(1, 6, 9, "teh", ("the",), False)]
    assert _hits("You may recieve it.", ignore=["recieve"]) == []
    assert _hits("We recieve and recieve.", max_uses=1) == []


def test_near_word_table() -> None:
    assert is_near_word("wight")  # a WordNet noun one edit from "weight" and "light"
    assert not is_near_word("recieve")


def test_spelling_variants_derivatives_and_split_words_pass() -> None:
    for text in (
        "Blood in the urine (haematuria) and oesophageal cancer.",  # British spellings
        "The prescribers, the adherers and the payors; a cellular protectant and tumorous tissue.",
        "Green tea acts as prebiotics.",  # one stem, another prefix than "probiotics"
        "Research with PCSK9 I nhibition in subjects; an enema involves fl ushing water.",  # split words
        "Visit http://fasebj. msubmit. net for more.",  # an address broken at its dots
        "The (P)ulmonary stenosis.",
        "The catheteris then removed.",  # a function word run on: a glued pair, not a misspelling
    ):
        assert _hits(text) == [], text


def test_a_misspelling_beside_those_shapes_still_fires() -> None:
    text = "The prescribers said the colonosopy was avaiable."
    assert _hits(text) == [
        (1, 26, 36, "colonosopy", ("colonoscopy",), True),
        (1, 41, 49, "avaiable", ("available",), True),
    ]


def test_misspelt_suffixes_are_not_taken_for_derivatives() -> None:
    text = "Its effectivness is low; a persistant cough.\nThe cerebral hemispherers."
    assert [(line, col, word) for line, col, _end, word, _s, _f in _hits(text)] == [
        (1, 5, "effectivness"),
        (1, 28, "persistant"),
        (2, 14, "hemispherers"),
    ]


def test_a_word_among_words_english_lacks_passes() -> None:
    assert _hits("Wij hebben de seperate kamers nodig voor de kinderen.") == []  # Dutch
    assert _hits("We need seperate rooms for the children.") == [(1, 9, 17, "seperate", ("separate",), True)]


def test_regular_inflections_of_known_words_pass_and_undoubled_stressed_forms_fire() -> None:
    """ "-ed"/"-ing" on a known word is a form the dictionary lacks ("trialed", "eking"); where the
    stressed last syllable needs its consonant doubled ("occur"), the undoubled form is a slip."""
    text = "Title\nThe drug was trialed and programed, eking out gains.\nIt occured twice."
    assert _hits(text) == [(3, 4, 11, "occured", ("occurred",), True)]
    # a stem only the word's extra consonant makes ("writ") excuses nothing
    assert _hits("Title\nThey were writting it down.") == [(2, 11, 19, "writting", ("writing",), False)]


def test_a_word_that_only_markup_splits_is_read_whole() -> None:
    """A drop cap (``<span>E</span>nclosing``) or emphasis (``**E**nclosing``) parts a word's first
    letter from the rest by markup alone: the reader sees "Enclosing", no misspelling."""
    page = (
        "<html><body><h1>Title</h1><p><span class='dropcap'>E</span>nclosing the garden is easy, "
        "and it is <em>very</em>avaliable.</p></body></html>"
    )
    assert _hits(page, "html") == [(1, 112, 121, "avaliable", ("available",), True)]
    assert _hits("Title\n\n**E**nclosing the garden is easy.\n", "markdown") == []


def test_a_page_in_a_language_the_dictionary_does_not_cover_reports_nothing() -> None:
    english = "Thank you for reading all of this today. We keep the seperate copies for you.\n"
    assert _hits(english) == [(1, 54, 62, "seperate", ("separate",), True)]
    german = (
        "Wir würden gerne schöne Grüße schicken, während unsere Mitarbeiter täglich größere Aufgaben "
        "übernehmen und zukünftig ungemütliche Überraschungen vermeiden.\n\n"
    )
    assert _hits(german + english) == []  # most of its rare words are no English and no slip


def test_a_sentence_in_another_language_passes() -> None:
    assert _hits("I have the book seperate and then it was all good.") == [
        (1, 17, 25, "seperate", ("separate",), True)
    ]
    assert _hits("Ich habe das Buch seperate gelesen und dann war alles gut.") == []


def test_a_word_the_page_uses_as_a_name_passes() -> None:
    # written with a capital inside running prose elsewhere: a surname in a tag list
    assert _hits("Tags: jeanine pirro.") == [(1, 15, 20, "pirro", ("piero",), True)]
    assert _hits("The remarks by host Jeanine Pirro were cited. Tags: jeanine pirro") == []
    # a repository or handle in an address on the page
    assert _hits("<p>It works in avaliable too.</p>", "html") == [
        (1, 16, 25, "avaliable", ("available",), True)
    ]
    linked = (
        '<ul><li>Works in <a href="https://github.com/coldnew/avaliable-jump">avaliable</a> too.</li></ul>'
    )
    assert _hits(linked, "html") == []
    # a title's slug copies its misspelling: still reported
    slug = '<p>See <a href="/news/the-science-behind-camoflaged-cows">the camoflaged cows</a> today.</p>'
    assert _hits(slug, "html") == [(1, 63, 73, "camoflaged", ("camouflaged",), True)]
    # a word the page also writes in code: a service or command name
    assert _hits("Restart the seperate service.\n", "markdown") == [
        (1, 13, 21, "seperate", ("separate",), True)
    ]
    code = "Restart the seperate service.\n\n```\nsystemctl restart seperate\n```\n"
    assert _hits(code, "markdown") == []


def test_quotation_marks_written_as_entities_set_a_word_apart() -> None:
    assert _hits("<p>It looked avaliable and odd.</p>", "html") == [
        (1, 14, 23, "avaliable", ("available",), True)
    ]
    assert _hits("<p>It looked &quot;avaliable&quot; and odd.</p>", "html") == []


def test_a_letter_put_before_a_word_is_a_coinage_not_a_slip() -> None:
    # a handle or a coined name: the first letter added ("iframes", "mconley"); slips seldom
    # touch a word's first letter, and a doubled first letter ("wwith") is still a slip
    assert _hits("Ask mconley about the iframes and rsync first.") == []
    assert _hits("Ask the nurse wwith care.") == [(1, 15, 20, "wwith", ("with",), True)]
    # a slip inside the word still fires beside them
    assert _hits("Ask mconley; it is avaliable.") == [(1, 20, 29, "avaliable", ("available",), True)]


def test_two_commoner_words_run_together_are_a_closed_compound() -> None:
    # "frontend" is "front" + "end", each far commoner than "fronted", its only correction
    assert _hits("Slow reads are a cause for the frontend team.") == []
    # a slip that splits into no two commoner words still fires ("frontned": "front" + "ned")
    assert _hits("Slow reads are a cause for the frontned team.") == [
        (1, 32, 40, "frontned", ("fronted",), True)
    ]
    # a word glued to a function word or an affix is no compound ("low" + "less"), and a health
    # word's stand-in frequency is not weighed against the halves ("seo" + "logic": "serologic")
    assert _hits("The count becomes very lowless than that.") == [(1, 24, 31, "lowless", ("lawless",), True)]
    assert _hits("A seologic test.") == [(1, 3, 11, "seologic", ("serologic",), True)]
    # a slip whose halves are rarer than its correction ("begin" + "ing" against "beginning")
    assert _hits("We saw the begining.") == [(1, 12, 20, "begining", ("beginning",), True)]


def test_a_word_the_page_writes_in_teletype_or_keyboard_markup_passes() -> None:
    plain = "<p>Run the seperate tool.</p>"
    assert _hits(plain, "html") == [(1, 12, 20, "seperate", ("separate",), True)]
    for tag in ("tt", "kbd", "samp"):
        html = f'<p>Run the seperate tool.</p><p>Type <{tag} class="x">seperate</{tag}> now.</p>'
        assert _hits(html, "html") == [], tag
    # a tag whose name only begins so ("<ttl>") is no code
    assert _hits("<p>Run the seperate tool.</p><ttl>seperate</ttl>", "html") != []


def test_a_comparative_of_a_word_made_an_adjective_passes() -> None:
    # "barf" + "-ier" (barfy, barfier): slang formed by rule, not a slip of "barrier"
    assert _hits("One of the barfier games, the barfiest of all.") == []
    # a slip of a comparative still fires
    assert _hits("It was one of the heavyer games.") == [(1, 19, 26, "heavyer", ("heavier",), True)]
