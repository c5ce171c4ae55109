"""The front-matter reference page, generated from the JSON Schema itself."""

from __future__ import annotations

from typing import Any

from .. import schemas
from .markup import md_text
from .pages import GeneratedPage

SCHEMA_PAGE_SRC = "schema.md"
SCHEMAS_INDEX_SRC = "schemas/index.md"
# A key's hint names an example of its own vocabulary, not the audience one for every list.
KEY_EXAMPLES = {"audience": "security-teams", "topics": "incident-response"}


def _type_of(spec: dict[str, Any], defs: dict[str, Any], example: str | None = None) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        if name == "key" and example:
            return f"string (a lower-case key with hyphens, like {md_text(example)})"
        return _type_of(defs.get(name, {}), defs) if name in ("date", "key", "id") else name
    if "enum" in spec:
        return " or ".join(f"`{v}`" for v in spec["enum"])
    kind = spec.get("type", "")
    if kind == "array":
        return f"list of {_type_of(spec.get('items', {}), defs, example)}"
    hint = spec.get("x-hint")
    return f"{kind} ({md_text(hint)})" if hint else str(kind)


def schema_page() -> GeneratedPage:
    spec = schemas.load_schema(schemas.GUIDELINE_SCHEMA)
    defs = spec.get("$defs", {})
    required = set(spec.get("required", []))
    rows = [
        f"| `{name}` | {'yes' if name in required else 'no'} | "
        f"{_type_of(prop, defs, KEY_EXAMPLES.get(name))} | "
        f"{md_text(prop.get('description', ''))} |"
        for name, prop in spec["properties"].items()
    ]
    practice = defs["practice"]["properties"]
    practice_rows = [f"| `{name}` | {_type_of(prop, defs)} |" for name, prop in practice.items()]
    markdown = f"""# Front-matter reference

Every guideline file starts with YAML front matter. This page is generated
from the [JSON Schema](schemas/guideline.schema.json) that `guidelines validate`
and the site build use, so it is always current. Point your editor's YAML
language server at that schema for completion and inline errors.

`published`, `updated` and `review_by` are required unless `status` is `draft`.

| Field | Required | Type | Meaning |
| --- | --- | --- | --- |
{chr(10).join(rows)}

## Practices

| Field | Type |
| --- | --- |
{chr(10).join(practice_rows)}
"""
    return GeneratedPage(
        SCHEMA_PAGE_SRC, markdown, "Front-matter reference", "Fields of a guideline file."
    )


def schemas_index_page() -> GeneratedPage:
    """`schemas/`: the published JSON Schemas, so that the folder is not a dead end."""
    markdown = """# JSON Schemas

The machine-readable contracts of this guidance, in JSON Schema (draft 2020-12).
The [front-matter reference](../schema.md) explains the fields for people.

- [guideline.schema.json](guideline.schema.json): the front matter of a guideline
  file. Point your editor's YAML language server at it for completion and
  inline errors.
- [catalog.schema.json](catalog.schema.json): the layout of
  [catalog.json](../catalog.json), every guideline's metadata.
"""
    return GeneratedPage(
        SCHEMAS_INDEX_SRC,
        markdown,
        "JSON Schemas",
        "The JSON Schemas of a guideline's front matter and of catalog.json.",
    )
