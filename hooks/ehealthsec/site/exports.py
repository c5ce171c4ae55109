"""Machine-readable exports published beside the site: catalog.json and checklist.csv."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..model import Guideline, Reference, Vocabulary, guideline_url
from .pages import versioned_base

CATALOG_JSON = "catalog.json"
CHECKLIST_CSV = "checklist.csv"
CATALOG_SCHEMA_PATH = "schemas/catalog.schema.json"
GUIDELINE_SCHEMA_PATH = "schemas/guideline.schema.json"
CHECKLIST_COLUMNS = (
    "guideline_id",
    "guideline_title",
    "practice_id",
    "text",
    "level",
    "audiences",
    "topics",
    "references",
    "release",
)
DEV_BUILD = "dev"  # the release column of a development build
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _reference(ref: Reference) -> dict[str, str]:
    return {"source": ref.source, "at": ref.at} if ref.at else {"source": ref.source}


def guideline_record(g: Guideline, site_url: str, release: str = "") -> dict[str, Any]:
    """All metadata of one guideline, in front-matter field names."""
    base = versioned_base(site_url, release)
    record: dict[str, Any] = {
        "id": g.id,
        "title": g.title,
        "summary": g.summary,
        "type": g.type,
        "status": g.status,
        "version": g.version,
        "published": g.published.isoformat() if g.published else None,
        "updated": g.updated.isoformat() if g.updated else None,
        "review_by": g.review_by.isoformat() if g.review_by else None,
        "owner": g.owner,
        "audience": list(g.audience),
        "topics": list(g.topics),
        "references": [_reference(r) for r in g.references],
        "related": list(g.related),
        "related_practices": list(g.related_practices),
        "supersedes": g.supersedes,
        "superseded_by": g.superseded_by,
        "withdrawal_reason": g.withdrawal_reason,
        "practices": [
            {
                "id": p.id,
                "text": p.text,
                "level": p.level,
                "references": [_reference(r) for r in p.references],
            }
            for p in g.practices
        ],
        "url": f"{base}/{guideline_url(g.id)}" if base else guideline_url(g.id),
        "source_path": g.path,
    }
    return record


def catalog_json(guidelines: tuple[Guideline, ...], site_url: str, release: str = "") -> str:
    base = versioned_base(site_url, release)
    document = {
        "schema": f"{base}/{CATALOG_SCHEMA_PATH}" if base else CATALOG_SCHEMA_PATH,
        "release": release or None,  # null: a development build, not a release
        "count": len(guidelines),
        "practice_count": sum(len(g.practices) for g in guidelines),
        "guidelines": [guideline_record(g, site_url, release) for g in guidelines],
    }
    # Compact: the C encoder only runs without `indent`, and this file is for programs.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def _cell(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _reference_text(refs: tuple[Reference, ...], vocabulary: Vocabulary) -> str:
    return "; ".join(r.label(vocabulary) for r in refs)


def checklist_csv(
    guidelines: tuple[Guideline, ...], vocabulary: Vocabulary, release: str = ""
) -> bytes:
    """One row per practice; UTF-8 with BOM so spreadsheet programs detect the encoding."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CHECKLIST_COLUMNS)
    for g in guidelines:
        audiences = "; ".join(g.audience)
        topics = "; ".join(g.topics)
        for p in g.practices:
            row = (
                g.id,
                g.title,
                p.id,
                p.text,
                p.level,
                audiences,
                topics,
                _reference_text(p.references, vocabulary),
                release or DEV_BUILD,
            )
            writer.writerow([_cell(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


# Public names for the other exports (the workbook, the catalog page's download).
defuse_formula = _cell
reference_text = _reference_text
