"""Build real sites with MkDocs and read the HTML, exports and search index."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from ehealthsec.check.corpus import validate_corpus
from ehealthsec.check.parallel import JOBS_ENV, MIN_ITEMS

from .conftest import REPO, Build, footer_links

pytestmark = pytest.mark.integration


def _guideline(
    gid: str,
    title: str,
    *,
    status: str = "published",
    extra: str = "",
    summary: str = "A short summary that is long enough to pass.",
) -> str:
    dates = (
        ""
        if status == "draft"
        else ("published: 2026-01-05\nupdated: 2026-02-01\nreview_by: 2027-02-01\n")
    )
    return (
        f"---\nid: {gid}\ntitle: {json.dumps(title)}\nsummary: {json.dumps(summary)}\n"
        f"type: guideline\nstatus: {status}\nversion: 1.0.0\n{dates}"
        "owner: Test & Review Board\naudience: [clinical-staff]\ntopics: [awareness]\n"
        "practices:\n  - id: GP-01\n    text: Lock the workstation every time you walk away.\n"
        "    level: essential\n    references:\n      - source: nis2\n        at: Art. 21(2)(g)\n"
        f"{extra}---\n\n## Body\n\nText of {gid}.\n"
    )


def _add(repo: Path, text: str) -> None:
    """Put a guideline into the copy, named after its id."""
    gid = re.search(r"^id: (\S+)$", text, re.M)
    assert gid
    path = repo / "guidelines" / "test" / f"{gid.group(1).lower()}-added.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


class _Collector(HTMLParser):
    """Every tag with its attributes, and every element id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "meta" and "name" in values:
            self.meta[values["name"]] = values.get("content", "")
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


# --- the real corpus -------------------------------------------------------------


def test_every_public_guideline_has_its_page(corpus_build: Build) -> None:
    corpus = validate_corpus(REPO).corpus
    public = [g for g in corpus.guidelines if g.is_public]
    assert len(public) >= 18
    for g in public:
        page = _parse(corpus_build.html(f"guidelines/{g.id.lower()}"))
        assert page.meta["description"] == g.summary
        assert g.id in page.title


def test_guideline_page_shows_header_practices_and_citation(corpus_build: Build) -> None:
    html = corpus_build.html("guidelines/hsg-rans-001")
    assert "<code>HSG-RANS-001</code>" in html
    assert 'hsg-status--published">Published</span>' in html
    assert '<time datetime="2026-10-05">' in html
    assert 'href="../../audiences/management/"' in html
    assert 'href="../../topics/ransomware/"' in html
    assert 'href="https://eur-lex.europa.eu/eli/dir/2022/2555/oj"' in html
    assert 'href="../../references/nis2/#art-21-2-c"' in html
    assert '<tr id="gp-02" data-level="essential">' in html
    assert "Backups that survive an attack</a>" in html  # related, by title
    # A practice owned by another guideline: linked to its home, not a row of this one.
    assert '<h2 id="practices-from-other-guidelines">Practices from other guidelines' in html
    assert '<a href="../../guidelines/hsg-back-001/#gp-01">HSG-BACK-001/GP-01</a>' in html
    assert '<tr id="gp-01">' not in html
    assert re.search(r"Cite as.*guidelines/hsg-rans-001/", html, re.S)


def test_edit_link_points_at_the_real_source_file(corpus_build: Build) -> None:
    html = corpus_build.html("guidelines/hsg-rans-001")
    assert "/edit/main/guidelines/resilience/hsg-rans-001-preparing-for-ransomware.md" in html
    assert "/edit/main/docs/contributing.md" in corpus_build.html("contributing")


def test_exports_match_the_site(corpus_build: Build) -> None:
    catalog = json.loads((corpus_build.site / "catalog.json").read_text("utf-8"))
    schema = json.loads((corpus_build.site / "schemas/catalog.schema.json").read_text("utf-8"))
    jsonschema.validate(catalog, schema)
    assert catalog["schema"].endswith("schemas/catalog.schema.json")
    pages = sorted(p.name for p in (corpus_build.site / "guidelines").iterdir())
    assert sorted(g["id"].lower() for g in catalog["guidelines"]) == pages
    assert catalog["count"] == len(pages)

    rows = re.findall(r"<tr data-id=", corpus_build.html("catalog"))
    assert len(rows) == catalog["count"]

    raw = (corpus_build.site / "checklist.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"))))
    assert catalog["practice_count"] == sum(len(g["practices"]) for g in catalog["guidelines"])
    published = [g for g in catalog["guidelines"] if g["status"] == "published"]
    assert len(records) == sum(len(g["practices"]) for g in published)
    first = records[0]
    assert set(first) >= {"guideline_id", "practice_id", "level", "audiences", "references"}
    assert (corpus_build.site / "schemas/guideline.schema.json").is_file()


