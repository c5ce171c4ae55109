"""Real git and real mike in temporary folders, with a local bare remote (as mike's own tests).

A release repository here is a small copy of the project: `mkdocs.yml`, the
hand-written pages, the hook, the vocabularies and two or three guidelines
written by the tests, so that each release takes seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE_URL = "https://guidance.test.eu/"
REAL_EDIT = "https://code.test.eu/ehealthsec/guidelines/-/edit/main/{path}"


def git(cwd: Path, *args: str, check: bool = True) -> str:
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60
    )
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def guideline_text(
    gid: str,
    *,
    title: str = "",
    version: str = "1.0.0",
    status: str = "published",
    practice: str = "Lock the workstation every time you walk away.",
    extra: str = "",
    review_by: str = "2030-02-01",
    published: str = "2026-01-05",
) -> str:
    title = title or f"Test guideline {gid} for releases"
    dates = (
        ""
        if status == "draft"
        else f"published: {published}\nupdated: 2026-02-01\nreview_by: {review_by}\n"
    )
    return (
        f"---\nid: {gid}\ntitle: {json.dumps(title)}\n"
        "summary: A short summary that is long enough to pass the checks.\n"
        f"type: guideline\nstatus: {status}\nversion: {version}\n{dates}"
        "owner: Test Board\naudience: [clinical-staff]\ntopics: [awareness]\n"
        f"{extra}practices:\n  - id: GP-01\n    text: {json.dumps(practice)}\n"
        f"    level: essential\n---\n\n## Body\n\nText of {gid}.\n"
    )


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@dataclass
class ReleaseRepo:
    """A clone with its bare remote beside it (`../remote.git`)."""

    path: Path

    @property
    def remote(self) -> Path:
        return self.path.parent / "remote.git"

    def write(self, gid: str, text: str) -> None:
        target = self.path / "guidelines" / "test" / f"{gid.lower()}-for-releases.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")

    def commit(self, message: str) -> None:
        """Commit everything, and push `main` as a maintainer does once it is reviewed."""
        git(self.path, "add", "-A")
        git(self.path, "commit", "-q", "-m", message)
        if git(self.path, "remote").strip():
            git(self.path, "push", "-q", "origin", "main")

    def run(self, *args: str, env: dict[str, str] | None = None) -> Outcome:
        """`guidelines ARGS` as a maintainer runs it, in a process of its own."""
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDELINES_SITE_URL": SITE_URL}
        for name in (
            "GUIDELINES_RELEASE",
            "GUIDELINES_VERSION",
            "GUIDELINES_RECORDS_DIR",
            "GUIDELINES_EDIT_URI_TEMPLATE",
            "GUIDELINES_STRICT",
            "SOURCE_DATE_EPOCH",
        ):
            environment.pop(name, None)
        environment.update(env or {})
        environment = {k: v for k, v in environment.items() if v is not None}
        result = subprocess.run(
            [sys.executable, "-m", "ehealthsec.cli", *args],
            cwd=self.path,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        return Outcome(result.returncode, result.stdout, result.stderr)

    def sha(self, ref: str) -> str | None:
        out = git(self.path, "rev-parse", "--verify", "--quiet", ref, check=False).strip()
        return out or None

    def remote_sha(self, branch: str = "gh-pages") -> str | None:
        out = git(self.remote, "rev-parse", "--verify", "--quiet", branch, check=False).strip()
        return out or None

    def show(self, spec: str, *, where: Path | None = None) -> str:
        return git(where or self.path, "show", spec)

    def show_bytes(self, spec: str) -> bytes:
        """`rev:path` as bytes, for a file that is not text (checklist.xlsx)."""
        result = subprocess.run(
            ["git", "show", spec], cwd=self.path, capture_output=True, check=True, timeout=60
        )
        return result.stdout

    def exists(self, spec: str) -> bool:
        """`rev:path` is in the tree, following mike's alias links."""
        result = subprocess.run(
            ["git", "cat-file", "--batch-check", "--follow-symlinks"],
            cwd=self.path,
            input=spec + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.split()[1:2] == ["blob"]

    def versions(self, ref: str = "gh-pages") -> list[dict[str, object]]:
        data: list[dict[str, object]] = json.loads(self.show(f"{ref}:versions.json"))
        return data

    def status(self) -> str:
        return git(self.path, "status", "--porcelain", "--untracked-files=all")


def configure_identity(path: Path) -> None:
    git(path, "config", "user.name", "Release Tester")
    git(path, "config", "user.email", "releases@test.eu")
    git(path, "config", "commit.gpgsign", "false")


def make_release_repo(base: Path) -> ReleaseRepo:
    base.mkdir(parents=True, exist_ok=True)
    git(base, "init", "-q", "--bare", "-b", "main", "remote.git")
    path = base / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    configure_identity(path)
    shutil.copy(REPO / "mkdocs.yml", path / "mkdocs.yml")
    shutil.copytree(REPO / "docs", path / "docs")
    # The real glossary links to the real guidelines; this corpus has others.
    (path / "docs" / "glossary.md").write_text("# Glossary\n\nWords of the guidance.\n")
    (path / "hooks").mkdir()
    shutil.copy(REPO / "hooks" / "ehealthsec_hook.py", path / "hooks" / "ehealthsec_hook.py")
    (path / "guidelines").mkdir()
    for name in ("audiences.yml", "topics.yml", "sources.yml"):
        shutil.copy(REPO / "guidelines" / name, path / "guidelines" / name)
    (path / ".gitignore").write_text("site/\n")
    repo = ReleaseRepo(path)
    repo.write("HSG-A-001", guideline_text("HSG-A-001"))
    repo.write("HSG-B-001", guideline_text("HSG-B-001"))
    repo.commit("A small corpus")
    git(path, "remote", "add", "origin", "../remote.git")
    git(path, "push", "-q", "origin", "main")
    return repo


def copy_release_repo(source: ReleaseRepo, target: Path) -> ReleaseRepo:
    """An independent copy of a clone and its remote, to change without touching the original."""
    shutil.copytree(source.path.parent, target, symlinks=True)
    return ReleaseRepo(target / "repo")


def clone_fresh(repo: ReleaseRepo, target: Path) -> ReleaseRepo:
    """A fresh clone of the remote: no local gh-pages, only origin/gh-pages."""
    shutil.copytree(repo.remote, target / "remote.git", symlinks=True)
    git(target, "clone", "-q", "remote.git", "repo")
    configure_identity(target / "repo")
    return ReleaseRepo(target / "repo")


def second_release_changes(repo: ReleaseRepo) -> None:
    """A changed guideline with a reworded practice, an added one, a withdrawn one."""
    repo.write(
        "HSG-A-001",
        guideline_text(
            "HSG-A-001", version="1.1.0", practice="Lock the workstation whenever you leave it."
        ),
    )
    repo.write("HSG-C-001", guideline_text("HSG-C-001", title="A guideline added in 2026.2"))
    repo.write(
        "HSG-B-001",
        guideline_text(
            "HSG-B-001",
            status="withdrawn",
            version="1.0.1",
            extra="superseded_by: HSG-C-001\n"
            "withdrawal_reason: Merged into a broader guideline on workstations.\n",
        ),
    )
    repo.commit("Changes for 2026.2")


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> ReleaseRepo:
    """Two releases in a row, both pushed: 2026.1, then 2026.2 with changes."""
    repo = make_release_repo(tmp_path_factory.mktemp("published"))
    first = repo.run("release", "2026.1", "--push")
    assert first.code == 0, first.text
    assert "origin has no gh-pages branch yet: this is the first deploy" in first.out
    second_release_changes(repo)
    second = repo.run(
        "release", "2026.2", "--push", env={"GUIDELINES_EDIT_URI_TEMPLATE": REAL_EDIT}
    )
    assert second.code == 0, second.text
    return repo


@pytest.fixture
def published_copy(published: ReleaseRepo, tmp_path: Path) -> ReleaseRepo:
    return copy_release_repo(published, tmp_path / "copy")
