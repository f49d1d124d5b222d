"""Which works of a large block a short form's title is ranked against: only those that could
pass its cheap tests, so that the fuzzy title ranking (citekit.resolvestate) scores a few
titles, not every work of a prolific author.

A block holds the works of one name key or of one title opening. A short form of a work
names its author and gives words of its title, so in the block of its name key only the works
whose title has a word beginning as one of its words does are ranked ("Zubok, *Failed
Empire*" is not ranked against Zubok's *Cold War Diplomacy*), and in the block of its title
opening only the works by an author of its name, by no one, or named after it ("Keats,
*Poems*" for "The Poems of John Keats", ed. Allott).

A block is indexed when a short form first asks it, and then only for the works added since:
a document whose blocks stay small (nearly every one) never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from citekit import identity

# letters of a word that must agree: "polveka" ~ "pol veka", "socialist" ~ "socialism"
BEGINNING = 3


@dataclass
class BlockWords:
    """The works of each block by the beginnings of their title words and by family name."""

    # (block, a title word's beginning) -> positions in the block of the works with it
    by_word: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    by_name: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # block -> family -> …
    nameless: dict[str, list[int]] = field(default_factory=dict)  # block -> works without names
    indexed: dict[str, int] = field(default_factory=dict)  # block -> how many of its works
    # (block, family) -> (works indexed then, _named's answer): an author's short forms ask
    # again and again, and the answer changes only as the block grows
    named: dict[tuple[str, str], tuple[int, set[int]]] = field(default_factory=dict)

    def narrowed(
        self,
        key: str,
        titles: Sequence[str],
        people: Callable[[int], list[str]],
        title: str,
        name: str,
    ) -> list[int]:
        """The positions in block KEY (its works' folded TITLES; PEOPLE: the folded family
        names of the work at a position) of the works whose title has a word beginning as a
        word of TITLE (folded) does and, given a family NAME, that have an author of that name,
        no author, or a title word beginning as it does; in block order."""
        self._index(key, titles, people)
        near: set[int] = set()
        for beginning in {word[:BEGINNING] for word in title.split()}:
            near.update(self.by_word.get((key, beginning), ()))
        if name and near:
            near &= self._named(key, name)
        return sorted(near)

    def _named(self, key: str, name: str) -> set[int]:
        indexed, answer = self.named.get((key, name), (-1, set()))
        if indexed != self.indexed[key]:
            answer = self._naming(key, name)
            self.named[key, name] = (self.indexed[key], answer)
        return answer

    def _naming(self, key: str, name: str) -> set[int]:
        named = set(self.nameless.get(key, ()))
        named.update(self.by_word.get((key, name[:BEGINNING]), ()))  # an edition's subject
        for family, positions in self.by_name.get(key, {}).items():
            if identity.same_name(name, family):
                named.update(positions)
        return named

    def _index(self, key: str, titles: Sequence[str], people: Callable[[int], list[str]]) -> None:
        """Index the works of block KEY added since it was last asked."""
        names = self.by_name.setdefault(key, {})
        for position in range(self.indexed.get(key, 0), len(titles)):
            for beginning in {word[:BEGINNING] for word in titles[position].split()}:
                self.by_word.setdefault((key, beginning), []).append(position)
            families = people(position)
            for family in dict.fromkeys(families):
                names.setdefault(family, []).append(position)
            if not families:
                self.nameless.setdefault(key, []).append(position)
        self.indexed[key] = len(titles)
