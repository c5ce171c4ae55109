"""What a pull request may put in front of a reader: the one safety gate.

Patterns over Markdown source guess at what the browser will get, and every
place where the guess differs from Python-Markdown or from the browser is a
way through. So the gate judges the HTML itself: a body is rendered with the
site's own Markdown configuration (`render`), the HTML is parsed with Lexbor
(selectolax), an HTML5 parser that follows the standard as browsers do, and
every element, attribute and URL must be on one allowlist. The MkDocs
adapter applies the same `check_html` to every rendered page of the site.

Source-level checks remain only for what the source places better: control
and invisible characters, and the limits that keep every check linear
(line length and nesting depth are checked before anything is rendered).
"""

from __future__ import annotations

import html
import re
import secrets
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..problems import INVISIBLE
from .render import render_markdown


@dataclass(frozen=True)
class Finding:
    """One unsafe thing. `offset` is where it is in the checked text, when the
    check read the text itself; a finding in rendered HTML carries `needles`
    instead: text to look for in the source to place it."""

    message: str
    rule: str
    offset: int | None = None
    needles: tuple[str, ...] = ()


# --- characters ----------------------------------------------------------------

_BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


# C0 and C1 controls but tab and line feed (carriage returns are normalised away
# when a file is read); then the invisible ones.
_CONTROLS = frozenset(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))
_FIELD_FORBIDDEN = _CONTROLS | frozenset(chr(c) for c in INVISIBLE)
_BODY_FORBIDDEN = _FIELD_FORBIDDEN - {"\t", "\n"}


def check_characters(text: str, *, in_body: bool) -> list[Finding]:
    """Control characters (tab and newline are fine in a body) and invisible ones.

    Which forbidden characters occur is one set operation in C; only those are
    then looked for (a pattern over every character cost a fifth of a build's
    validation)."""
    found = (_BODY_FORBIDDEN if in_body else _FIELD_FORBIDDEN).intersection(text)
    if not found:
        return []
    offsets = sorted(i for char in found for i in _offsets(text, char))
    return [_character_finding(text[i], i) for i in offsets]


def _offsets(text: str, char: str) -> Iterator[int]:
    at = text.find(char)
    while at != -1:
        yield at
        at = text.find(char, at + 1)


def _character_finding(char: str, offset: int) -> Finding:
    code = f"U+{ord(char):04X}"
    if char in _BIDI:
        return Finding(
            f"invisible bidirectional control character {code} is not allowed: it can make "
            "text read differently from how it runs; delete it",
            "bidi-control",
            offset,
        )
    if unicodedata.category(char) == "Cc":
        name = {"\t": "tab", "\n": "line break", "\r": "carriage return"}.get(char, "")
        what = f"control character {code}" + (f" ({name})" if name else "")
        where = "in a field" if name else ""
        return Finding(
            f"{what} is not allowed{' ' + where if where else ''}: it is invisible or "
            "garbles the page, the CSV and the JSON; delete it",
            "control-character",
            offset,
        )
    label = unicodedata.name(char, "").lower() or "format character"
    return Finding(
        f"invisible character {code} ({label}) is not allowed: readers cannot see it, "
        "but it changes how text is searched, copied or read; delete it",
        "invisible-character",
        offset,
    )


# --- limits -----------------------------------------------------------------------

MAX_BODY = 50_000  # characters: four times the longest body of the corpus (2,000 words)
MAX_LINE = 5_000  # characters; the longest line of the corpus has under 1,000
MAX_DEPTH = 12  # quote or list levels; guidance needs three
# Python-Markdown looks for the end of a link or tag from each `[` and `<` to the
# end of its paragraph: the work is the number of them times the paragraph's
# length, summed over paragraphs. The corpus needs under 7,000; this budget keeps
# the worst body under a second (tests/unit/test_safety.py times it).
MARKUP_BUDGET = 400_000
_MARKERS = ("[", "<")
# Its raw-HTML reader (the standard library's html.parser) goes further: from a
# `<` that opens no complete tag it reads on across paragraphs, to the end of
# the body. The work is at most the number of `<` times the body's length; the
# corpus has no `<` at all, and this budget keeps the worst body near 0.15 s.
TAG_BUDGET = 2_500_000
# Emphasis nests once per pair of marks, and Python-Markdown recurses once per
# level: about 1,000 levels exhaust Python's stack. 400 marks in a paragraph is
# at most 200 levels; guidance uses a handful.
MAX_EMPHASIS = 400
_LINE_START = re.compile(r"[ \t>]*")


