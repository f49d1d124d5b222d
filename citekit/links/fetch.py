"""The HTTP side shared by every check: settings, the session, one request, what a failure means."""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from citekit import __version__
from citekit.links.endpoints import CROSSREF_API, DOI_API, WAYBACK_API  # noqa: E402,F401 - re-exported
from citekit.links.model import LinkStatus
from citekit.links.schedule import Limits

# answers worth asking again: the server is busy, overloaded or asks us to slow down
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
# getaddrinfo errors meaning "this name has no address" (the others: no resolver reachable)
NO_SUCH_NAME = frozenset({socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)})
# socket errors meaning "this machine has no network", not "this host is gone"
NO_NETWORK = frozenset({errno.ENETUNREACH, errno.ENETDOWN})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a check run may be told: politeness, patience, endpoints."""

    timeout: float = 10.0  # seconds to connect, and to wait between two bytes of an answer
    retries: int = 2  # further attempts after a 5xx, 408 or 429
    backoff: float = 0.5  # the first wait before a retry; it doubles each time
    max_retry_after: float = 60.0  # a longer Retry-After is not waited for
    retry_timeouts: bool = False  # a timeout is reported, not retried, unless asked
    mailto: str | None = None  # contact address in the User-Agent and Crossref requests
    doi_api: str = DOI_API
    crossref_api: str = CROSSREF_API
    wayback_api: str = WAYBACK_API
    archive: bool = True  # look up Wayback snapshots of dead, unreachable, timed-out links
    offline: bool = False  # answer from the cache only
    limits: Limits = field(default_factory=Limits)

    @property
    def user_agent(self) -> str:
        """citekit/0.1.0 (link checker; mailto:someone@example.org)."""
        contact = f"; mailto:{self.mailto}" if self.mailto else ""
        return f"citekit/{__version__} (citation link checker{contact})"


@dataclass(frozen=True, slots=True)
class Context:
    """What every network step needs: the shared session and the run's settings."""

    session: requests.Session
    settings: Settings


@dataclass(frozen=True, slots=True)
class Failure:
    """A request that got no HTTP answer, as a status and a reason for people."""

    status: LinkStatus
    detail: str


def make_session(settings: Settings) -> requests.Session:
    """A session with citekit's User-Agent, pools sized for the limits, the CA bundle.

    requests honours HTTP(S)_PROXY, ALL_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE and
    CURL_CA_BUNDLE by itself; SSL_CERT_FILE and SSL_CERT_DIR (OpenSSL's names) are added
    here, since requests would otherwise use certifi's bundle.
    """
    session = requests.Session()
    session.headers["User-Agent"] = settings.user_agent
    session.headers["Accept-Language"] = "en, *;q=0.5"
    size = max(settings.limits.per_host, 10)
    adapter = HTTPAdapter(pool_connections=256, pool_maxsize=size, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.max_redirects = 10
    bundle = os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR")
    if bundle and os.path.exists(bundle):
        session.verify = bundle
    return session


def get_json(ctx: Context, url: str, **kwargs: Any) -> requests.Response:
    """One GET asking for JSON, with the run's timeout (exceptions propagate)."""
    headers = {"Accept": kwargs.pop("accept", "application/json")}
    return ctx.session.get(url, timeout=ctx.settings.timeout, headers=headers, **kwargs)


def json_of(response: requests.Response) -> Any:
    """The JSON body of RESPONSE, or None when it has none."""
    try:
        return response.json()
    except ValueError:
        return None


def retry_delay(response: requests.Response, attempt: int, settings: Settings) -> float | None:
    """How long to wait before asking again, or None when not to ask again.

    Retry-After (seconds or an HTTP date) is honoured up to settings.max_retry_after;
    otherwise the wait doubles from settings.backoff at each attempt.
    """
    if response.status_code not in RETRY_STATUSES or attempt >= settings.retries:
        return None
    asked = _retry_after(response.headers.get("Retry-After"))
    if asked is None:
        return settings.backoff * 2**attempt
    return asked if asked <= settings.max_retry_after else None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def failure(exc: requests.RequestException, settings: Settings) -> Failure:
    """What an exception from requests means for the link."""
    if isinstance(exc, requests.Timeout):
        return Failure(LinkStatus.TIMEOUT, f"no answer within {settings.timeout:g} s")
    if isinstance(exc, requests.TooManyRedirects):
        return Failure(LinkStatus.ERROR, "too many redirects (a redirect loop?)")
    if isinstance(exc, requests.exceptions.SSLError):
        return Failure(LinkStatus.ERROR, f"TLS failure: {_last_words(exc)}")
    if isinstance(exc, requests.exceptions.ProxyError):
        return Failure(LinkStatus.ERROR, f"the proxy failed: {_last_words(exc)}")
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return Failure(LinkStatus.INVALID, f"not a URL: {exc}")
    if isinstance(exc, requests.ConnectionError):
        return _connection_failure(exc)
    return Failure(LinkStatus.ERROR, _last_words(exc))


def _connection_failure(exc: Exception) -> Failure:
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            if cause.errno in NO_SUCH_NAME:
                return Failure(LinkStatus.UNREACHABLE, "the host name does not resolve")
            return Failure(LinkStatus.OFFLINE, "no name resolution (no network?)")
        if isinstance(cause, ConnectionRefusedError):
            return Failure(LinkStatus.UNREACHABLE, "connection refused")
        if isinstance(cause, OSError) and cause.errno in NO_NETWORK:
            return Failure(LinkStatus.OFFLINE, "the network is unreachable")
        if isinstance(cause, OSError) and cause.errno == errno.EHOSTUNREACH:
            return Failure(LinkStatus.UNREACHABLE, "no route to the host")
    return Failure(LinkStatus.ERROR, f"the connection failed: {_last_words(exc)}")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """EXC and everything it wraps (urllib3 nests the socket error several levels deep)."""
    stack, seen = [exc], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        nested = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        nested += [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]
        stack.extend(n for n in nested if isinstance(n, BaseException))


def _last_words(exc: BaseException) -> str:
    text = str(exc).rsplit(": ", 1)[-1].strip(" ')\"")
    return text[:160] or type(exc).__name__
