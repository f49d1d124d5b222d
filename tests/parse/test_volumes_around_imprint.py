"""Volumes of multi-volume works around the imprint: a volume named before the imprint is the
work's `volume`; one named after it is part of the pinpoint; the years over which the volumes
appeared are the year, whatever stands between them and the publisher."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full


@pytest.mark.parametrize(
    ("text", "volume", "locator"),
    [
        (
            "Ann Brook, *A Commentary on Polybius*, vol. 2 (Oxford: Clarendon Press, 1988), 41–45",
            "2",
            "41–45",
        ),
        ("Ann Brook, *Collected Letters*, vol. 3 (London: Faber, 1990)", "3", None),
        ("J. Lopes, *Obras*, vol. II, Lisboa, Imprensa Nacional, 1951, p. 75", "II", "p. 75"),
        ("K. Weber, *Geschichte der Stadt*, Bd. 4, München: Beck 1977, S. 12", "4", "S. 12"),
    ],
)
def test_a_volume_before_the_imprint_is_the_works_volume(
    text: str, volume: str, locator: str | None
) -> None:
    parsed = parse_full(text)
    assert parsed.fields.get("volume") == volume
    assert parsed.locator == locator


@pytest.mark.parametrize(
    ("text", "year", "locator"),
    [
        (
            "Marcel Roux, *Œuvres*, Paris, Gallimard, coll. « Bibliothèque de la Pléiade »,"
            " 1971-1988, t. II, p. 65",
            "1971–1988",
            "t. II, p. 65",
        ),
        (
            "Marcel Roux, *Œuvres*, Paris, Gallimard, 9 vol., 1971-1988, t. II, p. 65",
            "1971–1988",
            "t. II, p. 65",
        ),
    ],
)
def test_the_volumes_years_after_a_series_or_a_count(text: str, year: str, locator: str) -> None:
    parsed = parse_full(text)
    assert (parsed.fields.get("year"), parsed.fields.get("address")) == (year, "Paris")
    assert parsed.fields.get("publisher") == "Gallimard"
    assert parsed.locator == locator


@pytest.mark.parametrize(
    ("text", "year", "locator"),
    [
        ("P. de Wit, *Archief*, 5 dln. (Leiden 1880-1891) II, 15-42", "1880–1891", "II, 15-42"),
        ("P. de Wit, *Bronnen*, 3 dln. ('s-Gravenhage 1915-1922) I, 7", "1915–1922", "I, 7"),
    ],
)
def test_a_dutch_imprint_with_the_volumes_years_then_volume_and_page(
    text: str, year: str, locator: str
) -> None:
    parsed = parse_full(text)
    assert parsed.fields.get("year") == year
    assert "address" in parsed.fields
    assert "publisher" not in parsed.fields
    assert parsed.locator == locator


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        ("A. Roe, *Index*, 4 vols (Toronto: University Press, 1966–89), I, xv–xxii", "I, xv–xxii"),
        ("A. Roe, *Works*, 9 vols. (Madison: Wisconsin Press, 1965–86), 8:xxi–xxv", "8:xxi–xxv"),
    ],
)
def test_a_volume_and_its_preface_pages_after_the_imprint(text: str, locator: str) -> None:
    assert parse_full(text).locator == locator
