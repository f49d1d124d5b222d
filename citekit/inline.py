"""The inline model: the one form in which every reader hands a note to the parser.

Whatever the format (plain text, Markdown, LaTeX, Word, HTML, PDF), a note reaches the
parser as

- ``text``: plain Unicode text, markup gone, character references decoded, every run of
  white space (newlines, no-break, thin and zero-width spaces) one plain space, soft hyphens
  dropped, pandoc/TeX ``--``/``---`` read as the dashes they stand for. Its one mark is the
  italic span, written ``*between asterisks*`` (an asterisk the author typed becomes
  ``∗``, U+2217, so that the mark is never ambiguous);
- ``links``: the hyperlinks of the note, each the place of its visible text in ``text``
  and its target (a URL; a DOI link's target is its ``https://doi.org/…`` URL).

Readers build it with :class:`InlineBuilder`, feeding it runs of text with their
formatting; the builder alone decides how marks and spaces are written, so no reader and
no parser rule depends on a format's syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from citekit.model import Link

ITALIC_MARK = "*"
LITERAL_ASTERISK = "\u2217"  # what an asterisk in the source becomes
# white space of every kind, including no-break (U+00A0, U+202F) and thin spaces
_SPACE_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# characters that are not text: soft hyphen, zero-width space/joiners, word joiner, BOM
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# "151--78": a TeX/pandoc en dash between figures, in any format
_FIGURE_DASH_RE = re.compile(r"(?<=\d)--(?=\d)")
_TEX_DASHES = (("---", "\u2014"), ("--", "\u2013"))
# a web address, whose "--" is two hyphens of the address ("…/11--393c3a2.pdf",
# "…/7--12--12health.pdf"): pandoc and LaTeX's \url set no dash inside one
_WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s<>]+")
# a non-breaking hyphen is a hyphen the typesetter kept on one line ("80\u201181" in pandoc's
# French pages): the parser's ranges and names read the plain one
NO_BREAK_HYPHEN = "\u2011"


def clean_characters(text: str, *, tex_dashes: bool = False) -> str:
    """Invisible characters dropped, ``--`` between figures an en dash, a non-breaking hyphen
    a hyphen; spaces left as they are.

    With TEX_DASHES (formats where ``--`` and ``---`` are how dashes are typed: LaTeX,
    pandoc Markdown), every ``---`` is an em dash and every ``--`` an en dash. Dashes are
    never read inside a web address.
    """
    text = _INVISIBLE_RE.sub("", text)
    if NO_BREAK_HYPHEN in text:
        text = text.replace(NO_BREAK_HYPHEN, "-")
    if "--" not in text:
        return text
    return _outside_addresses(text, _tex_dashes if tex_dashes else _figure_dashes)


def _outside_addresses(text: str, change: Callable[[str], str]) -> str:
    """TEXT with CHANGE made to all of it but its web addresses."""
    pieces, last = [], 0
    for match in _WEB_ADDRESS_RE.finditer(text):
        pieces += [change(text[last : match.start()]), match.group()]
        last = match.end()
    pieces.append(change(text[last:]))
    return "".join(pieces)


def _figure_dashes(text: str) -> str:
    return _FIGURE_DASH_RE.sub("\u2013", text)


def _tex_dashes(text: str) -> str:
    for typed, dash in _TEX_DASHES:
        text = text.replace(typed, dash)
    return text


@dataclass(slots=True)
class _Run:
    text: str
    italic: bool
    link: str | None


@dataclass(slots=True)
class InlineBuilder:
    """Collects a note's runs (text with its formatting) and writes the inline model.

    Adjacent runs with the same formatting are one run (Word splits a title into a run per
    word); white space between two italic runs is part of the italic span.
    """

    tex_dashes: bool = False
    _runs: list[_Run] = field(default_factory=list)
    _paragraph_ended: bool = False  # a paragraph closed; no text has come since

    def add(
        self, text: str, *, italic: bool = False, bold: bool = False, link: str | None = None
    ) -> None:
        """Append TEXT, set in italics or bold or not, inside a link to LINK or not.

        Bold words are marked as italics are: styles that set titles (ABNT) or authors in
        bold mark with it what others mark with italics. Bold without a letter is not a
        mark (Wikipedia's bold volume numbers).
        """
        if text and self._paragraph_ended and text.strip():
            self._paragraph_ended = False
            last = _last_word_run(self._runs)
            if (
                _sentence_opens(text)
                and last is not None
                and self._runs[last].text.rstrip()[-1:].isalnum()
            ):
                self._runs.insert(last + 1, _Run(".", False, None))  # "…, p. 69" ¶ "On the …"
            self._runs.append(_Run(" ", False, None))
        if text:
            marked = italic or (bold and any(c.isalpha() for c in text))
            self._runs.append(_Run(text, marked, link))

    def space(self) -> None:
        """A break between blocks (paragraphs, lines): one space in the note."""
        self.add(" ")

    def paragraph_break(self) -> None:
        """The end of one of a note's paragraphs: one space, and a full stop where the
        paragraph ended on a word or number and the next opens a sentence. A source set on a
        line of its own ("<cite>…, London, 1889, p. 69</cite>", a Markdown note's first
        paragraph) has no stop of its own, and the paragraph after it is comment."""
        self._paragraph_ended = bool(self._runs)

    def build(self) -> tuple[str, tuple[Link, ...]]:
        """The note's text and its links."""
        writer = _Writer()
        for run in _merged(self._runs, tex_dashes=self.tex_dashes):
            writer.write(run)
        text, links = writer.result()
        return close_low_quotes(text), links


def close_low_quotes(text: str) -> str:
    """A straight ``"`` that closes a low opening quote is the curly one: „Titel" -> „Titel“.

    German and Polish quotations open low (U+201E) and close high; pandoc's Markdown writer
    writes every curly double quote as a straight one, and people typing on a keyboard
    without the high mark do the same, so „Titel" is a quoted title like „Titel“. The
    replacement keeps the text's length, so link offsets stay where they were.
    """
    if "\u201e" not in text or '"' not in text:
        return text
    chars = list(text)
    is_open = False
    for i, char in enumerate(chars):
        if char == "\u201e":
            is_open = True
        elif char in "\u201c\u201d":
            is_open = False
        elif char == '"' and is_open:
            chars[i] = "\u201c"
            is_open = False
    return "".join(chars)


def _merged(runs: list[_Run], *, tex_dashes: bool) -> list[_Run]:
    """Runs cleaned and joined where their formatting agrees."""
    cleaned = [
        _Run(
            clean_characters(r.text, tex_dashes=tex_dashes).replace("*", LITERAL_ASTERISK),
            r.italic,
            r.link,
        )
        for r in runs
    ]
    _italicise_gaps(cleaned)
    _space_after_links(cleaned)
    out: list[_Run] = []
    for run in cleaned:
        if out and (out[-1].italic, out[-1].link) == (run.italic, run.link):
            out[-1].text += run.text
        else:
            out.append(run)
    return out


# a word's end in a link's text, and a number glued after the link: "[An Introduction to Agile
# Software Development](…)1 (2004)", a Bluebook page whose space the conversion lost
LINKED_WORD_END_RE = re.compile(r"[a-z]{3}$")
GLUED_NUMBER_RE = re.compile(r"\d+(?=[\s,.;:)]|$)")


def _space_after_links(runs: list[_Run]) -> None:
    """A number glued to the link before it is a page: a space goes between them."""
    for before, run in zip(runs, runs[1:], strict=False):
        if (
            before.link
            and not run.link
            and LINKED_WORD_END_RE.search(before.text)
            and GLUED_NUMBER_RE.match(run.text)
        ):
            run.text = " " + run.text


# between two italic parties, the roman "v." of a case name: "*United States* v. *Lopez*"
CASE_VERSUS_RE = re.compile(r"\s+(?:v|vs)\.?\s+")
# an italic run that ends with "et al." closes a list of names, not the start of a title:
# "Simona Cerutti *et al.* *Appartenance locale*" (no-break space included)
ET_AL_END_RE = re.compile(r"(?:^|\s)et[\s\u00a0]+al\.\s*$")
ET_AL_REACH = 12  # characters of an italic stretch in which "et al." is looked for


def _italicise_gaps(runs: list[_Run]) -> None:
    """A roman run of white space between two italic runs is italic: "*The* *Book*" is one
    title; so is the "v." between two parties: "*United States* v. *Lopez*" is one case name.
    An italic "*et al.*" before a title stays apart from it."""
    stretch = ""  # the italic words just before run i, over several runs ("et", "~", "al.")
    for i in range(1, len(runs) - 1):
        run = runs[i]
        stretch = (stretch + runs[i - 1].text)[-ET_AL_REACH:] if runs[i - 1].italic else ""
        gap = not run.text.strip() or CASE_VERSUS_RE.fullmatch(run.text)
        if ET_AL_END_RE.search(stretch):
            continue
        if not run.italic and gap and runs[i - 1].italic and runs[i + 1].italic:
            run.italic = True
            run.link = runs[i - 1].link if runs[i - 1].link == runs[i + 1].link else run.link


class _Writer:
    """Writes runs as text with one space between words, marks and link offsets included."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._space_pending = False
        self._links: list[Link] = []

    def write(self, run: _Run) -> None:
        words = _SPACE_RE.sub(" ", run.text)
        lead, core, tail = _split_spaces(words)
        if lead:
            self._space_pending = True
        if not core:
            return
        self._flush_space()
        start = self._length
        if run.italic and any(c.isalnum() for c in core):
            title = core.rstrip(",;")  # "*Title,*": the comma after a title is not the title's
            self._emit(ITALIC_MARK + title + ITALIC_MARK + core[len(title) :])
        else:
            self._emit(core)
        if run.link:
            self._links.append(Link(start, self._length, run.link))
        self._space_pending = bool(tail)

    def result(self) -> tuple[str, tuple[Link, ...]]:
        return "".join(self._parts), tuple(self._links)

    def _flush_space(self) -> None:
        if self._space_pending and self._length:
            self._emit(" ")
        self._space_pending = False

    def _emit(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)


def _split_spaces(text: str) -> tuple[str, str, str]:
    """(leading space, the words, trailing space) of a run whose spaces are single."""
    core = text.strip(" ")
    if not core:
        return text, "", ""
    lead = text[: len(text) - len(text.lstrip(" "))]
    tail = text[len(text.rstrip(" ")) :]
    return lead, core, tail


def _sentence_opens(text: str) -> bool:
    """Does TEXT, its spaces aside, open with a capital letter ("On the anniversary …")?"""
    first = text.lstrip()[:1]
    return first.isupper()


def _last_word_run(runs: list[_Run]) -> int | None:
    """The index of the last run that holds more than spaces, or None."""
    for index in range(len(runs) - 1, -1, -1):
        if runs[index].text.strip():
            return index
    return None


def spaced(text: str) -> str:
    """Plain TEXT with the inline model's spaces and characters, asterisks left as typed.

    A note typed in a .txt file may mark a title *between asterisks* as Markdown does, so
    its asterisks stay marks; its no-break and thin spaces become plain ones as in every
    other format ("p.\u00a045" is "p. 45"), invisible characters go.
    """
    # every character of _SPACE_RE is one the engine takes for \s and str.split cuts at: the
    # same as _SPACE_RE.sub(" ", …).strip(" "), without a replacement at every space
    return " ".join(clean_characters(text).split())


def plain(text: str, *, tex_dashes: bool = False) -> str:
    """Unformatted TEXT in the inline model (the text reader's notes)."""
    builder = InlineBuilder(tex_dashes=tex_dashes)
    builder.add(text)
    return builder.build()[0]
