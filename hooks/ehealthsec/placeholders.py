"""Placeholders that `guidelines new` writes, until a contributor replaces them.

Every placeholder sentence of the scaffold starts with one fixed marker, so a
draft can be checked and previewed while it is written, yet `--strict`, a
release and `mkdocs build --strict` refuse it (a warning each) until every
placeholder is gone. The marker is found in the text as written, comments
included, so that a placeholder comment in the front matter counts as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .problems import Problem, warning

MARKER = "TODO:"
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:")


def placeholder_problems(
    path: str, front_matter: str, front_matter_line: int, body: str, body_line: int
) -> Iterator[Problem]:
    """A warning at each placeholder, in the front matter, then in the body."""
    if MARKER not in front_matter and MARKER not in body:
        return  # nearly every file: one substring search each
    for line, column, field in _found(front_matter, front_matter_line, in_front_matter=True):
        yield _placeholder(path, line, column, field)
    for line, column, field in _found(body, body_line, in_front_matter=False):
        yield _placeholder(path, line, column, field)


def _found(text: str, first_line: int, *, in_front_matter: bool) -> Iterator[tuple[int, int, str]]:
    field = "" if in_front_matter else "body"
    for number, line in enumerate(text.split("\n"), start=first_line):
        key = _TOP_LEVEL_KEY.match(line) if in_front_matter else None
        if key:
            field = key.group(1)  # the field a nested line or a comment below it belongs to
        column = line.find(MARKER)
        if column >= 0:
            yield number, column + 1, field


def _placeholder(path: str, line: int, column: int, field: str) -> Problem:
    return warning(
        path,
        line,
        column,
        field,
        f"placeholder '{MARKER} ...' from `guidelines new`: replace it with your text "
        "(--strict and releases refuse it)",
        "placeholder",
    )
