"""Unsafe content: what a browser would run, however it is disguised."""

from __future__ import annotations

import time

import pytest
from ehealthsec.safety import scan_markup, scan_plain, unsafe_scheme


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("javascript:alert(1)", "javascript:"),
        ("JaVaScRiPt:alert(1)", "javascript:"),
        ("vbscript:msgbox(1)", "vbscript:"),
        ("VBSCRIPT:x", "vbscript:"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data:"),
        ("DATA:image/svg+xml,x", "data:"),
        ("jav&#x61;script:x", "javascript:"),
        ("jav&#X61;script:x", "javascript:"),
        ("&#106;avascript:x", "javascript:"),
        ("&#0000106avascript:x", "javascript:"),
        ("javascript&colon;x", "javascript:"),
        ("javascript&#58;x", "javascript:"),
        ("&amp;#106;avascript:x", "javascript:"),
        ("java\tscript:x", "javascript:"),
        ("java\nscript:x", "javascript:"),
        ("java script:x", "javascript:"),
        ("java&Tab;script:x", "javascript:"),
        ("java&NewLine;script:x", "javascript:"),
        ("java\\script:x", "javascript:"),
        ("java\x00script:x", "javascript:"),
        ("java\u200bscript:x", "javascript:"),
        ("  javascript:x", "javascript:"),
        ("\x01javascript:x", "javascript:"),
        ('"javascript:x"', "javascript:"),
        ("'javascript:x'", "javascript:"),
        ("<javascript:x>", "javascript:"),
    ],
)
def test_unsafe_scheme_sees_through_disguises(url: str, scheme: str) -> None:
    assert unsafe_scheme(url) == scheme


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/",
        "https://example.org/javascript:void",
        "http://example.org/?q=data:x",
        "mailto:security@example.org",
        "../catalog/",
        "#scope",
        "javascripts/app.js",
        "database:",
        "",
    ],
)
def test_unsafe_scheme_leaves_safe_urls_alone(url: str) -> None:
    assert unsafe_scheme(url) is None


@pytest.mark.parametrize(
    ("text", "offset", "rule"),
    [
        ("ab <script>", 3, "unsafe-html"),
        ("<ScRiPt>", 0, "unsafe-html"),
        ("x < iframe src=y>", 2, "unsafe-html"),
        ("<object>", 0, "unsafe-html"),
        ("<embed>", 0, "unsafe-html"),
        ("<style>", 0, "unsafe-html"),
        ("<form>", 0, "unsafe-html"),
        ("<base href=x>", 0, "unsafe-html"),
        ("<meta charset=x>", 0, "unsafe-html"),
        ('<a href="#" onclick="x">', 12, "unsafe-attribute"),
        ("<img src=x\nonerror=y>", 11, "unsafe-attribute"),
        ("<svg/onload=x>", 5, "unsafe-attribute"),
        ('<p title="a"onmouseover=x>', 12, "unsafe-attribute"),
        ('para\n{ onclick="x" }', 7, "unsafe-attribute"),
        ("## H {: onload=x }", 8, "unsafe-attribute"),
        ("[a](b){ .c #d onfocus=x }", 14, "unsafe-attribute"),
        ("see [x](javascript:y)", 8, "unsafe-url"),
        ("![x](data:image/png;base64,AAAA)", 5, "unsafe-url"),
        ("[r]: vbscript:x", 5, "unsafe-url"),
        ("> [r]: javascript:x", 7, "unsafe-url"),
        ("[r]:\n   javascript:x", 8, "unsafe-url"),
        ("go <javascript:x>", 4, "unsafe-url"),
        ("<a href='javascript:x'>", 8, "unsafe-url"),
        ("<img src = javascript:x>", 11, "unsafe-url"),
        ("<form><button formaction=javascript:x>", 0, "unsafe-html"),
        ("a\u202eb", 1, "bidi-control"),
        ("\u2066", 0, "bidi-control"),
    ],
)
def test_scan_markup_finds_each_hazard_at_its_offset(text: str, offset: int, rule: str) -> None:
    findings = scan_markup(text)
    assert (offset, rule) in [(f.offset, f.rule) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Plain words about javascript: and data: in prose.",
        "[x](https://example.org/a_(b))",
        "&lt;script&gt; shown as text",
        "A description, a scripture, a stylesheet, a formal metadata review.",
        "{ #id .class lang=en }",
        '<a href="https://example.org" title="Contact">x</a>',
        "Right-to-left text is fine: \u05e9\u05dc\u05d5\u05dd, \u0633\u0644\u0627\u0645.",
        "onclick= outside of a tag or attribute list",
    ],
)
def test_scan_markup_leaves_safe_text_alone(text: str) -> None:
    assert scan_markup(text) == []


def test_one_link_in_angle_brackets_is_one_finding() -> None:
    findings = scan_markup("[x](<javascript:y>)")
    assert [(f.offset, f.rule) for f in findings] == [(4, "unsafe-url")]


def test_every_hazard_in_a_text_is_found() -> None:
    text = "<script>\n[a](javascript:x)\n<b onclick=y>\n\u202e"
    rules = sorted(f.rule for f in scan_markup(text))
    assert rules == ["bidi-control", "unsafe-attribute", "unsafe-html", "unsafe-url"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("A <b>bold</b> title", "'<b'"), ("Smith &amp; Jones", "'&amp;'"), ("a </i> b", "'</'")],
)
def test_scan_plain_refuses_any_html(text: str, found: str) -> None:
    (finding,) = scan_plain(text)
    assert finding.rule == "html-in-plain-text"
    assert found in finding.message


def test_scan_plain_reports_a_dangerous_tag_once() -> None:
    assert [f.rule for f in scan_plain("A <script> title")] == ["unsafe-html"]


@pytest.mark.parametrize("text", ["R&D and 3 < 4 > 2", "Fish & chips; a < b"])
def test_scan_plain_allows_ampersands_and_comparisons(text: str) -> None:
    assert scan_plain(text) == []


def test_unsafe_html_message_says_what_to_write_instead() -> None:
    (finding,) = scan_markup("<iframe>")
    assert "&lt;iframe&gt;" in finding.message


@pytest.mark.parametrize("unit", ["{", "[", "[a", "{a", "<a ", "> [r]:"])
def test_scan_stays_fast_on_a_long_pathological_line(unit: str) -> None:
    # 200 kB of one repeated fragment: a quadratic pattern would take many seconds.
    text = unit * (200_000 // len(unit)) + "]:("
    started = time.perf_counter()
    scan_plain(text)
    assert time.perf_counter() - started < 2.0
