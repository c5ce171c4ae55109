"""The schemas: the fast validator and the detailed one agree, and every pattern
anchors at the true end of a value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from ehealthsec import schemas
from ehealthsec.read import fields

SCHEMAS = (schemas.GUIDELINE_SCHEMA, schemas.VOCABULARY_SCHEMA, schemas.SOURCES_SCHEMA)


def test_the_fast_validator_refuses_what_the_detailed_one_refuses() -> None:
    validator = fields._fast_validator(schemas.VOCABULARY_SCHEMA)
    validator({"security-teams": {"label": "Security teams", "description": "Who runs it."}})
    with pytest.raises(fields.fastjsonschema.JsonSchemaException):
        validator({"security-teams": {"label": "<b>", "description": "Who runs it."}})


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


@pytest.mark.parametrize("name", SCHEMAS)
def test_no_pattern_accepts_a_trailing_line_break(name: str) -> None:
    # Python's `$` also matches before a final line break; ECMAScript's does not.
    # `$(?!\n)` means the same in both, so "HSG-RANS-001\n" is no id anywhere.
    patterns = list(_patterns(schemas.load_schema(name)))
    assert patterns
    for pattern in patterns:
        assert pattern.endswith("$(?!\\n)"), pattern
        assert re.search(pattern, "HSG-RANS-001\n") is None
