"""Patterns rewritten for speed find what their plain forms find.

A pattern that opens with a look-behind ("(?<!\\w)\\*") is tried by the regex engine at every
position of a text; written with the look-behind after the mark ("\\*(?<![\\w*]\\*)") the
engine skips from mark to mark. Each rewritten pattern is compared here with its plain form
on texts made of the characters it reads, every start position included; each cheap test
placed before a pattern must hold wherever the pattern matches.
"""

from __future__ import annotations

import random
import re

import pytest

from citekit import layout
from citekit.inline import _SPACE_RE, spaced
from citekit.parse import (
    archivalunits,
    bluebook,
    citestart,
    cues,
    dateprose,
    decisions,
    entryruns,
    ibids,
    joins,
    jurisdictions,
    known,
    namecues,
    namedibid,
    oscola,
    partin,
    patterns,
    pinpoint,
    quotedtail,
    reference,
    refvancouver,
    short_title_law,
    split,
    statement,
    uregex,
    yearhead,
)
from citekit.parse.prefilter import folded
from citekit.parse.shortforms import CODE_SECTION_RE

SUPER = layout.SUPERSCRIPTS
PLAIN_FORMS = [  # (the pattern in use, its plain form, the pieces texts are made of)
    (
        patterns.YEAR_RE,
        rf"(?<!\d){patterns.YEAR}(?:[a-z])?(?!\d)",
        ["1", "2", "0", "4", "9", "19", "20", "a", "é", " ", "x"],
    ),
    (
        patterns.ITALIC_RE,
        r"(?<![\w*])\*(?!\s)(?P<body>[^*]+?)(?<!\s)(?:\*(?![\w*])|(?<=[,.;:])\*(?!\*))",
        ["*", "a", " ", "é", ".", ",", "_", "**"],
    ),
    (
        patterns.QUOTED_RE,
        r"""“(?P<a>[^”]+)”|“(?P<h>[^“”]+)“(?=[,.;:])|„(?P<b>[^“”]+)[“”]|«\s*(?P<c>[^»]+?)\s*»|»(?P<i>[^«»]+)«|(?<![\w])"(?P<d>[^"]+)"
        |(?<![\w])‘(?P<e>[^’‘]*(?:(?:‘[^‘’]{1,60}’(?!\w)|’\w|(?<=s)’\s(?=[A-Z][^’‘]{0,80}’(?!\w)))[^’‘]*)*)’(?!\w)
        |(?<![\w])'(?P<f>[^']+?(?:(?<=\w)'\w[^']*?)*)'(?![\w])
        |(?<![^\s(])”(?=\w)(?P<g>[^”“]+)”""",
        ["a", " ", '"', "'", "‘", "’", "“", "”", "«", "»", "„", "."],
    ),
    (
        statement.ITALIC_NAME_RE,
        r"(?:(?<=^)|(?<=in:\s)|(?<=/))\*"
        + statement.ITALIC_NAME_RE.pattern[len(r"\*(?:(?<=^\*)|(?<=in:\s\*)|(?<=/\*))") :],
        ["*", "Smith", "Paul", " ", "in: ", "/", ",", " (Hg.)", ":", "x"],
    ),
    (
        statement.BOLD_RE,
        r"(?<!\*)\*\*(?=[^*\s])(?P<body>[^*]+?)(?<=[^*\s])\*\*(?!\*)",
        ["*", "**", "a", " ", "b"],
    ),
    (
        layout.SUPER_IN_TEXT_RE,
        layout.SUPER_DIGITS,
        [SUPER[1], SUPER[2], SUPER[0], "a", " ", "."],
    ),
    (
        known.FAMILY_WORD_RE,
        r"(?<!\w)[^\W\d_][\w'’-]+",
        ["a", "B", "é", "1", "_", " ", "-", "’", "'", "."],
    ),
    (  # ASCII pieces: the plain form is widened here, the pattern in use is not
        entryruns.SENTENCE_END_RE,
        r"(?<=[\w)*])(?<![\s.][A-Z])\.[”\"’']?\s+(?=[A-Z*])",
        ["Marsh", ",", " ", "R", ".", "T", "a", ")", "*", "”", "'", "\n", "1", ". "],
    ),
]


