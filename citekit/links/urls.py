"""Is a string a well-formed http(s) address? Asked of listed links and of redirects."""

from __future__ import annotations

import re

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

# a host name: labels of letters, digits and hyphens (IDNA names arrive as Unicode)
HOST_RE = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)(?:\.(?!-)[\w-]{1,63}(?<!-))*\.?$")


def url_problem(url: str) -> str | None:
    """Why URL is not a well-formed http(s) address, or None."""
    if any(c.isspace() for c in url):
        return "not a URL: it contains spaces"
    try:
        parts = parse_url(url)
    except (LocationParseError, ValueError) as exc:
        return f"not a URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return "not a URL: only http and https addresses can be checked"
    if not parts.host or not (HOST_RE.match(parts.host) or parts.host.startswith("[")):
        return "not a URL: no valid host name"
    return None
