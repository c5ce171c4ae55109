"""The GitHub workflows: valid YAML, actions pinned, read-only permissions, and every
`run:` step a command that the test suite runs too (the table below says where)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"
CONSOLE_SCRIPT = Path(sys.executable).with_name("guidelines")
SUMMARY = ' >> "$GITHUB_STEP_SUMMARY"'
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


@dataclass(frozen=True)
class RunBy:
    """Where the suite runs the same command: `evidence` is found in `where`."""

    where: str
    evidence: str


THIS_FILE = "tests/unit/test_workflows.py"
# Each command a workflow runs, and where the suite runs the same.
COMMANDS: dict[str, RunBy] = {
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium": (
        RunBy(".ci/run", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
    ),
    'python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"': RunBy(
        "README.md", 'python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"'
    ),
    "python3 -m venv .venv && .venv/bin/pip install -q -e .": RunBy(
        "README.md", "python3 -m venv .venv && .venv/bin/pip install -q -e ."
    ),
    "NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest": RunBy(
        "README.md", "NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest"
    ),
    ".venv/bin/mkdocs build --strict -d site": RunBy(
        "tests/integration/conftest.py", 'command.append("--strict")'
    ),  # run_build: `python -m mkdocs build -f mkdocs.yml -d SITE --strict`
    # The `guidelines` commands are run below, on the repository, as the workflow runs them.
    ".venv/bin/guidelines validate --strict --format github": RunBy(
        THIS_FILE, "def test_guidelines_commands_pass_on_the_repository"
    ),
    ".venv/bin/guidelines review": RunBy(
        THIS_FILE, "def test_guidelines_commands_pass_on_the_repository"
    ),
    ".venv/bin/guidelines review --fail-overdue": RunBy(
        "tests/unit/test_review.py", "def test_fail_overdue"
    ),
    # The release workflow: the release tests (without the browser one, which needs
    # Chromium), then the release itself, as tests/release runs it.
    'NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest -m "not browser" tests/release': RunBy(
        "README.md", "NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest"
    ),
    '.venv/bin/guidelines release "$VERSION" --push': RunBy(
        "tests/release/test_release.py", '.run("release", "2026.3", "--push")'
    ),
}
# Set-up lines that run nothing of ours: who commits on the deploy branch.
SETUP_ONLY = re.compile(r'^git config (--global )?user\.(name|email) "[^"]+"$')
# The one job that may write: it pushes gh-pages.
MAY_WRITE = {("release.yml", "deploy"): {"contents": "write"}}
# Lines that only shape the job summary (a code fence around the review list).
SUMMARY_ONLY = {"echo '```text'", "echo '```'"}
# A step that runs only once what it needs exists: a published release to compare
# with (`guidelines diff latest HEAD` is tested in tests/release/test_release.py).
GUARDED = {"guidelines diff": ".venv/bin/guidelines diff --help >/dev/null 2>&1"}


def workflows() -> dict[str, dict[str, Any]]:
    loaded = {}
    for path in sorted(WORKFLOWS.glob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert isinstance(data, dict), path
        loaded[path.name] = data
    return loaded


def steps() -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, step)
        for name, workflow in workflows().items()
        for job in workflow["jobs"].values()
        for step in job["steps"]
    ]


def run_commands(script: str) -> list[str]:
    """The commands of a `run:` script, one a line, with output to the summary left off."""
    lines = [line.strip() for line in script.strip().split("\n")]
    return [line.removesuffix(SUMMARY) for line in lines if line]


def test_the_workflows_exist_and_trigger() -> None:
    found = workflows()
    assert set(found) == {"pull-request.yml", "review.yml", "release.yml"}
    # YAML 1.1 reads the key `on` as true.
    triggers = {name: data.get("on", data.get(True)) for name, data in found.items()}
    assert "pull_request" in triggers["pull-request.yml"]
    assert triggers["review.yml"]["schedule"][0]["cron"]
    assert triggers["release.yml"]["push"]["tags"] == ["20*.*"]
    assert found["release.yml"]["concurrency"]["cancel-in-progress"] is False


def test_permissions_are_read_only() -> None:
    for name, workflow in workflows().items():
        assert workflow["permissions"] == {"contents": "read"}, name
        for job_name, job in workflow["jobs"].items():
            wanted = MAY_WRITE.get((name, job_name))
            assert job.get("permissions") == wanted, f"{name}: {job_name} asks for more"


def test_actions_are_pinned_by_commit() -> None:
    uses = [step["uses"] for _, step in steps() if "uses" in step]
    assert len(uses) >= 4
    for action in uses:
        assert PINNED.match(action), f"{action} is not pinned to a full commit SHA"
    for path in WORKFLOWS.glob("*.yml"):  # each pin says which release it is
        for line in path.read_text("utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"@[0-9a-f]{40}  # v\d+\.\d+\.\d+$", line), line


def test_every_run_step_is_a_command_the_suite_runs() -> None:
    checked = 0
    for name, step in steps():
        if "run" not in step:
            continue
        script: str = step["run"]
        if script.startswith("if "):
            _check_guarded(script)
            continue
        for command in run_commands(script):
            if command in SUMMARY_ONLY or SETUP_ONLY.match(command):
                continue
            assert command in COMMANDS, f"{name}: {command!r} is not run by the test suite"
            tested = COMMANDS[command]
            assert tested.evidence in (REPO / tested.where).read_text("utf-8"), command
            checked += 1
    assert checked >= 8


def _check_guarded(script: str) -> None:
    (what,) = [key for key in GUARDED if key in script]
    assert script.startswith(f"if {GUARDED[what]}"), script
    assert "|| echo" in script  # a failed comparison leaves a note, it does not fail the job


def test_pull_request_runs_the_checks_and_keeps_a_preview() -> None:
    job = workflows()["pull-request.yml"]["jobs"]["check"]
    runs = [step.get("run", "") for step in job["steps"]]
    assert ".venv/bin/guidelines validate --strict --format github" in runs
    assert "NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest" in runs
    assert ".venv/bin/mkdocs build --strict -d site" in runs
    (upload,) = [s for s in job["steps"] if "upload-artifact" in s.get("uses", "")]
    assert upload["with"]["path"] == "site/"
    assert any("$GITHUB_STEP_SUMMARY" in run and "guidelines diff" in run for run in runs)


@pytest.mark.parametrize(
    "command",
    sorted(c for c, by in COMMANDS.items() if by.where == THIS_FILE),
)
def test_guidelines_commands_pass_on_the_repository(command: str) -> None:
    # The workflows' `guidelines` commands, run as the workflow runs them.
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [CONSOLE_SCRIPT, *args], cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_issue_forms_and_pull_request_template() -> None:
    forms = REPO / ".github" / "ISSUE_TEMPLATE"
    for name in ("propose-guideline.yml", "report-error.yml"):
        form = yaml.safe_load((forms / name).read_text("utf-8"))
        assert form["name"] and form["description"]
        assert form["body"], name
        ids = [item["id"] for item in form["body"] if "id" in item]
        assert len(ids) == len(set(ids)), f"{name}: ids must be unique"
        for item in form["body"]:
            assert item["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}
            assert item["attributes"], name
    template = (REPO / ".github" / "pull_request_template.md").read_text("utf-8")
    for item in ("sources", "review_by", "guidelines validate --strict"):
        assert item in template
    assert template.count("- [ ]") >= 4
