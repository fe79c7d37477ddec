"""CL findings against HealthNewsReview.org expert reviews of real press releases.

Do articles that expert reviewers judged unsatisfactory draw more CL findings?
HealthNewsReview.org reviewers scored each press release on ten criteria
(Satisfactory / Not Satisfactory / Not Applicable); this benchmark asks how well
medlint's CL findings separate the two, as an AUC (the probability that a
randomly chosen unsatisfactory release scores higher than a satisfactory one;
0.5 is chance) with a bootstrap 95% interval over articles.

Data (never committed; read from local checkouts):

- the reviews: FakeHealth's ``dataset/reviews/*.json`` are missing from our copy
  of EnyanDai/FakeHealth, so the criteria come from ashwani227/gpt4AnalysisFakeHealth
  (``git clone https://github.com/ashwani227/gpt4AnalysisFakeHealth``), file
  ``Approach 1/Output Data/FakeHealthRelease.xlsx``, column "Review": the
  HealthNewsReview.org reviewers' own criteria answers for 607 releases (the
  "GPT 4" column, that repository's model output, is not used). Needs openpyxl
  (``pip install medlint[bench]``).
- the texts: EnyanDai/FakeHealth ``dataset/content/HealthRelease/<Index>.json``,
  linted as the real-world benchmark lints them (``benchmarks/realworld/fakehealth_data.py``:
  title, blank line, text, format "text"); releases under 50 words are dropped.

Outcomes: criterion "unjustifiable, sensational language", criterion "quality
of the evidence", and a star rating derived from the criteria
(``round(5 * satisfactory / (satisfactory + not satisfactory))``, the way
HealthNewsReview.org computed its stars; the star files themselves are among
the missing review files), split at 3 stars.

Scores: per-claim rules (a finding per claim: CL101-CL105, CL107, CL109-CL114,
CL117, CL119, CL121, CL122, CL124, CL130, CL131, CL134) are counted per 1,000 words; article-level rules (CL106, CL108, CL115,
CL116, CL118, CL120, CL123, CL132, CL133, which fire only when the whole article names no source, no caveat,
no limitation, no design or size of the study, no comparison, or no outcome beyond a surrogate, or
describes its study only in its second half, or claims in its opening a benefit it later says was not shown)
count as one signal per article
whatever their number of findings, except CL118, which counts the descriptions
missing (design, size, duration, limitations, causation caveat: 0-5). By default only warnings count (``--min-severity
info`` adds the info-level rules CL104, CL116, CL117, CL118, CL120, CL121, CL123, CL124, CL130, CL131, CL132, CL133, CL134 and hedged or
attributed findings). Length is controlled
three ways: findings per 1,000 words; a length-stratified AUC (pairs compared
only within the same length quartile); and a logistic model with log length as
covariate, reported next to the length-only model, both fitted in-sample and
scored out-of-fold (5-fold cross-validation; the honest figure).

Development and test halves: the releases are split once, deterministically, by
``zlib.crc32(release id) % 2`` (0 = development, 1 = test). Word lists and any other
choice are looked at on the development half only (``--half dev``); the test half is
reported as it falls. The default prints each half and all releases, then a summary
table of the headline figures. ``--half dev-split`` prints the development half and its two
inner halves (``dev_quarter``), to see whether a change helps both.

    python benchmarks/claims_review.py [--fakehealth DIR] [--gpt4fh DIR] [--boot 1000]
                                       [--half dev|test|all|each|dev-a|dev-b|dev-split]
                                       [--min-severity info] [--by-rule]
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import random
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld import fakehealth_data  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402

ARTICLE_LEVEL = frozenset({"CL106", "CL108", "CL115", "CL116", "CL118", "CL120", "CL123", "CL132", "CL133"})
SENSATIONAL = "unjustifiable, sensational language"
EVIDENCE = "quality of the evidence"


def half_of(article_id: str) -> str:
    """The article's half: "dev" or "test", by a CRC-32 of its release id (stable across
    runs, machines and Python versions, unlike ``hash``)."""
    return "test" if zlib.crc32(article_id.encode("utf-8")) % 2 else "dev"


def dev_quarter(article_id: str) -> str:
    """For a development-half release, its inner half: "dev-a" or "dev-b", by a CRC-32 of the id
    with "/inner" appended (the split of section 18 in CLAIMS.md). A change that helps one inner
    half and not the other is more likely fitted to the releases read than a reading that holds."""
    return "dev-b" if zlib.crc32((article_id + "/inner").encode("utf-8")) % 2 else "dev-a"


def in_half(article_id: str, half: str) -> bool:
    """Whether the release belongs to ``half``: "all", "dev", "test", or an inner half of the
    development half ("dev-a", "dev-b")."""
    if half == "all":
        return True
    if half in ("dev-a", "dev-b"):
        return half_of(article_id) == "dev" and dev_quarter(article_id) == half
    return half_of(article_id) == half


@dataclass
class Article:
    article_id: str
    words: int
    criteria: dict[str, str]
    per_claim: dict[str, int] = field(default_factory=dict)
    #: article-level rule -> its signal: 1 when it fires, but for CL118 the number of missing
    #: descriptions of the evidence (design, size, duration, limitations, causation caveat)
    article_level: dict[str, int] = field(default_factory=dict)

    @property
    def stars(self) -> int | None:
        sat = sum(1 for v in self.criteria.values() if v == "Satisfactory")
        unsat = sum(1 for v in self.criteria.values() if v == "Not Satisfactory")
        return round(5 * sat / (sat + unsat)) if sat + unsat else None

    def criterion(self, key: str) -> str | None:
        for question, answer in self.criteria.items():
            if key in question.lower():
                return answer
        return None


def load_reviews(gpt4fh: Path) -> dict[str, dict[str, str]]:
    """Release id -> {criterion question: answer} from the reviewers' "Review" column."""
    import openpyxl  # the benchmark's only extra dependency (the ``bench`` extra)

    path = gpt4fh / "Approach 1" / "Output Data" / "FakeHealthRelease.xlsx"
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(c) for c in next(rows)]
    i_id, i_review = header.index("Index"), header.index("Review")
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        if not row[i_id] or not row[i_review]:
            continue
        try:
            items = ast.literal_eval(str(row[i_review]))
        except (ValueError, SyntaxError):
            continue
        out[str(row[i_id])] = {str(q["question"]).strip(): str(q.get("answer", "")).strip() for q in items}
    return out