def test_vocabulary_pages_list_their_guidelines(corpus_build: Build) -> None:
    corpus = validate_corpus(REPO).corpus
    for key in corpus.vocabulary.audiences:
        html = corpus_build.html(f"audiences/{key}")
        expected = [g.id for g in corpus.guidelines if key in g.audience and g.is_public]
        listed = re.findall(r'<td data-label="Id"><code>(HSG-[A-Z0-9-]+)</code></td>', html)
        assert listed == expected
    assert "Ransomware" in corpus_build.html("topics/ransomware")


def test_traceability_names_guidelines_and_practices_per_article(corpus_build: Build) -> None:
    assert 'href="nis2/"' in corpus_build.html("references")
    html = corpus_build.html("references/nis2")
    row = re.search(r'<h3 id="art-21-2-d">(.*?)<h[23] ', html, re.S)
    assert row, "NIS2 Art. 21(2)(d) has a section"
    assert "HSG-SUPP-001" in row.group(1)
    assert re.search(r'hsg-supp-001/#gp-\d\d">GP-\d\d</a>', row.group(1))
    assert not re.search(r"HSG[0-9a-f]{16}B", html), "every block token is filled"
    assert "Not cited yet" in html


def test_search_index_finds_guidelines_by_id_audience_topic_and_source(
    corpus_build: Build,
) -> None:
    corpus = validate_corpus(REPO).corpus
    docs = corpus_build.search_index()["docs"]
    assert isinstance(docs, list)
    for g in (g for g in corpus.guidelines if g.is_public):
        location = f"guidelines/{g.id.lower()}/"
        entries = [d for d in docs if d["location"].startswith(location)]
        assert entries, g.id
        head = next(d for d in entries if d["location"] == location)
        assert g.id in head["tags"] and head["boost"] > 1
        assert g.title in head["title"]
        # Found by audience, topic and source through its tags: the metadata
        # block stays out of the text, so that snippets read as guidance.
        tags = " ".join(head["tags"])
        for key in g.audience:
            assert corpus.vocabulary.audiences[key].label in tags
        for key in g.topics:
            assert corpus.vocabulary.topics[key].label in tags
        for ref in g.references:
            assert corpus.vocabulary.sources[ref.source].label in tags
        assert head["text"].startswith(g.summary)
        text = " ".join(d["text"] for d in entries)
        assert "(trace)" not in text and "Version:" not in text


def test_vocabulary_pages_are_found_by_their_description(corpus_build: Build) -> None:
    corpus = validate_corpus(REPO).corpus
    docs = corpus_build.search_index()["docs"]
    assert isinstance(docs, list)
    for key, term in corpus.vocabulary.audiences.items():
        entries = [d for d in docs if d["location"].startswith(f"audiences/{key}/")]
        locations = [d["location"] for d in entries]
        assert locations == [f"audiences/{key}/", f"audiences/{key}/#guidelines"], entries
        assert entries[0]["title"] == term.label
        assert entries[0]["text"].startswith(term.description)
    catalog = [d for d in docs if d["location"].startswith("catalog/")]
    assert catalog == [], "the table naming every guideline stays out of search"


def _external(value: str) -> bool:
    parts = urlsplit(value.strip())
    return bool(parts.netloc) or parts.scheme in ("http", "https")


LOADING_ATTRIBUTES = ("src", "srcset", "data", "poster", "background")


