"""Reading a guideline file: size, encoding, line endings and front matter.

We split the front matter ourselves instead of trusting MkDocs, which
swallows every parse error (`mkdocs/utils/meta.py`). Every check here runs
before YAML sees a byte, so a binary or huge file never reaches the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..problems import Problem, error

MAX_FILE_BYTES = 1024 * 1024
BOM = "\ufeff"
DELIMITER = "---"


@dataclass(frozen=True)
class SourceText:
    """A file's text after the byte-level checks: BOM removed, LF endings."""

    path: str
    text: str


@dataclass(frozen=True)
class SplitDocument:
    """Front matter and body, each with the file line it starts on (1-based)."""

    path: str
    front_matter: str
    front_matter_line: int
    body: str
    body_line: int


def too_large(path: str, size: int) -> Problem | None:
    """The size problem of a file of `size` bytes, if it has one."""
    if size <= MAX_FILE_BYTES:
        return None
    return error(
        path,
        1,
        1,
        "",
        f"file is {size:,} bytes; the limit is 1 MiB ({MAX_FILE_BYTES:,} bytes): "
        "split the guideline",
        "file-too-large",
    )


def decode_source(path: str, data: bytes) -> SourceText | Problem:
    """Check size and encoding; normalise BOM and line endings."""
    size_problem = too_large(path, len(data))
    if size_problem:
        return size_problem
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        return error(
            path,
            line,
            column,
            "",
            f"file is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "save the file as UTF-8",
            "not-utf8",
        )
    if text.startswith(BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path, text)


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    # Count characters, not bytes, up to the bad byte; the prefix is valid UTF-8.
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column


def split_front_matter(source: SourceText) -> SplitDocument | Problem:
    """Cut `---` front matter from the body, or say why it cannot be done."""
    text = source.text
    first_line, _, rest = text.partition("\n")
    if first_line.rstrip() != DELIMITER:
        return error(
            source.path,
            1,
            1,
            "",
            "front matter missing: the file must start with a line '---', then the "
            "fields, then a closing '---'",
            "front-matter-missing",
        )
    end = _closing_delimiter(rest)
    if end is None:
        return error(
            source.path,
            1,
            1,
            "",
            "front matter unterminated: no closing '---' line after the opening one",
            "front-matter-unterminated",
        )
    front_matter = rest[:end]
    after = rest[end:].partition("\n")[2]
    body_line = 2 + front_matter.count("\n") + 1
    return SplitDocument(source.path, front_matter, 2, after, body_line)


def _closing_delimiter(rest: str) -> int | None:
    """Offset in `rest` of the closing line: the first `---`, give or take trailing
    white space, judged like the opening line."""
    found = _CLOSING_LINE.search(rest)
    return found.start() if found else None


# `---` and trailing white space other than a line break (what `str.rstrip` removes).
_CLOSING_LINE = re.compile(r"^---[^\S\n]*$", re.MULTILINE)
