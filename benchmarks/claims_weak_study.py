"""The reviewers' commonest complaint, read per claim: a headline or opening promising a benefit from a
weak study whose weakness the text does not state, against the HealthNewsReview.org answers.

For each development-half release (``claims_review.half_of``; the test half is never loaded) this
reads, with the code CL124 itself uses:

- the claim: a benefit promised in the headline or the first two sentences (``medlint.rules.claims._main_statement.promised``),
  and whether they name the stage themselves ("in mice", "a small study");
- the study's kind anywhere in the article: early research as CL124 reads it (animals, cells, pilot,
  phase 1, a size under 50 ...), a conference presentation (``evidence.sources``), an observational
  design (``evidence.causal.names_observational_design``), a randomised trial in people;
- the caveat: any limitation stated anywhere (``evidence.sources.states_limitations``).

It prints the share rated unsatisfactory on language and on evidence for each combination, then
what adding one finding to each release a candidate reading selects would do to the length-stratified
AUC of ``claims_review`` in the two inner halves (dev-a, dev-b): as a per-claim hype finding, and as
an article-level evidence signal. A reading worth building must help both inner halves.

    python benchmarks/claims_weak_study.py [--fakehealth DIR] [--gpt4fh DIR]
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import claims_review as cr  # noqa: E402
from benchmarks.realworld import fakehealth_data  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.document import HEADING, Document  # noqa: E402
from medlint.evidence.causal import NEGATION, TRIAL_REPORTED, names_observational_design  # noqa: E402
from medlint.evidence.doc_kind import is_press_release, is_reporting  # noqa: E402
from medlint.evidence.sources import article_sources, states_limitations  # noqa: E402
from medlint.formats import load_document  # noqa: E402
from medlint.rules.claims import CL124  # noqa: E402
from medlint.rules.claims import _main_statement as release  # noqa: E402
from medlint.rules.claims._shared import has_headline  # noqa: E402

HYPE = frozenset(
    "CL101 CL102 CL103 CL104 CL105 CL110 CL111 CL112 CL113 CL114 CL117 CL119 CL121 CL122 CL124".split()
)
EVIDENCE = frozenset("CL106 CL107 CL108 CL115 CL116 CL118 CL120 CL123 CL130".split())
Features = dict[str, bool]


def read(doc: Document) -> Features:
    """The claim, the study's kind and the caveat of one release, as CL124 reads them."""
    prose = doc.prose
    spans: list[tuple[int, int]] = []
    body_start = 0
    stage = False
    if has_headline(doc):
        head = doc.blocks[0]
        stage = bool(
            release.EARLY.search(prose, head.start, head.end)
            or CL124._STAGE_NAMED.search(prose, head.start, head.end)
        )
        spans.append((head.start, head.end))
        body_start = head.end
    lead = [s for s in doc.sentences if s.start >= body_start and doc.blocks[s.block].kind != HEADING][:2]
    if lead:
        spans.append((lead[0].start, lead[-1].end))
    promise = False
    for start, end in spans:
        if NEGATION.search(prose, start, end):
            continue
        if release.EARLY.search(prose, start, end):
            stage = True
            continue
        if any(
            release.promised(doc, start, end, m) for m in release.LEAD_BENEFIT.finditer(prose, start, end)
        ):
            promise = True
            break
    kinds = {kind for _, _, kind in article_sources(doc)}
    return {
        "news": is_reporting(doc) or is_press_release(doc),
        "promise": promise and not stage,
        "stage": stage,
        "early": release.EARLY.search(prose, body_start) is not None,
        "conference": "conference" in kinds,
        "journal": "journal" in kinds,
        "observational": names_observational_design(prose, doc.lower) and not TRIAL_REPORTED.search(prose),
        "rct": CL124._human_trial(doc),
        "limitation": states_limitations(doc),
    }


CANDIDATES: dict[str, Callable[[Features], bool]] = {
    "conference presentation": lambda f: f["conference"] and not f["rct"],
    "conference, no journal": lambda f: f["conference"] and not f["journal"] and not f["rct"],
    "conference, no limitation": lambda f: f["conference"] and not f["rct"] and not f["limitation"],
    "observational design": lambda f: f["observational"],
    "observational, no limitation": lambda f: f["observational"] and not f["limitation"],
    "early research (CL124's reading)": lambda f: f["early"] and not f["rct"],
    "any weak study, no limitation": lambda f: (
        (f["early"] or f["conference"] or f["observational"]) and not f["rct"] and not f["limitation"]
    ),
    "no randomised trial, no limitation": lambda f: not f["rct"] and not f["limitation"],
}


