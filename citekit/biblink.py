"""Link the works cited in the notes to the entries of the document's bibliography.

A note's work matches an entry when their first family names agree and the note's title
(often shortened: "Scott, *Seeing Like a State*") is the entry's title or its opening words.
A matched work takes the entry's fields (the bibliography is where the full data is; the
notes add what the entry lacks); works matched to one entry become one. A work no title
matches takes the one entry of its first author that nothing else cites, when neither has
another candidate (a note's translated title). Entries cited
nowhere stay in the .bib (`uncited-entry`); works the bibliography lacks are reported
(`not-in-bibliography`), and a short form found in the bibliography is no longer
`short-without-full` (nor `short-before-full`).
"""

from __future__ import annotations

from dataclasses import replace

from citekit import bibarchive, bibconflicts, bibhereafter, bibsite, lexicons
from citekit.identity import STOPWORDS, families, fold
from citekit.model import Citation, Code, Diagnostic, Kind, Work
from citekit.parse.reference import Reference

# little words an acronym leaves out that identity.STOPWORDS does not hold ("et", "y", "für")
ACRONYM_SKIPS = lexicons.words("acronym_skip_words")


def link(
    works: tuple[Work, ...], citations: tuple[Citation, ...], entries: tuple[Reference, ...]
) -> tuple[tuple[Work, ...], tuple[Citation, ...], tuple[Diagnostic, ...], frozenset[str]]:
    """Works with the bibliography merged in, citations relinked, the findings, and the ids
    of the works the bibliography holds."""
    matched: dict[int, str] = {}  # entry index -> the work id that now stands for it
    renamed: dict[str, str] = {}  # work id -> the work id it was merged into
    out: dict[str, Work] = {}
    full = {c.work for c in citations if c.kind in (Kind.FULL, Kind.PERSONAL)}
    # each entry's names and title folded once, not again for every work
    folded = [(_people(e.fields), fold(e.fields.get("title")), e.text) for e in entries]
    found = {work.id: _match(work, folded) for work in works}
    found.update(_by_author_alone(works, found, folded))
    found.update(_by_collection(works, found, citations, entries))
    found.update(bibhereafter.by_listed_form(works, found, citations, entries))
    for work in works:
        index = found[work.id]
        if index is None:
            out[work.id] = work
        elif index in matched:
            renamed[work.id] = matched[index]
        else:
            matched[index] = work.id
            out[work.id] = _merged(work, entries[index], keep_notes=work.id in full)
    linked = tuple(replace(c, work=renamed.get(c.work, c.work)) for c in citations)
    extra = tuple(_uncited(i, e) for i, e in enumerate(entries) if i not in matched)
    findings = _findings(out, linked, extra, set(matched.values()))
    paired = {work_id: entries[index] for work_id, index in found.items() if index is not None}
    findings += bibconflicts.conflicts(paired, citations)  # "Wolff" where the entry has "Wolf"
    return (*out.values(), *extra), linked, findings, frozenset(matched.values())


def _match(work: Work, entries: list[tuple[list[str], str, str]]) -> int | None:
    """The place of the entry (its folded names and title, its text) that WORK's names and
    title fit (or its site's name in the author's place, and its title)."""
    title = fold(work.fields.get("title"))
    people = families(work.fields)
    for index, (entry_people, entry_title, entry_text) in enumerate(entries):
        if _same_people(people, entry_people) and _same_title(title, entry_title, bool(people)):
            return index
        if bibsite.site_is_author(people, entry_people, entry_text) and _same_title(
            title, entry_title, False
        ):
            return index
    return None


def _by_author_alone(works: tuple[Work, ...], found: dict[str, int | None],
                     entries: list[tuple[list[str], str, str]]) -> dict[str, int]:  # fmt: skip
    """Works no title matched, each paired with the one entry no work matched that has its
    first author, where that pairing is the only one either side could make: a note's
    translated or different title ("The End of the Three Emperors’ League" for "Koniec
    sojuszu trzech cesarzy") of the one work of that author the bibliography leaves uncited."""
    taken = set(found.values())
    free = [i for i in range(len(entries)) if i not in taken and entries[i][0]]
    pairs: dict[str, list[int]] = {}
    for work in works:
        people = families(work.fields)
        if found[work.id] is None and people:
            pairs[work.id] = [i for i in free if _same_people(people, entries[i][0])]
    wanted: dict[int, int] = {}
    for indexes in pairs.values():
        for index in indexes:
            wanted[index] = wanted.get(index, 0) + 1
    return {
        work_id: indexes[0]
        for work_id, indexes in pairs.items()
        if len(indexes) == 1 and wanted[indexes[0]] == 1
    }


def _by_collection(
    works: tuple[Work, ...],
    found: dict[str, int | None],
    citations: tuple[Citation, ...],
    entries: tuple[Reference, ...],
) -> dict[str, int]:
    """Works no entry matched whose citations end with an archival entry's collection: an
    item cited from it ("Méchain to Delambre, …, Dossier Méchain")."""
    archival = [(i, e) for i, e in enumerate(entries) if bibarchive.is_archival(e)]
    if not archival:
        return {}
    texts: dict[str, list[str]] = {}
    for citation in citations:
        if citation.work is not None and found.get(citation.work) is None:
            texts.setdefault(citation.work, []).append(citation.text.rstrip(" ."))
    out = {}
    for work in works:
        if found[work.id] is None and not families(work.fields) and work.id in texts:
            index = bibarchive.collection_cited(texts[work.id], archival)
            if index is not None:
                out[work.id] = index
    return out


