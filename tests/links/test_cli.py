"""`citekit check-links` end to end: the LINKS.md report, the table, exit codes, errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from citekit.cli import app

PDF = {"Content-Type": "application/pdf"}
LINK_KEYS = {"target", "kind", "status", "http_status", "final_url", "detail", "notes", "archive"}
DOI = "10.1080/14682745.2017.1315923"


def invoke(*args, stdin=None):
    return CliRunner().invoke(app, ["check-links", *args], input=stdin)


@pytest.fixture
def endpoints(server, monkeypatch):
    """doi.org, Crossref and Wayback all played by the test server, via the environment."""
    base = server.url_for("").rstrip("/")
    for name in ("CITEKIT_DOI_API", "CITEKIT_CROSSREF_API", "CITEKIT_WAYBACK_API"):
        monkeypatch.setenv(name, base)
    server.expect_request(f"/api/handles/{DOI}").respond_with_json(
        {"responseCode": 1, "handle": DOI, "values": []}
    )
    server.expect_request("/wayback/available").respond_with_json({"archived_snapshots": {}})
    return server


@pytest.fixture
def essay(tmp_path, endpoints):
    endpoints.expect_request("/moved").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    endpoints.expect_request("/new").respond_with_data("", headers=PDF)
    endpoints.expect_request("/gone").respond_with_data("", status=404)
    path = tmp_path / "essay.md"
    path.write_text(
        f"Text.[^1] More.[^2]\n\n"
        f"[^1]: Report, {endpoints.url_for('/moved')} (accessed on March 14, 2017).\n"
        f"[^2]: Lost page {endpoints.url_for('/gone')}; doi:{DOI}; again "
        f"{endpoints.url_for('/moved')}.\n",
        encoding="utf-8",
    )
    return path


def test_json_report_follows_links_md(essay, server):
    result = invoke(str(essay), "-f", "json", "--timeout", "0.5")
    assert result.exit_code == 1, result.stderr  # a dead link
    report = json.loads(result.stdout)
    assert set(report) == {"source", "links", "summary", "complete"}
    assert report["complete"] is True
    assert all(set(link) == LINK_KEYS for link in report["links"])
    by_target = {link["target"]: link for link in report["links"]}
    moved = by_target[server.url_for("/moved")]
    assert (moved["status"], moved["final_url"], moved["detail"], moved["notes"]) == (
        "redirected",
        server.url_for("/new"),
        "301 -> 200",
        [1, 2],
    )
    assert by_target[server.url_for("/gone")]["status"] == "dead"
    assert by_target[DOI] | {"notes": None} == {
        "target": DOI,
        "kind": "doi",
        "status": "ok",
        "http_status": 200,
        "final_url": None,
        "detail": "registered",
        "notes": None,
        "archive": None,
    }
    assert report["summary"] == {"ok": 1, "redirected": 1, "dead": 1}
    assert "3 links: 1 ok, 1 redirected, 1 dead" in result.stderr


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ((), 1),
        (("--exit-zero",), 0),
        (("--fail-on", "none"), 0),
        (("--fail-on", "redirected"), 1),
        (("--fail-on", "timeout,blocked"), 0),
    ],
    ids=["default", "exit-zero", "none", "redirected", "other-statuses"],
)
def test_fail_on_policy(essay, options, code):
    result = invoke(str(essay), "-f", "json", *options)
    assert result.exit_code == code, result.stderr


def test_table_is_the_default(essay):
    result = invoke(str(essay))
    assert "redirected" in result.stdout
    assert "dead" in result.stdout
    assert "301 -> 200" in result.stdout


def test_bib_input_lists_entries(tmp_path, endpoints):
    path = tmp_path / "refs.bib"
    path.write_text(
        f"@article{{radchenko2017, title = {{X}}, doi = {{{DOI}}}}}\n"
        f"@misc{{other, doi = {{{DOI}}}}}\n",
        encoding="utf-8",
    )
    endpoints.expect_request(f"/works/{DOI}").respond_with_json(
        {"status": "ok", "message-type": "work", "message": {"title": ["X"]}}
    )
    result = invoke(str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    (link,) = json.loads(result.stdout)["links"]
    assert link["entries"] == ["radchenko2017", "other"]
    assert "notes" not in link


def test_url_list_from_stdin(server):
    server.expect_request("/a").respond_with_data("", headers=PDF)
    result = invoke("--urls", "-", "-f", "json", stdin=f"{server.url_for('/a')}\nnot a url\n")
    report = json.loads(result.stdout)
    assert [link["status"] for link in report["links"]] == ["ok", "invalid"]
    assert report["source"] == "-"


def test_offline_with_an_empty_cache_says_so_once(essay):
    result = invoke(str(essay), "-f", "json", "--offline")
    assert result.exit_code == 0, result.stderr  # offline is not a finding by default
    assert {link["status"] for link in json.loads(result.stdout)["links"]} == {"offline"}
    assert "offline: none checked" in result.stderr


def test_second_run_comes_from_the_cache(essay, server):
    invoke(str(essay), "-f", "json")
    asked = len(server.log)
    again = invoke(str(essay), "-f", "json")
    assert len(server.log) == asked
    assert "(3 from the cache)" in again.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.txt",), "no such file: 'missing.txt'"),
        ((), "give one TARGET"),
        (("x.txt", "--urls", "-"), "give one TARGET"),
        (("--urls", "-", "--fail-on", "deadish"), "--fail-on: unknown status 'deadish'"),
        (("--urls", "-", "--fail-on", ""), "--fail-on: no status given (say 'none'"),
        (("--urls", "-", "--fail-on", " , "), "--fail-on: no status given"),
    ],
    ids=["missing", "neither", "both", "bad-fail-on", "empty-fail-on", "blank-fail-on"],
)
def test_usage_errors_are_one_line_and_exit_2(args, message):
    result = invoke(*args, stdin="")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert result.stdout == ""


def test_unreadable_input_exits_3(tmp_path):
    path = tmp_path / "essay.txt"
    path.write_bytes(b"\x00\x01\x02 binary")
    result = invoke(str(path))
    assert result.exit_code == 3
    assert result.stderr.startswith("citekit: error: cannot read")
    assert result.stderr.count("\n") == 1


def test_help_names_every_option():
    result = invoke("--help")
    for option in (
        "--urls",
        "--format",
        "--fail-on",
        "--timeout",
        "--retries",
        "--mailto",
        "--max-concurrency",
        "--per-host",
        "--doi-api",
        "--crossref-api",
        "--wayback-api",
        "--no-archive",
        "--no-cache",
        "--offline",
        "--cache-dir",
        "--allow-private",
    ):
        assert option in result.stdout


def test_a_corpus_checks_each_link_once_and_reports_each_document(tmp_path, endpoints):
    endpoints.expect_oneshot_request("/only-once").respond_with_data("", headers=PDF)
    link = endpoints.url_for("/only-once")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"Text.[^1]\n\n[^1]: Report, {link}.\n", encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04 not really")
    result = invoke(str(tmp_path), "-f", "json", "--no-cache", "--timeout", "0.5")
    assert result.exit_code == 1, result.stderr  # the unreadable document
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in reports] == [str(tmp_path / n) for n in ("a.md", "b.md", "c.docx")]
    assert [r["links"][0]["status"] for r in reports[:2]] == ["ok", "ok"]
    assert reports[0]["links"][0]["notes"] == [1]
    assert "not a Word .docx file" in reports[2]["error"]
    assert "c.docx': not a Word .docx file (skipped)" in result.stderr
