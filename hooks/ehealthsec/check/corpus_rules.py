"""Checks across the corpus: ids, cross references, vocabularies and sources."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import PUBLIC_STATUSES, Vocabulary
from ..problems import Problem, Severity
from ..read.document import LoadedDocument
from ..read.mentions import CHECKED_PREFIX, find_mentions
from ..read.safety import MAX_BODY
from ..read.yamltree import Path, dotted
from ..schemas import schema_pattern

ID_PATTERN = schema_pattern("properties", "id")

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


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _texts(data: dict[str, Any], key: str) -> list[tuple[int, str]]:
    values = data.get(key)
    if not isinstance(values, list):
        return []
    return [(i, v) for i, v in enumerate(values) if isinstance(v, str)]


def _data(doc: LoadedDocument) -> dict[str, Any]:
    assert doc.tree is not None and isinstance(doc.tree.data, dict)
    return doc.tree.data


def check_corpus(docs: Sequence[LoadedDocument], vocabulary: Vocabulary) -> list[Problem]:
    """All checks that need more than one file or the data files.

    They read the raw front matter, not the model, so a file with a schema
    error still gets its references and links checked in the same run.
    """
    ready = [d for d in docs if d.readable]
    problems = list(check_unique_ids(ready))
    by_id = {gid: d for d in ready if (gid := _text(_data(d), "id"))}
    unreadable = Unreadable.of(docs)
    for doc in ready:
        found = [
            *check_vocabulary(doc, vocabulary),
            *check_sources(doc, vocabulary),
            *check_links(doc, by_id, unreadable),
            *check_related_practices(doc, by_id, unreadable),
            *check_lifecycle(doc, by_id),
            *check_file_name(doc),
            *check_mentions(doc, by_id, unreadable),
        ]
        problems.extend(_not_already_wrong(doc, found))
    problems.extend(check_supersession_cycles(ready))
    return problems


def _not_already_wrong(doc: LoadedDocument, found: list[Problem]) -> list[Problem]:
    """A field whose value the file's own checks found wrong gets no second error here."""
    wrong = {p.field for p in doc.problems if p.severity == "error" and p.field}
    return [p for p in found if p.field not in wrong]


@dataclass
class Unreadable:
    """Files that could not be read: the ids recovered from them, and the files
    whose id is unknown. A link to one of them is not a link to nothing."""

    ids: frozenset[str]
    anonymous: tuple[str, ...]
    told: set[str] = dataclasses.field(default_factory=set)  # unknown targets already reported

    @classmethod
    def of(cls, docs: Sequence[LoadedDocument]) -> Unreadable:
        broken = [d for d in docs if not d.readable]
        return cls(
            frozenset(d.recovered_id for d in broken if d.recovered_id),
            tuple(d.path for d in broken if not d.recovered_id),
        )


def check_unique_ids(docs: Sequence[LoadedDocument]) -> Iterator[Problem]:
    owners: dict[str, list[LoadedDocument]] = {}
    for doc in docs:
        gid = _text(_data(doc), "id")
        if gid:
            owners.setdefault(gid, []).append(doc)
    for gid, same in owners.items():
        if len(same) < 2:
            continue
        for doc in same:
            others = ", ".join(o.path for o in same if o is not doc)
            yield _problem(
                doc,
                ("id",),
                f"id '{gid}' is also used by {others}; ids must be unique",
                "duplicate-id",
            )


def check_vocabulary(doc: LoadedDocument, vocabulary: Vocabulary) -> Iterator[Problem]:
    data = _data(doc)
    for field, known, noun in (
        ("audience", vocabulary.audiences, "an audience"),
        ("topics", vocabulary.topics, "a topic"),
    ):
        if not known:
            continue  # the data file did not load; its own problem says why
        for index, value in _texts(data, field):
            if value not in known:
                yield _problem(
                    doc,
                    (field, index),
                    f"'{value}' is not {noun}; {_did_you_mean(value, known)}"
                    f"known: {', '.join(known)}",
                    f"unknown-{field.rstrip('s')}",
                )