def stratified(arts: list[cr.Article], outcome: str, rules: frozenset[str], half: str) -> str:
    summary: dict[str, str] = {}
    cr.evaluate([a for a in arts if cr.in_half(a.article_id, half)], outcome, rules, 2, summary)
    return summary["stratified"].split()[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fakehealth", default=os.environ.get("FAKEHEALTH", "/work/data/FakeHealth"))
    ap.add_argument("--gpt4fh", default=os.environ.get("GPT4FH", "/work/data/gpt4fh"))
    args = ap.parse_args(argv)
    fakehealth = Path(args.fakehealth)
    reviews = {k: v for k, v in cr.load_reviews(Path(args.gpt4fh)).items() if cr.half_of(k) == "dev"}
    arts = cr.load_articles(fakehealth, reviews, Severity.INFO)
    feats: dict[str, Features] = {}
    for a in arts:
        text = fakehealth_data.load_article(fakehealth, f"HealthRelease/{a.article_id}")
        feats[a.article_id] = read(load_document(text, "text", None, None))

    def label(a: cr.Article, outcome: str) -> int | None:
        v = a.criterion(outcome)
        return None if v not in ("Satisfactory", "Not Satisfactory") else int(v == "Not Satisfactory")

    print(f"{len(arts)} development releases; unsatisfactory / rated, by what the headline and opening claim")
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for a in arts:
        f = feats[a.article_id]
        key = (
            "not news"
            if not f["news"]
            else " ".join(k for k in ("promise", "stage", "early", "rct", "limitation") if f[k]) or "(none)"
        )
        for i, outcome in ((0, cr.SENSATIONAL), (2, cr.EVIDENCE)):
            y = label(a, outcome)
            if y is not None:
                table[key][i] += y
                table[key][i + 1] += 1
    for key, (lu, ln, eu, en) in sorted(table.items()):
        print(f"  {key:36} language {lu:3}/{ln:3}   evidence {eu:3}/{en:3}")

    base = {
        (o, h): stratified(arts, o, r, h)
        for o, r in ((cr.SENSATIONAL, HYPE), (cr.EVIDENCE, EVIDENCE))
        for h in ("dev-a", "dev-b")
    }
    print("\nA finding added to each release with a promise (stage not named) and the reading below;")
    print(
        "length-stratified AUC dev-a / dev-b (base: language " + f"{base[(cr.SENSATIONAL, 'dev-a')]} / "
        f"{base[(cr.SENSATIONAL, 'dev-b')]}, evidence {base[(cr.EVIDENCE, 'dev-a')]} / {base[(cr.EVIDENCE, 'dev-b')]})"
    )
    for name, cand in CANDIDATES.items():
        chosen = {k for k, f in feats.items() if f["news"] and f["promise"] and cand(f)}
        lang = [y for a in arts if a.article_id in chosen and (y := label(a, cr.SENSATIONAL)) is not None]
        evid = [y for a in arts if a.article_id in chosen and (y := label(a, cr.EVIDENCE)) is not None]
        as_hype = copy.deepcopy(arts)
        as_evidence = copy.deepcopy(arts)
        for a in as_hype:
            if a.article_id in chosen:
                a.per_claim["CL124"] = a.per_claim.get("CL124", 0) + 1
        for a in as_evidence:
            if a.article_id in chosen:
                a.article_level["WEAK"] = 1
        ev_rules = EVIDENCE | {"WEAK"}
        print(
            f"  {name:36} {len(chosen):3} releases; language {sum(lang)}/{len(lang)} -> "
            f"{stratified(as_hype, cr.SENSATIONAL, HYPE, 'dev-a')} / {stratified(as_hype, cr.SENSATIONAL, HYPE, 'dev-b')}"
            f"; evidence {sum(evid)}/{len(evid)} -> {stratified(as_evidence, cr.EVIDENCE, ev_rules, 'dev-a')} / "
            f"{stratified(as_evidence, cr.EVIDENCE, ev_rules, 'dev-b')}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
