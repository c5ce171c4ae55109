"""`guidelines review`: reviews falling due, soonest first, with a fixed clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Guideline = Callable[..., str]
Run = Callable[..., Any]

TODAY = "2026-11-29"
DRAFT = {"status": "draft", "published": None, "updated": None}


@pytest.fixture
def corpus(make_root: MakeRoot, guideline: Guideline) -> Path:
    return make_root(
        {
            "a/fresh.md": guideline(id="HSG-FRESH-001", review_by="2027-09-14"),
            "a/soon.md": guideline(id="HSG-SOON-001", review_by="2027-01-10", owner="Ward IT"),
            "a/late.md": guideline(id="HSG-LATE-001", review_by="2026-11-20"),
            "b/today.md": guideline(id="HSG-TODAY-001", review_by=TODAY),
            "b/draft.md": guideline(id="HSG-DRAFT-001", review_by="2026-12-01", **DRAFT),
        }
    )


def review(run_cli: Run, root: Path, *more: str) -> Any:
    return run_cli("--root", root, "review", "--today", TODAY, *more)


def test_text_lists_due_and_overdue_soonest_first(corpus: Path, run_cli: Run) -> None:
    result = review(run_cli, corpus)
    assert result.code == 0
    assert result.out == (
        "2026-11-20  overdue by 9 days   HSG-LATE-001  A guideline written for the tests "
        "(owner: Test Editorial Board; guidelines/a/late.md)\n"
        "2026-11-29  due today           HSG-TODAY-001  A guideline written for the tests "
        "(owner: Test Editorial Board; guidelines/b/today.md)\n"
        "2027-01-10  due in 42 days      HSG-SOON-001  A guideline written for the tests "
        "(owner: Ward IT; guidelines/a/soon.md)\n"
        "3 guidelines to review within 60 days, 1 overdue\n"
    )
    assert "HSG-FRESH-001" not in result.out  # due in ten months
    assert "HSG-DRAFT-001" not in result.out  # drafts are not reviewed


def test_days_narrows_the_window(corpus: Path, run_cli: Run) -> None:
    result = review(run_cli, corpus, "--days", "0")
    assert [line.split()[0] for line in result.out.splitlines()[:-1]] == [
        "2026-11-20",
        "2026-11-29",
    ]
    assert result.out.endswith("2 guidelines to review within 0 days, 1 overdue\n")
    wide = review(run_cli, corpus, "--days", "365")
    assert "HSG-FRESH-001" in wide.out


def test_json(corpus: Path, run_cli: Run) -> None:
    result = review(run_cli, corpus, "--format", "json")
    assert result.code == 0
    document = json.loads(result.out)
    assert (document["today"], document["days"], document["overdue"]) == (TODAY, 60, 1)
    assert [item["id"] for item in document["due"]] == [
        "HSG-LATE-001",
        "HSG-TODAY-001",
        "HSG-SOON-001",
    ]
    assert document["due"][2] == {
        "id": "HSG-SOON-001",
        "title": "A guideline written for the tests",
        "owner": "Ward IT",
        "review_by": "2027-01-10",
        "days_left": 42,
        "overdue": False,
        "path": "guidelines/a/soon.md",
    }
    assert document["due"][0]["days_left"] == -9
    assert document["due"][0]["overdue"] is True


def test_fail_overdue(corpus: Path, run_cli: Run) -> None:
    assert review(run_cli, corpus, "--fail-overdue").code == 1
    (corpus / "guidelines/a/late.md").unlink()
    assert review(run_cli, corpus, "--fail-overdue").code == 0  # due today is not overdue


def test_nothing_due(make_root: MakeRoot, guideline: Guideline, run_cli: Run) -> None:
    root = make_root({"fresh.md": guideline()})
    result = review(run_cli, root, "--fail-overdue")
    assert (result.code, result.out) == (0, "no guideline to review within 60 days\n")
    assert json.loads(review(run_cli, root, "--format", "json").out)["due"] == []


def test_files_with_errors_are_named_on_stderr(
    corpus: Path, guideline: Guideline, run_cli: Run
) -> None:
    (corpus / "guidelines/b/broken.md").write_text(guideline(id="HSG-X-001", type="guidline"))
    result = review(run_cli, corpus)
    assert result.code == 0
    assert "some files have errors and are not listed" in result.err