def _texts(pieces: list[str], count: int = 3000) -> list[str]:
    rng = random.Random(15)
    return ["".join(rng.choices(pieces, k=rng.randint(0, 14))) for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str, start: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start)]


@pytest.mark.parametrize(("pattern", "plain", "pieces"), PLAIN_FORMS)
def test_rewritten_pattern_finds_what_its_plain_form_finds(pattern, plain, pieces):
    flags = re.VERBOSE if "\n" in plain else 0
    plain_re = re.compile(uregex.widen(plain), flags)
    assert plain_re.pattern != pattern.pattern
    for text in _texts(pieces):
        for start in range(min(len(text), 3) + 1):
            assert _found(pattern, text, start) == _found(plain_re, text, start), text


def _has_ibid_word(text: str) -> bool:
    return any(word in folded(text) for word in ibids.IBID_OPENERS)


GUARDS = [  # (a pattern, the test every text it matches passes, pieces, and examples it matches)
    (
        joins.JOIN_RE,
        lambda t: joins.has_join_word(t.split()),
        ["and", " ", "as well as", ",", "x", "und", "\n", "sowie", "y"],
        ["Smith, 12 and Jones, 4", "ibid., 5–12, and, for a sceptical view, Wolff"],
    ),
    (ibids.INNER_IBID_RE, _has_ibid_word, ["see ", "ibid", " ", "*", "IBID"], ["see also ibid."]),
    (ibids.PROSE_IBID_RE, _has_ibid_word, ["Ibid", " ", ",", "ebd", "x"], ["is ibid, 4"]),
    (ibids.PROSE_ID_RE, _has_ibid_word, ["Id.", " ", "at 3", "*", ";"], ["is Id. at 39"]),
    (
        bluebook.PERIODICAL_RE,
        bluebook.VOLUME_JOURNAL_RE.search,
        ["Smith", ", ", "*T*", "92", " "],
        ["Cass R. Sunstein, *Chevron Step Zero*, 92 VA. L. REV. 187, 191 (2006)"],
    ),
    (
        bluebook.CASE_RE,
        bluebook.CASE_MARK_RE.search,
        ["A", " v. ", "B", ", ", "467"],
        ["Chevron U.S.A. Inc. v. Natural Res. Def. Council, Inc., 467 U.S. 837, 842–43 (1984)"],
    ),
    (
        cues.NAME_COLON_RE,
        re.compile(r":\s").search,
        ["Hendrik Birus", ":", " ", "Goethes", "\n"],
        ["vgl. Hendrik Birus: Goethes Idee"],
    ),
    (
        patterns.NAME_THEN_TITLE_RE,
        re.compile(r",\s*[*“\"‘«„]").search,
        ["in ", "Karp", " and ", "Sutcliffe", ",", " ", "*Title*", "“"],
        ["discussed in Karp and Sutcliffe, *Title*"],
    ),
    (
        jurisdictions.JURISDICTION_RE,
        re.compile(r"\((?:Cth|NSW|Vic)\)").search,
        ["*Native Title Act ", "1993", "*", " ", "(Cth)", "(NSW", ")", "Vic"],
        ["*Native Title Act 1993* (Cth) s 223"],
    ),
    (
        pinpoint.NOTE_POINTER_RE,
        re.compile(r"note|n\.|Anm\.|nota|przyp\.").search,
        ["(", "note", " ", "n.", "3", ")", "in*", ",", "Anm.", "nota", "*", "przyp.", "p. "],
        ["(note 1), 260"],
    ),
    (
        entryruns.ENTRY_HEAD_RE,
        re.compile(r",\s+[A-Z]\.").search,
        ["Bishop", ", ", "C.", " ", "2006", ". ", "and ", "Koller", "D.", "(", ")", "J. C."],
        ["Technical books include Bishop, C. 2006. Pattern Recognition."],
    ),
    (
        CODE_SECTION_RE,
        re.compile("§").search,
        ["Cal. Civ. Code", " ", "§", "§ 1714", "(b)", "Stat.", "12", ", ", "40 C.F.R."],
        ["Cal. Civ. Code § 1714", "40 C.F.R. § 1500.1 (2020)"],
    ),
    (
        dateprose.SHORT_THEN_PROSE_RE,
        lambda t: bool(
            (year := dateprose.YEAR_RE.search(t))
            and dateprose.PROSE_WORD_RE.search(t, year.start())
        ),
        ["See ", "Marsh", " ", "1998", "(2005: 31)", " on", " the", ",", "Kennedy", "é", "\n"],
        ["See Marsh 1998 on the later decades.", "Kennedy (2005: 31) makes the same point."],
    ),
    (
        pinpoint.PARTS_BEFORE_RE,
        re.compile(r",\s*$").search,
        ["doc. 7", ", ", "lib. I", "cap. 5", " ", "\n", "x", ",", "p. 4"],
        ["doc. 7, ", "Title, lib. I, cap. 5, "],
    ),
    (
        refvancouver.VANCOUVER_EDITORS_RE,
        re.compile(r",\s(?:editors?|eds?)\.").search,
        ["Craik FIM", ", ", "Salthouse TA", "editors", "ed", ".", " ", "The Handbook", "\n"],
        ["Craik FIM, Salthouse TA, editors. The Handbook"],
    ),
    (
        split.PINPOINT_COLON_PROSE_RE,
        uregex.compile(r":\s+[a-zà-ÿ]{2}").search,
        ["p. 45", ":", " ", "ce", "qui", " : ", "x", "é", "Paris", ",", "\n"],
        ["Smith, p. 45: the same point is made"],
    ),
    (
        partin.IN_SHORT_BOOK_RE,
        re.compile(r"[”\"’],?\s+(?:in|en|dans|nel)").search,
        ["Anne Smith", ", ", "“Chapter Title”", " ", "in ", "dans ", "*Book*", "12", "’", ":"],
        ["Anne Smith, “Chapter Title,” in *Book*, 12"],
    ),
    (
        namedibid.NAMED_IBID_RE,
        lambda t: any(word in folded(t) for word, _ in namedibid.IBID_OPENINGS),
        ["*Schulze*", ", ", "Ebd.", " Rn. 18", " (", "tamże", "A. Stańko", "Smith", "IBID", "x"],
        ["*Schulze*, ebd. Rn. 18", "A. Stańko (tamże, s. 309-340)"],
    ),
    (
        decisions.DECISION_RE,
        lambda t: t.startswith(decisions.COURT_OPENINGS),
        ["BGH", "OLG", " Nürnberg", ", ", "Urt. v. ", "1.12.2010", " ", "GRUR 1991, 529", "x"],
        ["BGH, Urt. v. 1.12.2010 (I ZR 196/08) - Name - Rn. 19", "BGH, GRUR 1991, 529 (530)"],
    ),
    (
        yearhead.YEAR_HEAD_RE,
        yearhead.OPEN_YEAR_RE.search,
        ["Sirajul Islam", " (1979), ", " (1917–18), ", "The Title", " and ", "Ann Lee", "(", " "],
        ["Sirajul Islam (1979), The Permanent Settlement", "Ann Lee (1917–18), The Year"],
    ),
    (
        citestart.SUPRA_TITLE_RE,
        lambda t: "supra" in t,
        ["Convention", " ", "Rights", ", ", "*supra*", "supra", "super", "x", ";", "note 6"],
        ["Convention for the Protection of Human Rights, *supra* note 6 at 36"],
    ),
]


