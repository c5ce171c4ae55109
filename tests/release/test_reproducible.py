"""Two builds of the same commit with the same SOURCE_DATE_EPOCH are identical byte for byte."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ehealthsec.check.corpus import validate_corpus
from ehealthsec.release.record import make_record, write_records_dir

from .conftest import SITE_URL, make_release_repo

pytestmark = pytest.mark.integration


def _build(repo: Path, site: Path, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_two_builds_of_a_release_are_identical(tmp_path: Path) -> None:
    repo = make_release_repo(tmp_path / "r").path
    records = tmp_path / "records"
    corpus = validate_corpus(repo, release=True).corpus
    write_records_dir(
        records, [make_record(corpus.guidelines, "2026.1", "2026-11-01T00:00:00Z", "c" * 40)]
    )
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "GUIDELINES_RELEASE": "1",
        "GUIDELINES_VERSION": "2026.1",
        "GUIDELINES_RECORDS_DIR": str(records),
        "GUIDELINES_SITE_URL": SITE_URL,
        "SOURCE_DATE_EPOCH": "1764000000",  # 2025-11-24
    }
    first, second = tmp_path / "one", tmp_path / "two"
    _build(repo, first, env)
    _build(repo, second, env)
    one, two = _files(first), _files(second)
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []
    assert "sitemap.xml.gz" in one
    # The gzip header carries a time: the newest page date, not the moment of the build.
    assert gzip.decompress(one["sitemap.xml.gz"]) == one["sitemap.xml"]
    sitemap = one["sitemap.xml"].decode()
    assert "<lastmod>2026-02-01</lastmod>" in sitemap  # a guideline's own date
    assert "<lastmod>2025-11-24</lastmod>" in sitemap  # hand-written pages: the build's date
    # The comparison can fail: another date makes another sitemap.
    third = tmp_path / "three"
    _build(repo, third, {**env, "SOURCE_DATE_EPOCH": "1764100000"})
    assert _files(third)["sitemap.xml.gz"] != one["sitemap.xml.gz"]
