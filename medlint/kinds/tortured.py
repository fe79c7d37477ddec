"""tortured: a large phrase lexicon with co-occurrence conditions and proximity matches.

Built for the Problematic Paper Screener list (8,000+ "tortured phrases"), but
any lexicon with the same columns works. Phrases go into one word trie and are
found in one pass over the document's words; the screener's conditions
("AND cancer": only where the text also says cancer; "NOT specular") are
checked only for the few phrases that matched. The lexicon is parsed the first
time the rule runs, not when rules are listed, to keep start-up fast.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ..diagnostic import Edit, Fix, Severity
from ..document import Document
from ..phrases import PhraseMatcher, lowered_words, phrase_words
from ..rule import Finding, RuleError
from .base import KindRule, read_lines_file
from .substitution import match_case

_COND = re.compile(r"\b(AND|NOT|OR)\s+(\([^)]*\)|\"[^\"]*\"(?:~\d+)?|[^\s()]+)")
_TERM = re.compile(r"\"([^\"]+)\"|([^\s()\"]+)")


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
    """Parsed entries, the phrase trie, the proximity index and the odd-punctuation regex."""

    def __init__(self, rows: list[list[str]], code: str) -> None:
        self.matcher: PhraseMatcher[Entry] = PhraseMatcher()
        self.proximity: dict[str, list[tuple[Entry, list[str]]]] = {}
        irregular: list[tuple[str, Entry]] = []
        for row in rows:
            if len(row) < 2:
                raise RuleError(
                    f"rule {code}: lexicon rows need at least tortured and expected columns: {row!r}"
                )
            tortured, expected = row[0].strip(), row[1].strip()
            kind = row[2].strip() if len(row) > 2 else "phrase"
            require, forbid = parse_condition(row[3]) if len(row) > 3 and row[3].strip() else ((), ())
            tier = row[4].strip() if len(row) > 4 else "A"
            prox = int(kind.split("~")[1]) if kind.startswith("proximity~") else 0
            entry = Entry(tortured, expected, require, forbid, prox, tier)
            words = phrase_words(tortured)
            if not words:
                continue
            if prox:
                self.proximity.setdefault(words[0], []).append((entry, words[1:]))
            elif " ".join(words) != " ".join(tortured.lower().replace("\u2019", "'").split()):
                irregular.append((tortured, entry))  # punctuation inside: "hazard ratio (RR)"
            else:
                self.matcher.add(tortured, entry)
        self.irregular = irregular
        # entries with punctuation inside are tried only where their first word occurs
        # (compiled on first use: most documents contain none of these first words)
        self.irregular_by_first: dict[str, list[tuple[str, Entry]]] = {}
        for text, entry in irregular:
            self.irregular_by_first.setdefault(phrase_words(text)[0], []).append((text, entry))
        # one regex finds the first words of proximity entries, so the pass over a
        # document runs in C rather than as a Python loop over every word
        self.proximity_re = (
            re.compile(
                r"(?<![\w'\u2019-])(?:"
                + "|".join(re.escape(w) for w in sorted(self.proximity, key=len, reverse=True))
                + r")(?![\w'\u2019-])",
                re.IGNORECASE,
            )
            if self.proximity
            else None
        )

    def __len__(self) -> int:
        return len(self.matcher) + sum(len(v) for v in self.proximity.values()) + len(self.irregular)


@functools.lru_cache(maxsize=1024)
def _literal_regex(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text) + r"(?!\w)", re.IGNORECASE)


class Tortured(KindRule):
    """Lexicon of tortured phrases with conditions, proximity matches and risk tiers.

    Pack keys: ``lexicon`` (TSV next to the pack: tortured, expected,
    match_kind ``phrase``/``proximity~N``, condition, tier ``A``/``B``),
    ``entries`` (extra rows inline as mappings), ``tier_b_severity`` (severity
    for plausible lay wording, default info), ``density_per_1000`` and
    ``density_min`` (when to add a document-level "spun text" finding).
    Message fields: ``{match}``, ``{expected}``.
    """

    kind = "tortured"
    spec_keys = frozenset({"lexicon", "entries", "tier_b_severity", "density_per_1000", "density_min"})
    _lexicon_cache: ClassVar[dict[str, _Lexicon]] = {}

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        if not spec.get("lexicon") and not spec.get("entries"):
            raise RuleError(f"rule {spec.get('code')}: tortured needs 'lexicon' or 'entries'")
        if spec.get("lexicon") and not (pack_dir / str(spec["lexicon"])).is_file():
            raise RuleError(f"rule {spec.get('code')}: lexicon {pack_dir / str(spec['lexicon'])} not found")
        return {}

    def lexicon(self) -> _Lexicon:
        key = f"{self.pack_dir}:{self.code}"
        lex = self._lexicon_cache.get(key)
        if lex is None:
            rows: list[list[str]] = []
            if self.spec.get("lexicon") and self.pack_dir is not None:
                rows = read_lines_file(self.pack_dir, str(self.spec["lexicon"]), self.code)
            for e in self.spec.get("entries") or ():
                rows.append(
                    [
                        str(e["tortured"]),
                        str(e["expected"]),
                        str(e.get("match_kind", "phrase")),
                        str(e.get("condition", "")),
                        str(e.get("tier", "A")),
                    ]
                )
            lex = _Lexicon(rows, self.code)
            self._lexicon_cache[key] = lex
        return lex

    def check(self, doc: Document) -> Iterable[Finding]:
        lex = self.lexicon()
        lowered: list[str] = []

        def contains(term: str) -> bool:
            if not lowered:
                lowered.append(" " + " ".join(lowered_words(doc)) + " ")
            words = " ".join(phrase_words(term))
            return bool(words) and f" {words} " in lowered[0]

        def ok(entry: Entry) -> bool:
            if any(contains(t) for t in entry.forbid):
                return False
            return all(any(contains(t) for t in group) for group in entry.require)

        hits: list[tuple[int, int, Entry]] = []
        for m in lex.matcher.iter_matches(doc):
            if ok(m.value):
                hits.append((m.start, m.end, m.value))
        if lex.proximity_re is not None:
            words = doc.words()
            lowers = lowered_words(doc)
            starts = [w.start for w in words]
            for pm in lex.proximity_re.finditer(doc.prose):
                i = bisect.bisect_left(starts, pm.start())
                if i >= len(words) or words[i].start != pm.start():
                    continue
                lw = lowers[i]
                for entry, rest in lex.proximity.get(lw, ()):
                    window = lowers[i + 1 : i + 1 + entry.proximity]
                    if all(r in window for r in rest) and ok(entry):
                        last = max(i + 1 + window.index(r) for r in rest)
                        hits.append((words[i].start, words[last].end, entry))
        if lex.irregular_by_first:
            firsts = lex.irregular_by_first
            words = doc.words()
            for i, lw in enumerate(lowered_words(doc)):
                if lw in firsts:
                    for text, found in firsts[lw]:
                        rm = _literal_regex(text).match(doc.prose, words[i].start)
                        if rm is not None and ok(found):
                            hits.append((rm.start(), rm.end(), found))
                            break
        hits.sort(key=lambda h: h[0])
        tier_b = Severity.parse(self.spec.get("tier_b_severity", "info"))
        for start, end, entry in hits:
            match = doc.source[start:end]
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
        per_1000 = float(self.spec.get("density_per_1000", 3.0))
        min_hits = int(self.spec.get("density_min", 3))
        n_words = max(1, doc.word_count)
        density = 1000.0 * len(hits) / n_words
        if len(hits) >= min_hits and density >= per_1000 and doc.blocks:
            first = doc.blocks[0]
            yield Finding(
                first.start,
                first.end,
                f"{len(hits)} tortured phrases ({density:.1f} per 1,000 words): this text looks "
                "machine-spun; have a subject expert rewrite it rather than fixing phrases one by one",
                data={"count": len(hits), "per_1000_words": round(density, 2)},
            )
