"""One guideline file: from bytes to a checked `Guideline`, with every problem found.

The steps run in order and each stops only what depends on it: a schema
error does not hide an unsafe link in the body, so a contributor sees all
of a file's problems in one run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import schemas
from ..model import Guideline, guideline_from_data
from ..problems import Problem, error, warning
from . import fields, safety
from .placeholders import placeholder_problems
from .source import decode_source, split_front_matter
from .yamltree import Path, Where, YamlTree, dotted, parse_yaml

DATE_FIELDS = ("published", "updated", "review_by")


@dataclass(frozen=True)
class LoadedDocument:
    """A file's outcome: the model if it could be built, and its positions."""

    path: str
    guideline: Guideline | None
    tree: YamlTree | None
    problems: tuple[Problem, ...]
    status: str | None = None
    # The id of a file that could not be read, where a line `id: ...` gives it:
    # links to it are then not reported as links to nothing (its own error is the cause).
    recovered_id: str | None = None

    @classmethod
    def failed(cls, path: str, *problems: Problem, text: str = "") -> LoadedDocument:
        """A file that could not be read as a guideline at all."""
        return cls(path, None, None, problems, recovered_id=recover_id(text))

    @property
    def readable(self) -> bool:
        """Front matter that is a mapping: the corpus checks can read its fields."""
        return self.tree is not None and isinstance(self.tree.data, dict)


_ID_PATTERN = schemas.schema_pattern("properties", "id")
# The id as written, quoted or not, with or without a comment after it.
ID_LINE = re.compile(r"^id:[ \t]*[\"']?([A-Za-z0-9-]+)[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)
_RECOVERY_SPAN = 4000  # the id comes first in front matter; a broken file is not read further


def recover_id(text: str) -> str | None:
    """The id of a file YAML could not read, from a line `id: HSG-X-001` near its top."""
    found = ID_LINE.search(text[:_RECOVERY_SPAN])
    if found is None or not _ID_PATTERN.match(found.group(1)):
        return None
    return found.group(1)


def load_document(path: str, data: bytes, today: date, *, render: bool = True) -> LoadedDocument:
    """Read and check one file. `render=False` checks the body's characters and
    limits only: a site build renders every page itself and gates the result."""
    decoded = decode_source(path, data)
    if isinstance(decoded, Problem):
        return LoadedDocument.failed(
            path, decoded, text=data[:_RECOVERY_SPAN].decode("utf-8", errors="replace")
        )
    split = split_front_matter(decoded)
    if isinstance(split, Problem):
        return LoadedDocument.failed(path, split, text=decoded.text)
    problems = list(_body_problems(path, split.body, split.body_line, render))
    tree, yaml_problems = parse_yaml(split.front_matter, path, split.front_matter_line)
    problems.extend(yaml_problems)
    problems.extend(placeholder_problems(split, tree))
    if tree is None:
        return LoadedDocument.failed(path, *problems, text=split.front_matter)
    if not isinstance(tree.data, dict):
        where = tree.value_where(())
        problems.append(
            error(
                path,
                where.line,
                where.column,
                "",
                "front matter must be a mapping of fields (id: ..., title: ...)",
                "front-matter-not-mapping",
            )
        )
        return LoadedDocument(
            path, None, tree, tuple(problems), recovered_id=recover_id(split.front_matter)
        )
    schema_problems = fields.validate(schemas.GUIDELINE_SCHEMA, tree, path)
    problems.extend(schema_problems)
    problems.extend(_field_safety(path, tree))
    problems.extend(_date_problems(path, tree, today))
    problems.extend(_duplicate_practice_ids(path, tree))
    status = tree.data.get("status") if isinstance(tree.data.get("status"), str) else None
    guideline = None
    if not schema_problems:
        guideline = guideline_from_data(tree.data, path, split.body, split.body_line)
    return LoadedDocument(path, guideline, tree, tuple(problems), status)


# --- body ------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_H1 = re.compile(r"^ {0,3}#(?:[ \t]|$)")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")


def _body_problems(path: str, body: str, first_line: int, render: bool) -> Iterator[Problem]:
    if render:
        findings = safety.check_body(body)
    else:
        findings = safety.check_characters(body, in_body=True) + safety.check_limits(body)
    for finding in findings:
        line, column = _offset_position(body, finding.offset or 0, first_line)
        yield error(path, line, column, "body", finding.message, finding.rule)
    if not any(f.rule in _UNREADABLE for f in findings):
        yield from _h1_problems(path, body, first_line)


# Limits that stop a body from being read further.
_UNREADABLE = frozenset({"body-too-long", "line-too-long"})


def _offset_position(text: str, offset: int, first_line: int) -> tuple[int, int]:
    before = text[:offset]
    return first_line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1


def _h1_problems(path: str, body: str, first_line: int) -> Iterator[Problem]:
    if "#" not in body and "=" not in body:
        return
    fence: str | None = None
    previous = ""
    for number, line in enumerate(body.split("\n"), start=first_line):
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            previous = ""
            continue
        if fence is None and (_ATX_H1.match(line) or (_SETEXT_H1.match(line) and previous.strip())):
            yield error(
                path,
                number,
                1,
                "body",
                "the body must not have an H1: the title comes from the front matter; "
                "start sections at '##'",
                "body-h1",
            )
        previous = line if fence is None else ""


# --- front-matter fields ----------------------------------------------------


def _strings(value: Any, at: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*at, index))


