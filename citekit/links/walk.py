"""Checking one URL: HEAD, GET where HEAD is not enough, redirects hop by hop, retries.

Each request is one step of the scheduler, so a redirect waits in the queue of the host
it leads to, like a listed URL. The policy:

- HEAD first. A HEAD with no answer after a quarter of --timeout is given up for a GET,
  which gets the rest of the time (some servers never answer HEAD; a server that answers
  neither costs one --timeout, as before). A HEAD refused (4xx/5xx, or an error) is
  asked again with GET; a 2xx HTML page is read with GET to see whether it is a soft 404.
- Redirects are followed to the public internet, or within the network of the listed
  link (addresses.py), at most MAX_HOPS of them.
- 5xx, 408 and 429 are retried with doubling waits (Retry-After honoured).
- All of a link's requests together take at most LINK_BUDGET times --timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial

from citekit.links import addresses, fetch, verdict
from citekit.links.addresses import EVERYWHERE, Network
from citekit.links.exchange import MAX_HOPS, Answer, Hop, exchange, next_url
from citekit.links.model import LinkResult, LinkStatus, LinkTarget
from citekit.links.schedule import Again, Done, Outcome, Step, Then

# how much of an HTML page is read to see whether it says "not found"
BODY_BYTES = 32_768
ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8"
HEAD_SHARE = 0.25  # of --timeout: a HEAD unanswered by then is given up for a GET
LINK_BUDGET = 2.0  # times --timeout: a link's requests together (hops, GETs, retries)
# a HEAD failure that a GET may not share: some servers drop, reset or ignore HEADs
HEAD_ONLY_FAILURES = frozenset({LinkStatus.TIMEOUT, LinkStatus.ERROR})


@dataclass(frozen=True, slots=True)
class Trail:
    """Where a link's check has got to: the URL asked next, and the way there."""

    target: LinkTarget
    url: str
    hops: tuple[Hop, ...] = ()  # the redirects followed so far
    spent: float = 0.0  # seconds of requests so far
    origin: Network | None = None  # the network of the listed URL's server

    def left(self, settings: fetch.Settings) -> float:
        """Seconds of the link's budget still unspent."""
        return LINK_BUDGET * settings.timeout - self.spent


def check(ctx: fetch.Context, target: LinkTarget) -> Step:
    """The job that checks the URL TARGET; it ends Done(LinkResult)."""
    return partial(_head, ctx, Trail(target, target.target), 0)


def _head(ctx: fetch.Context, trail: Trail, attempt: int) -> Outcome:
    settings = ctx.settings
    patience = min(settings.timeout * HEAD_SHARE, trail.left(settings))
    reply, trail = _ask(ctx, trail, "HEAD", patience)
    if isinstance(reply, fetch.Failure):
        if reply.status not in HEAD_ONLY_FAILURES:
            return Done(LinkResult(trail.target, reply.status, reply.detail))
        rest = settings.timeout - patience if reply.status is LinkStatus.TIMEOUT else None
        return _get(ctx, trail, attempt, seconds=rest)
    if reply.is_redirect:
        return _redirect(ctx, trail, reply, _head)
    if _needs_get(reply):
        if 200 <= reply.status < 300:
            return Done(_sniff(ctx, trail, reply))
        return _get(ctx, trail, attempt)
    return _settle(ctx, trail, reply, partial(_head, ctx, trail, attempt + 1), attempt)


def _get(ctx: fetch.Context, trail: Trail, attempt: int, seconds: float | None = None) -> Outcome:
    reply, trail = _ask(ctx, trail, "GET", seconds)
    if isinstance(reply, fetch.Failure):
        return _failed(ctx, trail, attempt, reply)
    if reply.is_redirect:
        return _redirect(ctx, trail, reply, _get)
    return _settle(ctx, trail, reply, partial(_get, ctx, trail, attempt + 1), attempt)


