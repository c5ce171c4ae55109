"""The slips a new contributor makes in the real corpus give one error, at the cause."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ehealthsec.read.document import recover_id

REPO = Path(__file__).resolve().parents[2]
RANSOMWARE = "guidelines/resilience/hsg-rans-001-preparing-for-ransomware.md"


def _newest_update() -> str:
    """The day the real corpus last changed. Validated on that day, no date in
    it is in the future and no review is overdue yet, so these tests see only
    the slip they make, whenever they run and however the guidance changes."""
    texts = "\n".join(p.read_text("utf-8") for p in (REPO / "guidelines").rglob("*.md"))
    return max(re.findall(r"^updated: (\d{4}-\d\d-\d\d)$", texts, re.MULTILINE))


TODAY = _newest_update()

Run = Callable[..., Any]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "guidelines", tmp_path / "guidelines")
    return tmp_path


def _edit_line(path: Path, number: int, edit: Callable[[str], str]) -> None:
    lines = path.read_text("utf-8").split("\n")
    lines[number - 1] = edit(lines[number - 1])
    path.write_text("\n".join(lines), "utf-8")


@pytest.mark.parametrize("quote", ['"', "'"])
def test_unclosed_quote_in_a_linked_guideline(quote: str, corpus: Path, run_cli: Run) -> None:
    # Four other guidelines link to HSG-RANS-001; none of them is reported.
    target = corpus / RANSOMWARE
    assert target.read_text("utf-8").split("\n")[2].startswith("title: ")
    _edit_line(target, 3, lambda line: line.replace("title: ", "title: " + quote, 1))
    result = run_cli("--root", corpus, "validate", "--today", TODAY)
    lines = result.out.splitlines()
    assert lines[0].startswith(
        f"{RANSOMWARE}:3:8: error: -: YAML syntax error: the quoted value that starts here "
        "has no closing quote"
    )
    files = len(list(corpus.glob("guidelines/*/*.md")))
    assert lines[1:] == [f"{files} files, 1 error, 0 warnings"]
    assert result.code == 1


def test_status_typo_in_a_new_draft(corpus: Path, run_cli: Run) -> None:
    draft = corpus / "guidelines/resilience/hsg-rans-002-draft.md"
    text = (corpus / RANSOMWARE).read_text("utf-8")
    text = text.replace("id: HSG-RANS-001", "id: HSG-RANS-002").replace(
        "status: published", "status: publishd"
    )
    for field in ("published", "updated", "review_by"):  # a new draft has no dates yet
        text = "\n".join(line for line in text.split("\n") if not line.startswith(field + ":"))
    draft.write_text(text, "utf-8")
    result = run_cli("--root", corpus, "validate", "--today", TODAY, draft)
    assert result.out == (
        "guidelines/resilience/hsg-rans-002-draft.md:6:9: error: status: 'publishd' is not "
        "allowed: did you mean 'published'? expected one of: draft, published, deprecated, "
        "withdrawn [enum]\n1 file, 1 error, 0 warnings\n"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("id: HSG-A-001\n", "HSG-A-001"),
        ("# c\nid: 'HSG-A-001'  # the first\ntitle: x\n", "HSG-A-001"),
        ('id: "HSG-A-001"\n', "HSG-A-001"),
        ("id: hsg-a-001\n", None),  # not an id: nothing to recover
        ("{id: HSG-A-001}\n", None),
        ("  id: HSG-A-001\n", None),  # nested: not the guideline's id
        ("id: HSG-A-001 extra\n", None),
    ],
)
def test_recover_id(text: str, found: str | None) -> None:
    assert recover_id(text) == found
