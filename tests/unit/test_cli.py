"""The `guidelines validate` command: options, exit status, scope, and the real console script."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ehealthsec.cli
import pytest

from tests.conftest import published_name

CASES = Path(__file__).resolve().parents[1] / "cases"
TODAY = "2026-11-29"
CONSOLE_SCRIPT = Path(sys.executable).with_name("guidelines")

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Guideline = Callable[..., str]
Run = Callable[..., Any]

DRAFT = {"status": "draft", "published": None, "updated": None, "review_by": None}


@pytest.fixture
def corpus(make_root: MakeRoot, guideline: Guideline) -> Path:
    """Two guidelines that link to each other, and one with a broken field."""
    return make_root(
        {
            "a/hsg-a-001-a.md": guideline(id="HSG-A-001", related="[HSG-B-001]"),
            "b/hsg-b-001-b.md": guideline(id="HSG-B-001", related="[HSG-A-001]"),
            "b/hsg-c-001-broken.md": guideline(id="HSG-C-001", type="guidline"),
        }
    )


# --- usage errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["validate", "--bogus"], "unrecognized arguments: --bogus"),
        (["validate", "nope.md"], "nope.md: no such file or folder"),
        (["validate", "--format", "xml"], "invalid choice: 'xml'"),
        (["validate", "--today", "2026-13-01"], "argument --today"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: command"),
        (["new", "HSG-X-001"], "the following arguments are required"),
    ],
)
def test_usage_error_exits_2_with_a_message(
    args: list[str], words: str, corpus: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    result = run_cli("--root", corpus, *args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("guidelines: error: ")
    assert words in result.err
    assert "Traceback" not in result.err


def test_no_repository_found(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate")
    assert result.code == 2
    assert "no guidelines/ folder with audiences.yml found" in result.err
    assert "Traceback" not in result.err


def test_root_is_found_from_a_subfolder(
    corpus: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus / "guidelines" / "a")
    result = run_cli("validate", "--today", TODAY)
    assert result.code == 1
    assert result.out.startswith("guidelines/b/hsg-c-001-broken.md:5:7: error: type: 'guidline'")


def test_internal_fault_shows_traceback_and_exits_2(
    corpus: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the validator")

    monkeypatch.setattr(ehealthsec.cli, "validate_corpus", explode)
    result = run_cli("--root", corpus, "validate")
    assert result.code == 2
    assert "Traceback" in result.err
    assert "RuntimeError: a bug in the validator" in result.err
    assert "internal error" in result.err


# --- output formats -----------------------------------------------------------------


def test_text_format_reports_all_files(corpus: Path, validate: Run) -> None:
    result = validate(corpus)
    assert result.code == 1
    assert result.out == (
        "guidelines/b/hsg-c-001-broken.md:5:7: error: type: 'guidline' is not allowed: did you "
        "mean 'guideline'? expected one of: guideline, good-practice [enum]\n"
        "3 files, 1 error, 0 warnings\n"
    )


def test_json_format(corpus: Path, validate: Run) -> None:
    result = validate(corpus, "--format", "json")
    assert result.code == 1
    document = json.loads(result.out)
    assert (document["files"], document["errors"], document["warnings"]) == (3, 1, 0)
    (problem,) = document["problems"]
    assert problem["path"] == "guidelines/b/hsg-c-001-broken.md"
    assert (problem["line"], problem["column"], problem["rule"]) == (5, 7, "enum")
    assert problem["field"] == "type"


def test_github_format(corpus: Path, validate: Run) -> None:
    result = validate(corpus, "--format", "github")
    assert result.code == 1
    first, summary = result.out.rstrip("\n").split("\n")
    assert first.startswith(
        "::error file=guidelines/b/hsg-c-001-broken.md,line=5,col=7,title=type [enum]::'guidline' "
        "is not"
    )
    assert summary == "3 files, 1 error, 0 warnings"


def test_valid_corpus_exits_0_in_every_format(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root({"hsg-test-001-a.md": guideline()})
    for fmt in ("text", "json", "github"):
        result = validate(root, "--format", fmt)
        assert result.code == 0, fmt
        assert result.err == ""
    assert validate(root).out == "1 file, 0 errors, 0 warnings\n"


# --- strict and release ---------------------------------------------------------------


def test_strict_turns_warnings_into_errors(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root({"hsg-test-001-a.md": guideline(review_by="2026-11-01")})
    normal = validate(root)
    assert normal.code == 0
    assert ": warning: review_by: review overdue since 2026-11-01" in normal.out
    strict = validate(root, "--strict")
    assert strict.code == 1
    assert ": error: review_by: review overdue since 2026-11-01" in strict.out
    assert strict.out.endswith("1 file, 1 error, 0 warnings\n")


def test_release_leaves_broken_drafts_out(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root(
        {
            "hsg-a-001-a.md": guideline(id="HSG-A-001"),
            "hsg-d-001-draft.md": guideline(
                id="HSG-D-001", type="guidline", audience="[nobody]", **DRAFT
            ),
        }
    )
    normal = validate(root)
    assert normal.code == 1
    assert "guidelines/hsg-d-001-draft.md" in normal.out
    release = validate(root, "--release")
    assert release.out == "1 file, 0 errors, 0 warnings\n"
    assert release.code == 0


def test_release_fails_on_warnings_and_on_links_to_drafts(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root(
        {
            "hsg-a-001-a.md": guideline(
                id="HSG-A-001", related="[HSG-D-001]", review_by="2026-11-01"
            ),
            "hsg-d-001-draft.md": guideline(id="HSG-D-001", **DRAFT),
        }
    )
    assert validate(root).code == 0  # two warnings
    release = validate(root, "--release")
    assert release.code == 1
    assert release.out == (
        "guidelines/hsg-a-001-a.md:10:12: error: review_by: review overdue since 2026-11-01: "
        "review the guideline, then move review_by forward [review-overdue]\n"
        "guidelines/hsg-a-001-a.md:14:11: error: related[0]: no guideline has id 'HSG-D-001' "
        "[unknown-guideline]\n"
        "1 file, 2 errors, 0 warnings\n"
    )


# --- naming files and folders -----------------------------------------------------------


def test_named_file_resolves_links_against_the_whole_corpus(corpus: Path, validate: Run) -> None:
    result = validate(corpus, corpus / "guidelines" / "a" / "hsg-a-001-a.md")
    assert result.out == "1 file, 0 errors, 0 warnings\n"  # broken.md is not reported
    assert result.code == 0


def test_named_file_reports_only_its_own_problems(corpus: Path, validate: Run) -> None:
    result = validate(corpus, corpus / "guidelines" / "b" / "hsg-c-001-broken.md")
    assert result.code == 1
    assert result.out.count("guidelines/b/hsg-c-001-broken.md:") == 1
    assert result.out.endswith("1 file, 1 error, 0 warnings\n")


def test_named_file_still_gets_corpus_checks(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root(
        {
            "hsg-a-001-a.md": guideline(id="HSG-A-001", related="[HSG-A-002]"),
            "hsg-a-001-b.md": guideline(id="HSG-A-001"),
        }
    )
    result = validate(root, root / "guidelines" / "hsg-a-001-a.md")
    assert result.code == 1
    assert "[duplicate-id]" in result.out
    assert "[unknown-guideline]" in result.out
    *lines, summary = result.out.rstrip("\n").split("\n")
    assert all(line.startswith("guidelines/hsg-a-001-a.md:") for line in lines)
    assert summary == "1 file, 2 errors, 0 warnings"


def test_named_folder(corpus: Path, validate: Run) -> None:
    result = validate(corpus, corpus / "guidelines" / "a")
    assert result.out == "1 file, 0 errors, 0 warnings\n"
    result = validate(corpus, corpus / "guidelines" / "b")
    assert result.out.endswith("2 files, 1 error, 0 warnings\n")


def test_named_file_relative_to_the_working_folder(
    corpus: Path, validate: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus / "guidelines" / "b")
    result = validate(corpus, "hsg-c-001-broken.md")
    assert result.code == 1
    assert result.out.startswith("guidelines/b/hsg-c-001-broken.md:5:7:")


def test_file_outside_the_corpus_folder_gets_every_check(
    corpus: Path, guideline: Guideline, validate: Run
) -> None:
    outside = corpus / "new.md"
    outside.write_text(
        guideline(id="HSG-N-001", related="[HSG-A-001, HSG-Z-001]", audience="[astronauts]")
    )
    result = validate(corpus, outside)
    assert result.code == 1
    assert "new.md:12:12: error: audience[0]: 'astronauts' is not an audience" in result.out
    assert "new.md:14:22: error: related[1]: no guideline has id 'HSG-Z-001'" in result.out
    assert "HSG-A-001'" not in result.out
    assert result.out.endswith("1 file, 2 errors, 0 warnings\n")


def test_missing_data_file_is_reported(
    make_root: MakeRoot, guideline: Guideline, validate: Run
) -> None:
    root = make_root({"hsg-test-001-a.md": guideline()})
    (root / "guidelines" / "sources.yml").unlink()
    result = validate(root)
    assert result.code == 1
    assert "guidelines/sources.yml:1:1: error: -: data file is missing [data-file-missing]" in (
        result.out
    )


# --- the real command, in a child process -----------------------------------------------


def _case_root(make_root: MakeRoot, name: str) -> Path:
    case = CASES / "invalid" / f"{name}.md"
    return make_root({published_name(case): case.read_bytes()})


@pytest.mark.parametrize(
    "command",
    [[str(CONSOLE_SCRIPT)], [sys.executable, "-m", "ehealthsec.cli"]],
    ids=["console-script", "python-m"],
)
def test_real_command_exit_status_and_output(
    command: list[str], make_root: MakeRoot, guideline: Guideline, tmp_path: Path
) -> None:
    def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--root", str(root), *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )

    root = _case_root(make_root, "yaml-syntax")
    failed = run(root, "validate", "--today", TODAY)
    assert failed.returncode == 1
    assert failed.stdout == (CASES / "invalid" / "yaml-syntax.expected").read_text("utf-8")
    assert failed.stderr == ""

    (root / "guidelines" / published_name(CASES / "invalid" / "yaml-syntax.md")).write_text(
        guideline(id="HSG-CASE-001")
    )
    passed = run(root, "validate", "--today", TODAY)
    assert (passed.returncode, passed.stdout, passed.stderr) == (
        0,
        "1 file, 0 errors, 0 warnings\n",
        "",
    )

    usage = run(root, "validate", "--no-such-option")
    assert usage.returncode == 2
    assert usage.stdout == ""
    assert "guidelines: error: unrecognized arguments: --no-such-option" in usage.stderr
    assert "Traceback" not in usage.stderr


def test_real_command_help(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(CONSOLE_SCRIPT), "validate", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    for option in ("--format", "--strict", "--release"):
        assert option in result.stdout
