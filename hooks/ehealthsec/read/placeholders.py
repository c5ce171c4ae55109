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

from ..problems import Problem, warning
from .source import SplitDocument
from .yamltree import Path, YamlTree, dotted

MARKER = "TODO:"
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:")


def placeholder_problems(split: SplitDocument, tree: YamlTree | None) -> Iterator[Problem]:
    """A warning at each placeholder, in the front matter, then in the body.
    With the parsed `tree`, a placeholder in a value names that value's field."""
    front_matter, body = split.front_matter, split.body
    if MARKER not in front_matter and MARKER not in body:
        return  # nearly every file: one substring search each
    fields = _fields_by_line(tree) if tree is not None else {}
    for line, column, field in _found(front_matter, split.front_matter_line, in_front_matter=True):
        yield _placeholder(split.path, line, column, fields.get(line, field))
    for line, column, field in _found(body, split.body_line, in_front_matter=False):
        yield _placeholder(split.path, line, column, field)


def _fields_by_line(tree: YamlTree) -> dict[int, str]:
    """The most nested field whose key is on each line."""
    deepest: dict[int, Path] = {}
    for at, where in tree.keys.items():
        if at and len(at) >= len(deepest.get(where.line, ())):
            deepest[where.line] = at
    return {line: dotted(at) for line, at in deepest.items()}


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
