"""Escaping and linking helpers for the generated pages.

MkDocs renders templates without autoescape, and Python-Markdown passes raw
HTML through, so every value from front matter goes through `esc` (HTML)
or `md_text` (Markdown) before it reaches a page. Values are assumed
hostile here even though validation refuses markup: this is the last line.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~.-])")


def esc(value: object) -> str:
    """Escape text for HTML element content and double- or single-quoted attributes."""
    return html.escape(str(value), quote=True)


def md_text(value: object) -> str:
    """Escape text so Markdown shows it literally: HTML entities plus backslashes."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", esc(value))


def page_dir(src_uri: str) -> str:
    """The URL folder of a page rendered from `src_uri` with directory URLs."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_src_uri: str, to_url: str) -> str:
    """A relative link from the page of `from_src_uri` to the site URL `to_url`.

    Raw HTML is not rewritten by MkDocs, so links in it must already be
    relative to the page, which is what keeps them working under every
    mike version folder. Pure string work: this runs for every link.
    """
    base = [part for part in page_dir(from_src_uri).split("/") if part]
    path, _, fragment = to_url.partition("#")
    target = [part for part in path.split("/") if part] if path else base
    common = 0
    while common < min(len(base), len(target)) and base[common] == target[common]:
        common += 1
    parts = [".."] * (len(base) - common) + target[common:]
    rel = "/".join(parts)
    if not rel:
        rel = "./"
    elif path.endswith("/") or not path:
        rel += "/"
    return rel + (f"#{fragment}" if fragment else "")


def anchor(*parts: str) -> str:
    """A stable HTML id: `anchor('nis2', 'Art. 21(2)(d)')` -> `nis2-art-21-2-d`."""
    words = re.findall(r"[a-z0-9]+", " ".join(parts).lower())
    return "-".join(words) or "x"
