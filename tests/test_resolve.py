"""Back-references -> works, in eyecite's manner: each row names the work its note must land on.

`None` means the citation must stay unresolved; every case also names the diagnostics it raises.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from citekit.dedupe import merge_works
from citekit.model import Citation, Code, Diagnostic, Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.resolve import REACH, resolve
from tests.markdown_notes import extract_notes

Label = str | None | tuple[str | None, ...]


def resolve_notes(*texts: str) -> tuple[tuple[Citation, ...], tuple[Diagnostic, ...]]:
    """TEXTS as notes 1, 2, 3 ..., parsed with the document's context, then resolved."""
    context = build_context(texts)
    citations: list[Citation] = []
    for number, text in enumerate(texts, start=1):
        citations.extend(parse_note(Note(number, text, Span(0, 0, number)), context))
    resolved, _, diagnostics = resolve(tuple(citations))
    return resolved, diagnostics


def assert_resolution(*rows: tuple[Label, str]) -> tuple[Diagnostic, ...]:
    """Each row: (label, note text); a tuple label gives one label per citation of the note.

    Citations with one label share a work id, different labels have different ids, and
    `None` rows stay unresolved. Returns the diagnostics, for the caller to check.
    """
    resolved, diagnostics = resolve_notes(*(text for _, text in rows))
    by_note: dict[int, list[Citation]] = {}
    for citation in resolved:
        by_note.setdefault(citation.note, []).append(citation)
    work_of: dict[str, str] = {}
    for number, (label, text) in enumerate(rows, start=1):
        cited = by_note.get(number, [])
        labels = label if isinstance(label, tuple) else (label,) * max(len(cited), 1)
        assert len(cited) == len(labels), f"note {number} {text!r}: {[c.text for c in cited]}"
        for want, citation in zip(labels, cited, strict=True):
            where = f"note {number} {citation.text!r}"
            if want is None:
                assert citation.work is None, f"{where} resolved to {citation.work}"
                continue
            assert citation.work is not None, f"{where} is unresolved, want {want}"
            assert work_of.setdefault(want, citation.work) == citation.work, (
                f"{where} -> {citation.work}, but {want} is {work_of[want]}"
            )
    ids = list(work_of.values())
    assert len(set(ids)) == len(ids), f"different labels share a work: {work_of}"
    return diagnostics


SMITH_WAR = "John Smith, *War and Society* (Oxford: Clarendon Press, 2001), p. 3."
SMITH_PEACE = "John Smith, *Peace in Our Time* (London: Macmillan, 1999), p. 8."
JONES = "Peter Jones, *Empires of the Sea* (Cambridge: Cambridge University Press, 2005), p. 10."
MARSH = "Peter Marsh, *The Victorian Church in Decline* (London: Routledge, 1969), p. 20."
KETTLER = "Anna Kettler: Die Republik der Übersetzer, Göttingen: Wallstein 2008, S. 33."
BIRUS = "Hendrik Birus: Goethes Idee der Weltliteratur, München: Beck 1995, S. 5."
BRAUDEL = "Fernand Braudel, La Méditerranée, Paris, Armand Colin, 1949, p. 45."
CHERNYAEV = (
    "Anatoly Chernyaev Papers, National Security Archive (hereafter Chernyaev Papers), "
    "Box 2, Folder 3."
)

