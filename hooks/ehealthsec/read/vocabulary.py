"""Loading the controlled vocabularies and the source registry from `guidelines/`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import schemas
from ..model import Source, Term, Vocabulary
from ..problems import Problem, error
from . import fields
from .source import decode_source
from .yamltree import parse_yaml

AUDIENCES_FILE = "audiences.yml"
TOPICS_FILE = "topics.yml"
SOURCES_FILE = "sources.yml"
DATA_FILES = (AUDIENCES_FILE, TOPICS_FILE, SOURCES_FILE)


def _load_mapping(
    root: Path, relative: str, schema_name: str
) -> tuple[dict[str, Any], list[Problem]]:
    path = root / relative
    if not path.is_file():
        return {}, [error(relative, 1, 1, "", "data file is missing", "data-file-missing")]
    decoded = decode_source(relative, path.read_bytes())
    if isinstance(decoded, Problem):
        return {}, [decoded]
    tree, problems = parse_yaml(decoded.text, relative)
    if tree is None or problems:
        return {}, problems
    if not isinstance(tree.data, dict):
        return {}, [error(relative, 1, 1, "", "expected a mapping of keys", "type")]
    problems = fields.validate(schema_name, tree, relative)
    return (tree.data if not problems else {}), problems


def load_vocabulary(root: Path, folder: str = "guidelines") -> tuple[Vocabulary, list[Problem]]:
    """Read audiences, topics and sources; problems point into the data files."""
    audiences, p1 = _load_mapping(root, f"{folder}/{AUDIENCES_FILE}", schemas.VOCABULARY_SCHEMA)
    topics, p2 = _load_mapping(root, f"{folder}/{TOPICS_FILE}", schemas.VOCABULARY_SCHEMA)
    sources, p3 = _load_mapping(root, f"{folder}/{SOURCES_FILE}", schemas.SOURCES_SCHEMA)
    vocabulary = Vocabulary(
        audiences={k: Term(k, v["label"], v["description"]) for k, v in audiences.items()},
        topics={k: Term(k, v["label"], v["description"]) for k, v in topics.items()},
        sources={
            k: Source(k, v["label"], v["title"], v["kind"], v["url"], dict(v.get("locators", {})))
            for k, v in sources.items()
        },
    )
    return vocabulary, [*p1, *p2, *p3]
