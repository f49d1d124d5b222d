#!/bin/sh
# Rebuild pandoc.html from pandoc.md with pandoc (2.17 made the committed file):
#   sh tests/data/html/make_pandoc.sh
# Only pandoc's HTML fragment is kept, inside a page skeleton of our own.
set -e
cd "$(dirname "$0")"
{
  echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>'
  pandoc pandoc.md -t html5
  echo '</body></html>'
} > pandoc.html