# (rows, diagnostics as (note, code))
CASES = [
    pytest.param([("A", SMITH_WAR), ("A", "Ibid., p. 4.")], set(), id="ibid-after-one-work"),
    pytest.param([("A", SMITH_WAR), ("A", "Ibid."), ("A", "Ibid., p. 9.")], set(), id="ibid-chain"),
    pytest.param(
        [(("A", "B"), f"{SMITH_WAR[:-1]}; {JONES}"), ("B", "Ibid.")],
        {(2, "ibid-ambiguous")},
        id="ibid-after-two-works-takes-the-last-with-a-warning",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("P", "R. Okafor, private communication."), ("P", "Ibid.")],
        set(),
        id="ibid-after-a-private-communication-is-that-communication",
    ),
    pytest.param(
        [
            ("A", "Ida Brenn, “Tidal Ledgers,” *Harbour Studies*, 4, 2 (1979), pp. 12-30."),
            ("B", "Ida Brenn, “Salt and Silver,” *Coastal Review*, Nov., 1985."),
            ("C", JONES),
            ("B", "Brenn, *Coastal Review*, op. cit."),
        ],
        set(),
        id="op-cit-named-by-the-journal-of-the-authors-article",
    ),
    pytest.param(
        [(("A", "A", "B"), f"{SMITH_WAR[:-1]}; Ibid., p. 5; {JONES}")],
        set(),
        id="ibid-within-note-takes-previous-citation",
    ),
    pytest.param([(None, "Ibid., p. 4.")], {(1, "ibid-unresolved")}, id="ibid-with-nothing-before"),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("A", "Smith, Op. cit., p. 7.")],
        set(),
        id="opcit-one-work-by-author",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", SMITH_PEACE), ("B", "Smith, op. cit., p. 7.")],
        {(3, "opcit-ambiguous")},
        id="opcit-two-works-takes-latest",
    ),
    pytest.param(
        [("A", SMITH_WAR), (None, "Brown, op. cit., p. 7.")],
        {(2, "opcit-unresolved")},
        id="opcit-unknown-author",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("A", "Smith, *War and Society*, p. 9.")],
        set(),
        id="short-after-full",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", SMITH_PEACE), ("B", "Smith, *Peace in Our Time*, p. 2.")],
        set(),
        id="short-title-picks-among-author-works",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", SMITH_PEACE), ("B", "Smith, *Peace*, p. 2.")],
        set(),
        id="short-title-first-word",
    ),
    pytest.param(
        [("A", MARSH), ("B", JONES), ("A", "Marsch, *Victorian Church*, p. 21.")],
        set(),
        id="short-variant-spelling",
    ),
    pytest.param(
        [("A", "Friedman, *Shadow Cold War*, p. 218."), ("A", "Ibid., p. 219.")],
        {(1, "short-without-full")},
        id="short-without-full",
    ),
    pytest.param(
        [("A", "Smith, *War and Society*, p. 9."), ("A", SMITH_WAR)],
        {(1, "short-before-full")},
        id="short-before-full",
    ),
    pytest.param(
        [("A", CHERNYAEV), ("B", JONES), ("A", "Chernyaev Papers, Box 4.")],
        set(),
        id="hereafter-abbreviation",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("A", SMITH_WAR)], set(), id="repeated-full-citation"
    ),
    pytest.param(
        [("A", KETTLER), ("A", "Ebd., S. 34."), ("B", BIRUS), ("A", "Kettler, a.a.O., S. 40.")],
        set(),
        id="german-ebd-aao",
    ),
    pytest.param(
        [("A", BRAUDEL), ("A", "Ibid., p. 46."), ("B", JONES), ("A", "Braudel, op. cit., p. 50.")],
        set(),
        id="french-ibid-opcit",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("A", "Id. at 45."), ("B", JONES), ("A", "Smith, supra note 1, at 12.")],
        set(),
        id="bluebook-id-supra",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("A", "Smith, supra note 2, at 12.")],
        set(),
        id="supra-pointer-off-by-one-finds-the-name-in-the-note-before",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("C", "Brown, supra note 2, at 12.")],
        {(3, "short-without-full")},
        id="supra-pointer-to-a-name-nobody-cited",
    ),
    pytest.param(
        [
            ("A", SMITH_WAR),
            (
                ("B", "C"),
                "Harbour Essays in Maritime Law: Third Series 12 (Ann Lee ed., 2001);"
                " Jones, Tides 4 (1990).",
            ),
            ("B", "Harbour Essays in Maritime Law, supra note 2, at 15."),
        ],
        set(),
        id="supra-after-an-edited-volume-s-title-read-as-names",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", JONES), ("C", MARSH), ("B", "Jones (n 2) 14.")],
        set(),
        id="oscola-note-pointer-in-brackets",
    ),
    pytest.param(
        [("A", SMITH_WAR), ("B", SMITH_PEACE), ("C", JONES), ("A", "Smith, op. cit. (note 1), 9.")],
        set(),
        id="op-cit-with-a-note-pointer-takes-the-work-of-that-note",
    ),
    pytest.param(
        [
            ("A", SMITH_WAR),
            ("B", SMITH_PEACE),
            ("C", JONES),
            ("A", "Smith, op. cit., note 1 above, pp. 50–4."),
        ],
        set(),
        id="op-cit-with-a-note-pointer-written-note-n-above",
    ),
    pytest.param(
        [
            ("A", SMITH_WAR),
            ("B", JONES),
            ("C", SMITH_PEACE),
            ("B", "Jones, op. cit. (note 9), 12."),
        ],
        set(),
        id="op-cit-pointer-to-a-note-not-yet-written-falls-back-on-the-name",
    ),
    pytest.param(
        [
            ("A", SMITH_WAR),
            ("B", JONES),
            ("C", SMITH_PEACE),
            ("D", MARSH),
            ("E", "Paul Green, *Harbours* (Leeds: Northern Press, 1990), 4."),
            ("F", "Tom White, *Quays* (Hull: Humber Press, 1991), 7."),
            ("G", "Ann Gray, *Docks* (York: Ouse Press, 1992), 2."),
            ("H", "Ruth Black, *Wharves* (Bristol: Avon Press, 1993), 3."),
            ("A", "Smith, *War and Society*, 5."),
            ("C", "Smith, op. cit. (note 6), 9."),
        ],
        {(10, "opcit-ambiguous")},
        id="op-cit-pointer-off-by-more-than-two-takes-the-work-first-cited-nearest-before",
    ),
    pytest.param(
        [("A", MARSH), ("B", JONES), ("A", "*The Victorian Church in Decline* (n 1) 14.")],
        set(),
        id="title-then-note-pointer",
    ),
    pytest.param(
        [("A", "Interview with John Smith by the author, London, 12 May 2010."), ("A", "Ibid.")],
        set(),
        id="ibid-after-interview",
    ),
    pytest.param(
        [
            (
                ("A", "B"),
                "Antonín KLIMEK, Velké dějiny, sv. XIII, Praha: Paseka 2000, s. 112; "
                "Zdeněk KÁRNÍK, České země, díl 1, Praha: Libri 2000, s. 201.",
            ),
            ("B", "Tamtéž, díl 1, s. 205."),
        ],
        set(),
        id="ibid-volume-names-one-of-two-works",
    ),
    pytest.param(
        [
            (("A", "B"), f"{SMITH_WAR[:-1]}; {JONES}"),
            ("B", "Ibid., vol. 2, p. 4."),
        ],
        {(2, "ibid-ambiguous")},
        id="ibid-volume-named-by-neither-work-takes-the-last",
    ),
    pytest.param(
        [
            (
                ("A", "B"),
                "Ильина Т. В. Кооперация. Новосибирск: Наука, 1996. С. 15–27; Гордеев П. Н. "
                "Потребительская кооперация // Отечественная история. 1994. № 2. С. 33–48.",
            ),
            ("A", "Там же. С. 31."),
        ],
        {(2, "ibid-ambiguous")},
        id="ibid-page-outside-the-article-takes-the-book-with-a-warning",
    ),
    pytest.param(
        [
            (
                ("A", "B"),
                "Ильина Т. В. Кооперация. Новосибирск: Наука, 1996. С. 15–27; Гордеев П. Н. "
                "Потребительская кооперация // Отечественная история. 1994. № 2. С. 33–48.",
            ),
            ("B", "Там же. С. 40."),
        ],
        {(2, "ibid-ambiguous")},
        id="ibid-page-inside-the-article-takes-the-last-with-a-warning",
    ),
    pytest.param(
        [
            ("A", "Smith, “Old Essay,” *Journal of Things* 12 (2001): 912–45."),
            ("B", "John Smith, *War and Society* (Oxford: Clarendon Press, 2001), p. 3."),
            ("B", "Smith, op. cit., 930."),
        ],
        {(3, "opcit-ambiguous")},
        id="op-cit-page-inside-a-shortened-range",
    ),
    pytest.param(
        [
            ("A", "John Smith, *War and Society* (Oxford: Clarendon Press, 2001), p. 3."),
            ("B", "Smith, “Old Essay,” *Journal of Things* 12 (2001): 912–45."),
            ("A", "Smith, op. cit., 190."),
        ],
        {(3, "opcit-ambiguous")},
        id="op-cit-page-outside-the-article-takes-the-book-with-a-warning",
    ),
    pytest.param(
        [
            ("A", "Karel KOLÁŘ, Pozemková reforma, Praha: Academia, 1995, s. 12."),
            ("B", JONES),
            ("A", "KOLÁŘ, c. d., s. 40."),
        ],
        set(),
        id="czech-op-cit-family-in-capitals",
    ),
    pytest.param(
        [
            (
                "A",
                "Zápis ze schůze 16. 4. 1919, Národní archiv (dále NA), fond Předsednictvo "
                "ministerské rady (dále PMR), kart. 12.",
            ),
            ("B", "NA, fond Státní pozemkový úřad (dále SPÚ), kart. 301."),
            ("A", "NA, PMR, kart. 14."),
            ("B", "NA, SPÚ, kart. 305."),
            ("C", "Jiří ŠOUŠA, Velkostatek na Moravě, Brno: Matice moravská 2005, s. 77."),
        ],
        set(),
        id="hereafter-archive-and-fonds-the-acronym-in-capitals",
    ),
    pytest.param(
        [
            ("A", SMITH_WAR),
            ("B", JONES),
            ("A", "Smith, 135."),
            ("B", "Jones, xii."),
            ("A", "Smith, 136-137."),
            ("C", "*Dynatext, Electronic Book Indexer* (Electronic Book Technology, 1991), 297."),
            ("C", "*Dynatext*, 249."),
        ],
        set(),
        id="family-and-page-the-page-is-no-title",
    ),
    pytest.param(
        [
            ("A", "John Black, *Humanism* (Oxford: Clarendon Press, 2001)."),
            ("B", "John Black, *Grammar* (London: Macmillan, 1998)."),
            ("A", "Black 2001, 135."),
            ("B", "Black 1998, 12."),
        ],
        set(),
        id="author-date-the-year-tells-two-works-apart",
    ),
    pytest.param(
        [
            (
                "A",
                "Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: Dies. (Hrsg.), Aemulatio, "
                "Berlin 2011, S. 22.",
            ),
            ("A", "Müller / Pfisterer 2011, S. 3."),
        ],
        set(),
        id="author-date-german-slash-between-spaces",
    ),
    pytest.param(
        [
            (
                "A",
                "Peter M. Lefkowitz, *Contracting in the Cloud*, Boston B.J., Summer 2010, at 9.",
            ),
            ("B", "Dennis Kennedy, *Working in the Cloud*, ABA J., August 2009, at 31."),
            ("A", "Lefkowitz, Boston B.J., Summer 2010, at 9."),
            ("A", "*Id.*"),
        ],
        set(),
        id="bluebook-issue-paged-periodical-short-form-by-journal-and-date",
    ),
    pytest.param(
        [
            (
                "A",
                "Michael Prinz and Jürgen Schiewe, *Vernakuläre Wissenschaftskommunikation* "
                "(Berlin: De Gruyter, 2018).",
            ),
            ("A", "See, for example: Prinz and Schiewe, *Vernakuläre Wissenschaftskommunikation*."),
        ],
        set(),
        id="two-lead-ins-before-two-names",
    ),
]


