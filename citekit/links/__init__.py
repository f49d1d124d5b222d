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

__all__ = [
    "Checker",
    "Interrupted",
    "LinkResult",
    "LinkStatus",
    "LinkTarget",
    "Snapshot",
    "TargetKind",
    "check",
]

# what a link that got no network answer at all may say
NO_ANSWER = frozenset({LinkStatus.OFFLINE, LinkStatus.UNREACHABLE})


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a check: the results known so far, in the order of the targets."""

    def __init__(self, results: tuple[LinkResult, ...], total: int) -> None:
        super().__init__(f"interrupted: {len(results)} of {total} links checked")
        self.results = results
        self.total = total


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
    names_resolve: Callable[[], bool | None] | None = None,
) -> tuple[LinkResult, ...]:
    """Check TARGETS with CHECKER; results in the order of TARGETS.

    Malformed targets are `invalid` without asking anyone. When no link got a network
    answer and at least one failure says "no network", every one of them is `offline`
    (one finding: the machine is offline) rather than a list of unreachable links;
    NAMES_RESOLVE tells whether DNS works at all (see settle_offline).
    Ctrl-C raises Interrupted with the results known by then.
    """
    results: dict[str, LinkResult] = {}
    try:
        for result in _results(targets, checker):
            results[result.target.key] = result
            if progress is not None:
                progress(result)
        return settle_offline(_ordered(targets, results), names_resolve=names_resolve)
    except KeyboardInterrupt:
        raise Interrupted(settle_offline(_ordered(targets, results)), len(targets)) from None


def _ordered(
    targets: Sequence[LinkTarget], results: dict[str, LinkResult]
) -> tuple[LinkResult, ...]:
    return tuple(results[t.key] for t in targets if t.key in results)


def _results(targets: Sequence[LinkTarget], checker: Checker) -> Iterator[LinkResult]:
    wellformed = []
    for target in targets:
        if target.problem:
            yield LinkResult(target, LinkStatus.INVALID, target.problem)
        else:
            wellformed.append(target)
    if wellformed:
        yield from checker.check(wellformed)


def settle_offline(
    results: tuple[LinkResult, ...], *, names_resolve: Callable[[], bool | None] | None = None
) -> tuple[LinkResult, ...]:
    """Offline only if nothing answered; otherwise a "no network" failure is `unreachable`.

    Links whose host names do not resolve are `offline` when a well-known name does not
    resolve either (NAMES_RESOLVE() is False: one link is enough to tell); when that
    cannot be asked, when several different hosts are all unknown.
    """
    asked = [r for r in results if not r.cached and r.status is not LinkStatus.INVALID]
    offline = any(r.status is LinkStatus.OFFLINE for r in asked)
    if all(r.status in NO_ANSWER for r in asked):
        offline = offline or _no_names_resolve(asked, names_resolve)
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


def _no_names_resolve(
    asked: list[LinkResult], names_resolve: Callable[[], bool | None] | None
) -> bool:
    """No name service: the unknown hosts are not dead links, the machine is offline."""
    unknown = [r for r in asked if "does not resolve" in r.detail]
    others = len(asked) - len(unknown) - sum(r.status is LinkStatus.OFFLINE for r in asked)
    if not unknown or others:  # something answered, or refused: there is a network
        return False
    known = names_resolve() if names_resolve is not None else None
    if known is not None:
        return not known
    hosts = {urlsplit(r.target.target).hostname or r.target.target for r in unknown}
    return len(hosts) >= UNRESOLVED_HOSTS_FOR_OFFLINE


def _offline(result: LinkResult) -> LinkResult:
    return replace(
        result,
        status=LinkStatus.OFFLINE,
        detail=f"not checked: no network ({result.detail})",
        http_status=None,
    )
