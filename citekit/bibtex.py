"""Work -> .bib text via bibtexparser, in the biblatex or the classic BibTeX flavour.

Keys come from `bibkeys` (re-exported here), types and field placement from `bibflavour`,
title treatment from `bibtitle`. Text fields are LaTeX-escaped (see `escape`); `unescape`
undoes it. The classic flavour also writes non-ASCII letters as LaTeX accents.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from citekit import atomic, bibflavour, bibtitle, latexchars, lexicons
from citekit.bibflavour import Flavour

# re-exported: callers read keys and names from here since before bibkeys existed
from citekit.bibkeys import (  # noqa: F401
    NOT_KEY_RE,
    STOPWORDS,
    assign_keys,
    base_key,
    family_name,
    split_names,
    title_words,
    to_key_text,
    year_of,
)
from citekit.errors import UnreadableFile
from citekit.model import Work
from citekit.texbraces import stray_braces

if TYPE_CHECKING:  # bibtexparser loads only when a .bib is read or written
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat


# --- LaTeX-safe values -----------------------------------------------------------------------

# Fields biber reads verbatim: never LaTeX-escaped (only braces and backslashes are
# percent-encoded, which would otherwise break the .bib syntax).
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "pdf", "ids", "urlraw"})
ESCAPES = {  # plain character -> what LaTeX typesets as that character
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_ESCAPE_TABLE = str.maketrans(ESCAPES)
# a character escape() changes: ESCAPES' and the braces
_SPECIAL_RE = re.compile("[" + re.escape("".join(ESCAPES) + "".join(BRACES)) + "]")
UNESCAPES = {v: k for k, v in (ESCAPES | BRACES).items()}
UNESCAPE_RE = re.compile("|".join(re.escape(v) for v in UNESCAPES))
SPACE_RE = re.compile(r"\s+")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
URL_ESCAPES = {"{": "%7B", "}": "%7D", "\\": "%5C"}


def clean_text(value: str) -> str:
    """What a text field keeps: control characters dropped, whitespace runs -> one space."""
    return SPACE_RE.sub(" ", CONTROL_RE.sub("", value)).strip()


def escape(value: str) -> str:
    """Plain Unicode -> LaTeX-safe text: & % # $ _ ^ ~ \\ escaped, unbalanced braces too.

    Balanced braces are kept: they are valid BibTeX groups and survive a round trip.
    """
    if not _SPECIAL_RE.search(value):
        return value  # most values: nothing to escape, and a character loop costs
    if "{" not in value and "}" not in value:
        return value.translate(_ESCAPE_TABLE)  # no brace, so none stray
    stray = stray_braces(value)
    out = []
    for i, char in enumerate(value):
        out.append(BRACES[char] if i in stray else ESCAPES.get(char, char))
    return "".join(out)


def unescape(value: str) -> str:
    """Undo `escape` (the tokens it writes and nothing else)."""
    return UNESCAPE_RE.sub(lambda m: UNESCAPES[m.group()], value)


def _escape_verbatim(value: str) -> str:
    return "".join(URL_ESCAPES.get(c, c) for c in SPACE_RE.sub("", value))


# --- entries and .bib text -------------------------------------------------------------------

_FIELD_ORDER = (  # people, title, container, numbering, imprint, dates, identifiers, notes
    "author editor bookauthor translator entrysubtype title subtitle titleaddon shorttitle "
    "booktitle journal journaltitle edition series "
    "volume part number pages chapter type institution school organization howpublished address "
    "location publisher year month date isbn issn doi eprint url urldate ids keywords note "
    "addendum langid"
)
FIELD_ORDER = tuple(_FIELD_ORDER.split())
# month names in the notes' languages, folded as keys are -> BibTeX's month number
MONTHS = {
    to_key_text(name): str(number)
    for number, names in enumerate(lexicons.month_rows(), start=1)
    for name in names
}
URLDATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%b %d, %Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)


@lru_cache(maxsize=1)
def bib_format() -> BibtexFormat:
    """How the .bib is laid out: two-space indents, one blank line between entries."""
    from bibtexparser.writer import BibtexFormat

    layout = BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    return layout


def to_entry(
    work: Work,
    *,
    flavour: Flavour = Flavour.BIBLATEX,
    extra: Mapping[str, str] | None = None,
) -> Entry:
    """WORK as a bibtexparser Entry of FLAVOUR: values escaped, not yet enclosed in braces.

    Args:
        work: the work, its fields as the parser stated them.
        flavour: biblatex (biber) or classic BibTeX.
        extra: fields the writer adds from the whole document (langid, shorttitle).
    """
    from bibtexparser.model import Entry, Field

    fields = {k.lower(): v for k, v in work.fields.items() if k not in ("ID", "ENTRYTYPE")}
    fields |= {k: v for k, v in (extra or {}).items() if v and k not in fields}
    if "month" in fields:  # "December", "déc." -> "12"; a season stays as written
        fields["month"] = MONTHS.get(to_key_text(fields["month"]), fields["month"])
    if flavour is Flavour.BIBLATEX:
        entry_type, fields = bibflavour.to_biblatex(work.entry_type, _with_subtitle(fields))
    else:
        entry_type, fields = bibflavour.to_bibtex(work.entry_type, fields)
    values = ((name, _field_value(name, value, flavour)) for name, value in fields.items())
    kept = [Field(name, value) for name, value in values if value]
    return Entry(entry_type, work.key or work.id, sorted(kept, key=_field_rank))


def dumps(
    works: Iterable[Work],
    *,
    flavour: Flavour = Flavour.BIBLATEX,
    extras: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The works as .bib text of FLAVOUR; keys are assigned if any is missing.

    Args:
        works: the works to write.
        flavour: biblatex (UTF-8, biblatex types) or classic BibTeX (LaTeX-escaped).
        extras: work id -> fields added from the document (langid, shorttitle).
    """
    import bibtexparser
    from bibtexparser.library import Library

    works = tuple(works)
    if any(not w.key for w in works):
        works = assign_keys(works)
    extras = extras or {}
    entries = [to_entry(w, flavour=flavour, extra=extras.get(w.id)) for w in works]
    for entry in entries:
        for item in entry.fields:
            item.value = _enclosed(item.key, item.value, flavour)
    library = Library(entries)
    # values are enclosed above (a month string stays bare), so no middleware runs
    text = bibtexparser.write_string(library, unparse_stack=[], bibtex_format=bib_format())
    return text if works else ""


