"""Front matter and data files checked against their JSON Schema, each error at its position.

The schemas (`ehealthsec.schemas`) are the single source of truth. Valid files
take a fast path (a `fastjsonschema` validator compiled once per process, a
few microseconds a file); only a file that fails is checked again with
`jsonschema`, which lists every error with its path so each can be pinned
to a line.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

import fastjsonschema

if TYPE_CHECKING:  # imported when a file fails: most builds never need it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from ..problems import Problem, error
from ..schemas import load_schema
from .yamltree import Path, YamlTree, dotted


def prepare(name: str) -> None:
    """Compile a schema's fast validator now, before work is shared with other
    processes: each would otherwise compile it again."""
    _fast_validator(name)


@cache
def _fast_validator(name: str) -> Callable[[Any], Any]:
    """The compiled validator: a few hundredths of a second, once per process.

    (Validators generated ahead of time saved that much, under 1% of a
    validation or a build at 2,000 guidelines, so they were removed.)"""
    return fastjsonschema.compile(_for_fastjsonschema(name))


def _for_fastjsonschema(name: str) -> dict[str, Any]:
    schema = copy.deepcopy(load_schema(name))
    # fastjsonschema knows drafts 4 to 7; our keywords mean the same there.
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema.pop("$id", None)
    return schema


@cache
def _detailed_validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(name: str, tree: YamlTree, path: str) -> list[Problem]:
    """Every schema problem in `tree`, each at the line of its key or value."""
    try:
        _fast_validator(name)(tree.data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    errors = _detailed_validator(name).iter_errors(tree.data)
    problems = [p for e in _leaf_errors(errors) for p in _to_problems(e, tree, path)]
    return _one_per_field(_without_follow_ons(problems, tree.data))


# The fields that `status` makes required: follow-ons of a missing or wrong status.
_REQUIRED_BY_STATUS = frozenset({"published", "updated", "review_by"})
# When one field breaks several rules, the one that says most about what to do comes first.
_RULE_RANK = {"yaml-type": 0, "type": 1, "enum": 2, "pattern": 3, "length": 4}


def _without_follow_ons(problems: list[Problem], data: Any) -> list[Problem]:
    """Drop "'published' is required unless the status is draft" when the status
    itself is missing or invalid: that status is the cause, and its own error says so."""
    if not isinstance(data, dict) or not any(p.field == "status" for p in problems):
        return problems
    return [p for p in problems if not (p.rule == "required" and p.field in _REQUIRED_BY_STATUS)]


def _one_per_field(problems: list[Problem]) -> list[Problem]:
    """One error for a field with an invalid value: the most telling of its rules."""
    best: dict[str, Problem] = {}
    for problem in sorted(set(problems), key=lambda p: (_RULE_RANK.get(p.rule, 9), p)):
        best.setdefault(problem.field or problem.message, problem)
    return sorted(best.values())


def _leaf_errors(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """Replace `if/then` and `$ref` wrappers by the concrete errors inside them."""
    for err in errors:
        if err.context and err.validator in ("anyOf", "oneOf", "allOf"):
            yield from _leaf_errors(iter(err.context))
        else:
            yield err


def _to_problems(err: ValidationError, tree: YamlTree, path: str) -> Iterator[Problem]:
    at: Path = tuple(err.absolute_path)
    kind = err.validator
    if kind == "additionalProperties":
        yield from _unknown_fields(err, tree, path, at)
        return
    if kind == "required":
        missing = _missing_name(err)
        where = tree.where(at)
        field = dotted((*at, missing))
        yield error(
            path,
            where.line,
            where.column,
            field,
            f"'{missing}' is required" + _required_hint(at, missing),
            "required",
        )
        return
    if "propertyNames" in err.relative_schema_path:  # a bad key: point at the key itself
        key_at = (*at, str(err.instance))
        where = tree.where(key_at)
        yield error(path, where.line, where.column, dotted(key_at), _message(err), _rule(err))
        return
    if kind == "type" and at in tree.retyped:
        yield _retyped_problem(err, tree, path, at)
        return
    where = tree.value_where(at)
    yield error(path, where.line, where.column, dotted(at), _message(err), _rule(err))


def _unknown_fields(err: ValidationError, tree: YamlTree, path: str, at: Path) -> Iterator[Problem]:
    known = sorted(_subschema(err).get("properties", {}))
    instance = err.instance if isinstance(err.instance, dict) else {}
    for key in instance:
        if key in known:
            continue
        where = tree.where((*at, key))
        hint = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        suggestion = f"did you mean '{hint[0]}'? " if hint else ""
        yield error(
            path,
            where.line,
            where.column,
            dotted((*at, key)),
            f"unknown field '{key}': {suggestion}known fields: {', '.join(known)}",
            "unknown-field",
        )


def _missing_name(err: ValidationError) -> str:
    # jsonschema says "'title' is a required property"; the name is the first quoted word.
    message = err.message
    return message.split("'")[1] if message.count("'") >= 2 else message


def _required_hint(at: Path, missing: str) -> str:
    if not at and missing in ("published", "updated", "review_by"):
        return " unless the status is draft"
    return ""


def _retyped_problem(err: ValidationError, tree: YamlTree, path: str, at: Path) -> Problem:
    raw = tree.retyped[at]
    if len(raw) > 40:  # a runaway value would drown the message
        raw = raw[:37] + "..."
    reading = _yaml_reading(err.instance)
    where = tree.value_where(at)
    expected = _expected(err)
    message = (
        f"unquoted {raw} is read by YAML as {reading}, but {expected} is expected; "
        f'write "{raw}" in quotes if you mean the text'
    )
    if not raw:  # `title:` with nothing after it
        message = f"has no value, but {expected} is expected"
    return error(path, where.line, where.column, dotted(at), message, "yaml-type")


def _yaml_reading(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "null (no value)"
    return "a number"


def _expected(err: ValidationError) -> str:
    wanted: Any = err.validator_value
    names = {"string": "text", "array": "a list", "object": "a mapping", "boolean": "true or false"}
    if isinstance(wanted, str):
        return names.get(wanted, wanted)
    return " or ".join(names.get(w, w) for w in wanted)


def _subschema(err: ValidationError) -> dict[str, Any]:
    return dict(err.schema) if isinstance(err.schema, dict) else {}


def _rule(err: ValidationError) -> str:
    return {
        "type": "type",
        "enum": "enum",
        "pattern": "pattern",
        "minLength": "length",
        "maxLength": "length",
        "minItems": "empty-list",
        "minProperties": "empty",
        "uniqueItems": "duplicate-item",
        "propertyNames": "pattern",
    }.get(str(err.validator), f"schema-{err.validator}")


def _message(err: ValidationError) -> str:
    kind = err.validator
    value: Any = err.validator_value
    instance: Any = err.instance
    if kind == "type":
        return f"expected {_expected(err)}, found {_describe(instance)}"
    if kind == "enum":
        options = [str(v) for v in value]
        hint = difflib.get_close_matches(str(instance), options, n=1, cutoff=0.6)
        suggestion = f"did you mean '{hint[0]}'? " if hint else ""
        allowed = ", ".join(options)
        return f"{_describe(instance)} is not allowed: {suggestion}expected one of: {allowed}"
    if kind == "pattern":
        hint = _subschema(err).get("x-hint", f"text matching {value}")
        return f"{_describe(instance)} is not valid: expected {hint}"
    if kind == "minLength":
        return f"is {len(instance)} characters; at least {value} expected"
    if kind == "maxLength":
        return f"is {len(instance)} characters; at most {value} allowed"
    if kind == "minItems":
        return "must list at least one value"
    if kind == "uniqueItems":
        return f"lists the same value twice: {_first_duplicate(instance)!r}"
    if kind == "minProperties":
        return "must not be empty"
    return err.message


def _first_duplicate(items: list[Any]) -> Any:
    seen: list[Any] = []
    for item in items:
        if item in seen:
            return item
        seen.append(item)
    return None


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a number"
