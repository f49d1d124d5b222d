"""The works a document cites in full, to recognise their short forms where nothing marks them.

A plain-text note has no italics: "Young, Ways of Reading Scripture" or "CONLEY, Alice.
Fifth-Grade Boys' Decisions, 138" looks like prose. That a family name of an earlier full
citation comes first and the words after it begin that citation's title is the evidence the
italics would have given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, memo, namecues, names, statement
from citekit.parse.shortforms import AUTHOR_DIVISION_RE, PINPOINT_RE
from citekit.parse.titlepinpoint import title_and_pinpoint

WORD_RE = re.compile(r"\w+")
# where a short title ends: its pinpoint or the mark that stands for the rest ("…", "cit.")
TITLE_END_RE = re.compile(r",|\.\.\.|…|\s\(|$")
# a title in its marks, at the start of what follows the names: *italic*, “quoted”, ‘quoted’
MARKED_TITLE_RE = deferred.compile(r"\*[^*]+\*|“[^”]+”|‘[^’]+’|\"[^\"]+\"")
MAIN_TITLE_LEAST = 2  # words of a main title that stand for its work ("Roman Triumph, 14")
ABBREVIATION_LEAST = 3  # letters of a name's opening that stand for it ("Dem.", "Thuc.")
NAME_WORDS = 6  # words read for the comma that closes the names ("Harley and Woodward,")
PARTICLES = lexicons.words("name_particles")  # "de", "von", "à": may be left out of a short form
STOPWORDS = lexicons.words("title_stopwords")  # "the", "a", "der": no word to find a title by
# articles a short title drops from the head of its title: "Tracte" for "A tracte containing …"
LEADING_ARTICLES = frozenset({"a", "an", "the", "der", "die", "das", "le", "la", "les", "il", "el"})


@dataclass(frozen=True, slots=True)
class KnownTitles:
    """Folded family name -> the openings (first 1, 2, … words, folded) of the titles of works
    they wrote or edited: a set, so that a book citing one author a thousand times asks one
    question a note, not a thousand."""

    by_family: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # the openings of the titles of works cited in full without names that may stand for them
    # (two words at least, unless the title has one), by their first word that is no
    # article: "Encyclopaedia Britannica, 178" is their short form
    by_title: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # the first word of every folded family name of by_family: a span none of whose words is
    # one names no known author, and is let go before its names are read (the costly part)
    family_words: frozenset[str] = frozenset()
    # the first word of every title of by_family: a known title opens with one of them
    title_words: frozenset[str] = frozenset()
    # the whole titles of works cited in full with their authors, and without their article:
    # "Lyrical Ballads, 289", "Tempest 5.1.275–76" cite them by title alone (titlepinpoint)
    whole_titles: frozenset[tuple[str, ...]] = frozenset()

    def empty(self) -> bool:
        return not (self.by_family or self.by_title)

    def cites(self, span: str) -> bool:
        """Does SPAN open with a known author and the beginning of one of their titles, or
        is it the title of a known work without names and a pinpoint?"""
        if self._title_and_pinpoint(span) or self._names_and_untitled(span):
            return True
        if self.family_and_division(span):
            return True
        if self.names_whole_title(span):
            return True
        if not self._may_name_title(span):
            return False
        span = statement.plain_names(span) if "*" in span else span  # "*Şahin*: Pottery …"
        words = span.split()
        return any(self._names_title(words, at) for at in _name_ends(span, words))

    def knows_family(self, name: str) -> bool:
        """Is NAME the family name of an author or editor of a work cited in full?"""
        return _fold(name) in self.by_family

    def is_short_form(self, span: str, after: str = "") -> bool:
        """Is SPAN a known author's names and the opening of their title, nothing after it,
        and do the words AFTER it not go on with that title? "Roch: Die kaiserzeitliche
        Münzprägung Milets" + "sowie …" is finished without a pinpoint; "Graber.
        Forecasting" + "and Organising the Future" is not."""
        if not self._may_name_author(span):
            return False
        span = statement.plain_names(span) if "*" in span else span
        words = span.split()
        # the title after the names has no comma of its own; the names may have one
        # ("Stanziani, Eurocentrism", "ВАЛЬДНЕР, О. А. и др. Диафрагмированные волноводы")
        return any(
            self._short_title_after(words, at, after)
            for at in _name_ends(span, words)
            if "," not in " ".join(words[at:])
        )

    def _short_title_after(self, words: list[str], count: int, after: str) -> bool:
        """Are WORDS[COUNT:] all of a known title's opening, which the words AFTER do not
        go on with?"""
        opening = self._names_title(words, count)
        if not opening or len(opening) != len(_words(" ".join(words[count:]))):
            return False
        more = after.split()[:2]  # the join word and the word after it
        return not more or len(self._names_title([*words, *more], count)) <= len(opening)

    def title_goes_on(self, prev: str, cur: str) -> bool:
        """Is CUR, cut from PREV at a full stop, more of the known title PREV opens with its
        author? "BOUREAU, Histoires d’un historien" + "Kantorowicz, p. 377"."""
        if not self.by_family or not cur[:1].isupper():
            return False
        prev = statement.plain_names(prev)  # "*Debiais*: Urkunden in Stein", as Freiburg prints it
        before = self._known_opening(prev)
        return bool(before) and len(self._known_opening(f"{prev}. {cur}")) > len(before)

    def opens_title(self, title: str) -> bool:
        """Is TITLE the opening of a known work's title, two words at least unless it is the
        whole title ("Religion" alone is a word of many titles, not the short form of one)?"""
        words = _words(title)
        if len(words) < 2 and words not in self.whole_titles:
            return False
        by_family = bool(words) and words[0] in self.title_words  # (the set first: a scan)
        if by_family and any(words in openings for openings in self.by_family.values()):
            return True
        return any(words in openings for openings in self.by_title.values())

    def names_whole_title(self, span: str) -> bool:
        """Is SPAN the whole title of a work cited in full with its authors, then only a
        pinpoint ("Lyrical Ballads, 289", "Tempest 5.1.275–76")?"""
        if not self.whole_titles:
            return False
        found = title_and_pinpoint(span)
        return found is not None and found[0] in self.whole_titles

    def _may_name_author(self, span: str) -> bool:
        """Does a word of SPAN open a known family name? Names are read from SPAN's words,
        so without one no known author can be found in it."""
        return not self.family_words.isdisjoint(_words(span))

    def _may_name_title(self, span: str) -> bool:
        """Does SPAN hold a word of a known family name and the first word of a title of
        by_family? A known title opens with a whole word of the span (the names' words are
        read again only to find where it starts): without one, it cannot name a known work."""
        found = _words(span)
        return not (self.family_words.isdisjoint(found) or self.title_words.isdisjoint(found))

    def _known_opening(self, span: str) -> tuple[str, ...]:
        """The longest opening of a known title SPAN gives after its author's names, or ()."""
        if not self._may_name_author(span):
            return ()
        words = span.split()
        found = [self._names_title(words, at) for at in _name_ends(span, words)]
        return max(found, key=len, default=())

    def _names_title(self, words: list[str], count: int) -> tuple[str, ...]:
        """The opening of a known title of the names WORDS[:COUNT] the words after them
        give, or ()."""
        rest = " ".join(words[count:]).lstrip(" ,.:")
        # the title ends at its closing mark ('*River Trade* for …') or at its first comma
        marked = MARKED_TITLE_RE.match(rest)
        shorts = {_words(rest[: TITLE_END_RE.search(rest).start()])}
        shorts |= {_words(marked.group())} if marked else set()
        shorts.discard(())
        if not shorts:
            return ()
        people = " ".join(words[:count])
        families = {_fold(names.family(n)) for n in names.split_names(people)}
        families.add(_fold(people))  # "De Vries": a family name of two words, no given name
        found = [s for s in shorts for f in families if s in self.by_family.get(f, ())]
        return max(found, key=len, default=())

    def family_alone(self, span: str) -> bool:
        """ "…, 2015); Borgman.": nothing but the family name of a known author, the short
        form that names an author cited for one work (Chicago's, as Zotero writes it); a
        span between cuts only, never the head of a list of names ("Daniel, Agarwal, …")."""
        words = span.strip(" .").split()
        if not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return False
        return self.knows_family(" ".join(words))

    def family_and_pinpoint(self, span: str) -> bool:
        """ "Knorr Cetina, 3", "García Márquez, 45": a known author's family name of two words,
        which the names' shapes alone cannot tell from two capitalised words, and a pinpoint."""
        head, comma, rest = span.rpartition(",")
        if not comma or not PINPOINT_RE.fullmatch(rest.strip(" .")):
            return self.family_and_division(span)
        return len(head.split()) == 2 and self.family_alone(head)

    def family_and_division(self, span: str) -> bool:
        """ "Thucydides 2.36.1", "Thuc. 2.40.1": a known author, or the opening of their name
        with a full stop, then a passage by its divisions, as classicists cite an ancient
        author given in full once; a division with its stops is no running prose."""
        found = AUTHOR_DIVISION_RE.fullmatch(span.strip())
        if found is None:
            return False
        name = found.group("name")
        return self.knows_family(name) or bool(found.group("stop") and self.expand(name))

    def expand(self, word: str) -> str | None:
        """The one known family name (folded) that WORD, three letters at least, opens: "Thuc"
        stands for "thucydides"; None where it opens none, or more than one."""
        folded = _fold(word)
        if len(folded) < ABBREVIATION_LEAST or folded in self.by_family:
            return None
        opened = [family for family in self.family_words if family.startswith(folded)]
        return opened[0] if len(opened) == 1 else None

    def opens_division(self, text: str, start: int) -> bool:
        """Does a known author's passage ("Thuc. 2.40.1") open TEXT at START?"""
        found = AUTHOR_DIVISION_RE.match(text, start)
        return found is not None and self.family_and_division(found.group())

    def _title_and_pinpoint(self, span: str) -> bool:
        """ "The Times Guide to English Style and Usage, p. 171": all or the start of a known
        title (two words at least, unless it has one), a comma, then only a pinpoint."""
        if not self.by_title:
            return False
        head, comma, rest = span.partition(",")
        if not comma or not PINPOINT_RE.fullmatch(rest.strip(" .")):
            return False
        return _words(head) in self.by_title.get(_key(_words(head)), ())

    def _names_and_untitled(self, span: str) -> bool:
        """ "Klingner and Lühr, Forschungsdesign 4.0": names, a comma, then the opening of a
        title cited in full without names (the running text named its authors there, as
        `@key` in pandoc's prose prints the note)."""
        if not self.by_title:
            return False
        head, comma, rest = span.partition(",")
        rest = rest.strip()
        if not comma or not rest[:1].isupper() or "(" in head or ")" in head:
            return False  # "NA), fond Předsednictvo …": a bracket's end, then a record
        title = _words(rest[: TITLE_END_RE.search(rest).start()])
        known = bool(title) and title in self.by_title.get(_key(title), ())
        return known and namecues.name_only(head)  # (the costlier test last)


