"""Example files: valid guidelines pass, each invalid one gives exactly its expected report.

An invalid case is `invalid/NAME.md` with `NAME.expected` beside it, or a folder
`invalid/NAME/` of several files with `expected.txt` (rules across files). A
case is validated in a fresh repository root holding the real vocabularies,
with the case at `guidelines/NAME.md` or `guidelines/NAME/FILE.md`.

When a message changes on purpose, regenerate the expectations and review
the diff:

    UPDATE_EXPECTATIONS=1 .venv/bin/pytest tests/test_cases.py
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ehealthsec.read.safety import MAX_BODY, check_limits
from ehealthsec.read.source import MAX_FILE_BYTES

from tests.conftest import published_name

CASES = Path(__file__).resolve().parent / "cases"
UPDATE = os.environ.get("UPDATE_EXPECTATIONS") == "1"

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Validate = Callable[..., Any]


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, Path]  # path under guidelines/ -> case file
    expected: Path

    def contents(self) -> dict[str, str | bytes]:
        return {relative: source.read_bytes() for relative, source in self.files.items()}


def collect(group: str) -> list[Case]:
    cases = []
    for entry in sorted((CASES / group).iterdir()):
        if entry.is_dir():
            files = {f"{entry.name}/{published_name(f)}": f for f in sorted(entry.glob("*.md"))}
            cases.append(Case(entry.name, files, entry / "expected.txt"))
        elif entry.suffix == ".md":
            cases.append(
                Case(entry.stem, {published_name(entry): entry}, entry.with_suffix(".expected"))
            )
    return cases


def params(cases: list[Case]) -> list[Any]:
    return [pytest.param(case, id=case.name) for case in cases]


def check_expected(expected: Path, actual: str) -> None:
    """Compare with the expectation file, or rewrite it under UPDATE_EXPECTATIONS=1."""
    if UPDATE:
        expected.write_bytes(actual.encode("utf-8"))
        return
    assert expected.is_file(), f"{expected} is missing: run with UPDATE_EXPECTATIONS=1"
    assert actual == expected.read_bytes().decode("utf-8")


INVALID = collect("invalid")
WARNINGS = collect("warnings")
VALID = collect("valid")


@pytest.mark.parametrize("case", params(INVALID))
def test_invalid_case(case: Case, make_root: MakeRoot, validate: Validate) -> None:
    result = validate(make_root(case.contents()))
    check_expected(case.expected, result.out)
    assert result.code == 1
    assert result.err == ""


@pytest.mark.parametrize("case", params(WARNINGS))
def test_warning_case_passes_but_fails_strict(
    case: Case, make_root: MakeRoot, validate: Validate
) -> None:
    root = make_root(case.contents())
    normal = validate(root)
    check_expected(case.expected, normal.out)
    assert normal.code == 0
    assert ": warning: " in normal.out

    strict = validate(root, "--strict")
    assert strict.code == 1
    assert strict.out == _as_errors(normal.out)


def _as_errors(report: str) -> str:
    """The report that `--strict` gives: every warning turned into an error."""
    *lines, summary = report.rstrip("\n").split("\n")
    promoted = [line.replace(": warning: ", ": error: ", 1) for line in lines]
    files = summary.split(",")[0]
    errors = len(promoted)
    return (
        "\n".join([*promoted, f"{files}, {errors} error{'s' * (errors != 1)}, 0 warnings"]) + "\n"
    )


def test_valid_cases_pass_together(make_root: MakeRoot, validate: Validate) -> None:
    files: dict[str, str | bytes] = {}
    for case in VALID:
        files.update(case.contents())
    result = validate(make_root(files), "--strict")
    assert result.out == f"{len(VALID)} files, 0 errors, 0 warnings\n"
    assert result.code == 0


@pytest.mark.parametrize("case", params(VALID))
def test_valid_case_named_alone(case: Case, make_root: MakeRoot, validate: Validate) -> None:
    # Named on its own, its links still resolve against the other valid cases.
    files: dict[str, str | bytes] = {}
    for other in VALID:
        files.update(other.contents())
    root = make_root(files)
    (name,) = case.files
    result = validate(root, "--strict", root / "guidelines" / name)
    assert result.out == "1 file, 0 errors, 0 warnings\n"
    assert result.code == 0


def test_every_expectation_has_its_case() -> None:
    # A renamed case would leave its expectation behind, silently untested.
    tested = {case.expected for case in INVALID + WARNINGS}
    found = {*CASES.glob("*/*.expected"), *CASES.glob("*/*/expected.txt")}
    assert found == tested
    assert not list((CASES / "valid").glob("*.expected"))


def test_enough_cases() -> None:
    assert len(VALID) >= 5
    assert len(INVALID) >= 80
    assert any(case.expected.name == "expected.txt" for case in INVALID)


@pytest.mark.parametrize(
    ("group", "name", "check"),
    [
        ("valid", "bom.md", lambda data: data.startswith(b"\xef\xbb\xbf---\n")),
        (
            "valid",
            "crlf.md",
            lambda data: data.count(b"\r\n") > 10 and data.count(b"\n") == data.count(b"\r\n"),
        ),
        ("valid", "cr-only.md", lambda data: b"\n" not in data and data.count(b"\r") > 10),
        ("invalid", "not-utf8.md", lambda data: b"caf\xe9 " in data),
        ("invalid", "not-utf8-binary.md", lambda data: b"Test \xff Board" in data),
    ],
)
def test_case_files_keep_their_bytes(group: str, name: str, check: Callable[[bytes], bool]) -> None:
    # These cases only test something while git and editors leave their bytes alone
    # (.gitattributes: tests/cases/** -text).
    assert check((CASES / group / name).read_bytes())


# --- a file too large to commit -------------------------------------------------------


def _padded(size: int) -> bytes:
    """The minimal valid case, padded with body lines to exactly `size` bytes."""
    head = (CASES / "valid" / "minimal.md").read_bytes() + b"\n"
    line = b"Padding text of a very long guideline body.\n"
    padding = line * ((size - len(head)) // len(line))
    tail = b"x" * (size - len(head) - len(padding))
    return head + padding + tail


def test_file_of_exactly_one_mebibyte_is_read_and_answered_quickly(
    make_root: MakeRoot, validate: Validate
) -> None:
    data = _padded(MAX_FILE_BYTES)
    assert len(data) == 1024 * 1024
    # Processor time of this process: what the check costs, whatever else the machine runs.
    started = time.process_time()
    result = validate(make_root({"hsg-valid-001-big.md": data}))
    assert time.process_time() - started < 2.0
    assert result.out == (
        "guidelines/hsg-valid-001-big.md:16:1: error: body: the body is 1,048,226 characters; "
        "at most 50,000 are allowed (guidance is 700 to 2,000 words): split the guideline "
        "[body-too-long]\n1 file, 1 error, 0 warnings\n"
    )


def test_file_larger_than_one_mebibyte_fails(make_root: MakeRoot, validate: Validate) -> None:
    result = validate(make_root({"hsg-valid-001-huge.md": _padded(MAX_FILE_BYTES + 1)}))
    assert result.out == (
        "guidelines/hsg-valid-001-huge.md:1:1: error: -: file is 1,048,577 bytes; the limit is "
        "1 MiB (1,048,576 bytes): split the guideline [file-too-large]\n"
        "1 file, 1 error, 0 warnings\n"
    )
    assert result.code == 1


# --- hostile bodies under the limits, through the whole command -------------------------


def _most_under_the_limits(unit: str, filler: str) -> str:
    """`unit` repeated as often as the limits allow, each in a paragraph of its own,
    then `filler`: the work of scanning on from every unit is greatest."""
    low, high = 0, MAX_BODY // len(unit)
    while low < high:  # the largest count that check_limits accepts
        middle = (low + high + 1) // 2
        # With room for the body of the case the units go into.
        if check_limits("x" * 200 + "\n\n" + unit * middle + filler):
            high = middle - 1
        else:
            low = middle
    assert low > 0
    return unit * low + filler


@pytest.mark.parametrize(
    "unit", ["<a x\n\n", "<a x='\n\n", '<a href="/x">\n\n', "[a](\n\n", "`a\n\n", "<!--\n\n"]
)
def test_a_hostile_body_across_paragraphs_is_answered_quickly(
    make_root: MakeRoot, validate: Validate, unit: str
) -> None:
    # Some scans run from a marker across paragraphs to the end of the body
    # (Python-Markdown's HTML reader, our search for ids outside links).
    filler = ("word " * 900 + "\n\n") * 8
    head = (CASES / "valid" / "minimal.md").read_text("utf-8")
    text = head + "\n" + _most_under_the_limits(unit, filler)
    started = time.process_time()
    result = validate(make_root({"hsg-valid-001-hostile.md": text}))
    assert time.process_time() - started < 2.0
    assert "Traceback" not in result.out + result.err
    assert "[body-too-long]" not in result.out  # the units were all read