def check_limits(text: str) -> list[Finding]:
    """A body too long, lines too long, too many links or tags for the length of
    their paragraphs, nesting too deep: what would make rendering slow or crash.

    Checked in one pass before anything is rendered, so that a hostile body
    costs linear time."""
    if len(text) > MAX_BODY:
        return [
            Finding(
                f"the body is {len(text):,} characters; at most {MAX_BODY:,} are allowed "
                "(guidance is 700 to 2,000 words): split the guideline",
                "body-too-long",
                0,
            )
        ]
    findings: list[Finding] = []
    tags = text.count("<")
    if tags * len(text) > TAG_BUDGET:
        findings.append(_too_many_tags(tags, len(text), text.index("<")))
    offset = block_start = markers = emphasis = work = 0
    deep_reported = False
    for line in [*text.split("\n"), ""]:  # a last blank line ends the last paragraph
        if len(line) > MAX_LINE:
            findings.append(_line_too_long(len(line), offset))
        if line.strip():
            markers += sum(line.count(marker) for marker in _MARKERS)
            emphasis += line.count("*") + line.count("_")
        else:
            previous, work = work, work + markers * (offset - block_start)
            if work > MARKUP_BUDGET >= previous:
                findings.append(_crowded(block_start))
            if emphasis > MAX_EMPHASIS and not deep_reported:
                deep_reported = True
                findings.append(_too_deep(block_start))
            block_start, markers, emphasis = offset + len(line) + 1, 0, 0
        prefix = _LINE_START.match(line)
        if prefix and not deep_reported and _depth(prefix.group()) > MAX_DEPTH:
            deep_reported = True
            findings.append(_too_deep(offset))
        offset += len(line) + 1
    return findings


def _depth(prefix: str) -> int:
    return prefix.count(">") + len(prefix.replace("\t", "    ").replace(">", "")) // 4


def _line_too_long(length: int, offset: int) -> Finding:
    return Finding(
        f"line is {length:,} characters; at most {MAX_LINE:,} are allowed: break it into "
        "paragraphs or lines",
        "line-too-long",
        offset,
    )


def _crowded(offset: int) -> Finding:
    return Finding(
        "too many links, images or tags ('[' or '<') for the length of the paragraphs up "
        "to here: the body would be slow to render; split long paragraphs, or put the "
        "links in a list",
        "too-much-markup",
        offset,
    )


def _too_many_tags(tags: int, length: int, offset: int) -> Finding:
    return Finding(
        f"{tags:,} '<' in a body of {length:,} characters: at most {TAG_BUDGET // length:,} "
        "fit a body this long, or it would be slow to render; use Markdown instead of "
        "HTML tags, and write &lt; for a '<' in text",
        "too-many-tags",
        offset,
    )


def _too_deep(offset: int | None) -> Finding:
    return Finding(
        f"markup is nested too deeply (more than {MAX_DEPTH} levels of quotes or lists, or "
        f"more than {MAX_EMPHASIS} emphasis marks in a paragraph): flatten it",
        "nesting-too-deep",
        offset,
    )


# --- URLs as a browser reads them ----------------------------------------------------

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def _browser_form(url: str) -> str:
    """What the URL parser of a browser works on: leading and trailing controls
    and spaces stripped, tabs and line breaks removed everywhere."""
    return url.strip(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12"
        "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
    ).translate(_NO_TABS)