def load_articles(
    fakehealth: Path, reviews: dict[str, dict[str, str]], min_severity: Severity = Severity.WARNING
) -> list[Article]:
    linter = Linter(select=["CL"])
    out = []
    for rid, criteria in sorted(reviews.items()):
        article_id = f"HealthRelease/{rid}"
        if not (fakehealth / "dataset" / "content" / "HealthRelease" / f"{rid}.json").exists():
            continue
        if fakehealth_data.text_words(fakehealth, article_id) < fakehealth_data.MIN_WORDS:
            continue
        doc = fakehealth_data.load_article(fakehealth, article_id)
        art = Article(rid, len(doc.split()), criteria)
        for d in linter.lint_text(doc, "text"):
            if d.severity < min_severity:
                continue
            if d.code in ARTICLE_LEVEL:
                missing = d.data.get("missing") if d.data else None
                art.article_level[d.code] = len(missing) if isinstance(missing, list) else 1
            else:
                art.per_claim[d.code] = art.per_claim.get(d.code, 0) + 1
        out.append(art)
    return out


def auc(scores: Sequence[float], labels: Sequence[int], strata: Sequence[int] | None = None) -> float:
    """P(score of a positive > score of a negative), ties counting half; with ``strata``,
    only pairs within the same stratum are compared (a length-matched AUC)."""
    groups: dict[int, list[tuple[float, int]]] = {}
    for i, (s, y) in enumerate(zip(scores, labels, strict=True)):
        groups.setdefault(strata[i] if strata is not None else 0, []).append((s, y))
    wins = pairs = 0.0
    for items in groups.values():
        items.sort()
        n_neg_below = 0.0
        i = 0
        while i < len(items):
            j = i
            while j < len(items) and items[j][0] == items[i][0]:
                j += 1
            pos = sum(1 for _, y in items[i:j] if y)
            neg = (j - i) - pos
            wins += pos * (n_neg_below + neg / 2)
            n_neg_below += neg
            i = j
        n_pos = sum(1 for _, y in items if y)
        pairs += n_pos * (len(items) - n_pos)
    return wins / pairs if pairs else float("nan")