def _reference_sites(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    def refs(items: Any, at: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
        if isinstance(items, list):
            for index, ref in enumerate(items):
                if isinstance(ref, dict):
                    yield (*at, index), ref

    yield from refs(data.get("references"), ("references",))
    practices = data.get("practices")
    if isinstance(practices, list):
        for p_index, practice in enumerate(practices):
            if isinstance(practice, dict):
                yield from refs(practice.get("references"), ("practices", p_index, "references"))


def check_sources(doc: LoadedDocument, vocabulary: Vocabulary) -> Iterator[Problem]:
    if not vocabulary.sources:
        return  # the registry did not load; its own problem says why
    for at, ref in _reference_sites(_data(doc)):
        key, locator = _text(ref, "source"), _text(ref, "at")
        if key is None:
            continue
        source = vocabulary.sources.get(key)
        if source is None:
            yield _problem(
                doc,
                (*at, "source"),
                f"'{key}' is not in the source registry (guidelines/sources.yml); "
                f"{_did_you_mean(key, vocabulary.sources)}add it there or use a known key",
                "unknown-source",
            )
            continue
        if locator is not None and source.locators and locator not in source.locators:
            hint = _did_you_mean(locator, source.locators)
            sample = ", ".join(list(source.locators)[:6])
            yield _problem(
                doc,
                (*at, "at"),
                f"'{locator}' is not a known locator of {key}; {hint}"
                f"known include: {sample}, ... (see guidelines/sources.yml)",
                "unknown-locator",
            )


def check_links(
    doc: LoadedDocument,
    by_id: dict[str, LoadedDocument],
    unreadable: Unreadable | None = None,
) -> Iterator[Problem]:
    data = _data(doc)
    own = _text(data, "id")
    targets: list[tuple[Path, str]] = [(("related", i), r) for i, r in _texts(data, "related")]
    targets += [((name,), value) for name in LINK_FIELDS if (value := _text(data, name))]
    public = _text(data, "status") in PUBLIC_STATUSES
    broken = unreadable or Unreadable(frozenset(), ())
    for at, target in targets:
        if target == own:
            yield _problem(doc, at, f"'{target}' is this guideline's own id", "self-reference")
        elif target in broken.ids:
            continue  # its file could not be read: that file's own error is the cause
        elif target not in by_id and broken.anonymous:
            if target not in broken.told:  # the same unknown target reported once
                broken.told.add(target)
                yield _problem(doc, at, _maybe_unreadable(target, broken), "unknown-guideline")
        elif target not in by_id:
            yield _problem(
                doc,
                at,
                f"no guideline has id '{target}'; "
                f"{_did_you_mean(target, (k for k in by_id if k != own))}".rstrip("; "),
                "unknown-guideline",
            )
        elif public and by_id[target].status == "draft":
            yield _link_to_draft(doc, at, target)


def _link_to_draft(doc: LoadedDocument, at: Path, target: str) -> Problem:
    """A published guideline links to a draft, or to a draft's practice."""
    return _problem(
        doc,
        at,
        f"'{target}' is a draft: drafts are left out of releases, so this link would break",
        "link-to-draft",
        "warning",
    )


def _maybe_unreadable(target: str, broken: Unreadable) -> str:
    files = ", ".join(broken.anonymous)
    return (
        f"no readable guideline has id '{target}', and {files} could not be read: "
        "fix that first; links to this id are reported here once"
    )


def _practice_ids(doc: LoadedDocument) -> list[str]:
    practices = _data(doc).get("practices")
    if not isinstance(practices, list):
        return []
    return [pid for p in practices if isinstance(p, dict) and (pid := _text(p, "id"))]


def check_related_practices(
    doc: LoadedDocument,
    by_id: dict[str, LoadedDocument],
    unreadable: Unreadable | None = None,
) -> Iterator[Problem]:
    """Each `related_practices` entry names a practice that another guideline owns."""
    data = _data(doc)
    own = _text(data, "id")
    public = _text(data, "status") in PUBLIC_STATUSES
    for index, entry in _texts(data, "related_practices"):
        gid, slash, pid = entry.partition("/")
        if not slash:
            continue  # the schema's pattern already reports the shape
        if unreadable is not None and gid in unreadable.ids:
            continue  # its file could not be read: that file's own error is the cause
        at: Path = ("related_practices", index)
        message = _related_practice_problem(gid, pid, own, by_id)
        if message:
            yield _problem(doc, at, message, "unknown-practice")
        elif public and by_id[gid].status == "draft":
            yield _link_to_draft(doc, at, gid)


def _related_practice_problem(
    gid: str, pid: str, own: str | None, by_id: dict[str, LoadedDocument]
) -> str | None:
    if gid == own:
        return f"'{gid}' is this guideline's own id; list the practice under 'practices' instead"
    target = by_id.get(gid)
    if target is None:
        hint = _did_you_mean(gid, (k for k in by_id if k != own))
        return f"no guideline has id '{gid}'; {hint}".rstrip("; ")
    known = _practice_ids(target)
    if pid in known:
        return None
    listed = ", ".join(known) if known else "none"
    return f"{gid} has no practice '{pid}'; {_did_you_mean(pid, known)}its practices: {listed}"


def check_file_name(doc: LoadedDocument) -> Iterator[Problem]:
    """`<id in lower case>-<slug>.md`: the name says which guideline a file holds."""
    gid = _text(_data(doc), "id")
    if gid is None or not ID_PATTERN.match(gid) or not doc.path.startswith("guidelines/"):
        return  # no usable id (the schema reports it), or a file not published from here
    name = doc.path.rpartition("/")[2]
    if not name.startswith(gid.lower() + "-"):
        yield _problem(
            doc,
            ("id",),
            f"the file name '{name}' must start with the id in lower case, like "
            f"{gid.lower()}-<a-few-words>.md",
            "file-name",
        )


def check_lifecycle(doc: LoadedDocument, by_id: dict[str, LoadedDocument]) -> Iterator[Problem]:
    data = _data(doc)
    status = _text(data, "status")
    successor = _text(data, "superseded_by")
    target = by_id.get(successor) if successor else None
    if status in PUBLIC_STATUSES and target is not None and target.status == "withdrawn":
        yield _problem(
            doc,
            ("superseded_by",),
            f"'{successor}' is withdrawn: point superseded_by at guidance that is in force, "
            "or explain in withdrawal_reason",
            "successor-withdrawn",
        )
    if status in ("deprecated", "withdrawn") and not (
        _text(data, "superseded_by") or _text(data, "withdrawal_reason")
    ):
        yield _problem(
            doc,
            ("status",),
            f"a {status} guideline must name its successor in 'superseded_by' or explain "
            "itself in 'withdrawal_reason'",
            "lifecycle",
        )


def check_supersession_cycles(docs: Sequence[LoadedDocument]) -> Iterator[Problem]:
    """`A superseded_by B` and `B supersedes A` both mean an edge A -> B."""
    edges: dict[str, set[str]] = {}
    where: dict[str, LoadedDocument] = {}
    for doc in docs:
        data = _data(doc)
        gid = _text(data, "id")
        if gid is None:
            continue
        where[gid] = doc
        if successor := _text(data, "superseded_by"):
            edges.setdefault(gid, set()).add(successor)
        if predecessor := _text(data, "supersedes"):
            edges.setdefault(predecessor, set()).add(gid)
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        cycle = _find_cycle(start, edges)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            first = min(cycle)
            found = where.get(first)
            if found is None:
                continue
            field = "superseded_by" if _text(_data(found), "superseded_by") else "supersedes"
            chain = " -> ".join([*_rotate(cycle, first), first])
            yield _problem(found, (field,), f"supersession cycle: {chain}", "supersession-cycle")


def _find_cycle(start: str, edges: dict[str, set[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return path[path.index(node) :]
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


def check_mentions(
    doc: LoadedDocument,
    by_id: dict[str, LoadedDocument],
    unreadable: Unreadable | None = None,
) -> Iterator[Problem]:
    """A guideline id in the body that names no guideline (a typo, a renumbering).
    The id of a file that could not be read is not one: that file's error is the cause."""
    g = doc.guideline
    if g is None or len(g.body) > MAX_BODY:  # too long is an error already: no more work
        return
    broken = unreadable.ids if unreadable is not None else frozenset()
    for offset, gid in find_mentions(g.body):
        if not gid.startswith(CHECKED_PREFIX) or gid in by_id or gid in broken:
            continue
        before = g.body[:offset]
        line = g.body_line + before.count("\n")
        column = offset - (before.rfind("\n") + 1) + 1
        known = _did_you_mean(gid, by_id)
        yield Problem(
            doc.path,
            line,
            column,
            "warning",
            "body",
            f"'{gid}' names no guideline; {known}it stays plain text",
            "unknown-guideline-mention",
        )
