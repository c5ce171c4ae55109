"""The generated pages: one per guideline, catalogs, vocabularies, traceability.

Each function returns Markdown (with raw HTML where a structure needs
attributes) for one page. Nothing here knows MkDocs: the hook hands the
results to MkDocs as generated files.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from .markup import anchor, esc, md_text, page_dir, relative_url, root_prefix
from ..read.mentions import link_mentions
from ..model import Guideline, Practice, Reference, Term, Vocabulary, guideline_url
from .tables import label_table_cells

STATUS_LABELS = {
    "draft": "Draft",
    "published": "Published",
    "deprecated": "Deprecated",
    "withdrawn": "Withdrawn",
}
TYPE_LABELS = {"guideline": "Guideline", "good-practice": "Good practice"}
LEVEL_LABELS = {"essential": "Essential", "advanced": "Advanced"}

CATALOG_SRC = "catalog/index.md"
REFERENCES_SRC = "references/index.md"


@dataclass(frozen=True)
class GeneratedPage:
    """A page for the site engine, as plain data: where it goes (`src_uri`, the
    Markdown file MkDocs would read), its Markdown, title and metadata, and the
    raw HTML blocks that stand in for the tokens in its Markdown."""

    src_uri: str
    markdown: str
    title: str
    description: str = ""
    search_tags: tuple[str, ...] = ()
    search_boost: float | None = None
    extra_meta: dict[str, Any] = field(default_factory=dict)
    blocks: dict[str, str] = field(default_factory=dict)
    # False keeps the page out of search: a table that names every guideline
    # would rank above the guidelines themselves.
    searchable: bool = True
    updated: str | None = None  # ISO date of the page's own last change (sitemap lastmod)



# Generated HTML skips Markdown: the page's Markdown holds a token, a paragraph
# of its own, and the site engine puts the block's HTML in place of the rendered
# token (see the MkDocs adapter). Python-Markdown's raw-HTML parser would
# otherwise re-read every tag of every table.
# A fresh random part per process: a body cannot contain a token by chance or
# on purpose, so it cannot pull a block into the wrong place or cut text out.
_NONCE = secrets.token_hex(8)
BLOCK_TOKEN = re.compile(rf"HSG{_NONCE}B\d+X")


class Blocks:
    """Raw HTML blocks of one page, each stood in for by a token paragraph."""

    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def __call__(self, html: str) -> str:
        if not html:
            return ""
        token = f"HSG{_NONCE}B{len(self.items)}X"
        self.items[token] = html
        return token


def guideline_src(gid: str) -> str:
    """The Markdown file of a guideline's generated page (MkDocs serves
    `guidelines/x.md` at `guidelines/x/`)."""
    return guideline_url(gid).rstrip("/") + ".md"


def audience_url(key: str) -> str:
    return f"audiences/{key}/"


def topic_url(key: str) -> str:
    return f"topics/{key}/"


@dataclass(frozen=True)
class SiteContext:
    """What every page needs to know about the rest of the site."""

    guidelines: tuple[Guideline, ...]
    vocabulary: Vocabulary
    site_url: str = ""
    release: str = ""  # the release being built; "" in a development build
    # For each id, the releases that changed it (see release.changelog).
    history: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def by_id(self) -> dict[str, Guideline]:
        return {g.id: g for g in self.guidelines}

    @cached_property
    def mention_targets(self) -> dict[str, str]:
        """Each guideline id -> its page's Markdown file, relative to another guideline's."""
        return {g.id: guideline_src(g.id).rpartition("/")[2] for g in self.guidelines}

    @cached_property
    def shared_id_stems(self) -> dict[str, str]:
        """Id stems (`HSG-MDEV`) that more than one guideline shares -> the first such id."""
        by_stem: dict[str, list[str]] = {}
        for g in self.guidelines:
            by_stem.setdefault(g.id.rpartition("-")[0], []).append(g.id)
        return {stem: min(ids) for stem, ids in by_stem.items() if len(ids) > 1}

    def permanent_url(self, g: Guideline) -> str:
        """Inside a release, the address inside that release's version folder."""
        base = versioned_base(self.site_url, self.release)
        return f"{base}/{guideline_url(g.id)}" if base else guideline_url(g.id)


def versioned_base(site_url: str, release: str) -> str:
    """The site address of this build, without a trailing slash.

    mike builds a version with `<site>/<version>` as its address already;
    a plain build of a release gets the version added here.
    """
    base = site_url.rstrip("/")
    if base and release and not base.endswith("/" + release):
        base = f"{base}/{release}"
    return base


# --- guideline page -----------------------------------------------------------


