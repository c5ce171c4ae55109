"""Real MkDocs builds of a copy of the repository in a temporary folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Material's previous / next links in a page's footer.
_FOOTER_LINK = re.compile(
    r'<a href="([^"]+)" class="md-footer__link md-footer__link--(prev|next)" aria-label="([^"]*)"'
)


def footer_links(html: str) -> list[tuple[str, str, str]]:
    """Each previous / next link of Material's footer: (href, "prev" or "next", aria-label)."""
    return _FOOTER_LINK.findall(html)


@dataclass
class Build:
    result: subprocess.CompletedProcess[str]
    site: Path

    @property
    def ok(self) -> bool:
        return self.result.returncode == 0

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr

    def html(self, url: str) -> str:
        return (self.site / url / "index.html").read_text("utf-8")

    def search_index(self) -> dict[str, object]:
        data: dict[str, object] = json.loads(
            (self.site / "search" / "search_index.json").read_text("utf-8")
        )
        return data


def copy_repository(target: Path) -> Path:
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(REPO / name, target / name)
    for folder in ("docs", "guidelines"):
        shutil.copytree(REPO / folder, target / folder)
    (target / "hooks").mkdir()
    shutil.copy(REPO / "hooks" / "ehealthsec_hook.py", target / "hooks" / "ehealthsec_hook.py")
    return target


def run_build(repo: Path, *, release: bool = False, strict: bool = True) -> Build:
    site = repo / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("GUIDELINES_RELEASE", None)
    if release:
        env["GUIDELINES_RELEASE"] = "1"
        # A release shows edit buttons only with a real template (not mkdocs.yml's placeholder).
        env.setdefault(
            "GUIDELINES_EDIT_URI_TEMPLATE",
            "https://code.test.eu/ehealthsec/guidelines/-/edit/main/{path}",
        )
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-f",
        str(repo / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    if strict:
        command.append("--strict")
    result = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    return Build(result, site)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repository(tmp_path)


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real corpus, built once for the whole session, as a release."""
    repo = copy_repository(tmp_path_factory.mktemp("corpus"))
    build = run_build(repo, release=True)
    assert build.ok, build.output
    return build


@pytest.fixture
def build_repo() -> Callable[..., Build]:
    return run_build
