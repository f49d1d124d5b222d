"""A book's series as French styles print it in the imprint: "Paris, Albin Michel, coll.
« L’évolution de l’humanité », 1942", "Paris, PUF, coll. « Quadrige », n° 12, 1990"."""

from __future__ import annotations

from citekit.parse import uregex

# "coll." or "collection", the series' name in guillemets or quotation marks (or bare, to the
# next comma), and a number after "n°" or "no"
COLL_RE = uregex.compile(
    r",\s*(?:coll\.|collection)\s*(?:«\s*(?P<quoted>[^«»]{2,80}?)\s*»|“(?P<curly>[^“”]{2,80})”"
    r"|(?P<bare>[A-Z][^,;.()]{2,60}))(?:,\s*(?:n°|no\.?|nº)\s*(?P<number>\d{1,4}))?"
)


def take_coll(text: str) -> tuple[str, dict[str, str]]:
    """TEXT without its "coll. « … »" series, and the series' fields ("series", "number")."""
    if "coll" not in text:
        return text, {}  # the cheap test first
    match = COLL_RE.search(text)
    if match is None:
        return text, {}
    name = match.group("quoted") or match.group("curly") or match.group("bare")
    fields = {"series": " ".join(name.split())}
    if match.group("number"):
        fields["number"] = match.group("number")
    return text[: match.start()] + text[match.end() :], fields
