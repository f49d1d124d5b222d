"""The HTTP checker against a real server on 127.0.0.1: every case of the link policy."""

from __future__ import annotations

import time

import pytest
from werkzeug import Response

from citekit.links.model import LinkStatus
from tests.links.conftest import CLOSED, Hang, methods, one, patient, run, sequence

HTML = {"Content-Type": "text/html; charset=utf-8"}
PDF = {"Content-Type": "application/pdf"}


def test_head_ok_is_ok_with_one_request(server, settings):
    server.expect_request("/paper.pdf").respond_with_data("%PDF", headers=PDF)
    result = one(patient(settings), server.url_for("/paper.pdf"))
    assert (result.status, result.http_status, result.detail) == (LinkStatus.OK, 200, "200 OK")
    assert methods(server, "/paper.pdf") == ["HEAD"]


def test_head_refused_then_get_ok(server, settings):
    server.expect_request("/page", method="HEAD").respond_with_data("", status=405)
    server.expect_request("/page", method="GET").respond_with_data("fine", headers=PDF)
    result = one(settings, server.url_for("/page"))
    assert result.status is LinkStatus.OK
    assert methods(server, "/page") == ["HEAD", "GET"]


def test_html_page_is_read_with_get_to_see_soft_404s(server, settings):
    server.expect_request("/article").respond_with_data("<title>The article</title>", headers=HTML)
    assert one(settings, server.url_for("/article")).status is LinkStatus.OK
    assert methods(server, "/article") == ["HEAD", "GET"]


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        ((301,), LinkStatus.REDIRECTED),
        ((308,), LinkStatus.REDIRECTED),
        ((302,), LinkStatus.OK),
        ((301, 302), LinkStatus.REDIRECTED),
        ((302, 301), LinkStatus.OK),
    ],
    ids=["301", "308", "302-temporary", "301-then-302", "302-then-301"],
)
def test_redirect_chains(server, settings, codes, status):
    hops = [f"/hop{i}" for i in range(len(codes))] + ["/final"]
    for code, here, there in zip(codes, hops, hops[1:], strict=False):
        server.expect_request(here).respond_with_data("", status=code, headers={"Location": there})
    server.expect_request("/final").respond_with_data("%PDF", headers=PDF)
    result = one(settings, server.url_for("/hop0"))
    assert result.status is status
    assert result.detail == " -> ".join(map(str, (*codes, 200)))
    first_permanent_run = server.url_for(hops[1]) if codes[0] in (301, 308) else None
    expected = first_permanent_run if status is LinkStatus.REDIRECTED else server.url_for("/final")
    assert result.final_url == expected


@pytest.mark.parametrize("code", [404, 410])
def test_gone_is_dead_after_a_get_confirms_it(server, settings, code):
    server.expect_request("/gone").respond_with_data("", status=code)
    result = one(settings, server.url_for("/gone"))
    assert (result.status, result.http_status) == (LinkStatus.DEAD, code)
    assert methods(server, "/gone") == ["HEAD", "GET"]


@pytest.mark.parametrize(
    "body",
    [
        "<html><head><title>Page not found | Example</title></head><body>Sorry</body></html>",
        "<html><title>Example</title><h1>Seite nicht gefunden</h1></html>",
        "<title>404 - File or directory not found.</title>",
    ],
    ids=["title", "german-heading", "iis"],
)
def test_soft_404_page_is_dead(server, settings, body):
    server.expect_request("/old/report.html").respond_with_data(body, headers=HTML)
    result = one(settings, server.url_for("/old/report.html"))
    assert result.status is LinkStatus.DEAD
    assert result.detail.startswith("soft 404: the page says")


def test_deep_link_redirected_to_home_page_is_a_soft_404(server, settings):
    server.expect_request("/2014/05/story.html").respond_with_data(
        "", status=301, headers={"Location": "/"}
    )
    server.expect_request("/").respond_with_data("<title>Welcome</title>", headers=HTML)
    result = one(settings, server.url_for("/2014/05/story.html"))
    assert result.status is LinkStatus.DEAD
    assert "redirected to the home page" in result.detail


def test_429_waits_for_retry_after_then_ok(server, settings):
    server.expect_request("/busy").respond_with_handler(
        sequence(
            Response("", status=429, headers={"Retry-After": "1"}), Response("ok", headers=PDF)
        )
    )
    started = time.monotonic()
    result = one(settings, server.url_for("/busy"))
    assert result.status is LinkStatus.OK
    assert time.monotonic() - started >= 0.9  # Retry-After honoured
    assert methods(server, "/busy") == ["HEAD", "HEAD"]


def test_429_with_a_retry_after_too_long_is_blocked(server, settings):
    server.expect_request("/slow-down").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    result = one(settings, server.url_for("/slow-down"))
    assert (result.status, result.http_status) == (LinkStatus.BLOCKED, 429)


def test_500_then_200_is_retried_to_ok(server, settings):
    server.expect_request("/flaky").respond_with_handler(
        sequence(Response("", status=500), Response("", status=500), Response("ok", headers=PDF))
    )
    assert one(settings, server.url_for("/flaky")).status is LinkStatus.OK
    assert methods(server, "/flaky") == ["HEAD", "GET", "GET"]


