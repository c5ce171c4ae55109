"""Each attack class is real in a browser, and the gate stops the build that would publish it.

The bodies are built as a plain Material site with the site's Markdown
configuration and no hook (the checks switched off), where Chromium shows
what each one does to a reader. Built as guidelines of the real site, the
same bodies stop the build, which names every one
(`tests/integration/test_hostile_build.py`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from ehealthsec.read.render import EXTENSION_CONFIGS, MARKDOWN_EXTENSIONS
from integration.test_hostile_build import ATTACKS

from .conftest import _require_browser, chromium_browser, served

pytestmark = pytest.mark.browser

# What each attack does to a reader when nothing stops it.
RUNS_SCRIPT_ON_LOAD = ("comment-form", "cdata-form")
RUNS_SCRIPT_ON_CLICK = {"attr-list-brace": "p[onclick]", "empty-reference": "a[href^=javascript]"}
LOADS_FROM_ELSEWHERE = ("backslash-host", "reference-image")


def _plain_site(folder: Path) -> Path:
    docs = folder / "docs"
    docs.mkdir(parents=True)
    for key, body in ATTACKS.items():
        (docs / f"{key}.md").write_text(f"# {key}\n\n{body}", "utf-8")
    (docs / "index.md").write_text("# Attacks\n", "utf-8")
    extensions: list[Any] = [
        {name: EXTENSION_CONFIGS[name]} if name in EXTENSION_CONFIGS else name
        for name in MARKDOWN_EXTENSIONS
    ]
    config = {
        "site_name": "Unchecked",
        "theme": {"name": "material", "font": False},
        "markdown_extensions": extensions,
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(folder / "mkdocs.yml")],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def unchecked_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _require_browser()
    with served(_plain_site(tmp_path_factory.mktemp("unchecked"))) as url:
        yield url


@pytest.fixture(scope="module")
def chromium(unchecked_url: str) -> Iterator[Any]:
    with chromium_browser() as launched:
        yield launched


def _visit(chromium: Any, url: str, click: str | None = None) -> tuple[list[str], list[str], Any]:
    """Open `url` (and click `click`): the alerts shown, the hosts asked, and the page."""
    context = chromium.new_context()
    page = context.new_page()
    alerts: list[str] = []
    hosts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: hosts.append(urlsplit(request.url).hostname or ""))
    context.route("**/*", _local_only)
    page.goto(url, wait_until="load")
    if click:
        page.eval_on_selector(click, "element => element.click()")
    page.wait_for_load_state("load")
    return alerts, hosts, (context, page)


def _local_only(route: Any) -> None:
    # Requests to other hosts are seen by the test, then refused: nothing leaves the machine.
    if urlsplit(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


@pytest.mark.parametrize("key", RUNS_SCRIPT_ON_LOAD)
def test_unchecked_page_runs_script_on_load(chromium: Any, unchecked_url: str, key: str) -> None:
    alerts, _, (context, page) = _visit(chromium, f"{unchecked_url}{key}/")
    page.wait_for_function("() => document.readyState === 'complete'")
    context.close()
    assert alerts, f"{key}: the attack should run in an unchecked build"


@pytest.mark.parametrize(("key", "target"), RUNS_SCRIPT_ON_CLICK.items())
def test_unchecked_page_runs_script_on_click(
    chromium: Any, unchecked_url: str, key: str, target: str
) -> None:
    alerts, _, (context, _page) = _visit(chromium, f"{unchecked_url}{key}/", click=target)
    context.close()
    assert alerts, f"{key}: the attack should run in an unchecked build"


@pytest.mark.parametrize("key", LOADS_FROM_ELSEWHERE)
def test_unchecked_page_asks_another_host(chromium: Any, unchecked_url: str, key: str) -> None:
    _, hosts, (context, _page) = _visit(chromium, f"{unchecked_url}{key}/")
    context.close()
    assert "evil.example" in hosts


def test_unchecked_page_loses_its_scripts_to_a_clobbered_document(
    chromium: Any, unchecked_url: str
) -> None:
    _, _, (context, page) = _visit(chromium, f"{unchecked_url}clobbering/")
    kind = page.evaluate("() => typeof document.getElementById")
    context.close()
    assert kind != "function"


def test_unchecked_page_breaks_out_of_its_place(chromium: Any, unchecked_url: str) -> None:
    _, _, (context, page) = _visit(chromium, f"{unchecked_url}stray-closers/")
    inside = page.evaluate("() => document.getElementById('broke-out').closest('article')")
    context.close()
    assert inside is None  # the text after the stray closing tags is outside the article


def test_every_attack_class_is_tried_here() -> None:
    tried = {*RUNS_SCRIPT_ON_LOAD, *RUNS_SCRIPT_ON_CLICK, *LOADS_FROM_ELSEWHERE}
    tried |= {"clobbering", "stray-closers"}
    assert tried == set(ATTACKS)
