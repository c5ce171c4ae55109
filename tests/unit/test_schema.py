"""The schemas' fast validators are generated ahead of time and must stay current."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest
from ehealthsec import schema

VALIDATORS = Path(schema.__file__).parent / "validators"


@pytest.mark.parametrize("name", schema.FAST_SCHEMAS)
def test_generated_validator_is_current(name: str) -> None:
    """Made from today's schema. Its code may come from another fastjsonschema
    release than the one installed; where it cannot be imported there, the
    schema is compiled at run time instead (see the next tests)."""
    path = VALIDATORS / f"{name.removesuffix('.schema.json')}.py"
    expected = f'SCHEMA_SHA256 = "{schema._digest(name)}"'
    assert expected in path.read_text("utf-8").splitlines(), (
        f"{path} is out of date with schemas/{name}: run `python -m ehealthsec.validators`"
    )


@pytest.mark.parametrize("name", schema.FAST_SCHEMAS)
def test_the_generated_validator_is_the_one_used(name: str) -> None:
    module = import_module(f"ehealthsec.validators.{name.removesuffix('.schema.json')}")
    assert schema._fast_validator(name) is module.validate


def test_a_changed_schema_is_compiled_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited schema still validates right before its module is generated again."""
    schema._fast_validator.cache_clear()
    monkeypatch.setattr(schema, "_digest", lambda name: "changed")
    try:
        validator = schema._fast_validator(schema.VOCABULARY_SCHEMA)
        module = import_module("ehealthsec.validators.vocabulary")
        assert validator is not module.validate
        validator({"security-teams": {"label": "Security teams", "description": "Who runs it."}})
        with pytest.raises(schema.fastjsonschema.JsonSchemaException):
            validator({"security-teams": {"label": "<b>", "description": "Who runs it."}})
    finally:
        schema._fast_validator.cache_clear()