def _field_safety(path: str, tree: YamlTree) -> Iterator[Problem]:
    for at, text in _strings(tree.data, ()):
        for finding in safety.check_field(text):
            where = tree.value_where(at)
            yield error(path, where.line, where.column, dotted(at), finding.message, finding.rule)


def _duplicate_practice_ids(path: str, tree: YamlTree) -> Iterator[Problem]:
    practices = tree.data.get("practices")
    if not isinstance(practices, list):
        return
    first: dict[str, int] = {}
    for index, practice in enumerate(practices):
        pid = practice.get("id") if isinstance(practice, dict) else None
        if not isinstance(pid, str):
            continue
        if pid not in first:
            first[pid] = index
            continue
        at = ("practices", index, "id")
        where = tree.value_where(at)  # positions are looked up only for a problem
        first_line = tree.value_where(("practices", first[pid], "id")).line
        yield error(
            path,
            where.line,
            where.column,
            dotted(at),
            f"practice id '{pid}' is used twice in this guideline (first at line "
            f"{first_line}); give each practice its own id",
            "duplicate-practice-id",
        )


# --- dates ------------------------------------------------------------------

_DATE_SHAPE = schemas.schema_pattern("$defs", "date")


def _date_problems(path: str, tree: YamlTree, today: date) -> Iterator[Problem]:
    dates: dict[str, date] = {}
    for name in DATE_FIELDS:
        raw = tree.data.get(name)
        if not isinstance(raw, str) or not _DATE_SHAPE.match(raw):
            continue  # absent or wrong shape: the schema reports it
        try:
            dates[name] = date.fromisoformat(raw)
        except ValueError as exc:
            where = tree.value_where((name,))
            yield error(
                path,
                where.line,
                where.column,
                name,
                f"'{raw}' is not a real date ({exc}); expected YYYY-MM-DD",
                "invalid-date",
            )
    yield from _date_order(path, tree, dates, today)


def _date_order(
    path: str, tree: YamlTree, dates: dict[str, date], today: date
) -> Iterator[Problem]:
    def at(name: str) -> Where:
        return tree.value_where((name,))

    published, updated, review_by = (dates.get(n) for n in DATE_FIELDS)
    for name in ("published", "updated"):
        value = dates.get(name)
        if value and value > today:
            w = at(name)
            yield error(
                path,
                w.line,
                w.column,
                name,
                f"{value} is in the future (today is {today})",
                "date-in-future",
            )
    if published and updated and updated < published:
        w = at("updated")
        yield error(
            path,
            w.line,
            w.column,
            "updated",
            f"{updated} is before published ({published})",
            "date-order",
        )
    if updated and review_by and review_by <= updated:
        w = at("review_by")
        yield error(
            path,
            w.line,
            w.column,
            "review_by",
            f"{review_by} must be after updated ({updated})",
            "date-order",
        )
    if review_by and review_by < today and tree.data.get("status") == "published":
        w = at("review_by")
        yield warning(
            path,
            w.line,
            w.column,
            "review_by",
            f"review overdue since {review_by}: review the guideline, then move review_by forward",
            "review-overdue",
        )
