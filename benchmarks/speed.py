"""Speed and memory of medlint against proselint, measured in one run, printed as ratios.

    python benchmarks/speed.py              # everything (a few minutes on 2 cores)
    python benchmarks/speed.py --quick      # smaller samples, for a smoke run
    python benchmarks/speed.py --per-rule   # also time each medlint rule inside a full run
    python benchmarks/speed.py --profile    # and print pyinstrument's call tree of a run

The text is real and distinct: MedQuAD answers (NIH and CDC consumer-health
pages; MedQuAD, Ben Abacha and Demner-Fushman 2019, CC BY 4.0), each linted
as Markdown ``# <question>`` + answer, read from
``../shared/data/medquad/medquad.jsonl`` or ``--data PATH`` / ``$MEDQUAD_JSONL``.
The answers are dealt out in file order into disjoint slices, one per
measurement and round, so no tool is ever timed on a text it (or anything in
its process) has seen before: no repeated copies, no caches to empty. Both
tools lint the same slice in a round.

medlint runs its default rules without LanguageTool; proselint runs its
default checks with ``max_errors`` raised so it cannot stop early. Reported:
words per CPU second in one process and the ratio (an untimed warm-up round,
then three timed rounds, each on its own slice, the tools taking turns; the
ratio of each round is printed too, its minimum, median and maximum saying how
stable the run was); cold start of the two commands on one
~1,000-word file (median of several runs); throughput with one process and
with every core (wall time); time per word (CPU) as one document grows from 1k to 1M words
(distinct answers concatenated; must stay flat); peak memory (maximum
resident set) of ``medlint check`` on the 1M-word document, in a process of
its own. Nothing here is a test: numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "medquad" / "medquad.jsonl"
sys.path.insert(0, str(ROOT))

Text = tuple[str, str]  # (file name, Markdown text)


def words(text: str) -> int:
    return len(text.split())


def medquad_articles(path: Path) -> Iterator[Text]:
    """Every MedQuAD answer with text, as a Markdown article, in file order."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for k, qa in enumerate(doc["qa"]):
                answer = (qa.get("answer") or "").strip()
                if answer:
                    question = " ".join(qa["question"].replace(" ?", "?").split())
                    yield f"mq{doc['id']}-{k}.md", f"# {question}\n\n{answer}\n"


class Dealer:
    """Hands out disjoint slices of the articles: every text is used once in the run."""

    def __init__(self, articles: Iterator[Text]) -> None:
        self._articles = articles

    def take(self, n_words: int) -> list[Text]:
        out: list[Text] = []
        total = 0
        for name, text in self._articles:
            out.append((name, text))
            total += words(text)
            if total >= n_words:
                return out
        raise SystemExit(f"MedQuAD ran out of distinct text ({total:,} words short of {n_words:,})")


def proselint_lint(text: str) -> int:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:  # type: ignore[attr-defined]
        registry.register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}
    return len(LintFile("bench.md", text).lint(config))  # type: ignore[arg-type]


def medlint_linter():  # type: ignore[no-untyped-def]
    from medlint.config import Config
    from medlint.linter import Linter

    return Linter(Config())


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of ``fn(*args)`` in this process: both tools are single-threaded, and on a
    shared machine wall time also counts whatever else ran meanwhile."""
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


class Rounds:
    """CPU seconds and words of each timed round, and the medlint/proselint ratio of each."""

    def __init__(self) -> None:
        self.medlint: list[float] = []
        self.proselint: list[float] = []
        self.words: list[int] = []

    def add(self, m: float, p: float, n: int) -> None:
        self.medlint.append(m)
        self.proselint.append(p)
        self.words.append(n)

    @property
    def ratios(self) -> list[float]:
        """Each round's ratio of words per CPU second, medlint over proselint."""
        return [p / m for m, p in zip(self.medlint, self.proselint, strict=True)]

    def totals(self) -> tuple[float, float, int]:
        return sum(self.medlint), sum(self.proselint), sum(self.words)


def throughput(dealer: Dealer, warm_words: int, round_words: int, rounds: int) -> Rounds:
    """Each timed round's seconds for both tools and its words, in one process.

    Both tools first lint a warm-up round of ``warm_words`` on a slice of its
    own, untimed: lexicons, tables and lazy patterns load once per process,
    and medlint's start-up cache (``medlint/cache.py``) derives the entries
    of patterns this text first reaches, which the first run of a new code
    version would otherwise pay inside the first timed round (cold start is
    measured on its own below). Each round then deals a fresh slice that both
    tools lint once, taking turns at going first, so both are timed on
    exactly the same text and no text is seen twice.
    """
    linter = medlint_linter()
    for name, text in dealer.take(warm_words):
        linter.lint_text(text, "markdown", name)
        proselint_lint(text)
    out = Rounds()
    for r in range(rounds):
        texts = dealer.take(round_words)
        n = sum(words(t) for _, t in texts)

        def run_medlint(texts: list[Text] = texts) -> None:
            for name, text in texts:
                linter.lint_text(text, "markdown", name)

        def run_proselint(texts: list[Text] = texts) -> None:
            for _, text in texts:
                proselint_lint(text)

        order = (run_medlint, run_proselint) if r % 2 == 0 else (run_proselint, run_medlint)
        spent = {fn.__name__: timed(fn) for fn in order}
        out.add(spent["run_medlint"], spent["run_proselint"], n)
    return out


