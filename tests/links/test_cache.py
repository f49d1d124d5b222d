"""The on-disk cache, --offline, and "no network at all" as one finding."""

from __future__ import annotations

import time
from dataclasses import replace

from citekit import links
from citekit.links import targets
from citekit.links.cache import Cache, NoCache, open_cache
from citekit.links.http import HttpChecker
from citekit.links.model import LinkResult, LinkStatus
from tests.links.conftest import FakeChecker, run

PDF = {"Content-Type": "application/pdf"}


def test_second_run_asks_nobody(server, settings, tmp_path):
    server.expect_request("/paper").respond_with_data("", headers=PDF)
    server.expect_request("/gone").respond_with_data("", status=404)
    urls = [server.url_for("/paper"), server.url_for("/gone")]
    first = run(settings, *urls, cache=_cache(tmp_path))
    asked = len(server.log)
    second = run(settings, *urls, cache=_cache(tmp_path))
    assert len(server.log) == asked
    assert (
        [r.status for r in second] == [r.status for r in first] == [LinkStatus.OK, LinkStatus.DEAD]
    )
    assert all(r.cached for r in second)


def test_offline_answers_from_the_cache(server, settings, tmp_path):
    server.expect_request("/paper").respond_with_data("", headers=PDF)
    run(settings, server.url_for("/paper"), cache=_cache(tmp_path))
    server.clear()
    offline = replace(settings, offline=True)
    cached, unknown = run(
        offline, server.url_for("/paper"), server.url_for("/new"), cache=_cache(tmp_path)
    )
    assert (cached.status, cached.cached) == (LinkStatus.OK, True)
    assert (unknown.status, unknown.detail) == (LinkStatus.OFFLINE, "offline: not in the cache")
    assert server.log == []


def test_archive_snapshot_is_cached_with_the_verdict(server, settings, tmp_path):
    server.expect_request("/gone").respond_with_data("", status=404)
    server.expect_request("/wayback/available").respond_with_json(
        {
            "archived_snapshots": {
                "closest": {
                    "status": "200",
                    "available": True,
                    "timestamp": "20170314000000",
                    "url": "http://web.archive.org/web/20170314000000/x",
                }
            }
        }
    )
    rescue = replace(settings, archive=True)
    run(rescue, server.url_for("/gone"), cache=_cache(tmp_path))
    server.clear()
    (again,) = run(replace(rescue, offline=True), server.url_for("/gone"), cache=_cache(tmp_path))
    assert again.archive is not None
    assert again.archive.timestamp == "20170314000000"


def test_entries_expire(tmp_path):
    store = Cache(tmp_path, ttl=0.05)
    store.put("k", {"v": 1})
    assert store.get("k") == {"v": 1}
    time.sleep(0.1)
    assert store.get("k") is None


def test_offline_results_are_not_cached(tmp_path, settings):
    store = _cache(tmp_path)
    checker = HttpChecker(settings, store)
    target = targets.classify("http://example.invalid/x")
    checker._store(
        __import__("citekit.links.http", fromlist=["_Checked"])._Checked(
            LinkResult(target, LinkStatus.OFFLINE, "no network")
        )
    )
    assert store.get(f"url:{target.key}") is None


def test_an_unusable_cache_folder_means_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert isinstance(open_cache(blocker / "cache"), NoCache)


def test_no_network_at_all_is_one_offline_finding():
    found = targets.from_lines("http://a.org/1\nhttp://b.org/2\n10.1000/1\nnot a link")
    fake = FakeChecker(
        {
            "http://a.org/1": LinkStatus.OFFLINE,
            "http://b.org/2": LinkStatus.UNREACHABLE,
            "10.1000/1": LinkStatus.OFFLINE,
        }
    )
    results = links.check(found, fake)
    assert [r.status for r in results] == [LinkStatus.OFFLINE] * 3 + [LinkStatus.INVALID]
    assert fake.asked == ["http://a.org/1", "http://b.org/2", "10.1000/1"]  # never the invalid


def test_one_dns_hiccup_among_answers_is_just_unreachable():
    found = targets.from_lines("http://a.org/1\nhttp://b.org/2")
    fake = FakeChecker({"http://a.org/1": LinkStatus.OFFLINE, "http://b.org/2": LinkStatus.DEAD})
    assert [r.status for r in links.check(found, fake)] == [LinkStatus.UNREACHABLE, LinkStatus.DEAD]


def test_results_come_back_in_target_order():
    found = targets.from_lines("http://a.org/1\nhttp://b.org/2\nhttp://c.org/3")

    class Reversed(FakeChecker):
        def check(self, found):
            return reversed(list(super().check(found)))

    results = links.check(found, Reversed({}))
    assert [r.target.target for r in results] == [t.target for t in found]


def _cache(folder):
    return Cache(folder / "cache")


def test_the_cache_is_private_to_its_owner(tmp_path):
    store = Cache(tmp_path / "fresh" / "cache")
    store.put("k", {"v": 1})
    folder = store.path.parent
    assert folder.stat().st_mode & 0o777 == 0o700
    modes = {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()}
    assert modes == {
        "links.sqlite": 0o600,
        "links.sqlite-wal": 0o600,
        "links.sqlite-shm": 0o600,
    }
    store.close()


def test_an_old_world_readable_cache_file_is_made_private(tmp_path):
    Cache(tmp_path).close()
    (tmp_path / "links.sqlite").chmod(0o644)
    Cache(tmp_path).close()
    assert (tmp_path / "links.sqlite").stat().st_mode & 0o777 == 0o600


def test_results_are_written_as_they_arrive(tmp_path):
    import sqlite3

    store = Cache(tmp_path)
    store.put("k", {"v": 1})
    with sqlite3.connect(tmp_path / "links.sqlite") as other:  # another process's view
        assert other.execute("SELECT count(*) FROM results").fetchone() == (1,)
    store.close()


def test_a_broken_cache_file_means_no_cache(tmp_path):
    (tmp_path / "links.sqlite").write_bytes(b"this is not a database" * 100)
    assert isinstance(open_cache(tmp_path), NoCache)


def test_a_cache_that_fails_midway_is_forgotten_not_fatal(tmp_path, caplog):
    store = Cache(tmp_path)
    store._db.execute("DROP TABLE results")  # as if another program broke it
    store.put("k", {"v": 1})
    assert store.get("k") is None
    assert "going on without it" in caplog.text


def test_a_cached_row_this_version_cannot_read_is_checked_again(server, settings, tmp_path):
    server.expect_request("/paper").respond_with_data("", headers=PDF)
    server.expect_request("/other").respond_with_data("", headers=PDF)
    store = _cache(tmp_path)
    urls = server.url_for("/paper"), server.url_for("/other")
    store.put(f"url:{urls[0]}", {"status": "a-status-of-the-future", "detail": "?"})
    store.put(f"url:{urls[1]}", ["not", "a", "verdict"])
    results = run(settings, *urls, cache=store)
    assert [(r.status, r.cached) for r in results] == [(LinkStatus.OK, False)] * 2
