"""Plain-text layout: paragraphs, markers, running heads and the shape of cut text."""

from __future__ import annotations

import pytest

from citekit import layout


def test_paragraphs_split_at_blank_lines_and_marker_lines() -> None:
    text = "Body line one\nline two.¹\n\n¹ First note.\n² Second note,\ngoes on.\n"
    paras = layout.paragraphs(text)
    assert [p.text for p in paras] == [
        "Body line one line two.¹",
        "¹ First note.",
        "² Second note, goes on.",
    ]
    assert [p.line for p in paras] == [1, 4, 5]
    assert [p.split for p in paras] == [False, False, True]
    assert text[paras[2].start : paras[2].end] == "² Second note,\ngoes on."


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("recog-", "nise", "recognise"),
        ("p. 98-", "99.", "p. 98-99."),
        ("Sino-", "Soviet", "Sino- Soviet"),
        ("(Moscow: Novosti,", "1995), p. 224.", "(Moscow: Novosti, 1995), p. 224."),
        ("", "text", "text"),
        ("for their com\u00ad", "ments", "for their comments"),
    ],
    ids=["hyphenated-word", "page-range", "capital-after-hyphen", "plain", "empty", "soft-hyphen"],
)
def test_join_text(first: str, second: str, joined: str) -> None:
    assert layout.join_text(first, second) == joined


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (
            ["Body.", "Weltliteratur als Transfer 215", "More.", "Weltliteratur als Transfer 217"],
            ["Body.", "More."],
        ),
        (["Body.", "216 Anna Müller", "More.", "218 Anna Müller"], ["Body.", "More."]),
        (["Body.", "215", "- 216 -", "More."], ["Body.", "More."]),
        (["12 Ibid., p 42", "14 Ibid., p 42"], ["12 Ibid., p 42", "14 Ibid., p 42"]),
        (["¹² Ibid., p 42", "¹⁴ Ibid., p 42"], ["¹² Ibid., p 42", "¹⁴ Ibid., p 42"]),
        (["Introduction 3", "Body."], ["Introduction 3", "Body."]),
    ],
    ids=[
        "head-number-after",
        "head-number-before",
        "bare-page-numbers",
        "plain-notes-ending-in-a-page",
        "superscript-notes",
        "title-seen-once",
    ],
)
def test_drop_running_heads(texts: list[str], kept: list[str]) -> None:
    paras = [layout.Paragraph(t, 0, 0, 1) for t in texts]
    assert [p.text for p in layout.drop_running_heads(paras)] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¹⁵ See Radchenko.", (15, "See Radchenko.", True)),
        ("15 See Radchenko.", (15, "See Radchenko.", False)),
        ("15. See Radchenko.", (15, "See Radchenko.", False)),
        ("[15] See Radchenko.", (15, "See Radchenko.", False)),
        ("15) See Radchenko.", (15, "See Radchenko.", False)),
        ("In 1995 they met.", None),
        ("3.5 times smaller", None),
    ],
    ids=["superscript", "plain", "plain-dot", "bracket", "paren", "no-marker", "decimal"],
)
def test_candidates(text: str, expected: tuple[int, str, bool] | None) -> None:
    found = layout.candidates([layout.Paragraph(text, 0, len(text), 1)])
    assert [(c.number, c.text, c.superscript) for c in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "superscript", "numbers"),
    [
        ("in China.¹ These and “that”²³ too", True, [1, 23]),
        ("in China.1 These", False, [1]),
        ("the war,12 and", False, [12]),
        ("Fuß.4 Und «la guerre»5 et", False, [4, 5]),
        ("In 1989 the 13th Congress, vol. 3, p. 45 and 1980s", False, []),
        ("3.5 times, 1,000 men, 12.5 per cent", False, []),
        ("ended in 1857.3 Then", False, [3]),
        ("the report.[1] And more [2].", False, [1, 2]),
    ],
    ids=[
        "superscripts",
        "glued-to-point",
        "glued-to-comma",
        "german-french-quotes",
        "years-ordinals-volumes",
        "decimals",
        "after-a-year",
        "brackets",
    ],
)
def test_body_markers(text: str, superscript: bool, numbers: list[int]) -> None:
    assert [n for _, n in layout.body_markers(text, superscript=superscript)] == numbers


@pytest.mark.parametrize(
    ("text", "mid_sentence"),
    [
        ("and so it went", True),
        ("1995), p. 224", True),
        ("; see also", True),
        ("école de Paris", True),
        ("это продолжение", True),
        ("The next page.", False),
        ("“Quoted”", False),
        ("", False),
    ],
    ids=["lower", "digit", "semicolon", "french-accent", "cyrillic", "capital", "quote", "empty"],
)
def test_starts_mid_sentence(text: str, mid_sentence: bool) -> None:
    assert layout.starts_mid_sentence(text) == mid_sentence


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("A finished sentence.", False),
        ("A quoted one.”", False),
        ("(Moscow: Novosti,", True),
        ("which was the", True),
        ("", False),
    ],
    ids=["full-stop", "quote", "open-paren", "no-punctuation", "empty"],
)
def test_unfinished(text: str, open_: bool) -> None:
    assert layout.unfinished(text) == open_


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Ibid., p. 42.", 2),
        ("Ebd., S. 12.", 2),
        ("Smith, The Book (London, 2001).", 1),
        ("The talks went on for days.", 0),
    ],
    ids=["ibid-page", "german-page", "year", "prose"],
)
def test_cites(text: str, strength: int) -> None:
    assert layout.cites(text) == strength


def test_ligatures_are_spelled_out() -> None:
    (para,) = layout.paragraphs("The Sun Insurance Oﬃce, the ﬁre literature")
    assert para.text == "The Sun Insurance Office, the fire literature"
