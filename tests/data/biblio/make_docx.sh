#!/bin/sh
# Build essay.docx from essay.md (the notes-bibliography essay as a Word document).
# Needs pandoc; the committed essay.docx was made with pandoc 2.17.1.1.
cd "$(dirname "$0")" && SOURCE_DATE_EPOCH=1700000000 pandoc essay.md -o essay.docx
