"""A reader switches versions in a real browser, on the published gh-pages tree."""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Iterator
from typing import Any

import pytest
from browser.conftest import _require_browser, chromium_browser, served

from .conftest import ReleaseRepo

pytestmark = [pytest.mark.integration, pytest.mark.browser]


@pytest.fixture(scope="module")
def pages_url(published: ReleaseRepo, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """gh-pages as a static host serves it (mike's alias links included)."""
    _require_browser()
    tree = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", "gh-pages"],
        cwd=published.path,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="tar")
    with served(tree) as url:
        yield url


@pytest.fixture(scope="module")
def chromium(pages_url: str) -> Iterator[Any]:
    with chromium_browser() as launched:
        yield launched


def test_root_opens_the_latest_release_with_the_version_selector(
    chromium: Any, pages_url: str
) -> None:
    context = chromium.new_context()
    page = context.new_page()
    try:
        page.goto(pages_url)
        page.wait_for_url(f"{pages_url}latest/")
        selector = page.locator(".md-version")
        selector.wait_for(state="attached")
        versions = page.locator(".md-version__link").all_text_contents()
        assert any("2026.2" in v for v in versions) and any("2026.1" in v for v in versions)
        assert "Release 2026.2." in page.locator(".hsg-release").inner_text()
        assert page.locator("[data-md-component=outdated]").is_hidden()
    finally:
        context.close()


def test_an_older_release_points_to_the_same_page_in_the_latest(
    chromium: Any, pages_url: str
) -> None:
    context = chromium.new_context()
    page = context.new_page()
    try:
        page.goto(f"{pages_url}2026.1/guidelines/hsg-a-001/")
        banner = page.locator("[data-md-component=outdated]")
        banner.wait_for(state="visible")
        assert "older release" in banner.inner_text()
        banner.locator("a").click()
        page.wait_for_url(f"{pages_url}latest/guidelines/hsg-a-001/")
        assert "Release 2026.2." in page.locator(".hsg-release").inner_text()
    finally:
        context.close()
