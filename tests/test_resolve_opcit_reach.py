"""Op. cit. of a prolific author weighs the author's works cited latest (OPCIT_REACH of them),
so that its cost stays the same however many works the book has cited before."""

from __future__ import annotations

from citekit.model import Citation, Kind
from citekit.resolve import resolve
from citekit.resolvestate import OPCIT_REACH


def _fulls(count: int) -> list[Citation]:
    """COUNT full citations of different books by one author, notes 1 to COUNT."""
    return [
        Citation(
            i,
            0,
            f"Jane Smith, *Book {i}*",
            Kind.FULL,
            fields={"author": "Smith, Jane", "title": f"Book {i} of Days"},
        )
        for i in range(1, count + 1)
    ]


def _opcit(note: int) -> Citation:
    return Citation(
        note, 0, "Smith, op. cit., 5.", Kind.OP_CIT, locator="5", fields={"author": "Smith"}
    )


def _short(note: int, title: str) -> Citation:
    return Citation(
        note, 0, f"Smith, *{title}*", Kind.SHORT, fields={"author": "Smith", "title": title}
    )


def test_an_opcit_weighs_the_authors_works_cited_latest() -> None:
    """After OPCIT_REACH + 10 works and the first cited again, op. cit. takes that one (cited
    last) and lists the OPCIT_REACH works cited latest, in the order first cited."""
    fulls = _fulls(OPCIT_REACH + 10)
    citations = (*fulls, _short(500, "Book 1 of Days"), _opcit(501))
    resolved, resolutions, _ = resolve(citations)
    works = [c.work for c in resolved[: len(fulls)]]
    assert resolved[-1].work == works[0]
    assert resolutions[-1].candidates == (works[0], *works[-(OPCIT_REACH - 1) :])


def test_an_opcit_of_an_author_with_fewer_works_weighs_them_all() -> None:
    fulls = _fulls(5)
    resolved, resolutions, diagnostics = resolve((*fulls, _opcit(6)))
    assert resolutions[-1].candidates == tuple(c.work for c in resolved[:5])
    assert "who has 5 earlier works" in diagnostics[-1].message
