"""A real headless Chromium against the real corpus, built and served on loopback.

Chromium is Debian's (`/usr/bin/chromium`), driven by Playwright's Python
package. Where it is missing the browser tests are skipped with a reason,
except in CI (`CI` set), where a missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from integration.conftest import copy_repository, run_build

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _require_browser() -> None:
    missing = []
    if not shutil.which(CHROMIUM):
        missing.append(f"Chromium at {CHROMIUM}")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if not missing:
        return
    reason = "browser tests need " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(reason + " (CI must install them: see .ci/run)")
    pytest.skip(reason)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served on 127.0.0.1 for as long as the block runs; its address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# Package scope: the server thread and Playwright's helpers end with the browser
# tests, so the rest of the suite runs single-threaded again (see parallel.py).
@pytest.fixture(scope="package")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real corpus as a release build, served on 127.0.0.1."""
    _require_browser()
    repo = copy_repository(tmp_path_factory.mktemp("browser-site"))
    build = run_build(repo, release=True)
    assert build.ok, build.output
    with served(build.site) as url:
        yield url


@contextlib.contextmanager
def chromium_browser() -> Iterator[Any]:
    """Debian's Chromium, started headless by Playwright, closed after the block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="package")
def browser(site_url: str) -> Iterator[Any]:
    with chromium_browser() as launched:
        yield launched


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()
