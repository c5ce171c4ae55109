"""The traceability pages: each source, its locators, and who cites them.

A compliance officer asks "which guidance covers NIS2 Art. 21(2)(d)?";
`references/nis2/` answers with the guidelines and the individual
practices, and also lists the locators nothing cites yet, so gaps are
visible. `references/` is the index of all sources.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .markup import anchor, esc, md_text, relative_url
from .model import Guideline, Source
from .pages import (
    REFERENCES_SRC,
    Blocks,
    GeneratedPage,
    SiteContext,
    guideline_url,
)

KIND_HEADINGS = {
    "regulation": "EU legislation",
    "standard": "Standards",
    "guidance": "Guidance documents",
}


@dataclass(frozen=True)
class Citation:
    guideline: Guideline
    practice_id: str | None  # None: cited by the guideline as a whole


Citations = dict[str | None, list[Citation]]  # locator (None: the whole source) -> citations


def collect_citations(guidelines: tuple[Guideline, ...]) -> dict[str, Citations]:
    """source key -> locator -> citations, in guideline id order."""
    table: dict[str, Citations] = defaultdict(lambda: defaultdict(list))
    for g in guidelines:
        for ref in g.references:
            table[ref.source][ref.at].append(Citation(g, None))
        for p in g.practices:
            for ref in p.references:
                table[ref.source][ref.at].append(Citation(g, p.id))
    return table


def source_src(key: str) -> str:
    return f"references/{key}.md"


def _citation_links(citations: list[Citation], src: str) -> str:
    grouped: dict[str, list[Citation]] = defaultdict(list)
    for c in citations:
        grouped[c.guideline.id].append(c)
    items = []
    for gid, cites in grouped.items():
        g = cites[0].guideline
        url = esc(relative_url(src, guideline_url(gid)))
        practices = sorted({c.practice_id for c in cites if c.practice_id})
        practice_links = ", ".join(
            f'<a href="{url}#{esc(pid.lower())}">{esc(pid)}</a>' for pid in practices
        )
        suffix = f" ({practice_links})" if practice_links else ""
        items.append(f'<li><a href="{url}">{esc(gid)}</a> {esc(g.title)}{suffix}</li>')
    return f"<ul>{''.join(items)}</ul>"


def _row(src: str, locator: str | None, label: str, citations: list[Citation]) -> str:
    row_id = anchor(locator) if locator else "whole"
    shown = esc(locator) if locator else "(whole)"
    return (
        f'<tr id="{esc(row_id)}"><th scope="row">{shown}</th><td>{esc(label)}</td>'
        f"<td>{_citation_links(citations, src)}</td></tr>"
    )


def source_page(source: Source, cited: Citations) -> GeneratedPage:
    src = source_src(source.key)
    raw = Blocks()
    locators = list(source.locators) + sorted(
        k for k in cited if k is not None and k not in source.locators
    )
    rows = []
    if None in cited:
        rows.append(_row(src, None, "The source as a whole", cited[None]))
    uncovered = []
    for locator in locators:
        if locator in cited:
            rows.append(_row(src, locator, source.locators.get(locator, ""), cited[locator]))
        else:
            uncovered.append(locator)
    parts = [
        f"# {md_text(source.label)}",
        raw(
            f"<p>{esc(source.title)}. "
            f'<a href="{esc(source.url)}" rel="noopener">Official text</a>.</p>'
        ),
    ]
    if rows:
        parts.append(
            raw(
                "<table><caption>Where this guidance implements it</caption><thead><tr>"
                '<th scope="col">Locator</th><th scope="col">What it covers</th>'
                '<th scope="col">Cited by</th></tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        )
    else:
        parts.append("No guideline cites this source yet.")
    if uncovered and source.locators:
        listed = ", ".join(esc(u) for u in uncovered)
        parts.append(raw(f'<p class="hsg-uncovered"><strong>Not cited yet:</strong> {listed}</p>'))
    return GeneratedPage(
        src,
        "\n\n".join(parts) + "\n",
        source.label,
        f"Which guidelines and practices implement {source.label}, by article or section.",
        searchable=False,
        blocks=raw.items,
    )


def references_index(ctx: SiteContext, table: dict[str, Citations]) -> GeneratedPage:
    sections = []
    for kind, heading in KIND_HEADINGS.items():
        items = []
        for source in ctx.vocabulary.sources.values():
            if source.kind != kind:
                continue
            count = len(
                {c.guideline.id for cites in table.get(source.key, {}).values() for c in cites}
            )
            items.append(
                f"- [{md_text(source.label)}]({source.key}.md): {md_text(source.title)} "
                f"({count} guideline{'s' if count != 1 else ''})"
            )
        if items:
            sections.append(f"## {heading}\n\n" + "\n".join(items))
    markdown = (
        "# References and traceability\n\n"
        "For each regulation, standard and guidance document that this guidance cites: "
        "the articles or sections cited, what they cover, and the guidelines and "
        "individual practices that implement them. Each page also lists the articles "
        "that no guideline cites yet.\n\n" + "\n\n".join(sections) + "\n"
    )
    return GeneratedPage(
        REFERENCES_SRC,
        markdown,
        "References and traceability",
        "Which guidelines and practices implement each article of NIS2, GDPR, MDR and others.",
    )


def references_pages(ctx: SiteContext) -> list[GeneratedPage]:
    table = collect_citations(ctx.guidelines)
    pages = [references_index(ctx, table)]
    pages.extend(source_page(s, table.get(s.key, {})) for s in ctx.vocabulary.sources.values())
    return pages
