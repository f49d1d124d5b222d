"""Fixtures for the link checker: a real HTTP server on 127.0.0.1, short timeouts, no internet."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from citekit import links
from citekit.links import targets
from citekit.links.cache import NoCache
from citekit.links.fetch import Settings
from citekit.links.http import HttpChecker
from citekit.links.model import LinkResult, LinkStatus, LinkTarget
from citekit.links.schedule import Limits

CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Every endpoint points at a closed loopback port unless a test says otherwise."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    for name in ("CITEKIT_DOI_API", "CITEKIT_CROSSREF_API", "CITEKIT_WAYBACK_API"):
        monkeypatch.setenv(name, CLOSED)
    monkeypatch.setenv("CITEKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CITEKIT_MAILTO", raising=False)


def _start(server: HTTPServer) -> Iterator[HTTPServer]:
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture(scope="session")
def _server() -> Iterator[HTTPServer]:
    yield from _start(HTTPServer(host="127.0.0.1", threaded=True))


@pytest.fixture(scope="session")
def _other_server() -> Iterator[HTTPServer]:
    yield from _start(HTTPServer(host="127.0.0.1", threaded=True))


@pytest.fixture
def server(_server: HTTPServer) -> HTTPServer:
    """The test's web server (and doi.org, Crossref and Wayback stand-in)."""
    _server.clear()
    return _server


@pytest.fixture
def other_server(_other_server: HTTPServer) -> HTTPServer:
    """A second host (another port: its own queue)."""
    _other_server.clear()
    return _other_server


@pytest.fixture
def settings(server: HTTPServer) -> Settings:
    """Fast, patient-enough settings whose endpoints are all the test server."""
    base = server.url_for("").rstrip("/")
    return Settings(
        timeout=0.3,
        retries=2,
        backoff=0.01,
        doi_api=base,
        crossref_api=base,
        wayback_api=base,
        archive=False,
        limits=Limits(32, 4, 0.0),
    )


def patient(settings: Settings) -> Settings:
    """SETTINGS with a timeout no loaded machine reaches: for tests that count requests, where a
    HEAD slower than the fast timeout would add a GET and change the count, not the policy."""
    return replace(settings, timeout=5.0)


def run(settings: Settings, *texts: str, cache=None, progress=None) -> list[LinkResult]:
    """Check the URLs/DOIs TEXTS with a fresh HttpChecker; results in input order."""
    found = targets.from_lines("\n".join(texts))
    checker = HttpChecker(settings, cache or NoCache())
    return list(links.check(found, checker, progress=progress))


def one(settings: Settings, text: str, **target_fields) -> LinkResult:
    """The result for one target, optionally with notes, accessed, title set."""
    target = replace(targets.classify(text), **target_fields)
    (result,) = links.check([target], HttpChecker(settings, NoCache()))
    return result


def sequence(*responses: Response) -> Callable[[Request], Response]:
    """A handler answering RESPONSES one after the other, the last one from then on."""
    answers = list(responses)

    def handler(request: Request) -> Response:
        return answers.pop(0) if len(answers) > 1 else answers[0]

    return handler


class Hang:
    """A handler that answers only after SECONDS (past the test timeout); counts its calls."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.methods: list[str] = []

    def __call__(self, request: Request) -> Response:
        self.methods.append(request.method)
        time.sleep(self.seconds)
        return Response("late", headers={"Content-Type": "application/pdf"})


def methods(server: HTTPServer, path: str) -> list[str]:
    """The methods of the requests the server got for PATH, in order."""
    return [request.method for request, _ in server.log if request.path == path]


class FakeChecker:
    """A Checker with canned statuses, for the pure logic around the network."""

    def __init__(self, statuses: dict[str, LinkStatus], *, cached: bool = False) -> None:
        self.statuses = statuses
        self.cached = cached
        self.asked: list[str] = []

    def check(self, found: Sequence[LinkTarget]) -> Iterator[LinkResult]:
        for target in found:
            self.asked.append(target.target)
            status = self.statuses.get(target.target, LinkStatus.OK)
            yield LinkResult(target, status, f"fake {status}", cached=self.cached)
