#!/usr/bin/env bash
# Score citekit on the second development corpus (tests/corpus2) with the shared evaluator.
#   benchmarks/eval_corpus2.sh [extra evaluate.py args, e.g. --json]
# Runs from the project root whatever the current directory; needs ../shared/eval/evaluate.py.
# The .docx document is built by tests/corpus2/make_docx.py (rebuilt here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/evaluate.py
if [ ! -f "$EVAL" ]; then
    echo "eval_corpus2.sh: $EVAL not found (expected the shared evaluator next to the project, in ../shared/eval/)" >&2
    exit 2
fi
if [ ! -x .venv/bin/citekit ]; then
    echo "eval_corpus2.sh: .venv/bin/citekit not found; install first: python3 -m venv .venv && .venv/bin/pip install -e ." >&2
    exit 2
fi
if [ ! -f tests/corpus2/en_footnotes_docx.docx ]; then
    python3 tests/corpus2/make_docx.py > /dev/null
fi
python3 tests/corpus2/check_gold.py > /dev/null || echo "eval_corpus2.sh: warning: tests/corpus2/check_gold.py reports problems in the gold" >&2
exec python3 "$EVAL" --gold tests/corpus2/gold --root . --cmd '.venv/bin/citekit extract {doc} --format json' "$@"
