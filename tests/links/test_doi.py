"""DOIs: syntax, normalisation, titles, and a fake doi.org / Crossref in their real JSON shapes."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citekit.links import doi
from citekit.links.model import LinkStatus
from tests.links.conftest import one

DOI = "10.1080/14682745.2017.1315923"
TITLE = "The Soviet Union and the Asian Cold War"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DOI, DOI),
        (f"doi:{DOI}", DOI),
        (f"DOI: {DOI}", DOI),
        (f"https://doi.org/{DOI}", DOI),
        (f"http://dx.doi.org/{DOI}", DOI),
        ("https://doi.org/10.1002%2Fpssc.201200953", "10.1002/pssc.201200953"),
        ("urn:doi:10.1000/182", "10.1000/182"),
    ],
    ids=["bare", "doi-colon", "DOI-space", "resolver", "dx", "percent-encoded", "urn"],
)
def test_normalise(text, expected):
    assert doi.normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        (DOI, True),
        ("10.1016/S0140-6736(20)30183-5", True),
        ("10.1000.10/123", True),
        ("10.12/abc", False),
        ("11.1000/abc", False),
        ("10.1000", False),
        ("10.1000/with space", False),
    ],
    ids=["ok", "parentheses", "sub-registrant", "short-prefix", "not-10", "no-suffix", "space"],
)
def test_problem(text, valid):
    assert (doi.problem(text) is None) is valid


@given(st.text())
@example("%0A")  # decoding bares a space that a second call would strip
@example("doi%3A10.1000/x")  # decoding bares a prefix
def test_normalise_is_idempotent(text):
    once = doi.normalise(text)
    assert doi.normalise(once) == once


@pytest.mark.parametrize(
    ("cited", "registered", "same"),
    [
        ("Unwanted Visionaries", ["Unwanted Visionaries: The Soviet Failure in Asia"], True),
        ("Unwanted Visionaries: The Soviet Failure in Asia", ["Unwanted Visionaries"], True),
        ("Interkit Story", ["The Interkit Story"], True),
        ("Les Misérables en Russie", ["Les miserables en russie"], True),
        ("How the mind hurts and heals the body", ["How the Mind Hurts and Heals the Body."], True),
        ("Deng Xiaoping's Long War", ["Deng Xiaoping’s Long War"], True),
        (
            "Quantum wells with different morphologies",
            ["<i>Quantum</i> wells with different morphologies"],
            True,
        ),
        ("The Soviet Union and the Asian Cold War", ["Photosynthesis in C4 plants"], False),
        ("War and Peace", ["War and Society"], False),
    ],
    ids=[
        "subtitle-missing",
        "subtitle-extra",
        "the-missing",
        "accents",
        "punctuation",
        "apostrophe",
        "markup",
        "other-work",
        "near-but-other",
    ],
)
def test_same_title(cited, registered, same):
    titles = doi.titles({"message": {"title": registered}})
    assert doi.same_title(cited, titles) is same


def test_titles_of_a_crossref_answer_include_subtitles():
    payload = {
        "status": "ok",
        "message-type": "work",
        "message": {"title": ["Unwanted Visionaries"], "subtitle": ["The Soviet Failure in Asia"]},
    }
    assert doi.titles(payload) == (
        "Unwanted Visionaries",
        "Unwanted Visionaries: The Soviet Failure in Asia",
    )


def test_titles_of_csl_json():
    assert doi.titles({"type": "article", "title": "A Title", "DOI": DOI}) == ("A Title",)


# --- a fake doi.org handle API and Crossref, answering as the real ones do -------------


def _handle_found(server, name=DOI):
    server.expect_request(f"/api/handles/{name}").respond_with_json(
        {
            "responseCode": 1,
            "handle": name,
            "values": [
                {
                    "index": 1,
                    "type": "URL",
                    "data": {
                        "format": "string",
                        "value": "https://www.tandfonline.com/doi/full/" + name,
                    },
                    "ttl": 86400,
                    "timestamp": "2017-05-02T10:00:00Z",
                }
            ],
        }
    )


def _crossref(server, title, subtitle=(), name=DOI):
    server.expect_request(f"/works/{name}").respond_with_json(
        {
            "status": "ok",
            "message-type": "work",
            "message-version": "1.0.0",
            "message": {
                "DOI": name.lower(),
                "type": "journal-article",
                "title": [title],
                "subtitle": list(subtitle),
                "publisher": "Informa UK Limited",
            },
        }
    )


def test_registered_doi_without_a_cited_title_is_ok(server, settings):
    _handle_found(server)
    result = one(settings, DOI)
    assert (result.status, result.detail) == (LinkStatus.OK, "registered")
    assert [r.path for r, _ in server.log] == [f"/api/handles/{DOI}"]


def test_unregistered_doi_is_dead(server, settings):
    server.expect_request("/api/handles/10.9999/nope").respond_with_json(
        {"responseCode": 100, "handle": "10.9999/nope"}, status=404
    )
    result = one(settings, "10.9999/nope")
    assert (result.status, result.detail, result.http_status) == (
        LinkStatus.DEAD,
        "DOI not registered",
        404,
    )


def test_handle_without_url_values_is_registered(server, settings):
    server.expect_request(f"/api/handles/{DOI}").respond_with_json(
        {"responseCode": 200, "handle": DOI}
    )
    assert one(settings, DOI).status is LinkStatus.OK


def test_cited_title_matching_crossref_is_ok(server, settings):
    _handle_found(server)
    _crossref(server, "The Soviet Union and the Asian Cold War", ["A Reassessment"])
    result = one(settings, DOI, title="Soviet Union and the Asian Cold War")
    assert (result.status, result.detail) == (LinkStatus.OK, "registered; title matches")


def test_doi_of_another_work_is_a_mismatch(server, settings):
    _handle_found(server)
    _crossref(server, "Photosynthesis in C4 plants")
    result = one(settings, DOI, title=TITLE)
    assert result.status is LinkStatus.MISMATCH
    assert "Photosynthesis in C4 plants" in result.detail


def test_non_crossref_doi_falls_back_to_content_negotiation(server, settings):
    name = "10.5281/zenodo.1234567"
    _handle_found(server, name)
    server.expect_request(f"/works/{name}").respond_with_data("Resource not found.", status=404)
    server.expect_request(
        f"/{name}", headers={"Accept": "application/vnd.citationstyles.csl+json"}
    ).respond_with_json({"type": "dataset", "DOI": name, "title": TITLE})
    result = one(settings, name, title=TITLE)
    assert (result.status, result.detail) == (LinkStatus.OK, "registered; title matches")


def test_metadata_unavailable_leaves_the_doi_registered(server, settings):
    _handle_found(server)
    server.expect_request(f"/works/{DOI}").respond_with_data("", status=400)
    result = one(settings, DOI, title=TITLE)
    assert result.status is LinkStatus.OK
    assert result.detail.startswith("registered; title not checked")


def test_mailto_goes_to_crossref(server, settings):
    from dataclasses import replace

    _handle_found(server)
    _crossref(server, TITLE)
    one(replace(settings, mailto="scholar@example.org"), DOI, title=TITLE)
    crossref = [r for r, _ in server.log if r.path.startswith("/works/")]
    assert crossref[0].args["mailto"] == "scholar@example.org"


def test_doi_org_refusing_connections_is_unreachable(settings):
    from dataclasses import replace

    from tests.links.conftest import CLOSED

    result = one(replace(settings, doi_api=CLOSED), DOI)
    assert result.status is LinkStatus.UNREACHABLE
    assert result.detail == "doi.org: connection refused"