def write_bib(path: str | Path, works: Iterable[Work]) -> None:
    """Write the works to PATH atomically (an error leaves the old file untouched)."""
    atomic.write_text(path, dumps(works))


def load(path: str | Path, *, keep_strings: bool = False) -> Library:
    """Parse the .bib file at PATH; what bibtexparser could not read is in failed_blocks.

    Args:
        path: the .bib file.
        keep_strings: leave @string references (`month = jan`) unresolved, so that writing
            the library back keeps them.

    Raises:
        UnreadableFile: PATH cannot be read or is not text.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(str(path), exc.strerror or str(exc)) from None
    if b"\x00" in data:
        raise UnreadableFile(str(path), "binary data, not a .bib file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old libraries are often Latin-1; every byte decodes, so this cannot fail.
        text = data.decode("latin-1")
    if not text.strip():  # as for a document: an empty input is unreadable (exit 3), not "0"
        raise UnreadableFile(str(path), "the file is empty")
    import bibtexparser
    from bibtexparser.exceptions import ParsingException
    from bibtexparser.middlewares import RemoveEnclosingMiddleware

    stack = [RemoveEnclosingMiddleware()] if keep_strings else None
    splitter_log = logging.getLogger("bibtexparser.splitter")
    level = splitter_log.level
    # Failed blocks are reported by the caller, with their lines: no second, noisier copy.
    splitter_log.setLevel(logging.CRITICAL)
    try:
        return bibtexparser.parse_string(text, parse_stack=stack)
    except ParsingException as exc:
        raise UnreadableFile(str(path), f"bibtexparser gave up: {exc}") from None
    finally:
        splitter_log.setLevel(level)


def _field_value(name: str, value: str, flavour: Flavour = Flavour.BIBLATEX) -> str:
    if name in VERBATIM_FIELDS:
        return _escape_verbatim(value)
    value = clean_text(value)
    if name == "month":
        number = MONTHS.get(to_key_text(value), value)
        if flavour is Flavour.BIBTEX:
            return bibflavour.month_macro(number) or _classic(escape(value))
        return escape(number)
    if name == "urldate":
        return escape(iso_date(value))
    if name in NAME_FIELDS:
        names = (_protect_whole(escape(n)) for n in split_names(value))
        value = " and ".join(names)
    elif name in TITLE_FIELDS:
        value = bibtitle.quote_safely(
            bibtitle.protect_case(escape(value)), biblatex=flavour is Flavour.BIBLATEX
        )
    elif name in LIST_FIELDS and _is_one_body(value):
        value = "{" + escape(value) + "}"  # "Rowman and Littlefield" is one publisher
    elif name == "pages":
        value = bibtitle.page_range(escape(value))
    else:
        value = escape(value)
    return _classic(value) if flavour is Flavour.BIBTEX else value


def _is_one_body(value: str) -> bool:
    """'Rowman and Littlefield' is one publisher; 'Yale University Press and Oxford
    University Press' (every part a publisher by its words) is two, as biblatex reads it."""
    parts = AND_RE.split(value)
    if len(parts) < 2 or stray_braces(value):
        return False
    if len(set(parts)) == 1:  # "Faber and Faber"
        return True
    return not all(_publisher_words_re().search(part) for part in parts)


