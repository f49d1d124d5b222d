"""Sentence styles in plain text: the title that italics would mark, found by its full stops.

Styles that close every part with a full stop (the Mexican ENAH style, ISO 690) print the
title of a book, a journal or the book a part is in only in italics; plain text loses them.
The order of the sentences still says which is which, and the title is then marked as
italics would have marked it, so the grammar for marked text reads it:

    "Ana Ruiz. Costas del sur. Una historia. Mar. Vigo. 2017"     book: publisher, place, year
    "Ana Ruiz. Faros, en Mares, Eva Gil (ed.). Mar. Vigo. 2017"   the book a part is in
    "Ana Ruiz. Faros. Revista Náutica, 12. 2018: 26–35"           a journal, its number
    "RUIZ, A. Faros. En GIL, E. ed. Mares. Vigo: Mar, 2017"       ISO 690's book and editors
"""

from __future__ import annotations

import re

from citekit.parse import deferred, isoshape, namecues, plainquoted, uregex
from citekit.parse.containers import CONTAINER_WORDS
from citekit.parse.dotimprint import dotted_imprint
from citekit.parse.localeterms import EDITOR_MARK_WORDS

# the names a sentence of their own: "Jordi Canal.", "Thomas Le Roux et al.", "Ana Ruiz y Eva Gil."
NAMES_SENTENCE_RE = uregex.compile(
    r"^(?P<names>[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’-]*\.?|de|del|da|van|von|y|e|i|et|and))"
    r"{1,6}?)(?:\s+et\s+al)?\.\s+(?=\S)"
)
# a part's title, then the word that opens the book it is in: "Faros, en Mares"
PART_IN_RE = uregex.compile(rf",\s+(?:{CONTAINER_WORDS}):?\s+(?=[A-Z¿¡“\"«])")
# the book's editors that close its title: ", Eva Gil (ed.)", ", Ana Ruiz et al. (eds.)"
EDITORS_AFTER_RE = uregex.compile(
    r",\s+[A-Z][^,;()]{2,80}?\s*\((?:eds?|coords?|comps?|dirs?|orgs?)\.\)"
)
# a journal and its number before the year's full stop: "Revista Náutica, 12", "Critique
# (843-844)", "Perfil, 19 de marzo"
JOURNAL_BEFORE_YEAR_RE = uregex.compile(
    r"(?:^|(?<=\.\s))(?P<journal>[A-Z][^.;:()]{1,120}?)"
    r"(?:,\s*[\w/]*\d[\w/]*(?:\s*\([\w/-]+\))?|\s+\([\w/-]*\d[\w/-]*\)|,\s*\d{1,2}\s+de\s+[^\W\d_]+)"
    r"\.\s+(?:1[5-9]|20)\d\d[a-z]?\b"
)
# ISO 690: "En GIL, E., ROCA, M. eds. Mares del sur. Vigo: Mar, 2017": editors in capitals,
# their mark, the book's title, then the place and its colon ("Vigo: Mar, 2017") or the place
# and the year alone ("Rahden, 2013"); Slovak "V GIL, E. (ed.) Mares", Czech "In: GIL, Eva –
# ROCA, Marta (eds). Mares", Romanian "În: GIL, Eva și ROCA, Marta (ed.), Mares"
ISO_EDITED_BOOK_RE = uregex.compile(
    rf"""(?:\.|(?<=[?!]))\s+(?:{CONTAINER_WORDS}):?\s+
    (?P<editors>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*,\s+[A-Z][^:]{{0,200}}?)
    \s*,?\s+\(?(?i:{EDITOR_MARK_WORDS})\.?\)?[.,]?\s+
    (?P<book>[^.:;][^;]{{1,300}}?)(?:\.|(?<=[?!]))\s+
    (?=[A-Z][^.:;,]{{1,40}}(?:;\s*[^.:;,]{{1,40}})?:\s|[A-Z][^.:;,]{{1,40}},\s*(?:1[5-9]|20)\d\d\b)""",
    re.VERBOSE,
)
# ISO 690's part of a book by its own author, who is named again without an editor's mark:
# "ПИРС, Ч. С. О новом списке категорий. В: ПИРС, Ч. С. Избранные произведения. М.: Логос, 2000"
ISO_AUTHORED_BOOK_RE = uregex.compile(
    rf"""\.\s+(?:{CONTAINER_WORDS}):?\s+{isoshape.NAMES_PATTERN}(?<!\.)\.\s+(?![^\W\d_]\.)
    (?P<book>[^.:;][^;]{{1,300}}?)(?:\.|(?<=[?!]))\s+
    (?=[A-Z][^.:;,]{{0,40}}\.?(?:;\s*[^.:;,]{{1,40}})?:\s  # "Madrid:", "М.:"
    [^.;]{{1,80}}?,\s*(?:1[5-9]|20)\d\d\b)  # the publisher and year: no subtitle's colon
    """,
    re.VERBOSE,
)

