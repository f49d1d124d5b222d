"""HttpChecker: every target checked once over HTTP, politely, with the cache in front."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import requests

from citekit.links import doi, fetch, verdict, wayback
from citekit.links.cache import Cache, NoCache
from citekit.links.model import RESCUABLE, TRANSIENT, LinkResult, LinkStatus, LinkTarget, Snapshot
from citekit.links.model import TargetKind as Kind
from citekit.links.schedule import Again, Done, Outcome, Scheduler, Step, Then, chain

# how much of an HTML page is read to see whether it says "not found"
BODY_BYTES = 32_768
ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8"


@dataclass(frozen=True, slots=True)
class _Checked:
    """A job's end: the result, and whether its archive lookup got an answer."""

    result: LinkResult
    archive_known: bool = False


class HttpChecker:
    """The Checker that asks the network (or, offline, only the cache)."""

    def __init__(
        self,
        settings: fetch.Settings,
        cache: Cache | NoCache | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.settings = settings
        self.cache = cache or NoCache()
        self.context = fetch.Context(session or fetch.make_session(settings), settings)

    def check(self, targets: Sequence[LinkTarget]) -> Iterator[LinkResult]:
        """Check each target; yield results in the order they are known (cached first)."""
        jobs: list[tuple[Hashable, str, Step]] = []
        for index, target in enumerate(targets):
            cached = self._cached(target)
            if cached is not None and not self._wants_archive(cached):
                yield cached
            elif self.settings.offline:
                yield cached or LinkResult(target, LinkStatus.OFFLINE, "offline: not in the cache")
            else:
                jobs.append((index, *self._job(target, cached)))
        for _, checked in Scheduler(self.settings.limits).run(jobs):
            self._store(checked)
            yield checked.result
        self.cache.commit()

    def _job(self, target: LinkTarget, cached: LinkResult | None) -> tuple[str, Step]:
        """(first URL, step) of the work TARGET still needs."""
        if cached is not None:  # a cached dead link whose snapshot is not known yet
            return wayback.api_url(self.settings), self._rescue(cached)
        if target.kind is Kind.DOI:
            first = doi.handle_url(self.settings.doi_api, target.target)
            return first, chain(doi.check(self.context, target), lambda r: Done(_Checked(r)))
        return target.target, chain(
            partial(_attempt, self.context, target, "HEAD", 0), self._after_url
        )

    def _after_url(self, result: LinkResult) -> Outcome:
        if self._wants_archive(result):  # the lookup waits in the Wayback host's queue
            return Then(wayback.api_url(self.settings), self._rescue(result))
        return Done(_Checked(result))

    def _rescue(self, result: LinkResult) -> Step:
        """The archive lookup for RESULT (a request to the Wayback host)."""
        ask = wayback.lookup(self.context, result.target.target, result.target.accessed)

        def attach(found: wayback.Lookup) -> Outcome:
            return Done(_Checked(replace(result, archive=found.snapshot), archive_known=found.ok))

        return chain(ask, attach)

    def _wants_archive(self, result: LinkResult) -> bool:
        return (
            self.settings.archive
            and result.archive is None
            and result.target.kind is Kind.URL
            and result.status in RESCUABLE
            and not self._archive_cached(result.target)
        )

    def _cached(self, target: LinkTarget) -> LinkResult | None:
        stored = self.cache.get(_verdict_key(target))
        if stored is None:
            return None
        result = LinkResult(
            target,
            LinkStatus(stored["status"]),
            stored["detail"],
            http_status=stored.get("http_status"),
            final_url=stored.get("final_url"),
            cached=True,
        )
        snapshot = self.cache.get(_archive_key(target)) if self.settings.archive else None
        return replace(result, archive=Snapshot(**snapshot)) if snapshot else result

    def _archive_cached(self, target: LinkTarget) -> bool:
        return self.cache.get(_archive_key(target)) is not None

    def _store(self, checked: _Checked) -> None:
        result = checked.result
        if result.status is LinkStatus.OFFLINE:
            return  # nothing was learnt about the link itself
        if not result.cached:
            self.cache.put(
                _verdict_key(result.target), _stored(result), transient=result.status in TRANSIENT
            )
        if checked.archive_known:
            snapshot = result.archive
            value: Any = {"url": snapshot.url, "timestamp": snapshot.timestamp} if snapshot else {}
            self.cache.put(_archive_key(result.target), value)


def _attempt(ctx: fetch.Context, target: LinkTarget, method: str, attempt: int) -> Outcome:
    """One try at TARGET: HEAD first, GET when HEAD is refused or the page may be a soft 404."""
    try:
        response, body = _request(ctx, method, target.target)
    except requests.RequestException as exc:
        return _failed(ctx, target, method, attempt, fetch.failure(exc, ctx.settings))
    if method == "HEAD" and _needs_get(response):
        if 200 <= response.status_code < 300:
            return Done(_sniff(ctx, target, response))
        return _attempt(ctx, target, "GET", attempt)
    delay = fetch.retry_delay(response, attempt, ctx.settings)
    if delay is not None:
        asked = response.status_code in (429, 503) and "Retry-After" in response.headers
        return Again(partial(_attempt, ctx, target, method, attempt + 1), delay, host_wide=asked)
    return Done(verdict.judge(target, response, body))


def _sniff(ctx: fetch.Context, target: LinkTarget, head: requests.Response) -> LinkResult:
    """The verdict on an HTML page HEAD found: GET its final URL to read the start of it.

    The redirect chain HEAD walked is not walked again; if the GET fails, HEAD's
    answer stands (the page is there, only its words are unknown).
    """
    try:
        page, body = _request(ctx, "GET", head.url)
    except requests.RequestException:
        return verdict.judge(target, head, None)
    if not 200 <= page.status_code < 300:
        return verdict.judge(target, head, None)
    page.history = [*head.history, *page.history]
    return verdict.judge(target, page, body)


def _failed(
    ctx: fetch.Context, target: LinkTarget, method: str, attempt: int, failure: fetch.Failure
) -> Outcome:
    settings = ctx.settings
    retry = settings.retry_timeouts and attempt < settings.retries
    if failure.status is LinkStatus.TIMEOUT and retry:
        return Again(
            partial(_attempt, ctx, target, method, attempt + 1), settings.backoff * 2**attempt
        )
    if method == "HEAD" and failure.status is LinkStatus.ERROR:  # some servers drop HEADs
        return _attempt(ctx, target, "GET", attempt)
    return Done(LinkResult(target, failure.status, failure.detail))


def _needs_get(response: requests.Response) -> bool:
    """True when a HEAD answer cannot be trusted, or the body must be seen."""
    code = response.status_code
    if code in (429, 503) and "Retry-After" in response.headers:
        return False  # wait as asked, then HEAD again
    if code >= 400:  # 405, 403, 501...: HEAD refused; a 404 is confirmed by GET before "dead"
        return True
    return 200 <= code < 300 and verdict.is_html(response)


def _request(ctx: fetch.Context, method: str, url: str) -> tuple[requests.Response, bytes | None]:
    timeout, headers = ctx.settings.timeout, {"Accept": ACCEPT}
    if method == "HEAD":
        return ctx.session.head(url, allow_redirects=True, timeout=timeout, headers=headers), None
    response = ctx.session.get(url, stream=True, timeout=timeout, headers=headers)
    try:
        wanted = 200 <= response.status_code < 300 and verdict.is_html(response)
        body = next(response.iter_content(BODY_BYTES), b"") if wanted else None
    finally:
        response.close()
    return response, body


def _verdict_key(target: LinkTarget) -> str:
    if target.kind is Kind.DOI:  # the verdict depends on the title it is compared with
        return f"{target.key}|{doi.normalise_title(target.title or '')}"
    return f"url:{target.key}"


def _archive_key(target: LinkTarget) -> str:
    return f"wayback:{target.key}|{target.accessed or ''}"


def _stored(result: LinkResult) -> dict[str, Any]:
    return {
        "status": str(result.status),
        "detail": result.detail,
        "http_status": result.http_status,
        "final_url": result.final_url,
    }
