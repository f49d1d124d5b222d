#!/usr/bin/env bash
# Score citekit on the third development corpus (tests/corpus3) with the shared evaluator.
#   benchmarks/eval_corpus3.sh [extra evaluate.py args, e.g. --json]
# Runs from the project root whatever the current directory; needs ../shared/eval/evaluate.py.
# The .docx document is built by tests/corpus3/make_docx.py (rebuilt here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/evaluate.py
if [ ! -f "$EVAL" ]; then
    echo "eval_corpus3.sh: $EVAL not found (expected the shared evaluator next to the project, in ../shared/eval/)" >&2
    exit 2
fi
if [ ! -x .venv/bin/citekit ]; then
    echo "eval_corpus3.sh: .venv/bin/citekit not found; install first: python3 -m venv .venv && .venv/bin/pip install -e ." >&2
    exit 2
fi
if [ ! -f tests/corpus3/fr_endnotes_docx.docx ]; then
    python3 tests/corpus3/make_docx.py > /dev/null
fi
python3 tests/corpus3/check_gold.py > /dev/null || echo "eval_corpus3.sh: warning: tests/corpus3/check_gold.py reports problems in the gold" >&2
exec python3 "$EVAL" --gold tests/corpus3/gold --root . --cmd '.venv/bin/citekit extract {doc} --format json' "$@"
