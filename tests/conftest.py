"""Shared test options: `pytest --update-golden` rewrites the golden reports."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/*.report.json and refs/*.bib from the current code.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def char_device(tmp_path):
    """A character device to write to: a private null device made in TMP_PATH when allowed.

    Never the system's /dev/null for root: should a regression replace the device with a
    file, only the private node is lost. A user who is not root cannot replace /dev/null.
    """
    import os
    import stat

    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        if os.geteuid() == 0:
            pytest.skip("cannot make a private device node, and /dev/null is not at risk")
        return "/dev/null"
    return str(node)
