"""The real guidance in guidelines/ passes the strictest checks, as CI runs them (today's date)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehealthsec.check.corpus import find_guideline_files

REPO = Path(__file__).resolve().parents[1]

Run = Callable[..., Any]


def checked_files(report: str) -> int:
    match = re.fullmatch(r"(\d+) files, 0 errors, 0 warnings\n", report)
    assert match, report
    return int(match.group(1))


def test_real_corpus_passes_strict(run_cli: Run) -> None:
    result = run_cli("--root", REPO, "validate", "--strict")
    assert result.err == ""
    assert checked_files(result.out) == len(find_guideline_files(REPO)) >= 20
    assert result.code == 0


def test_real_corpus_passes_release(run_cli: Run) -> None:
    result = run_cli("--root", REPO, "validate", "--release")
    assert result.err == ""
    assert checked_files(result.out) >= 20
    assert result.code == 0
