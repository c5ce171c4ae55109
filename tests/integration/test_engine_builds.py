"""Builds that take the adapter's other paths: no search plugin, and settings it refuses."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Build

pytestmark = pytest.mark.integration


def _edit_config(repo: Path, pattern: str, replacement: str) -> None:
    config = repo / "mkdocs.yml"
    text, count = re.subn(pattern, replacement, config.read_text("utf-8"), flags=re.M | re.S)
    assert count == 1, pattern
    config.write_text(text, "utf-8")


def test_a_site_without_the_search_plugin_builds_its_pages_whole(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    """No search plugin: the hook indexes nothing and adds to no index file,
    and generated pages still get their HTML blocks and metadata."""
    _edit_config(repo_copy, r"^plugins:\n(?:  .*\n|\s*\n)*", "plugins: []\n\n")
    build = build_repo(repo_copy)
    assert build.ok, build.output
    assert not (build.site / "search").exists()
    page = build.html("guidelines/hsg-rans-001")
    assert re.search(r"HSG[0-9a-f]{16}B\d+X", page) is None  # every block token filled
    assert 'class="hsg-summary"' in page and "<title>Preparing a hospital" in page


def test_use_directory_urls_off_is_refused_with_the_reason(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    _edit_config(repo_copy, r"^use_directory_urls: true$", "use_directory_urls: false")
    build = build_repo(repo_copy)
    assert not build.ok
    assert "use_directory_urls must stay true: guideline addresses rely on it" in build.output
    assert "Traceback" not in build.output
