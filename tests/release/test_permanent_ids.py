"""Ids of earlier releases are never reused for other guidance (`permanence`).

The rule first on records alone, then as `guidelines release` applies it with
real git, real mike and a bare remote, including a deploy branch whose first
record was made before records held the date of first publication.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from ehealthsec.release.permanence import IdHistory, id_histories, reuse_of
from ehealthsec.release.record import (
    GuidelineEntry,
    RecordError,
    ReleaseRecord,
    record_from_json,
    record_to_json,
)

from tests.builders import make_guideline

from .conftest import ReleaseRepo, git, guideline_text, make_release_repo

REFUSED = "guidelines: release refused: "


def _entry(gid: str, status: str = "published", published: str | None = None) -> GuidelineEntry:
    return GuidelineEntry(gid, "1.0.0", status, f"Title of {gid}", "sha256:t", (), None, published)


def _record(version: str, *entries: GuidelineEntry) -> ReleaseRecord:
    return ReleaseRecord(version, "2026-01-01T10:00:00Z", "c" * 40, entries)


# --- the rule, on records -------------------------------------------------------------------


def test_the_first_recorded_date_and_withdrawal_are_what_an_id_is_held_to() -> None:
    records = [
        _record("2026.1", _entry("HSG-A-001"), _entry("HSG-B-001")),  # made before dates
        _record("2026.2", _entry("HSG-A-001", published="2026-01-05"), _entry("HSG-B-001")),
        _record(
            "2026.3",
            _entry("HSG-A-001", published="2026-04-01"),  # a later date does not move it
            _entry("HSG-B-001", "withdrawn", "2026-01-05"),
        ),
        _record("2026.4", _entry("HSG-B-001", "withdrawn", "2026-01-05")),
    ]
    histories = id_histories(records)
    assert histories["HSG-A-001"] == IdHistory("2026.1", "2026-01-05", "2026.2", None)
    assert histories["HSG-B-001"] == IdHistory("2026.1", "2026-01-05", "2026.3", "2026.3")


def test_a_record_without_the_date_reads_and_round_trips() -> None:
    new = _record("2026.2", _entry("HSG-A-001", published="2026-01-05"))
    text = record_to_json(new)
    assert '"published": "2026-01-05"' in text
    assert record_from_json(text, "x") == new
    old = json.loads(text)
    del old["guidelines"][0]["published"]  # as every record made before the date was kept
    assert record_from_json(json.dumps(old), "x").guidelines[0].published is None
    old["guidelines"][0]["published"] = "5 January"
    with pytest.raises(RecordError, match="not a readable release record"):
        record_from_json(json.dumps(old), "x")


def test_reuse_is_a_new_date_or_a_withdrawn_id_back() -> None:
    guideline = make_guideline("HSG-A-001", published=date(2026, 1, 5))
    held = IdHistory("2026.1", "2026-01-05", "2026.1")
    assert reuse_of(guideline, held) is None
    assert reuse_of(guideline, IdHistory("2026.1")) is None  # nothing recorded to compare
    moved = replace(guideline, published=date(2025, 11, 3))
    assert reuse_of(moved, held) == (
        "HSG-A-001 was first published on 2026-01-05 as recorded by release 2026.1, and now "
        "says published: 2025-11-03; an id is never reused for other guidance: give new "
        "guidance a new id, or put the date back"
    )
    withdrawn = IdHistory("2026.1", "2026-01-05", "2026.1", withdrawn_in="2026.2")
    for status in ("published", "deprecated"):
        reason = reuse_of(replace(guideline, status=status), withdrawn)
        assert reason is not None
        assert reason.startswith(f"HSG-A-001 was withdrawn in release 2026.2 and is {status} again")
    assert reuse_of(replace(guideline, status="withdrawn"), withdrawn) is None


# --- in a release, with git and mike ------------------------------------------------------------


def _refusal(result_err: str) -> str:
    """The refusal is the only thing said, on one line."""
    lines = result_err.strip().splitlines()
    assert len(lines) == 1, result_err
    assert lines[0].startswith(REFUSED)
    return lines[0].removeprefix(REFUSED)


@pytest.mark.integration
def test_an_id_reused_with_another_first_publication_is_refused(
    published_copy: ReleaseRepo,
) -> None:
    repo = published_copy
    before, remote_before = repo.sha("gh-pages"), repo.remote_sha()
    repo.write(
        "HSG-A-001",
        guideline_text("HSG-A-001", title="Other guidance under an old id", published="2025-11-03"),
    )
    repo.commit("New guidance under HSG-A-001")
    result = repo.run("release", "2026.3", "--push")
    assert result.code == 1, result.text
    assert _refusal(result.err).startswith(
        "HSG-A-001 was first published on 2026-01-05 as recorded by release 2026.1, "
        "and now says published: 2025-11-03; an id is never reused for other guidance"
    )
    assert (repo.sha("gh-pages"), repo.remote_sha()) == (before, remote_before)
    dry = repo.run("release", "2026.3", "--dry-run")  # a dry run says so too
    assert dry.code == 1 and "HSG-A-001 was first published on 2026-01-05" in dry.err


@pytest.mark.integration
@pytest.mark.parametrize("status", ["published", "deprecated"])
def test_a_withdrawn_id_brought_back_is_refused(published_copy: ReleaseRepo, status: str) -> None:
    repo = published_copy  # HSG-B-001 was withdrawn in 2026.2, in favour of HSG-C-001
    before = repo.sha("gh-pages")
    extra = "superseded_by: HSG-C-001\n" if status == "deprecated" else ""
    repo.write("HSG-B-001", guideline_text("HSG-B-001", status=status, extra=extra))
    repo.commit("HSG-B-001 comes back")
    result = repo.run("release", "2026.3")
    assert result.code == 1, result.text
    assert _refusal(result.err).startswith(
        f"HSG-B-001 was withdrawn in release 2026.2 and is {status} again; withdrawal is final"
    )
    assert repo.sha("gh-pages") == before


def _strip_dates_from_record(repo: ReleaseRepo, version: str) -> None:
    """Make a published record what the release command wrote before dates were
    recorded, on gh-pages and on the remote, as a maintainer would by hand."""
    git(repo.path, "checkout", "-q", "gh-pages")
    path = repo.path / version / "release.json"
    data = json.loads(path.read_text("utf-8"))
    for entry in data["guidelines"]:
        del entry["published"]
    path.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    git(repo.path, "commit", "-q", "-am", f"The record of {version} as older releases wrote it")
    git(repo.path, "push", "-q", "origin", "gh-pages")
    git(repo.path, "checkout", "-q", "main")


@pytest.mark.integration
def test_a_record_without_dates_still_works(tmp_path_factory: pytest.TempPathFactory) -> None:
    repo = make_release_repo(tmp_path_factory.mktemp("old-record"))
    first = repo.run("release", "2026.1", "--push")
    assert first.code == 0, first.text
    _strip_dates_from_record(repo, "2026.1")
    assert '"published":' not in repo.show("gh-pages:2026.1/release.json")
    # The old record is read: the next release goes on, compared with it.
    repo.write("HSG-A-001", guideline_text("HSG-A-001", version="1.1.0"))
    repo.commit("A change for 2026.2")
    second = repo.run("release", "2026.2", "--push")
    assert second.code == 0, second.text
    changelog = repo.show("gh-pages:2026.2/changelog/index.html")
    assert "Release 2026.1" in changelog and "Release 2026.2" in changelog
    diff = repo.run("diff", "2026.1", "2026.2")
    assert diff.code == 0 and "HSG-A-001 1.0.0 -> 1.1.0" in diff.out, diff.text
    assert '"published": "2026-01-05"' in repo.show("gh-pages:2026.2/release.json")
    # The first record with a date is the reference from now on.
    repo.write("HSG-B-001", guideline_text("HSG-B-001", published="2025-11-03"))
    repo.commit("Other guidance under HSG-B-001")
    third = repo.run("release", "2026.3")
    assert third.code == 1, third.text
    assert _refusal(third.err).startswith(
        "HSG-B-001 was first published on 2026-01-05 as recorded by release 2026.2,"
    )
