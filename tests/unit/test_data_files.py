"""A broken data file is reported where it is broken, and does not flood every guideline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ehealthsec.cli import main

REPO = Path(__file__).resolve().parents[2]
GUIDELINE = "guidelines/people/hsg-iam-001-identity-and-access-for-clinical-staff.md"


def test_bad_vocabulary_entry_is_reported_at_its_key_even_for_named_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO / "guidelines", tmp_path / "guidelines")
    with (tmp_path / "guidelines" / "audiences.yml").open("a", encoding="utf-8") as data:
        data.write("Bad Key:\n  label: Bad\n  description: An entry whose key breaks the rule.\n")
    code = main(["--root", str(tmp_path), "validate", str(tmp_path / GUIDELINE)])
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "guidelines/audiences.yml:27:1: error: Bad Key: 'Bad Key' is not valid: expected a "
        "lower-case key with hyphens, like security-teams, other than 'index' (the address of "
        "the index page) [pattern]"
    ) in out
    assert "is not an audience" not in out  # an unloaded vocabulary checks nothing
