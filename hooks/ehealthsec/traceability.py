"""The traceability page: each source, its locators, and who cites them.

A compliance officer asks "which guidance covers NIS2 Art. 21(2)(d)?";
this page answers with the guidelines and the individual practices, and
also lists the locators nothing cites yet, so gaps are visible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .markup import anchor, esc, md_text, relative_url
from .model import Guideline, Source
from .pages import REFERENCES_SRC, GeneratedPage, SiteContext, guideline_url


@dataclass(frozen=True)
class Citation:
    guideline: Guideline
    practice_id: str | None  # None: cited by the guideline as a whole


def collect_citations(
    guidelines: tuple[Guideline, ...],
) -> dict[str, dict[str | None, list[Citation]]]:
    """source key -> locator (None for the source as a whole) -> citations, in id order."""
    table: dict[str, dict[str | None, list[Citation]]] = defaultdict(lambda: defaultdict(list))
    for g in guidelines:
        for ref in g.references:
            table[ref.source][ref.at].append(Citation(g, None))
        for p in g.practices:
            for ref in p.references:
                table[ref.source][ref.at].append(Citation(g, p.id))
    return table


def _citation_links(citations: list[Citation]) -> str:
    grouped: dict[str, list[Citation]] = defaultdict(list)
    for c in citations:
        grouped[c.guideline.id].append(c)
    items = []
    for gid, cites in grouped.items():
        g = cites[0].guideline
        url = relative_url(REFERENCES_SRC, guideline_url(gid))
        practices = sorted({c.practice_id for c in cites if c.practice_id})
        practice_links = ", ".join(
            f'<a href="{esc(url)}#{esc(pid.lower())}">{esc(pid)}</a>' for pid in practices
        )
        suffix = f" ({practice_links})" if practice_links else ""
        items.append(
            f'<li><a href="{esc(url)}" title="{esc(g.title)}"><code>{esc(gid)}</code></a> '
            f"{esc(g.title)}{suffix}</li>"
        )
    return f"<ul>{''.join(items)}</ul>"


def _source_section(source: Source, cited: dict[str | None, list[Citation]]) -> str:
    parts = [
        f"## {md_text(source.label)} {{ #{anchor(source.key)} }}",
        f"<p>{esc(source.title)}. {esc(source.kind.capitalize())}. "
        f'<a href="{esc(source.url)}" rel="noopener">Official text</a></p>',
    ]
    rows = []
    locators = list(source.locators) + sorted(
        k for k in cited if k is not None and k not in source.locators
    )
    if None in cited:
        rows.append(_row(source, None, "The source as a whole", cited[None]))
    uncovered = []
    for locator in locators:
        if locator in cited:
            rows.append(_row(source, locator, source.locators.get(locator, ""), cited[locator]))
        else:
            uncovered.append(locator)
    if rows:
        parts.append(
            '<table><thead><tr><th scope="col">Locator</th>'
            '<th scope="col">What it covers</th><th scope="col">Cited by</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    if uncovered and source.locators:
        listed = ", ".join(esc(u) for u in uncovered)
        parts.append(f'<p class="hsg-uncovered"><strong>Not cited yet:</strong> {listed}</p>')
    return "\n\n".join(parts)


def _row(source: Source, locator: str | None, label: str, citations: list[Citation]) -> str:
    row_id = anchor(source.key, locator) if locator else anchor(source.key, "whole")
    shown = esc(locator) if locator else "(whole)"
    return (
        f'<tr id="{esc(row_id)}"><th scope="row">{shown}</th><td>{esc(label)}</td>'
        f"<td>{_citation_links(citations)}</td></tr>"
    )


def references_page(ctx: SiteContext) -> GeneratedPage:
    table = collect_citations(ctx.guidelines)
    sources = [s for s in ctx.vocabulary.sources.values() if s.key in table]
    sections = "\n\n".join(_source_section(s, table[s.key]) for s in sources)
    markdown = f"""# References and traceability

For each regulation, standard and guidance document that this guidance
cites: the articles or sections cited, what they cover, and the guidelines
and individual practices that implement them. Locators that no guideline
cites yet are listed after each table.

{sections}
"""
    return GeneratedPage(
        REFERENCES_SRC,
        markdown,
        "References and traceability",
        "Which guidelines and practices implement each article of NIS2, GDPR, MDR and others.",
    )