CASES += [
    pytest.param(
        [
            ("A", "Heras Santos, “Indultos concedidos por la Cámara,” 116."),
            ("B", "Colón de Larriátegui, *Juzgado militares*."),
        ],
        {(1, "short-without-full"), (2, "short-without-full")},
        id="short-shaped-without-full-is-reported",
    ),
    pytest.param(
        [
            ("A", "Prakash, Another Reason, 30."),
            ("B", "Сидоров К. Л. Кооперативный кредит в Сибири. С. 34."),
        ],
        {(1, "short-without-full"), (2, "short-without-full")},
        id="unmarked-short-titles-without-full-are-reported",
    ),
    pytest.param(
        [("A", "See Richard Stallman (1986)."), ("A", "See Richard Stallman (1986).")],
        {(1, "short-without-full"), (2, "short-without-full")},
        id="a-whole-name-and-a-year-points-to-a-work-never-cited",
    ),
    pytest.param(
        [
            (
                "A",
                "Hassan Ansari and Jan Thiele, “Zaydī Theology in Yemen,” in *The Oxford "
                "Handbook of Islamic Theology*, ed. Schmidtke, 473–93.",
            ),
            ("B", "See Nick Brown, “Fair Use No More?,” available at link #49."),
            ("C", "The study by Sabine Schmidtke, *Libraries in Yemen*, covers only a part."),
        ],
        set(),
        id="incomplete-first-citations-are-no-short-forms",
    ),
]


