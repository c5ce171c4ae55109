"""The release record: what one release published, to compare the next one with.

A record lists every guideline of the release (drafts are never in one)
with its version, status, title and date of first publication (front
matter `published`), a hash of its text (title, summary and body) and a
hash of each practice's text. It is written as
`<VERSION>/release.json` inside the published site, so it lives on the
deploy branch with the version it describes: in every clone of the remote,
and gone with that version if the version is rolled back.

The date of first publication joined the record after releases had been
published without it: it is an optional key of the same format, so records
without it are still read (their `published` is None), and a reader that
does not know the key ignores it. `permanence` says what it is used for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..model import Guideline
from .rules import is_version, version_key

RECORD_FORMAT = 1
RECORD_FILE = "release.json"
RECORDS_DIR_ENV = "GUIDELINES_RECORDS_DIR"
VERSION_ENV = "GUIDELINES_VERSION"


class RecordError(Exception):
    """A record that cannot be read; the message names it and says why."""


@dataclass(frozen=True)
class PracticeEntry:
    id: str
    hash: str


@dataclass(frozen=True)
class GuidelineEntry:
    id: str
    version: str
    status: str
    title: str
    hash: str
    practices: tuple[PracticeEntry, ...] = ()
    superseded_by: str | None = None
    published: str | None = None  # ISO date of first publication; None in older records

    @property
    def practice_hashes(self) -> dict[str, str]:
        return {p.id: p.hash for p in self.practices}


@dataclass(frozen=True)
class ReleaseRecord:
    version: str
    released: str  # ISO 8601, UTC, to the second: "2026-11-29T20:00:00Z"
    commit: str
    guidelines: tuple[GuidelineEntry, ...]

    @property
    def by_id(self) -> dict[str, GuidelineEntry]:
        return {g.id: g for g in self.guidelines}

    @property
    def date(self) -> str:
        return self.released[:10]


def _digest(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normalized(text: str) -> str:
    """Line ends and trailing blanks do not make a change."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def guideline_entry(g: Guideline) -> GuidelineEntry:
    text = "\n".join((g.title, g.summary, _normalized(g.body)))
    practices = tuple(PracticeEntry(p.id, _digest(_normalized(p.text))) for p in g.practices)
    published = g.published.isoformat() if g.published else None
    return GuidelineEntry(
        g.id, g.version, g.status, g.title, _digest(text), practices, g.superseded_by, published
    )


def make_record(
    guidelines: Iterable[Guideline], version: str, released: str, commit: str
) -> ReleaseRecord:
    public = sorted((g for g in guidelines if g.is_public), key=lambda g: g.id)
    return ReleaseRecord(version, released, commit, tuple(guideline_entry(g) for g in public))


def record_to_json(record: ReleaseRecord) -> str:
    document = {
        "format": RECORD_FORMAT,
        "version": record.version,
        "released": record.released,
        "commit": record.commit,
        "guidelines": [_entry_data(g) for g in record.guidelines],
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _entry_data(g: GuidelineEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": g.id,
        "version": g.version,
        "status": g.status,
        "title": g.title,
        "hash": g.hash,
        "practices": [{"id": p.id, "hash": p.hash} for p in g.practices],
    }
    if g.superseded_by:
        data["superseded_by"] = g.superseded_by
    if g.published:
        data["published"] = g.published
    return data


def record_from_json(text: str | bytes, where: str) -> ReleaseRecord:
    try:
        data = json.loads(text)
        return _record(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise RecordError(f"{where}: not a readable release record ({exc})") from exc


def _record(data: Mapping[str, Any]) -> ReleaseRecord:
    if data.get("format") != RECORD_FORMAT:
        raise ValueError(f"unknown format {data.get('format')!r}")
    version = str(data["version"])
    if not is_version(version):
        raise ValueError(f"bad version {version!r}")
    guidelines = tuple(
        GuidelineEntry(
            id=str(g["id"]),
            version=str(g["version"]),
            status=str(g["status"]),
            title=str(g["title"]),
            hash=str(g["hash"]),
            practices=tuple(PracticeEntry(str(p["id"]), str(p["hash"])) for p in g["practices"]),
            superseded_by=g.get("superseded_by"),
            published=_optional_date(g.get("published")),
        )
        for g in data["guidelines"]
    )
    return ReleaseRecord(version, str(data["released"]), str(data["commit"]), guidelines)


def _optional_date(value: Any) -> str | None:
    """Absent in records made before the key existed; a date when present."""
    if value is None:
        return None
    return date.fromisoformat(str(value)).isoformat()  # ValueError: an unreadable record


def sort_records(records: Iterable[ReleaseRecord]) -> tuple[ReleaseRecord, ...]:
    """Oldest first."""
    return tuple(sorted(records, key=lambda r: version_key(r.version)))


def write_records_dir(folder: Path, records: Iterable[ReleaseRecord]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for record in records:
        (folder / f"{record.version}.json").write_text(record_to_json(record), "utf-8")


def load_records_dir(folder: Path) -> tuple[ReleaseRecord, ...]:
    """Every `<VERSION>.json` record in a folder (the release command's hand-over)."""
    if not folder.is_dir():
        raise RecordError(f"{folder}: no such folder of release records")
    records = [
        record_from_json(path.read_bytes(), path.name)
        for path in sorted(folder.glob("*.json"))
        if is_version(path.stem)
    ]
    return sort_records(records)