NO_TITLES = KnownTitles()


def _name_ends(span: str, words: list[str]) -> set[int]:
    """Where the names at the head of SPAN (split into WORDS) may end: after the name group
    the name cues read, after the first comma ("Young, Ways of Reading"), or after a full
    stop of the first words after an inverted family name ("ВАЛЬДНЕР, О. А. и др.
    Диафрагмированные волноводы", ISO 690's names and "et al." that the cues stop short of;
    not the "Высш." of "This is discussed in Труды Высш."). Only a known author's title
    after them makes any of these a short form."""
    head = words[:NAME_WORDS]
    ends = {namecues.leading_name_tokens(span)}
    ends.add(next((i + 1 for i, w in enumerate(head) if w.endswith(",")), 0))
    if head and head[0].endswith(",") and head[0][:1].isupper():  # not "recientemente, CANAL,"
        stops = [i + 1 for i, w in enumerate(head) if w.endswith(".")]
        ends.update(at for at in stops if namecues.name_only(" ".join(words[:at])))
    return {at for at in ends if 0 < at < len(words)}


# a word that may be a family name, not inside another word: the test of the character before
# made after its first letter, so that the engine looks only where a letter is
FAMILY_WORD_RE = re.compile(r"[^\W\d_](?<!\w[^\W\d_])[\w'’-]+")