_NO_TABS = str.maketrans("", "", "\t\n\r")


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see in `url` (already entity-decoded), lower case."""
    match = _SCHEME.match(_browser_form(url))
    return match.group(1).lower() if match else None


def loads_from_elsewhere(url: str) -> bool:
    """Would a browser fetch `url` from anywhere but this site? Any scheme
    (`https:`, `data:`) does, and so does `//host`, which browsers also accept
    written with backslashes (`\\\\host`, `/\\host`)."""
    form = _browser_form(url)
    return url_scheme(form) is not None or form[:2].replace("\\", "/") == "//"


# --- the allowlist ------------------------------------------------------------------

# Word lists read better than columns of quoted names.
ALLOWED_ELEMENTS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl "  # noqa: SIM905
    "dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd label li mark nav ol "
    "option p pre q s samp select small span strong sub summary sup table tbody td "
    "tfoot th thead time tr u ul var wbr".split()
)
# Named because they run script, load or embed content, or submit data: worth their own message.
DANGEROUS_ELEMENTS = frozenset(
    "script style iframe frame frameset object embed applet form base meta link svg "  # noqa: SIM905
    "math template noscript portal input button textarea".split()
)
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "role"})
ELEMENT_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "rel"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": frozenset({"colspan", "rowspan", "headers", "style"}),
    "th": frozenset({"colspan", "rowspan", "headers", "scope", "abbr", "style"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "time": frozenset({"datetime"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "details": frozenset({"open"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "label": frozenset({"for"}),
    "option": frozenset({"value", "selected"}),
    "div": frozenset({"hidden"}),  # the catalog's filters, shown by its script
}
# Python-Markdown's tables align columns with this style, and only this.
_TABLE_ALIGN = re.compile(r"text-align: (?:left|right|center);")
_SAFE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_.:\-]*")


def _attribute_findings(tag: str, name: str, value: str) -> Iterator[Finding]:
    shown = f'{name}="{value[:60]}"'
    if name.startswith("on"):
        yield Finding(
            f"event attribute '{name}=' is not allowed: it runs script",
            "unsafe-attribute",
            needles=(name,),
        )
        return
    allowed = name in GLOBAL_ATTRIBUTES or name in ELEMENT_ATTRIBUTES.get(tag, ())
    allowed = allowed or (name.startswith("aria-") and name != "aria-hidden")
    allowed = allowed or (name.startswith("data-") and not name.startswith("data-md"))
    if not allowed:
        yield Finding(
            f"attribute '{name}' is not allowed on <{tag}> ({shown}); allowed: "
            f"{', '.join(sorted(GLOBAL_ATTRIBUTES | ELEMENT_ATTRIBUTES.get(tag, frozenset())))}"
            ", aria-*, data-*",
            "html-attribute-not-allowed",
            needles=(name,),
        )
    elif name == "style" and not _TABLE_ALIGN.fullmatch(value):
        yield Finding(
            f"style '{value[:60]}' is not allowed: only the column alignment that Markdown "
            "tables make",
            "html-attribute-not-allowed",
            needles=("style", value),
        )
    elif name == "id" and not _SAFE_ID.fullmatch(value):
        yield Finding(
            f"id '{value[:60]}' is not allowed: an id starts with a letter and has letters, "
            "digits and - _ . : only (ids like '__drawer' belong to the site's own controls)",
            "html-attribute-not-allowed",
            needles=(value, "id"),
        )
    elif name == "class" and any(c.startswith("md-") for c in value.split()):
        yield Finding(
            f"class '{value[:60]}' is not allowed: md-* classes belong to the site's theme "
            "and would restyle or hide parts of the page",
            "html-attribute-not-allowed",
            needles=(value, "class"),
        )
    else:
        yield from _url_findings(tag, name, value)


def _url_findings(tag: str, name: str, value: str) -> Iterator[Finding]:
    if name not in ("href", "src", "cite"):
        return
    scheme = url_scheme(value)
    # Where the source spells the URL with entities, its end is still written plainly.
    needles = (value, value.strip(), value.partition(":")[2].strip()[:20])
    script_like = scheme in ("javascript", "vbscript", "data")
    if script_like or (name != "src" and scheme is not None and scheme not in LINK_SCHEMES):
        yield Finding(
            f"'{scheme}:' URLs are not allowed in links or images: link to an https:// "
            "address or a page of this site",
            "unsafe-url",
            needles=needles,
        )
    elif name == "src" and loads_from_elsewhere(value):
        yield Finding(
            f'<{tag} src="{value[:80]}"> would load a file from another host: images and '
            "other embedded files must come from this site (readers' browsers make no "
            "third-party request); add the file to the repository and link to it",
            "external-resource",
            needles=needles,
        )


def _element_findings(node: LexborNode) -> Iterator[Finding]:
    tag = node.tag or ""
    if tag in ("-text", "-comment", "-doctype"):
        return
    if tag not in ALLOWED_ELEMENTS:
        rule = "unsafe-html" if tag in DANGEROUS_ELEMENTS else "html-not-allowed"
        yield Finding(
            f"<{tag}> is not allowed in guidance: use Markdown, or the simple text and "
            "table tags listed in the contributing guide",
            rule,
            needles=(f"<{tag}", tag),
        )
        return
    for name, value in node.attributes.items():
        yield from _attribute_findings(tag, name, value or "")


# Where page content sits in a page: inside an article inside containers, as in
# Material's template. A stray closing tag in the content would close one of them.
_CONTAINERS = ("main", "div", "div", "div", "article")


def check_html(fragment: str) -> list[Finding]:
    """Every element, attribute and URL outside the allowlist in an HTML fragment,
    and markup that does not stay inside the fragment."""
    nonce = secrets.token_hex(8)
    opening = "".join(f'<{tag} data-x="{nonce}">' for tag in _CONTAINERS[:-1])
    closing = "".join(f"</{tag}>" for tag in reversed(_CONTAINERS))
    tree = LexborHTMLParser(
        f'{opening}<article id="w{nonce}">{fragment}{closing}<p id="s{nonce}">end</p>'
    )
    findings = list(_page_attributes(tree))
    body = tree.body
    if body is None:  # pragma: no cover - a parser always makes one
        return findings
    wrapper = _contained(body, nonce)
    if wrapper is None:
        findings.append(
            Finding(
                "markup does not close inside the guideline: an unclosed comment, tag or "
                "table, or a stray closing tag, would swallow or break the rest of the page",
                "unbalanced-html",
                needles=("<!--", "</", "<"),
            )
        )
    for node in (wrapper or body).traverse(include_text=False):
        if node.tag == "body" or _scaffolding(node, nonce):  # the page's own, checked above
            continue
        findings.extend(_element_findings(node))
    return findings


def _page_attributes(tree: LexborHTMLParser) -> Iterator[Finding]:
    """`<body onload=...>` in content sets attributes on the page's own elements."""
    for outer in (tree.root, tree.head, tree.body):
        if outer is None:
            continue
        for name in outer.attributes:
            yield Finding(
                f"attribute '{name}' set on the page's <{outer.tag}> is not allowed",
                "unsafe-attribute" if name.startswith("on") else "html-not-allowed",
                needles=(str(name),),
            )