def test_500_for_good_is_an_error_after_the_retries(server, settings):
    server.expect_request("/broken").respond_with_data("", status=503)
    result = one(settings, server.url_for("/broken"))
    assert (result.status, result.http_status) == (LinkStatus.ERROR, 503)
    assert methods(server, "/broken") == ["HEAD", "GET", "GET", "GET"]  # 1 + 2 retries


def test_hang_past_the_timeout_is_one_timeout_for_head_and_get_together(server, settings):
    handler = Hang(0.8)
    server.expect_request("/hang").respond_with_handler(handler)
    started = time.monotonic()
    result = one(settings, server.url_for("/hang"))
    assert result.status is LinkStatus.TIMEOUT
    assert result.detail == "no answer within 0.3 s"
    assert time.monotonic() - started < 0.5  # the GET gets what the HEAD left of 0.3 s
    assert handler.methods == ["HEAD", "GET"]  # given up on HEAD, tried GET, not retried


def test_timeouts_are_retried_when_asked(server, settings):
    from dataclasses import replace

    handler = Hang(0.5)
    server.expect_request("/hang").respond_with_handler(handler)
    result = one(replace(settings, retry_timeouts=True, retries=1), server.url_for("/hang"))
    assert result.status is LinkStatus.TIMEOUT
    # the last request reaches its handler thread after the client gave up on it: on a loaded
    # machine that can be after this line, so wait (briefly) for the calls to arrive
    deadline = time.monotonic() + 2.0
    while len(handler.methods) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert handler.methods == ["HEAD", "GET", "HEAD", "GET"]


def test_refused_port_is_unreachable():
    from citekit.links.fetch import Settings

    result = one(Settings(timeout=0.3, archive=False), f"{CLOSED}/paper")
    assert (result.status, result.detail) == (LinkStatus.UNREACHABLE, "connection refused")


@pytest.mark.parametrize("code", [401, 403])
def test_refused_to_robots_is_blocked(server, settings, code):
    server.expect_request("/members").respond_with_data("", status=code)
    assert one(settings, server.url_for("/members")).status is LinkStatus.BLOCKED


def test_user_agent_names_citekit_and_the_contact(server, settings):
    from dataclasses import replace

    server.expect_request("/ua").respond_with_data("", headers=PDF)
    one(replace(settings, mailto="scholar@example.org"), server.url_for("/ua"))
    # the request to /ua, not a late one a hanging handler of an earlier test logs after clear()
    (request,) = [entry[0] for entry in server.log if entry[0].path == "/ua"]
    agent = request.headers["User-Agent"]
    assert agent.startswith("citekit/")
    assert "mailto:scholar@example.org" in agent


def test_each_distinct_url_is_checked_once(server, settings):
    server.expect_request("/same").respond_with_data("", headers=PDF)
    url = server.url_for("/same")
    results = run(patient(settings), url, url, url + "#section")
    assert len(results) == 1
    assert methods(server, "/same") == ["HEAD"]


def test_a_slow_host_does_not_hold_up_the_others(server, other_server, settings):
    from dataclasses import replace

    from citekit.links.schedule import Limits

    server.expect_request("/slow").respond_with_handler(Hang(0.25))
    other_server.expect_request("/fast").respond_with_data("", headers=PDF)
    slow = [server.url_for(f"/slow?{i}") for i in range(4)]
    fast = [other_server.url_for(f"/fast?{i}") for i in range(8)]
    one_at_a_time = replace(settings, timeout=1.0, limits=Limits(8, 1, 0.0))
    finished: dict[str, float] = {}
    started = time.monotonic()
    results = run(
        one_at_a_time,
        *slow,
        *fast,
        progress=lambda r: finished.setdefault(r.target.target, time.monotonic()),
    )
    assert all(r.status is LinkStatus.OK for r in results)
    assert max(finished[u] for u in fast) - started < 0.5  # not behind the slow host's 1 s
    assert max(finished[u] for u in slow) - started >= 0.95  # 4 x 0.25 s, one at a time


def test_a_host_asking_to_wait_pauses_only_itself(server, other_server, settings):
    server.expect_request("/limited").respond_with_handler(
        sequence(Response("", status=429, headers={"Retry-After": "1"}), Response("", headers=PDF))
    )
    other_server.expect_request("/free").respond_with_data("", headers=PDF)
    finished: dict[str, float] = {}
    started = time.monotonic()
    free = [other_server.url_for(f"/free?{i}") for i in range(6)]
    run(
        patient(settings),  # no timeout on a loaded machine: the pause is what is measured
        server.url_for("/limited"),
        *free,
        progress=lambda r: finished.setdefault(r.target.target, time.monotonic()),
    )
    # the free host is done well before the limited one's second of waiting ends (a pause of
    # every host would hold them to a second or more)
    assert max(finished[u] for u in free) - started < 0.85
    assert finished[server.url_for("/limited")] - started >= 0.9


def test_proxy_from_the_environment_is_used(server, settings, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", server.url_for("").rstrip("/"))
    monkeypatch.setenv("NO_PROXY", "")
    server.expect_request("/via-proxy").respond_with_data("", headers=PDF)
    result = one(settings, "http://journal.example.invalid/via-proxy")
    assert result.status is LinkStatus.OK
    request = server.log[0][0]
    assert request.headers["Host"] == "journal.example.invalid"
