"""Lists of guidelines that readers narrow down: the catalog, audience and topic pages.

The table is complete HTML, so a page works without JavaScript. The
controls are made visible by the self-hosted `docs/assets/catalog.js`,
which reads each row's `data-*` attributes: filters (audience, topic,
type, status, practice level), a keyword box, sorting, a count in the
caption, an empty state with a reset, and a download of the checklist of
what is shown. All of it is kept in the page's address.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .markup import esc, md_text, relative_url, root_prefix
from ..model import Guideline, Term, Vocabulary, guideline_url
from .pages import (
    LEVEL_LABELS,
    TYPE_LABELS,
    Blocks,
    GeneratedPage,
    SiteContext,
    breadcrumb,
    guidelines_for,
    status_badge,
    term_src,
)

# Level filter values, as `catalog.js` and the tests read them.
LEVEL_FILTERS = (
    ("essential", "Has essential practices"),
    ("essential-only", "Essential practices only"),
)
SORT_KEYS = (("id", "Id"), ("title", "Title"), ("updated", "Last updated"))


def practice_levels(g: Guideline) -> str:
    """The row's level tokens: `essential` if any practice is, `essential-only` if all are."""
    levels = {p.level for p in g.practices}
    tokens = sorted(levels)
    if levels == {"essential"}:
        tokens.append("essential-only")
    return " ".join(tokens)


def keyword_text(g: Guideline) -> str:
    """What the keyword box searches: id, title and summary (the row's visible words)."""
    return f"{g.id} {g.title} {g.summary}".lower()


def _select(name: str, label: str, options: Sequence[tuple[str, str]], first: str) -> str:
    choices = "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in options)
    empty = f'<option value="">{esc(first)}</option>' if first else ""
    return (
        f'<p class="hsg-filter"><label for="hsg-filter-{name}">{esc(label)}</label>'
        f'<select id="hsg-filter-{name}" data-filter="{name}">{empty}{choices}</select></p>'
    )


def term_options(terms: dict[str, Term]) -> list[tuple[str, str]]:
    return [(t.key, t.label) for t in terms.values()]


def filter_panel(
    src: str,
    selects: Sequence[tuple[str, str, Sequence[tuple[str, str]]]],
    vocabulary: Vocabulary,
) -> str:
    """The controls above a list; hidden until the script makes them work.

    Only the choices are HTML: the keyword box and the buttons, which work only
    with the script, are made by it (and the page's HTML stays within the
    allowlist that every page is checked against, which has no form controls)."""
    controls = [_select(name, label, options, "All") for name, label, options in selects]
    controls.append(_select("level", "Practices", LEVEL_FILTERS, "Any level"))
    controls.append(_select("sort", "Sort by", SORT_KEYS, ""))
    catalog_json = esc(root_prefix(src) + "catalog.json")
    # The downloaded checklist names sources as checklist.csv does.
    labels = esc(json.dumps({k: s.label for k, s in vocabulary.sources.items()}))
    return (
        '<div class="hsg-filters" hidden role="search" aria-label="Narrow the list" '
        f'data-search-exclude data-catalog="{catalog_json}" data-sources="{labels}">'
        f"{''.join(controls)}"
        '<p class="hsg-count" id="hsg-count" aria-live="polite"></p></div>'
    )


def empty_state() -> str:
    """Shown by the script when nothing matches; it adds the reset button."""
    return (
        '<div class="hsg-empty" hidden role="status" data-search-exclude>'
        "<p>No guideline matches these choices.</p></div>"
    )


def guideline_rows(
    guidelines: Sequence[Guideline], ctx: SiteContext, src: str, *, full: bool
) -> str:
    """One row per guideline; `full` adds the audience and topic columns of the catalog."""
    v = ctx.vocabulary
    rows = []
    for g in guidelines:
        url = relative_url(src, guideline_url(g.id))
        cells = [
            f'<td data-label="Id"><code>{esc(g.id)}</code></td>',
            f'<td data-label="Guideline"><a href="{esc(url)}">{esc(g.title)}</a><br>'
            f"<small>{esc(g.summary)}</small></td>",
        ]
        if full:
            audiences = ", ".join(t.label for k in g.audience if (t := v.audiences.get(k)))
            topics = ", ".join(t.label for k in g.topics if (t := v.topics.get(k)))
            cells += [
                f'<td data-label="Audience">{esc(audiences)}</td>',
                f'<td data-label="Topics">{esc(topics)}</td>',
            ]
        essential = sum(1 for p in g.practices if p.level == "essential")
        cells += [
            f'<td data-label="Type">{esc(TYPE_LABELS.get(g.type, g.type))}</td>',
            f'<td data-label="Status">{status_badge(g.status)}</td>',
            f'<td data-label="Practices">{len(g.practices)}'
            f'<span class="hsg-essential"> ({essential} {esc(LEVEL_LABELS["essential"].lower())})'
            "</span></td>",
        ]
        updated = g.updated.isoformat() if g.updated else ""
        rows.append(
            f'<tr data-id="{esc(g.id)}" data-audience="{esc(" ".join(g.audience))}" '
            f'data-topic="{esc(" ".join(g.topics))}" data-type="{esc(g.type)}" '
            f'data-status="{esc(g.status)}" data-level="{practice_levels(g)}" '
            f'data-updated="{updated}" data-keywords="{esc(keyword_text(g))}">'
            f"{''.join(cells)}</tr>"
        )
    return "".join(rows)


def guideline_list(
    guidelines: Sequence[Guideline], ctx: SiteContext, src: str, *, full: bool, table_id: str
) -> str:
    """The table of a list page, with its caption counting what is shown."""
    columns = ["Id", "Guideline", *(["Audience", "Topics"] if full else []), "Type", "Status"]
    columns.append("Practices")
    headers = "".join(f'<th scope="col">{h}</th>' for h in columns)
    total = len(guidelines)
    return (
        f'<table id="{esc(table_id)}" data-cards data-list>'
        f"<caption data-search-exclude>Guidelines ({total})</caption>"
        f"<thead data-search-exclude><tr>{headers}</tr></thead>"
        f"<tbody>{guideline_rows(guidelines, ctx, src, full=full)}</tbody></table>"
    )


TERM_CRUMBS = {"audiences": "By audience", "topics": "By topic"}


def term_page(kind: str, term: Term, ctx: SiteContext) -> GeneratedPage:
    """The guidelines for one audience or topic, narrowed like the catalog."""
    src = term_src(kind, term.key)
    matching = guidelines_for(kind, term.key, ctx.guidelines)
    noun = "audience" if kind == "audiences" else "topic"
    raw = Blocks()
    crumbs = breadcrumb(src, [(TERM_CRUMBS[kind], term_src(kind, "index"))], term.label)
    table = (
        guideline_list(matching, ctx, src, full=False, table_id="hsg-list")
        if matching
        else "<p>No guideline yet.</p>"
    )
    types = [("type", "Type", list(TYPE_LABELS.items()))]
    panel = filter_panel(src, types, ctx.vocabulary) if matching else ""
    markdown = (
        f"{raw(crumbs)}\n\n# {md_text(term.label)}\n\n{md_text(term.description)}\n\n"
        f"{len(matching)} guideline(s) for this {noun}.\n\n## Guidelines\n\n"
        f"{raw(panel)}\n\n{raw(empty_state() if matching else '')}\n\n{raw(table)}\n"
    )
    return GeneratedPage(src, markdown, term.label, term.description, blocks=raw.items)