def _scaffolding(node: LexborNode, nonce: str) -> bool:
    """The containers and the sentinel of `check_html`, met when the content broke out."""
    attributes = node.attributes
    return attributes.get("data-x") == nonce or attributes.get("id") in (f"w{nonce}", f"s{nonce}")


def _contained(body: LexborNode, nonce: str) -> LexborNode | None:
    """The wrapper, when the fragment is whole: after it the parser is back where
    it started, so each container holds only the next, the body holds only the
    containers and the sentinel, and the sentinel's text is not wrapped in a link
    or emphasis left open inside. None when the fragment broke out."""
    top = _children(body)
    if len(top) != 2 or top[1].attributes.get("id") != f"s{nonce}":
        return None
    if [(n.tag, n.text_content) for n in top[1].iter(include_text=True)] != [("-text", "end")]:
        return None
    node = top[0]
    for tag in _CONTAINERS[1:]:
        inner = _children(node)
        if len(inner) != 1 or inner[0].tag != tag:
            return None
        node = inner[0]
    return node if node.attributes.get("id") == f"w{nonce}" else None


def _children(node: LexborNode) -> list[LexborNode]:
    """Child elements, comments and text that is not white space."""
    return [
        child
        for child in node.iter(include_text=True)
        if child.tag != "-text" or (child.text_content or "").strip()
    ]


