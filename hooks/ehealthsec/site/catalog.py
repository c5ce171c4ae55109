"""The catalog page: every public guideline in one filterable table.

The table is complete HTML, so the page works without JavaScript. The
filters are a small self-hosted script (`docs/assets/catalog.js`) that
reads the `data-*` attributes of each row; no server, no third party
(see `listing`).
"""

from __future__ import annotations

from .listing import empty_state, filter_panel, guideline_list, term_options
from .pages import (
    CATALOG_SRC,
    STATUS_LABELS,
    TYPE_LABELS,
    Blocks,
    GeneratedPage,
    SiteContext,
)


def catalog_page(ctx: SiteContext) -> GeneratedPage:
    v = ctx.vocabulary
    panel = filter_panel(
        CATALOG_SRC,
        [
            ("audience", "Audience", term_options(v.audiences)),
            ("topic", "Topic", term_options(v.topics)),
            ("type", "Type", list(TYPE_LABELS.items())),
            # Drafts are never listed, so they are not offered.
            ("status", "Status", [(k, t) for k, t in STATUS_LABELS.items() if k != "draft"]),
        ],
        v,
    )
    total = len(ctx.guidelines)
    raw = Blocks()
    table = guideline_list(ctx.guidelines, ctx, CATALOG_SRC, full=True, table_id="hsg-catalog")
    markdown = f"""# Catalog of guidance

All {total} guidelines and good-practice documents of this release. Choose an
audience, topic, type, status or practice level, or type a keyword, to narrow
the list; without JavaScript the full list is shown. The same data is available
as [catalog.json](../catalog.json) and, one row per practice, as
[checklist.csv](../checklist.csv) and as a workbook with a sheet per audience,
[checklist.xlsx](../checklist.xlsx).

## Guidelines

{raw(panel)}

{raw(empty_state())}

{raw(table)}
"""
    return GeneratedPage(
        CATALOG_SRC,
        markdown,
        "Catalog of guidance",
        "Every guideline and good practice, filterable by audience, topic, type and status.",
        # The table needs the full width; search finds the guidelines themselves.
        extra_meta={"hide": ["navigation", "toc"]},
        searchable=False,
        blocks=raw.items,
    )