@lru_cache(maxsize=1)
def _publisher_words_re() -> re.Pattern[str]:
    return re.compile(r"\b" + lexicons.alternation(lexicons.entries("publisher_words")) + r"\b")


def _with_subtitle(fields: dict[str, str]) -> dict[str, str]:
    """biblatex prints `subtitle` after the title and leaves it out of short notes."""
    if "subtitle" in fields or "title" not in fields:
        return fields
    title, subtitle = bibtitle.split_subtitle(fields["title"])
    return fields | {"title": title, "subtitle": subtitle} if subtitle else fields


def _classic(value: str) -> str:
    """Non-ASCII letters as LaTeX macros ("Lüthi" -> "L{\\"u}thi", "Ильина" -> "{\\CYRI}...")
    for 8-bit BibTeX: a .bst that takes a UTF-8 letter's first byte as an initial (abbrvnat,
    chicago) writes a broken byte that stops LaTeX; a braced macro is one letter to it."""
    if value.isascii():
        return value
    return "".join(c if c.isascii() else _classic_char(c) for c in value)


def _classic_char(char: str) -> str:
    from pylatexenc.latexencode import unicode_to_latex

    # Latin letters, punctuation and Cyrillic (the T2A macros that inputenc maps UTF-8 to,
    # so a document needs T2A either way); Greek would become math, and stays as it is
    if any(start <= ord(char) < end for start, end in CLASSIC_RANGES):
        latex = unicode_to_latex(
            char,
            non_ascii_only=True,
            unknown_char_policy="keep",
            replacement_latex_protection="braces-all",  # {\\"u}: one letter to BibTeX
        )
        if latex != char:
            return latex
    # letters pylatexenc does not know ("ṣ", "Ḥ" of transliterations) as kernel accents
    return latexchars.accent_macros(char) or char


def _enclosed(name: str, value: str, flavour: Flavour) -> str:
    if flavour is Flavour.BIBTEX and name == "month" and value in bibflavour.MONTH_NAMES:
        return value  # BibTeX's month string: feb, not {feb}
    return "{" + value + "}"


CLASSIC_RANGES = (  # characters the classic flavour writes as LaTeX macros
    (0x0080, 0x0250),  # Latin-1 to Latin Extended-B: letters an accent macro writes
    (0x0400, 0x0460),  # Cyrillic of Russian, Ukrainian, Belarusian, Serbian (T2A: \\CYRI)
    (0x2000, 0x2070),  # general punctuation: dashes, quotes, ellipsis
)
TITLE_FIELDS = frozenset({"title", "subtitle", "booktitle", "maintitle", "shorttitle"})
# fields biblatex splits at " and " like names: a body with "and" is braced whole
LIST_FIELDS = frozenset({"publisher", "institution", "organization", "school"})
AND_RE = re.compile(r"\s(?:and|AND)\s")
NAME_FIELDS = frozenset({"author", "editor", "bookauthor", "translator"})


def unprotect_names(value: str) -> str:
    """The inverse of the bracing that name fields get on writing: "{Sánchez Marín}" -> as read."""
    return " and ".join(
        name[1:-1]
        if name.startswith("{") and name.endswith("}") and not stray_braces(name[1:-1])
        else name
        for name in split_names(value)
    )


def _protect_whole(name: str) -> str:
    """A name of several words without a comma is one unit to biber: a body ("International
    Monetary Fund") or two surnames ("Sánchez Marín"), so it is braced."""
    if (
        "," in name
        or " " not in name.strip()
        or name.startswith("{")
        or name.casefold() == "others"
    ):
        return name
    return "{" + name + "}"


def iso_date(value: str) -> str:
    """'12 March 2020' -> '2020-03-12'; what is not a recognised date comes back as given."""
    for fmt in URLDATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return value


def _field_rank(field: Field) -> tuple[int, str]:
    try:
        return FIELD_ORDER.index(field.key), ""
    except ValueError:
        return len(FIELD_ORDER), field.key