def test_no_page_loads_anything_from_another_host(corpus_build: Build) -> None:
    offenders = []
    for path in corpus_build.site.rglob("*.html"):
        text = path.read_text("utf-8")
        for tag, attrs in _parse(text).tags:
            for name in LOADING_ATTRIBUTES:
                if name in attrs and any(
                    _external(u.split()[0]) for u in attrs[name].split(",") if u.strip()
                ):
                    offenders.append((path.name, tag, name, attrs[name]))
            # rel=canonical only names the page's address; every other link rel loads.
            loads = attrs.get("rel", "") not in ("canonical", "alternate")
            if tag == "link" and loads and _external(attrs.get("href", "")):
                offenders.append((path.name, tag, "href", attrs["href"]))
        offenders += [
            (path.name, "style", "url", u) for u in re.findall(r"url\(\s*['\"]?(https?:)?//", text)
        ]
    for css in corpus_build.site.rglob("*.css"):
        for match in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", css.read_text("utf-8")):
            offenders.append((css.name, "css", "url", match))
    assert offenders == []


def test_internal_links_and_anchors_resolve(corpus_build: Build) -> None:
    site = corpus_build.site
    parsed: dict[Path, _Collector] = {}

    def page(path: Path) -> _Collector:
        if path not in parsed:
            parsed[path] = _parse(path.read_text("utf-8"))
        return parsed[path]

    broken = []
    for path in site.rglob("*.html"):
        if path.name == "404.html":  # served at any depth, so its links are site-absolute
            continue
        for tag, attrs in page(path).tags:
            href = attrs.get("href", "") if tag == "a" else ""
            if not href or _external(href) or href.startswith(("mailto:", "javascript:")):
                continue
            target_path, _, fragment = href.partition("#")
            target = (path.parent / target_path).resolve() if target_path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists() or (
                fragment and target.suffix == ".html" and fragment not in page(target).ids
            ):
                broken.append((str(path.relative_to(site)), href))
    assert broken == []


# --- builds of modified copies ---------------------------------------------------


def test_values_are_escaped_end_to_end(repo_copy: Path, build_repo: Callable[..., Build]) -> None:
    _add(
        repo_copy,
        _guideline(
            "HSG-ESC-001",
            'Passwords & "shared" logins aren\'t policy',
            summary="Say \"no\" to shared logins & don't let a 'quick fix' become policy.",
        ),
    )
    build = build_repo(repo_copy)
    assert build.ok, build.output
    html = build.html("guidelines/hsg-esc-001")
    page = _parse(html)
    assert (
        page.meta["description"]
        == "Say \"no\" to shared logins & don't let a 'quick fix' become policy."
    )
    assert page.title.startswith('Passwords & "shared" logins aren\'t policy (HSG-ESC-001)')
    assert 'content="Say &quot;no&quot; to shared logins &amp; don&#x27;t' in html
    catalog = json.loads((build.site / "catalog.json").read_text("utf-8"))
    record = next(g for g in catalog["guidelines"] if g["id"] == "HSG-ESC-001")
    assert record["title"] == 'Passwords & "shared" logins aren\'t policy'
    assert record["owner"] == "Test & Review Board"
    # Material's previous/next footer: the title escaped once, also in its aria-label,
    # which screen readers read out.
    labels = [
        label
        for path in build.site.rglob("*.html")
        for _, _, label in footer_links(path.read_text("utf-8"))
        if "HSG-ESC-001" in label
    ]
    assert labels, "no footer leads to the page"
    for label in labels:
        assert label.endswith(
            ": Passwords &amp; &quot;shared&quot; logins aren't policy (HSG-ESC-001)"
        ), label
    assert not [p for p in build.site.rglob("*.html") if "&amp;amp;" in p.read_text("utf-8")]


