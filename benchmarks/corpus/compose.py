"""A generated article: prose in the style's language, footnotes citing real works as authors do.

Notes hold one citation or several joined by "; ", " and ", "see also", "cf."; commentary comes
before or after them; some notes cite nothing. Works come back: in the next note (ibid.), after
a while (short forms, op. cit.), many times. Every citation is its own pandoc Cite, so that
after citeproc each Cite holds exactly one citation's text.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
from dataclasses import dataclass

from benchmarks.corpus import locators
from benchmarks.corpus.config import PROSE_DIR
from benchmarks.corpus.library import Work

NEW_WORK = 0.55  # chance that a citation slot opens a work not yet cited
SAME_AS_LAST = 0.2  # chance that a note opens with the work the last note cited (ibid.)
SAME_PLACE = 0.3  # chance that such a repeat cites the same page again ("Ibid.")
CITES_PER_NOTE = ((1, 0.72), (2, 0.2), (3, 0.08))
COMMENT_ONLY = 0.07


@dataclass(frozen=True)
class Cite:
    """One citation as written: the work and its pinpoint."""

    key: str
    locator: locators.Locator | None


@dataclass(frozen=True)
class Note:
    """A footnote: prose strings and citations, in order."""

    parts: tuple[str | Cite, ...]


@dataclass(frozen=True)
class Doc:
    """A planned document: name, style settings, title and blocks ('h', text) / ('p', parts)."""

    name: str
    style: dict
    title: str
    blocks: tuple[tuple[str, object], ...]

    def cites(self) -> list[Cite]:
        """Every citation, in document order."""
        return [p for n in self.notes() for p in n.parts if isinstance(p, Cite)]

    def notes(self) -> list[Note]:
        """Every note, in document order."""
        return [p for kind, body in self.blocks if kind == "p" for p in body if isinstance(p, Note)]


def plan(style: dict, name: str, works: dict[str, Work], pools: dict[str, list[str]],
         n_notes: int, seed: str) -> Doc:  # fmt: skip
    """A document of about `n_notes` notes citing works drawn from the style's pools."""
    rng = random.Random(f"{seed}:{name}")
    prose = _prose(style["prose"])
    chosen = _choose_works(rng, style["pools"], pools, works, max(6, int(n_notes * 0.6)))
    writer = _NoteWriter(rng, style, prose, [works[k] for k in chosen])
    notes = [writer.note() for _ in range(n_notes)]
    return Doc(name, style, rng.choice(prose["titles"]), _blocks(rng, prose, notes))


def markdown(doc: Doc) -> str:
    """The pandoc Markdown source: YAML header, headings, paragraphs with inline notes."""
    head = f'---\ntitle: "{doc.title}"\nlang: {doc.style["lang"]}\nsuppress-bibliography: true\n---'
    out = [head]
    for kind, body in doc.blocks:
        out.append(f"## {body}" if kind == "h" else "".join(_md_part(p) for p in body))
    return "\n\n".join(out) + "\n"


def _md_part(part: str | Note | Cite) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, Cite):
        locator = f", {part.locator.written}" if part.locator else ""
        return f"[@{{{part.key}}}{locator}]"
    return "^[" + "".join(_md_part(p) for p in part.parts) + "]"


class _NoteWriter:
    """Writes notes one after another, remembering what was cited where."""

    def __init__(self, rng: random.Random, style: dict, prose: dict, works: list[Work]):
        self.rng, self.locale, self.prose = rng, style["lang"], prose
        self.unused, self.cited = list(works), []
        self.last: list[Cite] = []

    def note(self) -> Note:
        rng = self.rng
        if rng.random() < COMMENT_ONLY:
            self.last = []
            return Note((rng.choice(self.prose["alone"]),))
        count = rng.choices([n for n, _ in CITES_PER_NOTE], [w for _, w in CITES_PER_NOTE])[0]
        cites: list[Cite] = []
        for _ in range(count):
            cites.append(self._cite(first=not cites, taken={c.key for c in cites}))
        self.last = cites
        return Note(tuple(self._arrange(cites)))

    def _cite(self, *, first: bool, taken: set[str]) -> Cite:
        rng = self.rng
        if first and len(self.last) == 1 and rng.random() < SAME_AS_LAST:
            previous = self.last[0]
            if rng.random() < SAME_PLACE:
                return previous
            return Cite(previous.key, locators.make(rng, self.locale, self._item(previous.key)))
        old = [w for w in self.cited if w.key not in taken]
        if self.unused and (not old or rng.random() < NEW_WORK):
            work = self.unused.pop(rng.randrange(len(self.unused)))
            self.cited.append(work)
        else:
            work = rng.choice(old)
        return Cite(work.key, locators.make(rng, self.locale, work.item))

    def _item(self, key: str) -> dict:
        return next(w.item for w in self.cited if w.key == key)

    def _arrange(self, cites: list[Cite]) -> list[str | Cite]:
        """Lead words, joins and commentary around the note's citations."""
        rng, prose = self.rng, self.prose
        parts: list[str | Cite] = []
        roll = rng.random()
        if roll < 0.1:
            parts.append(rng.choice(prose["before"]) + " ")
        if roll < 0.45:
            parts.append(rng.choice(prose["lead"]) + " ")
        for i, cite in enumerate(cites):
            if i:
                parts.append(rng.choice(prose["join"]))
            parts.append(cite)
        parts.append(".")
        if 0.45 <= roll < 0.6:
            parts.append(" " + rng.choice(prose["after"]))
        return parts


def _choose_works(rng: random.Random, weights: dict[str, int], pools: dict[str, list[str]],
                  works: dict[str, Work], count: int) -> list[str]:  # fmt: skip
    """Distinct works drawn from the weighted pools, never two with the same author and title."""
    names = [n for n in weights if pools.get(n)]
    chosen: list[str] = []
    identities = set()
    for _ in range(count * 4):
        if len(chosen) == count:
            break
        key = rng.choice(pools[rng.choices(names, [weights[n] for n in names])[0]])
        identity = _short_identity(works[key].item)
        if key not in chosen and identity not in identities:
            chosen.append(key)
            identities.add(identity)
    return chosen


def _short_identity(item: dict) -> tuple[str, str]:
    names = item.get("author") or item.get("editor") or [{}]
    short = (item.get("title-short") or item.get("title", "")).casefold()[:25]
    return (names[0].get("family") or names[0].get("literal") or "", short)


def _blocks(rng: random.Random, prose: dict, notes: list[Note]) -> tuple:
    """Paragraphs of body sentences, each note after one of them; a heading now and then."""
    order = list(prose["body"])
    rng.shuffle(order)
    sentences = itertools.cycle(order)
    headings = iter(prose["headings"])
    blocks: list[tuple[str, object]] = [("h", next(headings))]
    paragraph: list[str | Note] = []
    for i, note in enumerate(notes):
        paragraph.append(" ".join(next(sentences) for _ in range(rng.randint(1, 2))))
        paragraph += [note, " "]
        if rng.random() < 0.35 or i == len(notes) - 1:
            blocks.append(("p", tuple(paragraph[:-1])))
            paragraph = []
            heading = next(headings, None) if rng.random() < 0.2 else None
            if heading:
                blocks.append(("h", heading))
    return tuple(blocks)


@functools.cache
def _prose(lang: str) -> dict:
    return json.loads((PROSE_DIR / f"{lang}.json").read_text(encoding="utf-8"))
