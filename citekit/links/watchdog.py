"""A total deadline per request, and the redirect policy, enforced on the request's sockets.

requests' timeout bounds each wait for a byte, not the request: a server that drips one
byte a second holds a request for ever. Here every socket a request opens or reuses is
registered with the request's Guard (transport.py calls `admit`), which checks where the
socket leads and keeps a duplicate of its descriptor; one daemon thread shuts those
sockets down when the guard's deadline passes. Shutting a socket down wakes the thread
blocked reading it, with an error, whatever it was waiting for (headers, body, TLS).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Iterator

from citekit.links.addresses import EVERYWHERE, ForbiddenAddress, Network, network_of


class Guard:
    """The bounds of one request: when it must be over, and where it may connect."""

    def __init__(self, seconds: float, allowed: frozenset[Network], *, check_peer: bool) -> None:
        self.deadline = time.monotonic() + seconds
        self.allowed = allowed
        self.check_peer = check_peer  # False through a proxy: the peer is the proxy
        self.network: Network | None = None  # where the first socket led (None: a proxy)
        self.expired = False
        self.done = False
        self._handles: dict[int, socket.socket] = {}  # fileno -> a duplicate of the socket
        self._lock = threading.Lock()

    def admit(self, sock: socket.socket) -> None:
        """Check where SOCK leads (ForbiddenAddress) and put it under the deadline."""
        fileno = sock.fileno()
        if fileno in self._handles:
            return
        if self.check_peer:  # through a proxy the peer is the proxy, not the server
            network = _peer_network(sock)
            self.network = self.network or network
            if network is not None and network not in self.allowed:
                raise ForbiddenAddress(network, sock.getpeername()[0])
        # a duplicate, because TLS wrapping detaches the original socket object; shutting
        # the duplicate down shuts the connection down for every descriptor of it
        handle = socket.socket(fileno=os.dup(fileno))
        with self._lock:
            self._handles[fileno] = handle
            if self.expired:
                _shut(handle)

    def expire(self) -> None:
        """The time is up: shut every socket of the request down."""
        with self._lock:
            if self.done:
                return
            self.expired = True
            for handle in self._handles.values():
                _shut(handle)

    def close(self) -> None:
        """The request is over: let its sockets go (back to the pool, maybe)."""
        with self._lock:
            self.done = True
            for handle in self._handles.values():
                handle.close()
            self._handles.clear()


def _peer_network(sock: socket.socket) -> Network | None:
    try:
        return network_of(sock.getpeername()[0])
    except (OSError, ValueError, IndexError):  # a Unix socket, or not connected
        return None


def _shut(handle: socket.socket) -> None:
    with contextlib.suppress(OSError):
        handle.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread that expires guards at their deadlines."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Guard]] = []
        self._order = itertools.count()
        self._wakeup = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, guard: Guard) -> None:
        with self._wakeup:
            earliest = not self._heap or guard.deadline < self._heap[0][0]
            heapq.heappush(self._heap, (guard.deadline, next(self._order), guard))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="citekit-watchdog")
                self._thread.daemon = True
                self._thread.start()
            if (
                earliest
            ):  # the thread sleeps until the earliest deadline: wake it for an earlier one
                self._wakeup.notify()

    def _run(self) -> None:
        while True:
            for guard in self._due():
                guard.expire()

    def _due(self) -> list[Guard]:
        """Wait until a guard is due; the due ones (finished guards are dropped)."""
        with self._wakeup:
            while not self._heap:
                self._wakeup.wait()
            now = time.monotonic()
            if self._heap[0][0] > now:
                self._wakeup.wait(self._heap[0][0] - now)
            due = []
            while self._heap and (self._heap[0][0] <= time.monotonic() or self._heap[0][2].done):
                due.append(heapq.heappop(self._heap)[2])
            return [g for g in due if not g.done]


_WATCHDOG = _Watchdog()
_LOCAL = threading.local()


@contextlib.contextmanager
def guarded(
    seconds: float, allowed: frozenset[Network] = EVERYWHERE, *, check_peer: bool = True
) -> Iterator[Guard]:
    """Run one request of this thread under a Guard (headers and body alike)."""
    guard = Guard(seconds, allowed, check_peer=check_peer)
    _WATCHDOG.watch(guard)
    _LOCAL.guard = guard
    try:
        yield guard
    finally:
        _LOCAL.guard = None
        guard.close()


def admit(sock: socket.socket) -> None:
    """Put SOCK under the guard of this thread's request (if any); see Guard.admit."""
    guard = getattr(_LOCAL, "guard", None)
    if guard is not None:
        guard.admit(sock)
