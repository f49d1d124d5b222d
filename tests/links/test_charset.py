"""The start of a page as text: byte-order mark, declared charset, <meta>, or a guess."""

from __future__ import annotations

import pytest

from citekit.links.charset import decode

TITLE = "<title>Página no encontrada</title>"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (TITLE.encode("utf-8"), "text/html; charset=utf-8"),
        (TITLE.encode("utf-8"), "text/html"),
        (TITLE.encode("latin-1"), "text/html; charset=ISO-8859-1"),
        (TITLE.encode("latin-1"), 'text/html; charset="iso-8859-1"'),
        (TITLE.encode("latin-1"), "text/html"),
        (b'<meta charset="windows-1252">' + TITLE.encode("cp1252"), "text/html"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            + TITLE.encode("latin-1"),
            "",
        ),
        (TITLE.encode("utf-16"), "text/html"),
        (TITLE.encode("utf-16"), "text/html; charset=iso-8859-1"),
        (TITLE.encode("utf-16-le"), "text/html; charset=utf-16"),
        (TITLE.encode("utf-16-be"), "text/html; charset=utf-16be"),
        (TITLE.encode("utf-16-le"), "text/html"),
        (TITLE.encode("utf-16-be"), ""),
        (b"\xef\xbb\xbf" + TITLE.encode("utf-8"), "text/html; charset=latin-1"),
        (TITLE.encode("latin-1"), "text/html; charset=no-such-charset"),
    ],
    ids=[
        "utf8-declared",
        "utf8-sniffed",
        "latin1-declared",
        "latin1-quoted",
        "latin1-sniffed",
        "meta-charset",
        "meta-http-equiv",
        "utf16-bom",
        "bom-beats-header",
        "utf16-declared",
        "utf16be-declared",
        "utf16le-sniffed",
        "utf16be-sniffed",
        "utf8-bom",
        "unknown-charset-sniffed",
    ],
)
def test_pages_are_read_in_their_own_encoding(data, content_type):
    assert TITLE in decode(data, content_type)


def test_a_character_cut_at_the_end_of_the_prefix_is_not_a_reason_to_guess_cp1252():
    text = ("<title>Seite</title>" + "ü" * 10).encode("utf-8")[:-1]
    assert decode(text, "text/html").startswith("<title>Seite</title>üüü")
