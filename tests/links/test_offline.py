"""No name service at all is one `offline` finding, not a list of unreachable links."""

from __future__ import annotations

import pytest

from citekit.links import settle_offline
from citekit.links.model import LinkResult, LinkStatus, LinkTarget, TargetKind

UNRESOLVED = "the host name does not resolve"


def _result(url: str, status: LinkStatus = LinkStatus.UNREACHABLE, detail: str = UNRESOLVED):
    return LinkResult(LinkTarget(url, TargetKind.URL), status, detail)


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["http://a.example/x", "http://b.example/y", "http://c.example/z"], LinkStatus.OFFLINE),
        (["http://a.example/x", "http://b.example/y"], LinkStatus.UNREACHABLE),
        (
            ["http://a.example/x", "http://a.example/y", "http://a.example/z"],
            LinkStatus.UNREACHABLE,
        ),
    ],
    ids=["three-hosts-unknown", "two-hosts-are-too-few", "one-host-many-links"],
)
def test_every_host_unknown_means_offline(urls: list[str], expected: LinkStatus) -> None:
    settled = settle_offline(tuple(_result(u) for u in urls))
    assert {r.status for r in settled} == {expected}


def test_one_answer_means_the_network_is_there() -> None:
    results = (
        _result("http://a.example/x"),
        _result("http://b.example/y"),
        _result("http://c.example/z"),
        _result("http://d.example/", LinkStatus.OK, "200 OK"),
    )
    statuses = [r.status for r in settle_offline(results)]
    assert statuses == [LinkStatus.UNREACHABLE] * 3 + [LinkStatus.OK]