MEDIUM_RE = deferred.compile(r"\s*\[[^\]]{2,20}\]$")  # "[en línea]", "[online]"
# ISO 690's book: the names, the title (its editors may follow), then the place and its colon
# ("СОКОЛОВ, А. Н. и К. С. СЕРДОБИНЦЕВ. Title : монография. Astrakhan: Publisher, 2009",
# "BROADBENT, D. E. Perception and communication. New York: Pergamon Press, 1958")
ISO_BOOK_PATTERN = rf"""^{isoshape.NAMES_PATTERN}(?<!\.)\.\s+(?![^\W\d_]\.)  # no initial
    (?P<title>[^*]+?)(?:\.|(?<=[?!]))\s+  # "Title." or "Title?", its mark kept
    (?=(?:[A-Z][^.:;,]{{0,40}}|[A-Z]\.)(?:;\s*[^.:;,]{{1,40}})?:\s[^;]{{1,80}}?,\s*(?:1[5-9]|20)\d\d\b)"""
# ISO 690's web page: the names, the title, then the year of its date alone ("LE ROUX,
# Thomas – JARRIGE, François. Title. 2020." once its address is taken and its "23. 6. 2020"
# read as its year by dotdates): no imprint follows the title
ISO_DATED_PAGE_PATTERN = rf"""^{isoshape.NAMES_PATTERN}(?<!\.)\.\s+(?![^\W\d_]\.)  # no initial
    (?P<title>(?=[^\W\d_])[^*]+?)(?<=[^\W\d_]{{3}})(?:\.|(?<=[?!]))\s+  # no "Nr." closes it
    (?:1[5-9]|20)\d\d\.?$"""
ISO_BOOK_RE = uregex.compile(ISO_BOOK_PATTERN, re.VERBOSE)
ISO_DATED_PAGE_RE = uregex.compile(ISO_DATED_PAGE_PATTERN, re.VERBOSE)
# a container sentence with no title ("Title. In: . 23. 6. 2020"): the record had none
EMPTY_CONTAINER_RE = uregex.compile(rf"(?<=\.)\s+(?:{CONTAINER_WORDS})\s*:\s*\.(?=\s)")
# a part's container in ISO 690: ". In: SMITH, J., ed. Book", ". V: …", ". В кн.: …"
CONTAINER_SENTENCE_RE = uregex.compile(rf"\.\s+(?:{CONTAINER_WORDS})\s*:?\s")


def mark_titles(work: str) -> str:
    """WORK with the title of its book, journal or container in italics, where it is plain
    text of a sentence style and the sentences say where that title is; else WORK."""
    work = plainquoted.mark_title_before_quoted(work)  # "NAME, Title, in «Journal», 60"
    work = EMPTY_CONTAINER_RE.sub("", work)
    if "*" in work or ". " not in work:
        return work  # marked already, or no sentences to read
    iso = ISO_EDITED_BOOK_RE.search(work) or ISO_AUTHORED_BOOK_RE.search(work)
    if iso is not None:  # the medium after the title stays plain: "Title [en línea]"
        medium = MEDIUM_RE.search(iso.group("book"))
        end = iso.start("book") + medium.start() if medium else iso.end("book")
        return _italics(work, iso.start("book"), end)
    book = ISO_BOOK_RE.match(work)
    if book is not None and not CONTAINER_SENTENCE_RE.search(book.group("title")):
        return _italics(work, book.start("title"), book.end("title"))
    page = ISO_DATED_PAGE_RE.match(work)
    if page is not None and not CONTAINER_SENTENCE_RE.search(page.group("title")):
        return _italics(work, page.start("title"), page.end("title"))
    head = NAMES_SENTENCE_RE.match(work)
    if head is None or not namecues.name_only(head.group("names")):
        return work
    span = _part_book(work, head.end()) or _journal(work, head.end()) or _book(work, head.end())
    return _italics(work, *span) if span else work


def _italics(work: str, start: int, end: int) -> str:
    return f"{work[:start]}*{work[start:end]}*{work[end:]}"


def _part_book(work: str, start: int) -> tuple[int, int] | None:
    """ "Faros, en Mares del sur, Eva Gil (ed.). Mar. Vigo. 2017": the book a part is in,
    closed by its editors or by the imprint's sentences."""
    mark = PART_IN_RE.search(work, start)
    if mark is None:
        return None
    editors = EDITORS_AFTER_RE.search(work, mark.end())
    if editors is not None:
        return mark.end(), editors.start()
    return _title_before_imprint(work, mark.end())


def _journal(work: str, start: int) -> tuple[int, int] | None:
    """ "Faros. Revista Náutica, 12. 2018: 26–35": the journal after the title's sentence."""
    found = JOURNAL_BEFORE_YEAR_RE.search(work, start)
    if found is None or found.start() <= start:
        return None  # no title's sentence before the journal
    return found.start("journal"), found.end("journal")


def _book(work: str, start: int) -> tuple[int, int] | None:
    """ "Costas del sur. Una historia. Mar. Vigo. 2017": the title before publisher and place."""
    return _title_before_imprint(work, start)


def _title_before_imprint(work: str, start: int) -> tuple[int, int] | None:
    """The title from START up to the imprint's sentences (publisher, place, year)."""
    dotted = dotted_imprint(work[start:])
    if dotted is None or "publisher" not in dotted.fields:
        return None  # a place alone could be the title's last sentence
    title = dotted.middle.strip(" ,.")
    if not title or not work.startswith(title, start):
        return None
    return start, start + len(title)
