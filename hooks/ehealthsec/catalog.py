"""The catalog page: every public guideline in one filterable table.

The table is complete HTML, so the page works without JavaScript. The
filters are a small self-hosted script (`docs/assets/catalog.js`) that
reads the `data-*` attributes of each row; no server, no third party.
"""

from __future__ import annotations

from .markup import esc, relative_url
from .model import Term
from .pages import (
    CATALOG_SRC,
    STATUS_LABELS,
    TYPE_LABELS,
    Blocks,
    GeneratedPage,
    SiteContext,
    guideline_url,
    status_badge,
    term_labels,
)


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in options)
    return (
        f'<div class="hsg-filter"><label for="hsg-filter-{name}">{esc(label)}</label>'
        f'<select id="hsg-filter-{name}" data-filter="{name}">'
        f'<option value="">All</option>{choices}</select></div>'
    )


def _term_options(terms: dict[str, Term]) -> list[tuple[str, str]]:
    return [(t.key, t.label) for t in terms.values()]


def catalog_page(ctx: SiteContext) -> GeneratedPage:
    v = ctx.vocabulary
    filters = "".join(
        [
            _select("audience", "Audience", _term_options(v.audiences)),
            _select("topic", "Topic", _term_options(v.topics)),
            _select("type", "Type", list(TYPE_LABELS.items())),
            # Drafts are never listed, so they are not offered.
            _select("status", "Status", [(k, t) for k, t in STATUS_LABELS.items() if k != "draft"]),
        ]
    )
    rows = []
    for g in ctx.guidelines:
        url = relative_url(CATALOG_SRC, guideline_url(g.id))
        audiences = ", ".join(term_labels(g.audience, v.audiences))
        topics = ", ".join(term_labels(g.topics, v.topics))
        rows.append(
            f'<tr data-audience="{esc(" ".join(g.audience))}" '
            f'data-topic="{esc(" ".join(g.topics))}" data-type="{esc(g.type)}" '
            f'data-status="{esc(g.status)}">'
            f"<td><code>{esc(g.id)}</code></td>"
            f'<td><a href="{esc(url)}">{esc(g.title)}</a><br><small>{esc(g.summary)}</small></td>'
            f"<td>{esc(audiences)}</td><td>{esc(topics)}</td>"
            f"<td>{esc(TYPE_LABELS.get(g.type, g.type))}</td><td>{status_badge(g.status)}</td>"
            f"<td>{len(g.practices)}</td></tr>"
        )
    total = len(ctx.guidelines)
    raw = Blocks()
    panel = (
        '<div class="hsg-filters" hidden role="search" aria-label="Filter the catalog">'
        f'{filters}<p class="hsg-count" aria-live="polite" id="hsg-count"></p></div>'
    )
    headers = "".join(
        f'<th scope="col">{h}</th>'
        for h in ("Id", "Guideline", "Audience", "Topics", "Type", "Status", "Practices")
    )
    table = (
        f'<table id="hsg-catalog"><caption>Guidelines ({total})</caption>'
        f"<thead><tr>{headers}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    markdown = f"""# Catalog of guidance

All {total} guidelines and good-practice documents of this release. Choose an
audience, topic, type or status to narrow the list; without JavaScript the
full list is shown. The same data is available as [catalog.json](../catalog.json)
and, one row per practice, as [checklist.csv](../checklist.csv).

{raw(panel)}

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