def guideline_page(g: Guideline, ctx: SiteContext) -> GeneratedPage:
    src = guideline_src(g.id)
    raw = Blocks()
    # One block for everything above the practices: each block is a paragraph
    # that Markdown must read, so fewer is quicker.
    head = (
        breadcrumb(src, [("Catalog", CATALOG_SRC)], g.id),
        f'<h1 id="{esc(g.id.lower())}">{esc(g.title)}</h1>',
        _lifecycle_banner(g, ctx, src),
        f'<p class="hsg-summary">{esc(g.summary)}</p>',
        _header_block(g, ctx, src),
    )
    parts = [raw("\n".join(part for part in head if part)), *phone_toc(raw)]
    if g.practices:
        parts += ["## Practices", raw(_practices_table(g.practices, ctx.vocabulary, src))]
    borrowed = _related_practices_table(g, ctx, src)
    if borrowed:
        # Labelled like a Markdown table: a card per row on phones.
        parts += ["## Practices from other guidelines", raw(label_table_cells(borrowed))]
    body = link_mentions(g.body.strip(), ctx.mention_targets, g.id)
    parts += [body, *_history(g, ctx), "## Cite as", raw(_cite_as(g, ctx))]
    # Audiences, topics and sources are found through tags: the metadata block
    # stays out of the search text, so that a result's snippet reads as guidance.
    tags = (
        g.id,
        id_search_tag(g.id, ctx.shared_id_stems),
        *term_labels(g.audience, ctx.vocabulary.audiences),
        *term_labels(g.topics, ctx.vocabulary.topics),
        # Each source once, without locators: tags are shown with each result.
        *dict.fromkeys(_source_label(ref, ctx.vocabulary) for ref in g.references),
    )
    return GeneratedPage(
        src_uri=src,
        markdown="\n\n".join(p for p in parts if p) + "\n",
        title=f"{g.title} ({g.id})",
        description=g.summary,
        search_tags=tags,
        search_boost=2.0,
        blocks=raw.items,
        updated=_page_date(g),
    )


def _source_label(ref: Reference, vocabulary: Vocabulary) -> str:
    source = vocabulary.sources.get(ref.source)
    return source.label if source else ref.source


def id_search_tag(gid: str, shared_stems: dict[str, str]) -> str:
    """What a search for the id `HSG-REP-001` finds in this guideline's tags: `rep`.

    Material's search splits a query at hyphens and finds any of its words,
    while the site's separator keeps ids whole in text (mkdocs.yml). So the
    page is tagged with the id's middle words (`rep`), leaving out `hsg` and
    the number that every other guideline shares. Where guidelines share the
    middle (`HSG-MDEV-001`, `HSG-MDEV-002`), the later ones add their number
    and the first repeats the middle, so that each ranks first for its own id
    and no other id's number finds it."""
    stem, _, number = gid.rpartition("-")
    words = stem.split("-")[1:] or [stem]
    first = shared_stems.get(stem)
    if first is not None:
        words = [*words, number] if first != gid else [*words, *words]
    return " ".join(words).lower()


def phone_toc(raw: Blocks) -> list[str]:
    """A table of contents in the page, shown on phones only (see extra.css).

    Material puts a page's contents into the phone's drawer under its entry
    in the navigation; generated pages have no entry there. The contents
    come from the page's Markdown headings (the `toc` extension's marker)."""
    return [
        raw('<details class="hsg-toc"><summary data-search-exclude>On this page</summary>'),
        "[TOC]",
        raw("</details>"),
    ]


def breadcrumb(src: str, trail: Sequence[tuple[str, str]], current: str) -> str:
    """Where a generated page sits: `Catalog > HSG-RANS-001`, each step a link.

    `trail` pairs a label with the source path of its page."""
    steps = [
        f'<li><a href="{esc(relative_url(src, page_dir(target)))}">{esc(label)}</a></li>'
        for label, target in trail
    ]
    steps.append(f'<li aria-current="page">{esc(current)}</li>')
    return (
        '<nav class="hsg-breadcrumb" aria-label="Breadcrumb" data-search-exclude>'
        f"<ol>{''.join(steps)}</ol></nav>"
    )
def _page_date(g: Guideline) -> str | None:
    changed = g.updated or g.published
    return changed.isoformat() if changed else None


def _history(g: Guideline, ctx: SiteContext) -> list[str]:
    """The releases that changed this guideline, from the release records."""
    changes = ctx.history.get(g.id)
    if not changes:
        return []
    items = "\n".join(f"- {md_text(item)}" for item in changes)
    return ["## Release history", f"Changed in these releases:\n\n{items}"]


