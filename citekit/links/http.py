"""HttpChecker: every target checked once over HTTP, politely, with the cache in front."""

from __future__ import annotations

import logging
import socket
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import requests

from citekit.links import addresses, doi, fetch, walk, wayback
from citekit.links.cache import Cache, NoCache
from citekit.links.model import RESCUABLE, TRANSIENT, LinkResult, LinkStatus, LinkTarget, Snapshot
from citekit.links.model import TargetKind as Kind
from citekit.links.schedule import Done, Outcome, Scheduler, Step, Then, chain

log = logging.getLogger(__name__)


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
        scheduler = Scheduler(self.settings.limits, on_error=lambda i, e: _broken(targets[i], e))
        for _, checked in scheduler.run(jobs):
            self._store(checked)  # saved as it arrives: an interrupted run keeps it
            yield checked.result

    def names_resolve(self) -> bool | None:
        """Whether DNS knows a well-known name (the DOI resolver's); None: cannot tell.

        Asked only when every link failed for want of a name: one unknown host is a dead
        link, but doi.org unknown too means this machine has no name service.
        """
        host = urlsplit(self.settings.doi_api).hostname or ""
        if not host or addresses.network_of_host(host) is not None:
            return None  # an address, or localhost: proves nothing about DNS
        try:
            socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return False
        return True

    def _job(self, target: LinkTarget, cached: LinkResult | None) -> tuple[str, Step]:
        """(first URL, step) of the work TARGET still needs."""
        if cached is not None:  # a cached dead link whose snapshot is not known yet
            return wayback.api_url(self.settings), self._rescue(cached)
        if target.kind is Kind.DOI:
            first = doi.handle_url(self.settings.doi_api, target.target)
            return first, chain(doi.check(self.context, target), lambda r: Done(_Checked(r)))
        return target.target, chain(walk.check(self.context, target), self._after_url)

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
        """The cached verdict on TARGET; None when absent or unreadable (another version's)."""
        stored = self.cache.get(_verdict_key(target))
        snapshot = self.cache.get(_archive_key(target)) if self.settings.archive else None
        try:
            result = LinkResult(
                target,
                LinkStatus(stored["status"]),
                str(stored["detail"]),
                http_status=stored.get("http_status"),
                final_url=stored.get("final_url"),
                cached=True,
            )
            return replace(result, archive=Snapshot(**snapshot)) if snapshot else result
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

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


def _broken(target: LinkTarget, exc: Exception) -> _Checked:
    """A step that raised (a bug): reported on its link rather than ending the run."""
    log.debug("checking %s failed", target.target, exc_info=exc)
    detail = f"internal error: {type(exc).__name__}: {exc}"[:240] + " (please report it)"
    return _Checked(LinkResult(target, LinkStatus.ERROR, detail))


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
