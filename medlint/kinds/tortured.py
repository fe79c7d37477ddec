"""tortured: a large phrase lexicon with co-occurrence conditions and proximity matches.

Built for the Problematic Paper Screener list (8,000+ "tortured phrases"), but
any lexicon with the same columns works. Phrases go into one word trie and are
found in one pass over the document's words; the screener's conditions
("AND cancer": only where the text also says cancer; "NOT specular") are
checked only for the few phrases that matched. Rows are parsed group by group,
for the first words a document actually holds (see ``_Lexicon``), never when
rules are only listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ..cache import Memo
from ..diagnostic import Edit, Fix, Severity
from ..document import Document
from ..rule import Finding, RuleError
from ..text.matching import PhraseMatcher, phrase_words
from ..text.tokens import WORD_RE
from .base import KindRule, prose_text
from .substitution import match_case

_COND = re.compile(r"\b(AND|NOT|OR)\s+(\([^)]*\)|\"[^\"]*\"(?:~\d+)?|[^\s()]+)")
_TERM = re.compile(r"\"([^\"]+)\"|([^\s()\"]+)")
#: lexicon text -> (rows by first word, number of rows), see ``_Lexicon``
_GROUPED = Memo("lexicon-groups")
#: Plain form of ``Tortured.check``'s first-word pass: the pending groups, the trie, the proximity
#: and the irregular tables each meet the document's whole word index (the fast form meets it once
#: with ``_Lexicon.firsts`` and hands each table the few words found); tests/test_tortured_fast_path.py
_PLAIN_FIRSTS = False


@dataclass(frozen=True)
class Entry:
    tortured: str
    expected: str
    require: tuple[tuple[str, ...], ...]  # each group: any of these terms must occur
    forbid: tuple[str, ...]
    proximity: int  # 0 = exact phrase
    tier: str


def parse_condition(text: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """('AND "cancer" NOT specular') -> ((("cancer",),), ("specular",))."""
    require: list[tuple[str, ...]] = []
    forbid: list[str] = []
    for op, arg in _COND.findall(text):
        terms = tuple(
            (a or b).lower() for a, b in _TERM.findall(arg.strip("()")) if (a or b) not in ("OR", "AND")
        )
        terms = tuple(re.sub(r"~\d+$", "", t) for t in terms)
        if not terms:
            continue
        if op == "AND":
            require.append(terms)
        elif op == "NOT":
            forbid.extend(terms)
    return tuple(require), tuple(forbid)


class _Lexicon:
    """The lexicon's rows grouped by the first word of their phrase, parsed on demand.

    Parsing all 8,000 screener rows (conditions, trie insertion) cost 80 ms, paid
    by every ``medlint check`` of one small file; a document only ever needs the
    rows whose first word it contains. Rows are grouped by that word when the
    rule first runs (a few ms) and each group is parsed the first time a
    document holds its word, then kept for the rest of the process. Exact
    phrases go into the word trie, ``proximity~N`` entries into a map from first
    word, and phrases with punctuation inside into a list of literals compared
    where their first word is.
    """

    def __init__(self, text: str, code: str) -> None:
        self.code = code
        self.matcher: PhraseMatcher[Entry] = PhraseMatcher()
        self.proximity: dict[str, list[tuple[Entry, list[str]]]] = {}
        self.irregular_by_first: dict[str, list[tuple[str, Entry]]] = {}
        # the grouping of the same lexicon text is the same in every run: kept in the start-up cache
        grouped = _GROUPED.get(text)
        if grouped is not None:
            self._pending, self._size = grouped
        else:
            self._pending = {}
            self._size = 0
            self._group(text, code)
            _GROUPED.put(text, (self._pending, self._size))
        #: every first word of the lexicon: the pending groups' words, and each word a parsed row
        #: files under in the trie, ``proximity`` or ``irregular_by_first`` (``_add``)
        self.firsts: set[str] = set(self._pending)

    def _group(self, text: str, code: str) -> None:
        """Files each row under its phrase's first word (lower-cased), unparsed."""
        search = WORD_RE.search
        for line in text.splitlines():
            if not line or line[0] == "#":
                continue
            tab = line.find("\t")
            if tab < 0:
                if line.strip():
                    raise RuleError(
                        f"rule {code}: lexicon rows need at least tortured and expected columns: {line!r}"
                    )
                continue
            # the phrase's first word, as documents are tokenized; most are plain letters up to
            # a space, which needs no regex
            space = line.find(" ", 0, tab)
            key = line[: tab if space == -1 else space]
            if not key.isalpha():
                first = search(line, 0, tab)
                if first is None:
                    continue
                key = first.group()
            self._pending.setdefault(key.lower(), []).append(line)
            self._size += 1
            if "'" in line[:tab]:
                # the same phrase with the typographic apostrophe web pages set ("Parkinson\u2019s illness"): a row
                # of its own, filed under its own first word (documents keep U+2019 in their words)
                curly = line[:tab].replace("'", "\u2019") + line[tab:]
                self._pending.setdefault(key.lower().replace("'", "\u2019"), []).append(curly)

    def prepare(self, words: Iterable[str]) -> None:
        """Parse the rows whose first word is in ``words`` (each group once per process).

        A mapping's keys (a document's word index) meet the pending words as two key views,
        which walks the smaller without building a set of the document's words first."""
        pending = self._pending
        for word in pending.keys() & (words.keys() if isinstance(words, Mapping) else set(words)):
            for row in pending.pop(word):
                self._add(row)

    def prepare_all(self) -> None:
        self.prepare(list(self._pending))

    def _add(self, line: str) -> None:
        row = line.split("\t")
        tortured, expected = row[0].strip(), row[1].strip()
        kind = row[2].strip() if len(row) > 2 else "phrase"
        require, forbid = parse_condition(row[3]) if len(row) > 3 and row[3].strip() else ((), ())
        tier = row[4].strip() if len(row) > 4 else "A"
        prox = int(kind.split("~")[1]) if kind.startswith("proximity~") else 0
        entry = Entry(tortured, expected, require, forbid, prox, tier)
        words = phrase_words(tortured)
        if words:
            self.firsts.add(words[0])
        if prox:
            self.proximity.setdefault(words[0], []).append((entry, words[1:]))
        elif " ".join(words) != " ".join(tortured.lower().replace("\u2019", "'").split()):
            # punctuation inside ("hazard ratio (RR)"): compared as a literal where the first word is
            self.irregular_by_first.setdefault(words[0], []).append((tortured, entry))
        else:
            self.matcher.add(tortured, entry)

    def __len__(self) -> int:
        return self._size


