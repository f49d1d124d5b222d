"""The bibliography's search reads the Markdown parse the reader made of the same text
(citekit.sources.md.tokens_of): the same blocks as a parse of its own, one parse less."""

from __future__ import annotations

from citekit.bibblocks import blocks_of
from citekit.sources import md

TEXT = """# A Short Essay

Text with a note.[^1]

[^1]: Jane Smith, *A Book* (London: Penguin, 2001), 4.

## Bibliography

Smith, Jane. *A Book*. London: Penguin, 2001.
"""


def test_the_readers_tokens_are_handed_on_for_its_own_text(tmp_path):
    path = tmp_path / "essay.md"
    path.write_text(TEXT)
    doc = md.read(path)
    assert md.tokens_of(TEXT) is md._LAST_PARSED[TEXT]  # no second parse
    shared = blocks_of(doc)
    md._LAST_PARSED.clear()  # as though the reader had parsed another text
    assert blocks_of(doc) == shared
    assert any(b.text.startswith("Smith, Jane.") for b in shared)


def test_another_text_is_parsed_on_its_own():
    md._LAST_PARSED.clear()
    md._LAST_PARSED["Something else\n"] = []
    assert [t.type for t in md.tokens_of("Plain words.\n")][:1] == ["paragraph_open"]
