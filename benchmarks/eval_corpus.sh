#!/usr/bin/env bash
# Score citekit on the development corpus (tests/corpus) with the shared evaluator.
#   benchmarks/eval_corpus.sh [extra evaluate.py args, e.g. --json]
# Runs from the project root whatever the current directory; needs ../shared/eval/evaluate.py.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/evaluate.py
if [ ! -f "$EVAL" ]; then
    echo "eval_corpus.sh: $EVAL not found (expected the shared evaluator next to the project, in ../shared/eval/)" >&2
    exit 2
fi
if [ ! -x .venv/bin/citekit ]; then
    echo "eval_corpus.sh: .venv/bin/citekit not found; install first: python3 -m venv .venv && .venv/bin/pip install -e ." >&2
    exit 2
fi
python3 tests/corpus/check_gold.py > /dev/null || echo "eval_corpus.sh: warning: tests/corpus/check_gold.py reports problems in the gold" >&2
exec python3 "$EVAL" --gold tests/corpus/gold --root . --cmd '.venv/bin/citekit extract {doc} --format json' "$@"
