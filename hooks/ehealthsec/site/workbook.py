"""`checklist.xlsx`: the practices as a workbook an organisation fills in.

One sheet with every practice, and one per audience. Beside the practice,
its level, guideline, link and references come empty columns for the
organisation's own status (a drop-down), owner, evidence and notes.
In a release each link is the guideline's permanent address inside that
release's version folder, as in `catalog.json` and "Cite as".
Every cell from guideline text is written as a string and defused
against formula injection exactly like `checklist.csv`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]

from .exports import defuse_formula, reference_text
from ..model import Guideline, Practice, Vocabulary, guideline_url
from .pages import versioned_base

CHECKLIST_XLSX = "checklist.xlsx"
ALL_SHEET = "All practices"
COLUMNS = (
    ("Practice id", 10),
    ("Practice", 60),
    ("Level", 11),
    ("Guideline id", 15),
    ("Guideline title", 40),
    ("Link", 40),
    ("References", 40),
    ("Status", 14),
    ("Owner", 20),
    ("Evidence", 30),
    ("Notes", 30),
)
STATUS_CHOICES = ("Not started", "In progress", "Done", "Not applicable")
_STATUS_COLUMN = 7
_MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_names(labels: Iterable[str]) -> list[str]:
    """Names Excel accepts: at most 31 characters, none of `[]:*?/\\`, unique
    regardless of case, and never the name of the first sheet."""
    taken = {ALL_SHEET.lower()}
    names = []
    for label in labels:
        words = " ".join(_SHEET_FORBIDDEN.sub(" ", label).split()).strip("'")
        base = words[:_MAX_SHEET_NAME].rstrip() or "Sheet"
        name, n = base, 2
        while name.lower() in taken:
            suffix = f" ({n})"
            name = base[: _MAX_SHEET_NAME - len(suffix)] + suffix
            n += 1
        taken.add(name.lower())
        names.append(name)
    return names


def _rows(
    guidelines: Sequence[Guideline], vocabulary: Vocabulary, base: str
) -> list[tuple[Guideline, Practice, tuple[str, ...]]]:
    rows = []
    for g in guidelines:
        link = f"{base}/{guideline_url(g.id)}" if base else guideline_url(g.id)
        for p in g.practices:
            cells = (
                p.id,
                p.text,
                p.level,
                g.id,
                g.title,
                link,
                reference_text(p.references, vocabulary),
            )
            rows.append((g, p, tuple(defuse_formula(c) for c in cells)))
    return rows


def _write_sheet(book: Any, name: str, rows: Sequence[tuple[str, ...]]) -> None:
    sheet = book.add_worksheet(name)
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for column, (title, width) in enumerate(COLUMNS):
        sheet.write_string(0, column, title, header)
        sheet.set_column(column, column, width, wrap)
    # The column's format applies to its cells: none is passed per cell (quicker).
    write = sheet.write_string
    for row, cells in enumerate(rows, start=1):
        for column, value in enumerate(cells):
            write(row, column, value)
    last = max(len(rows), 1)
    sheet.data_validation(
        1,
        _STATUS_COLUMN,
        last,
        _STATUS_COLUMN,
        {"validate": "list", "source": list(STATUS_CHOICES)},
    )
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, last, len(COLUMNS) - 1)


def checklist_xlsx(
    guidelines: tuple[Guideline, ...], vocabulary: Vocabulary, site_url: str, release: str = ""
) -> bytes:
    """The workbook, the same bytes for the same guidance (a fixed creation date).

    `release` is the release being built ("" in a development build): a workbook
    kept for years links to the text its practices were taken from."""
    rows = _rows(guidelines, vocabulary, versioned_base(site_url, release))
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    latest = max((g.updated for g in guidelines if g.updated), default=None)
    created = datetime(latest.year, latest.month, latest.day) if latest else datetime(2026, 1, 1)
    book.set_properties({"title": "Checklist of good practices", "created": created})
    _write_sheet(book, ALL_SHEET, [cells for _, _, cells in rows])
    audiences = list(vocabulary.audiences.values())
    for term, name in zip(audiences, sheet_names(t.label for t in audiences), strict=True):
        _write_sheet(book, name, [cells for g, _, cells in rows if term.key in g.audience])
    book.close()
    return buffer.getvalue()
