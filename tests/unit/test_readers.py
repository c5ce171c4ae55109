"""Reader features of the core: linked ids, labelled tables, rolled-up
traceability, list rows, and the checklist workbook."""

from __future__ import annotations

import io

import openpyxl
import pytest
from ehealthsec.model import Guideline, Practice, Reference, Source, Term, Vocabulary
from ehealthsec.read.mentions import find_mentions, link_mentions
from ehealthsec.site.listing import keyword_text, practice_levels
from ehealthsec.site.tables import label_table_cells
from ehealthsec.site.traceability import collect_citations, rolled_up, source_page
from ehealthsec.site.workbook import ALL_SHEET, STATUS_CHOICES, checklist_xlsx, sheet_names

from tests.builders import make_guideline


def _vocabulary() -> Vocabulary:
    return Vocabulary(
        audiences={
            "management": Term("management", "Management and boards", "Boards"),
            "security-teams": Term("security-teams", "Security teams: SOC/CSIRT [24*7]", "SOC"),
        },
        topics={"governance": Term("governance", "Governance", "Oversight")},
        sources={
            "nis2": Source(
                "nis2",
                "NIS2",
                "Directive",
                "regulation",
                "https://example.org/nis2",
                {"Art. 2": "Scope", "Art. 21": "Measures", "Art. 21(2)(a)": "Policies"},
            ),
        },
    )


def _guideline(gid: str, **changes: object) -> Guideline:
    return make_guideline(gid, **changes)


TARGETS = {"HSG-BACK-001": "hsg-back-001.md", "HSG-OWN-001": "hsg-own-001.md"}


def test_ids_in_running_text_become_links_and_code_and_links_stay() -> None:
    body = (
        "See HSG-BACK-001, and HSG-OWN-001 (this one).\n\n"
        "`HSG-BACK-001` and [HSG-BACK-001 here](x.md) and <a title='HSG-BACK-001'>t</a>\n\n"
        "```\nHSG-BACK-001\n```\n\nXHSG-BACK-001 HSG-BACK-0011 HSG-GONE-001\n"
    )
    linked = link_mentions(body, TARGETS, own_id="HSG-OWN-001")
    assert linked.startswith("See [HSG-BACK-001](hsg-back-001.md), and HSG-OWN-001 (this one).")
    assert linked.count("](hsg-back-001.md)") == 1
    assert "`HSG-BACK-001`" in linked and "```\nHSG-BACK-001\n```" in linked
    found = [gid for _, gid in find_mentions(body)]
    # Longer ids that contain a known one are other ids, never half-linked.
    assert found == [
        "HSG-BACK-001",
        "HSG-OWN-001",
        "XHSG-BACK-001",
        "HSG-BACK-0011",
        "HSG-GONE-001",
    ]


def test_markdown_table_cells_get_their_column_header_as_label() -> None:
    html = (
        "<table>\n<thead>\n<tr>\n<th>Regime</th>\n<th>Deadline &amp; form</th>\n</tr>\n</thead>\n"
        '<tbody>\n<tr>\n<td>NIS2</td>\n<td align="left">24 h</td>\n</tr>\n</tbody>\n</table>'
    )
    labelled = label_table_cells(html)
    assert labelled.startswith("<table data-cards>")
    assert '<td data-label="Regime">NIS2</td>' in labelled
    assert '<td data-label="Deadline &amp; form" align="left">24 h</td>' in labelled
    assert label_table_cells("<p>no table</p>") == "<p>no table</p>"


def test_an_article_counts_as_cited_through_its_points() -> None:
    listed = ["Art. 2", "Art. 21", "Art. 21(2)", "Art. 21(2)(a)", "Art. 210"]
    through = rolled_up(listed, ["Art. 21(2)(a)", None])
    assert through == {"Art. 21": ["Art. 21(2)(a)"], "Art. 21(2)": ["Art. 21(2)(a)"]}


def test_source_page_lists_articles_cited_through_points_as_cited() -> None:
    v = _vocabulary()
    g = _guideline("HSG-A-001", references=(Reference("nis2", "Art. 21(2)(a)"),))
    page = source_page(v.sources["nis2"], collect_citations((g,))["nis2"])
    assert "## Art\\. 21: Measures {#art-21}" in page.markdown
    blocks = "".join(page.blocks.values())
    assert 'Cited through <a href="#art-21-2-a">Art. 21(2)(a)</a>' in blocks
    not_cited = blocks.split('class="hsg-uncovered">')[1]
    assert not_cited.startswith("Art. 2</p>"), not_cited
    assert 'aria-label="Breadcrumb"' in blocks and 'aria-label="Jump to a locator"' in blocks


