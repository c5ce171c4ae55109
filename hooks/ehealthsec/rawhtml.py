"""Raw HTML in Markdown, read the way a browser reads it, against an allowlist.

Patterns over the source text miss what a real tokenizer sees: a `>` inside
a quoted attribute ends a regular expression's idea of the tag but not the
browser's, and SVG animation can set a link without `href=`. So raw HTML is
tokenized with `html.parser` (as Python-Markdown does) and every tag and
attribute must be on a short allowlist; unclosed tags, which would swallow
the rest of the page, are refused too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .safety import ATTRIBUTE_LIST, DANGEROUS_TAGS, Finding, unsafe_scheme

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
    }
)
VOID_TAGS = frozenset({"br", "col", "hr", "img", "wbr"})
ALLOWED_ATTRIBUTES = frozenset(
    {
        "id",
        "class",
        "title",
        "lang",
        "dir",
        "href",
        "src",
        "alt",
        "width",
        "height",
        "colspan",
        "rowspan",
        "scope",
        "headers",
        "abbr",
        "datetime",
        "cite",
        "open",
        "start",
        "reversed",
        "type",
        "rel",
        "name",
        "role",
    }
)
_ALLOWED_LIST = ", ".join(sorted(ALLOWED_ATTRIBUTES)) + ", aria-*"
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
LOADING_ATTRIBUTES = frozenset({"src"})


def scan_raw_html(text: str) -> list[Finding]:
    """Findings for raw HTML in `text`; empty when it has none."""
    if "<" not in text:
        return []
    reader = _Reader(text)
    try:
        reader.feed(text)
        reader.close()
    except AssertionError:  # html.parser's own guard on malformed declarations
        pass
    reader.finish()
    return reader.findings


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.findings: list[Finding] = []
        self.open: list[tuple[str, int]] = []

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def report(self, offset: int, message: str, rule: str) -> None:
        self.findings.append(Finding(offset, message, rule))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.check_tag(tag, attrs)
        if tag in ALLOWED_TAGS and tag not in VOID_TAGS:
            self.open.append((tag, self.position()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.check_tag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            if tag not in DANGEROUS_TAGS:  # a stray `</article>` breaks the page around it
                self.report(
                    self.position(),
                    f"raw </{tag}> is not allowed in guidance: use Markdown, or simple "
                    "text and table tags (see the contributing guide)",
                    "html-not-allowed",
                )
            return
        if tag in VOID_TAGS:
            return
        names = [name for name, _ in self.open]
        if tag not in names:
            self.report(
                self.position(),
                f"closing </{tag}> has no opening tag: remove it, it would close part "
                "of the page around the guideline",
                "unbalanced-html",
            )
            return
        while self.open and self.open.pop()[0] != tag:
            pass

    def finish(self) -> None:
        for tag, offset in self.open:
            self.report(
                offset,
                f"raw <{tag}> is never closed: close it, or it swallows the rest of the page",
                "unbalanced-html",
            )
        comment = self.text.rfind("<!--")
        if comment != -1 and "-->" not in self.text[comment:]:
            self.report(
                comment,
                "HTML comment is never closed ('-->' missing): it hides the rest of the page",
                "unbalanced-html",
            )

    def check_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.position()
        if tag in DANGEROUS_TAGS or ":" in tag or "@" in tag:
            return  # reported by the pattern checks; `<https://…>`, `<a@b.eu>` are autolinks
        if tag not in ALLOWED_TAGS:
            self.report(
                start,
                f"raw <{tag}> is not allowed in guidance: use Markdown, or simple text and "
                "table tags (see the contributing guide)",
                "html-not-allowed",
            )
            return
        source = self.get_starttag_text() or ""
        for name, value in attrs:
            self.check_attribute(tag, name, value or "", start + _attribute_at(source, name))

    def check_attribute(self, tag: str, name: str, value: str, at: int) -> None:
        if name.startswith("on"):
            self.report(
                at,
                f"event attribute '{name}=' is not allowed: it runs script",
                "unsafe-attribute",
            )
        elif name not in ALLOWED_ATTRIBUTES and not name.startswith("aria-"):
            self.report(
                at,
                f"attribute '{name}' is not allowed on raw <{tag}>; allowed: {_ALLOWED_LIST}",
                "html-attribute-not-allowed",
            )
        elif name in URL_ATTRIBUTES:
            value_at = at + _value_offset(self.text[at:], name)
            scheme = unsafe_scheme(value)
            if scheme:
                self.report(
                    value_at,
                    f"'{scheme}' URLs are not allowed in links or images: link to an "
                    "https:// address or a page of this site",
                    "unsafe-url",
                )
            elif name in LOADING_ATTRIBUTES and is_external(value):
                self.report(value_at, EXTERNAL_MESSAGE, "external-resource")


EXTERNAL_MESSAGE = (
    "images and other embedded files must come from this site, not another host "
    "(readers' browsers must make no third-party request): add the file to the "
    "repository and link to it"
)


def is_external(url: str) -> bool:
    """Would a browser fetch `url` from another host?"""
    stripped = url.strip().strip("<>\"'")
    parts = urlsplit(stripped)
    return bool(parts.netloc) or stripped.startswith("//")


def _attribute_at(tag_source: str, name: str) -> int:
    match = re.search(rf"[\s/\"']{re.escape(name)}\s*(=|[\s/>]|$)", tag_source, re.IGNORECASE)
    return match.start() + 1 if match else 0


_VALUE_START = re.compile(r"[^=]*=\s*")


def _value_offset(rest: str, name: str) -> int:
    """Where the value of attribute `name` starts in `rest`, which starts at the name."""
    match = _VALUE_START.match(rest, len(name))
    return match.end() if match else 0


_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
_LIST_KEY = re.compile(r"(?:^|[\s{:])([A-Za-z_][-\w:.]*)\s*=")


def scan_embedded(text: str) -> list[Finding]:
    """Markdown images from another host, and attributes set through attribute lists."""
    findings = [
        Finding(m.start(1), EXTERNAL_MESSAGE, "external-resource")
        for m in _IMAGE.finditer(text)
        if is_external(m.group(1))
    ]
    if "{" in text:
        for container in ATTRIBUTE_LIST.finditer(text):
            for key in _LIST_KEY.finditer(container.group()):
                name = key.group(1).lower()
                allowed = name in ALLOWED_ATTRIBUTES or name.startswith("aria-")
                if allowed or name.startswith("on"):  # on* has its own message
                    continue
                findings.append(
                    Finding(
                        container.start() + key.start(1),
                        f"attribute '{name}' cannot be set through an attribute list; "
                        f"allowed: {_ALLOWED_LIST}",
                        "html-attribute-not-allowed",
                    )
                )
    return findings
