"""The public surface: exported names, documented settings, --help everywhere."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import sitroom
from sitroom.cli import main
from sitroom.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_exported_members_exist_and_are_listed():
    public = {n for n in dir(sitroom) if not n.startswith("_")}
    assert set(sitroom.__all__) <= public
    assert {"process", "open_store", "build", "Article", "Record"} <= set(sitroom.__all__)


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "settings.md").read_text()
    for s in SETTINGS:
        assert f"`{s.name}`" in doc and f"`{s.env}`" in doc, s.name


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and command.help.split()[0] in result.output, name
