#!/bin/sh
# Build essay.docx, sections.docx and sections.txt from their Markdown (notes-bibliography
# essays as Word documents and pandoc's plain text). Needs pandoc; the committed files were
# made with pandoc 2.17.1.1.
cd "$(dirname "$0")" || exit 1
for name in essay sections; do
    SOURCE_DATE_EPOCH=1700000000 pandoc "$name.md" -o "$name.docx"
done
pandoc sections.md -t plain -o sections.txt
