"""`guidelines review`: which published guidelines fall due for review, and when.

Every published guideline names a `review_by` date. This lists the ones whose
date falls within the next N days or has passed, soonest first, with the
owner who answers for the review, so a scheduled job can say what is due.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from ..model import Guideline

DEFAULT_DAYS = 60


@dataclass(frozen=True)
class DueReview:
    id: str
    title: str
    owner: str
    review_by: date
    days_left: int  # negative once overdue
    path: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def due_reviews(guidelines: Iterable[Guideline], today: date, days: int) -> list[DueReview]:
    """Published guidelines to review by `today + days` (overdue ones included), soonest first."""
    horizon = today + timedelta(days=days)
    due = [
        DueReview(g.id, g.title, g.owner, g.review_by, (g.review_by - today).days, g.path)
        for g in guidelines
        if g.status == "published" and g.review_by is not None and g.review_by <= horizon
    ]
    return sorted(due, key=lambda r: (r.review_by, r.id))


def _when(review: DueReview) -> str:
    days = review.days_left
    if days < 0:
        return f"overdue by {-days} day{'s' * (days != -1)}"
    if days == 0:
        return "due today"
    return f"due in {days} day{'s' * (days != 1)}"


def format_text(due: Sequence[DueReview], days: int) -> str:
    lines = [
        f"{r.review_by.isoformat()}  {_when(r):<19} {r.id}  {r.title} (owner: {r.owner}; {r.path})"
        for r in due
    ]
    overdue = sum(1 for r in due if r.overdue)
    if due:
        count = f"{len(due)} guideline{'s' * (len(due) != 1)}"
        lines.append(f"{count} to review within {days} days, {overdue} overdue")
    else:
        lines.append(f"no guideline to review within {days} days")
    return "\n".join(lines) + "\n"


def format_json(due: Sequence[DueReview], days: int, today: date) -> str:
    items = [{**asdict(r), "review_by": r.review_by.isoformat(), "overdue": r.overdue} for r in due]
    document = {
        "today": today.isoformat(),
        "days": days,
        "overdue": sum(1 for r in due if r.overdue),
        "due": items,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
