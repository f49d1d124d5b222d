"""Archive rescue against a fake Wayback availability API (its real JSON shape)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citekit.links import wayback
from citekit.links.model import LinkStatus, Snapshot
from tests.links.conftest import CLOSED, Hang, one, patient

SNAPSHOT = "http://web.archive.org/web/20170314093000/http://www.history.ac.uk/reviews/review/2066"


def _available(server, url, timestamp, closest):
    server.expect_request(
        "/wayback/available", query_string={"url": url, "timestamp": timestamp}
    ).respond_with_json(
        {
            "url": url,
            "timestamp": timestamp,
            "archived_snapshots": {"closest": closest} if closest else {},
        }
    )


def test_dead_link_gets_the_snapshot_closest_to_the_access_date(server, settings):
    server.expect_request("/reviews/review/2066").respond_with_data("", status=404)
    url = server.url_for("/reviews/review/2066")
    _available(
        server,
        url,
        "20170314",
        {"status": "200", "available": True, "url": SNAPSHOT, "timestamp": "20170314093000"},
    )
    result = one(replace(patient(settings), archive=True), url, notes=(41,), accessed="20170314")
    assert result.status is LinkStatus.DEAD
    assert result.archive == Snapshot(SNAPSHOT, "20170314093000")


@pytest.mark.parametrize("case", ["timeout", "unreachable"])
def test_timeouts_and_unreachable_links_are_rescued_too(server, settings, case):
    url = server.url_for("/hang") if case == "timeout" else f"{CLOSED}/gone"
    server.expect_request("/hang").respond_with_handler(Hang(0.6))
    _available(
        server,
        url,
        "2011",
        {"status": "200", "available": True, "url": SNAPSHOT, "timestamp": "20110101000000"},
    )
    result = one(replace(settings, archive=True), url, accessed="2011")
    assert result.status is LinkStatus(case)
    assert result.archive is not None


def test_no_snapshot_gives_archive_none(server, settings):
    server.expect_request("/lost").respond_with_data("", status=410)
    url = server.url_for("/lost")
    _available(server, url, "2016", None)
    result = one(replace(patient(settings), archive=True), url, accessed="2016")
    assert (result.status, result.archive) == (LinkStatus.DEAD, None)


def test_live_links_are_not_looked_up(server, settings):
    server.expect_request("/alive").respond_with_data("", headers={"Content-Type": "image/png"})
    result = one(replace(patient(settings), archive=True), server.url_for("/alive"))
    assert result.archive is None
    # (the log may also hold an earlier test's hanging request, logged when its handler ends)
    paths = [r.path for r, _ in server.log]
    assert "/alive" in paths
    assert not [path for path in paths if path.startswith("/wayback")]


def test_an_archived_error_page_rescues_nothing():
    payload = {
        "archived_snapshots": {
            "closest": {
                "status": "404",
                "available": True,
                "url": SNAPSHOT,
                "timestamp": "20170314093000",
            }
        }
    }
    assert wayback.closest(payload) is None


@pytest.mark.parametrize(
    "payload",
    [
        None,
        [],
        {},
        {"archived_snapshots": None},
        {"archived_snapshots": {"closest": {"available": False}}},
    ],
)
def test_odd_answers_mean_no_snapshot(payload):
    assert wayback.closest(payload) is None
