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


# a scheme alone before the space, its host after it: "http:// www.pewinternet.org/…" (the
# host may open with "www.", which after a whole address would start a second one)
SCHEME_ALONE_RE = re.compile(r"\b(?P<scheme>https?://)[ ](?=[a-z0-9][\w-]*\.[a-z])")


def joined_addresses(text: str) -> str:
    """TEXT with each address a wrap split made whole."""
    if "http" not in text and "www." not in text:  # the common case, at once
        return text
    text = SCHEME_ALONE_RE.sub(lambda m: m.group("scheme"), text)
    return WRAPPED_RE.sub(lambda m: m.group("head") + m.group("tail"), text)


def cut_short(address: str, joined: str) -> bool:
    """Is ADDRESS only the head of one that goes on in JOINED, the text with wraps joined?"""
    at = joined.find(address)
    return (
        at >= 0
        and re.match(r"[\w%~&=?#+/-]", joined[at + len(address) : at + len(address) + 1])
        is not None
    )


SCHEME_BEFORE_RE = re.compile(r"(?P<scheme>https?://)[ ]$")  # "http:// " before a host


ADDRESS_REACH = 400  # characters: the longest address read on over its wraps


def typed_address(text: str, start: int, address: str) -> str:
    """ADDRESS (found at START in TEXT) whole again: with the scheme a wrap left before it
    ("http:// www.pewinternet.org/…" is found from "www." on) and the parts wraps cut off
    after it ("http:// www.gwu.edu/ ccps/etzioni/A273.html")."""
    before = SCHEME_BEFORE_RE.search(text, max(0, start - len("https:// ")), start)
    scheme = before.group("scheme") if before else ""
    typed = scheme + text[start : start + ADDRESS_REACH]
    joined = joined_addresses(typed)
    if joined == typed or not joined.startswith(scheme + address):
        return scheme + address  # no wrap after it
    return _opening_address(joined)


def _opening_address(text: str) -> str:
    """The address that opens TEXT, up to a space or the punctuation that closes it."""
    return re.match(r"[^\s<>‹›]*", text).group().rstrip(".,;:)]”\"'*")