# --- a guideline body ---------------------------------------------------------------


def check_body(body: str) -> list[Finding]:
    """Everything unsafe in a Markdown body, judged on its rendered HTML.

    Findings in the HTML are placed at the first unused place in the source
    where their markup is written; what cannot be found there is placed at
    the start of the body."""
    findings = check_characters(body, in_body=True)
    limits = check_limits(body)
    if limits:  # rendering could take too long or crash: report the limit instead
        return findings + limits
    try:
        html = render_markdown(body)
    except RecursionError:
        return [*findings, _too_deep(0)]
    placed = _place(body, check_html(html))
    return sorted([*findings, *placed], key=lambda f: f.offset or 0)


MAX_FINDINGS = 50  # per body: enough to fix in one go, and a bound on the work of placing them


def _place(source: str, findings: list[Finding]) -> list[Finding]:
    """Findings come in document order, so each is looked for after the last one
    placed; a needle found only earlier (its markup was decoded) goes there."""
    folded = source.lower()
    cursor = 0
    placed = []
    for finding in findings[:MAX_FINDINGS]:
        needles = [n.lower() for n in finding.needles if n]
        found = next(((at, n) for n in needles if (at := folded.find(n, cursor)) != -1), None)
        if found is None:
            offset = next((at for n in needles if (at := folded.find(n)) != -1), 0)
        else:
            offset, cursor = found[0], found[0] + len(found[1])
        placed.append(Finding(finding.message, finding.rule, offset))
    return placed


# --- a front-matter field -------------------------------------------------------------

_HTML_IN_TEXT = re.compile(r"<[A-Za-z!/?]|&#?[A-Za-z0-9]+;")


def check_field(text: str) -> list[Finding]:
    """A field is plain text, shown escaped: no HTML, no script URL, no hidden characters.

    One line break at the very end is YAML's doing (`text: |`), not the
    writer's; the model drops it."""
    findings = check_characters(text.removesuffix("\n"), in_body=False)
    match = _HTML_IN_TEXT.search(text)
    if match:
        findings.append(
            Finding(
                f"HTML is not allowed in front-matter fields ({match.group()!r} found): "
                "fields are plain text; write plain words",
                "html-in-plain-text",
                match.start(),
            )
        )
    for script in _SCRIPT_URL.finditer(html.unescape(text) if "&" in text else text):
        findings.append(
            Finding(
                f"'{script.group(1).lower()}:' URLs are not allowed, even in plain text: "
                "link to an https:// address",
                "unsafe-url",
                script.start(),
            )
        )
        break
    return findings


# A script URL in a field is text on the page, but copied into a link it would run.
_SCRIPT_URL = re.compile(r"(?<![a-z0-9])(javascript|vbscript|data)[ \t]*:(?=\S)", re.I)


# --- the site's settings ----------------------------------------------------------------

_SETTING_FORBIDDEN = re.compile(r"[\s\"'<>\\`]|[\x00-\x1f\x7f]")


def check_site_setting(name: str, value: str) -> str | None:
    """What is wrong with an address setting (the site URL, the edit link template),
    if anything: each is printed into every page, inside attributes."""
    if not value:
        return None
    bad = _SETTING_FORBIDDEN.search(value)
    if bad:
        return (
            f"{name} must not contain spaces, quotes, angle brackets or backslashes "
            f"(found {bad.group()!r} in {value[:80]!r})"
        )
    if url_scheme(value) != "https":
        return f"{name} must be an https:// address (found {value[:80]!r})"
    return None
