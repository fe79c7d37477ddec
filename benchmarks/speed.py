"""Speed of medlint against proselint, measured in one run, printed as ratios.

    python benchmarks/speed.py              # everything (about two minutes on 2 cores)
    python benchmarks/speed.py --quick      # smaller corpora, for a smoke run
    python benchmarks/speed.py --per-rule   # also time each medlint rule inside a full run
    python benchmarks/speed.py --profile    # and print pyinstrument's call tree of the warm run

Both tools lint the same text: the articles of benchmarks/corpus/ and a large
corpus generated from them (at least 1,000,000 words, written to a temporary
folder, every copy made unique). No tool is timed on text it has already seen:
textstat's per-text caches are emptied before every timed pass. medlint runs its default rules without LanguageTool; proselint runs
its default checks with ``max_errors`` raised so it cannot stop early.
Reported: words per second (one process), the ratio; cold start of the two
commands on one 1,000-word file (median of several runs); throughput with one
process and with every core; peak memory; and time per word as one document
grows from 1k to 1M words, which must stay flat (no quadratic rule).
Nothing here is a test: the numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"
sys.path.insert(0, str(ROOT))


def corpus_texts() -> list[tuple[str, str]]:
    return [
        (p.name, p.read_text(encoding="utf-8"))
        for p in sorted(CORPUS.iterdir())
        if p.suffix in (".txt", ".md", ".html")
    ]


def words(text: str) -> int:
    return len(text.split())


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


def time_it(fn, *args) -> float:  # type: ignore[no-untyped-def]
    forget_seen_texts()
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def throughput(texts: list[tuple[str, str]], rounds: int = 3) -> tuple[float, float, int]:
    """(medlint seconds, proselint seconds, words) for the same texts, one process.

    The two tools take turns, ``rounds`` times, and each keeps its fastest
    round: a background hiccup then slows one round, not one tool.
    """
    from medlint.formats import detect_format

    linter = medlint_linter()
    # warm-up on every article of the set: lexicons, tables and regex caches load lazily, once
    # per process, and cold start is measured separately below
    for name, text in texts[:60]:
        linter.lint_text(text, detect_format(name), name)
        proselint_lint(text)
    total = sum(words(t) for _, t in texts)
    m_times, p_times = [], []
    for _ in range(rounds):
        m_times.append(time_it(lambda: [linter.lint_text(t, detect_format(n), n) for n, t in texts]))
        p_times.append(time_it(lambda: [proselint_lint(t) for _, t in texts]))
    return min(m_times), min(p_times), total


def forget_seen_texts() -> None:
    """Empty textstat's per-text result caches (128 entries per function).

    A real repository never lints the same text twice, but a benchmark that
    repeats its articles would have RD101's scores answered from those caches
    and time medlint on work it does not do. Called before every timed pass;
    proselint keeps no such cache.
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def unique(text: str, name: str, i: int) -> str:
    """``text`` with a numbered closing sentence, so that no two generated files are the same."""
    line = f"This copy is number {i} of the generated corpus."
    if name.endswith(".html"):
        at = text.rfind("</body>")
        at = len(text) if at == -1 else at
        return f"{text[:at]}<p>{line}</p>\n{text[at:]}"
    return f"{text.rstrip()}\n\n{line}\n"


def big_corpus(texts: list[tuple[str, str]], target_words: int, folder: Path) -> list[Path]:
    """The corpus articles, each copy made unique (``unique``), until ``target_words``."""
    paths = []
    n = 0
    i = 0
    while n < target_words:
        name, text = texts[i % len(texts)]
        text = unique(text, name, i)
        path = folder / f"{i:05d}-{name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        n += words(text)
        i += 1
    return paths