@pytest.mark.parametrize(("rows", "codes"), CASES)
def test_resolution(rows: list[tuple[Label, str]], codes: set[tuple[int, str]]) -> None:
    diagnostics = assert_resolution(*rows)
    assert {(d.note, str(d.code)) for d in diagnostics} == codes


def test_plain_short_form_links_by_the_words_of_its_full_citation():
    """Plain text: the full citation's title is misread (its first words taken for a second
    author), yet its words hold "Vance" and, just after, "Harbour Lights": the short form
    lands on it rather than opening a work of its own."""
    full = (
        "Margaret Ellery Vance, Harbour Lights: Essays and Sketches, Letters and Diaries, "
        "Criticism, ed. John Doe (London: Faber, 1988), 14."
    )
    diagnostics = assert_resolution(("vance", full), ("vance", "See Vance, Harbour Lights, 209."))
    assert not [d for d in diagnostics if d.code.value == "short-without-full"]


def test_full_text_match_needs_the_family_before_the_title_words():
    """The words alone are not enough: the short form's family name must come first."""
    assert_resolution(
        ("doe", "Jane Doe, Quiet Harbours (London: Faber, 1988), 14."),
        ("other", "See Vance, Quiet Harbours, 209."),
    )


def test_family_in_capitals_with_a_plain_short_title():
    """ABNT in plain text: "HOLLAND, Os caminhos do porto, p. 12" names the family in
    capitals; its title opens with an article, not an initial."""
    assert_resolution(
        ("holland", "HOLLAND, Ruth, Os caminhos do porto, Lisboa: Tinta, 2011, p. 7–30."),
        ("holland", "HOLLAND, Os caminhos do porto, p. 12."),
    )