def test_list_rows_say_which_levels_their_practices_have() -> None:
    essential = Practice("GP-01", "Do it.", "essential")
    advanced = Practice("GP-02", "Do more.", "advanced")
    assert practice_levels(_guideline("HSG-A-001", practices=(essential,))) == (
        "essential essential-only"
    )
    assert practice_levels(_guideline("HSG-A-001", practices=(essential, advanced))) == (
        "advanced essential"
    )
    assert practice_levels(_guideline("HSG-A-001")) == ""
    assert keyword_text(_guideline("HSG-A-001")) == "hsg-a-001 title of hsg-a-001 a summary."


def test_sheet_names_are_short_valid_and_unique() -> None:
    names = sheet_names(["All practices", "A" * 40, "A" * 40, "What? [yes]", "all PRACTICES"])
    assert all(len(n) <= 31 for n in names)
    assert len({n.lower() for n in names}) == len(names)
    assert not any(c in n for n in names for c in "[]:*?/\\")
    assert "all practices" not in {n.lower() for n in names}


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_workbook_defuses_formulas_and_offers_a_status_list(start: str) -> None:
    risky = Practice("GP-01", f'{start}HYPERLINK("http://x")', "essential")
    g = _guideline("HSG-A-001", practices=(risky,), audience=("management", "security-teams"))
    data = checklist_xlsx((g,), _vocabulary(), "https://site.example/")
    assert data == checklist_xlsx((g,), _vocabulary(), "https://site.example/"), "reproducible"
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == [ALL_SHEET, "Management and boards", "Security teams SOC CSIRT 24 7"]
    sheet = book[ALL_SHEET]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Practice id", "Practice", "Level"]
    assert header[7:] == ["Status", "Owner", "Evidence", "Notes"]
    row = [c.value for c in sheet[2]]
    assert row[1] == f'\'{start}HYPERLINK("http://x")'
    assert sheet.cell(2, 2).data_type == "s"
    assert row[5] == "https://site.example/guidelines/hsg-a-001/"
    validation = sheet.data_validations.dataValidation[0]
    assert validation.type == "list" and "H2" in str(validation.sqref)
    assert validation.formula1 == '"' + ",".join(STATUS_CHOICES) + '"'


@pytest.mark.parametrize(
    ("site_url", "release", "link"),
    [
        ("https://site.example/", "", "https://site.example/guidelines/hsg-a-001/"),
        # A release build: the permanent address, inside the release's version folder,
        # whether the address already holds the version (as mike gives it) or not.
        ("https://site.example/", "2026.2", "https://site.example/2026.2/guidelines/hsg-a-001/"),
        (
            "https://site.example/2026.2/",
            "2026.2",
            "https://site.example/2026.2/guidelines/hsg-a-001/",
        ),
        ("", "2026.2", "guidelines/hsg-a-001/"),  # no site address: a relative link
    ],
)
def test_workbook_links_to_the_permanent_address_of_a_release(
    site_url: str, release: str, link: str
) -> None:
    practice = Practice("GP-01", "Do it.", "essential")
    g = _guideline("HSG-A-001", practices=(practice,), audience=("management", "security-teams"))
    book = openpyxl.load_workbook(
        io.BytesIO(checklist_xlsx((g,), _vocabulary(), site_url, release))
    )
    for sheet in book.worksheets:
        assert sheet.cell(1, 6).value == "Link"
        assert sheet.cell(2, 6).value == link, sheet.title


def test_points_cited_in_a_row_read_as_a_range() -> None:
    letters = "abcdefghij"
    points = {f"Art. 21(2)({c})": c for c in letters}
    source = Source(
        "nis2",
        "NIS2",
        "Directive",
        "regulation",
        "https://example.org/",
        {
            "Art. 21": "Measures",
            "Art. 21(2)": "Minimum",
            **points,
            "Art. 23(4)": "Stages",
            "Art. 23(4)(a)": "Early",
            "Art. 23(4)(b)": "Notice",
        },
    )
    cited = [Reference("nis2", p) for p in (*points, "Art. 23(4)(a)", "Art. 23(4)(b)")]
    g = _guideline("HSG-A-001", references=tuple(cited))
    blocks = "".join(source_page(source, collect_citations((g,))["nis2"]).blocks.values())
    assert 'Cited through <a href="#art-21-2">Art. 21(2)</a>.' in blocks
    assert (
        'Cited through <a href="#art-21-2-a">Art. 21(2)(a)</a>\u2013<a href="#art-21-2-j">(j)</a>.'
        in blocks
    )
    two = '<a href="#art-23-4-a">Art. 23(4)(a)</a>, <a href="#art-23-4-b">Art. 23(4)(b)</a>.'
    assert f"Cited through {two}" in blocks, "two points are no range"