def names_known_author(text: str, known: KnownTitles, starts: Iterable[int]) -> bool:
    """Does TEXT name a known author anywhere but at the STARTS of the citations found in it?

    Only such a note can hold a short form that the first reading missed.
    """
    if known.empty():
        return False
    taken = set(starts)
    leads = None  # the names opening each citation, read at the first known word
    before = ""  # the word before, for a family name of two words ("De Vries", "Van Wincoop")
    for match in FAMILY_WORD_RE.finditer(text):
        word = _fold(match.group())
        pair, before = f"{before} {word}", word
        family = word in known.by_family or pair in known.by_family
        if not family and text[match.end() : match.end() + 1] == ".":
            family = known.opens_division(text, match.start())  # "Thuc. 2.40.1"
        if not family and word not in known.by_title:
            continue  # (the cheap test first: most words name no known author)
        position = match.start()
        leads = leads if leads is not None else [(s, _lead_name_end(text, s)) for s in taken]
        if position in taken or any(s < position < e for s, e in leads):
            continue
        if family or position - 1 not in taken:
            return True  # (not "*Stubbs v Sayer*, 264": that title was found already)
    return False


def _lead_name_end(text: str, start: int) -> int:
    """Where the names opening a citation at START end: after the comma of "Odd Arne Kramer,"
    when every word up to it is capitalised; START itself otherwise ("See the discussion in
    Kramer, …" may hide a short form that only the known titles find)."""
    position = start
    for _ in range(NAME_WORDS):
        end = text.find(" ", position)
        word = text[position:] if end < 0 else text[position:end]
        if not word[:1].isupper():
            return start
        if word.endswith(","):
            return position + len(word)
        if end < 0:
            return start
        position = end + 1
    return start


