"""A short form's name in an earlier note answers it only where that note is no repeat of the
same short form (citekit.shortnamed)."""

from pathlib import Path

from citekit import extract

NOTES = [
    "Cfr. R. Belli, *Giovanni Sarti*, cit., pp. 12 e 19.",
    "Sul tema, M. Conti, *Il teatro di Torino* (Torino, 1988), p. 4.",
    "Cfr. R. Belli, *Giovanni Sarti*, cit., p. 30.",
]


def test_each_repeat_of_a_short_form_cited_nowhere_in_full_is_reported(tmp_path: Path) -> None:
    body = " ".join(f"Testo.[^{n}]" for n in range(1, len(NOTES) + 1))
    notes = "\n".join(f"[^{n}]: {text}" for n, text in enumerate(NOTES, start=1))
    path = tmp_path / "saggio.md"
    path.write_text(f"{body}\n\n{notes}\n", encoding="utf-8")
    found = {(d.note, str(d.code)) for d in extract(path).diagnostics}
    assert {(1, "short-without-full"), (3, "short-without-full")} <= found
