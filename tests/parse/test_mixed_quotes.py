"""A title opened with a curly quote and closed with a straight one (real10 ruderman,
real19 pta_mixtape): read as the closed title it is. Our own example titles."""

from __future__ import annotations

import pytest

from citekit.parse.mixedquotes import mended


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            'Vale Band, “Harbour Song Lyrics," *Song Site.*',
            "Vale Band, “Harbour Song Lyrics,” *Song Site.*",
        ),
        ('Quist, “Supply of Corn," 12.', "Quist, “Supply of Corn,” 12."),
        ('He wrote “a "b" c” here.', 'He wrote “a "b" c” here.'),
        ('“Title,” "Other," 3.', '“Title,” "Other," 3.'),
    ],
    ids=["band-page", "short-form", "inner-straight-quotes", "both-closed"],
)
def test_mixed_quotes_are_mended(text: str, read: str) -> None:
    assert mended(text) == read
    assert len(mended(text)) == len(text)  # every offset into the note holds
