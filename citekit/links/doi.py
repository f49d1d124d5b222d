"""DOIs: normalise and validate; is it registered (doi.org); is it the cited work (Crossref)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any
from urllib.parse import quote, unquote

from rapidfuzz import fuzz

from citekit.links import fetch
from citekit.links.exchange import Answer, fetch_json
from citekit.links.model import LinkResult, LinkStatus, LinkTarget
from citekit.links.schedule import Again, Done, Outcome, Step, Then

# "doi:", "DOI ", "https://doi.org/", "http://dx.doi.org/", "urn:doi:" before the DOI itself
PREFIX_RE = re.compile(
    r"""^(?:urn:)?doi:\s*            # doi:10.1000/1, urn:doi:10.1000/1
      | ^doi\s+                      # DOI 10.1000/1
      | ^https?://(?:dx\.|www\.)?doi\.org/   # resolver links
    """,
    re.VERBOSE | re.IGNORECASE,
)
# a DOI: directory "10", registrant code (4-9 digits, sub-codes allowed), "/", a suffix
VALID_RE = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
# a resolver link to a DOI: https://doi.org/10.1000/1, http://dx.doi.org/10.1000/1
RESOLVER_RE = re.compile(r"^https?://(?:dx\.|www\.)?doi\.org/(10\..+)$", re.IGNORECASE)
# markup Crossref leaves in titles: <i>, <sub>, <scp>, mml tags
TAG_RE = re.compile(r"<[^>]+>")
NON_WORD_RE = re.compile(r"[\W_]+")
# leading articles a citation may drop ("The Interkit Story" cited as "Interkit Story")
ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "les", "l", "el", "il"})
# rapidfuzz scores (0-100) from which two normalised titles are the same work
SAME_TITLE = 88
SAME_PREFIX = 95


def normalise(text: str) -> str:
    """The bare DOI in TEXT: resolver prefix, "doi:" and percent-encoding removed.

    Idempotent: normalise(normalise(x)) == normalise(x).
    """
    doi, before = text.strip(), None
    while doi != before:  # decoding may bare another prefix or space ("%0A", "doi%3A10.1/x")
        before = doi
        while (stripped := PREFIX_RE.sub("", doi, count=1)) != doi:
            doi = stripped.strip()
        doi = unquote(doi).strip() if "%" in doi else doi
    return doi


def problem(doi: str) -> str | None:
    """Why DOI (already normalised) is not a well-formed DOI, or None."""
    if VALID_RE.match(doi):
        return None
    if not doi.startswith("10."):
        return "not a DOI: it must start with '10.'"
    if "/" not in doi:
        return "not a DOI: no '/' between prefix and suffix"
    return "not a DOI: the prefix must be '10.' and 4-9 digits, the suffix without spaces"


def from_resolver_url(url: str) -> str | None:
    """The DOI a doi.org link points to, or None for any other URL."""
    match = RESOLVER_RE.match(url)
    return normalise(match.group(1)) if match else None


def handle_url(base: str, doi: str) -> str:
    """The doi.org handle API address for DOI: BASE/api/handles/DOI."""
    return f"{base.rstrip('/')}/api/handles/{quote(doi, safe='/')}"


def crossref_url(base: str, doi: str) -> str:
    """The Crossref REST address of DOI's metadata: BASE/works/DOI."""
    return f"{base.rstrip('/')}/works/{quote(doi, safe='/')}"


def negotiation_url(base: str, doi: str) -> str:
    """The resolver address that answers CSL JSON by content negotiation: BASE/DOI."""
    return f"{base.rstrip('/')}/{quote(doi, safe='/')}"


def registered(http_status: int, payload: Any) -> bool | None:
    """What a handle API answer says: True registered, False not, None no answer.

    The API answers 200 {"responseCode": 1, "handle": ..., "values": [...]} for a DOI,
    404 {"responseCode": 100} for an unknown handle and 200 {"responseCode": 200} for a
    handle with no values of the asked type (registered all the same).
    """
    code = payload.get("responseCode") if isinstance(payload, Mapping) else None
    if code in (1, 200):
        return True
    if code == 100 or (http_status == 404 and code is None):
        return False
    return None


def titles(payload: Any) -> tuple[str, ...]:
    """Every title a work is registered under, from a Crossref or CSL JSON answer.

    Crossref wraps the work in {"message": {...}} with lists ("title": ["..."]);
    CSL JSON (content negotiation) gives the work itself, with strings.
    """
    work = payload.get("message", payload) if isinstance(payload, Mapping) else {}
    if not isinstance(work, Mapping):
        return ()
    main = _strings(work.get("title"))
    subtitles = _strings(work.get("subtitle"))
    found = list(main)
    found += [f"{t}: {s}" for t in main for s in subtitles]
    for name in ("original-title", "short-title", "title-short"):
        found += _strings(work.get(name))
    return tuple(dict.fromkeys(_clean(t) for t in found if t.strip()))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _clean(title: str) -> str:
    return " ".join(html.unescape(TAG_RE.sub("", title)).split())


