"""`guidelines new`: a draft that validates as written, whose placeholders `--strict`
refuses; the id chosen from the area's series; values checked with a suggestion."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from ehealthsec.scaffold import next_id, series_of, slugify

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Guideline = Callable[..., str]
Run = Callable[..., Any]

CONSOLE_SCRIPT = Path(sys.executable).with_name("guidelines")
TITLE = "Testing restores of clinical systems"
TODAY = date.today()  # the scaffold dates the draft today, as a contributor would see it


@pytest.fixture
def root(make_root: MakeRoot, guideline: Guideline) -> Path:
    return make_root(
        {
            "resilience/hsg-back-001-backups.md": guideline(id="HSG-BACK-001"),
            "resilience/hsg-back-004-restores.md": guideline(id="HSG-BACK-004"),
            "governance/hsg-gov-001-boards.md": guideline(id="HSG-GOV-001"),
            "governance/hsg-risk-001-risks.md": guideline(id="HSG-RISK-001"),
        }
    )


def front_matter(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8").split("---\n")[1])
    return data


def new(run_cli: Run, root: Path, *args: str) -> Any:
    return run_cli("--root", root, "new", *args)


def test_without_id_takes_the_next_of_the_area_series(root: Path, run_cli: Run) -> None:
    created = new(run_cli, root, "--area", "resilience", "--title", TITLE)
    assert created.err == ""
    assert created.code == 0
    name = "guidelines/resilience/hsg-back-005-testing-restores-of-clinical-systems.md"
    assert created.out.splitlines()[0] == f"created {name} (HSG-BACK-005, a draft)"
    data = front_matter(root / name)
    assert (data["id"], data["title"], data["status"]) == ("HSG-BACK-005", TITLE, "draft")
    assert data["updated"] == TODAY
    assert data["review_by"] > TODAY
    assert "published" not in data  # set on the day it is published


def test_draft_validates_but_strict_refuses_its_placeholders(root: Path, run_cli: Run) -> None:
    new(run_cli, root, "--area", "resilience", "--title", TITLE, "--id", "HSG-REST-001")
    path = next((root / "guidelines/resilience").glob("hsg-rest-001-*.md"))
    normal = run_cli("--root", root, "validate", path)
    assert normal.code == 0
    assert ": error: " not in normal.out
    warnings = [line for line in normal.out.splitlines() if ": warning: " in line]
    assert len(warnings) >= 6
    assert all(line.endswith("[placeholder]") for line in warnings)
    fields = {line.split(": ")[2] for line in warnings}
    assert {"summary", "practices[0].text", "body", "audience", "topics", "references"} <= fields

    strict = run_cli("--root", root, "validate", "--strict", path)
    assert strict.code == 1
    assert strict.out.endswith(f"1 file, {len(warnings)} errors, 0 warnings\n")


def test_strict_passes_once_every_placeholder_is_replaced(root: Path, run_cli: Run) -> None:
    new(
        run_cli, root, "--area", "resilience", "--title", TITLE, "--id", "HSG-REST-001",
        "--audience", "it-operations", "--topic", "backup-recovery",
    )  # fmt: skip
    path = next((root / "guidelines/resilience").glob("hsg-rest-001-*.md"))
    text = path.read_text("utf-8")
    text = text.replace("  # TODO: cite each source", "  # cite each source")
    text = text.replace('"TODO: ', '"Written: ').replace("TODO: ", "Written text: ")
    path.write_text(text, "utf-8")
    result = run_cli("--root", root, "validate", "--strict", path)
    assert result.out == "1 file, 0 errors, 0 warnings\n"


def test_audience_topic_and_type_given(root: Path, run_cli: Run) -> None:
    result = new(
        run_cli, root, "--area", "governance", "--series", "HSG-GOV", "--title", TITLE,
        "--type", "good-practice", "--audience", "management,security-teams",
        "--audience", "management", "--topic", "governance", "--topic", "risk-management",
    )  # fmt: skip
    assert result.code == 0
    data = front_matter(next((root / "guidelines/governance").glob("hsg-gov-002-*.md")))
    assert data["audience"] == ["management", "security-teams"]
    assert data["topics"] == ["governance", "risk-management"]
    assert data["type"] == "good-practice"


def test_quoted_title_survives(root: Path, run_cli: Run) -> None:
    title = 'The "quoted" title: with a colon \\ and a backslash'
    assert new(run_cli, root, "--area", "resilience", "--title", title).code == 0
    data = front_matter(next((root / "guidelines/resilience").glob("hsg-back-005-*.md")))
    assert data["title"] == title


def test_new_area_only_when_asked(root: Path, run_cli: Run) -> None:
    args = ("--area", "telemetry", "--title", TITLE, "--series", "HSG-TEL")
    refused = new(run_cli, root, *args)
    assert refused.code == 2
    assert not (root / "guidelines/telemetry").exists()
    created = new(run_cli, root, *args, "--new-area")
    assert created.code == 0
    assert front_matter(next((root / "guidelines/telemetry").glob("*.md")))["id"] == "HSG-TEL-001"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--area", "resilence", "--title", TITLE],
            "there is no area 'resilence' under guidelines/: did you mean 'resilience'? "
            "areas: governance, resilience; to start a new area, add --new-area",
        ),
        (
            ["--area", "resilience", "--title", TITLE, "--audience", "managment"],
            "'managment' is not an audience: did you mean 'management'? known: management,",
        ),
        (
            ["--area", "resilience", "--title", TITLE, "--topic", "ransomwre"],
            "'ransomwre' is not a topic: did you mean 'ransomware'? known: governance,",
        ),
        (
            ["--area", "resilience", "--title", TITLE, "--type", "good-practise"],
            "'good-practise' is not a type: did you mean 'good-practice'? expected one of:",
        ),
        (
            ["--area", "governance", "--title", TITLE],
            "area 'governance' holds the series HSG-GOV, HSG-RISK: choose one with --series, "
            "or give the id with --id",
        ),
        (["--area", "resilience", "--title", TITLE, "--id", "hsg-back-9"], "is not a valid id"),
        (["--area", "resilience", "--title", "Too short"], "the title is 9 characters"),
        (["--area", "Bad_Area", "--title", TITLE, "--new-area"], "not a valid area"),
        (["--area", "../escape", "--title", TITLE, "--new-area"], "not a valid area"),
        (["--area", "x", "--new-area", "--title", TITLE, "--series", "hsg"], "not a valid series"),
        (["--title", TITLE], "--area is missing: name a folder under guidelines/"),
        (["--area", "resilience"], "--title is missing"),
    ],
)
def test_refuses_with_a_message(args: list[str], message: str, root: Path, run_cli: Run) -> None:
    before = sorted((root / "guidelines").rglob("*"))
    result = new(run_cli, root, *args)
    assert result.code == 2
    assert result.err.startswith("guidelines: error: ")
    assert message in result.err
    assert "Traceback" not in result.err
    assert sorted((root / "guidelines").rglob("*")) == before


@pytest.mark.parametrize(
    "written", ["HSG-BACK-001", '"HSG-BACK-001"', "'HSG-BACK-001'", "HSG-BACK-001  # the first"]
)
def test_ids_in_use_however_written(
    written: str, make_root: MakeRoot, guideline: Guideline, run_cli: Run
) -> None:
    root = make_root({"resilience/old.md": guideline(id=written)})
    before = sorted((root / "guidelines").rglob("*"))
    refused = new(run_cli, root, "--area", "resilience", "--title", TITLE, "--id", "HSG-BACK-001")
    assert refused.code == 1  # well formed, but refused
    assert refused.err == (
        "guidelines: refused: id 'HSG-BACK-001' is already used; ids are never reused\n"
    )
    assert sorted((root / "guidelines").rglob("*")) == before
    created = new(run_cli, root, "--area", "resilience", "--title", TITLE)
    assert "(HSG-BACK-002, a draft)" in created.out


def test_numbers_count_over_the_whole_corpus(
    make_root: MakeRoot, guideline: Guideline, run_cli: Run
) -> None:
    # An HSG-BACK guideline filed elsewhere still holds its number.
    root = make_root(
        {
            "resilience/a.md": guideline(id="HSG-BACK-001"),
            "governance/b.md": guideline(id="HSG-BACK-002"),
        }
    )
    assert (
        "(HSG-BACK-003, a draft)"
        in new(run_cli, root, "--area", "resilience", "--title", TITLE).out
    )


@pytest.mark.parametrize(
    ("series", "used", "expected"),
    [
        ("HSG-BACK", [], "HSG-BACK-001"),
        ("HSG-BACK", ["HSG-BACK-001", "HSG-BACK-009", "HSG-BCM-020"], "HSG-BACK-010"),
        ("HSG-BACK", ["HSG-BACK-0042"], "HSG-BACK-0043"),
        ("HSG", ["HSG-BACK-001"], "HSG-001"),
    ],
)
def test_next_id(series: str, used: list[str], expected: str) -> None:
    assert next_id(series, used) == expected


def test_series_of() -> None:
    assert series_of("HSG-RANS-001") == "HSG-RANS"
    assert series_of("HSG-RANS") is None


# --- asking in a terminal, and not asking elsewhere -----------------------------------


def test_not_a_terminal_says_what_is_missing(root: Path) -> None:
    result = subprocess.run(
        [CONSOLE_SCRIPT, "--root", root, "new", "--area", "resilience"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("guidelines: error: --title is missing")
    assert result.stdout == ""


def _converse(root: Path, answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `guidelines new` with a terminal as stdin, answering each question in turn."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [CONSOLE_SCRIPT, "--root", root, "new"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        close_fds=True,
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # the terminal closes when the command ends
                    break
                if not chunk:
                    break
                seen += chunk
                if seen.rstrip().endswith(b":") and answers:
                    os.write(leader, answers.pop(0).encode() + b"\n")
            elif process.poll() is not None:
                break
        return process.wait(timeout=10), seen.decode("utf-8", errors="replace")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)


def test_terminal_asks_for_what_is_missing(root: Path) -> None:
    code, seen = _converse(
        root,
        [
            "resilence",
            "governance",
            "Short",
            TITLE,
            "managment",
            "management",
            "ransomware",
            "HSG-REST",
        ],
    )
    assert code == 0, seen
    assert "did you mean 'resilience'?" in seen  # asked again after the typo
    assert "the title is 5 characters" in seen
    assert "did you mean 'management'?" in seen
    assert "Id series (HSG-GOV, HSG-RISK): " in seen  # the area holds two
    data = front_matter(next((root / "guidelines/governance").glob("hsg-rest-001-*.md")))
    assert (data["title"], data["audience"], data["topics"]) == (
        TITLE,
        ["management"],
        ["ransomware"],
    )


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


def test_never_writes_over_a_file(root: Path, run_cli: Run) -> None:
    taken = root / "guidelines/resilience/hsg-rest-001-testing-restores-of-clinical-systems.md"
    taken.write_text("Notes without front matter.\n", "utf-8")
    result = new(run_cli, root, "--area", "resilience", "--title", TITLE, "--id", "HSG-REST-001")
    assert result.code == 1
    assert result.err == (
        "guidelines: refused: guidelines/resilience/"
        "hsg-rest-001-testing-restores-of-clinical-systems.md already exists\n"
    )
    assert taken.read_text("utf-8") == "Notes without front matter.\n"
