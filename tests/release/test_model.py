"""Release records, their comparison, the changelog and feed, and the version rules (no git)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from ehealthsec.release.buildinfo import published_from_env
from ehealthsec.release.changelog import changelog_page, feed_xml, guideline_history, site_root
from ehealthsec.release.diff import compare, format_json, format_text
from ehealthsec.release.record import (
    GuidelineEntry,
    PracticeEntry,
    RecordError,
    ReleaseRecord,
    record_from_json,
    record_to_json,
    write_records_dir,
)
from ehealthsec.release.rules import (
    Refused,
    check_alias,
    check_site_url,
    check_version_form,
    check_version_is_new,
    real_edit_template,
    sorted_versions,
)


def _entry(
    gid: str, version: str = "1.0.0", status: str = "published", text: str = "t"
) -> GuidelineEntry:
    return GuidelineEntry(
        gid,
        version,
        status,
        f"Title of {gid}",
        f"sha256:{gid}{version}",
        (PracticeEntry("GP-01", f"sha256:{text}"),),
    )


def _record(version: str, *entries: GuidelineEntry) -> ReleaseRecord:
    return ReleaseRecord(version, f"2026-0{version[-1]}-01T10:00:00Z", "c" * 40, entries)


OLD = _record("2026.1", _entry("HSG-A-001"), _entry("HSG-B-001"), _entry("HSG-E-001"))
NEW = _record(
    "2026.2",
    _entry("HSG-A-001", "1.1.0", text="reworded"),
    replace(_entry("HSG-B-001", "1.0.1", "withdrawn"), superseded_by="HSG-C-001"),
    _entry("HSG-C-001"),
    _entry("HSG-E-001", status="deprecated"),
)


def test_compare_sorts_every_kind_of_change() -> None:
    changes = compare(OLD, NEW)
    assert [c.id for c in changes.added] == ["HSG-C-001"]
    assert [(c.id, c.old_version, c.new_version) for c in changes.updated] == [
        ("HSG-A-001", "1.0.0", "1.1.0")
    ]
    assert [c.id for c in changes.withdrawn] == ["HSG-B-001"]
    assert [c.id for c in changes.deprecated] == ["HSG-E-001"]
    assert [(p.guideline, p.practice) for p in changes.practices_reworded] == [
        ("HSG-A-001", "GP-01")
    ]
    assert compare(NEW, NEW).empty
    removed = compare(NEW, _record("2026.3", *NEW.guidelines[1:]))
    assert [c.id for c in removed.removed] == ["HSG-A-001"]


def test_practices_added_and_removed() -> None:
    two = replace(OLD.guidelines[0], practices=(PracticeEntry("GP-02", "sha256:x"),))
    changes = compare(OLD, _record("2026.2", two, *OLD.guidelines[1:]))
    assert [p.practice for p in changes.practices_added] == ["GP-02"]
    assert [p.practice for p in changes.practices_removed] == ["GP-01"]


def test_text_and_json_say_the_same() -> None:
    changes = compare(OLD, NEW)
    text = format_text(changes)
    assert text.startswith("Changes from 2026.1 to 2026.2:\n")
    assert "    HSG-A-001 1.0.0 -> 1.1.0: Title of HSG-A-001" in text
    assert '"reworded": [\n      {\n        "guideline": "HSG-A-001"' in format_json(changes)
    assert "no changes" in format_text(compare(NEW, NEW))


def test_record_round_trips_and_bad_records_are_named() -> None:
    assert record_from_json(record_to_json(NEW), "x") == NEW
    with pytest.raises(RecordError, match=r"gh-pages:2026\.1/release\.json: not a readable"):
        record_from_json('{"format": 9}', "gh-pages:2026.1/release.json")


def test_history_changelog_and_feed() -> None:
    history = guideline_history([OLD, NEW])
    assert history["HSG-A-001"] == (
        "2026.1 (added, 1.0.0)",
        "2026.2 (updated, 1.0.0 -> 1.1.0; GP-01 reworded)",
    )
    page = changelog_page([OLD, NEW], {"HSG-A-001", "HSG-C-001"}, "2026.2")
    assert page.markdown.index("{#release-2026-2}") < page.markdown.index("{#release-2026-1}")
    assert "](../guidelines/hsg-c-001.md)" in page.markdown
    assert "](../guidelines/hsg-b-001.md)" not in page.markdown  # no page here: no link
    assert page.updated == "2026-02-01"
    dev = changelog_page([], set(), "")
    assert "development build, not a release" in dev.markdown
    feed = ET.fromstring(feed_xml([OLD, NEW], "https://g.test.eu/2026.2", "Site <&>", "2026.2"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.findtext("a:title", namespaces=ns) == "Site <&>: releases"
    assert [e.findtext("a:id", namespaces=ns) for e in feed.findall("a:entry", ns)] == [
        "https://g.test.eu/2026.2/",
        "https://g.test.eu/2026.1/",
    ]
    assert site_root("https://g.test.eu/2026.2", "2026.2") == "https://g.test.eu/"


@pytest.mark.parametrize(
    "version", [" v1.0", "v2026.1", "<script>", "2026.01", "2026", "26.1", "2026.1 "]
)
def test_malformed_versions(version: str) -> None:
    with pytest.raises(Refused, match="is malformed"):
        check_version_form(version)


def test_version_order_and_newness() -> None:
    assert sorted_versions(["2026.10", "2026.9", "2025.3", "latest"]) == [
        "2025.3",
        "2026.9",
        "2026.10",
    ]
    check_version_is_new("2026.10", ["2026.9"], ["latest"])
    with pytest.raises(Refused, match=r"older than the newest release 2026\.10"):
        check_version_is_new("2026.9", ["2026.10"], [])
    with pytest.raises(Refused, match="already published"):
        check_version_is_new("2026.1", ["v2026.1"], [])  # a look-alike published by hand
    with pytest.raises(Refused, match="must not be a version"):
        check_alias("v2026.2", "2026.3")


def test_site_address_and_edit_template() -> None:
    assert check_site_url("https://guidance.test.eu") == "https://guidance.test.eu/"
    for bad in (
        None,
        "",
        "https://guidelines.example.org/",
        "https://www.example.com/x/",
        "/relative/",
    ):
        with pytest.raises(Refused, match="GUIDELINES_SITE_URL"):
            check_site_url(bad)
    assert real_edit_template("https://git.example.org/x/-/edit/main/{path}") is None
    assert real_edit_template("https://code.test.eu/x/-/edit/main/") is None  # no {path}
    assert real_edit_template("https://code.test.eu/x/{path}") == "https://code.test.eu/x/{path}"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["release"], "the following arguments are required: VERSION"),
        (["release", "2026.1", "--rollback", "--dry-run"], "cannot be combined"),
        (["diff", "2026.1"], "the following arguments are required: NEW"),
        (["diff", "2026.1", "2026.2", "--format", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], words: str, run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    (tmp_path / "guidelines" / "audiences.yml").write_text("{}\n")
    result = run_cli("--root", tmp_path, *args)
    assert result.code == 2
    assert words in result.err


def test_release_outside_a_git_work_tree_is_refused(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    result = run_cli("--root", tmp_path, "release", "2026.1")
    assert result.code == 1
    assert "is not a git work tree" in result.err


def test_diff_of_two_record_files(run_cli: Any, tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(record_to_json(OLD))
    new.write_text(record_to_json(NEW))
    result = run_cli("--root", tmp_path, "diff", old, new)
    assert result.code == 0
    assert result.out.startswith("Changes from 2026.1 to 2026.2:")
    broken = run_cli("--root", tmp_path, "diff", old, tmp_path / "missing.json")
    assert broken.code == 1
    assert "missing.json: cannot read it" in broken.err


def test_what_a_build_is_told_about_releases(tmp_path: Path) -> None:
    write_records_dir(tmp_path, [OLD, NEW])
    told = published_from_env(
        {"GUIDELINES_VERSION": "2026.1", "GUIDELINES_RECORDS_DIR": str(tmp_path)}, "S"
    )
    assert told.version == "2026.1"
    assert [r.version for r in told.records] == [
        "2026.1"
    ]  # a later release is not in its changelog
    assert told.own_record == OLD
    assert published_from_env({}, "S").version == ""  # a development build
    with pytest.raises(RecordError, match="is not a release version"):
        published_from_env({"GUIDELINES_VERSION": "latest"}, "S")
    with pytest.raises(RecordError, match=r"has no record of release 2026\.3"):
        published_from_env(
            {"GUIDELINES_VERSION": "2026.3", "GUIDELINES_RECORDS_DIR": str(tmp_path)}, "S"
        )
