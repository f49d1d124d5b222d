"""Addresses a line break cut in two: a document converted from a word processor keeps the space
where the author's address wrapped ("https://ieeexplore. ieee.org/document/8802836", "https://
doi.org/10.1177/…", "https://dl.acm.org/ doi/10.1145/…"). An address that stops at a dot or a
slash, then a space and a word that can only go on an address (a domain's or a path's letters
with a dot or a slash in it, no capital first), is one address again.
"""

from __future__ import annotations

import re

# the address up to the dot, slash or scheme before the space, then the rest after it: a
# lower-case or digit start, a dot or slash inside, no "http" (a second address), to a space
WRAPPED_RE = re.compile(
    r"(?P<head>\b(?:https?://|www\.)(?:[^\s<>]*[./])?)[ ](?P<tail>(?!https?:|www\.)"
    r"[a-z0-9][\w%~&=?#+-]*[./][\w%~&=?#+./:-]*[\w/])",
)


def joined_addresses(text: str) -> str:
    """TEXT with each address a wrap split made whole."""
    if "http" not in text and "www." not in text:  # the common case, at once
        return text
    return WRAPPED_RE.sub(lambda m: m.group("head") + m.group("tail"), text)


def cut_short(address: str, joined: str) -> bool:
    """Is ADDRESS only the head of one that goes on in JOINED, the text with wraps joined?"""
    at = joined.find(address)
    return (
        at >= 0
        and re.match(r"[\w%~&=?#+/-]", joined[at + len(address) : at + len(address) + 1])
        is not None
    )