def is_known_title(span: str, known: KnownTitles) -> bool:
    """Is SPAN, a bare title ("*Estimating Policy Barriers to Trade*"), the title (or the
    start of the title) of a work the document cites in full?"""
    words = _words(span)
    key = _key(words)
    if not key:
        return False
    words = words[words.index(key) :]
    titles = [t for group in known.by_family.values() for t in group]
    titles += known.by_title.get(key, ())
    return any(t[t.index(key) : t.index(key) + len(words)] == words for t in titles if key in t)


def learn(works: Iterable[Mapping[str, str]]) -> KnownTitles:
    """The titles of WORKS (full citations' fields) by the family names of their people."""
    found: dict[str, list[tuple[str, ...]]] = {}
    untitled: dict[str, list[tuple[str, ...]]] = {}  # works without names, see by_title
    main_titles: set[tuple[str, ...]] = set()  # see _main_title
    for fields in works:
        if _opens_with_names(fields.get("title", "")):
            continue  # "MATTOS, Hebe. Memórias …": a co-author the parse took into the title
        title = _words(fields.get("title", ""))
        people = " and ".join(fields.get(k, "") for k in ("author", "editor") if fields.get(k))
        if title and not fields.get("author") and _key(title):  # an edition too: "Selected
            untitled.setdefault(_key(title), []).append(title)  # Letters, 40", ed. Banks
        if not title or not people:
            continue
        main_titles.update(_main_title(fields["title"]))
        for name in people.split(" and "):
            for family in (*_family_forms(names.family(name)), *_second_family(name)):
                found.setdefault(family, []).extend(_without_article(title))
    by_family = {family: _openings(titles, 1) for family, titles in found.items() if family}
    return KnownTitles(
        by_family,
        {word: _openings(titles, 2) for word, titles in untitled.items()},
        frozenset(family.partition(" ")[0] for family in by_family),
        frozenset(opening[0] for openings in by_family.values() for opening in openings),
        frozenset(title for titles in found.values() for title in titles) | main_titles,
    )


def _main_title(title: str) -> tuple[tuple[str, ...], ...]:
    """The words of TITLE before its subtitle, with and without its article, where it has a
    subtitle and two words at least: "Hearings on the Federal Reserve System, 52" is the short
    title of "Hearings on the Federal Reserve System: Testimony of Bankers"."""
    main, colon, _ = title.partition(": ")
    words = _words(main)
    if not colon or len(words) < MAIN_TITLE_LEAST:
        return ()
    return _without_article(words)


def _without_article(title: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """TITLE, and without its leading article when it has one: a short title leaves it out."""
    if len(title) > 1 and title[0] in LEADING_ARTICLES:
        return (title, title[1:])
    return (title,)


def _openings(titles: list[tuple[str, ...]], least: int) -> frozenset[tuple[str, ...]]:
    """Every opening of TITLES of LEAST words at least (of all of a shorter title's words)."""
    return frozenset(
        title[:count] for title in titles for count in range(min(least, len(title)), len(title) + 1)
    )


def _key(words: tuple[str, ...]) -> str:
    """The first word of a title that is no article or preposition ("" if none is)."""
    return next((w for w in words if w not in STOPWORDS and not w.isdigit()), "")


def _opens_with_names(title: str) -> bool:
    head, stop, _ = title.partition(". ")
    return bool(stop) and namecues.name_only(head)


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text.replace("*", "").casefold()))


def _second_family(name: str) -> tuple[str, ...]:
    """ "Cetina, Karin Knorr": the family name with the last given name before it, which may
    be a first family name the name's words could not tell ("Knorr Cetina", "García
    Márquez"); a short form that gives both names says so."""
    family, _, given = name.partition(",")
    words = given.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].endswith("."):
        return ()
    return (_fold(f"{words[-1]} {family}"),)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def _family_forms(family: str) -> tuple[str, ...]:
    """The folded family name, and without its particles if it has any: a short form may
    drop them ("Cornelius à Lapide" is "Lapide", "Antonio de Azevedo" is "Azevedo")."""
    words = family.split()
    bare = words[next((i for i, w in enumerate(words) if w.casefold() not in PARTICLES), 0) :]
    return tuple(dict.fromkeys((_fold(family), _fold(" ".join(bare)))))


@lru_cache(maxsize=memo.PER_DOCUMENT)  # every word of every note is folded to be looked up
def _fold(name: str) -> str:
    return " ".join(_words(name))
