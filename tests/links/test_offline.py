"""No name service at all is one `offline` finding, not a list of unreachable links."""

from __future__ import annotations

import json

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


@pytest.mark.parametrize(
    ("names_resolve", "expected"),
    [(lambda: False, LinkStatus.OFFLINE), (lambda: True, LinkStatus.UNREACHABLE)],
    ids=["well-known-name-unknown-too", "well-known-name-resolves"],
)
def test_one_unknown_host_is_offline_when_a_well_known_name_is_unknown_too(names_resolve, expected):
    (settled,) = settle_offline((_result("http://a.example/x"),), names_resolve=names_resolve)
    assert settled.status is expected


def test_a_refused_connection_means_there_is_a_network() -> None:
    results = (
        _result("http://a.example/x"),
        _result("http://127.0.0.1:9/", detail="connection refused"),
    )
    settled = settle_offline(results, names_resolve=lambda: False)
    assert [r.status for r in settled] == [LinkStatus.UNREACHABLE] * 2


def test_one_link_and_no_name_service_is_offline_end_to_end(monkeypatch, tmp_path):
    """A name under .invalid never resolves: here it plays the link and doi.org alike."""
    from typer.testing import CliRunner

    from citekit.cli import app

    monkeypatch.setenv("CITEKIT_DOI_API", "https://doi.invalid")
    result = CliRunner().invoke(
        app, ["check-links", "--urls", "-", "-f", "json"], input="http://journal.invalid/x\n"
    )
    assert result.exit_code == 0, result.stderr  # offline is no finding by default
    (link,) = json.loads(result.stdout)["links"]
    assert link["status"] == "offline"
    assert "offline: none checked" in result.stderr