@pytest.mark.parametrize(("pattern", "test", "pieces", "examples"), GUARDS)
def test_cheap_test_holds_wherever_the_pattern_matches(pattern, test, pieces, examples):
    compiled = getattr(pattern, "compiled", pattern)  # the pattern behind a guard
    matched = [t for t in examples + _texts(pieces) if compiled.search(t)]
    assert matched[: len(examples)] == examples  # the examples reach the pattern
    assert all(test(t) for t in matched)


def test_spaced_is_the_space_pattern_stripped():
    for text in _texts(["a", " ", "\u00a0", "\u2009", "\n", "\u3000", "\x1c", "b", "\t"]):
        assert spaced(text) == _SPACE_RE.sub(" ", text).strip(" ")


def test_words_are_the_runs_of_non_space():
    word_re = re.compile(r"[^\s]+")
    for text in _texts(["a", " ", "\u00a0", "\n", "\u2028", "b,", "\x85"]):
        assert namecues.word_tokens(text) == word_re.findall(text)


def test_inner_ibid_without_an_ibid_word_is_none():
    assert ibids.inner_ibid("See Smith, *Title*, 45.") is None
    assert ibids.inner_ibid("See also ibid., 45.") is not None


def test_name_token_reads_letters_stops_hyphens_and_apostrophes():
    def plain(bare: str) -> bool:  # the test as first written, a character at a time
        return bare[0].isupper() and all(c.isalpha() or c in ".-'" for c in bare)

    for text in _texts(["A", "b", "É", ".", "-", "'", "Ⅷ", "²", "1", "_", "\u0301"]):
        bare = text.strip(",.:;()")
        if bare and "/" not in bare and bare.casefold() not in namecues.PARTICLES:
            fits = not (bare.isupper() and len(bare) > 3 and "." not in bare)
            assert namecues.name_token(text) == (plain(bare) and fits), text