def logistic_scores(features: list[list[float]], labels: Sequence[int]) -> list[float]:
    """Fitted linear predictor of a logistic regression, in-sample."""
    beta = logistic_fit(features, labels)
    return [sum(b * v for b, v in zip(beta, [1.0, *f], strict=True)) for f in features]


def logistic_fit(features: list[list[float]], labels: Sequence[int], iters: int = 25) -> list[float]:
    """Coefficients (intercept first) of a logistic regression (Newton-Raphson, small ridge)."""
    k = len(features[0]) + 1
    xs = [[1.0, *f] for f in features]
    beta = [0.0] * k
    for _ in range(iters):
        grad = [0.0] * k
        hess = [[1e-6 if a == b else 0.0 for b in range(k)] for a in range(k)]
        for x, y in zip(xs, labels, strict=True):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(b * v for b, v in zip(beta, x, strict=True))))))
            for a in range(k):
                grad[a] += (y - p) * x[a]
                for b in range(k):
                    hess[a][b] += p * (1 - p) * x[a] * x[b]
        beta = [b + d for b, d in zip(beta, _solve(hess, grad), strict=True)]
    return beta


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def quartiles(values: Sequence[float]) -> list[int]:
    ranked = sorted(values)
    cuts = [ranked[int(len(ranked) * q)] for q in (0.25, 0.5, 0.75)]
    return [sum(v >= c for c in cuts) for v in values]


def bootstrap(stat: Callable[[list[int]], float], n: int, boot: int, seed: int = 2026) -> tuple[float, float]:
    rng = random.Random(seed)
    vals = []
    for _ in range(boot):
        v = stat([rng.randrange(n) for _ in range(n)])
        if not math.isnan(v):
            vals.append(v)
    vals.sort()
    return vals[int(0.025 * len(vals))], vals[int(0.975 * len(vals)) - 1]


