"""The traceability pages: each source, its locators, and who cites them.

A compliance officer asks "which guidance covers NIS2 Art. 21(2)(d)?";
`references/nis2/` answers with the guidelines and the individual
practices, and also lists the locators nothing cites yet, so gaps are
visible. An article counts as cited when any of its paragraphs or points is
("cited through Art. 21(2)(a), ..."). Each cited locator is a section with
its own heading, so it has an entry in search and in the table of contents.
`references/` is the index of all sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .markup import anchor, esc, md_text, relative_url
from ..model import Guideline, Source, guideline_url
from .pages import (
    REFERENCES_SRC,
    Blocks,
    GeneratedPage,
    SiteContext,
    breadcrumb,
    phone_toc,
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


def _citation_list(citations: list[Citation], src: str) -> str:
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
    return f'<ul class="hsg-cited">{"".join(items)}</ul>'


def parent_locators(locator: str, known: Iterable[str]) -> list[str]:
    """The locators of `known` that contain `locator`: `Art. 21` and `Art. 21(2)` for
    `Art. 21(2)(a)`, `Annex A` for `Annex A 8.13`; never `Art. 2` for `Art. 21`."""
    return [k for k in known if k != locator and locator.startswith(k) and locator[len(k)] in "( ."]


def rolled_up(locators: Iterable[str], cited: Iterable[str | None]) -> dict[str, list[str]]:
    """Each listed locator -> its cited sub-locators (an article counts as
    cited when any of its paragraphs or points is)."""
    listed = list(locators)
    through: dict[str, list[str]] = {}
    for locator in (c for c in cited if c is not None):
        for parent in parent_locators(locator, listed):
            through.setdefault(parent, []).append(locator)
    return {k: sorted(v, key=_locator_order) for k, v in through.items()}


def _locator_order(locator: str) -> list[tuple[int, str]]:
    """`Art. 2` before `Art. 10`: numbers compare as numbers."""
    return [
        (int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", locator)
    ]


def _heading(locator: str | None, label: str, level: int) -> str:
    row_id = anchor(locator) if locator else "whole"
    shown = md_text(locator) if locator else "The source as a whole"
    title = f"{shown}: {md_text(label)}" if label and locator else shown
    return f"{'#' * level} {title} {{#{row_id}}}"


def _direct(parent: str, shown: list[str]) -> list[str]:
    """The sections under `parent` with no section between: for `Art. 21`, its
    paragraphs `Art. 21(1)`, `Art. 21(2)`, not the points of `Art. 21(2)`."""
    below = [s for s in shown if parent in parent_locators(s, [parent])]
    return [s for s in below if not any(q in below for q in parent_locators(s, below))]


_POINT = re.compile(r"(.*)\(([a-z])\)")


def _runs(parts: list[str]) -> list[list[str]]:
    """Consecutive points of one paragraph grouped: (a), (b), (c) ... as one run."""
    runs: list[list[str]] = []
    for part in parts:
        point = _POINT.fullmatch(part)
        if runs and point:
            last = _POINT.fullmatch(runs[-1][-1])
            if (
                last
                and last.group(1) == point.group(1)
                and ord(point.group(2)) == ord(last.group(2)) + 1
            ):
                runs[-1].append(part)
                continue
        runs.append([part])
    return runs


def _link(locator: str, shown: str | None = None) -> str:
    return f'<a href="#{esc(anchor(locator))}">{esc(shown or locator)}</a>'


def _through_links(parts: list[str]) -> str:
    """`Cited through Art. 21(2)(a) to (j)`: runs of three points or more as a range."""
    items: list[str] = []
    for run in _runs(parts):
        if len(run) < 3:
            items.extend(_link(p) for p in run)
            continue
        last = _POINT.fullmatch(run[-1])
        assert last is not None
        items.append(f"{_link(run[0])}\u2013{_link(run[-1], f'({last.group(2)})')}")
    return f'<p class="hsg-through">Cited through {", ".join(items)}.</p>'


def _jump_list(entries: list[tuple[str, str]]) -> str:
    links = "".join(
        f'<li><a href="#{esc(target)}">{esc(label)}</a></li>' for label, target in entries
    )
    return (
        '<nav class="hsg-jump" aria-label="Jump to a locator" data-search-exclude>'
        f"<p>Jump to:</p><ul>{links}</ul></nav>"
    )


def source_page(source: Source, cited: Citations) -> GeneratedPage:
    src = source_src(source.key)
    raw = Blocks()
    listed = list(source.locators)
    locators = listed + sorted(
        (k for k in cited if k is not None and k not in source.locators), key=_locator_order
    )
    through = rolled_up(locators, cited)
    sections: list[str] = []
    jumps: list[tuple[str, str]] = []
    if None in cited:
        sections += [_heading(None, "", 2), raw(_citation_list(cited[None], src))]
        jumps.append(("Whole source", "whole"))
    uncovered = []
    for locator in locators:
        if locator not in cited and locator not in through:
            uncovered.append(locator)
            continue
        level = 3 if parent_locators(locator, locators) else 2
        sections.append(_heading(locator, source.locators.get(locator, ""), level))
        if locator in cited:
            sections.append(raw(_citation_list(cited[locator], src)))
        if locator in through:
            shown = [k for k in locators if k in cited or k in through]
            sections.append(raw(_through_links(_direct(locator, shown))))
        if level == 2:
            jumps.append((locator, anchor(locator)))
    crumbs = breadcrumb(src, [("References", REFERENCES_SRC)], source.label)
    parts = [
        raw(crumbs),
        f"# {md_text(source.label)}",
        raw(
            f"<p>{esc(source.title)}. "
            f'<a href="{esc(source.url)}" rel="noopener">Official text</a>.</p>'
        ),
    ]
    if uncovered and source.locators:
        jumps.append(("Not cited yet", "not-cited"))
    if sections:
        parts += [raw(_jump_list(jumps)), *phone_toc(raw), *sections]
    else:
        parts.append("No guideline cites this source yet.")
    if uncovered and source.locators:
        listed_html = ", ".join(esc(u) for u in uncovered)
        parts += [
            "## Not cited yet {#not-cited}",
            raw(f'<p class="hsg-uncovered">{listed_html}</p>'),
        ]
    return GeneratedPage(
        src,
        "\n\n".join(parts) + "\n",
        source.label,
        f"Which guidelines and practices implement {source.label}, by article or section.",
        # Found by its locators ("NIS2 Art. 23"), ranked below the guidelines themselves.
        search_boost=0.5,
        blocks=raw.items,
    )


def index_order(sources: Iterable[Source]) -> list[Source]:
    """The sources in the order the references index lists them: by kind,
    then as the registry has them."""
    kinds = list(KIND_HEADINGS)
    return sorted(sources, key=lambda source: kinds.index(source.kind))


def references_index(ctx: SiteContext, table: dict[str, Citations]) -> GeneratedPage:
    sections = []
    ordered = index_order(ctx.vocabulary.sources.values())
    for kind, heading in KIND_HEADINGS.items():
        items = []
        for source in ordered:
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


