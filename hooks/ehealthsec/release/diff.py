"""What changed between two release records, for people (text) and tools (JSON).

Guidelines are added, updated (a new version or a new text), deprecated,
withdrawn, or removed (which a release refuses: ids are permanent, but a
comparison of any two records still says so). Practices of guidelines in
both records are added, removed or reworded (same id, new text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .record import GuidelineEntry, ReleaseRecord

LIFECYCLE_ENDS = ("deprecated", "withdrawn")


@dataclass(frozen=True)
class GuidelineChange:
    id: str
    title: str
    old_version: str | None
    new_version: str | None
    superseded_by: str | None = None


@dataclass(frozen=True)
class PracticeChange:
    guideline: str
    practice: str


@dataclass(frozen=True)
class Changes:
    old: str | None
    new: str
    added: tuple[GuidelineChange, ...] = ()
    updated: tuple[GuidelineChange, ...] = ()
    deprecated: tuple[GuidelineChange, ...] = ()
    withdrawn: tuple[GuidelineChange, ...] = ()
    removed: tuple[GuidelineChange, ...] = ()
    practices_added: tuple[PracticeChange, ...] = ()
    practices_removed: tuple[PracticeChange, ...] = ()
    practices_reworded: tuple[PracticeChange, ...] = ()

    @property
    def guideline_sections(self) -> tuple[tuple[str, tuple[GuidelineChange, ...]], ...]:
        return (
            ("added", self.added),
            ("updated", self.updated),
            ("deprecated", self.deprecated),
            ("withdrawn", self.withdrawn),
            ("removed", self.removed),
        )

    @property
    def practice_sections(self) -> tuple[tuple[str, tuple[PracticeChange, ...]], ...]:
        return (
            ("added", self.practices_added),
            ("removed", self.practices_removed),
            ("reworded", self.practices_reworded),
        )

    @property
    def empty(self) -> bool:
        return not any(items for _, items in (*self.guideline_sections, *self.practice_sections))


def _change(old: GuidelineEntry | None, new: GuidelineEntry | None) -> GuidelineChange:
    entry = new or old
    assert entry is not None
    return GuidelineChange(
        entry.id,
        entry.title,
        old.version if old else None,
        new.version if new else None,
        entry.superseded_by,
    )


def compare(old: ReleaseRecord | None, new: ReleaseRecord) -> Changes:
    """The changes from `old` (None: nothing was released before) to `new`."""
    before = old.by_id if old else {}
    after = new.by_id
    sections: dict[str, list[GuidelineChange]] = {
        k: [] for k in ("added", "updated", "deprecated", "withdrawn", "removed")
    }
    practices: dict[str, list[PracticeChange]] = {k: [] for k in ("added", "removed", "reworded")}
    for gid in sorted(set(before) | set(after)):
        was, now = before.get(gid), after.get(gid)
        if was is None:
            sections["added"].append(_change(None, now))
        elif now is None:
            sections["removed"].append(_change(was, None))
        else:
            kind = _guideline_change_kind(was, now)
            if kind:
                sections[kind].append(_change(was, now))
            _compare_practices(was, now, practices)
    return Changes(
        old.version if old else None,
        new.version,
        added=tuple(sections["added"]),
        updated=tuple(sections["updated"]),
        deprecated=tuple(sections["deprecated"]),
        withdrawn=tuple(sections["withdrawn"]),
        removed=tuple(sections["removed"]),
        practices_added=tuple(practices["added"]),
        practices_removed=tuple(practices["removed"]),
        practices_reworded=tuple(practices["reworded"]),
    )


def _guideline_change_kind(was: GuidelineEntry, now: GuidelineEntry) -> str | None:
    if now.status != was.status and now.status in LIFECYCLE_ENDS:
        return now.status
    if now.version != was.version or now.hash != was.hash or now.status != was.status:
        return "updated"
    return None


def _compare_practices(
    was: GuidelineEntry, now: GuidelineEntry, out: dict[str, list[PracticeChange]]
) -> None:
    before, after = was.practice_hashes, now.practice_hashes
    for pid in after:
        if pid not in before:
            out["added"].append(PracticeChange(now.id, pid))
        elif after[pid] != before[pid]:
            out["reworded"].append(PracticeChange(now.id, pid))
    out["removed"].extend(PracticeChange(now.id, pid) for pid in before if pid not in after)


def version_change(change: GuidelineChange) -> str:
    if change.old_version and change.new_version and change.old_version != change.new_version:
        return f"{change.old_version} -> {change.new_version}"
    return change.new_version or change.old_version or ""


# --- output -----------------------------------------------------------------------------


def changes_to_data(changes: Changes) -> dict[str, Any]:
    return {
        "old": changes.old,
        "new": changes.new,
        "guidelines": {
            name: [
                {
                    "id": c.id,
                    "title": c.title,
                    "old_version": c.old_version,
                    "new_version": c.new_version,
                    **({"superseded_by": c.superseded_by} if c.superseded_by else {}),
                }
                for c in items
            ]
            for name, items in changes.guideline_sections
        },
        "practices": {
            name: [{"guideline": p.guideline, "practice": p.practice} for p in items]
            for name, items in changes.practice_sections
        },
    }


def format_json(changes: Changes) -> str:
    return json.dumps(changes_to_data(changes), ensure_ascii=False, indent=2) + "\n"


def format_text(changes: Changes) -> str:
    since = f"from {changes.old} to {changes.new}" if changes.old else f"in {changes.new}"
    lines = [f"Changes {since}:"]
    if changes.empty:
        lines.append("  no changes")
    for name, items in changes.guideline_sections:
        if items:
            lines.append(f"  guidelines {name} ({len(items)}):")
            lines.extend(f"    {c.id} {version_change(c)}: {c.title}" for c in items)
    for name, practices in changes.practice_sections:
        if practices:
            lines.append(f"  practices {name} ({len(practices)}):")
            lines.extend(f"    {p.guideline} {p.practice}" for p in practices)
    return "\n".join(lines) + "\n"


FORMATS = {"text": format_text, "json": format_json}
