"""Authors named in the commentary around a citation (issue 10, real11 and real9/real10 habits).

Our own example sentences: a possessive before the title, the person quoted through another
source, a list of names after prose, names as the subject of a sentence before a short title.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution

FULL, SHORT = Kind.FULL, Kind.SHORT


def cited(text: str) -> list[tuple[str, Kind, str | None]]:
    return [(c.text, c.kind, c.fields.get("author")) for c in parse(text)]


ROWS = [
    pytest.param(
        "Our frames follow Ilse Varga’s book, *Paper Folding Ways* (Oslo: Norli, 1985).",
        [("*Paper Folding Ways* (Oslo: Norli, 1985)", FULL, "Varga, Ilse")],
        id="possessive-with-a-work-noun-names-the-author",
    ),
    pytest.param(
        "The point is made in Ada Kurz and Ben Lowe’s “Ferry Logs Reconsidered,” 2020, "
        "https://example.org/ferry.",
        [
            (
                "“Ferry Logs Reconsidered,” 2020, https://example.org/ferry",
                FULL,
                "Kurz, Ada and Lowe, Ben",
            )
        ],
        id="possessive-pair-names-both-authors",
    ),
    pytest.param(
        "See Mira Holt’s “Nets and Knots” in *Harbour Crafts*, ed. Tom Bell (Hull: Wave, 2001).",
        [
            (
                "Mira Holt’s “Nets and Knots” in *Harbour Crafts*, ed. Tom Bell (Hull: Wave, 2001)",
                FULL,
                "Holt, Mira",
            )
        ],
        id="possessive-opening-the-citation-is-no-part-of-the-family-name",
    ),
    pytest.param(
        "Tom Bell, quoted in Ann Reyes, “Harbour Songs,” *Coast Review*, 3 May 2011.",
        [("Ann Reyes, “Harbour Songs,” *Coast Review*, 3 May 2011", FULL, "Reyes, Ann")],
        id="the-person-quoted-is-no-author",
    ),
    pytest.param(
        "Lía Soto, citada en Pablo Ruiz, *Puertos del norte* (Bilbao: Ola, 2008), 45.",
        [("Pablo Ruiz, *Puertos del norte* (Bilbao: Ola, 2008), 45", FULL, "Ruiz, Pablo")],
        id="citada-en-spanish",
    ),
    pytest.param(
        "The tables now appear as: Ada Kurz, Ben Lowe, Cy Moss, and Dee Noor, *Ferry Logs*, "
        "version 2, 2019.",
        [
            (
                "Ada Kurz, Ben Lowe, Cy Moss, and Dee Noor, *Ferry Logs*, version 2, 2019",
                FULL,
                "Kurz, Ada and Lowe, Ben and Moss, Cy and Noor, Dee",
            )
        ],
        id="list-of-names-after-prose",
    ),
    pytest.param(
        "On how they fit together, read Ada Kurz and Ben Lowe, “Ferry Logs in Context,” 2020.",
        [("Ada Kurz and Ben Lowe, “Ferry Logs in Context,” 2020", FULL, "Kurz, Ada and Lowe, Ben")],
        id="pair-after-prose-keeps-the-first-given-name",
    ),
    pytest.param(
        "In Paris, Jean Dupont, *Les Halles* (Paris: Seuil, 1990), 3.",
        [("Jean Dupont, *Les Halles* (Paris: Seuil, 1990), 3", FULL, "Dupont, Jean")],
        id="prose-before-a-name-is-no-name-of-the-list",
    ),
    pytest.param(
        "Regardless, the yard had moved to the quay by then. Ada Kurz, *Ferry Logs* (Hull: Wave, "
        "2001), 22.",
        [("Ada Kurz, *Ferry Logs* (Hull: Wave, 2001), 22", FULL, "Kurz, Ada")],
        id="a-complete-source-after-a-sentence-stands-alone",
    ),
    pytest.param(
        "Ada Kurz, Ben Lowe (ed.), Ferries without Harbours. Crossings and Landings in the North "
        "Sea from 1900 to 1950, Hull (Wave) 2017, X–373 p., *Sea-Recensio* 4 (2018), S. 9–12.",
        [
            (
                "Ada Kurz, Ben Lowe (ed.), Ferries without Harbours. Crossings and Landings in the "
                "North Sea from 1900 to 1950, Hull (Wave) 2017, X–373 p., *Sea-Recensio* 4 (2018), "
                "S. 9–12",
                FULL,
                "Kurz, Ada and Lowe, Ben",
            )
        ],
        id="a-plain-title-after-its-author-line-is-no-new-source",
    ),
    pytest.param(
        "Kurz and Lowe point out that the harbour changed. *Ferry Logs*, 77.",
        [("*Ferry Logs*, 77", SHORT, None)],
        id="names-as-subject-then-a-short-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_authors_named_in_commentary(text: str, expected: list) -> None:
    assert cited(text) == expected


def test_short_form_prefers_the_work_of_its_author():
    """ "Varga, *Hanne Dahl*" is Varga's book on the painter, not the unsigned "Hanne Dahl
    sketchbook" cited between them, though both titles open with the short title."""
    assert_resolution(
        ("varga", "Ilse Varga, *Hanne Dahl: Sa vie, son oeuvre* (Paris: Flammarion, 1908), 394."),
        (
            ("brun", "album"),
            "Brun, *Atelier Hanne Dahl*, 2:79. Hanne Dahl sketchbook, Oslo, Norli Institute (NI), "
            "850837, hereafter cited as Dahl sketchbook.",
        ),
        ("varga", "Varga, *Hanne Dahl*, 170."),
    )


LOWER_CASE_ROWS = [
    pytest.param(
        "ilse varga, “Paper Boats,” in *Harbour Crafts* (Hull: Wave, 2001), 161–63.",
        [
            (
                "ilse varga, “Paper Boats,” in *Harbour Crafts* (Hull: Wave, 2001), 161–63",
                "varga, ilse",
            )
        ],
        id="lower-case-name-opens-a-full-citation",
    ),
    pytest.param(
        "ada kurz and Ben Lowe. *Ferry Logs Reconsidered.*",
        [("ada kurz and Ben Lowe. *Ferry Logs Reconsidered.*", "kurz, ada and Lowe, Ben")],
        id="lower-case-name-in-a-pair",
    ),
    pytest.param(
        "in his book, *Ferry Logs* (Hull: Wave, 2001).",
        [("*Ferry Logs* (Hull: Wave, 2001)", None)],
        id="lower-case-prose-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_ROWS)
def test_names_written_in_lower_case(text: str, expected: list) -> None:
    assert [(c.text, c.fields.get("author")) for c in parse(text)] == expected
