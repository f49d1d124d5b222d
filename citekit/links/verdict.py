"""An HTTP answer -> a LinkResult: status codes, redirect chains, soft 404s."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from http import HTTPStatus
from urllib.parse import urlsplit

from citekit.links import charset
from citekit.links.exchange import Answer, Hop
from citekit.links.model import LinkResult, LinkStatus, LinkTarget

PERMANENT = frozenset({301, 308})
GONE = frozenset({404, 410})
# answers that mean "not for robots" (or not for us): the page may be fine for a person
REFUSED = frozenset({401, 403, 407, 429, 451, 999})
# words of a "not found" page served with 200, in <title> or the first heading
SOFT_404_RE = re.compile(
    r"""\b(?:404|page\s+not\s+found|not\s+found|file\s+not\s+found|no\s+longer\s+available
        |(?:does\s+not|doesn'?t|no\s+longer)\s+exists?|page\s+(?:is\s+)?(?:missing|unavailable)
        |seite\s+nicht\s+gefunden|nicht\s+gefunden|page\s+introuvable|page\s+non\s+trouv[ée]e
        |p[áa]gina\s+no\s+encontrada|pagina\s+non\s+trovata)\b""",
    re.VERBOSE | re.IGNORECASE,
)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
# the paths a site's home page goes by
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/home", "/en", "/en/"})
# paths that a "not found" redirect lands on: /404, /not-found, /error?code=404
ERROR_PATH_RE = re.compile(r"/(?:404|not[-_]?found|error|page[-_]?not[-_]?found)\b", re.IGNORECASE)


def is_html(headers: Mapping[str, str]) -> bool:
    """True for an HTML (or untyped) answer: one whose body could be a soft 404."""
    kind = headers.get("Content-Type", "").split(";")[0].strip().lower()
    return kind in ("", "text/html", "application/xhtml+xml")


def judge(target: LinkTarget, answer: Answer, hops: Sequence[Hop] = ()) -> LinkResult:
    """The verdict on TARGET from the last ANSWER (its body read if GET) after the HOPS."""
    code = answer.status
    chain = [hop.status for hop in hops] + [code]
    detail = " -> ".join(map(str, chain)) if hops else _reason(code)
    final = answer.url if hops else None
    result = LinkResult(target, LinkStatus.ERROR, detail, http_status=code, final_url=final)
    if 200 <= code < 300:
        return _success(result, answer, hops)
    if code in GONE:
        return _with(result, LinkStatus.DEAD)
    if code in REFUSED:
        return _with(result, LinkStatus.BLOCKED)
    if code == 408:
        return _with(result, LinkStatus.TIMEOUT)
    return result  # 5xx after retries, other 4xx, a 3xx with nowhere to go


def _success(result: LinkResult, answer: Answer, hops: Sequence[Hop]) -> LinkResult:
    soft = soft_404(result.target.target, answer, hops)
    if soft:
        return _with(result, LinkStatus.DEAD, f"soft 404: {soft} ({result.detail})")
    if not hops:
        return _with(result, LinkStatus.OK)
    moved = _permanent_location(answer, hops)
    if moved is None:  # only temporary redirects: the cited URL is still the one to cite
        return _with(result, LinkStatus.OK)
    return replace(result, status=LinkStatus.REDIRECTED, final_url=moved)


def _permanent_location(answer: Answer, hops: Sequence[Hop]) -> str | None:
    """Where the leading permanent redirects lead (the URL to cite now), or None."""
    urls = [hop.url for hop in hops] + [answer.url]
    moved = None
    for hop, following in zip(hops, urls[1:], strict=False):
        if hop.status not in PERMANENT:
            break
        moved = following
    return moved


def soft_404(url: str, answer: Answer, hops: Sequence[Hop] = ()) -> str | None:
    """Why a 2xx ANSWER to URL is really "not found", or None.

    Two signs: a deep link redirected to the site's home page or an error page, and a
    page whose title or first heading says it is not found.
    """
    if hops:
        cited, final = urlsplit(url), urlsplit(answer.url)
        deep = cited.path not in HOME_PATHS or bool(cited.query)
        if deep and final.path in HOME_PATHS and not final.query:
            return "redirected to the home page"
        if ERROR_PATH_RE.search(final.path) and not ERROR_PATH_RE.search(cited.path):
            return f"redirected to an error page ({final.path})"
    if answer.body and is_html(answer.headers):
        heading = _heading(charset.decode(answer.body, answer.headers.get("Content-Type", "")))
        if heading and SOFT_404_RE.search(heading):
            return f"the page says “{heading[:60]}”"
    return None


def _heading(text: str) -> str:
    found = [" ".join(re.sub(r"<[^>]+>", " ", a or b).split()) for a, b in TITLE_RE.findall(text)]
    return " | ".join(f for f in found[:2] if f)


def _reason(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _with(result: LinkResult, status: LinkStatus, detail: str | None = None) -> LinkResult:
    return replace(result, status=status, detail=detail or result.detail)
