"""TX108 missing-apostrophe: A contraction written without its apostrophe ("dont", "youre", "doesnt")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Words
from ...rule import Example, Finding, Option, Rule
from ...text import word_classes
from ...text.addresses import in_address
from ...text.quotes import prefers_curly_apostrophes
from ...text.word_classes import BARE_VERB, VERB_S

#: What may stand before a capitalised form ("Dont"): the start of a sentence, a heading or a quotation.
_OPENERS = frozenset('.!?:;"\u201c\u2018([*-\u2013\u2014')
_CURLY = "\u2019"
#: Determiners that are never a pronoun: after one, a form is a noun ("the hows and whys"), never
#: a contraction (no clause starts after "the"); "this" and "that" may be subjects ("this isnt").
_DETERMINERS = frozenset("the a an my your our their".split())
#: Lower-case conjunctions that join a clause: a capitalised form after one may be the contraction.
_JOINERS = frozenset(("and", "but", "or"))
#: Negated modals whose bare forms are also words ("cant" jargon, "wont" habit: "as is his wont",
#: "she was wont to"): reported only in a clause that makes them the modal (``_modal_here``).
_MODAL_WORDS = {"cant": "can't", "wont": "won't", "its": "it's"}
#: What only "it is" or "it has" stands before, never the possessive "its": a participle of "have",
#: "not", an article or determiner ("its been", "its not", "its a good idea", "Its the liver").
_AFTER_IT_IS = frozenset(
    "been not got gotten a an the this that these those no my your our their "
    # adverbs and prepositions a possessive never takes before its noun ("Its among the oldest spices", "its
    # because", "its usually a symptom", "its going to")
    "among about because also always never just really usually actually probably definitely certainly going "
    "getting".split()
)
#: Adjectives and nouns that "it's" takes before "to" or "that" ("its important to rest", "its time
#: to", "its possible that"); the possessive puts a noun after them ("its important role").
_IT_IS_ADJECTIVES = frozenset(
    "important possible impossible hard easy difficult likely unlikely best better good bad time necessary "
    "essential vital crucial normal common rare safe unsafe okay ok true clear obvious wise advisable "
    "unclear recommended useful helpful dangerous".split()
)
#: Participles of saying and thinking that "it's" takes before "that" ("its claimed that").
_IT_IS_REPORTED = frozenset(
    "claimed believed thought said known estimated recommended suggested reported assumed expected".split()
)
#: Passive participles and adjectives that "it's" takes before a preposition ("its caused by a mutation", "its used
#: for energy", "Its responsible for the smell", "its closely linked to obesity"); the possessive puts a noun after
#: them ("its known side effects", "its related species").
_IT_IS_PREDICATES = frozenset(
    "caused used linked related associated found made called considered responsible known thought believed "
    "important possible good bad best better common rare safe unsafe necessary essential vital useful helpful "
    "dangerous".split()
)
#: The prepositions after such a predicate.
_PREDICATE_PREPOSITIONS = frozenset("by for with to in as from among".split())
#: Subject pronouns: after one, "cant"/"wont" is the modal ("it wont hurt"); the nouns are not
#: used after a subject pronoun, and their own idioms ("wont to", "the cant of") are left.
_SUBJECTS = frozenset("i you we they he she it who that there".split())
#: Subjects of a Title Case clause beyond the pronouns and nouns ("These Dont Help", "Which Doesnt").
_TITLE_SUBJECTS = frozenset("these those this which".split())
#: Possessives and articles: after one, "cant"/"wont" is the noun ("as is his wont").
_NOUN_BEFORE = _DETERMINERS | frozenset(("his", "her", "its"))
#: Bare forms of the primary verbs, which the word-class table leaves out as auxiliaries.
_PRIMARY_BARE = frozenset(("be", "have", "do"))
#: Words after which "cant"/"wont" is never the modal, even after a pronoun ("wont to").
_NOT_AFTER_MODAL = frozenset(("to", "of"))


@functools.lru_cache(maxsize=1)
def contractions() -> dict[str, str]:
    """Bare form -> contraction ("dont" -> "don't"): rules/data/lexicon/contractions.tsv, built by
    scripts/build_contractions.py from grammar, without the forms that are words ("cant", "well")."""
    from ...data import pack_dir

    text = (pack_dir() / "data" / "lexicon" / "contractions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {bare: full for bare, full in rows}


class MissingApostrophe(Rule):
    """A contraction written without its apostrophe ("dont", "youre", "doesnt").

    A crawl that drops the apostrophe, or a careless writer, leaves
    contractions that are not words: "Scientists dont yet understand",
    "When youre sick". The contractions are closed grammar (an auxiliary or
    modal with "n't", a pronoun or wh-word with "'re", "'ll", "'ve", "'d",
    "'s"), so the forms come from that grammar, not from a list of misspellings
    seen; a form that is an English word without its apostrophe ("well",
    "hell", "shell", "shed", "id", "were", "its", "lets") is never reported,
    since it cannot be told from the word. "cant" and "wont" (the nouns: "the
    cant of", "as is his wont", "she was wont to") are reported only where the
    clause makes them the modal: before a bare verb ("you cant eat", "it
    wont be"; also one the table knows only by its "-s" form: "cant meet",
    "wont go"), unless a possessive or article stands before them, or after a
    subject pronoun ("it wont hurt"), unless "to" or "of" follows. "its" is
    "it's" only where the next word is one the possessive never takes ("its been",
    "its not", "its a", "Its among", "its usually") or an adjective of comment or a reporting participle before
    "to" or "that" ("its important to rest", "its claimed that"), or a passive participle or an adjective of
    comment before a preposition, with an "-ly" adverb before it or not ("its caused by", "Its responsible for",
    "its closely linked to"); the possessive puts a noun there ("its known side effects"). Lower-case forms
    are checked anywhere; a capitalised one ("Dont") only where a sentence,
    heading or quotation starts, since mid-sentence it may be a name ("Ive");
    inside a sentence, only after "and", "but" or "or" when it is a negation
    before a bare verb ("and Dont forget") or "Ive" before "been";
    all-capital tokens (acronyms such as "ITD"), words in addresses, tags
    or file names, and a form after a determiner, where it is a noun ("the
    hows and whys"), are left. The fix writes the apostrophe the document uses
    (straight or curly); it is safe because each form has one contraction.
    """

    code = "TX108"
    name = "missing-apostrophe"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "The Chicago Manual of Style, 17th ed., chapter 7 (a contraction marks its omitted letters with an apostrophe); "
        "forms from English grammar, words left out by WordNet 3.0 (Princeton University, WordNet "
        "licence): rules/data/lexicon/contractions.tsv built by scripts/build_contractions.py"
    )
    options = {
        "ignore": Option(
            [],
            list,
            "bare forms never reported, for a site that writes them on purpose (for example 'aint' in quoted speech)",
        ),
    }
    should_fire = (
        Example(
            "Scientists dont yet understand what causes it. When youre sick, check your blood sugar.",
            fixed="Scientists don't yet understand what causes it. When you're sick, check your blood sugar.",
        ),
        Example(
            "Doesnt it hurt? Tell your doctor if you\u2019re dizzy or if youve fainted.",
            fixed="Doesn\u2019t it hurt? Tell your doctor if you\u2019re dizzy or if you\u2019ve fainted.",
        ),
        Example("<p>Blood glucose thats too high can make you sick.</p>", format="html"),
        Example("If you cant eat, it wont hurt to wait.", fixed="If you can't eat, it won't hurt to wait."),
        Example(
            "Its claimed that tea works, but its important to rest.",
            fixed="It's claimed that tea works, but it's important to rest.",
        ),
    )
    should_not_fire = (
        "Scientists don't yet understand what causes it. When you're sick, check your blood sugar.",
        Example(
            "She was wont to rest, as is her wont; the cant of the trade, a shell, a shed, the id, as well as its size.",
            note="forms that are words without the apostrophe",
        ),
        Example(
            "Jonathan Ive and the FLT3-ITD mutation; see example.com/dont and #youre.", note="names, tags"
        ),
        Example(
            "Patients aint many.", options={"ignore": ["aint"]}, note="a form the site writes on purpose"
        ),
        Example("Run `dont --help` first.", format="markdown"),
        "The liver and its important role; at its best, its being approved took time.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        positions = doc.word_index
        table = contractions()
        present = [w for w in table if w in positions]
        modals = [w for w in _MODAL_WORDS if w in positions]
        if not present and not modals:
            return
        ignore = {str(w).lower() for w in self.opts["ignore"]}
        prose = doc.prose
        curly = prefers_curly_apostrophes(prose)
        words = doc.words()
        found: list[Finding] = []
        for bare in present + modals:
            if bare in ignore:
                continue
            modal = bare in _MODAL_WORDS
            full = _MODAL_WORDS[bare] if modal else table[bare]
            for i in positions[bare]:
                if bare == "its":
                    if not _it_is_here(words, i, prose):
                        continue
                elif modal and not (
                    _modal_here(words, i, prose) or _title_case_clause(words, i, prose, full)
                ):
                    continue
                token = words[i]
                text = token.text
                if text != bare:
                    if not (
                        text[0].isupper()
                        and text[1:] == bare[1:]
                        and (
                            _opens(prose, token.start)
                            or _joined_clause(words, i, prose, bare, full)
                            or _title_case_clause(words, i, prose, full)
                        )
                    ):
                        continue  # all capitals, mixed case, or a capitalised word inside a sentence
                    if not full.startswith("I'"):
                        full_here = full[0].upper() + full[1:]
                    else:
                        full_here = full
                elif in_address(prose, token.start, token.end) or _after_determiner(words, i, prose):
                    continue
                else:
                    full_here = full
                if curly:
                    full_here = full_here.replace("'", _CURLY)
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{text}” is missing its apostrophe: “{full_here}”",
                        (full_here,),
                        Fix((Edit(token.start, token.end, full_here),), f"write {full_here!r}", safe=True),
                    )
                )
        found.sort(key=lambda f: f.start)
        yield from found


def _joined_clause(words: Words, i: int, prose: str, bare: str, full: str) -> bool:
    """Whether a capitalised form inside a sentence opens a clause joined by "and", "but" or "or"
    and reads as the contraction: a negation before a bare verb ("and Dont forget", not "and
    Dont was her dog"), or
    "Ive" before "been" ("and Ive been"), which no name ("Smith and Ive") is followed by."""
    if i == 0 or i + 1 >= len(words) or bare in _MODAL_WORDS:
        return False  # "Smith and Cant show": a surname
    prev, nxt, here = words[i - 1], words[i + 1], words[i]
    if prev.text not in _JOINERS or not prose[prev.end : here.start].isspace():
        return False
    if not prose[here.end : nxt.start].isspace() or not nxt.text.islower():
        return False
    if bare == "ive":
        return nxt.text == "been"
    return full.endswith("n't") and _bare_verb(nxt.text)


def _title_case_clause(words: Words, i: int, prose: str, full: str) -> bool:
    """Whether a capitalised negation inside a Title Case line is the contraction: a capitalised
    subject pronoun or plural noun before it and a capitalised bare verb after it, each a space
    away ("Factors You Cant Control", "Why Kids Dont Sleep"); a surname is not preceded by a
    pronoun or a plural ("Smith and Cant", "Jonathan Ive")."""
    if not full.endswith("n't") or i == 0 or i + 1 >= len(words):
        return False
    prev, here, nxt = words[i - 1], words[i], words[i + 1]
    if not prose[prev.end : here.start] == " " or not prose[here.end : nxt.start] == " ":
        return False
    if not (prev.text[:1].isupper() and (prev.text[1:].islower() or prev.text.isupper())):
        return False
    if not (nxt.text[:1].isupper() and (len(nxt.text) == 1 or nxt.text[1:].islower())):
        return False
    if not _title_subject(prev.text, full):
        return False
    verb = nxt.text.lower()
    # "need" is an auxiliary too, which the word-class table leaves out ("You Dont Need It")
    return _bare_verb(verb) or verb == "need" or (verb not in _NOT_AFTER_MODAL and _verb_by_its_s_form(verb))


def _title_subject(word: str, full: str) -> bool:
    """Whether the capitalised ``word`` before a negation in a Title Case line ends its subject or
    stands before its verb: a subject pronoun, a noun of the word-class table ("Body", "Lungs"),
    an acronym ("MVD"), an "-ly" adverb ("Often", "Usually"), "These", "Which", a coordinator
    ("And Dont Smoke"); before "Cant"/"Wont", also surnames ("John Cant"), only a pronoun, a
    plural or "These"/"Which"."""
    lower = word.lower()
    cls = word_classes.classes(lower)
    if lower in _SUBJECTS or lower in _TITLE_SUBJECTS or word_classes.PLURAL in cls:
        return True
    if full in ("can't", "won't"):
        return False  # "John Cant Run": a first name is a singular noun of the table too
    if (word.isupper() and len(word) >= 2) or lower in _JOINERS:
        return True
    if lower.endswith("ly") or lower in ("often", "also", "still", "never"):
        return True
    return (
        word_classes.SINGULAR in cls
        or word_classes.PERSON in cls
        or (word_classes.BARE_VERB in cls and word_classes.VERB_ONLY not in cls)
    )


def _it_is_here(words: Words, i: int, prose: str) -> bool:
    """Whether "its" at word ``i`` is "it's": the next word, a space away, is one only "it is" or
    "it has" stands before ("its been", "its not", "its a"), or an adjective of comment or a
    reporting participle followed by "to" or "that" ("its important to rest", "its claimed that")."""
    if i + 1 >= len(words) or words[i].text not in ("its", "Its"):
        return False
    nxt = words[i + 1]
    if not prose[words[i].end : nxt.start] == " " or not nxt.text.islower():
        return False
    following = nxt.text
    if following in _AFTER_IT_IS:
        return True
    j = i + 1
    if following.endswith("ly") and following not in _IT_IS_PREDICATES and j + 1 < len(words):
        # an adverb of degree before the predicate: "its closely linked to obesity"
        if prose[nxt.end : words[j + 1].start] != " ":
            return False
        j += 1
    if (
        words[j].text in _IT_IS_PREDICATES
        and j + 1 < len(words)
        and prose[words[j].end : words[j + 1].start] == " "
        and words[j + 1].text in _PREDICATE_PREPOSITIONS
    ):
        return True
    if following not in _IT_IS_ADJECTIVES and following not in _IT_IS_REPORTED:
        return False
    if i + 2 >= len(words) or not prose[nxt.end : words[i + 2].start] == " ":
        return False
    then = words[i + 2].text
    return then == "that" or (then == "to" and following not in _IT_IS_REPORTED)


def _modal_here(words: Words, i: int, prose: str) -> bool:
    """Whether "cant"/"wont" at word ``i`` is the negated modal: the next word, a space away, is a
    bare verb ("cant eat", "wont be") and the word before is no possessive or article ("his
    wont"), or the word before is a subject pronoun and the next a word other than "to" or
    "of" ("it wont hurt", "I cant always")."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if not prose[words[i].end : nxt.start].isspace() or not nxt.text.islower():
        return False
    following = nxt.text
    prev = ""
    if i > 0 and prose[words[i - 1].end : words[i].start].isspace():
        prev = words[i - 1].text.lower()
    if prev in _SUBJECTS:
        return following not in _NOT_AFTER_MODAL
    if prev in _NOUN_BEFORE:
        return False
    return _bare_verb(following) or (following not in _NOT_AFTER_MODAL and _verb_by_its_s_form(following))


def _verb_by_its_s_form(word: str) -> bool:
    """Whether ``word`` is a verb by its "-s" form: the word-class table gives "meets", "goes" and
    "passes" the verb "-s" letter, while "meet", "go" and "pass" have no bare-verb letter (they are
    also adjectives or nouns), so after "cant"/"wont" ("cant meet", "wont go") the form decides."""
    if len(word) < 2 or word_classes.PLURAL in word_classes.classes(word):
        return False
    return any(VERB_S in word_classes.classes(word + end) for end in ("s", "es"))


def _bare_verb(word: str) -> bool:
    """Whether the lower-case ``word`` is a verb's bare form ("eat", "be"), by the word-class table."""
    return word in _PRIMARY_BARE or BARE_VERB in word_classes.classes(word)


def _after_determiner(words: Words, i: int, prose: str) -> bool:
    """Whether word ``i`` follows a determiner with only spaces between ("the hows")."""
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.text.lower() in _DETERMINERS and prose[prev.end : words[i].start].isspace()


def _opens(prose: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, heading, list item or quotation."""
    before = prose[max(0, start - 40) : start].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in _OPENERS