def evaluate(
    arts: list[Article],
    outcome: str,
    rules: frozenset[str] | None,
    boot: int,
    summary: dict[str, str] | None = None,
) -> list[str]:
    """Rows of the report for one outcome (positive = unsatisfactory / under 3 stars);
    ``summary`` receives the headline figures (length-stratified AUC and the out-of-fold
    logistic model with length) by name."""
    rows = []
    data: list[tuple[Article, int]] = []
    for a in arts:
        if outcome == "stars":
            s = a.stars
            if s is not None:
                data.append((a, int(s < 3)))
        else:
            v = a.criterion(outcome)
            if v in ("Satisfactory", "Not Satisfactory"):
                data.append((a, int(v == "Not Satisfactory")))
    labels = [y for _, y in data]
    words = [a.words for a, _ in data]

    def claim_count(a: Article) -> int:
        return sum(n for c, n in a.per_claim.items() if rules is None or c in rules)

    def level(a: Article) -> int:
        return sum(v for c, v in a.article_level.items() if rules is None or c in rules)

    per1k = [1000 * claim_count(a) / max(a.words, 1) for a, _ in data]
    lvl = [float(level(a)) for a, _ in data]
    combined = [p + 10 * v for p, v in zip(per1k, lvl, strict=True)]  # article-level signal first, then rate
    strata = quartiles([float(w) for w in words])
    loglen = [math.log(max(w, 1)) for w in words]
    feats_len = [[x] for x in loglen]
    feats_all = [[x, p, v] for x, p, v in zip(loglen, per1k, lvl, strict=True)]
    n = len(data)
    pos = sum(labels)

    def sub(idx: list[int], xs: Sequence[float]) -> list[float]:
        return [xs[i] for i in idx]

    def line(name: str, scores: Sequence[float], stratified: bool = False) -> str:
        def stat(idx: list[int]) -> float:
            return auc(
                sub(idx, scores), [labels[i] for i in idx], [strata[i] for i in idx] if stratified else None
            )

        a = stat(list(range(n)))
        lo, hi = bootstrap(stat, n, boot)
        return f"  {name:52} AUC {a:.3f} [{lo:.3f}, {hi:.3f}]"

    rows.append(f"{outcome}: n={n} ({pos} unsatisfactory)")
    rows.append(line("per-claim findings per 1,000 words", per1k))
    rows.append(line("article-level rules firing (count of rules)", lvl))
    rows.append(line("combined (article-level, then per-1,000 rate)", combined))
    rows.append(line("combined, length-stratified (quartiles)", combined, stratified=True))
    if summary is not None:
        summary["stratified"] = rows[-1].split("AUC", 1)[1].strip()
    rows.append(line("length alone (log words)", loglen))
    len_only = logistic_scores(feats_len, labels)
    full = logistic_scores(feats_all, labels)
    rows.append(line("logistic: log length only (fitted in-sample)", len_only))
    rows.append(line("logistic: log length + CL scores (fitted in-sample)", full))
    rows.append(line("logistic: log length only (5-fold out-of-fold)", cross_validated(feats_len, labels)))
    rows.append(
        line("logistic: log length + CL scores (5-fold out-of-fold)", cross_validated(feats_all, labels))
    )
    if summary is not None:
        summary["logistic"] = rows[-1].split("AUC", 1)[1].strip()
        summary["n"] = f"{n} ({pos})"
    return rows


def by_rule(arts: list[Article], outcome: str) -> list[str]:
    """Rows of a per-rule breakdown for one criterion: for each rule, the releases it fires on
    (any finding) and how many of them the reviewers rated unsatisfactory, next to the base rate.
    A rule that fires mostly on unsatisfactory releases separates them; one near the base rate
    only adds noise. Meant for the development half (``--half dev --by-rule``)."""
    answers = [(a, a.criterion(outcome)) for a in arts]
    rated = [(a, v == "Not Satisfactory") for a, v in answers if v in ("Satisfactory", "Not Satisfactory")]
    if not rated:
        return []
    base = sum(y for _, y in rated) / len(rated)
    fired: dict[str, list[bool]] = {}
    for a, y in rated:
        for code in {*a.per_claim, *a.article_level}:
            fired.setdefault(code, []).append(y)
    rows = [f"{outcome}: {len(rated)} rated, {base:.0%} unsatisfactory"]
    for code in sorted(fired):
        ys = fired[code]
        rows.append(f"  {code:6} fires on {len(ys):4} releases, {sum(ys) / len(ys):4.0%} unsatisfactory")
    return rows


