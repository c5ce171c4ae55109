"""`guidelines new`: a draft guideline file that already passes validation."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .corpus import GUIDELINES_DIR, find_guideline_files
from .schema import schema_pattern

_ID = schema_pattern("properties", "id")
_AREA = schema_pattern("$defs", "key")  # a folder name has the shape of a key
# The id as written, quoted or not, with or without a comment after it.
_ID_LINE = re.compile(r"^id:[ \t]*[\"']?([A-Za-z0-9-]+)", re.MULTILINE)


class ScaffoldError(Exception):
    pass


def slugify(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:8]) or "guideline"


def _used_ids(root: Path) -> set[str]:
    ids = set()
    for path in find_guideline_files(root):
        match = _ID_LINE.search(path.read_text("utf-8", errors="replace")[:4000])
        if match:
            ids.add(match.group(1))
    return ids


def render(gid: str, title: str, kind: str) -> str:
    quoted_title = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"""---
id: {gid}
title: {quoted_title}
summary: "One or two plain sentences: who this is for and what it helps them do."
type: {kind}
status: draft
version: 0.1.0
owner: Health Cybersecurity Guidelines Editorial Board
audience: [security-teams]
topics: [governance]
references:
  - source: nis2
    at: Art. 21(2)(a)
related: []
practices:
  - id: GP-01
    text: One actionable statement a reader can tick off, with a number or a frequency.
    level: essential
    references:
      - source: nis2
        at: Art. 21(2)(a)
---

## Who this is for

Name the roles that should act on this guidance.

## Why it matters

Explain the risk to patient care and to health data, with a sourced figure or incident.

## What the rules require

Name each duty with its article (for example NIS2 Art. 21(2)(a)).

## The practices

### GP-01 Short name

How to do it, and why.

## What good looks like

## How to check
"""


def create(root: Path, gid: str, title: str, area: str, kind: str, today: date) -> Path:
    """Write the scaffold; refuse ids in use, bad names and existing files."""
    del today  # drafts carry no dates; `published` is set when the draft is published
    if not _ID.match(gid):
        raise ScaffoldError(
            f"'{gid}' is not a valid id: use upper-case words joined by hyphens, like HSG-RANS-002"
        )
    if not 10 <= len(title) <= 120:
        raise ScaffoldError(f"the title is {len(title)} characters; it must be 10 to 120")
    if not _AREA.match(area):
        raise ScaffoldError(
            f"'{area}' is not a valid area: use a lower-case folder name like medical-devices"
        )
    if gid in _used_ids(root):
        raise ScaffoldError(f"id '{gid}' is already used; ids are never reused")
    path = root / GUIDELINES_DIR / area / f"{gid.lower()}-{slugify(title)}.md"
    if path.exists():
        raise ScaffoldError(f"{path.relative_to(root)} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(gid, title, kind), encoding="utf-8")
    return path
