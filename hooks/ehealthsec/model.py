"""The content model: plain frozen dataclasses, built only from checked data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

PUBLIC_STATUSES = ("published", "deprecated", "withdrawn")


def guideline_url(gid: str) -> str:
    """The address of a guideline's page, relative to the site root: the one
    place that defines it (pages, links, exports and releases all use it)."""
    return f"guidelines/{gid.lower()}/"


@dataclass(frozen=True)
class Term:
    """An audience or topic."""

    key: str
    label: str
    description: str


@dataclass(frozen=True)
class Source:
    """A cited regulation, standard or guidance document."""

    key: str
    label: str
    title: str
    kind: str
    url: str
    locators: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Vocabulary:
    audiences: dict[str, Term]
    topics: dict[str, Term]
    sources: dict[str, Source]


@dataclass(frozen=True)
class Reference:
    source: str
    at: str | None = None

    def label(self, vocabulary: Vocabulary) -> str:
        source = vocabulary.sources.get(self.source)
        name = source.label if source else self.source
        return f"{name} {self.at}" if self.at else name


@dataclass(frozen=True)
class Practice:
    id: str
    text: str
    level: str
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Guideline:
    id: str
    title: str
    summary: str
    type: str
    status: str
    version: str
    owner: str
    audience: tuple[str, ...]
    topics: tuple[str, ...]
    path: str
    body: str
    published: date | None = None
    updated: date | None = None
    review_by: date | None = None
    references: tuple[Reference, ...] = ()
    related: tuple[str, ...] = ()
    supersedes: str | None = None
    superseded_by: str | None = None
    withdrawal_reason: str | None = None
    practices: tuple[Practice, ...] = ()
    # Practices owned by other guidelines that also apply here ("HSG-BACK-001/GP-02"):
    # shown on the page, but counted only in their owner's checklist rows.
    related_practices: tuple[str, ...] = ()
    body_line: int = 1  # the line of the file where the body starts

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES


def _references(items: Any) -> tuple[Reference, ...]:
    return tuple(_reference(r["source"], r.get("at")) for r in items or ())


@lru_cache(maxsize=8192)
def _reference(source: str, at: str | None) -> Reference:
    """One object for each distinct reference: a corpus cites the same few
    hundred articles thousands of times, and each copy would be pickled."""
    return Reference(source, at)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _line(text: Any) -> Any:
    """A text field without the line break that YAML block scalars (`|`) end with."""
    return text.removesuffix("\n") if isinstance(text, str) else text


def guideline_from_data(
    data: dict[str, Any], path: str, body: str, body_line: int = 1
) -> Guideline:
    """Build the model from front matter that passed the schema."""
    practices = tuple(
        Practice(p["id"], _line(p["text"]), p["level"], _references(p.get("references")))
        for p in data.get("practices") or ()
    )
    return Guideline(
        id=data["id"],
        title=data["title"],
        summary=_line(data["summary"]),
        type=data["type"],
        status=data["status"],
        version=data["version"],
        owner=_line(data["owner"]),
        audience=tuple(data["audience"]),
        topics=tuple(data["topics"]),
        path=path,
        body=body,
        published=_date(data.get("published")),
        updated=_date(data.get("updated")),
        review_by=_date(data.get("review_by")),
        references=_references(data.get("references")),
        related=tuple(data.get("related") or ()),
        supersedes=data.get("supersedes"),
        superseded_by=data.get("superseded_by"),
        withdrawal_reason=_line(data.get("withdrawal_reason")),
        practices=practices,
        related_practices=tuple(data.get("related_practices") or ()),
        body_line=body_line,
    )
