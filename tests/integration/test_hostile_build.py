"""Hostile contributions against a real build: the gate stops them, a failed build
keeps the site that was there, and settings from the environment are checked."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from integration.conftest import Build

pytestmark = pytest.mark.integration

# Bodies that `guidelines validate` refuses, and that a build would publish if
# only the source were checked: each reaches the reader's browser as script,
# a request to another host, or markup that breaks the page.
ATTACKS: dict[str, str] = {
    "attr-list-brace": 'Click here.\n{: title="}" onclick="alert(1)" }\n',
    "empty-reference": "Click [][] for details.\n\n[]: javascript:alert(2)\n",
    "comment-form": "<!-- closed early --!> <script>alert(3)</script> -->\n",
    "cdata-form": "<![CDATA[ --><img src=x onerror=alert(4)> ]]>\n",
    "backslash-host": '<img src="\\\\evil.example/x.png" alt="x">\n',
    "reference-image": "![x][d]\n\n[d]: https://evil.example/x.png\n",
    "clobbering": '<img src="/x.png" name="getElementById" alt="x">\n',
    "stray-closers": "Text.\n\n</p></article>\n\n<p id='broke-out'>Outside the guideline.</p>\n",
}
# A link left open inside a body is refused by `guidelines validate`; in the built
# page the next link closes it, so the page gate sees the guideline page whole.


def attack_guideline(key: str, n: int) -> tuple[str, str]:
    gid = f"HSG-ATTACK-{n:03d}"
    text = (
        f"---\nid: {gid}\ntitle: Hostile contribution number {n}\n"
        "summary: A guideline whose body tries to get past the safety gate.\n"
        "type: guideline\nstatus: published\nversion: 1.0.0\npublished: 2026-03-02\n"
        "updated: 2026-09-14\nreview_by: 2027-09-14\nowner: Test Editorial Board\n"
        "audience: [security-teams]\ntopics: [governance]\n---\n\n## Scope\n\n"
        f"{ATTACKS[key]}"
    )
    return f"guidelines/test/{gid.lower()}-{key}.md", text


def test_validate_refuses_every_attack(tmp_path: Path) -> None:
    from ehealthsec.read.safety import check_body

    for key, body in ATTACKS.items():
        assert check_body(body), key


def test_the_gate_stops_a_build_of_every_attack(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    for n, key in enumerate(ATTACKS, start=1):
        path, text = attack_guideline(key, n)
        (repo_copy / path).parent.mkdir(parents=True, exist_ok=True)
        (repo_copy / path).write_text(text, "utf-8")
    build = build_repo(repo_copy)
    assert not build.ok
    assert "unsafe markup on the published pages" in build.output
    for n, key in enumerate(ATTACKS, start=1):
        assert attack_guideline(key, n)[0] in build.output, key
    assert "Traceback" not in build.output
    assert not (build.site / "index.html").exists()


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _no_staging_left(site: Path) -> bool:
    return not [p for p in site.parent.iterdir() if p.name.startswith(f".{site.name}.")]


def test_a_failed_build_keeps_the_previous_site(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    first = build_repo(repo_copy)
    assert first.ok, first.output
    before = _tree_digest(first.site)

    # Fails --strict on a warning, after every page has been rendered.
    (repo_copy / "docs" / "broken-link.md").write_text("# Broken\n\n[x](nowhere.md)\n")
    strict = build_repo(repo_copy)
    assert not strict.ok and "in strict mode" in strict.output
    assert _tree_digest(first.site) == before
    (repo_copy / "docs" / "broken-link.md").unlink()

    # Crashes while rendering pages: a template that cannot be compiled.
    overrides = repo_copy / "docs" / "overrides" / "main.html"
    overrides.write_text(overrides.read_text("utf-8") + "\n{% block broken %}\n")
    crashed = build_repo(repo_copy)
    assert not crashed.ok
    assert _tree_digest(first.site) == before
    assert _no_staging_left(first.site)


def test_quiet_strict_still_fails_on_warnings(repo_copy: Path) -> None:
    (repo_copy / "docs" / "broken-link.md").write_text("# Broken\n\n[x](nowhere.md)\n")
    result = _mkdocs(repo_copy, "build", "-q", "--strict")
    assert result.returncode == 1
    assert "nowhere.md" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("GUIDELINES_SITE_URL", 'https://example.org/"><script>alert(1)</script>'),
        ("GUIDELINES_SITE_URL", "http://example.org/"),
        ("GUIDELINES_EDIT_URI_TEMPLATE", "https://example.org/edit/{path}' onmouseover='x"),
        ("GUIDELINES_EDIT_URI_TEMPLATE", "javascript:alert(1)//{path}"),
    ],
)
def test_settings_from_the_environment_are_checked(
    repo_copy: Path, variable: str, value: str
) -> None:
    result = _mkdocs(repo_copy, "build", env={variable: value})
    assert result.returncode == 1
    assert "configuration refused" in result.stderr
    assert variable in result.stderr
    assert "Traceback" not in result.stderr


def _mkdocs(
    repo: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "-f", str(repo / "mkdocs.yml")],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_nesting_that_would_crash_markdown_stops_the_build_with_a_message(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    path, text = attack_guideline("attr-list-brace", 1)
    deep = "*a\n" * 1000 + "x" + " a*" * 1000  # Python-Markdown recurses once per level
    (repo_copy / path).parent.mkdir(parents=True, exist_ok=True)
    (repo_copy / path).write_text(text.replace(ATTACKS["attr-list-brace"], deep), "utf-8")
    build = build_repo(repo_copy)
    assert not build.ok
    assert "[nesting-too-deep]" in build.output
    assert "Traceback" not in build.output and "RecursionError" not in build.output
