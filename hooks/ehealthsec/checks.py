"""Checks across the corpus: ids, cross references, vocabularies and sources."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence

from .document import LoadedDocument
from .model import Guideline, Reference, Vocabulary
from .problems import Problem, Severity
from .yamltree import Path, dotted

LINK_FIELDS = ("supersedes", "superseded_by")


def _problem(
    doc: LoadedDocument, at: Path, message: str, rule: str, severity: Severity = "error"
) -> Problem:
    assert doc.tree is not None
    where = doc.tree.value_where(at)
    return Problem(doc.path, where.line, where.column, severity, dotted(at), message, rule)


def _did_you_mean(value: str, known: Iterable[str]) -> str:
    match = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'? " if match else ""


def check_corpus(docs: Sequence[LoadedDocument], vocabulary: Vocabulary) -> list[Problem]:
    """All checks that need more than one file or the data files."""
    ready = [d for d in docs if d.guideline is not None]
    problems = list(check_unique_ids(ready))
    by_id = {d.guideline.id: d for d in ready if d.guideline}
    for doc in ready:
        problems.extend(check_vocabulary(doc, vocabulary))
        problems.extend(check_sources(doc, vocabulary))
        problems.extend(check_links(doc, by_id))
        problems.extend(check_lifecycle(doc))
    problems.extend(check_supersession_cycles(ready))
    return problems


def check_unique_ids(docs: Sequence[LoadedDocument]) -> Iterator[Problem]:
    owners: dict[str, list[LoadedDocument]] = {}
    for doc in docs:
        assert doc.guideline is not None
        owners.setdefault(doc.guideline.id, []).append(doc)
    for gid, same in owners.items():
        if len(same) < 2:
            continue
        for doc in same:
            others = ", ".join(o.path for o in same if o is not doc)
            yield _problem(doc, ("id",), f"id '{gid}' is also used by {others}; ids must be "
                           "unique", "duplicate-id")


def check_vocabulary(doc: LoadedDocument, vocabulary: Vocabulary) -> Iterator[Problem]:
    g = doc.guideline
    assert g is not None
    for field, values, known, noun in (
        ("audience", g.audience, vocabulary.audiences, "an audience"),
        ("topics", g.topics, vocabulary.topics, "a topic"),
    ):
        for index, value in enumerate(values):
            if value not in known:
                yield _problem(
                    doc, (field, index),
                    f"'{value}' is not {noun}; {_did_you_mean(value, known)}"
                    f"known: {', '.join(known)}", f"unknown-{field.rstrip('s')}",
                )


def _reference_sites(g: Guideline) -> Iterator[tuple[Path, Reference]]:
    for index, ref in enumerate(g.references):
        yield ("references", index), ref
    for p_index, practice in enumerate(g.practices):
        for index, ref in enumerate(practice.references):
            yield ("practices", p_index, "references", index), ref


def check_sources(doc: LoadedDocument, vocabulary: Vocabulary) -> Iterator[Problem]:
    assert doc.guideline is not None
    for at, ref in _reference_sites(doc.guideline):
        source = vocabulary.sources.get(ref.source)
        if source is None:
            yield _problem(
                doc, (*at, "source"),
                f"'{ref.source}' is not in the source registry (guidelines/sources.yml); "
                f"{_did_you_mean(ref.source, vocabulary.sources)}add it there or use a known key",
                "unknown-source",
            )
            continue
        if ref.at is not None and source.locators and ref.at not in source.locators:
            hint = _did_you_mean(ref.at, source.locators)
            sample = ", ".join(list(source.locators)[:6])
            yield _problem(
                doc, (*at, "at"),
                f"'{ref.at}' is not a known locator of {ref.source}; {hint}"
                f"known include: {sample}, ... (see guidelines/sources.yml)",
                "unknown-locator",
            )


def check_links(doc: LoadedDocument, by_id: dict[str, LoadedDocument]) -> Iterator[Problem]:
    g = doc.guideline
    assert g is not None
    targets: list[tuple[Path, str]] = [(("related", i), r) for i, r in enumerate(g.related)]
    targets += [((name,), value) for name in LINK_FIELDS if (value := getattr(g, name))]
    for at, target in targets:
        if target == g.id:
            yield _problem(doc, at, f"'{target}' is this guideline's own id", "self-reference")
        elif target not in by_id:
            yield _problem(
                doc, at,
                f"no guideline has id '{target}'; {_did_you_mean(target, by_id)}".rstrip("; "),
                "unknown-guideline",
            )
        elif g.is_public and by_id[target].status == "draft":
            yield _problem(
                doc, at, f"'{target}' is a draft: drafts are left out of releases, so this "
                "link would break", "link-to-draft", "warning",
            )


def check_lifecycle(doc: LoadedDocument) -> Iterator[Problem]:
    g = doc.guideline
    assert g is not None
    if g.status in ("deprecated", "withdrawn") and not (g.superseded_by or g.withdrawal_reason):
        yield _problem(
            doc, ("status",),
            f"a {g.status} guideline must name its successor in 'superseded_by' or explain "
            "itself in 'withdrawal_reason'", "lifecycle",
        )


def check_supersession_cycles(docs: Sequence[LoadedDocument]) -> Iterator[Problem]:
    """`A superseded_by B` and `B supersedes A` both mean an edge A -> B."""
    edges: dict[str, set[str]] = {}
    where: dict[str, LoadedDocument] = {}
    for doc in docs:
        g = doc.guideline
        assert g is not None
        where[g.id] = doc
        if g.superseded_by:
            edges.setdefault(g.id, set()).add(g.superseded_by)
        if g.supersedes:
            edges.setdefault(g.supersedes, set()).add(g.id)
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        cycle = _find_cycle(start, edges)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            first = min(cycle)
            doc = where.get(first)
            if doc is None:
                continue
            field = "superseded_by" if doc.guideline and doc.guideline.superseded_by else "supersedes"
            chain = " -> ".join([*_rotate(cycle, first), first])
            yield _problem(doc, (field,), f"supersession cycle: {chain}", "supersession-cycle")


def _find_cycle(start: str, edges: dict[str, set[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return path[path.index(node):]
        if node not in edges:
            return None
        path.append(node)
        on_path.add(node)
        for nxt in sorted(edges[node]):
            found = visit(nxt)
            if found:
                return found
        path.pop()
        on_path.discard(node)
        return None

    found = visit(start)
    return found if found and start in found else None


def _rotate(cycle: list[str], first: str) -> list[str]:
    i = cycle.index(first)
    return cycle[i:] + cycle[:i]
