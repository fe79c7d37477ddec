"""Do optimisations leave medlint's findings unchanged? Compares JSON reports against a saved baseline.

    python benchmarks/parity.py --save     # before changing anything: write the baseline
    python benchmarks/parity.py            # after each change: compare with it (exit 1 on a difference)

The texts: ``examples/``; a fixed sample of MedQuAD answers (every 17th answer
with text, in file order, the first 300; MedQuAD, Ben Abacha and
Demner-Fushman 2019, CC BY 4.0), each written as Markdown ``# question`` +
answer; the first 50 FakeHealth HealthStory articles (sorted file names) as
plain text, title + blank line + text, read from a local checkout of
EnyanDai/FakeHealth (``--fakehealth DIR`` or ``$FAKEHEALTH_DIR``, default
/work/data/FakeHealth; ``git clone https://github.com/EnyanDai/FakeHealth``).
Nothing third-party is committed: the texts are written under ``--work``
(default /tmp/medlint-parity), beside the baseline.

Each corpus is linted twice in fresh ``medlint check`` processes: with the
default rules and with ``--select ALL`` (opt-in rules too), ``--isolated``
except for ``examples/``, which is linted with its own configuration
discovery as a user would. Findings are compared in full (code, span,
message, suggestions, fix, data); only the run's own temp path is
normalised.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "medquad.jsonl"
DEFAULT_FAKEHEALTH = Path("/work/data/FakeHealth")


def write_medquad(src: Path, out: Path, n: int = 300, stride: int = 17) -> None:
    out.mkdir(parents=True, exist_ok=True)
    k = written = 0
    with src.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for j, qa in enumerate(doc["qa"]):
                answer = (qa.get("answer") or "").strip()
                if not answer:
                    continue
                k += 1
                if k % stride:
                    continue
                question = " ".join(qa["question"].replace(" ?", "?").split())
                (out / f"mq{doc['id']}-{j}.md").write_text(f"# {question}\n\n{answer}\n", encoding="utf-8")
                written += 1
                if written == n:
                    return
    raise SystemExit(f"only {written} MedQuAD answers in {src}")


def write_fakehealth(checkout: Path, out: Path, n: int = 50) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = sorted((checkout / "dataset" / "content" / "HealthStory").glob("*.json"))[:n]
    if len(files) < n:
        raise SystemExit(f"fewer than {n} HealthStory articles under {checkout}")
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        text = f"{doc.get('title') or ''}\n\n{doc.get('text') or ''}\n"
        (out / f"{f.stem}.txt").write_text(text, encoding="utf-8")


def lint(target: Path, select_all: bool, isolated: bool, cwd: Path) -> list[dict[str, object]]:
    cmd = [sys.executable, "-m", "medlint", "check", "--format", "json", "--exit-zero", "--jobs", "1"]
    if isolated:
        cmd.append("--isolated")
    if select_all:
        cmd += ["--select", "ALL"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([*cmd, str(target)], capture_output=True, text=True, cwd=cwd, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} {target} failed ({out.returncode}):\n{out.stderr}")
    report = json.loads(out.stdout)
    diags: list[dict[str, object]] = report["diagnostics"]
    for d in diags:
        d["path"] = os.path.relpath(str(d["path"]), target) if os.path.isabs(str(d["path"])) else d["path"]
    return diags


def run_all(work: Path) -> dict[str, list[dict[str, object]]]:
    runs: dict[str, list[dict[str, object]]] = {}
    corpora = [
        ("examples", ROOT / "examples", False, ROOT),
        ("medquad", work / "medquad", True, work),
        ("fakehealth", work / "fakehealth", True, work),
    ]
    for name, target, isolated, cwd in corpora:
        for select_all in (False, True):
            key = f"{name}{' --select ALL' if select_all else ''}"
            runs[key] = lint(target if name != "examples" else Path("examples"), select_all, isolated, cwd)
    return runs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    ap.add_argument("--work", type=Path, default=Path("/tmp/medlint-parity"), help="texts and baseline")
    ap.add_argument("--medquad", type=Path, default=Path(os.environ.get("MEDQUAD_JSONL", DEFAULT_MEDQUAD)))
    ap.add_argument(
        "--fakehealth", type=Path, default=Path(os.environ.get("FAKEHEALTH_DIR", DEFAULT_FAKEHEALTH))
    )
    args = ap.parse_args()
    work: Path = args.work
    baseline = work / "baseline.json"
    if args.save or not (work / "medquad").is_dir():
        write_medquad(args.medquad, work / "medquad")
        write_fakehealth(args.fakehealth, work / "fakehealth")
    runs = run_all(work)
    if args.save:
        baseline.write_text(json.dumps(runs, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        for key, diags in runs.items():
            print(f"{key}: {len(diags)} findings saved")
        print(f"baseline: {baseline}")
        return 0
    if not baseline.is_file():
        print(f"no baseline at {baseline}: run with --save first (on the code to compare against)")
        return 2
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    same = True
    for key, diags in runs.items():
        old = saved.get(key)
        files = len({d["path"] for d in diags} | {d["path"] for d in old or []})
        if old == diags:
            print(f"{key}: identical ({len(diags)} findings in {files} files)")
            continue
        same = False
        old_set = {json.dumps(d, sort_keys=True) for d in old or []}
        new_set = {json.dumps(d, sort_keys=True) for d in diags}
        print(f"{key}: DIFFERENT ({len(old or [])} findings before, {len(diags)} now)")
        for d in sorted(old_set - new_set)[:5]:
            print(f"  - {d[:300]}")
        for d in sorted(new_set - old_set)[:5]:
            print(f"  + {d[:300]}")
        if old_set == new_set:
            print("  (same findings, different order)")
    n_files = len(list((work / "medquad").iterdir())) + len(list((work / "fakehealth").iterdir()))
    print(f"{'identical' if same else 'NOT identical'}: examples/ + {n_files} corpus files, default and ALL")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
