"""A book's series in brackets after its title, as German styles print it:
"Aemulatio (=Pluralisierung & Autorität, Bd. 27), Berlin 2011"."""

from __future__ import annotations

from citekit.parse import uregex

# "(=Pluralisierung & Autorität, Bd. 27)", "(= Studia Judaica 12)", "(= Trierer Beiträge, 14)";
# the "=" is what tells a series from other brackets
SERIES_PAREN_RE = uregex.compile(
    r"\s*\(\s*=\s*(?P<series>[^()=]+?)(?:,?\s*(?:Bd|Band|Bde|Vol|Nr|Heft|H|No|t|vol)\.?)?"
    r"(?:,?\s+(?P<number>\d+[a-z]?))?\s*\)"
)


def take_series(text: str) -> tuple[str, dict[str, str]]:
    """TEXT without its bracketed series, and the series' fields ("series", "number")."""
    if "(=" not in text.replace("( =", "(="):
        return text, {}
    match = SERIES_PAREN_RE.search(text)
    if match is None:
        return text, {}
    fields = {"series": match.group("series").strip(" ,.")}
    if match.group("number"):
        fields["number"] = match.group("number")
    return text[: match.start()] + text[match.end() :], fields