def write_files(texts: list[Text], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def cold_start(file: Path, runs: int) -> tuple[float, float, float]:
    """Median wall time of ``medlint check`` and ``proselint check`` on ``file``, in turns, and of
    ``medlint check`` with its start-up cache off.

    Both run from compiled bytecode, as pip leaves an installed package:
    proselint's wheel is compiled at install, and medlint's source tree is
    compiled here first (with PYTHONDONTWRITEBYTECODE set, as on this machine,
    an editable checkout would otherwise recompile every module on every run).
    medlint's start-up cache (``medlint/cache.py``: regex programs, parsed
    packs, probes, in the user's cache folder) is filled by the warm-up run,
    as by any earlier run of the same medlint; ``MEDLINT_NO_CACHE=1`` is the
    first run after an install or upgrade.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "medlint"), quiet=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    medlint_cmd = [
        sys.executable,
        "-m",
        "medlint",
        "check",
        "--quiet",
        "--isolated",
        "--exit-zero",
        str(file),
    ]
    proselint_bin = shutil.which("proselint", path=os.path.dirname(sys.executable)) or "proselint"
    proselint_cmd = [proselint_bin, "check", str(file)]

    def once(cmd: list[str], extra: dict[str, str] | None = None) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env={**env, **(extra or {})}, check=False)
        return time.perf_counter() - start

    once(medlint_cmd), once(proselint_cmd)  # page cache and bytecode warm for both
    m_times, p_times, n_times = [], [], []
    for _ in range(runs):
        m_times.append(once(medlint_cmd))
        p_times.append(once(proselint_cmd))
        n_times.append(once(medlint_cmd, {"MEDLINT_NO_CACHE": "1"}))
    return statistics.median(m_times), statistics.median(p_times), statistics.median(n_times)


def parallel(paths: list[Path], jobs: int) -> float:
    from medlint.config import Config
    from medlint.linter import lint_paths

    start = time.perf_counter()
    lint_paths(paths, Config(), jobs=jobs)
    return time.perf_counter() - start


def one_document(dealer: Dealer, size: int) -> str:
    """A plain-text document of at least ``size`` words: distinct answers, blank-line separated."""
    return "\n\n".join(text for _, text in dealer.take(size))


def scaling(dealer: Dealer, sizes: list[int]) -> list[tuple[int, float]]:
    """(words, seconds) for one document of each size, each made of answers not seen before."""
    linter = medlint_linter()
    linter.lint_text(one_document(dealer, 2_000), "markdown")  # lexicons and lazy patterns load here
    out = []
    for size in sizes:
        doc = one_document(dealer, size)
        out.append((words(doc), timed(linter.lint_text, doc, "markdown")))
    return out


def peak_memory(file: Path) -> float:
    """Maximum resident set, in MB, of ``medlint check --jobs 1`` on ``file``, in a process of
    its own that reports its own peak (the report itself goes to the null device)."""
    args = ["check", "--quiet", "--isolated", "--exit-zero", "--jobs", "1", "-o", os.devnull, str(file)]
    code = (
        "import resource, sys\n"
        "from medlint.cli import main\n"
        f"sys.argv = ['medlint', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def per_rule(texts: list[Text]) -> tuple[float, list[tuple[float, str]]]:
    """(document loading, [(time, rule code)]) in seconds for one pass over ``texts``.

    Each rule's ``check`` is timed inside a normal run, so shared per-document
    work (words, sentences, the word index, citations) is charged to the first
    rule that asks for it, as it is in real use.
    """
    from medlint.formats import load_document

    linter = medlint_linter()
    spent: dict[str, float] = {}
    for rule in linter.rules:
        check = rule.check

        def timed_check(doc, check=check, code=rule.code):  # type: ignore[no-untyped-def]
            start = time.process_time()
            out = list(check(doc))
            spent[code] = spent.get(code, 0.0) + time.process_time() - start
            return out

        rule.check = timed_check  # type: ignore[method-assign]
    loading = 0.0
    for name, text in texts:
        start = time.process_time()
        doc = load_document(text, "markdown", name)
        loading += time.process_time() - start
        linter.lint_document(doc)
    return loading, sorted(((t, c) for c, t in spent.items()), reverse=True)


def profile(texts: list[Text]) -> None:
    """pyinstrument's call tree of linting ``texts`` once."""
    from pyinstrument import Profiler

    linter = medlint_linter()
    profiler = Profiler(interval=0.0005)
    with profiler:
        for name, text in texts:
            linter.lint_text(text, "markdown", name)
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small samples (smoke run)")
    ap.add_argument("--per-rule", action="store_true", help="time each rule inside a full run")
    ap.add_argument("--profile", action="store_true", help="print pyinstrument's profile of a run")
    ap.add_argument("--rounds", type=int, default=3, help="timed throughput rounds (default 3)")
    ap.add_argument(
        "--data", type=Path, help="medquad.jsonl (default ../shared/data/medquad/ or $MEDQUAD_JSONL)"
    )
    args = ap.parse_args()
    try:
        import proselint  # noqa: F401
    except ImportError:
        print("proselint is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    data = args.data or Path(os.environ.get("MEDQUAD_JSONL", DEFAULT_DATA))
    if not data.is_file():
        print(f"{data} not found: pass --data or set MEDQUAD_JSONL", file=sys.stderr)
        return 2
    dealer = Dealer(medquad_articles(data))
    quick = args.quick
    cpus = os.cpu_count() or 1
    print(
        f"machine: {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}, {platform.system()}"
    )
    print("text: distinct MedQuAD answers (Ben Abacha and Demner-Fushman 2019), each used once")

    round_words = 20_000 if quick else 100_000
    rounds = throughput(dealer, round_words, round_words, args.rounds)
    m, p, n = rounds.totals()
    print(
        f"one process, default rules, a warm-up round then {args.rounds} timed rounds of "
        f"~{round_words:,} new words each ({n:,} words timed):"
    )
    print(f"  medlint   {n / m:10,.0f} words per CPU second")
    print(f"  proselint {n / p:10,.0f} words per CPU second")
    print(f"  ratio medlint/proselint: {p / m:.2f}x")
    ratios = rounds.ratios
    print(
        f"  ratio by round: min {min(ratios):.2f}x, median {statistics.median(ratios):.2f}x, "
        f"max {max(ratios):.2f}x ({', '.join(f'{r:.2f}' for r in ratios)})"
    )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = dealer.take(40_000 if quick else 200_000)
        paths = write_files(files, folder / "articles")
        n = sum(words(t) for _, t in files)
        t1 = parallel(paths, 1)
        tn = parallel(paths, cpus)
        print(
            f"medlint lint_paths on {len(paths)} files ({n:,} words): 1 process {n / t1:,.0f} words/s, "
            f"{cpus} processes {n / tn:,.0f} words/s (speed-up {t1 / tn:.2f}x)"
        )

        one_k = write_files([("one-k.md", one_document(dealer, 1000))], folder)[0]
        runs = 3 if quick else 11
        mc, pc, nc = cold_start(one_k, runs)
        print(
            f"cold start on one {words(one_k.read_text(encoding='utf-8')):,}-word file (median of {runs}): "
            f"medlint {mc:.2f}s, proselint {pc:.2f}s, ratio {mc / pc:.2f}x "
            f"(without medlint's start-up cache: {nc:.2f}s, {nc / pc:.2f}x)"
        )

        sizes = [1_000, 10_000, 100_000] if quick else [1_000, 10_000, 100_000, 1_000_000]
        print("scaling, one document of distinct answers (time per 1,000 words should stay flat):")
        rows = scaling(dealer, sizes[:-1])
        big = one_document(dealer, sizes[-1])
        big_file = write_files([("one-document.md", big)], folder)[0]
        linter = medlint_linter()
        rows.append((words(big), timed(linter.lint_text, big, "markdown")))
        base_rate = rows[0][1] / rows[0][0]
        for n, t in rows:
            rate = t / n
            print(
                f"  {n:>9,} words  {t:7.2f}s  {1000 * rate * 1000:6.2f} ms/1k words  "
                f"({rate / base_rate:.2f}x the 1k rate)"
            )
        del big, linter
        print(
            f"peak memory of medlint check --jobs 1 on the {rows[-1][0]:,}-word document: "
            f"{peak_memory(big_file):.0f} MB"
        )

    if args.per_rule:
        texts = dealer.take(20_000 if quick else 50_000)
        n = sum(words(t) for _, t in texts)
        loading, rules = per_rule(texts)
        print(f"time per 10,000 words ({n:,} new words, default rules; slowest first):")
        scale = 10_000 / n
        print(f"  loading documents  {1000 * loading * scale:6.1f} ms")
        for t, code in rules[:15]:
            print(f"  {code:17}  {1000 * t * scale:6.1f} ms")
        rest = sum(t for t, _ in rules[15:])
        print(f"  ({len(rules) - 15} more rules, {1000 * rest * scale:.1f} ms together)")
    if args.profile:
        profile(dealer.take(20_000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