def cross_validated(features: list[list[float]], labels: Sequence[int], folds: int = 5) -> list[float]:
    """Out-of-fold linear predictors: each article scored by a model fitted without it."""
    n = len(labels)
    order = list(range(n))
    random.Random(2026).shuffle(order)
    out = [0.0] * n
    for f in range(folds):
        test = set(order[f::folds])
        train = [i for i in range(n) if i not in test]
        beta = logistic_fit([features[i] for i in train], [labels[i] for i in train])
        for i in test:
            out[i] = sum(b * v for b, v in zip(beta, [1.0, *features[i]], strict=True))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fakehealth", default=os.environ.get("FAKEHEALTH", "/work/data/FakeHealth"))
    ap.add_argument("--gpt4fh", default=os.environ.get("GPT4FH", "/work/data/gpt4fh"))
    ap.add_argument("--boot", type=int, default=1000, help="bootstrap resamples")
    ap.add_argument("--min-severity", default="warning", help="count findings at this severity and above")
    ap.add_argument(
        "--half",
        choices=("dev", "test", "all", "each", "dev-a", "dev-b", "dev-split"),
        default="each",
        help="which releases: the development half, the test half, all, or each in turn (default); "
        "dev-a or dev-b, an inner half of the development half, or dev-split: dev, dev-a and dev-b in turn",
    )
    ap.add_argument(
        "--by-rule",
        action="store_true",
        help="also print, per half, the releases each rule fires on and the share rated unsatisfactory",
    )
    args = ap.parse_args(argv)
    reviews = load_reviews(Path(args.gpt4fh))
    min_severity = Severity.parse(args.min_severity)
    arts = load_articles(Path(args.fakehealth), reviews, min_severity)
    words = sum(a.words for a in arts)
    print(
        f"HealthNewsReview.org criteria for {len(reviews)} releases (ashwani227/gpt4AnalysisFakeHealth, "
        f'"Review" column); {len(arts)} linted ({words} words); CL findings at {min_severity}+'
    )
    hype = frozenset(
        {
            "CL101",
            "CL102",
            "CL103",
            "CL104",
            "CL105",
            "CL110",
            "CL111",
            "CL112",
            "CL113",
            "CL114",
            "CL117",
            "CL119",
            "CL121",
            "CL122",
            "CL124",
            "CL131",
            "CL134",
        }
    )
    evidence = frozenset(
        {"CL106", "CL107", "CL108", "CL115", "CL116", "CL118", "CL120", "CL123", "CL130", "CL132", "CL133"}
    )
    halves = {"each": ("dev", "test", "all"), "dev-split": ("dev", "dev-a", "dev-b")}.get(
        args.half, (args.half,)
    )
    table: list[tuple[str, str, dict[str, str]]] = []
    for half in halves:
        subset = [a for a in arts if in_half(a.article_id, half)]
        print(f"\n===== {half}: {len(subset)} releases =====")
        for outcome, rules, label in (
            (
                SENSATIONAL,
                hype,
                "hype and harm rules CL101-CL105, CL110-CL114, CL117, CL119, CL121, CL122, CL124, CL131, CL134",
            ),
            (SENSATIONAL, None, "all CL rules"),
            (
                EVIDENCE,
                evidence,
                "evidence rules CL106-CL108, CL115, CL116, CL118, CL120, CL123, CL130, CL132, CL133",
            ),
            (EVIDENCE, None, "all CL rules"),
            ("stars", None, "all CL rules; derived stars < 3 vs >= 3"),
        ):
            print(f"\n[{half}: {label}]")
            summary: dict[str, str] = {}
            for row in evaluate(subset, outcome, rules, args.boot, summary):
                print(row)
            table.append((half, f"{outcome.split(',')[0][:26]} / {label.split(' ')[0]}", summary))
        if args.by_rule:
            print(f"\n[{half}: by rule]")
            for outcome in (SENSATIONAL, EVIDENCE):
                for row in by_rule(subset, outcome):
                    print(row)
    print("\nSummary (AUC [bootstrap 95%]; n (unsatisfactory)):")
    print(f"{'half':5} {'outcome / rules':38} {'n':11} {'length-stratified':24} logistic+length, out-of-fold")
    for half, name, summ in table:
        print(
            f"{half:5} {name:38} {summ.get('n', ''):11} {summ.get('stratified', ''):24} {summ.get('logistic', '')}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
