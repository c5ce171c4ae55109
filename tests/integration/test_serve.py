"""`mkdocs serve` on guidance with an error keeps serving and shows the problem on
every page, over real HTTP on 127.0.0.1; fixed, the problem goes away. `mkdocs build`
of the same guidance still fails."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import copy_data_files, render_guideline

from .conftest import REPO, run_build

pytestmark = pytest.mark.integration

STARTUP_SECONDS = 120  # a first build on a busy machine; the server answers after it
BANNER = 'class="ehealthsec-problems" role="alert"'
BROKEN = "guidelines/test/hsg-broken-001-broken.md"
# A typo whose value is markup: the page must show it as text, escaped.
TYPO = "<b>guidline</b>"
# Markup that only the gate on rendered pages refuses: the page is withheld.
UNSAFE = "guidelines/test/hsg-unsafe-001-unsafe.md"
SCRIPT = "<script>alert(2)</script>"


def small_repository(root: Path) -> Path:
    """The site's files, with two guidelines of which one has an error."""
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs")
    (root / "hooks").mkdir()
    shutil.copy(REPO / "hooks" / "ehealthsec_hook.py", root / "hooks" / "ehealthsec_hook.py")
    copy_data_files(root)
    test = root / "guidelines" / "test"
    test.mkdir()
    (test / "hsg-good-001-good.md").write_text(render_guideline(id="HSG-GOOD-001"), "utf-8")
    (root / BROKEN).write_text(render_guideline(id="HSG-BROKEN-001", type=f'"{TYPO}"'), "utf-8")
    body = f"## Scope\n\nText.\n\n{SCRIPT}\n"
    (root / UNSAFE).write_text(render_guideline(body, id="HSG-UNSAFE-001"), "utf-8")
    return root


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    """The page, or None while the server does not answer yet."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body: bytes = response.read()
            return body.decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def poll(url: str, until: Callable[[str], bool], seconds: float) -> str:
    deadline = time.monotonic() + seconds
    last: str | None = None
    while time.monotonic() < deadline:
        last = fetch(url)
        if last is not None and until(last):
            return last
        time.sleep(0.5)
    raise AssertionError(f"no answer from {url} as expected within {seconds} s: {last!r:.300}")


def start_server(root: Path, log_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """`mkdocs serve` on a free port, once it answers or has said why it cannot.

    A port found free can be taken by another process before the server binds
    it; then the server exits saying so, and another port is tried."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("GUIDELINES_RELEASE", None)
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml")]
    for _ in range(3):
        port = free_port()
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [*command, "-a", f"127.0.0.1:{port}"], cwd=root, env=env, stdout=log, stderr=log
            )
        deadline = time.monotonic() + STARTUP_SECONDS
        while server.poll() is None and time.monotonic() < deadline:
            if "Serving on" in log_path.read_text("utf-8", errors="replace"):
                return server, port
            time.sleep(0.5)
        output = log_path.read_text("utf-8", errors="replace")
        stop(server)
        if "Address already in use" not in output:
            raise AssertionError(f"mkdocs serve did not start:\n{output[-3000:]}")
    raise AssertionError("no free port for mkdocs serve after three tries")


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """`mkdocs serve` on a small broken repository; stopped whatever the test does."""
    root = small_repository(tmp_path / "repo")
    log_path = tmp_path / "serve.log"
    server, port = start_server(root, log_path)
    try:
        yield root, f"http://127.0.0.1:{port}/"
    finally:
        stop(server)


def test_serve_shows_the_problem_on_every_page_until_fixed(served: tuple[Path, str]) -> None:
    root, base = served
    home = poll(base, lambda page: BANNER in page, STARTUP_SECONDS)
    problem = (
        f"<code>{BROKEN}:5:7</code> error: type: &#x27;&lt;b&gt;guidline&lt;/b&gt;&#x27; "
        "is not allowed"
    )
    assert problem in home
    assert TYPO not in home  # shown as text, never as markup
    good = poll(base + "guidelines/hsg-good-001/", lambda page: BANNER in page, 30)
    assert problem in good
    assert "A guideline written for the tests" in good  # the valid file is served

    assert f"<li>{UNSAFE}: " in home  # refused on the rendered page, listed too
    withheld = poll(base + "guidelines/hsg-unsafe-001/", lambda page: BANNER in page, 30)
    assert "This page is withheld from the preview" in withheld
    assert "alert(2)</script>" not in withheld

    path = root / BROKEN
    path.write_text(path.read_text("utf-8").replace(f'"{TYPO}"', "guideline"), "utf-8")
    unsafe = root / UNSAFE
    unsafe.write_text(unsafe.read_text("utf-8").replace(SCRIPT, "Fixed."), "utf-8")
    fixed = poll(base, lambda page: BANNER not in page, STARTUP_SECONDS)
    assert "The guidance has" not in fixed
    assert BANNER not in poll(base + "guidelines/hsg-broken-001/", lambda page: True, 30)


def test_build_still_fails_on_the_same_error(tmp_path: Path) -> None:
    build = run_build(small_repository(tmp_path / "repo"), strict=False)
    assert build.result.returncode == 1
    assert f"{BROKEN}:5:7: error: type:" in build.output
    assert not (build.site / "index.html").exists()
    path = build.site.parent / BROKEN
    path.write_text(path.read_text("utf-8").replace(f'"{TYPO}"', "guideline"), "utf-8")
    gated = run_build(build.site.parent, strict=False)
    assert gated.result.returncode == 1  # the script in the body stops a build
    assert f"{UNSAFE}: " in gated.output
    assert not (gated.site / "index.html").exists()
