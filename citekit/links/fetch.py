"""The HTTP side shared by every check: settings, the session, what an answer or a failure means."""

from __future__ import annotations

import errno
import functools
import http.client
import os
import socket
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from citekit import __version__
from citekit.links.addresses import ForbiddenAddress
from citekit.links.endpoints import CROSSREF_API, DOI_API, WAYBACK_API  # noqa: E402,F401 - re-exported
from citekit.links.model import LinkStatus
from citekit.links.schedule import Limits
from citekit.links.transport import GuardedAdapter

# answers worth asking again: the server is busy, overloaded or asks us to slow down
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
# getaddrinfo errors meaning "this name has no address" (the others: no resolver reachable)
NO_SUCH_NAME = frozenset({socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)})
# socket errors meaning "this machine has no network", not "this host is gone"
NO_NETWORK = frozenset({errno.ENETUNREACH, errno.ENETDOWN})
# where the CA certificates come from, first found wins: requests' own variables (as
# requests itself reads them), then OpenSSL's; none set: certifi's bundle
CA_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR")
PROXY_VARIABLES = tuple(
    case(name)
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
    for case in (str.lower, str.upper)
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a check run may be told: politeness, patience, endpoints."""

    timeout: float = 10.0  # seconds one request may take in all: connect, headers and body
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
    allow_private: bool = False  # follow redirects to private, loopback, link-local addresses
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


class _Session(requests.Session):
    """A session that never looks at redirects: the checker follows them, hop by hop."""

    def resolve_redirects(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        # requests runs this even with allow_redirects=False, to prepare Response.next:
        # it reads the whole body of the 3xx, and a malformed Location raises
        return iter(())


def make_session(settings: Settings) -> requests.Session:
    """A session with citekit's User-Agent, guarded pools sized for the limits, the CA bundle.

    Proxies (proxies_for) and the CA bundle (ca_bundle) are read from the environment
    here rather than by requests on every request.
    """
    session = _Session()
    session.trust_env = False  # proxies and CA bundle are chosen here, once; ~/.netrc never sent
    session.headers["User-Agent"] = settings.user_agent
    session.headers["Accept-Language"] = "en, *;q=0.5"
    session.headers["Accept-Encoding"] = "gzip, deflate"  # what the bounded reader decodes
    size = max(settings.limits.per_host, 10)
    adapter = GuardedAdapter(pool_connections=256, pool_maxsize=size, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = ca_bundle(os.environ)
    return session


def proxies_for(url: str) -> dict[str, str]:
    """The proxies for URL from HTTP(S)_PROXY, ALL_PROXY and NO_PROXY, as requests reads them."""
    parts = urlsplit(url)
    environment = tuple(os.environ.get(name) for name in PROXY_VARIABLES)
    return dict(_proxies_of(f"{parts.scheme}://{parts.netloc}", environment))


@functools.lru_cache(maxsize=4096)
def _proxies_of(origin: str, environment: tuple[str | None, ...]) -> dict[str, str]:
    """Cached by server and environment: requests' own lookup costs a fifth of a millisecond."""
    return requests.utils.get_environ_proxies(origin + "/")


def ca_bundle(environ: Mapping[str, str]) -> str:
    """The CA certificates to trust: the first of CA_VARIABLES naming an existing path.

    certifi's bundle when none does; a variable naming a missing path is passed over.
    """
    for name in CA_VARIABLES:
        path = environ.get(name)
        if path and os.path.exists(path):
            return path
    return requests.certs.where()


def retry_delay(
    status: int, headers: Mapping[str, str], attempt: int, settings: Settings
) -> float | None:
    """How long to wait before asking again after STATUS, or None when not to ask again.

    Retry-After (seconds or an HTTP date) is honoured up to settings.max_retry_after;
    otherwise the wait doubles from settings.backoff at each attempt.
    """
    if status not in RETRY_STATUSES or attempt >= settings.retries:
        return None
    asked = _retry_after(headers.get("Retry-After"))
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


def failure(exc: Exception, settings: Settings, *, expired: bool = False) -> Failure:
    """What an exception from a request means for the link (EXPIRED: its deadline passed)."""
    if expired or isinstance(exc, requests.Timeout | TimeoutError):
        return Failure(LinkStatus.TIMEOUT, f"no answer within {settings.timeout:g} s")
    if isinstance(exc, ForbiddenAddress):
        return Failure(LinkStatus.ERROR, f"{exc} (--allow-private follows it)")
    if isinstance(exc, requests.exceptions.SSLError):
        return Failure(LinkStatus.ERROR, f"TLS failure: {_last_words(exc)}")
    if isinstance(exc, requests.exceptions.ProxyError):
        return Failure(LinkStatus.ERROR, f"the proxy failed: {_last_words(exc)}")
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return Failure(LinkStatus.INVALID, f"not a URL: {exc}")
    if isinstance(exc, requests.ConnectionError | OSError):
        return _connection_failure(exc)
    return Failure(LinkStatus.ERROR, f"not a valid HTTP answer: {_last_words(exc)}")


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
        if isinstance(cause, http.client.RemoteDisconnected):
            return Failure(LinkStatus.ERROR, "the server closed the connection without answering")
        if isinstance(cause, ConnectionResetError):
            return Failure(LinkStatus.ERROR, "the server reset the connection")
        if isinstance(cause, http.client.BadStatusLine):
            return Failure(LinkStatus.ERROR, f"not an HTTP answer: {str(cause)[:60]!r}")
        if isinstance(cause, http.client.HTTPException):
            return Failure(LinkStatus.ERROR, f"not a valid HTTP answer: {str(cause)[:100]}")
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