def normalise_title(title: str) -> str:
    """Casefolded, accents and punctuation removed, a leading article dropped."""
    decomposed = unicodedata.normalize("NFKD", title.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = NON_WORD_RE.sub(" ", bare).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def same_title(cited: str, registered_titles: Iterable[str]) -> bool:
    """True when CITED names one of the registered titles.

    A subtitle given or left out, a dropped "The", case, accents and punctuation
    do not count as differences; a different work does.
    """
    a = normalise_title(cited)
    return any(_close(a, normalise_title(r)) for r in registered_titles if a)


def _close(a: str, b: str) -> bool:
    if not b:
        return False
    if a == b or fuzz.ratio(a, b) >= SAME_TITLE:
        return True
    short, long = sorted((a, b), key=len)
    # a title cited without (or with only) its subtitle: one is the start of the other
    if len(short.split()) >= 2 and fuzz.ratio(short, long[: len(short)]) >= SAME_PREFIX:
        return True
    return len(short.split()) >= 3 and fuzz.token_set_ratio(a, b) >= SAME_PREFIX


def check(ctx: fetch.Context, target: LinkTarget) -> Step:
    """A job that asks doi.org whether TARGET is registered, then compares its title."""
    return partial(_registration, ctx, target, 0)


def _registration(ctx: fetch.Context, target: LinkTarget, attempt: int) -> Outcome:
    response = fetch_json(ctx, handle_url(ctx.settings.doi_api, target.target))
    if isinstance(response, fetch.Failure):
        return Done(LinkResult(target, response.status, f"doi.org: {response.detail}"))
    delay = fetch.retry_delay(response.status, response.headers, attempt, ctx.settings)
    if delay is not None:
        return Again(
            partial(_registration, ctx, target, attempt + 1),
            delay,
            host_wide=response.status == 429,
        )
    code = response.status
    known = registered(code, response.json())
    if known is False:
        return Done(LinkResult(target, LinkStatus.DEAD, "DOI not registered", http_status=code))
    if known is None:
        status = LinkStatus.BLOCKED if code == 429 else LinkStatus.ERROR
        return Done(LinkResult(target, status, f"doi.org answered {code}", http_status=code))
    if not target.title:  # nothing to compare with: registered is all we can say
        return Done(LinkResult(target, LinkStatus.OK, "registered", http_status=code))
    return Then(
        crossref_url(ctx.settings.crossref_api, target.target),
        partial(_metadata, ctx, target, "crossref", 0),
    )


def _metadata(ctx: fetch.Context, target: LinkTarget, source: str, attempt: int) -> Outcome:
    """Registered titles from Crossref, or by content negotiation for other agencies' DOIs."""
    response = _ask_metadata(ctx, target.target, source)
    if isinstance(response, fetch.Failure):
        return Done(_unchecked(target, f"{source}: {response.detail}"))
    delay = fetch.retry_delay(response.status, response.headers, attempt, ctx.settings)
    if delay is not None:
        return Again(
            partial(_metadata, ctx, target, source, attempt + 1),
            delay,
            host_wide=response.status == 429,
        )
    if response.status == 404 and source == "crossref":  # DataCite, mEDRA...: ask doi.org
        return Then(
            negotiation_url(ctx.settings.doi_api, target.target),
            partial(_metadata, ctx, target, "doi.org", 0),
        )
    found = titles(response.json()) if response.status == 200 else ()
    if not found:
        return Done(_unchecked(target, f"{source} answered {response.status}"))
    return Done(compare(target, found))


def _ask_metadata(ctx: fetch.Context, doi: str, source: str) -> Answer | fetch.Failure:
    settings = ctx.settings
    if source == "crossref":
        params = {"mailto": settings.mailto} if settings.mailto else None
        return fetch_json(ctx, crossref_url(settings.crossref_api, doi), params=params)
    return fetch_json(
        ctx,
        negotiation_url(settings.doi_api, doi),
        accept="application/vnd.citationstyles.csl+json",
    )


def compare(target: LinkTarget, registered_titles: tuple[str, ...]) -> LinkResult:
    """OK when the cited title is one of the registered ones, else MISMATCH."""
    if same_title(target.title or "", registered_titles):
        return LinkResult(target, LinkStatus.OK, "registered; title matches", http_status=200)
    detail = f"registered as “{registered_titles[0]}”, cited as “{target.title}”"
    return LinkResult(target, LinkStatus.MISMATCH, detail, http_status=200)


def _unchecked(target: LinkTarget, why: str) -> LinkResult:
    return LinkResult(
        target, LinkStatus.OK, f"registered; title not checked ({why})", http_status=200
    )