def test_plain_op_cit_finds_its_author_in_the_words_of_a_misread_full_citation():
    """ "Hal Ostrander, op. cit.": the full citation was read with another name first (its
    parts cut at full stops, no italics); its opening words still name Ostrander."""
    full = Citation(
        note=1,
        index=0,
        text="Hal Ostrander. Quays and Sheds. Harbour Press. Leith. 1998, p. 4",
        kind=Kind.FULL,
        fields={"author": "Sheds, Quays", "title": "Harbour Press", "year": "1998"},
    )
    opcit = Citation(
        note=2, index=0, text="Hal Ostrander, op. cit., p. 9", kind=Kind.OP_CIT,
        fields={"author": "Ostrander, Hal"},
    )  # fmt: skip
    resolved, _, _ = resolve((full, opcit))
    assert resolved[1].work == resolved[0].work is not None


def test_a_multi_word_family_name_is_found_in_the_full_citation():
    full = "Anne Le Bras, Harbour Lights: Essays, Letters and Sketches (Paris: Seuil, 1990), 3."
    assert_resolution(("lebras", full), ("lebras", "Le Bras, Harbour Lights, 9."))


def test_full_text_match_needs_the_title_at_the_start_of_a_part():
    """ "Hanson, Crisis Leadership" is not "Economy Crisis Leadership": inside a title the
    words match, but the short title must open a part of the full citation."""
    full = Citation(
        note=1, index=0, kind=Kind.FULL,
        text="Anne Hanson, “Economy Crisis Leadership,” Cold War History 14 (1954), 585-615",
        fields={"author": "Hanson, Anne and Leadership, Economy Crisis", "title": "Cold War"},
    )  # fmt: skip
    short = Citation(
        note=2, index=0, kind=Kind.SHORT, text="Hanson, Crisis Leadership, 480",
        fields={"author": "Hanson", "title": "Crisis Leadership"},
    )  # fmt: skip
    resolved, _, _ = resolve((full, short))
    assert resolved[1].work != resolved[0].work