def term_labels(keys: Iterable[str], terms: dict[str, Term]) -> list[str]:
    return [terms[k].label if k in terms else k for k in keys]


def _lifecycle_banner(g: Guideline, ctx: SiteContext, src: str) -> str:
    if g.status == "draft":
        return (
            '<div class="admonition warning hsg-banner" role="note">'
            '<p class="admonition-title">Draft</p><p>This guideline is a draft under '
            "review. It is not part of any release and may change completely.</p></div>"
        )
    if g.status not in ("deprecated", "withdrawn"):
        return ""
    successor = ctx.by_id.get(g.superseded_by or "")
    lines = [f"This guideline is <strong>{esc(g.status)}</strong>."]
    if successor:
        link = relative_url(src, guideline_url(successor.id))
        lines.append(
            f'Use <a href="{esc(link)}">{esc(successor.title)} ({esc(successor.id)})</a> instead.'
        )
    if g.withdrawal_reason:
        lines.append(f"Reason: {esc(g.withdrawal_reason)}")
    return (
        '<div class="admonition danger hsg-banner" role="alert">'
        f'<p class="admonition-title">{esc(STATUS_LABELS[g.status])}</p>'
        f"<p>{' '.join(lines)}</p></div>"
    )


def status_badge(status: str) -> str:
    label = STATUS_LABELS.get(status, status)
    return f'<span class="hsg-status hsg-status--{esc(status)}">{esc(label)}</span>'


def _term_links(keys: Sequence[str], terms: dict[str, Term], url: Any, src: str) -> str:
    links = []
    for key in keys:
        term = terms.get(key)
        label = term.label if term else key
        links.append(f'<a href="{esc(relative_url(src, url(key)))}">{esc(label)}</a>')
    return ", ".join(links)


def reference_url(ref: Reference) -> str:
    """The traceability row of a reference: `references/<source>/#<locator>`."""
    row = anchor(ref.at) if ref.at else "whole"
    return f"references/{ref.source}/#{row}"


def _reference_links(refs: Sequence[Reference], vocabulary: Vocabulary, src: str) -> str:
    """Each reference as a list item: its official text, and its traceability row.

    The item gives the short "trace" link its context (WCAG 2.4.4).
    """
    items = []
    for ref in refs:
        source = vocabulary.sources.get(ref.source)
        name = esc(source.label if source else ref.source)
        at = f" {esc(ref.at)}" if ref.at else ""
        trace = esc(relative_url(src, reference_url(ref)))
        official = f'<a href="{esc(source.url)}" rel="noopener">{name}</a>' if source else name
        items.append(f'<li>{official}{at} (<a href="{trace}">trace</a>)</li>')
    return f'<ul class="hsg-refs">{"".join(items)}</ul>'


def _trace_links(refs: Sequence[Reference], vocabulary: Vocabulary, src: str) -> str:
    """Compact references for the practices table: one link each, to traceability."""
    prefix = root_prefix(src)
    return "; ".join(_trace_link(prefix, ref, ref.label(vocabulary)) for ref in refs)


@lru_cache(maxsize=8192)  # the same few hundred references recur on every page
def _trace_link(prefix: str, ref: Reference, label: str) -> str:
    return f'<a href="{esc(prefix + reference_url(ref))}">{esc(label)}</a>'


def _header_block(g: Guideline, ctx: SiteContext, src: str) -> str:
    v = ctx.vocabulary
    rows: list[tuple[str, str]] = [
        ("Id", f"<code>{esc(g.id)}</code>"),
        ("Type", esc(TYPE_LABELS.get(g.type, g.type))),
        ("Status", status_badge(g.status)),
        ("Version", esc(g.version)),
    ]
    for label, value in (
        ("Published", g.published),
        ("Updated", g.updated),
        ("Review by", g.review_by),
    ):
        if value:
            rows.append((label, f'<time datetime="{value}">{value}</time>'))
    rows += [
        ("Owner", esc(g.owner)),
        ("Audience", _term_links(g.audience, v.audiences, audience_url, src)),
        ("Topics", _term_links(g.topics, v.topics, topic_url, src)),
    ]
    if g.references:
        rows.append(("References", _reference_links(g.references, v, src)))
    related = _guideline_links(g.related, ctx, src)
    if related:
        rows.append(("Related", related))
    if g.supersedes:
        rows.append(("Supersedes", _guideline_links((g.supersedes,), ctx, src)))
    # Spaces between the items keep words apart in the search index.
    body = " ".join(f"<dt>{esc(label)}:</dt> <dd>{value}</dd>" for label, value in rows)
    # Kept out of search: a result's snippet should read as guidance, not metadata.
    return f'<dl class="hsg-meta" data-search-exclude>{body}</dl>'


