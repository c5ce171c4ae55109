"""`guidelines release` and `guidelines diff` with real git, real mike and a bare remote."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from ehealthsec.site.workbook import ALL_SHEET

from .conftest import (
    SITE_URL,
    ReleaseRepo,
    clone_fresh,
    git,
    guideline_text,
)

pytestmark = pytest.mark.integration


# --- two releases in a row ------------------------------------------------------------------


def test_two_releases_keep_both_versions_with_latest_on_the_second(published: ReleaseRepo) -> None:
    versions = {v["version"]: v["aliases"] for v in published.versions()}
    assert versions == {"2026.1": [], "2026.2": ["latest"]}
    assert published.sha("gh-pages") == published.remote_sha()  # pushed
    for folder in ("2026.1", "2026.2", "latest"):
        assert published.exists(f"gh-pages:{folder}/index.html")
    assert published.show("gh-pages:latest") == "2026.2"  # mike's alias: a link
    assert 'url=latest/"' in published.show("gh-pages:index.html")
    assert published.status() == ""  # the work tree is clean again


def test_each_release_publishes_its_record(published: ReleaseRepo) -> None:
    record = json.loads(published.show("gh-pages:2026.2/release.json"))
    assert record["version"] == "2026.2"
    assert record["commit"] == published.sha("HEAD")
    entries = {g["id"]: g for g in record["guidelines"]}
    assert entries["HSG-A-001"]["version"] == "1.1.0"
    assert entries["HSG-B-001"]["status"] == "withdrawn"
    assert entries["HSG-A-001"]["practices"][0]["hash"].startswith("sha256:")
    older = json.loads(published.show("gh-pages:2026.1/release.json"))
    assert sorted(g["id"] for g in older["guidelines"]) == ["HSG-A-001", "HSG-B-001"]


def test_changelog_page_lists_each_release_newest_first(published: ReleaseRepo) -> None:
    page = published.show("gh-pages:2026.2/changelog/index.html")
    newer, older = page.index('<h2 id="release-2026-2"'), page.index('<h2 id="release-2026-1"')
    assert newer < older
    section = page[newer:older]
    assert re.search(r"Guidelines added.*HSG-C-001", section, re.S)
    assert re.search(r"Guidelines updated.*HSG-A-001.*1\.0\.0 -&gt; 1\.1\.0", section, re.S)
    assert re.search(r"Guidelines withdrawn.*HSG-B-001", section, re.S)
    assert re.search(r"Practices reworded.*HSG-A-001 GP-01", section, re.S)
    # The older release's changelog knows nothing of the newer one.
    assert "Release 2026.2" not in published.show("gh-pages:2026.1/changelog/index.html")


def test_atom_feed_has_one_entry_per_release(published: ReleaseRepo) -> None:
    feed = ET.fromstring(published.show("gh-pages:2026.2/changelog/feed.xml"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert titles == ["Release 2026.2", "Release 2026.1"]
    link = feed.find("a:entry/a:link", ns)
    assert link is not None
    assert link.get("href") == f"{SITE_URL}2026.2/changelog/#release-2026-2"


def test_guideline_page_names_the_releases_that_changed_it(published: ReleaseRepo) -> None:
    page = published.show("gh-pages:2026.2/guidelines/hsg-a-001/index.html")
    assert "Release history" in page
    assert "2026.1 (added, 1.0.0)" in page
    assert "2026.2 (updated, 1.0.0 -&gt; 1.1.0; GP-01 reworded)" in page


def test_release_number_cite_as_and_exports(published: ReleaseRepo) -> None:
    page = published.show("gh-pages:2026.2/guidelines/hsg-a-001/index.html")
    assert f"<code>{SITE_URL}2026.2/guidelines/hsg-a-001/</code>" in page
    assert 'class="hsg-release">Release 2026.2.' in page
    catalog = json.loads(published.show("gh-pages:2026.2/catalog.json"))
    assert catalog["release"] == "2026.2"
    assert catalog["guidelines"][0]["url"] == f"{SITE_URL}2026.2/guidelines/hsg-a-001/"
    rows = list(csv.DictReader(io.StringIO(published.show("gh-pages:2026.2/checklist.csv"))))
    assert rows and {row["release"] for row in rows} == {"2026.2"}
    # The workbook links each practice to the same permanent address as "Cite as".
    workbook = published.show_bytes("gh-pages:2026.2/checklist.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)[ALL_SHEET]
    header, *practices = sheet.iter_rows(values_only=True)
    link, gid = header.index("Link"), header.index("Guideline id")
    assert practices
    for row in practices:
        assert row[link] == f"{SITE_URL}2026.2/guidelines/{str(row[gid]).lower()}/", row


def test_version_selector_and_outdated_notice_are_configured(published: ReleaseRepo) -> None:
    page = published.show("gh-pages:2026.1/guidelines/hsg-a-001/index.html")
    config = json.loads(
        re.search(
            r'<script id="__config" type="application/json">(.*?)</script>', page, re.S
        ).group(1)
    )  # type: ignore[union-attr]
    assert config["version"] == {"provider": "mike", "default": "latest"}
    # Material's outdated block: points to the same page in the latest release.
    assert 'data-md-component="outdated"' in page
    assert "../../../latest/guidelines/hsg-a-001/" in page
    assert "older release of this guidance" in page


def test_withdrawn_guideline_keeps_a_tombstone_page(published: ReleaseRepo) -> None:
    page = published.show("gh-pages:2026.2/guidelines/hsg-b-001/index.html")
    assert "Withdrawn" in page
    assert "Merged into a broader guideline on workstations." in page
    assert 'href="../../guidelines/hsg-c-001/"' in page  # the successor


def test_edit_buttons_only_with_a_real_edit_template(published: ReleaseRepo) -> None:
    placeholder = published.show("gh-pages:2026.1/guidelines/hsg-a-001/index.html")
    assert "git.example.org" not in placeholder
    assert "md-content__button" not in placeholder
    real = published.show("gh-pages:2026.2/guidelines/hsg-a-001/index.html")
    assert "https://code.test.eu/ehealthsec/guidelines/-/edit/main/guidelines/test/" in real


def test_sitemap_lastmod_is_the_guideline_date(published: ReleaseRepo) -> None:
    sitemap = published.show("gh-pages:2026.2/sitemap.xml")
    entry = re.search(r"<loc>[^<]*/2026\.2/guidelines/hsg-a-001/</loc>\s*<lastmod>([^<]+)", sitemap)
    assert entry is not None and entry.group(1) == "2026-02-01"


# --- guidelines diff ----------------------------------------------------------------------


def test_diff_text_and_json_from_a_fresh_clone(published: ReleaseRepo, tmp_path: Path) -> None:
    clone = clone_fresh(published, tmp_path)
    assert clone.sha("refs/heads/gh-pages") is None
    text = clone.run("diff", "2026.1", "2026.2")
    assert text.code == 0, text.text
    assert "guidelines added (1):\n    HSG-C-001 1.0.0" in text.out
    assert "guidelines updated (1):\n    HSG-A-001 1.0.0 -> 1.1.0" in text.out
    assert "guidelines withdrawn (1):\n    HSG-B-001 1.0.0 -> 1.0.1" in text.out
    assert "practices reworded (1):\n    HSG-A-001 GP-01" in text.out
    data = json.loads(clone.run("diff", "2026.1", "2026.2", "--format", "json").out)
    assert [g["id"] for g in data["guidelines"]["added"]] == ["HSG-C-001"]
    assert data["guidelines"]["withdrawn"][0]["superseded_by"] == "HSG-C-001"
    assert data["practices"]["reworded"] == [{"guideline": "HSG-A-001", "practice": "GP-01"}]
    missing = clone.run("diff", "2026.1", "2026.9")
    assert missing.code == 1
    assert "no record of release 2026.9" in missing.err


# --- from a fresh clone --------------------------------------------------------------------


def test_release_from_a_fresh_clone_keeps_every_earlier_version(
    published: ReleaseRepo, tmp_path: Path
) -> None:
    clone = clone_fresh(published, tmp_path)
    assert clone.sha("refs/heads/gh-pages") is None  # no local gh-pages
    # Harder still: as if cloned before the first release, without origin/gh-pages
    # either. mike alone would start an orphan branch that replaces every version.
    git(clone.path, "update-ref", "-d", "refs/remotes/origin/gh-pages")
    clone.write("HSG-D-001", guideline_text("HSG-D-001"))
    clone.commit("One more")
    result = clone.run("release", "2026.3", "--push")
    assert result.code == 0, result.text
    assert "created from origin/gh-pages" in result.out
    remote_versions = json.loads(git(clone.remote, "show", "gh-pages:versions.json"))
    assert [v["version"] for v in remote_versions] == ["2026.3", "2026.2", "2026.1"]
    git(clone.remote, "merge-base", "--is-ancestor", published.remote_sha() or "", "gh-pages")
    for version in ("2026.1", "2026.2", "2026.3"):
        git(clone.remote, "cat-file", "-e", f"gh-pages:{version}/release.json")
    changelog = git(clone.remote, "show", "gh-pages:2026.3/changelog/index.html")
    assert all(f"Release {v}" in changelog for v in ("2026.1", "2026.2", "2026.3"))
    assert clone.status() == ""


def test_a_release_published_from_another_clone_is_fetched_first(
    published_copy: ReleaseRepo, tmp_path: Path
) -> None:
    repo = published_copy  # its origin/gh-pages is where its own last push left it
    other = clone_fresh(repo, tmp_path / "other")
    other.path.parent.joinpath("remote.git").rename(tmp_path / "unused.git")
    git(other.path, "remote", "set-url", "origin", str(repo.remote))  # the same remote
    other.write("HSG-D-001", guideline_text("HSG-D-001"))
    other.commit("One more, from another clone")
    assert other.run("release", "2026.3", "--push").code == 0
    git(repo.path, "pull", "-q", "--ff-only", "origin", "main")
    result = repo.run("release", "2026.4", "--push")
    assert result.code == 0, result.text
    assert "local gh-pages fast-forwarded to origin/gh-pages" in result.out
    assert [v["version"] for v in repo.versions()] == ["2026.4", "2026.3", "2026.2", "2026.1"]
    # Its own push moves origin/gh-pages too: the next release has nothing to fetch.
    assert repo.sha("refs/remotes/origin/gh-pages") == repo.remote_sha()


# --- failures leave gh-pages as it was ---------------------------------------------------------


def test_failed_validation_leaves_gh_pages_unchanged(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    before, remote_before = repo.sha("gh-pages"), repo.remote_sha()
    repo.write("HSG-D-001", guideline_text("HSG-D-001", review_by="2026-03-01"))  # overdue
    repo.commit("An overdue review")
    result = repo.run("release", "2026.3", "--push")
    assert result.code == 1
    assert "review" in result.err
    assert "validation in release mode found 1 error(s)" in result.err
    assert (repo.sha("gh-pages"), repo.remote_sha()) == (before, remote_before)


def test_failed_build_leaves_gh_pages_unchanged(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    before, remote_before = repo.sha("gh-pages"), repo.remote_sha()
    about = repo.path / "docs" / "about.md"
    about.write_text(about.read_text("utf-8") + "\nSee [a page that is not there](nowhere.md).\n")
    repo.commit("A broken link: the strict build fails")
    result = repo.run("release", "2026.3", "--push")
    assert result.code == 1, result.text
    assert "mike deploy" in result.err and "nowhere.md" in result.err
    assert "gh-pages left as it was" in result.err
    assert (repo.sha("gh-pages"), repo.remote_sha()) == (before, remote_before)
    assert repo.status() == ""


def test_unsafe_body_is_refused_and_leaves_gh_pages_unchanged(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    before, remote_before = repo.sha("gh-pages"), repo.remote_sha()
    text = guideline_text("HSG-D-001").replace(
        "Text of HSG-D-001.", 'Text.\n\n<iframe src="https://evil.test/"></iframe>\n'
    )
    repo.write("HSG-D-001", text)
    repo.commit("A hostile body")
    result = repo.run("release", "2026.3", "--push")
    assert result.code == 1, result.text
    assert "iframe" in result.err
    assert (repo.sha("gh-pages"), repo.remote_sha()) == (before, remote_before)
    assert repo.status() == ""


def test_diverged_deploy_branch_is_an_error(published_copy: ReleaseRepo, tmp_path: Path) -> None:
    repo = published_copy
    other = clone_fresh(repo, tmp_path / "other")  # someone else publishes meanwhile
    git(other.path, "push", "-q", str(repo.remote), "origin/gh-pages:refs/heads/scratch")
    git(repo.path, "checkout", "-q", "gh-pages")
    (repo.path / "local.txt").write_text("local change\n")
    repo.commit("A local commit on gh-pages")
    git(repo.path, "checkout", "-q", "main")
    git(other.path, "checkout", "-q", "-b", "gh-pages", "origin/gh-pages")
    (other.path / "remote.txt").write_text("remote change\n")
    other.commit("A remote commit on gh-pages")
    git(other.path, "push", "-q", str(repo.remote), "gh-pages")
    local, remote = repo.sha("gh-pages"), repo.remote_sha()
    result = repo.run("release", "2026.3", "--push")
    assert result.code == 1
    assert "have diverged" in result.err
    assert (repo.sha("gh-pages"), repo.remote_sha()) == (local, remote)


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "alias", "words"),
    [
        (" v1.0", "latest", "is malformed"),
        ("v2026.1", "latest", "is malformed"),
        ("<script>", "latest", "is malformed"),
        ("2026.01", "latest", "is malformed"),
        ("2026.3", "2026.4", "an alias must not be a version"),
        ("2026.2", "latest", "release 2026.2 is already published"),
        ("2026.0", "latest", "is malformed"),
        ("2025.9", "latest", "older than the newest release 2026.2"),
    ],
)
def test_bad_versions_are_refused(
    published_copy: ReleaseRepo, version: str, alias: str, words: str
) -> None:
    before = published_copy.sha("gh-pages")
    result = published_copy.run("release", version, "--alias", alias)
    assert result.code == 1
    assert words in result.err
    assert result.err.startswith("guidelines: release refused: ")
    assert published_copy.sha("gh-pages") == before


def test_refusal_after_the_fetch_leaves_no_local_branch_behind(
    published: ReleaseRepo, tmp_path: Path
) -> None:
    clone = clone_fresh(published, tmp_path)
    result = clone.run("release", "2026.3", env={"GUIDELINES_SITE_URL": "https://example.org/"})
    assert result.code == 1
    assert "is a placeholder address" in result.err
    assert clone.sha("refs/heads/gh-pages") is None  # as it was before the release began


def test_dirty_tree_is_refused(published_copy: ReleaseRepo) -> None:
    (published_copy.path / "notes.txt").write_text("untracked\n")
    result = published_copy.run("release", "2026.3")
    assert result.code == 1
    assert "the work tree is not clean (notes.txt)" in result.err


@pytest.mark.parametrize("url", [None, "https://guidelines.example.org/", "ftp://x.test.eu/"])
def test_placeholder_site_address_is_refused(published_copy: ReleaseRepo, url: str | None) -> None:
    result = published_copy.run("release", "2026.3", env={"GUIDELINES_SITE_URL": url})  # type: ignore[dict-item]
    assert result.code == 1
    assert "GUIDELINES_SITE_URL" in result.err


def test_deleted_id_is_refused_naming_the_release(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    (repo.path / "guidelines" / "test" / "hsg-a-001-for-releases.md").unlink()
    repo.commit("Delete a published guideline")
    result = repo.run("release", "2026.3")
    assert result.code == 1
    assert "HSG-A-001 was published in release 2026.1 and is missing now" in result.err


def test_a_second_release_in_the_same_clone_waits_for_the_lock(published_copy: ReleaseRepo) -> None:
    lock = Path(git(published_copy.path, "rev-parse", "--git-common-dir").strip())
    lock = (published_copy.path / lock / "guidelines-release.lock").resolve()
    lock.write_text("12345\n")
    result = published_copy.run("release", "2026.3")
    assert result.code == 1
    assert "another release is running in this clone (process 12345)" in result.err
    assert lock.exists()  # somebody else's lock is not removed


def test_dry_run_says_what_changed_and_writes_nothing(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    repo.write("HSG-D-001", guideline_text("HSG-D-001"))
    repo.commit("One more")
    before = repo.sha("gh-pages")
    refs_before = git(repo.path, "for-each-ref")
    result = repo.run("release", "2026.3", "--dry-run")
    assert result.code == 0, result.text
    assert "would publish release 2026.3 as 'latest' on gh-pages" in result.out
    assert "guidelines added (1):\n    HSG-D-001" in result.out
    assert "dry run: nothing was written" in result.out
    assert git(repo.path, "for-each-ref") == refs_before
    assert repo.sha("gh-pages") == before
    assert repo.status() == ""


# --- guard rails ----------------------------------------------------------------------------


def test_rollback_moves_the_default_first_and_keeps_the_others(published_copy: ReleaseRepo) -> None:
    repo = published_copy
    result = repo.run("release", "2026.2", "--rollback", "--push")
    assert result.code == 0, result.text
    assert "latest now on 2026.1" in result.out
    versions = {v["version"]: v["aliases"] for v in repo.versions()}
    assert versions == {"2026.1": ["latest"]}
    assert repo.remote_sha() == repo.sha("gh-pages")
    assert 'url=latest/"' in repo.show("gh-pages:index.html")
    assert repo.show("gh-pages:latest") == "2026.1"
    assert repo.exists("gh-pages:latest/index.html")
    # The last version left is never rolled back: the default would point nowhere.
    before = repo.sha("gh-pages")
    last = repo.run("release", "2026.1", "--rollback")
    assert last.code == 1
    assert "is the only version" in last.err
    assert repo.sha("gh-pages") == before


def test_diff_of_the_latest_release_and_the_work_tree(
    published: ReleaseRepo, tmp_path: Path
) -> None:
    # As the pull-request workflow runs it: the alias, then what a release now would hold.
    clone = clone_fresh(published, tmp_path)
    same = clone.run("diff", "latest", "2026.2")
    assert same.code == 0, same.text
    assert same.out.startswith("Changes from 2026.2 to 2026.2:")
    here = clone.run("diff", "latest", "HEAD")
    assert here.code == 0, here.text
    assert here.out.startswith("Changes from 2026.2 to HEAD:")
