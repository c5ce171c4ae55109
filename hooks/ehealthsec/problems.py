"""Problems found in guideline files, and the three ways to print them.

Every check reports a `Problem`; nothing stops at the first one. The text
shape `PATH:LINE:COLUMN: severity: FIELD: MESSAGE [RULE]` is a contract
(editors and CI parse it), so it is built in exactly one place.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, pointing at the offending key or value."""

    path: str
    line: int
    column: int
    severity: Severity
    field: str
    message: str
    rule: str

    def as_text(self) -> str:
        field = self.field or "-"
        return printable(
            f"{self.path}:{self.line}:{self.column}: {self.severity}: "
            f"{field}: {self.message} [{self.rule}]"
        )


# Characters that draw nothing or draw text in another order: format characters
# (Unicode category Cf) and the line and paragraph separators. Those outside the
# first plane are few and listed; the rest are looked up once.
INVISIBLE: tuple[int, ...] = (
    *(c for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) in ("Cf", "Zl", "Zp")),
    0x110BD,
    0x110CD,
    *range(0x13430, 0x13440),
    *range(0x1BCA0, 0x1BCA4),
    *range(0x1D173, 0x1D17B),
    0xE0001,
    *range(0xE0020, 0xE0080),
)
# Line breaks, controls and invisible characters as escapes: a field name or a
# locator from a file must not forge a line of the report, or hide in it.
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({c: f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}" for c in INVISIBLE})


def printable(text: str) -> str:
    """`text` on one line, with every control or invisible character escaped."""
    return text.translate(_ESCAPES)


def error(path: str, line: int, column: int, field: str, message: str, rule: str) -> Problem:
    return Problem(path, line, column, "error", field, message, rule)


def warning(path: str, line: int, column: int, field: str, message: str, rule: str) -> Problem:
    return Problem(path, line, column, "warning", field, message, rule)


def promote_warnings(problems: Iterable[Problem]) -> list[Problem]:
    """`--strict` and release mode: every warning counts as an error."""
    return [replace(p, severity="error") for p in problems]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.column, p.rule, p.message))


def count(problems: Sequence[Problem]) -> tuple[int, int]:
    errors = sum(1 for p in problems if p.severity == "error")
    return errors, len(problems) - errors


def summary_line(files: int, problems: Sequence[Problem]) -> str:
    errors, warnings = count(problems)
    return (
        f"{files} {_plural(files, 'file')}, {errors} {_plural(errors, 'error')}, "
        f"{warnings} {_plural(warnings, 'warning')}"
    )


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def format_text(problems: Sequence[Problem], files: int) -> str:
    lines = [p.as_text() for p in problems]
    lines.append(summary_line(files, problems))
    return "\n".join(lines) + "\n"


def format_json(problems: Sequence[Problem], files: int) -> str:
    errors, warnings = count(problems)
    document = {
        "files": files,
        "errors": errors,
        "warnings": warnings,
        "problems": [asdict(p) for p in problems],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _escape_property(value: str) -> str:
    # GitHub's workflow-command escaping for property values.
    return printable(
        value.replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace(":", "%3A")
        .replace(",", "%2C")
    )


def _escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def format_github(problems: Sequence[Problem], files: int) -> str:
    lines = []
    for p in problems:
        title = _escape_property(f"{p.field or '-'} [{p.rule}]")
        lines.append(
            f"::{p.severity} file={_escape_property(p.path)},line={p.line},"
            f"col={p.column},title={title}::{_escape_data(p.message)}"
        )
    lines.append(summary_line(files, problems))
    return "\n".join(lines) + "\n"


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github}
