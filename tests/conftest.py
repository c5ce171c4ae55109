"""Shared fixtures: a throwaway repository root holding the real vocabularies,
a builder for guideline text, and the `guidelines` command run in-process."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from ehealthsec.cli import main
from ehealthsec.read.vocabulary import DATA_FILES

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-29"  # every expectation is written for this day

# The fields of a valid published guideline, as YAML text, in file order.
VALID_FIELDS: dict[str, str] = {
    "id": "HSG-TEST-001",
    "title": "A guideline written for the tests",
    "summary": "One short sentence that says what the guideline is for.",
    "type": "guideline",
    "status": "published",
    "version": "1.0.0",
    "published": "2026-03-02",
    "updated": "2026-09-14",
    "review_by": "2027-09-14",
    "owner": "Test Editorial Board",
    "audience": "[security-teams]",
    "topics": "[governance]",
}

_ID_LINE = re.compile(rb"(?:^|[\r\n])id: [\"']?(HSG-[A-Z0-9]+-[0-9]+)[\"']?[ \t]*(?=[\r\n])")


def published_name(case_file: Path) -> str:
    """The name the case has in the corpus: `<id in lower case>-<case name>.md`,
    as the naming rule asks, when the case has an id to take it from."""
    found = _ID_LINE.search(case_file.read_bytes())
    prefix = found.group(1).decode().lower() + "-" if found else ""
    return prefix + case_file.name


MakeRoot = Callable[[Mapping[str, str | bytes]], Path]
Guideline = Callable[..., str]


@dataclass(frozen=True)
class Run:
    """What one run of the command left behind."""

    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


def render_guideline(body: str = "## Scope\n\nText.\n", **fields: str | None) -> str:
    """A guideline file: VALID_FIELDS with `fields` replacing (None drops) or adding."""
    merged: dict[str, str | None] = {**VALID_FIELDS, **fields}
    lines = [f"{key}: {value}" for key, value in merged.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


@pytest.fixture
def guideline() -> Guideline:
    return render_guideline


def copy_data_files(root: Path) -> None:
    folder = root / "guidelines"
    folder.mkdir(parents=True, exist_ok=True)
    for name in DATA_FILES:
        shutil.copyfile(REPO / "guidelines" / name, folder / name)


@pytest.fixture
def make_root(tmp_path: Path) -> MakeRoot:
    """`make_root({"area/a.md": text})`: a repository root with those files under
    guidelines/. Calling it again in a test adds files to the same root."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        root = tmp_path / "repo"
        copy_data_files(root)
        for relative, content in files.items():
            path = root / "guidelines" / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return root

    return make


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run `guidelines ARGS...` in this process and capture what it printed."""

    def run(*args: str | Path) -> Run:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def validate(run_cli: RunCli) -> Callable[..., Run]:
    """`validate(root, *more)`: `guidelines --root ROOT validate --today TODAY *more`."""

    def run(root: Path, *more: str | Path) -> Run:
        return run_cli("--root", root, "validate", "--today", TODAY, *more)

    return run
