"""`guidelines new`: a scaffold that validates as it is, and never reuses an id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from ehealthsec.scaffold import slugify

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Guideline = Callable[..., str]
Run = Callable[..., Any]


@pytest.fixture
def root(make_root: MakeRoot, guideline: Guideline) -> Path:
    return make_root({"resilience/hsg-back-001-backups.md": guideline(id="HSG-BACK-001")})


def test_new_guideline_validates_as_created(root: Path, run_cli: Run) -> None:
    created = run_cli(
        "--root", root, "new", "HSG-BACK-002", "Testing restores of clinical systems",
        "--area", "resilience",
    )  # fmt: skip
    assert created.code == 0
    assert created.out == (
        "created guidelines/resilience/hsg-back-002-testing-restores-of-clinical-systems.md\n"
    )
    path = root / "guidelines/resilience/hsg-back-002-testing-restores-of-clinical-systems.md"
    front_matter = yaml.safe_load(path.read_text("utf-8").split("---\n")[1])
    assert front_matter["id"] == "HSG-BACK-002"
    assert front_matter["title"] == "Testing restores of clinical systems"
    assert front_matter["status"] == "draft"

    validated = run_cli("--root", root, "validate", "--strict")
    assert validated.out == "2 files, 0 errors, 0 warnings\n"
    assert validated.code == 0


def test_new_good_practice_in_a_new_area(root: Path, run_cli: Run) -> None:
    title = 'The "quoted" title: with a colon \\ and a backslash'
    result = run_cli(
        "--root", root, "new", "HSG-NEW-001", title, "--area", "new-area", "--type", "good-practice"
    )
    assert result.code == 0
    (path,) = (root / "guidelines" / "new-area").glob("*.md")
    front_matter = yaml.safe_load(path.read_text("utf-8").split("---\n")[1])
    assert front_matter["title"] == title
    assert front_matter["type"] == "good-practice"
    assert run_cli("--root", root, "validate", "--strict", path).code == 0


@pytest.mark.parametrize(
    "written", ["HSG-BACK-001", '"HSG-BACK-001"', "'HSG-BACK-001'", "HSG-BACK-001  # the first"]
)
def test_refuses_an_id_in_use(
    written: str, make_root: MakeRoot, guideline: Guideline, run_cli: Run
) -> None:
    root = make_root({"resilience/old.md": guideline(id=written)})
    before = sorted((root / "guidelines").rglob("*.md"))
    result = run_cli(
        "--root", root, "new", "HSG-BACK-001", "Backups that survive an attack", "--area", "x"
    )
    assert result.code == 2
    assert (
        result.err == "guidelines: error: id 'HSG-BACK-001' is already used; ids are never reused\n"
    )
    assert sorted((root / "guidelines").rglob("*.md")) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["hsg-back-002", "A long enough title", "--area", "x"],
            "'hsg-back-002' is not a valid id",
        ),
        (["HSG-BACK-002", "Too short", "--area", "x"], "the title is 9 characters"),
        (["HSG-BACK-002", "A long enough title", "--area", "Bad_Area"], "not a valid area"),
        (["HSG-BACK-002", "A long enough title", "--area", "../escape"], "not a valid area"),
    ],
)
def test_refuses_bad_arguments(args: list[str], words: str, root: Path, run_cli: Run) -> None:
    result = run_cli("--root", root, "new", *args)
    assert result.code == 2
    assert words in result.err
    assert "Traceback" not in result.err
    assert len(list((root / "guidelines").rglob("*.md"))) == 1


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Preparing a hospital for ransomware", "preparing-a-hospital-for-ransomware"),
        ("NIS2: Art. 21(2)(c) — backups!", "nis2-art-21-2-c-backups"),
        (
            "one two three four five six seven eight nine ten",
            "one-two-three-four-five-six-seven-eight",
        ),
        ("¿¡…!?", "guideline"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
