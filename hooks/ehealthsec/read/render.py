"""The Markdown configuration of the site, for rendering a body outside MkDocs.

`guidelines validate` renders every body exactly as the site build does, so
that the safety gate judges the HTML a reader's browser would get, not a
guess at it from the source. `mkdocs.yml` must list the same extensions with
the same settings; a test compares the two.
"""

from __future__ import annotations

from typing import Any

import markdown

MARKDOWN_EXTENSIONS: tuple[str, ...] = (
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
)
EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {
    "toc": {"permalink": True, "permalink_title": "Link to this section"},
}

_converter: markdown.Markdown | None = None


def render_markdown(text: str) -> str:
    """`text` as HTML, as the site renders a page body.

    One converter is kept and reset between texts: building it costs more
    than rendering a page. Deeply nested input raises `RecursionError`.
    """
    global _converter
    if _converter is None:
        _converter = markdown.Markdown(
            extensions=list(MARKDOWN_EXTENSIONS), extension_configs=EXTENSION_CONFIGS
        )
    try:
        html: str = _converter.reset().convert(text)
        return html
    except BaseException:
        _converter = None  # its state is unknown after a failure: build a new one
        raise
