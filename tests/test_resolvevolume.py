"""A short form of a volume whose full citation came first as a chapter's container
(citekit.resolvevolume.container_named_earlier)."""

from citekit.model import Citation, Note, Span
from citekit.parse import build_context, parse_note
from citekit.resolve import resolve

CHAPTER = (
    "R. Vane, “Printers of the Port,” in K. Ashdown and L. Morrow, eds., *A History of the"
    " Print Trade*, Vol. 2: *The Harbour Press in the Northern World* (Leeds, 2004), 101-29."
)
SHORT = "See especially Ashdown and Morrow, *Harbour Press*."
LATER = "K. Ashdown, “Rethinking the Harbour Press,” *Print Review* 12 (2006): 5-30."


def _codes(*texts: str) -> set[tuple[int, str]]:
    context = build_context(texts)
    citations: list[Citation] = []
    for number, text in enumerate(texts, start=1):
        citations.extend(parse_note(Note(number, text, Span(0, 0, number)), context))
    _, _, problems = resolve(tuple(citations))
    return {(p.note, str(p.code)) for p in problems}


def test_a_volume_named_as_a_chapters_container_comes_first() -> None:
    assert (2, "short-before-full") not in _codes(CHAPTER, SHORT, LATER)


def test_without_the_chapter_the_short_form_still_comes_first() -> None:
    assert (1, "short-before-full") in _codes(SHORT, LATER)


def test_words_in_order_as_the_pattern_of_words_and_gaps_reads_them():
    """in_order answers as the pattern it stands for: the words as whole words, in order,
    at most two other words between two of them (any order of trials, every case)."""
    import itertools
    import re

    from citekit.resolvevolume import in_order

    vocabulary = ("book", "colonial", "world", "of", "the")
    titles = [" ".join(t) for n in range(6) for t in itertools.product(vocabulary[:3], repeat=n)]
    for volume, short in itertools.product(titles[:400], titles[1:40]):
        words = short.split()
        pattern = r"\s" + r"\s(?:\S+\s){0,2}".join(map(re.escape, words)) + r"\s"
        expected = re.search(pattern, f" {volume} ") is not None
        assert in_order(words, tuple(volume.split())) is expected, (volume, short)
    assert in_order(["colonial", "book"], ("the", "colonial", "a", "b", "book"))
    assert not in_order(["colonial", "book"], ("colonial", "a", "b", "c", "book"))
