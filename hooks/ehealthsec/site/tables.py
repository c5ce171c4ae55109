"""Tables written in Markdown, made readable on a phone.

Python-Markdown writes a plain `<table>`; each of its cells gets the text
of its column's header as `data-label`, and the table `data-cards`, so
that the style sheet can show each row as a card of labelled cells on a
narrow screen, without JavaScript and without sideways scrolling.
"""

from __future__ import annotations

import re

from .markup import esc, text_of

_TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)
_HEAD = re.compile(r"<thead>(.*?)</thead>", re.DOTALL)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
_CELL_START = re.compile(r"<td\b")


def _label_row(row: re.Match[str], labels: list[str]) -> str:
    cells = iter(labels)

    def label(_: re.Match[str]) -> str:
        text = next(cells, "")
        return f'<td data-label="{esc(text)}"' if text else "<td"

    return "<tr>" + _CELL_START.sub(label, row.group(1)) + "</tr>"


def _label_table(table: re.Match[str]) -> str:
    inner = table.group(1)
    head = _HEAD.search(inner)
    if head is None:
        return table.group(0)
    labels = [text_of(cell) for cell in _HEADER_CELL.findall(head.group(1))]
    body = inner[head.end() :]
    labelled = _ROW.sub(lambda row: _label_row(row, labels), body)
    return f"<table data-cards>{inner[: head.end()]}{labelled}</table>"


def label_table_cells(html: str) -> str:
    """Every Markdown table of a rendered page, with its cells labelled."""
    if "<table>" not in html:
        return html
    return _TABLE.sub(_label_table, html)