def test_a_short_title_that_names_the_container_is_not_the_chapter():
    """ "Radchenko, Cold History" after Radchenko's chapter in the book *Cold History*."""
    assert_resolution(
        ("chapter", "Sergey Radchenko, “History Crisis,” in Mark Jersild (ed.), *Cold History* "
                    "(Cambridge, MA: Harvard University Press, 2004), pp. 22-42."),
        ("book", "Radchenko, *Cold History*, p. 105."),
    )  # fmt: skip


def test_short_forms_of_a_book_known_only_as_a_chapters_container():
    """ "Grey, *Orchards*" after a chapter "in Ada Grey, *Lost Orchards: The Kent Fruit Trade*":
    the book is stated in full there, so its short forms are no short-without-full."""
    diagnostics = assert_resolution(
        ("chapter", "Tom Ash, “Pruning,” in Ada Grey, *Lost Orchards: The Kent Fruit Trade* "
                    "(Leeds: Moor Press, 1911), 40."),
        ("book", "Grey, *Orchards*, 79–81."),
        (("book", "chapter"), "Grey, *Orchards*, 12. See also Ash, “Pruning,” 44."),
    )  # fmt: skip
    assert not [d for d in diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_the_book_of_a_chapter_carries_the_imprint_its_chapter_states():
    resolved, _ = resolve_notes(
        "Tom Ash, “Pruning,” in *Lost Orchards*, ed. Ada Grey (Leeds: Moor Press, 1911), 40.",
        "Grey, *Lost Orchards*, 79.",
    )
    works, _, _ = merge_works(resolved)
    book = next(w for w in works if w.id == resolved[1].work)
    assert book.entry_type == "collection"
    assert book.fields == {
        "editor": "Grey, Ada", "title": "Lost Orchards", "address": "Leeds",
        "publisher": "Moor Press", "year": "1911",
    }  # fmt: skip


def test_a_chapter_in_the_authors_own_book_names_that_book():
    """No editor or book author named: the book is the chapter author's own collection, and
    "Ash, *Orchards*" cites it, with the imprint the chapter states."""
    resolved, diagnostics = resolve_notes(
        "Tom Ash, “Pruning,” in *Lost Orchards, Essays* (Leeds: Moor Press, 1911), 40.",
        "Ash, *Lost Orchards*, 79.",
    )
    assert not [d for d in diagnostics if d.code is Code.SHORT_WITHOUT_FULL]
    works, _, _ = merge_works(resolved)
    book = next(w for w in works if w.id == resolved[1].work)
    assert book.entry_type == "book"
    assert book.fields["author"] == "Ash, Tom"
    assert book.fields["publisher"] == "Moor Press"


def test_a_short_form_by_another_author_is_not_the_container():
    diagnostics = assert_resolution(
        ("chapter", "Tom Ash, “Pruning,” in Ada Grey, *Lost Orchards* (Leeds: Moor Press, "
                    "1911), 40."),
        ("other", "Brown, *Orchards*, 9."),
    )  # fmt: skip
    assert {d.code for d in diagnostics} == {Code.SHORT_WITHOUT_FULL}


def test_issues_of_newspapers_are_works_of_their_own():
    """Two papers of one year, two issues of one paper: four works, one cited twice."""
    assert_resolution(
        ("a", "*Hartley Evening Courier*, March 4, 1903, 2."),
        ("b", "*Dunmore Gazette*, March 9, 1903, 1."),
        ("c", "*Hartley Evening Courier*, March 19, 1903, 4."),
        ("a", "*Hartley Evening Courier*, March 4, 1903, 3."),
    )


def test_issues_read_online_are_works_of_their_own():
    """Issues of one paper cited by day and web address, French dates: one work each."""
    assert_resolution(
        ("a", "*Moorland Courier*, 1er décembre 1866, URL: https://example.org/moor/a"),
        ("b", "*Moorland Courier*, 26 novembre 1866, URL: https://example.org/moor/b"),
        ("c", "*Moorland Courier*, 14 mars 1861, https://example.org/moor/c"),
    )


def test_a_title_named_in_prose_before_at_and_a_place_is_no_short_form():
    """ "the section on *Orchards* at Kew": "at" opens no page there ("at 9" would)."""
    _, diagnostics = resolve_notes(
        "This is explained in the section on *Orchards* at Kew and Leeds exhibitions."
    )
    assert not [d for d in diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_bluebook_short_forms_of_an_article_link_to_it():
    """ "Ash, 14 J. Hort. L. 1" repeats the article's volume, journal and first page."""
    diagnostics = assert_resolution(
        ("ash", "Tom Ash, Ada Grey, *Pruning Law,* 14 J. Hort. L. 1 (2010)."),
        ("other", "Ben Lowe, *Orchard Rights*, 73 Kent B.J. 632 (2011)."),
        ("ash", "Ash, 14 J. Hort. L. 1 (2010)."),
        ("other", "Lowe, 73 Kent B.J. at 640."),
    )
    assert not diagnostics


# a prolific author: more works than resolve.REACH, so that lookups search the block in part
OPENINGS = [
    "Alpha",
    "Bravo",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Gamma",
    "Harbor",
    "Ivory",
    "Juniper",
    "Kestrel",
    "Lantern",
    "Meadow",
    "Nectar",
    "Orchid",
    "Pebble",
    "Quarry",
    "Raven",
]
ENDINGS = [
    "Rivers",
    "Mountains",
    "Cities",
    "Markets",
    "Archives",
    "Letters",
    "Harvests",
    "Voyages",
    "Treaties",
    "Rebels",
    "Villages",
    "Bridges",
    "Courts",
    "Temples",
    "Guilds",
    "Shipyards",
]


def _prolific(count: int) -> list[Citation]:
    """COUNT full citations of books by one author: "Zanzibar Chronicles", then titles each a
    different pair of words."""
    titles = ["Zanzibar Chronicles", *(f"{a} of {b}" for b in ENDINGS for a in OPENINGS)]
    return [
        Citation(i, 0, f"Smith, *{t}*", Kind.FULL, fields={"author": "Smith, John", "title": t})
        for i, t in enumerate(titles[:count], start=1)
    ]


def _short(note: int, title: str) -> Citation:
    return Citation(
        note, 0, f"Smith, *{title}*", Kind.SHORT, fields={"author": "Smith", "title": title}
    )


def test_a_block_beyond_reach_still_finds_early_and_recent_works() -> None:
    """The first work and a recent one, cited again by short title after 280 more works by
    the same author: the author's block is searched in part, and both are found."""
    fulls = _prolific(281)
    assert len(fulls) > REACH
    resolved, _, _ = resolve((*fulls, _short(300, "Zanzibar"), _short(301, "Kestrel of Guilds")))
    work_of = {c.fields["title"]: c.work for c in resolved if c.kind is Kind.FULL}
    assert resolved[-2].work == work_of["Zanzibar Chronicles"]
    assert resolved[-1].work == work_of["Kestrel of Guilds"]


def test_repeated_full_citations_beyond_reach_join_their_works() -> None:
    """Each of 281 works cited in full twice, the second time after all the others: every
    pair is one work, though the block is searched in part."""
    fulls = _prolific(281)
    again = [replace(c, note=c.note + 1000) for c in fulls]
    resolved, _, _ = resolve((*fulls, *again))
    assert len({c.work for c in resolved}) == len(fulls)


def test_a_statutes_short_form_is_its_full_citation() -> None:
    """ "Hens (Wales) Regulations, § 4" repeats the Regulations cited in full with their number."""
    cited, diagnostics = resolve_notes(
        "See Hens (Wales) Regulations, Pub. L. SI 2011/1412 (2011), § 17.",
        "Hens (Wales) Regulations, § 4.",
    )
    assert cited[1].kind is Kind.SHORT
    assert cited[1].work == cited[0].work is not None
    assert diagnostics == ()


def test_a_work_cited_with_two_page_ranges_may_hold_any_page() -> None:
    # an article and its reprint as a chapter are taken for one work: neither range is its
    # own, so "Orlam, 367" stays with it rather than going to the other work without pages
    assert_resolution(
        ("tide", "Ada Orlam, “The Tides of Lund,” *Harbour Review* 59 (2014): 679–706."),
        ("quay", "Ada Orlam, “Quays and Cranes,” in *Ports*, ed. Tomas Vesk (Lund: Ora, 2004)."),
        (
            "tide",
            "Ada Orlam, “The Tides of Lund,” in *Sea Walls*, ed. Per Holm (Ora, 2018), 359–91.",
        ),
        ("tide", "Orlam, 367."),
    )


def test_a_family_name_alone_after_the_full_citation_is_its_short_form(tmp_path: Path) -> None:
    # "…, 2015); Holt.": a note cites a work in full, then again by its author's name alone
    # (Chicago's short form for an author cited for one work, as Zotero writes it)
    report = extract_notes(
        tmp_path,
        "Ann Holt, *Harbour Ledgers: Trade in the North* (Leiden: Brill, 2015); Holt.",
        "Piet Sand, *Docks and Quays* (Oxford: Clarendon, 1999); Holt; Sand.",
    )
    cited = [c.work for c in report.citations]
    holt, sand = cited[0], cited[2]
    assert cited == [holt, holt, sand, holt, sand]
    assert len(report.works) == 2


def test_a_family_name_before_a_semicolon_list_of_authors_stays_a_name(tmp_path: Path) -> None:
    # German and ISO 690 notes list authors with semicolons, the last before a colon and the
    # title: "Holt; Sand: Title" is one citation of two authors, not Holt's short form
    report = extract_notes(
        tmp_path,
        "Ann Holt, *Harbour Ledgers: Trade in the North* (Leiden: Brill, 2015).",
        "Vgl. Holt; Sand: Hafenbücher im Norden, Berlin 2019, S. 4.",
    )
    assert "Holt" not in [c.text for c in report.citations]


def test_a_plain_short_title_of_papers_finds_the_edition_so_titled(tmp_path: Path) -> None:
    # "Verney Papers, 2:14" without italics reads as a person's papers (an archive) or as the
    # short title of the edition "The Verney Papers"; the document cites only the edition
    report = extract_notes(
        tmp_path,
        "John Bruce, ed., *The Verney Papers: Notes of Proceedings in the Long Parliament* "
        "(London: Camden Society, 1845), 12.",
        "Verney Papers, 2:14.",
    )
    assert len({c.work for c in report.citations}) == 1
    assert not report.diagnostics


def test_initials_c_d_open_a_full_citation_not_the_czech_op_cit(tmp_path: Path) -> None:
    # the Czech "c. d." (citované dílo) is written in lower case; "C. D. Broad" is a name
    report = extract_notes(
        tmp_path,
        "Robert J. Fogelin, *A Defense of Hume on Miracles* (Princeton: Princeton "
        "University Press, 2003), 5.",
        'C. D. Broad, "Hume’s Theory," *Proceedings of the Aristotelian Society* 17 '
        "(1916–17): 77–94.",
    )
    assert [c.kind.value for c in report.citations] == ["full", "full"]
    assert not report.diagnostics


def test_three_family_names_and_a_page_cite_the_work_of_those_authors(tmp_path: Path) -> None:
    # "Reyes, Lind and Marsh, p. 163" reads as an author and a title ("Lind and Marsh"), as
    # "Pocock, Barbarism and Religion, 2" must; the authors of the full citation tell them apart
    report = extract_notes(
        tmp_path,
        "Ann Reyes, Bo Lind and Cy Marsh, *Harbour Ledgers* (London: Verso, 1985), 12.",
        "Reyes, Lind and Marsh, p. 163.",
    )
    assert len({c.work for c in report.citations}) == 1
    assert not report.diagnostics


def test_a_double_family_name_and_a_page_before_and_is_a_short_form(tmp_path: Path) -> None:
    # "Ruiz Lago, 3 and Holt, 9": the full citation's name ("Ana Ruiz Lago") does not say
    # that "Ruiz" is a family name; the short form that gives both names does
    report = extract_notes(
        tmp_path,
        "Ana Ruiz Lago, *Mareas del Norte* (Madrid: Cátedra, 2001), 1.",
        "Ann Holt, *Harbour Ledgers* (Leiden: Brill, 2015), 2.",
        "Ruiz Lago, 3 and Holt, 9.",
    )
    cited = [c.work for c in report.citations]
    assert cited[2:] == cited[:2]
    assert not report.diagnostics
