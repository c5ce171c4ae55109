"""Unsafe content: markup that could run code or hide text in a reader's browser.

MkDocs passes raw HTML in Markdown straight through, and Python-Markdown's
attribute lists (`{ onclick=... }`) can add any attribute, so the checks
look at the source text. A link is judged by what a browser would see after
decoding entities and dropping the whitespace and control characters it
ignores, so `jav&#x61;script:` and `java\tscript:` are caught too.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    offset: int
    message: str
    rule: str


DANGEROUS_TAGS = ("script", "style", "iframe", "object", "embed", "form", "base", "meta")
_DANGEROUS_TAG = re.compile(rf"<\s*({'|'.join(DANGEROUS_TAGS)})\b", re.IGNORECASE)
_RAW_TAG = re.compile(r"<[A-Za-z][^>]*")
# Neither pattern may hold its own opening bracket: that keeps a scan linear on a
# long line of `{` or `[`.
ATTRIBUTE_LIST = re.compile(r"\{[^{}\n]*\}")
_EVENT_ATTRIBUTE = re.compile(r"(?:^|[\s\"'/{;:.#])(on[a-z]+)\s*=", re.IGNORECASE)
_URL_ATTRIBUTE = re.compile(
    r"\b(?:href|src|action|formaction|srcset|poster|data|xlink:href|background|cite|"
    r"lowsrc|dynsrc|ping|manifest|longdesc|usemap)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>}]+)",
    re.IGNORECASE,
)
_INLINE_LINK = re.compile(r"\]\(([^)]*)")
# Not anchored to the line start: Python-Markdown also reads definitions inside
# quotes and list items, and takes the URL from the next line.
_REFERENCE_DEFINITION = re.compile(r"\[[^\[\]\n]+\]:[ \t]*(?:\n[ \t>]*)?(\S+)")
_ANGLE_LINK = re.compile(r"<([^<>\s]*:[^<>]*)>")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ANY_HTML = re.compile(r"<[A-Za-z!/?]|&#?[A-Za-z0-9]+;")
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_SAFE_START = re.compile(r"(?:https?://|mailto:|/|#|\.\.?/)", re.IGNORECASE)


def scan_markup(text: str) -> list[Finding]:
    """Unsafe tags, event attributes and URL schemes in Markdown or HTML."""
    if "<" not in text and "(" not in text and "{" not in text and "]:" not in text:
        return _bidi(text)
    containers = _containers(text)
    findings = list(_dangerous_tags(text))
    findings.extend(_event_attributes(containers))
    findings.extend(_unsafe_urls(text, containers))
    findings.extend(_bidi(text))
    return findings


def _containers(text: str) -> list[re.Match[str]]:
    """Raw HTML tags and attribute lists: the only places an attribute can be set."""
    found: list[re.Match[str]] = []
    if "<" in text:
        found.extend(_RAW_TAG.finditer(text))
    if "{" in text:
        found.extend(ATTRIBUTE_LIST.finditer(text))
    return found


def scan_plain(text: str) -> list[Finding]:
    """Plain-text fields take no HTML at all, on top of the markup checks."""
    findings = scan_markup(text)
    match = _ANY_HTML.search(text)
    if match and not any(f.offset == match.start() for f in findings):
        findings.append(
            Finding(
                match.start(),
                f"HTML is not allowed in plain text ({match.group()!r} found): write plain words",
                "html-in-plain-text",
            )
        )
    return findings


def _dangerous_tags(text: str) -> Iterator[Finding]:
    for match in _DANGEROUS_TAG.finditer(text):
        name = match.group(1).lower()
        yield Finding(
            match.start(),
            f"raw <{name}> is not allowed, not even in code: write the tag name without "
            f"angle brackets, or &lt;{name}&gt; in the body",
            "unsafe-html",
        )


def _event_attributes(containers: list[re.Match[str]]) -> Iterator[Finding]:
    for container in containers:
        for match in _EVENT_ATTRIBUTE.finditer(container.group()):
            yield Finding(
                container.start() + match.start(1),
                f"event attribute '{match.group(1)}=' is not allowed: it runs script",
                "unsafe-attribute",
            )


def _url_candidates(text: str, containers: list[re.Match[str]]) -> Iterator[tuple[int, str]]:
    """(offset, URL) of every link destination and URL-valued attribute."""
    for pattern in (_INLINE_LINK, _REFERENCE_DEFINITION, _ANGLE_LINK):
        for match in pattern.finditer(text):
            yield match.start(1), match.group(1)
    for container in containers:  # `href=` outside a tag or attribute list is just text
        for match in _URL_ATTRIBUTE.finditer(container.group()):
            yield container.start() + match.start(1), match.group(1)


def _unsafe_urls(text: str, containers: list[re.Match[str]]) -> Iterator[Finding]:
    reported: list[range] = []  # `[x](<javascript:...>)` is one link, not two
    for start, url in _url_candidates(text, containers):
        scheme = unsafe_scheme(url)
        if scheme and not any(start in span for span in reported):
            reported.append(range(start, start + len(url)))
            yield Finding(
                start,
                f"'{scheme}' URLs are not allowed in links or images: link to an "
                "https:// address or a page of this site",
                "unsafe-url",
            )


def unsafe_scheme(url: str) -> str | None:
    """The dangerous scheme a browser would see in `url`, if any."""
    decoded = url.strip("\"'<>")
    if _SAFE_START.match(decoded):  # the scheme is settled by the first characters
        return None
    for _ in range(3):  # `&amp;#106;` decodes twice: through Markdown, then the browser
        again = html.unescape(decoded)
        if again == decoded:
            break
        decoded = again
    visible = "".join(
        ch
        for ch in decoded.replace("\\", "")
        if not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))
    ).lower()
    return next((s for s in _UNSAFE_SCHEMES if visible.startswith(s)), None)


def _bidi(text: str) -> list[Finding]:
    return [
        Finding(
            m.start(),
            f"invisible bidirectional control character U+{ord(m.group()):04X} is not "
            "allowed: it can make text read differently from how it runs; delete it",
            "bidi-control",
        )
        for m in _BIDI.finditer(text)
    ]
