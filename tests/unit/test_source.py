"""Reading a file: size, encoding, line endings, and cutting the front matter."""

from __future__ import annotations

import pytest
from ehealthsec.problems import Problem
from ehealthsec.read.source import (
    MAX_FILE_BYTES,
    SourceText,
    SplitDocument,
    decode_source,
    split_front_matter,
)


def decoded(data: bytes) -> SourceText:
    result = decode_source("g.md", data)
    assert isinstance(result, SourceText), result
    return result


def refused(data: bytes) -> Problem:
    result = decode_source("g.md", data)
    assert isinstance(result, Problem), result
    return result


def split(text: str) -> SplitDocument:
    result = split_front_matter(SourceText("g.md", text))
    assert isinstance(result, SplitDocument), result
    return result


def not_split(text: str) -> Problem:
    result = split_front_matter(SourceText("g.md", text))
    assert isinstance(result, Problem), result
    return result


# --- decode_source ------------------------------------------------------------------


def test_plain_utf8_is_kept_as_is() -> None:
    assert decoded("---\nid: Ä€\n".encode()).text == "---\nid: Ä€\n"


def test_bom_is_stripped() -> None:
    assert decoded(b"\xef\xbb\xbf---\nid: A\n").text == "---\nid: A\n"


def test_only_a_leading_bom_is_stripped() -> None:
    assert decoded("a\ufeffb".encode()).text == "a\ufeffb"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"a\r\n\rb\n", "a\n\nb\n"),
        (b"\xef\xbb\xbfa\r\nb", "a\nb"),
    ],
    ids=["crlf", "lone-cr", "mixed", "bom-and-crlf"],
)
def test_line_endings_become_lf(data: bytes, text: str) -> None:
    assert decoded(data).text == text


def test_not_utf8_names_byte_offset_line_and_column() -> None:
    # Line 3; the column counts characters: 'é' before the bad byte is one column.
    problem = refused("---\nid: A\nsé ".encode() + b"\xff rest\n")
    assert problem.rule == "not-utf8"
    assert (problem.line, problem.column) == (3, 4)
    assert "byte 0xff at offset 14" in problem.message
    assert problem.severity == "error"


def test_not_utf8_truncated_sequence_at_the_end() -> None:
    problem = refused(b"ok\n\xe2\x82")
    assert (problem.line, problem.column) == (2, 1)
    assert "byte 0xe2 at offset 3" in problem.message


def test_not_utf8_after_crlf_lines() -> None:
    problem = refused(b"a\r\nb\r\nxx\x80")
    assert (problem.line, problem.column) == (3, 3)


def test_size_limit_is_one_mebibyte() -> None:
    assert MAX_FILE_BYTES == 1024 * 1024
    assert isinstance(decode_source("g.md", b"a" * MAX_FILE_BYTES), SourceText)
    problem = refused(b"a" * (MAX_FILE_BYTES + 1))
    assert problem.rule == "file-too-large"
    assert (problem.line, problem.column) == (1, 1)
    assert "1,048,577 bytes" in problem.message


def test_size_is_checked_before_encoding() -> None:
    # A huge binary file is refused for its size, not decoded.
    assert refused(b"\xff" * (MAX_FILE_BYTES + 1)).rule == "file-too-large"


# --- split_front_matter -------------------------------------------------------------


def test_split_gives_front_matter_and_body_with_their_lines() -> None:
    document = split("---\nid: A\ntitle: B\n---\n\n## Body\n")
    assert document.front_matter == "id: A\ntitle: B\n"
    assert document.front_matter_line == 2
    assert document.body == "\n## Body\n"
    assert document.body_line == 5


def test_body_line_counts_the_closing_delimiter() -> None:
    document = split("---\na: 1\nb: 2\nc: 3\n---\nfirst body line\n")
    assert document.body_line == 6
    assert document.body.split("\n")[0] == "first body line"


@pytest.mark.parametrize(
    "text",
    ["---  \nid: A\n---\nbody", "---\nid: A\n---\t \nbody", "---\r\nid: A\r\n---\r\nbody"],
    ids=["opening-trailing-spaces", "closing-trailing-tab", "crlf"],
)
def test_delimiters_may_have_trailing_whitespace(text: str) -> None:
    document = split(decoded(text.encode()).text)
    assert (document.front_matter, document.body, document.body_line) == ("id: A\n", "body", 4)


def test_empty_front_matter_splits() -> None:
    document = split("---\n---\nbody\n")
    assert (document.front_matter, document.body, document.body_line) == ("", "body\n", 3)


def test_closing_delimiter_at_end_of_file() -> None:
    document = split("---\nid: A\n---")
    assert (document.front_matter, document.body) == ("id: A\n", "")


def test_only_the_first_closing_line_counts() -> None:
    document = split("---\nid: A\n---\nbody\n---\nmore\n")
    assert document.front_matter == "id: A\n"
    assert document.body == "body\n---\nmore\n"


@pytest.mark.parametrize(
    "text",
    ["---\n--- x: 1\nid: A\n---\nbody\n", "---\nid: A\n--- x\n---\nbody\n"],
    ids=["right-after-opening", "later"],
)
def test_a_line_starting_with_dashes_and_text_does_not_close(text: str) -> None:
    assert split(text).body == "body\n"


@pytest.mark.parametrize(
    "text",
    ["# Title\n---\nid: A\n---\n", "\n---\nid: A\n---\n", "----\nid: A\n---\n", " ---\nid: A\n"],
    ids=["heading-first", "blank-line-first", "four-dashes", "indented"],
)
def test_front_matter_missing(text: str) -> None:
    problem = not_split(text)
    assert problem.rule == "front-matter-missing"
    assert (problem.line, problem.column) == (1, 1)


@pytest.mark.parametrize(
    "text",
    ["---\nid: A\n", "---\nid: A\n...\nbody\n", "---\nid: A\n----\n", "---"],
    ids=["no-closing", "yaml-document-end", "four-dashes", "opening-only"],
)
def test_front_matter_unterminated(text: str) -> None:
    assert not_split(text).rule == "front-matter-unterminated"
