"""Archive rescue: the Wayback Machine snapshot closest to when a link was cited."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import Any

from citekit.links import fetch
from citekit.links.exchange import fetch_json
from citekit.links.model import Snapshot
from citekit.links.schedule import Again, Done, Outcome, Step

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the availability API said: a snapshot or none; ok False when it did not answer."""

    snapshot: Snapshot | None
    ok: bool = True


def api_url(settings: fetch.Settings) -> str:
    """The availability endpoint: WAYBACK_API/wayback/available."""
    return f"{settings.wayback_api.rstrip('/')}/wayback/available"


def lookup(ctx: fetch.Context, url: str, timestamp: str | None) -> Step:
    """A step that asks for the snapshot of URL closest to TIMESTAMP ("2017", "20170314")."""
    return partial(_attempt, ctx, url, timestamp, 0)


def _attempt(ctx: fetch.Context, url: str, timestamp: str | None, attempt: int) -> Outcome:
    params = {"url": url, **({"timestamp": timestamp} if timestamp else {})}
    response = fetch_json(ctx, api_url(ctx.settings), params=params)
    if isinstance(response, fetch.Failure):
        log.info("wayback: no answer for %s: %s", url, response.detail)
        return Done(Lookup(None, ok=False))
    delay = fetch.retry_delay(response.status, response.headers, attempt, ctx.settings)
    if delay is not None:
        return Again(
            partial(_attempt, ctx, url, timestamp, attempt + 1),
            delay,
            host_wide=response.status == 429,
        )
    if response.status != 200:
        return Done(Lookup(None, ok=False))
    return Done(Lookup(closest(response.json())))


def closest(payload: Any) -> Snapshot | None:
    """The snapshot in an availability answer, or None.

    The API answers {"url": ..., "archived_snapshots": {"closest": {"status": "200",
    "available": true, "url": "http://web.archive.org/web/2011.../...", "timestamp":
    "20111008092403"}}}, and "archived_snapshots": {} when it has nothing.
    """
    if not isinstance(payload, dict):
        return None
    best = (payload.get("archived_snapshots") or {}).get("closest")
    if not isinstance(best, dict) or not best.get("available") or not best.get("url"):
        return None
    if not str(best.get("status", "200")).startswith(("2", "3")):
        return None  # an archived error page rescues nothing
    return Snapshot(url=str(best["url"]), timestamp=str(best.get("timestamp", "")))
