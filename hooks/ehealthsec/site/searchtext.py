"""Search entries for generated pages, made from their rendered HTML by plain string work.

Material's search plugin feeds every page through an HTML parser with a
Python callback per tag, which was most of what a large build cost. For the
pages we generate we know the markup, so the hook asks Material to skip
them (`search: exclude` in the page's metadata), makes entries in the same
shape (one for the page, one per section under a heading with an id) with a
few regular expressions, and adds them to the index file Material writes.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

_HEADING = re.compile(r"<h([2-6])\b([^>]*)>(.*?)</h\1>", re.DOTALL)
_TITLE = re.compile(r"<h1\b[^>]*>.*?</h1>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]*)"')
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>"
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Elements marked as Material marks them (`data-search-exclude`), and the page's
# H1 (its title, as in Material), leave no words. An excluded element must not
# hold another element of its own name: the first closing tag ends it.
_EXCLUDED = re.compile(
    r"<(?P<tag>[a-z][a-z0-9]*)\b[^>]*\bdata-search-exclude\b[^>]*>.*?</(?P=tag)\s*>"
    r"|<h1\b[^>]*>.*?</h1\s*>"
    r'|<div class="toc">.*?</div>',  # the phone's table of contents (`pages.phone_toc`)
    re.DOTALL,
)


def plain_text(fragment: str) -> str:
    """Words of an HTML fragment, escaped as Material stores them (`&`, `<`, `>` only),
    without the elements that Material's own indexing would skip.

    Inline tags go without a trace ("<a>NIS2</a>:" reads "NIS2:"), others
    leave a space so that words of two cells or items stay apart."""
    if "data-search-exclude" in fragment or "<h1" in fragment or 'class="toc"' in fragment:
        fragment = _EXCLUDED.sub(" ", fragment)
    text = _INLINE_TAG.sub("", _COMMENT.sub(" ", fragment))
    words = " ".join(_TAG.sub(" ", text).split())
    return html.escape(html.unescape(words), quote=False)


def search_entries(
    url: str,
    title: str,
    content: str,
    tags: tuple[str, ...] = (),
    boost: float | None = None,
    fill_words: Callable[[str], str] | None = None,
) -> list[dict[str, Any]]:
    """Entries for one page: its text before the first heading, then each section.

    As in Material, the H1 is the page's title, not a section of its own.
    `fill_words` is applied to each section's text (to put in words made
    elsewhere, in place of stand-ins).
    """
    content = _TITLE.sub("", content)
    sections: list[tuple[str, str, str]] = []  # (anchor, title, html)
    anchor, heading, start = "", title, 0
    for match in _HEADING.finditer(content):
        section_id = _ID.search(match.group(2))
        if section_id is None:
            continue  # a heading without an id cannot be linked to: its text stays
        sections.append((anchor, heading, content[start : match.start()]))
        anchor = section_id.group(1)
        heading = plain_text(_PERMALINK.sub("", match.group(3)))
        start = match.end()
    sections.append((anchor, heading, content[start:]))
    entries = []
    for index, (section_anchor, section_title, body) in enumerate(sections):
        text = plain_text(body)
        if fill_words is not None:
            text = fill_words(text)
        if index > 0 and not text and not section_title:
            continue
        entry: dict[str, Any] = {
            "location": f"{url}#{section_anchor}" if section_anchor else url,
            "title": section_title,
            "text": text,
        }
        if tags:
            entry["tags"] = list(tags)
        if boost is not None:
            entry["boost"] = boost
        entries.append(entry)
    return entries


def add_search_entries(index_file: Path, entries: list[dict[str, Any]]) -> None:
    """Put `entries` first in a search index file written by Material's search
    plugin (`search/search_index.json`, `{"config": ..., "docs": [...]}`),
    keeping its compact form."""
    if not index_file.is_file():
        return  # the plugin wrote none (disabled): nothing to add to
    data = json.loads(index_file.read_text("utf-8"))
    data["docs"] = [*entries, *data.get("docs", [])]
    index_file.write_text(json.dumps(data, separators=(",", ":"), default=str), "utf-8")
