"""A practice owned by one guideline and pointed to from another: shown on both
pages, linked to its home, and counted once in the exports."""

from __future__ import annotations

import csv
import io
import json

from ehealthsec.model import Guideline, Practice, Term, Vocabulary
from ehealthsec.site.exports import catalog_json, checklist_csv
from ehealthsec.site.pages import SiteContext, guideline_page

from tests.builders import make_guideline

EVIL = '<script>alert("x")</script>'


def _vocabulary() -> Vocabulary:
    return Vocabulary(
        audiences={"management": Term("management", "Boards", "Boards")},
        topics={"governance": Term("governance", "Governance", "Oversight")},
        sources={},
    )


def _guideline(gid: str, title: str, **changes: object) -> Guideline:
    changes.setdefault("summary", "A summary of this guideline for the test.")
    changes.setdefault("owner", "Board")
    return make_guideline(gid, title=title, **changes)


OWNER = _guideline(
    "HSG-BACK-001",
    f"Backups {EVIL}",
    practices=(
        Practice("GP-01", "Keep one offline copy of every backup.", "essential"),
        Practice("GP-02", f"Test a full restore {EVIL} twice a year.", "advanced"),
    ),
)
BORROWER = _guideline(
    "HSG-RANS-001",
    "Ransomware",
    practices=(Practice("GP-01", "Write a ransomware playbook.", "essential"),),
    related_practices=("HSG-BACK-001/GP-02",),
)


def _page_html(g: Guideline, *others: Guideline) -> str:
    page = guideline_page(g, SiteContext((g, *others), _vocabulary()))
    return page.markdown + "".join(page.blocks.values())


def test_page_lists_the_borrowed_practice_linked_to_its_home() -> None:
    html = _page_html(BORROWER, OWNER)
    assert "## Practices from other guidelines" in html
    markdown = guideline_page(BORROWER, SiteContext((BORROWER, OWNER), _vocabulary())).markdown
    order = [markdown.index(h) for h in ("## Practices\n", "## Practices from other", "## Body")]
    assert order == sorted(order)
    link = '<a href="../../guidelines/hsg-back-001/#gp-02">HSG-BACK-001/GP-02</a>'
    assert link in html
    assert "Test a full restore &lt;script&gt;" in html
    assert '<a href="../../guidelines/hsg-back-001/">Backups &lt;script&gt;' in html
    assert "hsg-level--advanced" in html
    assert "<script>" not in html


def test_page_without_borrowed_practices_has_no_such_section() -> None:
    assert "Practices from other guidelines" not in _page_html(OWNER, BORROWER)


def test_a_practice_left_out_of_the_build_is_not_shown() -> None:
    # In a release a draft owner is absent: the row goes, the page still builds.
    assert "Practices from other guidelines" not in _page_html(BORROWER)


def test_checklist_counts_a_borrowed_practice_once_in_its_owner() -> None:
    data = checklist_csv((OWNER, BORROWER), _vocabulary()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data)))[1:]
    keys = [(row[0], row[2]) for row in rows]
    assert keys == [("HSG-BACK-001", "GP-01"), ("HSG-BACK-001", "GP-02"), ("HSG-RANS-001", "GP-01")]


def test_catalog_names_borrowed_practices_apart_from_its_own() -> None:
    catalog = json.loads(catalog_json((OWNER, BORROWER), ""))
    assert catalog["practice_count"] == 3
    records = {g["id"]: g for g in catalog["guidelines"]}
    assert records["HSG-RANS-001"]["related_practices"] == ["HSG-BACK-001/GP-02"]
    assert [p["id"] for p in records["HSG-RANS-001"]["practices"]] == ["GP-01"]
    assert records["HSG-BACK-001"]["related_practices"] == []
