"""The checks run on the deploy branch after every change, on hand-made broken branches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ehealthsec.release.deploy import DeployBranch
from ehealthsec.release.rules import Refused

from .conftest import configure_identity, git

REDIRECT = '<meta http-equiv="refresh" content="1; url={target}" />'


def _branch(
    tmp_path: Path, files: dict[str, str], links: dict[str, str] | None = None
) -> DeployBranch:
    """A repository whose gh-pages holds `files`, and `links` (mike's aliases)."""
    root = tmp_path / "site-repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "gh-pages")
    configure_identity(root)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for name, target in (links or {}).items():
        (root / name).symlink_to(target)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pages")
    return DeployBranch(root, "origin", "gh-pages")


def _versions(*entries: tuple[str, list[str]]) -> str:
    return json.dumps([{"version": v, "title": v, "aliases": a} for v, a in entries])


def test_a_sound_branch_passes(tmp_path: Path) -> None:
    branch = _branch(
        tmp_path,
        {
            "versions.json": _versions(("2026.2", ["latest"]), ("2026.1", [])),
            "2026.1/index.html": "<html>",
            "2026.2/index.html": "<html>",
            "index.html": REDIRECT.format(target="latest/"),
        },
        {"latest": "2026.2"},
    )
    assert branch.check_published() == []


@pytest.mark.parametrize(
    ("files", "links", "problem"),
    [
        (
            {"versions.json": "[{", "index.html": REDIRECT.format(target="latest/")},
            {},
            "versions.json does not parse",
        ),
        (
            {
                "versions.json": _versions(("2026.2", ["latest"]), ("2026.1", [])),
                "2026.2/index.html": "<html>",
                "index.html": REDIRECT.format(target="latest/"),
            },
            {"latest": "2026.2"},
            "gh-pages:2026.1/ is listed in versions.json but has no index.html",
        ),
        (
            {
                "versions.json": _versions(("2026.2", ["latest"])),
                "2026.2/index.html": "<html>",
                "index.html": REDIRECT.format(target="latest/"),
            },
            {"latest": "2026.9"},  # an alias pointing at a version that is gone
            "gh-pages:latest/ is listed in versions.json but has no index.html",
        ),
        (
            {
                "versions.json": _versions(("2026.2", [])),
                "2026.2/index.html": "<html>",
                "index.html": REDIRECT.format(target="stable/"),
            },
            {},
            "index.html redirects to stable/, which does not exist",
        ),
        (
            {"versions.json": _versions(("2026.2", [])), "2026.2/index.html": "<html>"},
            {},
            "index.html does not redirect to a default version",
        ),
    ],
)
def test_a_broken_branch_is_caught(
    tmp_path: Path, files: dict[str, str], links: dict[str, str], problem: str
) -> None:
    problems = _branch(tmp_path, files, links).check_published()
    assert any(problem in p for p in problems), problems


def test_unreadable_versions_json_refuses_a_release(tmp_path: Path) -> None:
    branch = _branch(tmp_path, {"versions.json": '{"not": "a list"}'})
    with pytest.raises(Refused, match="does not parse as mike's list of versions"):
        branch.versions()