def test_tight_comma_finds_what_its_plain_form_finds():  # ASCII capitals: not widened
    plain_re = re.compile(r"(?<=[^\W\d_]),(?=[A-Z][\w'’.-]*[\s,])")
    for text in _texts(["Hallett", " R", ",", "S", "é", "É", "1", "_", " ", "-", "a"]):
        for start in range(min(len(text), 3) + 1):
            assert _found(reference.TIGHT_COMMA_RE, text, start) == _found(plain_re, text, start)


def test_joint_before_a_quotation_needs_its_colon_or_comma_and_space():
    def plain(text: str, quote: int) -> int | None:  # every start tried, as first written
        for start in range(max(quote - 110, 0), quote):
            mark = text[start].isalnum() or text[start] in ".*"
            joint = quotedtail.JOINT_RE.fullmatch(text, start + 1, quote)
            if mark and joint and quotedtail._pinpoint_ends(text, start + 1):
                return start + 1
        return None

    pieces = ["552", ":", ",", " ", "\u00a0", "“", "(emphasis added)", ", on Lk 2:5", "p. ", "xii"]
    for text in _texts(pieces):
        for quote in (m.start() for m in re.finditer("“", text)):
            assert quotedtail._joint_before(text, quote) == plain(text, quote), text


def test_year_in_brackets_test_answers_as_its_plain_form():  # the bracket first, digits behind
    plain_re = re.compile(r"\d{4}[)\]]\s")
    for text in _texts(["(", "2003", ") ", "]", " ", "66", "1", "[2011] ", "x", "٢٠٠٣"]):
        found = oscola.YEAR_IN_BRACKETS_RE.search(text)
        assert (found is None) == (plain_re.search(text) is None), text


def test_access_date_search_from_its_first_word_finds_what_the_pattern_finds():
    pieces = ["(", "[", "last ", "accessed", " on ", "March 3, 2018", ")", " ", "x", "ſ", "İ",
              "Zuletzt abgerufen", "letzter Zugriff", ": ", "Stand", "дата обращения", "12.03.22",
              "ACCESSED", "2019-01-02", " r.", "viewed", "<http://a.org/1>", ","]  # fmt: skip
    guarded = patterns.ACCESSED_RE
    for text in _texts(pieces, 6000):
        plain, fast = guarded.compiled.search(text), guarded.search(text)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))
        every = [(m.span(), m.groups()) for m in guarded.compiled.finditer(text)]
        assert every == [(m.span(), m.groups()) for m in guarded.finditer(text)], text


