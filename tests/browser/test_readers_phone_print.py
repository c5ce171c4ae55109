"""What readers do on a phone, on paper and while keeping their place, in a real browser."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

from browser.test_reader import WCAG_21_AA, _results

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# One page of every type: home, hand-written, catalog, guideline (with practices,
# with the wide reporting matrix), vocabulary index and pages, references, schema.
PAGE_TYPES = [
    "",
    "about/",
    "contributing/",
    "glossary/",
    "catalog/",
    "guidelines/hsg-rans-001/",
    "guidelines/hsg-rep-001/",
    "audiences/",
    "audiences/management/",
    "topics/",
    "topics/ransomware/",
    "references/",
    "references/nis2/",
    "schema/",
]

# Every element of the page that reaches past the right edge of the screen,
# except inside a code block (which scrolls on its own, as code must) and
# inside visually hidden table headers (cards carry the labels instead).
_OVERFLOWING = """() => {
    const limit = document.documentElement.clientWidth + 1;
    const skipped = e => e.closest('pre, thead, .md-sidebar, .md-header, .md-search');
    const wide = [...document.querySelectorAll('.md-container *')].filter(e => {
        if (skipped(e)) return false;
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.right > limit;
    });
    return {
        page: document.documentElement.scrollWidth > limit || document.body.scrollWidth > limit,
        elements: wide.slice(0, 3).map(e => e.tagName + '.' + e.className),
    };
}"""


@pytest.fixture(scope="module")
def catalog(site_url: str) -> dict[str, Any]:
    with urlopen(site_url + "catalog.json") as response:
        data: dict[str, Any] = json.load(response)
    return data


def _context(browser: Any, viewport: dict[str, int], **options: Any) -> Any:
    return browser.new_context(viewport=viewport, **options)


def test_no_page_scrolls_sideways_on_a_phone(browser: Any, site_url: str) -> None:
    context = _context(browser, PHONE)
    try:
        page = context.new_page()
        overflowing = {}
        for path in PAGE_TYPES:
            page.goto(site_url + path)
            found = page.evaluate(_OVERFLOWING)
            if found["page"] or found["elements"]:
                overflowing[path or "home"] = found
        assert overflowing == {}
    finally:
        context.close()


@pytest.mark.parametrize(
    ("path", "table", "labels"),
    [
        ("guidelines/hsg-rans-001/", "table[data-cards]", ["Id", "Practice", "Level"]),
        (
            "guidelines/hsg-rep-001/",
            "table[data-cards]:has(td[data-label='Deadlines'])",
            ["Regime", "Who reports", "Deadlines"],
        ),
        ("catalog/", "#hsg-catalog", ["Id", "Guideline", "Audience", "Topics"]),
    ],
)
def test_wide_tables_are_cards_of_labelled_cells_on_a_phone(
    browser: Any, site_url: str, path: str, table: str, labels: list[str]
) -> None:
    context = _context(browser, PHONE)
    try:
        page = context.new_page()
        page.goto(site_url + path)
        first_row = page.locator(f"{table} tbody tr").first
        cells = first_row.locator("td")
        assert cells.count() >= 3
        boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
        # Cells are stacked, each as wide as the card, not side by side.
        assert all(b is not None and b["x"] < 40 and b["width"] > 300 for b in boxes), boxes
        shown = [
            cells.nth(i).evaluate("e => getComputedStyle(e, '::before').content")
            for i in range(cells.count())
        ]
        for label in labels:
            assert f'"{label}"' in shown
        assert all(s not in ("none", "normal", '""') for s in shown), shown
    finally:
        context.close()


def test_generated_pages_have_contents_on_a_phone(browser: Any, site_url: str) -> None:
    context = _context(browser, PHONE)
    try:
        page = context.new_page()
        page.goto(site_url + "guidelines/hsg-rep-001/")
        contents = page.locator("details.hsg-toc")
        assert contents.is_visible()
        contents.locator("summary").click()
        page.locator("details.hsg-toc .toc a[href='#practices']").click()
        page.wait_for_url(re.compile(r"#practices$"))
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_pages_pass_an_automated_wcag_21_aa_audit_at_phone_and_desktop_width(
    browser: Any, site_url: str, scheme: str, viewport: dict[str, int]
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = _context(browser, viewport, color_scheme=scheme)
    try:
        page = context.new_page()
        violations = {}
        for path in PAGE_TYPES:
            page.goto(site_url + path)
            result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
            found = result.response["violations"]
            if found:
                violations[path or "home"] = [(v["id"], v["nodes"][0]["target"]) for v in found]
        assert violations == {}
    finally:
        context.close()


def test_nis2_lists_no_article_as_not_cited_when_a_point_of_it_is(page: Any, site_url: str) -> None:
    page.goto(site_url + "references/nis2/")
    not_cited = [a.strip() for a in page.locator(".hsg-uncovered").inner_text().split(",")]
    sections = page.locator("article h2[id], article h3[id]").all_inner_texts()
    cited = [s.split(":")[0].strip() for s in sections]
    assert "Art. 21" in cited and "Art. 23" in cited
    for article in not_cited:
        assert not any(c.startswith(article + "(") for c in cited), article
    page.locator(".hsg-jump a", has_text="Art. 23").click()
    page.wait_for_url(re.compile(r"#art-23$"))


def _pages_using_word(index: dict[str, Any], word: str) -> set[str]:
    """Pages whose search entries hold `word` as a word of their own, split as the
    site's separator splits (ids such as HSG-REP-001 stay whole)."""
    pages = set()
    for doc in index["docs"]:
        words = " ".join([doc["title"], doc["text"], *doc.get("tags", [])])
        tokens = re.split(r"[\s-]+", re.sub(r"(?i)\bhsg(?:-[a-z0-9]+)+", " ", words).lower())
        if word in tokens:
            pages.add(doc["location"].split("#")[0])
    return pages


