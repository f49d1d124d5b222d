"""trust.txt's thresholds, and another trust file named for a benchmark (CITEKIT_LABEL_TRUST)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.label import trust as trust_module

OTHER = """# field  fill  replace  entry  vote
address    0.70  -     -     0.99
"""


@pytest.fixture
def fresh_trust():
    trust_module.trust.cache_clear()
    yield trust_module
    trust_module.trust.cache_clear()


def test_the_package_trust_file_is_read_by_default(fresh_trust, monkeypatch) -> None:
    monkeypatch.delenv(trust_module.TRUST_SETTING, raising=False)
    limits = fresh_trust.trust()
    assert "address" in limits
    assert limits["address"].fill is not None


def test_a_named_trust_file_replaces_the_package_one(
    fresh_trust, monkeypatch, tmp_path: Path
) -> None:
    other = tmp_path / "trust.txt"
    other.write_text(OTHER, encoding="utf-8")
    monkeypatch.setenv(trust_module.TRUST_SETTING, str(other))
    limits = fresh_trust.trust()
    assert set(limits) == {"address"}
    assert limits["address"] == trust_module.Trust(0.70, None, None, 0.99)