def _settle(ctx: fetch.Context, trail: Trail, answer: Answer, again: Step, attempt: int) -> Outcome:
    """The verdict on ANSWER, or AGAIN after a wait when the server asks for a retry."""
    delay = fetch.retry_delay(answer.status, answer.headers, attempt, ctx.settings)
    if delay is not None and trail.left(ctx.settings) > 0:
        asked = answer.status in (429, 503) and "Retry-After" in answer.headers
        return Again(again, delay, host_wide=asked)
    return Done(verdict.judge(trail.target, answer, trail.hops))


def _sniff(ctx: fetch.Context, trail: Trail, head: Answer) -> LinkResult:
    """The verdict on an HTML page HEAD found: GET it to read the start of it.

    If the GET fails, HEAD's answer stands (the page is there, only its words are unknown).
    """
    page, trail = _ask(ctx, trail, "GET")
    if isinstance(page, fetch.Failure) or not 200 <= page.status < 300:
        return verdict.judge(trail.target, head, trail.hops)
    return verdict.judge(trail.target, page, trail.hops)


def _redirect(
    ctx: fetch.Context,
    trail: Trail,
    answer: Answer,
    method: Callable[[fetch.Context, Trail, int], Outcome],
) -> Outcome:
    """The next hop, in the queue of the host it leads to; or why it is not taken."""
    hops = (*trail.hops, Hop(answer.url, answer.status))
    if len(hops) > MAX_HOPS:
        return Done(_error(trail, "too many redirects (a redirect loop?)", answer.status))
    there, problem = next_url(answer)
    if there is None:
        return Done(_error(trail, problem or "a malformed redirect", answer.status))
    origin = answer.network if not trail.hops else trail.origin
    following = replace(trail, url=there, hops=hops, origin=origin)
    return Then(there, partial(method, ctx, following, 0))


def _failed(ctx: fetch.Context, trail: Trail, attempt: int, failure: fetch.Failure) -> Outcome:
    settings = ctx.settings
    retry = settings.retry_timeouts and attempt < settings.retries and trail.left(settings) > 0
    if failure.status is LinkStatus.TIMEOUT and retry:
        return Again(partial(_head, ctx, trail, attempt + 1), settings.backoff * 2**attempt)
    return Done(LinkResult(trail.target, failure.status, failure.detail))


def _ask(
    ctx: fetch.Context, trail: Trail, method: str, seconds: float | None = None
) -> tuple[Answer | fetch.Failure, Trail]:
    """One request of TRAIL's URL within the link's budget; the trail with the time spent."""
    settings = ctx.settings
    left = trail.left(settings)
    if left <= 0:
        detail = f"no answer within {LINK_BUDGET * settings.timeout:g} s in all"
        return fetch.Failure(LinkStatus.TIMEOUT, detail), trail
    seconds = min(seconds or settings.timeout, left)
    allowed = (
        addresses.redirect_targets(trail.origin, allow_private=settings.allow_private)
        if trail.hops
        else EVERYWHERE
    )
    wanted = _page_prefix if method == "GET" else None
    started = time.monotonic()
    reply = exchange(
        ctx,
        method,
        trail.url,
        seconds=seconds,
        allowed=allowed,
        wanted=wanted,
        headers={"Accept": ACCEPT},
    )
    return reply, replace(trail, spent=trail.spent + time.monotonic() - started)


def _page_prefix(status: int, headers: Mapping[str, str]) -> int:
    """How much of a GET's body to read: the start of a 2xx HTML page, nothing else."""
    return BODY_BYTES if 200 <= status < 300 and verdict.is_html(headers) else 0


def _needs_get(answer: Answer) -> bool:
    """True when a HEAD answer cannot be trusted, or the body must be seen."""
    code = answer.status
    if code in (429, 503) and "Retry-After" in answer.headers:
        return False  # wait as asked, then HEAD again
    if code >= 400:  # 405, 403, 501...: HEAD refused; a 404 is confirmed by GET before "dead"
        return True
    return 200 <= code < 300 and verdict.is_html(answer.headers)


def _error(trail: Trail, detail: str, http_status: int | None = None) -> LinkResult:
    return LinkResult(trail.target, LinkStatus.ERROR, detail, http_status=http_status)
