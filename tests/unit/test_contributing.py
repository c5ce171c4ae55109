"""CONTRIBUTING.md and the site's contributing page say the same, and what they say works."""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ROOT_GUIDE = REPO / "CONTRIBUTING.md"
SITE_GUIDE = REPO / "docs" / "contributing.md"

Run = Callable[..., Any]


def sections(path: Path) -> dict[str, str]:
    """Each `## ` section's text, by heading."""
    text = path.read_text("utf-8")
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {heading: body.strip() for heading, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_the_site_page_has_every_section_of_contributing_md() -> None:
    root, site = sections(ROOT_GUIDE), sections(SITE_GUIDE)
    assert list(root) == [
        "Propose or correct guidance",
        "Set up",
        "Start a new guideline",
        "Check your work",
        "Preview",
        "Writing rules",
        "Open a pull request",
        "Review process",
    ]
    assert list(site) == list(root)
    for heading, text in root.items():
        assert site[heading] == text, f"'{heading}' differs between the two guides"


def test_writing_rules_say_what_reviewers_check() -> None:
    rules = sections(ROOT_GUIDE)["Writing rules"]
    for words in ("one action", "article", "own words"):
        assert words in rules


def _commands(section: str, program: str) -> list[list[str]]:
    text = sections(ROOT_GUIDE)[section]
    lines = [line.split("  #")[0] for line in text.splitlines() if line.startswith(program + " ")]
    return [shlex.split(line)[1:] for line in lines]


def test_the_guide_s_new_command_writes_a_draft_that_validates(
    tmp_path: Path, run_cli: Run
) -> None:
    shutil.copytree(REPO / "guidelines", tmp_path / "guidelines")
    (args,) = _commands("Start a new guideline", "guidelines")
    created = run_cli("--root", tmp_path, *args)
    assert created.code == 0, created.err
    assert "HSG-RANS-002" in created.out  # the id the guide says it gets
    (path,) = (tmp_path / "guidelines" / "resilience").glob("hsg-rans-002-*.md")
    assert run_cli("--root", tmp_path, "validate", path).code == 0
    assert run_cli("--root", tmp_path, "validate", "--strict", path).code == 1  # TODO: left


def test_the_guide_s_check_commands_run(run_cli: Run, monkeypatch: Any) -> None:
    monkeypatch.chdir(REPO)
    commands = _commands("Check your work", "guidelines")
    assert len(commands) == 4
    for args in commands:
        args = [str(p) for a in args for p in (sorted(REPO.glob(a)) if "*" in a else [a])]
        result = run_cli(*args)
        assert result.code == 0, (args, result.out, result.err)
