"""Site generators' tags in a Markdown source -> the words the published page shows there.

A Markdown file kept for Hugo, Jekyll, Eleventy or Quarto holds tags the generator renders
before any reader sees the page: Hugo shortcodes (``{{< q-cite "Faure 1909" "54" >}}``,
``{{% notation %}}``), Liquid tags (``{% cite zhu2017 %}``, ``{% include figure.html %}``)
and template output (``{{ page.title }}``). pandoc and markdown-it leave them as text; the
parser must see what the page shows instead:

- a citation tag its short form: Quire's ``q-cite`` (Hugo) and ``cite`` (Eleventy, its
  arguments quoted) "Faure 1909, 54" (the short form, or the text given third, and the
  page, as Quire prints them); the hugo-cite ``cite`` "(Faure 1909, 54)" (the key's name
  and year in the short form q-cite prints; several keys split by ";"; a "-" before the
  key leaves the author out); jekyll-scholar's ``cite`` "(key, 23)";
- ``abbr`` its argument (Quire's archive sigla);
- a tag that sets no words (figures, code fences, control flow, containers: the lexicon
  site_tags_silent) nothing;
- any other tag nothing, but it is listed (``Rendered.unrendered``) so that the reader can
  report one that stood in a note: a tag nobody can render is never dropped unseen.

Every tag keeps its line breaks, so that line numbers stay those of the source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from citekit import lexicons

# {{< name args >}}, {{% name args %}} (Hugo); {% name args %}, {%- … -%} (Liquid, Jinja);
# {{ expression }} (template output)
TAG_RE = re.compile(
    r"\{\{<\s*(?P<hugo>.*?)\s*>\}\}|\{\{%\s*(?P<hugo_markdown>.*?)\s*%\}\}"
    r"|\{%-?\s*(?P<liquid_body>.*?)\s*-?%\}"
    r"|\{\{-?\s*(?P<output>.*?)\s*-?\}\}",
    re.DOTALL,
)
# one argument: name="value", "value", 'value' or a bare word
ARGUMENT_RE = re.compile(
    r"""(?:(?P<name>[\w-]+)=)?(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”|(?P<bare>\S+))"""
)
# a citation key's name and year: "Grandjean2014", "MeynardLebarbe2015_introduction"
KEY_YEAR_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\d]*?)[_:-]?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?:\b|_)"
)
# a tag whose value stands in an address or attribute: [text]({{ site.baseurl }}/post)
IN_ADDRESS_RE = re.compile(r"""(?:\]\(|=\s*["']?)$""")


@dataclass
class Rendered:
    """The source with every tag replaced; the tags no rule could render, by line."""

    text: str
    unrendered: list[tuple[int, str]] = field(default_factory=list)  # (1-based line, tag)


@dataclass(frozen=True)
class _Tag:
    name: str
    positional: tuple[str, ...]
    named: dict[str, str]
    quoted: bool  # its first argument is in quotes ({% cite "Faure 1909" %}, not a bare key)


def render(source: str, folder: Path | None = None) -> Rendered:
    """SOURCE with each site generator's tag replaced by the words the page shows for it;
    hugo-cite's names and years come from the CSL-JSON bibliography in FOLDER (the page's
    bundle) where there is one."""
    if "{%" not in source and "{{" not in source:
        return Rendered(source)
    names = _bundle_names(folder) if folder is not None and "cite" in source else {}
    rendered = Rendered("")
    parts: list[str] = []
    last = 0
    for match in TAG_RE.finditer(source):
        parts.append(source[last : match.start()])
        shown = _shown(match, names)
        if shown is None:
            shown = ""
            if not IN_ADDRESS_RE.search(source[max(0, match.start() - 3) : match.start()]):
                line = source.count("\n", 0, match.start()) + 1
                rendered.unrendered.append((line, " ".join(match.group().split())))
        parts.append(shown + "\n" * match.group().count("\n"))
        last = match.end()
    parts.append(source[last:])
    rendered.text = "".join(parts)
    return rendered


def _shown(match: re.Match[str], names: Mapping[str, tuple[str, str]]) -> str | None:
    """The words the tag sets, "" for a tag that sets none, None for one not known."""
    if match.group("output") is not None:
        return None  # a variable's value: only the site knows it
    hugo = match.group("hugo") or match.group("hugo_markdown")
    tag = _parsed(hugo or match.group("liquid_body") or "")
    if tag is None:
        return ""
    if tag.name == "abbr" and tag.positional:
        return tag.positional[0]
    if tag.name == "q-cite" and tag.positional:
        return _quire_cite(tag)
    if tag.name == "cite" and hugo is not None:
        return _hugo_cite(tag, names)
    if tag.name == "cite" and tag.quoted:
        return _quire_cite(tag)  # Quire 1's {% cite "Faure 1909" "54" %}
    if tag.name == "cite":
        return _scholar_cite(tag)
    if _silent(tag.name):
        return ""
    return None


def _parsed(body: str) -> _Tag | None:
    """The tag's name (lower case) and arguments; None for an empty tag or a comment."""
    body = body.strip()
    if not body or body.startswith(("/*", "#")):
        return None
    name, *rest_of_body = body.split(maxsplit=1)
    rest = rest_of_body[0] if rest_of_body else ""
    positional: list[str] = []
    named: dict[str, str] = {}
    quoted = rest[:1] in ("'", '"', "“")
    for argument in ARGUMENT_RE.finditer(rest):
        value = next(v for v in argument.group("dq", "sq", "cq", "bare") if v is not None)
        if argument.group("name"):
            named[argument.group("name")] = value
        else:
            positional.append(value)
    return _Tag(name.lower(), tuple(positional), named, quoted)


def _silent(name: str) -> bool:
    """A tag that sets no words: its closing form (/figure, endhighlight) as well."""
    silent = lexicons.words("site_tags_silent")
    bare = name.removeprefix("/")
    return bare in silent or (bare.startswith("end") and bare[3:] in silent)


def _quire_cite(tag: _Tag) -> str:
    """Quire's "Faure 1909, 54": the short form (or the text given third) and the pages."""
    short, pages, text = (*tag.positional, "", "")[:3]
    return ", ".join(w for w in (text or short, pages) if w)


def _hugo_cite(tag: _Tag, names: Mapping[str, tuple[str, str]]) -> str:
    """hugo-cite's "(Name, Year, pages; …)" from "Key;Key2" and "pages;pages2"."""
    keys = tag.named.get("key") or (tag.positional[0] if tag.positional else "")
    pages = tag.named.get("pages") or (tag.positional[1] if len(tag.positional) > 1 else "")
    suppress = keys.startswith("-") or "suppressAuthor" in tag.named
    page_list = pages.split(";") if pages else []
    shown = []
    for index, key in enumerate(keys.removeprefix("-").split(";")):
        words = _key_words(key.strip(), suppress, names)
        page = page_list[index].strip() if index < len(page_list) else ""
        shown.append(", ".join(w for w in (words, page) if w))
    return "(" + "; ".join(shown) + ")"


def _key_words(key: str, suppress_author: bool, names: Mapping[str, tuple[str, str]]) -> str:
    """A citation key as the page prints it without its bibliography: "Grandjean2014" is
    "Grandjean 2014", as Quire's q-cite prints a short form (hugo-cite's partial takes the
    names from the bibliography, which the page's bundle holds and the document does not);
    only the year where the author is left out; any other key as typed. A key the bundle's
    bibliography holds is its authors' names and year, as the page prints them."""
    if key in names:
        authors, year = names[key]
        return year if suppress_author else " ".join(w for w in (authors, year) if w)
    match = KEY_YEAR_RE.match(key)
    if match is None:
        return key
    if suppress_author:
        return match.group("year")
    return f"{match.group('name')} {match.group('year')}"


def _scholar_cite(tag: _Tag) -> str:
    """jekyll-scholar's {% cite key1 key2 --locator 23 %}: "(key1; key2, 23)"."""
    keys: list[str] = []
    locator = ""
    words = iter(tag.positional)
    for word in words:
        if word in ("-l", "--locator"):
            locator = next(words, "")
        elif word.startswith("-"):
            next(words, None)  # --file NAME, --label page, --style NAME
        else:
            keys.append(word)
    locator = tag.named.get("--locator", locator)
    shown = "; ".join(keys)
    return "(" + ", ".join(w for w in (shown, locator) if w) + ")"


def _bundle_names(folder: Path) -> dict[str, tuple[str, str]]:
    """Each entry of the CSL-JSON bibliography beside the page (hugo-cite reads the
    bundle's "*bib*.json"): its id -> (names as hugo-cite prints them, year)."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(folder.glob("*bib*.json"))[:1]:
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return found  # no bibliography to be read: the keys are shown as typed
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                found[entry["id"]] = (_names(entry), _year(entry))
    return found


def _names(entry: dict) -> str:
    """ "Faure", "Meynard & Lebarbé", "Pomian, Souchier & al." (hugo-cite's first two)."""
    people = entry.get("author") or entry.get("editor") or []
    families = [
        str(p.get("family") or p.get("literal") or "") for p in people if isinstance(p, dict)
    ]
    families = [f for f in families if f]
    if len(families) == 2:
        return " & ".join(families)
    return ", ".join(families[:2]) + (" & al." if len(families) > 2 else "")


def _year(entry: dict) -> str:
    parts = (entry.get("issued") or {}).get("date-parts") or [[]]
    first = parts[0] if parts and isinstance(parts[0], list) else []
    return str(first[0]) if first else ""