def _people(fields: dict[str, str]) -> list[str]:
    """An entry's authors, else editors, else translators: the names a note's short form
    gives for a work without an author, as Chicago (and citeproc) put them in its place
    ("Hughes, *Regiomontanus*" for "*Regiomontanus: On Triangles*. Translated by Barnabas
    Hughes")."""
    return families(fields) or families(fields, "translator")


def _same_people(left: list[str], right: list[str]) -> bool:
    if not left or not right:
        return not left  # a note without names may cite an entry with them, not the reverse
    if left[0] == right[0] or left[0] in right[0].split() or right[0] in left[0].split():
        return True
    return _acronym_of(left[0], right[0]) or _acronym_of(right[0], left[0])


def _acronym_of(short: str, body: str) -> bool:
    """SHORT (folded) is the initials of BODY's words, its little words left out: "bipm" of
    "bureau international des poids et mesures", as a note cites a body its entry spells out."""
    words = body.split()
    if " " in short or len(short) < 2 or len(words) < 3:
        return False
    return short == "".join(w[0] for w in words if w not in STOPWORDS and w not in ACRONYM_SKIPS)


def _same_title(short: str, full: str, named: bool = True) -> bool:
    """SHORT opens FULL (or the reverse), or every word of SHORT is in FULL: where a name
    tells the work too (not "‘Myths’", unsigned, in *Jews and Money: The Myths and …*)."""
    if not short or not full:
        return False
    if full.startswith(short) or short.startswith(full):
        return True
    if not named:
        return False
    pool = set(full.split())
    return all(word in pool for word in short.split())


def _merged(work: Work, entry: Reference, *, keep_notes: bool) -> Work:
    fields = dict(entry.fields)
    if "title" in fields:
        fields["title"] = _whole_title(fields["title"], work.fields.get("title", ""))
    if keep_notes:
        for key, value in work.fields.items():
            fields.setdefault(key, value)
    return replace(work, entry_type=entry.entry_type, fields=fields)


SUBTITLE_WORDS = 25  # the most words a title may go on with after the entry's full stop


def _whole_title(entry_title: str, note_title: str) -> str:
    """The entry's title, or the note's where that goes on past the entry's after a full stop
    or colon: a plain-text entry ("Seitenweise. Was das Buch ist. Publisher, 2010.") cuts its
    title at the first full stop; the note, its parts set off by commas and brackets
    ("…, eds., Seitenweise. Was das Buch ist (Publisher, 2010)"), shows where it ends."""
    rest = note_title[len(entry_title) :] if note_title.startswith(entry_title) else ""
    if rest[:2] in (". ", ": ") and len(rest.split()) <= SUBTITLE_WORDS:
        return note_title
    return entry_title


def _uncited(index: int, entry: Reference) -> Work:
    return Work(
        id=f"bibliography:{index + 1}", key="", entry_type=entry.entry_type, fields=entry.fields
    )


def _findings(
    works: dict[str, Work],
    citations: tuple[Citation, ...],
    extra: tuple[Work, ...],
    found: set[str],
) -> tuple[Diagnostic, ...]:
    out = [
        Diagnostic(Code.UNCITED_ENTRY, f"bibliography entry {_label(w)} is cited in no note")
        for w in extra
    ]
    first: dict[str, int] = {}
    for citation in citations:
        if citation.work is not None:
            first.setdefault(citation.work, citation.note)
    for work_id, work in works.items():
        if work_id not in found and work_id in first:
            message = f"note {first[work_id]}: {_label(work)} is not in the bibliography"
            out.append(Diagnostic(Code.NOT_IN_BIBLIOGRAPHY, message, first[work_id]))
    return tuple(out)


def _label(work: Work) -> str:
    return repr((work.fields.get("title") or work.fields.get("author") or work.id)[:60])


def drop_answered(diagnostics: tuple[Diagnostic, ...], citations: tuple[Citation, ...],
                  found: set[str]) -> tuple[Diagnostic, ...]:  # fmt: skip
    """`short-without-full` and `short-before-full` findings whose short form links to a
    bibliography entry: the entry is the work's full citation, wherever the notes give one."""
    answered = {(c.note, c.index) for c in citations if c.kind in BACK_KINDS and c.work in found}
    return tuple(
        d
        for d in diagnostics
        if not (d.code in ANSWERED_CODES and (d.note, d.citation) in answered)
    )


# the citations that point back to a full citation: a short form, and an op. cit. with its
# title ("BRAUDEL, *La Méditerranée*, op. cit., p. 721"), whose full data the bibliography holds
BACK_KINDS = frozenset({Kind.SHORT, Kind.OP_CIT})
# what a bibliography entry answers: the short form has its full citation there
ANSWERED_CODES = frozenset({Code.SHORT_WITHOUT_FULL, Code.SHORT_BEFORE_FULL})
