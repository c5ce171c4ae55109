"""Guidelines for tests, made in code: every field set, each test changing what it reads."""

from __future__ import annotations

from datetime import date

from ehealthsec.model import Guideline


def make_guideline(gid: str = "HSG-A-001", **changes: object) -> Guideline:
    values: dict[str, object] = dict(
        id=gid,
        title=f"Title of {gid}",
        summary="A summary.",
        type="guideline",
        status="published",
        version="1.0.0",
        owner="Owner",
        audience=("management",),
        topics=("governance",),
        path=f"guidelines/{gid.lower()}.md",
        body="## Body\n",
        published=date(2026, 1, 1),
        updated=date(2026, 1, 2),
        review_by=date(2027, 1, 1),
    )
    values.update(changes)
    return Guideline(**values)  # type: ignore[arg-type]