def _guideline_links(ids: Sequence[str], ctx: SiteContext, src: str) -> str:
    by_id = ctx.by_id
    links = []
    for gid in ids:
        target = by_id.get(gid)
        if target is None:  # left out of this build (a draft in a release)
            continue
        url = relative_url(src, guideline_url(gid))
        links.append(f'<a href="{esc(url)}">{esc(target.title)}</a>')
    return ", ".join(links)


def _practices_table(practices: Sequence[Practice], vocabulary: Vocabulary, src: str) -> str:
    rows = []
    for p in practices:
        refs = _trace_links(p.references, vocabulary, src)
        row_id = esc(p.id.lower())
        rows.append(
            f'<tr id="{row_id}" data-level="{esc(p.level)}">'
            f'<td data-label="Id"><a class="hsg-self" href="#{row_id}">{esc(p.id)}</a></td>'
            f'<td data-label="Practice">{esc(p.text)}</td>'
            f'<td data-label="Level"><span class="hsg-level hsg-level--{esc(p.level)}">'
            f"{esc(LEVEL_LABELS.get(p.level, p.level))}</span></td>"
            f'<td data-label="References">{refs}</td></tr>'
        )
    return (
        "<table data-cards><caption data-search-exclude>Good practices: "
        "tick each one off when it is in place</caption><thead data-search-exclude><tr>"
        '<th scope="col">Id</th><th scope="col">Practice'
        '</th><th scope="col">Level</th><th scope="col">References</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _related_practices_table(g: Guideline, ctx: SiteContext, src: str) -> str:
    """The practices other guidelines own that also apply here, each linked to its home.

    They are not this guideline's checklist rows: each control is counted once, in its owner.
    """
    rows = []
    for entry in g.related_practices:
        gid, _, pid = entry.partition("/")
        owner = ctx.by_id.get(gid)
        practice = next((p for p in owner.practices if p.id == pid), None) if owner else None
        if owner is None or practice is None:  # left out of this build (a draft in a release)
            continue
        page = relative_url(src, guideline_url(gid))
        rows.append(
            # Plain link text: Material's code-in-link colours fail WCAG contrast in dark mode.
            f'<tr><td><a href="{esc(page)}#{esc(pid.lower())}">{esc(gid)}/{esc(pid)}</a></td>'
            f"<td>{esc(practice.text)}</td>"
            f'<td><span class="hsg-level hsg-level--{esc(practice.level)}">'
            f"{esc(LEVEL_LABELS.get(practice.level, practice.level))}</span></td>"
            f'<td><a href="{esc(page)}">{esc(owner.title)}</a></td></tr>'
        )
    if not rows:
        return ""
    return (
        "<table><caption>Practices that other guidelines own and that also apply here; "
        'tick them off on their own page</caption><thead><tr><th scope="col">Id</th>'
        '<th scope="col">Practice</th><th scope="col">Level</th>'
        f'<th scope="col">Guideline</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _cite_as(g: Guideline, ctx: SiteContext) -> str:
    date = g.updated or g.published
    url = ctx.permanent_url(g)
    when = f", {date}" if date else ""
    return (
        f'<p class="hsg-cite">{esc(g.title)}. {esc(g.id)}, version {esc(g.version)}'
        f"{when}. <code>{esc(url)}</code></p>"
    )


# --- lists of guidelines --------------------------------------------------------


def guidelines_for(kind: str, key: str, guidelines: Sequence[Guideline]) -> list[Guideline]:
    """The guidelines of one audience (`kind` "audiences") or one topic ("topics")."""
    field = "audience" if kind == "audiences" else "topics"
    return [g for g in guidelines if key in getattr(g, field)]


def term_src(kind: str, key: str) -> str:
    """`audiences/<key>.md` or `topics/<key>.md`; `index` is the kind's index page."""
    return f"{kind}/{key}.md"


def term_index_page(kind: str, terms: dict[str, Term], ctx: SiteContext) -> GeneratedPage:
    title = "Guidance by audience" if kind == "audiences" else "Guidance by topic"
    intro = (
        "Find the guidance written for your role."
        if kind == "audiences"
        else "Find the guidance on one subject."
    )
    items = []
    for term in terms.values():
        n = len(guidelines_for(kind, term.key, ctx.guidelines))
        items.append(f"- [{md_text(term.label)}]({term.key}.md) ({n}): {md_text(term.description)}")
    markdown = f"# {title}\n\n{intro}\n\n" + "\n".join(items) + "\n"
    return GeneratedPage(term_src(kind, "index"), markdown, title, intro)
