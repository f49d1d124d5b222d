"""urllib3 connections that report every socket to the request's guard (watchdog.py).

A new socket is admitted right after its TCP connection is made, before TLS and before
a byte of the request is sent; a socket reused from the pool is admitted when the
next request starts on it.
"""

from __future__ import annotations

import socket
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

from citekit.links import watchdog


class _Admitting(HTTPConnection):
    """A connection whose sockets the current request's guard sees."""

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        try:
            watchdog.admit(sock)
        except BaseException:
            sock.close()
            raise
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        if self.sock is not None:  # a kept-alive connection: new socket or not, same checks
            watchdog.admit(self.sock)
        super().request(*args, **kwargs)


class _GuardedHTTP(_Admitting):
    pass


class _GuardedHTTPS(_Admitting, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTP


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPS


POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """requests' adapter with guarded connections, direct and through proxies alike."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> PoolManager:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = POOLS
        return manager
