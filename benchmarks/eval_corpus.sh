#!/usr/bin/env bash
# Score citekit on the development corpora with the shared evaluator (../shared/eval).
#   benchmarks/eval_corpus.sh [CORPUS_DIR ...]   (default: tests/corpus tests/corpus2 tests/corpus3)
# Each corpus holds documents and gold/NAME.gold.json written by hand, independently of the parser.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval/evaluate.py
if [ ! -f "$EVAL" ]; then
    echo "eval_corpus.sh: $EVAL not found (the shared evaluator lives next to the project)" >&2
    exit 2
fi
if [ ! -x .venv/bin/citekit ]; then
    echo "eval_corpus.sh: .venv/bin/citekit not found: run the README's install command first" >&2
    exit 2
fi
python3 tests/corpus_tools/check_gold.py > /dev/null || echo "eval_corpus.sh: warning: gold problems" >&2
for corpus in "${@:-tests/corpus tests/corpus2 tests/corpus3}"; do
    for dir in $corpus; do
        echo "== $dir"
        python3 "$EVAL" --gold "$dir/gold" --root . --cmd '.venv/bin/citekit extract {doc} --format json'
    done
done
