"""Hostile servers, one fault at a time: each is a verdict on its link, within its time.

The servers are raw sockets on 127.0.0.1 (tests/links/hostile.py). The whole run in a
separate process, with its memory measured, is tests/links/test_runs.py.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from citekit.links import addresses
from citekit.links.exchange import exchange
from citekit.links.fetch import Context, Failure, Settings, make_session
from citekit.links.model import LinkStatus
from citekit.links.schedule import Limits
from tests.links import hostile
from tests.links.conftest import one, run

TIMEOUT = 1.0


@pytest.fixture(scope="module")
def faults() -> Iterator[hostile.Hostile]:
    server = hostile.Hostile({}).start()
    server.routes.update(hostile.routes(server.port))
    yield server
    server.stop()


@pytest.fixture
def patient(settings: Settings) -> Settings:
    """The test settings with a timeout of a second, and one retry."""
    return replace(settings, timeout=TIMEOUT, retries=1)


@pytest.mark.parametrize(
    ("path", "status", "words"), hostile.FAULTS, ids=[p for p, *_ in hostile.FAULTS]
)
def test_each_fault_is_a_verdict_within_the_links_time(faults, patient, path, status, words):
    started = time.monotonic()
    result = one(patient, faults.url(path))
    elapsed = time.monotonic() - started
    assert (result.status, words in result.detail) == (LinkStatus(status), True), result.detail
    assert elapsed < 2 * TIMEOUT + 0.5  # the link's budget: two timeouts, whatever happens


def test_a_head_that_hangs_is_given_up_for_a_get_in_a_quarter_of_the_time(faults, patient):
    started = time.monotonic()
    assert one(patient, faults.url("/head-hangs")).status is LinkStatus.OK
    assert time.monotonic() - started < TIMEOUT * 0.25 + 0.5  # not the whole timeout
    assert faults.methods("/head-hangs")[-2:] == ["HEAD", "GET"]


def test_redirects_to_private_targets_are_followed_when_allowed(faults, patient):
    quick = replace(patient, timeout=0.3, allow_private=True)
    result = one(quick, faults.url("/to-private"))
    assert "not followed" not in result.detail
    # 10.255.255.1 was asked: it answered (some sandboxes intercept), or nobody did
    asked = result.final_url == "http://10.255.255.1/admin"
    assert asked or result.status in (LinkStatus.TIMEOUT, LinkStatus.UNREACHABLE), result


def test_the_connected_address_is_checked_before_a_byte_is_sent(faults, patient, monkeypatch):
    """A name that DNS maps to a forbidden address: the socket's peer is what counts."""
    monkeypatch.setattr(addresses, "check_host", lambda host, allowed: None)  # as if a DNS name
    context = Context(make_session(patient), patient)
    public_only = frozenset({addresses.Network.PUBLIC})
    before = len(faults.log)
    reply = exchange(context, "GET", faults.url("/ok"), seconds=1.0, allowed=public_only)
    assert reply == Failure(
        LinkStatus.ERROR,
        "a redirect to a loopback address (127.0.0.1) is not followed (--allow-private follows it)",
    )
    time.sleep(0.1)
    assert len(faults.log) == before  # connected, then closed: no request was sent


def test_a_self_signed_certificate_is_a_tls_error_unless_trusted(patient, monkeypatch):
    server = hostile.Hostile({"/ok": hostile.ok}, tls=True).start()
    try:
        for name in hostile.CA_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        refused = one(patient, server.url("/ok"))
        monkeypatch.setenv("SSL_CERT_FILE", str(hostile.DATA / "selfsigned.pem"))
        trusted = one(patient, server.url("/ok"))
    finally:
        server.stop()
    assert (refused.status, refused.detail.startswith("TLS failure")) == (LinkStatus.ERROR, True)
    assert trusted.status is LinkStatus.OK


def test_requests_ca_variables_win_over_ssl_cert_file(patient, monkeypatch):
    import certifi

    server = hostile.Hostile({"/ok": hostile.ok}, tls=True).start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(hostile.DATA / "selfsigned.pem"))
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())  # does not know ours
        result = one(patient, server.url("/ok"))
    finally:
        server.stop()
    assert result.status is LinkStatus.ERROR
    assert result.detail.startswith("TLS failure")


def test_redirects_wait_in_the_queue_of_the_host_they_lead_to(patient):
    """60 links on 6 hosts, all redirected to one slow host: never more than the limit there."""
    target = hostile.Hostile({f"/slow/{i}": hostile.slow(0.05) for i in range(60)}).start()
    sources = [hostile.Hostile({}).start() for _ in range(6)]
    for n, source in enumerate(sources):
        for i in range(n * 10, n * 10 + 10):
            source.routes[f"/fan/{i}"] = hostile.redirect(target.url(f"/slow/{i}").encode(), "301")
    urls = [s.url(f"/fan/{i}") for n, s in enumerate(sources) for i in range(n * 10, n * 10 + 10)]
    try:
        results = run(replace(patient, limits=Limits(64, 3, 0.0)), *urls)
    finally:
        for server in (target, *sources):
            server.stop()
    assert [r.status for r in results] == [LinkStatus.REDIRECTED] * 60
    assert target.peak == 3  # the limit, reached and never passed
    assert max(s.peak for s in sources) <= 3


def test_a_tls_handshake_dripped_a_byte_at_a_time_ends_at_the_timeout(patient):
    """Bounded before HTTP starts too: a server that never finishes its hello."""
    listener = socket.create_server(("127.0.0.1", 0))

    def drip(sock: socket.socket) -> None:
        with contextlib.suppress(OSError), sock:
            sock.recv(4096)  # the ClientHello
            sock.sendall(b"\x16\x03\x03\x40\x00")  # a handshake record of 16 KiB follows...
            for _ in range(200):
                sock.sendall(b"\x00")  # ...one byte at a time
                time.sleep(hostile.DRIP_SECONDS)

    def serve() -> None:
        with contextlib.suppress(OSError):
            while True:
                threading.Thread(target=drip, args=(listener.accept()[0],), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    port = listener.getsockname()[1]
    started = time.monotonic()
    with listener:
        result = one(replace(patient, retries=0), f"https://127.0.0.1:{port}/")
    assert result.status is LinkStatus.TIMEOUT
    assert time.monotonic() - started < 2 * TIMEOUT
