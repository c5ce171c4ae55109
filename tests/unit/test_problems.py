"""The three output formats. The text shape is a contract that editors and CI parse."""

from __future__ import annotations

import json
import re

from ehealthsec.problems import (
    FORMATTERS,
    error,
    format_github,
    format_json,
    format_text,
    promote_warnings,
    sort_problems,
    summary_line,
    warning,
)

TEXT_SHAPE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): "
    r"(?P<field>\S+): (?P<message>.+) \[(?P<rule>[a-z0-9-]+)\]$"
)

PROBLEMS = [
    error("guidelines/a.md", 3, 8, "title", "is 5 characters; at least 10 expected", "length"),
    warning("guidelines/b.md", 10, 12, "review_by", "review overdue since 2026-01-01", "review"),
    error("guidelines/c.md", 1, 1, "", "front matter missing", "front-matter-missing"),
]


def test_text_line_shape() -> None:
    line = PROBLEMS[0].as_text()
    assert line == (
        "guidelines/a.md:3:8: error: title: is 5 characters; at least 10 expected [length]"
    )
    match = TEXT_SHAPE.match(line)
    assert match is not None
    assert match.group("path", "line", "column", "severity", "field", "rule") == (
        "guidelines/a.md",
        "3",
        "8",
        "error",
        "title",
        "length",
    )


def test_text_without_a_field_shows_a_dash() -> None:
    assert PROBLEMS[2].as_text() == (
        "guidelines/c.md:1:1: error: -: front matter missing [front-matter-missing]"
    )


def test_format_text_lists_every_problem_then_the_summary() -> None:
    out = format_text(PROBLEMS, 3)
    lines = out.split("\n")
    assert out.endswith("\n")
    assert lines[:3] == [p.as_text() for p in PROBLEMS]
    assert lines[3] == "3 files, 2 errors, 1 warning"
    assert all(TEXT_SHAPE.match(line) for line in lines[:3])


def test_summary_line_counts_with_plurals() -> None:
    assert summary_line(1, []) == "1 file, 0 errors, 0 warnings"
    assert summary_line(0, PROBLEMS[:1]) == "0 files, 1 error, 0 warnings"
    assert summary_line(2, PROBLEMS[1:2] * 2) == "2 files, 0 errors, 2 warnings"


def test_format_json_structure() -> None:
    document = json.loads(format_json(PROBLEMS, 3))
    assert document["files"] == 3
    assert document["errors"] == 2
    assert document["warnings"] == 1
    assert document["problems"][1] == {
        "path": "guidelines/b.md",
        "line": 10,
        "column": 12,
        "severity": "warning",
        "field": "review_by",
        "message": "review overdue since 2026-01-01",
        "rule": "review",
    }
    assert [p["rule"] for p in document["problems"]] == ["length", "review", "front-matter-missing"]


def test_format_json_keeps_unicode_readable() -> None:
    out = format_json([error("g/é.md", 1, 1, "owner", "'Équipe' €", "x")], 1)
    assert "'Équipe' €" in out
    assert json.loads(out)["problems"][0]["path"] == "g/é.md"


def test_format_json_with_no_problems() -> None:
    assert json.loads(format_json([], 21)) == {
        "files": 21,
        "errors": 0,
        "warnings": 0,
        "problems": [],
    }


def test_format_github_annotations() -> None:
    lines = format_github(PROBLEMS, 3).rstrip("\n").split("\n")
    assert lines[0] == (
        "::error file=guidelines/a.md,line=3,col=8,title=title [length]::"
        "is 5 characters; at least 10 expected"
    )
    assert lines[1].startswith("::warning file=guidelines/b.md,line=10,col=12,")
    assert lines[2].startswith("::error file=guidelines/c.md,line=1,col=1,title=- [")
    assert lines[3] == "3 files, 2 errors, 1 warning"


def test_format_github_escapes_properties_and_data() -> None:
    problem = error("a,b:c%d.md", 2, 3, "x", "50% done\nnext line\r", "rule")
    line = format_github([problem], 1).split("\n")[0]
    assert (
        line
        == "::error file=a%2Cb%3Ac%25d.md,line=2,col=3,title=x [rule]::50%25 done%0Anext line%0D"
    )


def test_format_github_escapes_the_title_property() -> None:
    problem = error("g.md", 1, 1, "a:b,c", "m", "r")
    assert "title=a%3Ab%2Cc [r]::m" in format_github([problem], 1)


def test_every_format_is_registered() -> None:
    assert set(FORMATTERS) == {"text", "json", "github"}


def test_promote_warnings() -> None:
    promoted = promote_warnings(PROBLEMS)
    assert {p.severity for p in promoted} == {"error"}
    assert [p.message for p in promoted] == [p.message for p in PROBLEMS]


def test_sort_by_path_then_position() -> None:
    unsorted = [
        error("b.md", 1, 1, "", "m", "r"),
        error("a.md", 10, 1, "", "m", "r"),
        error("a.md", 2, 9, "", "m", "r"),
        error("a.md", 2, 3, "", "m", "r"),
    ]
    assert [(p.path, p.line, p.column) for p in sort_problems(unsorted)] == [
        ("a.md", 2, 3),
        ("a.md", 2, 9),
        ("a.md", 10, 1),
        ("b.md", 1, 1),
    ]
