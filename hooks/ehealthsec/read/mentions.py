"""Guideline ids named in body text: found outside code and links, and linked.

"See HSG-BACK-001" in a body becomes a link to that guideline's page when
the id names a guideline of the build; an HSG-style id that names none is a
validation warning (`unknown-guideline-mention`), so a typo or a renumbered
guideline does not leave readers a dead reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

# An id as the schema has it (upper-case words joined by hyphens), standing alone.
ID_MENTION = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w-])")
# Only this project's ids are checked: other such ids (CVE-2019-19781) are left alone.
CHECKED_PREFIX = "HSG-"

# Parts of Markdown where an id must stay as it is: fenced code, code spans,
# links and images, reference definitions, HTML tags and whole HTML links.
_KEEP = re.compile(
    r"^[ \t]*(?P<fence>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*(?P=fence)[ \t]*$|\Z)"
    r"|(?P<ticks>`+).+?(?P=ticks)"
    r"|!?\[[^\]\n]*\]\([^)\n]*\)"
    r"|!?\[[^\]\n]*\]\[[^\]\n]*\]"
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$"
    # An unclosed link keeps the rest of the body: scanning from every `<a` to the
    # end instead would cost the square of the body's length.
    r"|<a\b.*?(?:</a\s*>|\Z)"
    r"|<[^>\n]*>",
    re.MULTILINE | re.DOTALL,
)


def _text_parts(body: str) -> Iterator[tuple[int, str, bool]]:
    """The body cut into (offset, part, is_text): text may get links, the rest is kept."""
    start = 0
    for kept in _KEEP.finditer(body):
        if kept.start() > start:
            yield start, body[start : kept.start()], True
        yield kept.start(), kept.group(0), False
        start = kept.end()
    if start < len(body):
        yield start, body[start:], True


def find_mentions(body: str) -> Iterator[tuple[int, str]]:
    """Each id named in running text, with its offset in `body`."""
    for offset, part, is_text in _text_parts(body):
        if is_text:
            for match in ID_MENTION.finditer(part):
                yield offset + match.start(), match.group(0)


def link_mentions(body: str, targets: Mapping[str, str], own_id: str = "") -> str:
    """`body` with each mention of an id in `targets` made a Markdown link to its target."""

    def link(match: re.Match[str]) -> str:
        gid = match.group(0)
        target = targets.get(gid)
        return f"[{gid}]({target})" if target and gid != own_id else gid

    return "".join(
        ID_MENTION.sub(link, part) if is_text else part for _, part, is_text in _text_parts(body)
    )
