"""Results kept on disk (SQLite) with an expiry, so that a second run asks nobody."""

from __future__ import annotations

import contextlib
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
BUSY_SECONDS = 10.0  # how long a write waits for another process's write to finish
SCHEMA = """CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, stored REAL NOT NULL, ttl REAL NOT NULL)"""


def default_dir() -> Path:
    """$CITEKIT_CACHE_DIR, else $XDG_CACHE_HOME/citekit, else ~/.cache/citekit."""
    if os.environ.get("CITEKIT_CACHE_DIR"):
        return Path(os.environ["CITEKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citekit"


class Cache:
    """A key -> JSON store in FOLDER/links.sqlite, private to the user.

    Safe for several threads and several processes at once: WAL journal (readers never
    wait for a writer), a busy timeout, one short transaction per write. Each result is
    written as it arrives, so a run that is interrupted or killed keeps what it learnt.
    A failing cache never fails the run: the error is logged and the value forgotten.
    """

    def __init__(self, folder: Path, *, ttl: float = DAY) -> None:
        _private_folder(folder)
        self.path = folder / "links.sqlite"
        _private_file(self.path)
        self.ttl = ttl
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.path, timeout=BUSY_SECONDS, check_same_thread=False, isolation_level=None
        )
        self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        self._db.execute("PRAGMA journal_mode = WAL")  # stays DELETE where WAL cannot work
        self._db.execute("PRAGMA synchronous = NORMAL")  # WAL: a killed process loses nothing
        self._db.execute(SCHEMA)
        self._warned = False

    def get(self, key: str) -> Any:
        """The value stored under KEY, or None when absent or expired."""
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT value, stored, ttl FROM results WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error as exc:
            self._warn(exc)
            return None
        if row is None or time.time() - row[1] > row[2]:
            return None
        return json.loads(row[0])

    def put(self, key: str, value: Any, *, transient: bool = False) -> None:
        """Store VALUE under KEY (committed at once) for the run's TTL, an hour if TRANSIENT."""
        ttl = min(self.ttl, TRANSIENT_TTL) if transient else self.ttl
        row = (key, json.dumps(value, ensure_ascii=False), time.time(), ttl)
        try:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", row)
        except sqlite3.Error as exc:
            self._warn(exc)

    def close(self) -> None:
        """Let go of the file (everything stored is already written)."""
        with self._lock:
            self._db.close()

    def _warn(self, exc: sqlite3.Error) -> None:
        if not self._warned:
            log.warning("the link cache '%s' failed (%s): going on without it", self.path, exc)
            self._warned = True


def _private_folder(folder: Path) -> None:
    """FOLDER, made if missing, readable by its owner only (a reading history is private)."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)


def _private_file(path: Path) -> None:
    """PATH created as 0600 if missing; made 0600 if it is ours and more open."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        with contextlib.suppress(OSError):  # not ours: leave it, the owner chose
            path.chmod(0o600)


class NoCache:
    """Remembers nothing (--no-cache, or a cache folder that cannot be used)."""

    def get(self, key: str) -> Any:
        """Always None."""
        return None

    def put(self, key: str, value: Any, *, transient: bool = False) -> None:
        """Forget VALUE."""

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
