"""The JSON Schemas, as data: the single source of truth for front matter and data files.

Validation against them lives in `read.fields`; the site publishes them
beside the pages (`schemas/`) and describes them (`site.schemadoc`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

GUIDELINE_SCHEMA = "guideline.schema.json"
VOCABULARY_SCHEMA = "vocabulary.schema.json"
SOURCES_SCHEMA = "sources.schema.json"
CATALOG_SCHEMA = "catalog.schema.json"


def schema_text(name: str) -> str:
    """The schema file as published beside the site."""
    return resources.files(__package__).joinpath(name).read_text("utf-8")


@cache
def load_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_text(name))
    return schema


def schema_pattern(*keys: str) -> re.Pattern[str]:
    """A pattern of the guideline schema, compiled: the schema stays the one source."""
    node: Any = load_schema(GUIDELINE_SCHEMA)
    for key in keys:
        node = node[key]
    return re.compile(node["pattern"])
