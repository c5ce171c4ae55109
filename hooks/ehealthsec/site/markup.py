"""Escaping and linking helpers for the generated pages.

MkDocs renders templates without autoescape, and Python-Markdown passes raw
HTML through, so every value from front matter goes through `esc` (HTML)
or `md_text` (Markdown) before it reaches a page. Values are assumed
hostile here even though validation refuses markup: this is the last line.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~.-])")


@lru_cache(maxsize=65536)
def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def esc(value: object) -> str:
    """Escape text for HTML element content and double- or single-quoted attributes.

    Cached: the same labels, ids and titles are escaped thousands of times."""
    return _escape(value if isinstance(value, str) else str(value))


def md_text(value: object) -> str:
    """Escape text so Markdown shows it literally: HTML entities plus backslashes."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", esc(value))


def page_dir(src_uri: str) -> str:
    """The URL folder of a page rendered from `src_uri` with directory URLs."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=65536)  # a traceability page links each guideline many times
def relative_url(from_src_uri: str, to_url: str) -> str:
    """A relative link from the page of `from_src_uri` to the site URL `to_url`.

    Raw HTML is not rewritten by MkDocs, so links in it must already be
    relative to the page, which is what keeps them working under every mike
    version folder. The link climbs to the site root and goes down again:
    always right, and cheap enough for the hundreds of thousands of links
    in a large corpus.
    """
    base = page_dir(from_src_uri)
    path, _, fragment = to_url.partition("#")
    if not path or path == base:
        return f"#{fragment}" if fragment else "./"
    return "../" * base.count("/") + to_url


def root_prefix(from_src_uri: str) -> str:
    """The climb from a page to the site root, `../../` for `guidelines/x.md`."""
    return "../" * page_dir(from_src_uri).count("/")


def anchor(*parts: str) -> str:
    """A stable HTML id: `anchor('nis2', 'Art. 21(2)(d)')` -> `nis2-art-21-2-d`."""
    words = re.findall(r"[a-z0-9]+", " ".join(parts).lower())
    return "-".join(words) or "x"


_TAG = re.compile(r"<[^>]*>")
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>"
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def text_of(fragment: str) -> str:
    """The words of an HTML fragment we made, as plain (unescaped) text.

    Inline tags go without a trace ("<a>NIS2</a>:" reads "NIS2:"), others
    leave a space so that words of two cells or items stay apart."""
    text = _INLINE_TAG.sub("", _COMMENT.sub(" ", fragment))
    return html.unescape(" ".join(_TAG.sub(" ", text).split()))
