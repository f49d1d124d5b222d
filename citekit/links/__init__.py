"""The link checker: every URL and DOI a document cites, checked once; the only network code.

targets = links.targets.from_document("essay.txt")
results = links.check(targets, HttpChecker(Settings(mailto="me@example.org")))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol
from urllib.parse import urlsplit

from citekit.links.model import LinkResult, LinkStatus, LinkTarget, Snapshot, TargetKind

__all__ = ["Checker", "LinkResult", "LinkStatus", "LinkTarget", "Snapshot", "TargetKind", "check"]

# what a link that got no network answer at all may say
NO_ANSWER = frozenset({LinkStatus.OFFLINE, LinkStatus.UNREACHABLE})


class Checker(Protocol):
    """Something that checks well-formed targets (the network, a cache, a fake in tests)."""

    def check(self, targets: Sequence[LinkTarget]) -> Iterator[LinkResult]:
        """One result per target, in any order."""
        ...


def check(
    targets: Sequence[LinkTarget],
    checker: Checker,
    *,
    progress: Callable[[LinkResult], None] | None = None,
) -> tuple[LinkResult, ...]:
    """Check TARGETS with CHECKER; results in the order of TARGETS.

    Malformed targets are `invalid` without asking anyone. When no link got a network
    answer and at least one failure says "no network", every one of them is `offline`
    (one finding: the machine is offline) rather than a list of unreachable links.
    """
    results: dict[str, LinkResult] = {}
    for result in _results(targets, checker):
        results[result.target.key] = result
        if progress is not None:
            progress(result)
    ordered = tuple(results[t.key] for t in targets if t.key in results)
    return settle_offline(ordered)


def _results(targets: Sequence[LinkTarget], checker: Checker) -> Iterator[LinkResult]:
    wellformed = []
    for target in targets:
        if target.problem:
            yield LinkResult(target, LinkStatus.INVALID, target.problem)
        else:
            wellformed.append(target)
    if wellformed:
        yield from checker.check(wellformed)


def settle_offline(results: tuple[LinkResult, ...]) -> tuple[LinkResult, ...]:
    """Offline only if nothing answered; otherwise a "no network" failure is `unreachable`."""
    asked = [r for r in results if not r.cached and r.status is not LinkStatus.INVALID]
    offline = any(r.status is LinkStatus.OFFLINE for r in asked) or _no_names_resolve(asked)
    if offline and all(r.status in NO_ANSWER for r in asked):
        return tuple(
            _offline(r) if r.status is LinkStatus.UNREACHABLE and not r.cached else r
            for r in results
        )
    return tuple(
        replace(r, status=LinkStatus.UNREACHABLE) if r.status is LinkStatus.OFFLINE else r
        for r in results
    )


UNRESOLVED_HOSTS_FOR_OFFLINE = 3  # so many different hosts all unknown: no name service at all


def _no_names_resolve(asked: list[LinkResult]) -> bool:
    """Every host of several unknown to DNS: a machine without name service, not dead links."""
    if not asked or any("does not resolve" not in r.detail for r in asked):
        return False
    hosts = {urlsplit(r.target.target).hostname or r.target.target for r in asked}
    return len(hosts) >= UNRESOLVED_HOSTS_FOR_OFFLINE


def _offline(result: LinkResult) -> LinkResult:
    return replace(
        result,
        status=LinkStatus.OFFLINE,
        detail=f"not checked: no network ({result.detail})",
        http_status=None,
    )