def cold_start(file: Path, runs: int) -> tuple[float, float]:
    """Median wall time of ``medlint check`` and ``proselint check`` on ``file``, in turns.

    Both run from compiled bytecode, as pip leaves an installed package:
    proselint's wheel is compiled at install, and medlint's source tree is
    compiled here first (with PYTHONDONTWRITEBYTECODE set, as on this machine,
    an editable checkout would otherwise recompile every module on every run).
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

    def once(cmd: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        return time.perf_counter() - start

    once(medlint_cmd), once(proselint_cmd)  # page cache and bytecode warm for both
    m_times, p_times = [], []
    for _ in range(runs):
        m_times.append(once(medlint_cmd))
        p_times.append(once(proselint_cmd))
    return statistics.median(m_times), statistics.median(p_times)


def parallel(paths: list[Path], jobs: int) -> float:
    from medlint.config import Config
    from medlint.linter import lint_paths

    forget_seen_texts()
    start = time.perf_counter()
    lint_paths(paths, Config(), jobs=jobs)
    return time.perf_counter() - start


def scaling(texts: list[tuple[str, str]], sizes: list[int]) -> list[tuple[int, float]]:
    """(words, seconds) for one document of each size, made of the plain-text articles.

    Short documents take the best of seven runs and the 100,000-word one the
    best of three (a single short run is at the mercy of the machine); the
    1M-word document runs once.
    """
    linter = medlint_linter()
    base = "\n\n".join(t for n, t in texts if n.endswith(".txt"))
    linter.lint_text(base, "text")  # lexicons and lazy patterns load here, not in the first size
    out = []
    for size in sizes:
        reps = max(1, size // max(1, words(base)))
        doc = "\n\n".join([base] * reps)
        runs = 7 if size <= 10_000 else 3 if size <= 100_000 else 1
        out.append((words(doc), min(time_it(linter.lint_text, doc, "text") for _ in range(runs))))
    return out


def per_rule(texts: list[tuple[str, str]], passes: int = 10) -> tuple[float, list[tuple[float, str]]]:
    """(document loading, [(time, rule code)]) per pass over the texts, all rules enabled.

    Each rule's ``check`` is timed inside a normal run, so shared per-document
    work (words, sentences, the word index, citations) is charged to the first
    rule that asks for it, as it is in real use.
    """
    from medlint.formats import detect_format, load_document

    linter = medlint_linter()
    for name, text in texts:
        linter.lint_text(text, detect_format(name), name)
    spent: dict[str, float] = {}
    for rule in linter.rules:
        check = rule.check

        def timed(doc, check=check, code=rule.code):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            out = list(check(doc))
            spent[code] = spent.get(code, 0.0) + time.perf_counter() - start
            return out

        rule.check = timed  # type: ignore[method-assign]
    loading = 0.0
    for _ in range(passes):
        forget_seen_texts()
        for name, text in texts:
            start = time.perf_counter()
            doc = load_document(text, detect_format(name), name)
            loading += time.perf_counter() - start
            linter.lint_document(doc)
    return loading / passes, sorted(((t / passes, c) for c, t in spent.items()), reverse=True)


def profile(texts: list[tuple[str, str]]) -> None:
    """pyinstrument's call tree of linting the corpus articles 20 times (warm)."""
    from pyinstrument import Profiler

    from medlint.formats import detect_format

    linter = medlint_linter()
    for name, text in texts:
        linter.lint_text(text, detect_format(name), name)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(20):
            forget_seen_texts()
            for name, text in texts:
                linter.lint_text(text, detect_format(name), name)
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpora (smoke run)")
    ap.add_argument("--per-rule", action="store_true", help="time each rule inside a full run")
    ap.add_argument("--profile", action="store_true", help="print pyinstrument's profile of the warm run")
    args = ap.parse_args()
    try:
        import proselint  # noqa: F401
    except ImportError:
        print("proselint is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    texts = corpus_texts()
    target = 100_000 if args.quick else 1_000_000
    cpus = os.cpu_count() or 1
    print(
        f"machine: {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}, {platform.system()}"
    )

    m, p, n = throughput(texts)
    print(f"corpus articles ({len(texts)} files, {n:,} words), one process, best of 3 alternating rounds:")
    print(f"  medlint   {n / m:10,.0f} words/s")
    print(f"  proselint {n / p:10,.0f} words/s")
    print(f"  ratio medlint/proselint: {p / m:.2f}x")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = big_corpus(texts, target, folder)
        big = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
        m, p, n = throughput(big, rounds=2)
        print(
            f"generated corpus ({len(paths)} files, {n:,} words), one process, best of 2 alternating rounds:"
        )
        print(f"  medlint   {n / m:10,.0f} words/s   proselint {n / p:10,.0f} words/s   ratio {p / m:.2f}x")

        t1 = parallel(paths, 1)
        tn = parallel(paths, cpus)
        print(
            f"medlint lint_paths on {len(paths)} files: 1 process {n / t1:,.0f} words/s, "
            f"{cpus} processes {n / tn:,.0f} words/s (speed-up {t1 / tn:.2f}x)"
        )

        one_k = folder / "one-k.md"
        one_k_text = ""
        for _, t in texts:
            if words(one_k_text) >= 1000:
                break
            one_k_text += t + "\n\n"
        one_k.write_text(" ".join(one_k_text.split(" ")[: 1000 * 6]), encoding="utf-8")
        runs = 3 if args.quick else 11
        mc, pc = cold_start(one_k, runs)
        print(
            f"cold start on one {words(one_k.read_text()):,}-word file (median of {runs}): "
            f"medlint {mc:.2f}s, proselint {pc:.2f}s, ratio {mc / pc:.2f}x"
        )

    sizes = [1_000, 10_000, 100_000] if args.quick else [1_000, 10_000, 100_000, 1_000_000]
    print("scaling, one document (time per 1,000 words should stay flat; best of 7, 7, 3 and 1 runs):")
    rows = scaling(texts, sizes)
    base_rate = rows[0][1] / rows[0][0]
    for n, t in rows:
        rate = t / n
        print(
            f"  {n:>9,} words  {t:7.2f}s  {1000 * rate * 1000:6.2f} ms/1k words  ({rate / base_rate:.2f}x the 1k rate)"
        )

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory of this process: {peak_kb / 1024:.0f} MB")

    if args.per_rule:
        loading, rules = per_rule(texts)
        print("time per pass over the corpus articles, all rules on (slowest first):")
        print(f"  loading documents  {1000 * loading:6.2f} ms")
        for t, code in rules[:15]:
            print(f"  {code:17}  {1000 * t:6.2f} ms")
        print(f"  ({len(rules) - 15} more rules, {1000 * sum(t for t, _ in rules[15:]):.2f} ms together)")
    if args.profile:
        profile(texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
