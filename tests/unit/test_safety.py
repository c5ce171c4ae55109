"""The safety gate: judged on the HTML a browser gets, however the source disguises it."""

from __future__ import annotations

import time

import pytest
from ehealthsec.read.safety import (
    MARKUP_BUDGET,
    MAX_BODY,
    MAX_LINE,
    check_body,
    check_field,
    check_html,
    loads_from_elsewhere,
    url_scheme,
)


def rules(findings: object) -> list[str]:
    return sorted(f.rule for f in findings)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "jav&#x61;script:x",
        "&#106;avascript:x",
        "javascript&colon;x",
        "javascript&#58;x",
        "java&Tab;script:x",
        "java&NewLine;script:x",
        "  javascript:x",
        "&#x20;javascript:x",
    ],
)
@pytest.mark.parametrize("form", ['<a href="{}">x</a>', "<a href='{}'>x</a>", "[x]({})"])
def test_script_urls_are_found_through_every_disguise(url: str, form: str) -> None:
    assert "unsafe-url" in rules(check_body(form.format(url)))


def test_an_entity_without_semicolon_is_decoded_as_the_browser_does() -> None:
    # In raw HTML the browser reads `&#0000106a` as `ja`; in a Markdown link
    # Python-Markdown escapes the `&`, so the browser gets harmless text.
    assert rules(check_body('<a href="&#0000106avascript:x">x</a>')) == ["unsafe-url"]
    assert check_body("[x](&#0000106avascript:x)") == []


@pytest.mark.parametrize(
    "body",
    [
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x][]\n\n[x]: javascript:alert(1)",
        "[x]\n\n[x]:\n    javascript:alert(1)",
        "> [r]: javascript:x\n>\n> [a][r]",
    ],
)
def test_reference_definitions_and_autolinks_are_judged_as_rendered(body: str) -> None:
    assert "unsafe-url" in rules(check_body(body))


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("<script>alert(1)</script>", "unsafe-html"),
        ("<ScRiPt>alert(1)</sCrIpT>", "unsafe-html"),
        ("<iframe src=x></iframe>", "unsafe-html"),
        ("<object data=x></object>", "unsafe-html"),
        ("<embed src=x>", "unsafe-html"),
        ("<style>body{}</style>", "unsafe-html"),
        ("<svg><animate attributeName=href to=javascript:x /></svg>", "unsafe-html"),
        ("<math><mi>x</mi></math>", "unsafe-html"),
        ("<img src=x onerror=alert(1)>", "unsafe-attribute"),
        ('<p title="a>"onmouseover=x>t</p>', "unsafe-attribute"),
        ('para\n{: onclick="x" }', "unsafe-attribute"),
        ('para\n{: title="}" onclick="alert(1)" }', "unsafe-attribute"),
        ("## H {: onload=x }", "unsafe-attribute"),
        ("[a](https://example.org){: onfocus=x }", "unsafe-attribute"),
        ('para\n{: style="position:fixed;top:0" }', "html-attribute-not-allowed"),
        ("![i](/x.png){: src=https://evil.example/x.png }", "external-resource"),
        ("![i](https://evil.example/x.png)", "external-resource"),
        ("![i][r]\n\n[r]: https://evil.example/x.png", "external-resource"),
        ('<img src="\\\\evil.example/x.png">', "external-resource"),
        ('<img src="/\\evil.example/x.png">', "external-resource"),
        ('<img src="//evil.example/x.png">', "external-resource"),
        ("<b name=getElementById>x</b>", "html-attribute-not-allowed"),
        ("<p class='md-header'>x</p>", "html-attribute-not-allowed"),
        ("<p id='__drawer'>x</p>", "html-attribute-not-allowed"),
        ("<a href=x target=_blank>x</a>", "html-attribute-not-allowed"),
        ("<![CDATA[ --><script>alert(1)</script> ]]>", "unsafe-html"),
        ("<!--> <script>alert(1)</script> -->", "unsafe-html"),
        ("<!-- x --!> <script>alert(1)</script> -->", "unsafe-html"),
        ("go <javascript:alert(1)>", "html-not-allowed"),
        ("text </div></article> more", "unbalanced-html"),
        ("<div>x</div></main> after", "unbalanced-html"),
        ("x <a href='/y'>never closed", "unbalanced-html"),
        ("<table><tr><td>x", "unbalanced-html"),
        ("<body onload=alert(1)>", "unsafe-attribute"),
        ("<article>x</article>", "html-not-allowed"),
    ],
)
def test_each_hazard_in_the_rendered_page_is_found(body: str, rule: str) -> None:
    assert rule in rules(check_body(body))


