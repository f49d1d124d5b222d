"""refs/*.bib is what citekit makes from seeds/*.txt today (the README's first command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import bibout, pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_every_seed_has_its_bib() -> None:
    assert SEEDS, "seeds/ holds the sample documents"
    missing = [s.stem for s in SEEDS if not (ROOT / "refs" / f"{s.stem}.bib").exists()]
    assert not missing, f"refs/ lacks {missing}: run the README's first command"


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_refs_are_current(seed: Path, update_golden: bool) -> None:
    fresh = bibout.dumps(pipeline.extract(seed))
    stored = ROOT / "refs" / f"{seed.stem}.bib"
    if update_golden:
        stored.write_text(fresh, encoding="utf-8")
    assert stored.read_text(encoding="utf-8") == fresh, (
        f"refs/{stored.name} is stale: run the README's first command (or pytest --update-golden)"
    )
