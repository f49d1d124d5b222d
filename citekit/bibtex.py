"""Work -> BibTeX: citation keys (radchenko2014unwanted) and .bib text via bibtexparser.

Keys follow Better BibTeX's cleaning rules: family name as stored (particles kept, so
"von Neumann, John" -> "vonneumann"), folded to ASCII by anyascii, lower case, [a-z0-9]
only; clashes get a, b, c ... in input order and the first keeps the bare key.

Text fields are written for biblatex + biber (see `escape`); `unescape` undoes it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from anyascii import anyascii

from citekit import atomic, lexicons
from citekit.errors import UnreadableFile
from citekit.model import Work

if TYPE_CHECKING:  # bibtexparser loads only when a .bib is read or written
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat

STOPWORDS = lexicons.words("key_stopwords")  # title words a key skips: "the", "della", "o"
ANONYMOUS = "anon"  # key stem of a work with no author, editor or title: anon1999
CJK_WORD_CHARS = 4  # a CJK run has no spaces: keep its first 4 characters as the "word"

ELISION_RE = re.compile(r"\b(?:l|d|dell|all|dall|nell|sull|qu|j|c|n|s|m|t)['’](?=\w)", re.I)
APOSTROPHE_RE = re.compile(r"['’]")  # "Hitler's" -> "Hitlers", as BBT's nopunct does
JOINER_RE = re.compile(r"(?<=\w)[-‐‑–.](?=\w)")  # "Cold-War" -> "ColdWar", "R.U.R." -> "RUR"
WORD_RE = re.compile(r"\w+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
NOT_KEY_RE = re.compile(r"[^a-z0-9]+")
YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")


# --- citation keys -------------------------------------------------------------------------


def assign_keys(works: tuple[Work, ...]) -> tuple[Work, ...]:
    """Give every work a unique, stable citation key (radchenko2014unwanted).

    Args:
        works: the works in document order; their ids are left untouched.

    Returns:
        The same works with `key` set; clashes get a, b, c ... in input order.
    """
    used: set[str] = set()
    keyed = []
    for work in works:
        key = _unique(base_key(work.fields), used)
        used.add(key)
        keyed.append(dataclasses.replace(work, key=key))
    return tuple(keyed)


def base_key(fields: Mapping[str, str]) -> str:
    """Family name + year + first significant title word, before disambiguation."""
    words = title_words(fields.get("title", ""))
    name = _first_family(fields.get("author", "")) or _first_family(fields.get("editor", ""))
    if not name:
        name, words = (words[0], words[1:]) if words else (ANONYMOUS, [])
    return name + year_of(fields) + (words[0] if words else "")


def title_words(title: str) -> list[str]:
    """The significant words of TITLE as key material: ASCII, lower case, no stopwords."""
    text = JOINER_RE.sub("", APOSTROPHE_RE.sub("", ELISION_RE.sub(" ", title)))
    words = []
    for word in WORD_RE.findall(text):
        if word.lower() in STOPWORDS:
            continue
        clean = to_key_text(word[:CJK_WORD_CHARS] if CJK_RE.match(word) else word)
        if clean and clean not in STOPWORDS and (len(clean) > 1 or clean.isdigit()):
            words.append(clean)
    return words


def to_key_text(text: str) -> str:
    """TEXT folded to what a key may hold: 'Lüthi' -> 'luthi', 'Радченко' -> 'radchenko'."""
    return NOT_KEY_RE.sub("", anyascii(text).lower())


def year_of(fields: Mapping[str, str]) -> str:
    """The four-digit year of the `year` field, else of `date`, else ''."""
    for name in ("year", "date"):
        match = YEAR_RE.search(fields.get(name, ""))
        if match:
            return match.group(1)
    return ""


def split_names(names: str) -> list[str]:
    """'Family, Given and Family, Given' -> one string per name (never splits inside braces)."""
    parts, depth, start = [], 0, 0
    for match in re.finditer(r"[{}]|\s+and\s+", names, re.I):
        token = match.group()
        depth += 1 if token == "{" else -1 if token == "}" else 0
        if depth == 0 and token not in "{}":
            parts.append(names[start : match.start()])
            start = match.end()
    parts.append(names[start:])
    return [p.strip() for p in parts if p.strip()]


def family_name(name: str) -> str:
    """The family part of 'Family, Given' as stored; a name without a comma is taken whole."""
    return name.split(",", 1)[0].replace("{", "").replace("}", "").strip()


def _first_family(names: str) -> str:
    for name in split_names(names):
        if name.lower() != "others":
            return to_key_text(family_name(name))
    return ""


def _unique(key: str, used: set[str]) -> str:
    if key not in used:
        return key
    n = 1
    while key + _letters(n) in used:
        n += 1
    return key + _letters(n)


def _letters(n: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa': Better BibTeX's postfix sequence."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


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
    stray = _stray_braces(value)
    out = []
    for i, char in enumerate(value):
        out.append(BRACES[char] if i in stray else ESCAPES.get(char, char))
    return "".join(out)


def unescape(value: str) -> str:
    """Undo `escape` (the tokens it writes and nothing else)."""
    return UNESCAPE_RE.sub(lambda m: UNESCAPES[m.group()], value)


def _stray_braces(value: str) -> set[int]:
    """Positions of the braces that have no partner."""
    opened: list[int] = []
    stray: set[int] = set()
    for i, char in enumerate(value):
        if char == "{":
            opened.append(i)
        elif char == "}":
            if opened:
                opened.pop()
            else:
                stray.add(i)
    return stray | set(opened)


def _escape_verbatim(value: str) -> str:
    return "".join(URL_ESCAPES.get(c, c) for c in SPACE_RE.sub("", value))


# --- entries and .bib text -------------------------------------------------------------------

# BibTeX-only types -> the biblatex type and the `type` field that keeps the distinction.
TYPE_MAP = {
    "phdthesis": ("thesis", "phdthesis"),
    "mastersthesis": ("thesis", "mathesis"),
    "techreport": ("report", "techreport"),
    "conference": ("inproceedings", None),
    "electronic": ("online", None),
    "www": ("online", None),
    "webpage": ("online", None),
}
_BIBLATEX_TYPES = (
    "article book mvbook inbook bookinbook suppbook booklet collection mvcollection "
    "incollection suppcollection dataset manual misc online patent periodical proceedings "
    "mvproceedings inproceedings reference inreference report software thesis unpublished "
    "interview letter"
)
BIBLATEX_TYPES = frozenset(_BIBLATEX_TYPES.split())
_FIELD_ORDER = (  # people, title, container, numbering, imprint, dates, identifiers, notes
    "author editor translator title subtitle booktitle journal journaltitle edition series "
    "volume number pages chapter type institution school organization howpublished address "
    "location publisher year month date isbn issn doi eprint url urldate ids keywords note"
)
FIELD_ORDER = tuple(_FIELD_ORDER.split())
# month names in the notes' languages, folded as keys are -> BibTeX's month number
MONTHS = {
    to_key_text(name): str(number)
    for number, names in enumerate(lexicons.rows("months"), start=1)
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


def to_entry(work: Work) -> Entry:
    """WORK as a bibtexparser Entry for biblatex: values escaped, not yet enclosed in braces."""
    from bibtexparser.model import Entry, Field

    entry_type, subtype = _entry_type(work.entry_type)
    fields = {k.lower(): v for k, v in work.fields.items() if k not in ("ID", "ENTRYTYPE")}
    if subtype and not fields.get("type"):
        fields["type"] = subtype
    values = ((name, _field_value(name, value)) for name, value in fields.items())
    kept = [Field(name, value) for name, value in values if value]
    return Entry(entry_type, work.key or work.id, sorted(kept, key=_field_rank))


def dumps(works: Iterable[Work]) -> str:
    """The works as .bib text (UTF-8, biblatex types); keys are assigned if any is missing."""
    import bibtexparser
    from bibtexparser.library import Library
    from bibtexparser.middlewares import default_unparse_stack

    works = tuple(works)
    if any(not w.key for w in works):
        works = assign_keys(works)
    library = Library([to_entry(w) for w in works])
    # The library is ours alone, so the writer may enclose values in place (no deep copy).
    stack = default_unparse_stack(allow_inplace_modification=True)
    text = bibtexparser.write_string(library, unparse_stack=stack, bibtex_format=bib_format())
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


def _entry_type(entry_type: str) -> tuple[str, str | None]:
    lowered = entry_type.lower()
    if lowered in TYPE_MAP:
        return TYPE_MAP[lowered]
    return (lowered, None) if lowered in BIBLATEX_TYPES else ("misc", None)


def _field_value(name: str, value: str) -> str:
    if name in VERBATIM_FIELDS:
        return _escape_verbatim(value)
    value = clean_text(value)
    if name == "month":
        return MONTHS.get(to_key_text(value), escape(value))
    if name == "urldate":
        return escape(iso_date(value))
    if name in NAME_FIELDS:
        return " and ".join(_protect_whole(escape(n)) for n in split_names(value))
    return escape(value)


NAME_FIELDS = frozenset({"author", "editor", "bookauthor", "translator"})


def unprotect_names(value: str) -> str:
    """The inverse of the bracing that name fields get on writing: "{Sánchez Marín}" -> as read."""
    return " and ".join(
        name[1:-1]
        if name.startswith("{") and name.endswith("}") and not _stray_braces(name[1:-1])
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