@pytest.mark.parametrize(
    "body",
    [
        "Plain words about javascript: and data: in prose.",
        "[x](https://example.org/a_(b)) and [y](mailto:security@example.org)",
        "[local](../catalog/) and [anchor](#scope) and ![diagram](img/x.png)",
        "`<script>` in code, and\n\n```\n<iframe src=javascript:x>\n```",
        "&lt;script&gt; shown as text",
        "| a | b |\n|:--|--:|\n| 1 | 2 |",
        '<abbr title="Network and Information Security">NIS</abbr> and <br> breaks',
        "## A heading {: #scope .wide }",
        '!!! note\n    An admonition.\n\n??? warning "Details"\n    Folded.',
        "Footnote[^1].\n\n[^1]: The note.",
        "Right-to-left text is fine: \u05e9\u05dc\u05d5\u05dd, \u0633\u0644\u0627\u0645.",
        "onclick= outside of a tag is just text",
        "<!-- a comment -->",
    ],
)
def test_safe_guidance_passes(body: str) -> None:
    assert check_body(body) == []


def test_a_finding_is_placed_where_its_markup_is_written() -> None:
    body = "line one\n\n<img src=x onerror=y>\n\n[a](javascript:x)"
    placed = {f.rule: f.offset for f in check_body(body)}
    assert placed["unsafe-attribute"] == body.index("onerror")
    assert placed["unsafe-url"] == body.index("javascript")


def test_a_fragment_with_nothing_wrong_has_no_finding() -> None:
    assert check_html("<p>x</p><table><tr><td>y</td></tr></table>") == []


@pytest.mark.parametrize(
    ("char", "rule"),
    [
        ("\u202e", "bidi-control"),
        ("\u2066", "bidi-control"),
        ("\u200b", "invisible-character"),
        ("\u200e", "invisible-character"),
        ("\u061c", "invisible-character"),
        ("\u2028", "invisible-character"),
        ("\U000e0041", "invisible-character"),
        ("\x00", "control-character"),
        ("\x1b", "control-character"),
        ("\x07", "control-character"),
        ("\x85", "control-character"),
    ],
)
def test_hidden_characters_are_found_at_their_offset(char: str, rule: str) -> None:
    (finding,) = check_body(f"ab{char}c")
    assert (finding.rule, finding.offset) == (rule, 2)


def test_tabs_and_newlines_are_fine_in_a_body_but_not_in_a_field() -> None:
    assert check_body("a\tb\nc") == []
    assert rules(check_field("one line\nand another")) == ["control-character"]
    assert check_field("a block scalar ends with one line break\n") == []
    assert rules(check_field("a\tb")) == ["control-character"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A <b>bold</b> title", "html-in-plain-text"),
        ("Smith &amp; Jones", "html-in-plain-text"),
        ("javascript:alert(1)", "unsafe-url"),
    ],
)
def test_fields_are_plain_text(text: str, rule: str) -> None:
    assert rule in rules(check_field(text))


@pytest.mark.parametrize("text", ["R&D and 3 < 4 > 2", "Fish & chips; a < b", "NIS2: Art. 21"])
def test_fields_allow_ampersands_and_comparisons(text: str) -> None:
    assert check_field(text) == []


@pytest.mark.parametrize(
    ("url", "scheme", "elsewhere"),
    [
        ("https://example.org/x", "https", True),
        (" java\tscript:x", "javascript", True),
        ("//example.org/x.png", None, True),
        ("\\\\example.org/x.png", None, True),
        ("/\\example.org/x.png", None, True),
        ("img/x.png", None, False),
        ("../x.png", None, False),
        ("a/b:c.png", None, False),
    ],
)
def test_urls_are_read_as_a_browser_reads_them(
    url: str, scheme: str | None, elsewhere: bool
) -> None:
    assert url_scheme(url) == scheme
    assert loads_from_elsewhere(url) is elsewhere


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("x" * (MAX_BODY + 1), "body-too-long"),
        ("x" * (MAX_LINE + 1), "line-too-long"),
        ("[" * 700, "too-much-markup"),
        (("[" * 100 + "\n") * 41, "too-much-markup"),
        ("<a\n\n" * 60 + "b" * 4000 + "\n" + ("b" * 4000 + "\n") * 10, "too-many-tags"),
        ("> " * 40 + "deep", "nesting-too-deep"),
        ("*a\n" * 1000 + "x" + " a*" * 1000, "nesting-too-deep"),
        ("- a\n" + "".join("    " * n + "- a\n" for n in range(1, 40)), "nesting-too-deep"),
    ],
)
def test_limits_are_checked_before_rendering(body: str, rule: str) -> None:
    assert rule in rules(check_body(body))


@pytest.mark.parametrize(
    "unit", ["[", "<a ", "[a](", "![", "[^", "`a", "\\", "***a", "&#", "{", "x *", "<!--"]
)
def test_a_hostile_body_under_the_limits_is_checked_quickly(unit: str) -> None:
    # The worst shape found: as many markers as the budget allows at the start of
    # a paragraph as long as the limits allow. Python-Markdown scans on from each.
    filler = ("b" * (MAX_LINE - 10) + "\n") * (MAX_BODY // MAX_LINE - 1)
    markers = MARKUP_BUDGET // len(filler) // max(1, unit.count("[") + unit.count("<"))
    body = unit * max(1, markers) + "\n" + filler
    # Processor time of this process: what the check costs, whatever else the machine runs.
    started = time.process_time()
    check_body(body)
    assert time.process_time() - started < 2.0
