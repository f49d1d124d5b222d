"""A cheap test before a rule's patterns answers as the patterns do: each skips only texts
that no pattern could match."""

from __future__ import annotations

import random

from citekit.parse import ibids, statement

HEADS = [
    "MUSSET, A.",
    "DÍAZ LÓPEZ, J. P.",
    "Patrick Fridenson.",
    "Patrick Fridenson,",
    "FRIDENSON, Patrick,",
    "Yves Cohen,",
    "Kaufmann, Jean-Claude",
    "see also",
    "Ibid.",
    "",
]
PIECES = [
    ", ",
    ". ",
    "A.",
    "Title",
    "*",
    "*Journal*",
    "En ",
    "in ",
    "In: ",
    "W ",
    "; ",
    " and ",
    ",",
    ".",
    ":",
    ": ",
    " ",
    "\t",
    "‘Q’",
    "(dir.)",
    "(Hg.)",
    "2017",
    "vol. 1",
    "ibid",
    "Id.",
    "*ibid.*",
    "tamże",
    "Idea",
    "ibidem",
    "ibid_",
    "Ιbid",
    "Там же",
    " p. 4",
    "ebd",
    "x",
]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    return [
        rng.choice(HEADS) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 9)))
        for _ in range(count)
    ]


def _name_sentence_unskipped(text: str) -> bool:
    return any(
        (found := pattern.match(text))
        and not statement.QUOTED_RE.fullmatch(found.group("title").strip())
        for pattern in statement.NAME_SENTENCE_RES
    )


def test_name_sentence_skips_only_texts_no_pattern_reads() -> None:
    texts = _texts(20000)
    read = [t for t in texts if _name_sentence_unskipped(t)]
    assert len(read) > 10  # the texts reach the patterns' matches, not only their misses
    assert all(statement._two_stops_before_emphasis(t) for t in read)


def test_colon_statement_skips_only_texts_no_pattern_reads() -> None:
    matched = [t for t in _texts(20000) if statement.COLON_STATEMENT_RE.match(t)]
    assert matched
    assert all(":" in t and "," in t for t in matched)


def test_inner_ibid_skips_only_texts_no_pattern_reads() -> None:
    patterns = (ibids.INNER_IBID_RE, ibids.PROSE_IBID_RE, ibids.PROSE_ID_RE)
    matched = [t for t in _texts(20000) if any(p.search(t) for p in patterns)]
    assert len(matched) > 50
    assert all(ibids._opens_after_space(ibids.folded(t)) for t in matched)
