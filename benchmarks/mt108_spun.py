"""MT108 (grammar-pattern) on spun copies of held-out MedQuAD answers, against the originals.

    python benchmarks/mt108_spun.py [--answers 1500]

A thesaurus spinner swaps one word of every medical term and about one content
word in eight, leaving the articles and determiners around them as they were
("an illness" becomes "an sickness"). This lints the first ``--answers``
held-out MedQuAD answers (``scripts/data_splits.py``) before and after
spinning them with ``benchmarks/spinning.py``'s spinner (medlint's own
construction on the LibreOffice English thesaurus, Debian ``mythes-en-us``; not
a real spinning tool) and prints MT108's warnings per 1,000 words and the share
of answers with one, by pattern. MedQuAD: Ben Abacha and Demner-Fushman 2019,
CC BY 4.0.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--answers", type=int, default=1500, help="held-out answers to spin and lint")
    args = ap.parse_args()

    import spinning
    from build_spun_terms import clean_term

    from medlint.formats import load_document
    from medlint.rules.translation.MT108 import GrammarPattern

    if not spinning.MYTHES.exists():
        print(f"{spinning.MYTHES} not found (apt-get install mythes-en-us)")
        return 1
    thesaurus = spinning.read_thesaurus(spinning.MYTHES)
    general = spinning.spinner_terms()
    rng = random.Random(13)
    rule = GrammarPattern()
    answers = spinning.heldout_answers()[: args.answers]
    found: Counter[str] = Counter()
    words: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    examples: list[str] = []
    for answer in answers:
        own = [t for t in answer.terms if clean_term(t)]
        spun, _ = spinning.spin(answer.answer, own + general, thesaurus, rng)
        for kind, text in (("original", answer.answer), ("spun", spun)):
            doc = load_document(text, "markdown")
            warnings = [f for f in rule.check(doc) if f.severity is None]
            words[kind] += doc.word_count
            flagged[kind] += bool(warnings)
            for f in warnings:
                found[kind] += 1
                found[f"{kind} {f.data['pattern']}"] += 1
                if kind == "spun" and len(examples) < 8:
                    examples.append(doc.prose[max(0, f.start - 20) : f.end + 15].replace("\n", " "))
    for kind in ("original", "spun"):
        patterns = {k.split(" ", 1)[1]: v for k, v in sorted(found.items()) if k.startswith(kind + " ")}
        print(
            f"{kind}: {len(answers)} answers, {words[kind]:,} words, {found[kind]} MT108 warnings = "
            f"{1000 * found[kind] / max(1, words[kind]):.3f} per 1,000 words; answers with one: "
            f"{flagged[kind]} ({100 * flagged[kind] / max(1, len(answers)):.1f}%); by pattern {patterns}"
        )
    print("spun examples: " + " | ".join(examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
