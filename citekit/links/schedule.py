"""Run network steps with a global cap and, per host, a queue with its own limit and pacing.

A slow or rate-limited host only holds up its own queue: a step that must wait (a
Retry-After, a backoff) goes back to its host's queue with a time before which it may
not run, and its worker thread is free for other hosts meanwhile.

Workers are daemon threads: when the run is interrupted, the process can end at once
instead of waiting for the requests in flight (each of which ends by its deadline).
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Done:
    """The job is finished with VALUE."""

    value: Any


@dataclass(frozen=True, slots=True)
class Again:
    """Run STEP again after DELAY seconds; HOST_WIDE: the host asked everyone to wait."""

    step: Step
    delay: float
    host_wide: bool = False


@dataclass(frozen=True, slots=True)
class Then:
    """Continue with STEP, a request to URL (maybe another host, with its own queue)."""

    url: str
    step: Step


Outcome = Done | Again | Then
Step = Callable[[], Outcome]


@dataclass(frozen=True, slots=True)
class Limits:
    """How hard the scheduler may push: in total, and per host."""

    max_concurrency: int = 512  # requests in flight (threads), all hosts together
    per_host: int = 10  # requests in flight to one host
    host_interval: float = 0.0  # seconds between two request starts to one host


@dataclass(slots=True)
class _Host:
    queue: deque[tuple[Hashable, Step]] = field(default_factory=deque)
    active: int = 0
    ready_at: float = 0.0  # monotonic time before which nothing starts (pacing, Retry-After)


def host_of(url: str) -> str:
    """The queue a URL belongs to: scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Scheduler:
    """Per-host queues over a pool of worker threads; yields (key, value) as jobs finish.

    ON_ERROR(key, exception) turns a step that raised into the job's value; without it
    the exception ends the run.
    """

    def __init__(
        self,
        limits: Limits,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_error: Callable[[Any, Exception], Any] | None = None,
    ) -> None:
        self.limits = limits
        self._clock = clock
        self._on_error = on_error
        self._hosts: dict[str, _Host] = {}
        self._later: list[tuple[float, int, str, Hashable, Step]] = []  # a heap by time
        self._order = itertools.count()
        self._running: dict[int, tuple[str, Hashable]] = {}  # ticket -> (host, key)

    def run(self, jobs: Iterable[tuple[Hashable, str, Step]]) -> Iterator[tuple[Hashable, Any]]:
        """Run every (key, url, step) job; yield (key, value) in the order they finish."""
        for key, url, step in jobs:
            self._host(host_of(url)).queue.append((key, step))
        workers = _Workers(max(1, self.limits.max_concurrency))
        try:
            while self._pending():
                self._wake()
                self._start(workers)
                yield from self._collect(workers)
        finally:
            workers.stop()

    def _host(self, name: str) -> _Host:
        return self._hosts.setdefault(name, _Host())

    def _pending(self) -> bool:
        return bool(self._running or self._later or any(h.queue for h in self._hosts.values()))

    def _wake(self) -> None:
        """Put the steps whose wait is over back at the head of their host's queue."""
        now = self._clock()
        while self._later and self._later[0][0] <= now:
            _, _, host, key, step = heapq.heappop(self._later)
            self._host(host).queue.appendleft((key, step))

    def _start(self, workers: _Workers) -> None:
        now = self._clock()
        for name, host in self._hosts.items():
            while host.queue and self._may_start(host, now):
                key, step = host.queue.popleft()
                host.active += 1
                host.ready_at = max(host.ready_at, now + self.limits.host_interval)
                self._running[workers.submit(step)] = (name, key)

    def _may_start(self, host: _Host, now: float) -> bool:
        return (
            len(self._running) < self.limits.max_concurrency
            and host.active < self.limits.per_host
            and host.ready_at <= now
        )

    def _collect(self, workers: _Workers) -> Iterator[tuple[Hashable, Any]]:
        for ticket, outcome in workers.finished(self._next_wake()):
            name, key = self._running.pop(ticket)
            self._hosts[name].active -= 1
            if isinstance(outcome, Exception):
                if self._on_error is None:
                    raise outcome
                yield key, self._on_error(key, outcome)
            elif isinstance(outcome, Done):
                yield key, outcome.value
            else:
                self._follow(name, key, outcome)

    def _follow(self, name: str, key: Hashable, outcome: Again | Then) -> None:
        if isinstance(outcome, Then):
            self._host(host_of(outcome.url)).queue.appendleft((key, outcome.step))
            return
        at = self._clock() + outcome.delay
        if outcome.host_wide:
            self._hosts[name].ready_at = max(self._hosts[name].ready_at, at)
        heapq.heappush(self._later, (at, next(self._order), name, key, outcome.step))

    def _next_wake(self) -> float | None:
        """Seconds until a waiting step or a paced host may start; None: wait for a worker."""
        now = self._clock()
        times = [t for t, *_ in self._later[:1]]
        times += [h.ready_at for h in self._hosts.values() if h.queue and h.ready_at > now]
        if not times:
            return None if self._running else 0
        return max(0.0, min(times) - now)


class _Workers:
    """Daemon threads running steps, started as needed up to MOST; results in a queue."""

    def __init__(self, most: int) -> None:
        self._most = most
        self._threads = 0
        self._tickets = itertools.count()
        self._todo: queue.SimpleQueue[tuple[int, Step] | None] = queue.SimpleQueue()
        self._done: queue.SimpleQueue[tuple[int, Outcome | Exception]] = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)

    def submit(self, step: Step) -> int:
        """Run STEP on a free thread; its ticket."""
        ticket = next(self._tickets)
        self._todo.put((ticket, step))
        if not self._idle.acquire(blocking=False) and self._threads < self._most:
            self._threads += 1
            threading.Thread(target=self._work, name="citekit-link", daemon=True).start()
        return ticket

    def finished(self, timeout: float | None) -> list[tuple[int, Outcome | Exception]]:
        """The steps finished within TIMEOUT seconds (None: wait for one), at least one if any."""
        try:
            found = [self._done.get(timeout=timeout)]
        except queue.Empty:
            return []
        while not self._done.empty():
            found.append(self._done.get_nowait())
        return found

    def stop(self) -> None:
        """Let every thread end once its step is done (none is waited for)."""
        for _ in range(self._threads):
            self._todo.put(None)

    def _work(self) -> None:
        while (job := self._todo.get()) is not None:
            ticket, step = job
            try:
                outcome: Outcome | Exception = step()
            except Exception as exc:  # the scheduler decides what it means (on_error)
                outcome = exc
            self._done.put((ticket, outcome))
            self._idle.release()


def chain(step: Step, follow: Callable[[Any], Outcome]) -> Step:
    """STEP, then FOLLOW(value) when it is done: one job of several requests.

    Waits and hops to other hosts inside STEP are kept, so every request of the job
    goes through its own host's queue.
    """

    def run() -> Outcome:
        outcome = step()
        if isinstance(outcome, Done):
            return follow(outcome.value)
        if isinstance(outcome, Again):
            return Again(chain(outcome.step, follow), outcome.delay, outcome.host_wide)
        return Then(outcome.url, chain(outcome.step, follow))

    return run