def literal_at(prose: str, start: int, lowered: str) -> int:
    """End of the literal ``lowered`` at ``start`` in ``prose`` (case-insensitive, not followed
    by a word character), or -1. A slice and a comparison: no regex to compile per entry."""
    end = start + len(lowered)
    if prose[start:end].lower() != lowered:
        return -1
    if end < len(prose) and (prose[end].isalnum() or prose[end] == "_"):
        return -1
    return end


class Tortured(KindRule):
    """Lexicon of tortured phrases with conditions, proximity matches and risk tiers.

    Pack keys: ``lexicon`` (TSV next to the pack: tortured, expected,
    match-kind ``phrase``/``proximity~N``, condition, tier ``A``/``B``),
    ``entries`` (extra rows inline as mappings), ``tier-b-severity`` (severity
    for plausible lay wording, default info), ``density-per-1000`` and
    ``density-min`` (when to add a document-level "spun text" finding).
    Message fields: ``{match}``, ``{expected}``.
    """

    kind = "tortured"
    message_fields = frozenset({"match", "expected"})
    spec_keys = frozenset({"lexicon", "entries", "tier-b-severity", "density-per-1000", "density-min"})
    _lexicon_cache: ClassVar[dict[str, _Lexicon]] = {}

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        if not spec.get("lexicon") and not spec.get("entries"):
            raise RuleError(f"rule {spec.get('code')}: tortured needs 'lexicon' or 'entries'")
        for entry in spec.get("entries") or ():
            for key in entry if isinstance(entry, Mapping) else ():
                if "_" in str(key):
                    kebab = str(key).replace("_", "-")
                    raise RuleError(
                        f"rule {spec.get('code')}: entry key {key!r} is spelled {kebab!r} (pack keys are kebab-case)"
                    )
        if spec.get("lexicon") and not (pack_dir / str(spec["lexicon"])).is_file():
            raise RuleError(f"rule {spec.get('code')}: lexicon {pack_dir / str(spec['lexicon'])} not found")
        return {}

    def lexicon(self) -> _Lexicon:
        key = f"{self.pack_dir}:{self.code}"
        lex = self._lexicon_cache.get(key)
        if lex is None:
            text = ""
            if self.spec.get("lexicon") and self.pack_dir is not None:
                path = self.pack_dir / str(self.spec["lexicon"])
                try:
                    text = path.read_text(encoding="utf-8")
                except OSError as exc:
                    raise RuleError(f"rule {self.code}: cannot read lexicon {path}: {exc.strerror}") from None
            inline = [
                "\t".join(
                    " ".join(str(v).split())
                    for v in (
                        e["tortured"],
                        e["expected"],
                        e.get("match-kind", "phrase"),
                        e.get("condition", ""),
                        e.get("tier", "A"),
                    )
                )
                for e in self.spec.get("entries") or ()
            ]
            text = "\n".join([text, *inline])
            lex = _Lexicon(text, self.code)
            self._lexicon_cache[key] = lex
        return lex

    def check(self, doc: Document) -> Iterable[Finding]:
        lex = self.lexicon()
        lowered: list[str] = []

        def contains(term: str) -> bool:
            if not lowered:
                lowered.append(" " + " ".join(doc.lower_words) + " ")
            words = " ".join(phrase_words(term))
            return bool(words) and f" {words} " in lowered[0]

        def ok(entry: Entry) -> bool:
            if any(contains(t) for t in entry.forbid):
                return False
            return all(any(contains(t) for t in group) for group in entry.require)

        index = doc.word_index
        if _PLAIN_FIRSTS:
            lex.prepare(index)
            present: Any = index.keys()
            matches = lex.matcher.iter_matches(doc)
        else:
            # the document's words that open a row, found once; every table meets only those
            known = len(lex.firsts)
            present = index.keys() & lex.firsts
            lex.prepare(present)
            if len(lex.firsts) != known:  # a parsed row filed under a word its group was not
                present = index.keys() & lex.firsts
            matches = lex.matcher.iter_matches_among(doc, present)
        hits: list[tuple[int, int, Entry]] = []
        for m in matches:
            if ok(m.value):
                hits.append((m.start, m.end, m.value))
        words = doc.words()
        starts, ends = words.starts, words.ends
        lowers = doc.lower_words
        for first in present & lex.proximity.keys():
            for i in index[first]:
                for entry, rest in lex.proximity[first]:
                    window = lowers[i + 1 : i + 1 + entry.proximity]
                    if all(r in window for r in rest) and ok(entry):
                        last = max(i + 1 + window.index(r) for r in rest)
                        hits.append((starts[i], ends[last], entry))
        for first in present & lex.irregular_by_first.keys():
            for i in index[first]:
                start = starts[i]
                for text, found in lex.irregular_by_first[first]:
                    end = literal_at(doc.prose, start, text.lower())
                    if end >= 0 and ok(found):
                        hits.append((start, end, found))
                        break
        hits.sort(key=lambda h: h[0])
        tier_b = Severity.parse(self.spec.get("tier-b-severity", "info"))
        for start, end, entry in hits:
            match = prose_text(doc, start, end)
            suggestion = match_case(entry.expected, match)
            yield Finding(
                start,
                end,
                self.format_message(match=match, expected=suggestion),
                (suggestion,),
                Fix((Edit(start, end, suggestion),), f"replace with {suggestion!r}", safe=False),
                severity=tier_b if entry.tier == "B" else None,
                data={"expected": entry.expected, "tier": entry.tier},
            )
        per_1000 = float(self.spec.get("density-per-1000", 3.0))
        min_hits = int(self.spec.get("density-min", 3))
        n_words = max(1, doc.word_count)
        density = 1000.0 * len(hits) / n_words
        if len(hits) >= min_hits and density >= per_1000 and doc.blocks:
            block = doc.blocks[0]
            yield Finding(
                block.start,
                block.end,
                f"{len(hits)} tortured phrases ({density:.1f} per 1,000 words): this text looks "
                "machine-spun; have a subject expert rewrite it rather than fixing phrases one by one",
                data={"count": len(hits), "per_1000_words": round(density, 2)},
            )
