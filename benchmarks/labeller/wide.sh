#!/usr/bin/env bash
# The labeller's training data of 2026-12-07 (label39), written out: what is trained on and
# what is never. Run from the repository root; DEVDATA holds the generated corpora, core.xml
# and the published development sets (outside the repository).
#
#   DEVDATA=/work/devdata benchmarks/labeller/wide.sh [--out MODEL] [train.py options]
#
# WIDE=0: only the older model's sources; GEN_EXTRA="txt": documents 1-2 of the generated
# styles in those formats too (training only); PUBLISHED=0: not the published development
# sets (others' documents, most unlicensed: a model to ship trains without them); GEN39=1:
# documents 1-2 of the 15 styles of gen39 too (training only).
#
# Held back (never trained on): core.xml's test half, every generated document 3 and later
# (and the b1/b2 bibliographies), tests/corpus22, real38 and later published sets; gen39
# without GEN39=1 (label40 read its documents 1-2 to derive benchmarks/labeller/trust-wide.txt).
# The held-back token sample is drawn from the sources of the older model (--anystyle, --gold:
# core.xml's dev half, corpus, corpus2, corpus3, generated documents 1-2), so that token
# accuracy before and after is measured on the same sequences; the rest only trains.
set -eu
DEVDATA=${DEVDATA:-/work/devdata}
LINKS=$(mktemp -d)
trap 'rm -rf "$LINKS"' EXIT
pick() {  # pick DEST SET FORMATS: links to documents 1 and 2 of every style of generated SET
  mkdir -p "$LINKS/$1"
  for fmt in $3; do
    for n in 1 2; do
      for f in "$DEVDATA/$2"/gold/*-$n.$fmt.gold.json; do ln -s "$f" "$LINKS/$1/"; done
    done
  done
}
pick gen gen md
pick gen36 gen36 md
[ "${GEN39:-0}" = 1 ] && pick gen39 gen39 md
[ -n "${GEN_EXTRA:-}" ] && pick extra gen "$GEN_EXTRA"
ARGS=(--anystyle "$DEVDATA/anystyle/core.xml:dev"
      --gold tests/corpus/gold:. --gold tests/corpus2/gold:. --gold tests/corpus3/gold:.
      --gold "$LINKS/gen:$DEVDATA/gen")
if [ "${WIDE:-1}" = 1 ]; then
  for c in tests/corpus[0-9]*/; do
    case "$c" in tests/corpus2/|tests/corpus3/|tests/corpus22/) continue ;; esac
    ARGS+=(--train-gold "${c}gold:.")
  done
  ARGS+=(--train-gold "$LINKS/gen36:$DEVDATA/gen36")
  [ "${GEN39:-0}" = 1 ] && ARGS+=(--train-gold "$LINKS/gen39:$DEVDATA/gen39")
  [ -n "${GEN_EXTRA:-}" ] && ARGS+=(--train-gold "$LINKS/extra:$DEVDATA/gen")
  if [ "${PUBLISHED:-1}" = 1 ]; then
    for d in real34 real35 real36 real37 mddev37; do
      ARGS+=(--train-gold "$DEVDATA/$d/gold:$DEVDATA/$d")
    done
  fi
fi
python benchmarks/labeller/train.py "${ARGS[@]}" "$@"
