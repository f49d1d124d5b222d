"""One HTTP request under a guard: bounded in time and in what is read, redirects not followed.

Every request of the link checker goes through `exchange`: the guard (watchdog.py) ends
it when its time is up, only as much of the body is read as was asked for (decoded and
decompressed a chunk at a time), and a redirect is returned as an answer for the caller
to follow, through the queue of the host it leads to.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode, urljoin, urlsplit

import requests
from requests.utils import select_proxy

from citekit.links import addresses, fetch, watchdog
from citekit.links.addresses import EVERYWHERE, Network
from citekit.links.model import LinkStatus
from citekit.links.urls import url_problem

REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_HOPS = 10  # redirects followed for one link
CHUNK = 16_384  # bytes read (and decompressed) at a time
DRAIN_BYTES = 65_536  # a body this short is read to the end, so the connection is kept
JSON_BYTES = 4_194_304  # the largest API answer read (a Crossref work with its references)
# characters left as they are when a Location is quoted: the URL syntax, and "%" escapes
URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


@dataclass(frozen=True, slots=True)
class Answer:
    """The status, headers and (the start of) the body of one response."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes | None = None  # the start of the body, decoded; None: not read
    complete: bool = False  # BODY is the whole body
    network: Network | None = None  # the network the answer came from (None via a proxy)

    @property
    def is_redirect(self) -> bool:
        """A 3xx pointing somewhere."""
        return self.status in REDIRECTS and bool(self.headers.get("Location"))

    def json(self) -> Any:
        """The body as JSON, or None (not read in full, or not JSON)."""
        if not self.body or not self.complete:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Hop:
    """A redirect on the way: where it was, what it answered."""

    url: str
    status: int


Wanted = Callable[[int, Mapping[str, str]], int]  # (status, headers) -> bytes of body to read


def exchange(
    ctx: fetch.Context,
    method: str,
    url: str,
    *,
    seconds: float,
    allowed: frozenset[Network] = EVERYWHERE,
    wanted: Wanted | None = None,
    headers: Mapping[str, str] | None = None,
) -> Answer | fetch.Failure:
    """One request of METHOD to URL that takes at most SECONDS in all.

    WANTED says how much of the body to read; ALLOWED, which networks the request may
    reach (checked on the connected socket, and on the name before connecting).
    """
    try:
        proxies = fetch.proxies_for(url)
    except ValueError as exc:  # not parseable (a bad IPv6 literal)
        return fetch.failure(exc, ctx.settings)
    with watchdog.guarded(seconds, allowed, check_peer=not select_proxy(url, proxies)) as guard:
        try:
            addresses.check_host(urlsplit(url).hostname or "", allowed)
            response = ctx.session.request(
                method,
                url,
                headers=dict(headers or {}),
                proxies=proxies,
                stream=True,
                allow_redirects=False,
                timeout=seconds,
                verify=ctx.session.verify,
            )
        except Exception as exc:  # every failure of a request is a verdict on its link
            return fetch.failure(exc, ctx.settings, expired=guard.expired)
        if guard.expired:  # cut off in the headers: http.client takes what came as all of them
            response.close()
            return fetch.failure(TimeoutError(), ctx.settings, expired=True)
        with response:
            size = wanted(response.status_code, response.headers) if wanted else 0
            body, complete = _read(response, size) if size else (None, False)
            if not size:
                _drain(response)
    return Answer(
        response.url, response.status_code, response.headers, body, complete, guard.network
    )


def _read(response: requests.Response, size: int) -> tuple[bytes, bool]:
    """Up to SIZE bytes of the decoded body, and whether that is all of it.

    Decompression is bounded by urllib3 (>= 2.6): a chunk read never inflates past its size.
    A failure midway (the deadline, a reset, a bad gzip stream) keeps what was read.
    """
    parts, got = [], 0
    try:
        while got <= size:
            chunk = response.raw.read(min(CHUNK, size + 1 - got), decode_content=True)
            if not chunk:
                return b"".join(parts), True
            parts.append(chunk)
            got += len(chunk)
    except Exception:  # whatever broke the body off, its start is what there is
        return b"".join(parts)[:size], False
    return b"".join(parts)[:size], False


def _drain(response: requests.Response) -> None:
    """Read a short unwanted body to its end so the connection can serve the next request."""
    length = response.headers.get("Content-Length", "")
    if response.request.method == "HEAD" or (length.isdigit() and int(length) <= DRAIN_BYTES):
        _read(response, DRAIN_BYTES)


def next_url(answer: Answer) -> tuple[str | None, str | None]:
    """(where a redirect leads, None) or (None, why it cannot be followed).

    A Location in raw bytes that are not UTF-8 is percent-encoded byte for byte, as the
    server sent it; what does not make an http(s) address is refused with the reason.
    """

    raw = answer.headers.get("Location", "").strip().encode("latin-1", errors="replace")
    try:
        location = raw.decode("utf-8")
    except UnicodeDecodeError:
        location = quote(raw, safe=URL_SAFE)
    location = quote(location, safe=URL_SAFE)
    try:
        there = urljoin(answer.url, location)
    except ValueError as exc:
        return None, f"a redirect to a malformed address ({location[:80]}): {exc}"
    problem = url_problem(there)
    if problem:
        return None, f"a redirect to a malformed address ({there[:80]}): {problem}"
    return there, None


def fetch_json(
    ctx: fetch.Context,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    accept: str = "application/json",
) -> Answer | fetch.Failure:
    """GET URL for JSON; redirects followed here, all hops within one --timeout.

    API endpoints are the user's choice: a redirect may stay on their network.
    """
    if params:
        url = f"{url}?{urlencode(params)}"
    ends = time.monotonic() + ctx.settings.timeout
    allowed, origin = EVERYWHERE, None
    for hop in range(MAX_HOPS + 1):
        reply = exchange(
            ctx,
            "GET",
            url,
            seconds=max(0.001, ends - time.monotonic()),
            allowed=allowed,
            wanted=lambda _status, _headers: JSON_BYTES,
            headers={"Accept": accept},
        )
        if isinstance(reply, fetch.Failure) or not reply.is_redirect:
            return reply
        there, problem = next_url(reply)
        if there is None:
            return fetch.Failure(LinkStatus.ERROR, problem or "a malformed redirect")
        url, origin = there, reply.network if hop == 0 else origin
        allowed = addresses.redirect_targets(origin, allow_private=ctx.settings.allow_private)
    return fetch.Failure(LinkStatus.ERROR, "too many redirects (a redirect loop?)")
