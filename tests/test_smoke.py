"""The package imports and the command line answers."""

from typer.testing import CliRunner

from citekit.cli import app


def test_help_lists_commands():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    assert "extract" in result.output
