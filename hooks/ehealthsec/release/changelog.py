"""The site's changelog of guidance, its Atom feed, and each guideline's history.

All three are made from the release records only (never hand-written):
the changelog page lists every release up to the one being built, newest
first, with what it added, updated, deprecated and withdrew; the feed has
one entry per release; a guideline page names the releases that changed it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from ..site.markup import anchor, md_text
from ..site.pages import GeneratedPage, guideline_src
from .diff import Changes, GuidelineChange, compare, version_change
from .record import ReleaseRecord

CHANGELOG_SRC = "changelog/index.md"
FEED_PATH = "changelog/feed.xml"
CHANGELOG_TITLE = "Changelog of the guidance"


def release_changes(records: Sequence[ReleaseRecord]) -> list[tuple[ReleaseRecord, Changes]]:
    """Each record with its changes since the one before, oldest first."""
    out: list[tuple[ReleaseRecord, Changes]] = []
    previous: ReleaseRecord | None = None
    for record in records:
        out.append((record, compare(previous, record)))
        previous = record
    return out


def release_anchor(version: str) -> str:
    return anchor("release", version)


# --- the page ---------------------------------------------------------------------------


def changelog_page(
    records: Sequence[ReleaseRecord], with_pages: Collection[str], release: str
) -> GeneratedPage:
    """`with_pages`: ids that have a page in this build, the only ones linked."""
    parts = [f"# {CHANGELOG_TITLE}", _intro(records, release)]
    for record, changes in reversed(release_changes(records)):
        parts.append(_release_section(record, changes, with_pages))
    newest = records[-1].date if records else None
    return GeneratedPage(
        CHANGELOG_SRC,
        "\n\n".join(parts) + "\n",
        CHANGELOG_TITLE,
        "What each release of the guidance added, updated, deprecated and withdrew.",
        updated=newest,
    )


def _intro(records: Sequence[ReleaseRecord], release: str) -> str:
    if not release:
        return (
            "This is a development build, not a release: releases and what they "
            "changed are listed in the changelog of each published version."
        )
    return (
        f"What each release up to {md_text(release)} changed, newest first. "
        "This page is generated from the release records. New releases are also "
        "announced in an [Atom feed](feed.xml)."
        if records
        else ""
    )


def _release_section(record: ReleaseRecord, changes: Changes, with_pages: Collection[str]) -> str:
    lines = [
        f"## Release {md_text(record.version)} {{#{release_anchor(record.version)}}}",
        "",
        f"Published {record.date}, with {_count(len(record.guidelines), 'guideline')} and "
        f"{_count(sum(len(g.practices) for g in record.guidelines), 'practice')}.",
    ]
    if changes.old is None:
        lines += ["", "The first release."]
        return "\n".join(lines)
    if changes.empty:
        lines += ["", f"No change to the guidance since {md_text(changes.old)}."]
    for name, items in changes.guideline_sections:
        if items:
            lines += ["", f"**Guidelines {name}** ({len(items)}):", ""]
            lines += [f"- {_guideline_line(c, with_pages)}" for c in items]
    for name, practices in changes.practice_sections:
        if practices:
            lines += ["", f"**Practices {name}** ({len(practices)}):", ""]
            lines += [
                f"- {_link(p.guideline, f'{p.guideline} {p.practice}', with_pages)}"
                for p in practices
            ]
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _link(gid: str, text: str, with_pages: Collection[str]) -> str:
    # No #gp-nn fragment: MkDocs checks anchors before the practices table is filled in.
    if gid not in with_pages:
        return md_text(text)
    return f"[{md_text(text)}](../{guideline_src(gid)})"


def _guideline_line(change: GuidelineChange, with_pages: Collection[str]) -> str:
    line = f"{_link(change.id, change.id, with_pages)} {md_text(change.title)}"
    versions = version_change(change)
    if versions:
        line += f" ({md_text(versions)})"
    if change.superseded_by:
        line += f"; use {_link(change.superseded_by, change.superseded_by, with_pages)} instead"
    return line


# --- each guideline's history ------------------------------------------------------------


def guideline_history(records: Sequence[ReleaseRecord]) -> dict[str, tuple[str, ...]]:
    """For each id, the releases that changed it: `2026.2 (updated, 1.0.0 -> 1.1.0)`."""
    history: dict[str, list[str]] = {}
    for record, changes in release_changes(records):
        notes: dict[str, list[str]] = {}
        for name, items in changes.guideline_sections:
            for c in items:
                versions = version_change(c)
                notes.setdefault(c.id, []).append(f"{name}, {versions}" if versions else name)
        for name, practices in changes.practice_sections:
            for p in practices:
                notes.setdefault(p.guideline, []).append(f"{p.practice} {name}")
        for gid, what in notes.items():
            history.setdefault(gid, []).append(f"{record.version} ({'; '.join(what)})")
    return {gid: tuple(items) for gid, items in history.items()}


# --- the feed ---------------------------------------------------------------------------


def site_root(site_url: str, release: str) -> str:
    """The address above every version: mike builds with `<root>/<version>` as site_url."""
    base = site_url.rstrip("/")
    if release and base.endswith("/" + release):
        base = base[: -len(release) - 1]
    return base + "/" if base else ""


def feed_xml(records: Sequence[ReleaseRecord], site_url: str, site_name: str, release: str) -> str:
    """An Atom feed (RFC 4287) of the releases up to this one, newest first."""
    root = site_root(site_url, release)
    self_url = f"{root}{release}/{FEED_PATH}" if root and release else FEED_PATH
    updated = records[-1].released if records else "1970-01-01T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_escape(site_name)}: releases</title>",
        f"  <id>{xml_escape(_feed_id(root))}</id>",
        f'  <link rel="self" href={quoteattr(self_url)}/>',
        f"  <updated>{xml_escape(updated)}</updated>",
        f"  <author><name>{xml_escape(site_name)}</name></author>",
    ]
    for record, changes in reversed(release_changes(records)):
        lines += _feed_entry(record, changes, root)
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _feed_id(root: str) -> str:
    return f"{root}{FEED_PATH}" if root else "urn:ehealthsec:releases"


def _feed_entry(record: ReleaseRecord, changes: Changes, root: str) -> list[str]:
    version = record.version
    link = (
        f"{root}{version}/changelog/#{release_anchor(version)}"
        if root
        else f"../../{version}/changelog/#{release_anchor(version)}"
    )
    entry_id = f"{root}{version}/" if root else f"urn:ehealthsec:release:{version}"
    return [
        "  <entry>",
        f"    <title>Release {xml_escape(version)}</title>",
        f"    <id>{xml_escape(entry_id)}</id>",
        f'    <link rel="alternate" type="text/html" href={quoteattr(link)}/>',
        f"    <updated>{xml_escape(record.released)}</updated>",
        f"    <summary>{xml_escape(_summary(changes))}</summary>",
        "  </entry>",
    ]


def _summary(changes: Changes) -> str:
    if changes.old is None:
        return "The first release."
    counts = [f"{len(items)} {name}" for name, items in changes.guideline_sections if items]
    counts += [
        f"{len(items)} practices {name}" for name, items in changes.practice_sections if items
    ]
    return ("Guidelines: " + ", ".join(counts) + ".") if counts else "No change to the guidance."