def test_quoted_spans_are_the_quoted_pattern_s_matches():  # kept for the next rule's question
    for text in _texts(["“", "”", "a", " ", "'", "‘", "’", "«", "»", '"', "„"]):
        spans = [(m.span(), m.groups()) for m in patterns.quoted_spans(text)]
        assert spans == [(m.span(), m.groups()) for m in patterns.QUOTED_RE.finditer(text)]


def test_family_word_test_answers_as_its_walk_over_the_characters():  # str methods, no generator
    from citekit.parse.invertednames import _family

    def walked(word: str) -> bool:
        letters = all(c.isalpha() or c in "-'’" for c in word)
        return len(word) > 1 and word[0].isupper() and not word.isupper() and letters

    for word in _texts(["A", "a", "-", "'", "’", "É", "ǅ", "1", ".", " ", "Ⅻ", "_", "ß"], 6000):
        assert _family(word) == walked(word), word


def test_a_unit_is_held_where_a_label_ends_before_its_number():  # the labels tried backwards
    pieces = ["f.", " ", "17", ", ", "op.", "d. ", "R-5446", "inv.", "  nr.", "Vol", "a Bo.", "5",
              "LEG", "ſ", "fol", "x", "12r", "л.", "\n", "N.º", "StGKr ", "-"]  # fmt: skip
    for text in ["RGASPI, f. 17, op. 3, d. 883, l. 10", "inv.  nr. 2005", *_texts(pieces, 6000)]:
        found = archivalunits.UNIT_PART_RE.search(text) is not None
        assert archivalunits.holds_unit(text) == found, text


def test_commentary_after_an_imprint_needs_its_colon():
    note = "Worster, *Dust Bowl*. New York: Oxford University Press. Cronon reads it as a tragedy."
    assert entryruns.commentary_at(note) is not None
    assert entryruns.commentary_at(note.replace(":", ",")) is None


# German legal short forms: the names they open with, then "in:", editions, years and pages
LAW_PIECES = [
    ", Zeitschrift", " 1989", ",", " 12", " (22)", ", in: ", "Meier/Roth", ", S. 43", ", 6. Aufl.",
    " 2020", ", § 4 UrhG Rn. 38", ", GRUR", " 2019", ", 441", " (443)", ", Das Gesetz", ", 8.Ed.",
    " Edition", " u. a.", "x", " ", "in:", "1989,", " Auflage", ".Aufl.",
]  # fmt: skip
YEAR_COMMA, IN_COLON = short_title_law.YEAR_COMMA, re.compile("in:")
LAW_GUARDS = [  # a pattern, the test every text it matches passes, an example it matches
    (short_title_law.ARTICLE_RE, YEAR_COMMA, "Huber, Zeitschrift 1989, 12 (22)"),
    (short_title_law.TITLED_ARTICLE_RE, YEAR_COMMA, "Ohly, Das Gesetz, GRUR 2019, 441"),
    (short_title_law.CHAPTER_RE, IN_COLON, "Huber, in: Meier/Roth, Ein Band, S. 43 (45)"),
    (short_title_law.COMMENTARY_RE, IN_COLON, "Leistner, in: Schricker, UrhR, 6. Aufl. 2020"),
    (
        short_title_law.TEXTBOOK_RE,
        re.compile(r"\.\s?(?:Aufl|Ed)"),
        "Kraßer/Ann, Recht, 8. Aufl. 2022",
    ),
]


@pytest.mark.parametrize(("pattern", "test", "example"), LAW_GUARDS)
def test_german_legal_forms_are_tried_only_where_their_test_holds(pattern, test, example):
    rng = random.Random(10)
    texts = ["Huber" + "".join(rng.choices(LAW_PIECES, k=rng.randint(1, 7))) for _ in range(60000)]
    matched = [t for t in [example, *texts] if pattern.compiled.match(t)]
    assert matched[0] == example
    assert len(matched) > 10  # the random texts reach the pattern
    assert all(test.search(t) for t in matched)
    assert all(pattern.match(t) is None for t in texts if not test.search(t))