def _listed_count(page: Any) -> int:
    """How many pages the search lists, from the count above the list: Material
    renders the first ten results and the rest only as the reader scrolls."""
    meta = page.locator(".md-search-result__meta").inner_text()
    found = re.match(r"(\d+) matching document", meta)
    assert found, meta
    return int(found.group(1))


def test_an_exact_id_finds_its_guideline_first_and_at_most_five_where_its_words_are_rare(
    page: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    """The issue asks for at most five results for every id; Material cannot give it.

    Material's search worker (material/templates/assets/javascripts/workers/
    search.*.min.js) reads a typed query with lunr's `QueryLexer`, whose
    `termSeparator` is lunr's default `/[\\s\\-]+/`, taken when lunr loads.
    Material's `Search` constructor then sets `lunr.tokenizer.separator` to the
    site's separator, which the index uses and the lexer never sees. So
    `HSG-RISK-001` is always the optional terms `hsg`, `risk` and `001*`, and
    every page using the word "risk" matches. Material 9.0 removed custom search
    transforms and workers: no documented setting changes this. Ids stay whole
    in the index (mkdocs.yml), so `hsg` and `001` match no other page, and the
    guideline, tagged with its middle word, ranks first. Hence: first for every
    id, and at most five results where at most four other pages use its words."""
    with urlopen(site_url + "search/search_index.json") as response:
        index = json.load(response)
    page.goto(site_url)
    page.click("label.md-search__icon, .md-search__input")
    too_many = {}
    for gid in (g["id"] for g in catalog["guidelines"]):
        first = _results(page, gid)[0]
        assert f"guidelines/{gid.lower()}/" in first, (gid, first)
        shown = _listed_count(page)
        middle = gid.split("-")[1].lower()
        others = _pages_using_word(index, middle) - {f"guidelines/{gid.lower()}/"}
        if shown > max(5, 1 + len(others)):
            too_many[gid] = (shown, sorted(others))
    assert too_many == {}
    # The ids whose middle word is no ordinary word (HSG-REP-001) list one or two results.
    _results(page, "HSG-REP-001")
    assert _listed_count(page) <= 2


def test_a_guideline_snippet_is_guidance_not_metadata(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.click("label.md-search__icon, .md-search__input")
    _results(page, "HSG-BACK-001")
    snippet = page.locator(".md-search-result__list > li").first.inner_text()
    assert "How to design, protect and test backups" in snippet
    assert "(trace)" not in snippet and "Version:" not in snippet


def test_breadcrumbs_practice_self_links_and_previous_next(
    page: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    page.goto(site_url + "guidelines/hsg-rans-001/")
    crumbs = page.get_by_role("navigation", name="Breadcrumb")
    assert crumbs.locator("li").all_inner_texts() == ["Catalog", "HSG-RANS-001"]
    rows = page.locator("table[data-cards] tbody tr[id]")
    first, second = rows.nth(0).get_attribute("id"), rows.nth(1).get_attribute("id")
    rows.nth(1).locator("a.hsg-self").click()
    page.wait_for_url(re.compile(f"#{second}$"))
    outline = page.locator(f"tr#{second}").evaluate("e => getComputedStyle(e).outlineStyle")
    other = page.locator(f"tr#{first}").evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid" and other == "none"
    # Material's footer leads on through the guidelines in the catalog's order, and back;
    # each link is named by its guideline (a missing link fails the click).
    guidelines = catalog["guidelines"]
    here = [g["id"] for g in guidelines].index("HSG-RANS-001")
    after, rans = guidelines[here + 1], guidelines[here]
    footer = page.get_by_role("navigation", name="Footer")
    footer.get_by_role("link", name=f"Next: {after['title']} ({after['id']})", exact=True).click()
    page.wait_for_url(re.compile(f"/guidelines/{after['id'].lower()}/$"))
    back = f"Previous: {rans['title']} ({rans['id']})"
    footer.get_by_role("link", name=back, exact=True).click()
    page.wait_for_url(re.compile(r"/guidelines/hsg-rans-001/$"))
    crumbs.get_by_role("link", name="Catalog").click()
    page.wait_for_url(re.compile(r"/catalog/$"))


def _expected(catalog: dict[str, Any], level: str, keyword: str) -> list[str]:
    def levels(g: dict[str, Any]) -> set[str]:
        found = {p["level"] for p in g["practices"]}
        return found | ({"essential-only"} if found == {"essential"} else set())

    word = keyword.lower()
    return [
        g["id"]
        for g in catalog["guidelines"]
        if (not level or level in levels(g))
        and word in f"{g['id']} {g['title']} {g['summary']}".lower()
    ]


@pytest.mark.parametrize(
    ("level", "keyword"), [("essential", ""), ("essential-only", ""), ("essential", "incident")]
)
def test_level_filter_and_keyword_give_the_catalog_json_counts_and_survive_a_reload(
    page: Any, site_url: str, catalog: dict[str, Any], level: str, keyword: str
) -> None:
    page.goto(site_url + "catalog/")
    page.select_option("#hsg-filter-level", level)
    page.fill("#hsg-filter-keyword", keyword)
    expected = _expected(catalog, level, keyword)
    total = catalog["count"]
    rows = page.locator("#hsg-catalog tbody tr:visible")
    for _ in range(2):  # before and after a reload
        page.wait_for_function(
            "n => document.querySelectorAll('#hsg-catalog tbody tr:not([hidden])').length === n",
            arg=len(expected),
        )
        assert sorted(rows.locator("td:first-child").all_inner_texts()) == sorted(expected)
        assert page.locator("#hsg-catalog caption").inner_text() == (
            f"Guidelines: {len(expected)} of {total} shown"
            if len(expected) != total
            else f"Guidelines ({total})"
        )
        assert page.input_value("#hsg-filter-level") == level
        assert page.input_value("#hsg-filter-keyword") == keyword
        page.reload()


def test_an_empty_list_says_so_and_resets(
    page: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    page.goto(site_url + "audiences/management/?keyword=no-such-words-anywhere")
    empty = page.locator(".hsg-empty")
    assert empty.is_visible() and not page.locator("#hsg-list").is_visible()
    empty.get_by_role("button").click()
    assert page.locator("#hsg-list tbody tr:visible").count() == sum(
        1 for g in catalog["guidelines"] if "management" in g["audience"]
    )
    assert "keyword=" not in page.url


def test_sorting_by_last_update_puts_the_newest_first(
    page: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    page.goto(site_url + "catalog/?sort=updated")
    shown = page.locator("#hsg-catalog tbody tr td:first-child").all_inner_texts()
    dates = {g["id"]: g["updated"] for g in catalog["guidelines"]}
    assert [dates[i] for i in shown] == sorted((dates[i] for i in shown), reverse=True)


def test_the_checklist_of_what_is_shown_downloads_as_csv(
    page: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    page.goto(site_url + "catalog/?audience=manufacturers")
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Download the checklist")).click()
    text = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("guideline_id,guideline_title,practice_id")
    expected = sum(
        len(g["practices"]) for g in catalog["guidelines"] if "manufacturers" in g["audience"]
    )
    assert len(lines) - 1 == expected
    assert not any(re.search(r'(^|,)"[=+\-@]', line) for line in lines[1:])


def _dark_enough(rgb: tuple[float, float, float]) -> bool:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 0.35


def _fill_colours(
    pdf: bytes,
) -> tuple[list[tuple[float, ...]], list[tuple[float, tuple[float, ...]]]]:
    """The fill colour of every text shown, and of every filled rectangle
    with its share of the page."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    texts: list[tuple[float, ...]] = []
    rects: list[tuple[float, tuple[float, ...]]] = []
    for pdf_page in reader.pages:
        area = float(pdf_page.mediabox.width) * float(pdf_page.mediabox.height)
        colour: tuple[float, ...] = (0.0, 0.0, 0.0)
        pending = 0.0
        stream = ContentStream(pdf_page.get_contents(), reader)
        for operands, operator in stream.operations:
            if operator == b"rg":
                colour = tuple(float(v) for v in operands)
            elif operator == b"g":
                colour = (float(operands[0]),) * 3
            elif operator == b"re":
                pending += abs(float(operands[2]) * float(operands[3]))
            elif operator in (b"f", b"f*") and pending:
                rects.append((pending / area, colour))
                pending = 0.0
            elif operator in (b"n", b"S"):
                pending = 0.0
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                texts.append(colour)
    return texts, rects


def test_printing_in_dark_mode_gives_dark_text_on_white(browser: Any, site_url: str) -> None:
    from pypdf import PdfReader

    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(site_url + "guidelines/hsg-back-001/")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        pdf = page.pdf(print_background=True)
    finally:
        context.close()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Backups that survive an attack" in text
    assert "eur-lex.europa.eu" in text, "addresses of links to other sites are printed"
    texts, rects = _fill_colours(pdf)
    assert texts, "the PDF shows text"
    light_text = [c for c in texts if not _dark_enough(c[:3])]
    assert light_text == []
    dark_areas = [(share, c) for share, c in rects if share > 0.05 and _dark_enough(c[:3])]
    assert dark_areas == []


def test_the_printed_catalog_keeps_its_last_columns(
    browser: Any, site_url: str, catalog: dict[str, Any]
) -> None:
    from pypdf import PdfReader

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(site_url + "catalog/")
        pdf = page.pdf(format="A4")
    finally:
        context.close()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    words = " ".join(text.split())
    # The last column counts each guideline's practices: every count is on paper.
    counts = re.findall(r"\((\d+) essential\)", words)
    assert len(counts) == catalog["count"], words[-400:]
