"""Permanent ids: what the earlier releases hold every later one to.

An id that appeared in any earlier release must still be in the corpus
(published, deprecated or withdrawn; never deleted), and must still be the
same guidance: never reused for other guidance. From what the records hold,
an id is taken to be reused when

- its date of first publication (front matter `published`) differs from the
  one recorded the first time it was recorded (a guideline is first
  published once: new guidance under an old id brings its own date), or
- it was recorded as withdrawn in a release and is now published or
  deprecated: withdrawal is final, and guidance that comes back takes a new
  id (the withdrawn guideline's `superseded_by` can point to it).

Records made before the date joined them have none: the first record that
has one is the reference, and a change of date before it cannot be seen.
Other guidance given an old id and the old date is beyond what records can
tell: review catches that, not the release.
Each refusal is one line that names the id, the earlier release and what
changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..check.corpus import Corpus
from ..model import Guideline
from .record import ReleaseRecord
from .rules import Refused

RETURNING_STATUSES = ("published", "deprecated")


@dataclass(frozen=True)
class IdHistory:
    """One id across the earlier releases, oldest first."""

    first_release: str
    published: str | None = None  # the first date of first publication recorded
    published_in: str | None = None  # the release that recorded it
    withdrawn_in: str | None = None  # the first release that recorded it withdrawn


def id_histories(records: Sequence[ReleaseRecord]) -> dict[str, IdHistory]:
    """Every id of every record (given oldest first), with what it is held to."""
    histories: dict[str, IdHistory] = {}
    for record in records:
        for entry in record.guidelines:
            known = histories.get(entry.id) or IdHistory(record.version)
            if known.published is None and entry.published:
                known = replace(known, published=entry.published, published_in=record.version)
            if known.withdrawn_in is None and entry.status == "withdrawn":
                known = replace(known, withdrawn_in=record.version)
            histories[entry.id] = known
    return histories


def check_permanent_ids(corpus: Corpus, records: Sequence[ReleaseRecord]) -> None:
    """Refuse a deleted id first, then a reused one; the first of each kind is named."""
    histories = id_histories(records)
    public = {g.id: g for g in corpus.guidelines if g.is_public}  # drafts do not count
    missing = sorted(gid for gid in histories if gid not in public)
    if missing:
        gid = missing[0]
        raise Refused(
            f"{gid} was published in release {histories[gid].first_release} and is missing "
            f"now{_more(missing)}; ids are permanent: deprecate or withdraw a guideline "
            "instead of deleting it"
        )
    reused = [
        (gid, reason)
        for gid, history in sorted(histories.items())
        if (reason := reuse_of(public[gid], history)) is not None
    ]
    if reused:
        gid, reason = reused[0]
        raise Refused(f"{reason}{_more([g for g, _ in reused])}")


def reuse_of(guideline: Guideline, history: IdHistory) -> str | None:
    """Why `guideline` is other guidance than the id's earlier releases hold, or None."""
    gid = guideline.id
    if history.withdrawn_in and guideline.status in RETURNING_STATUSES:
        return (
            f"{gid} was withdrawn in release {history.withdrawn_in} and is {guideline.status} "
            "again; withdrawal is final: publish the guidance under a new id (the withdrawn "
            "guideline's superseded_by can point to it)"
        )
    now = guideline.published.isoformat() if guideline.published else "no date"
    if history.published and now != history.published:
        return (
            f"{gid} was first published on {history.published} as recorded by release "
            f"{history.published_in}, and now says published: {now}; an id is never reused "
            "for other guidance: give new guidance a new id, or put the date back"
        )
    return None


def _more(ids: Sequence[str]) -> str:
    return f" (and {len(ids) - 1} more: {', '.join(ids[1:])})" if len(ids) > 1 else ""