def test_drafts_are_left_out_of_a_release(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    _add(
        repo_copy,
        _guideline("HSG-DRAFT-001", "Zanzibar quokka draft guidance", status="draft"),
    )
    preview = build_repo(repo_copy, strict=True)
    assert preview.ok, preview.output
    assert "This guideline is a draft" in preview.html("guidelines/hsg-draft-001")

    release = build_repo(repo_copy, release=True)
    assert release.ok, release.output
    assert not (release.site / "guidelines" / "hsg-draft-001").exists()
    index = (release.site / "search" / "search_index.json").read_text("utf-8")
    assert "quokka" not in index.lower() and "HSG-DRAFT-001" not in index
    assert "HSG-DRAFT-001" not in (release.site / "catalog.json").read_text("utf-8")
    assert "HSG-DRAFT-001" not in (release.site / "checklist.csv").read_text("utf-8-sig")


def test_deprecated_guideline_shows_banner_with_successor(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    _add(
        repo_copy,
        _guideline(
            "HSG-OLD-001",
            "An older take on screen locking",
            status="deprecated",
            extra="superseded_by: HSG-NEW-001\n",
        ),
    )
    _add(
        repo_copy,
        _guideline(
            "HSG-NEW-001",
            "Screen locking on shared clinical workstations",
            extra="supersedes: HSG-OLD-001\n",
        ),
    )
    build = build_repo(repo_copy)
    assert build.ok, build.output
    html = build.html("guidelines/hsg-old-001")
    assert 'role="alert"' in html and "deprecated" in html
    assert 'href="../../guidelines/hsg-new-001/">Screen locking on shared clinical' in html
    checklist = (build.site / "checklist.csv").read_text("utf-8-sig")
    assert "HSG-NEW-001" in checklist and "HSG-OLD-001" not in checklist


def test_bad_guideline_fails_the_build_with_validator_messages(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    text = _guideline("HSG-BAD-001", "A guideline with an impossible date")
    _add(repo_copy, text.replace("updated: 2026-02-01", "updated: 2026-02-30"))
    build = build_repo(repo_copy)
    assert not build.ok
    expected = (
        "guidelines/test/hsg-bad-001-added.md:9:10: error: updated: '2026-02-30' is not a real "
        "date (day is out of range for month); expected YYYY-MM-DD [invalid-date]"
    )
    assert expected in build.output
    assert "Traceback" not in build.output
    assert not (build.site / "index.html").exists(), "a failed build publishes nothing"


def test_overdue_review_is_a_warning_that_fails_strict(
    repo_copy: Path, build_repo: Callable[..., Build]
) -> None:
    text = _guideline("HSG-OLD-002", "A guideline that nobody reviewed")
    _add(repo_copy, text.replace("review_by: 2027-02-01", "review_by: 2026-03-01"))
    lenient = build_repo(repo_copy, strict=False)
    assert lenient.ok, lenient.output
    assert "review overdue since 2026-03-01" in lenient.output
    assert not build_repo(repo_copy, strict=True).ok


def _site_files(site: Path) -> dict[str, bytes]:
    # sitemap.xml.gz holds its own time of writing
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.name != "sitemap.xml.gz"
    }


SEVERAL_BUILDS = """
import os, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

def children():
    # Our forks are direct children; a zombie would show here too.
    with os.popen(f"ps -o pid= --ppid {os.getpid()}") as listing:
        return [line for line in listing.read().split() if line != str(os.getpid())]

outcomes = []
for config in sys.argv[1:]:
    cfg = load_config(config)
    try:
        build(cfg)
        outcomes.append("built")
    except Exception as error:
        outcomes.append(type(error).__name__)
    hook = next(p for name, p in cfg.plugins.items() if "ehealthsec" in name)
    outcomes.append(sorted(k for k in hook._build if k in ("site", "planned")))
    outcomes.append(len(children()) <= 1)  # only the `ps` just run
print(outcomes)
"""


def test_builds_that_fail_midway_leave_no_process_behind(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several builds in one process, as a program driving MkDocs runs them;
    the middle one fails while pages are being read: no process or state is
    left behind, and the next build works."""
    for n in range(MIN_ITEMS):
        _add(repo_copy, _guideline(f"HSG-LOAD-{n:03d}", f"Load test guideline {n}"))
    (repo_copy / "hooks" / "fail.py").write_text(
        "def on_page_markdown(markdown, page, config, files):\n"
        "    if page.file.src_uri == 'guidelines/hsg-load-003.md':\n"
        "        raise RuntimeError('another plugin failed')\n"
        "    return markdown\n",
        "utf-8",
    )
    config = (repo_copy / "mkdocs.yml").read_text("utf-8")
    failing = config.replace("hooks:\n", "hooks:\n  - hooks/fail.py\n", 1)
    (repo_copy / "failing.yml").write_text(failing, "utf-8")
    monkeypatch.setenv(JOBS_ENV, "2")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    result = subprocess.run(
        [sys.executable, "-c", SEVERAL_BUILDS, "mkdocs.yml", "failing.yml", "mkdocs.yml"],
        cwd=repo_copy,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    outcomes = result.stdout.strip().splitlines()[-1]
    assert outcomes == str(["built", [], True, "RuntimeError", [], True, "built", [], True]), (
        result.stderr
    )
