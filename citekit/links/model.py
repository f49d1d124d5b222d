"""Frozen values of the link checker: what is checked, and what was found."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LinkStatus(StrEnum):
    """The verdict on one target: exactly the statuses of docs/LINKS.md."""

    OK = "ok"
    REDIRECTED = "redirected"
    DEAD = "dead"
    MISMATCH = "mismatch"
    BLOCKED = "blocked"
    ERROR = "error"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    OFFLINE = "offline"
    INVALID = "invalid"


# statuses that an archived copy can rescue
RESCUABLE = frozenset({LinkStatus.DEAD, LinkStatus.UNREACHABLE, LinkStatus.TIMEOUT})
# statuses that may change on the next run: kept in the cache only briefly
TRANSIENT = frozenset(
    {LinkStatus.TIMEOUT, LinkStatus.ERROR, LinkStatus.UNREACHABLE, LinkStatus.BLOCKED}
)


class TargetKind(StrEnum):
    """What a target is: a web address or a bare DOI."""

    URL = "url"
    DOI = "doi"


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """One distinct URL or DOI, with everything that cites it."""

    target: str  # the URL, or the bare DOI "10.1080/14682745.2017.1315923"
    kind: TargetKind
    notes: tuple[int, ...] = ()  # note numbers that cite it
    entries: tuple[str, ...] = ()  # BibTeX keys that cite it (a .bib input)
    accessed: str | None = None  # Wayback timestamp prefix: "20170314" or "2011"
    title: str | None = None  # the cited title, to compare with a DOI's registered one
    problem: str | None = None  # why the target is not well formed (then status invalid)

    @property
    def key(self) -> str:
        """Identity for de-duplication and the cache.

        DOIs are case-insensitive; a URL's #fragment never reaches the server.
        """
        if self.kind is TargetKind.DOI:
            return f"doi:{self.target.casefold()}"
        return self.target.split("#", 1)[0]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An archived copy in the Wayback Machine."""

    url: str
    timestamp: str  # "YYYYMMDDhhmmss"


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What checking one target found."""

    target: LinkTarget
    status: LinkStatus
    detail: str  # for people: "404 Not Found", "301 -> 200", "DOI not registered"
    http_status: int | None = None
    final_url: str | None = None
    archive: Snapshot | None = None
    cached: bool = False  # answered from the cache, not the network
