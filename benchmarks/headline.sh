#!/usr/bin/env bash
# Re-run the commands behind the README's "Benchmarks" table, one output file per row, so a session's end
# figures can be read off (and the start's compared) on a fresh machine.
#
#   bash benchmarks/headline.sh OUTDIR [mt|claims|pages|rest|speed|all]
#
# Data checkouts (never committed; see docs/benchmarks.md): FAKEHEALTH_DIR, GPT4FH, WMT22_DIR, RECOVERY_DIR,
# HEALTHFC_DIR, MONANT_DIR, TRAFILATURA_DIR, AEB_DIR, COCHRANE_PLS_DIR, MISINFO_CSV (defaults below are this project's machine).
# Groups run one after another; run two groups in parallel on two cores.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: headline.sh OUTDIR [group]}
GROUP=${2:-all}
PY=${PYTHON:-.venv/bin/python}
export PYTHONPATH=${PYTHONPATH:-.}
export FAKEHEALTH_DIR=${FAKEHEALTH_DIR:-/work/data/FakeHealth}
export GPT4FH=${GPT4FH:-/work/data/gpt4fh}
export WMT22_DIR=${WMT22_DIR:-/work/data/wmt22}
export RECOVERY_DIR=${RECOVERY_DIR:-/work/.mirror/FinlayDuff+Dissertation/repo}
export HEALTHFC_DIR=${HEALTHFC_DIR:-/work/.mirror/jvladika+HealthFC/repo}
export TRAFILATURA_DIR=${TRAFILATURA_DIR:-/work/data/trafilatura}
export AEB_DIR=${AEB_DIR:-/work/data/aeb}
MISINFO_CSV=${MISINFO_CSV:-/tmp/misinfo.csv}
mkdir -p "$OUT"

run() {  # run NAME CMD...: write NAME.txt, note the time taken and the exit code
    local name=$1
    shift
    local t0=$SECONDS
    "$@" >"$OUT/$name.txt" 2>"$OUT/$name.err"
    echo "$name rc=$? $((SECONDS - t0))s" | tee -a "$OUT/index.txt"
}

if [[ $GROUP == mt || $GROUP == all ]]; then
    run spinning "$PY" benchmarks/spinning.py
    run heldout_mt "$PY" benchmarks/heldout_mt.py
    run wmt22 "$PY" benchmarks/wmt22.py --wmt22 "$WMT22_DIR" --windows 200
    run wmt22_test "$PY" benchmarks/wmt22.py --wmt22 "$WMT22_DIR" --windows 200 --half test
fi
if [[ $GROUP == claims || $GROUP == all ]]; then
    run claims_review "$PY" benchmarks/claims_review.py --half each --min-severity info \
        --fakehealth "$FAKEHEALTH_DIR" --gpt4fh "$GPT4FH"
    run misinfo "$PY" benchmarks/misinfo_posts.py "$MISINFO_CSV" --half test \
        --verdicts-all benchmarks/realworld/misinfo_test_verdicts.tsv
    run monant "$PY" benchmarks/realworld/monant.py --half test
    run monant_claims "$PY" benchmarks/monant_claims.py --half test --no-pages
    run recovery "$PY" benchmarks/realworld/recovery.py --half test --recovery "$RECOVERY_DIR"
    run healthfc "$PY" benchmarks/realworld/healthfc.py --half test --jobs 1 --healthfc "$HEALTHFC_DIR"
fi
if [[ $GROUP == pages || $GROUP == all ]]; then
    run pages_traf "$PY" benchmarks/html_pages.py --trafilatura "$TRAFILATURA_DIR" --half test --sample 60 \
        --min-severity warning --verdicts benchmarks/realworld/trafilatura_test_warning_verdicts.tsv
    run pages_traf_rest "$PY" benchmarks/html_pages.py --trafilatura "$TRAFILATURA_DIR" --half test \
        --sample 60 --rest --min-severity warning --verdicts benchmarks/realworld/trafilatura_test_rest_warning_verdicts.tsv
    run pages_aeb "$PY" benchmarks/html_pages.py --aeb --half test --min-severity warning \
        --verdicts benchmarks/realworld/aeb_test_warning_verdicts.tsv
    run pages_aeb_info "$PY" benchmarks/html_pages.py --aeb --half test --min-severity info \
        --verdicts benchmarks/realworld/aeb_test_info_verdicts.tsv
    run chrome_dev "$PY" benchmarks/html_chrome.py --trafilatura "$TRAFILATURA_DIR" --half dev
fi
if [[ $GROUP == rest || $GROUP == all ]]; then
    run medquad "$PY" benchmarks/realworld/medquad.py
    run medquad_cl "$PY" benchmarks/realworld/medquad.py --rules CL
    run medquad_sample "$PY" benchmarks/realworld/medquad_heldout_sample.py
    run fakehealth_all "$PY" benchmarks/realworld/fakehealth.py --all
    run fakehealth "$PY" benchmarks/realworld/fakehealth.py
    run cochrane "$PY" benchmarks/realworld/cochrane_pls.py
fi
if [[ $GROUP == speed || $GROUP == all ]]; then
    run speed "$PY" benchmarks/speed.py
fi
