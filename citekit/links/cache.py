"""Results kept on disk (SQLite) with an expiry, so that a second run asks nobody."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DAY = 86_400.0
# verdicts that may change soon (timeouts, 5xx, refused connections) are kept this long
TRANSIENT_TTL = 3_600.0
SCHEMA = """CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, stored REAL NOT NULL, ttl REAL NOT NULL)"""


def default_dir() -> Path:
    """$CITEKIT_CACHE_DIR, else $XDG_CACHE_HOME/citekit, else ~/.cache/citekit."""
    if os.environ.get("CITEKIT_CACHE_DIR"):
        return Path(os.environ["CITEKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citekit"


class Cache:
    """A key -> JSON store in FOLDER/links.sqlite, safe to share between threads."""

    def __init__(self, folder: Path, *, ttl: float = DAY) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "links.sqlite"
        self.ttl = ttl
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
        self._db.execute(SCHEMA)

    def get(self, key: str) -> Any:
        """The value stored under KEY, or None when absent or expired."""
        with self._lock:
            row = self._db.execute(
                "SELECT value, stored, ttl FROM results WHERE key = ?", (key,)
            ).fetchone()
        if row is None or time.time() - row[1] > row[2]:
            return None
        return json.loads(row[0])

    def put(self, key: str, value: Any, *, transient: bool = False) -> None:
        """Store VALUE under KEY, for the run's TTL (an hour at most if TRANSIENT)."""
        ttl = min(self.ttl, TRANSIENT_TTL) if transient else self.ttl
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                (key, json.dumps(value, ensure_ascii=False), time.time(), ttl),
            )

    def commit(self) -> None:
        """Make what was stored visible to other runs."""
        with self._lock:
            self._db.commit()

    def close(self) -> None:
        """Write what was stored and let go of the file."""
        with self._lock:
            self._db.commit()
            self._db.close()


class NoCache:
    """Remembers nothing (--no-cache, or a cache folder that cannot be used)."""

    def get(self, key: str) -> Any:
        """Always None."""
        return None

    def put(self, key: str, value: Any, *, transient: bool = False) -> None:
        """Forget VALUE."""

    def commit(self) -> None:
        """Nothing to write."""

    def close(self) -> None:
        """Nothing to close."""


def open_cache(folder: Path | None, *, ttl: float = DAY) -> Cache | NoCache:
    """The cache in FOLDER, or a NoCache (with a warning) if it cannot be opened."""
    if folder is None:
        return NoCache()
    try:
        return Cache(folder, ttl=ttl)
    except (OSError, sqlite3.Error) as exc:
        log.warning("the link cache in '%s' cannot be used (%s): checking without it", folder, exc)
        return NoCache()
