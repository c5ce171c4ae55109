"""Strict YAML: plain data plus the line and column of every key and value.

PyYAML's loaders lose positions, keep the last of two duplicate keys, and
turn `NO` into False and `2024-01-01` into a date. We let libyaml (the C
parser) build the node tree, then walk the nodes ourselves: scalars stay
text as written, except unquoted ones that *other* YAML readers would turn
into booleans, nulls or numbers; those become that type so the schema says
"text expected" at the right spot, and the message asks for quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import yaml

from ..problems import Problem, error

try:  # libyaml is ~10x faster; fall back quietly where it is not compiled in.
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class _SafeLoader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, with its own copy of the resolvers as PyYAML ships
    them, so that what other code registers later does not change what a
    guideline means."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[Any]]] = {
        first: list(resolvers) for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


Path = tuple[str | int, ...]

_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_TRUE_WORDS = frozenset({"yes", "true", "on"})
MAX_DEPTH = 16  # front matter needs 5 levels; deep nesting only risks recursion limits
_RETYPED_TAGS = frozenset({_BOOL_TAG, _NULL_TAG, _INT_TAG, _FLOAT_TAG})
# What YAML's reader refuses: anything outside c-printable (YAML 1.1, 5.1).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Where:
    """1-based position of a key or value in the file."""

    line: int
    column: int


class YamlTree:
    """Parsed data with positions. `values[path]` is where the value starts,
    `keys[path]` where its key is; `retyped[path]` is an unquoted scalar as
    written when YAML would not read it as text.

    Most files are valid, so positions are worked out only when a problem
    asks for one: the text is kept and composed and walked again on first
    use. Keeping text rather than nodes also keeps the tree small to send
    between processes (see `parallel`).
    """

    def __init__(self, data: Any, text: str | None = None, line_offset: int = 1) -> None:
        self.data = data
        self._text = text
        self._line_offset = line_offset
        self._index: YamlTree | None = None

    def _indexed(self) -> YamlTree:
        if self._text is None:
            return self
        if self._index is None:
            walker = _Walker("", self._line_offset)
            root = yaml.compose(self._text, Loader=_SafeLoader)
            assert root is not None  # it was composed once already
            walker.walk(root, ())
            self._index = walker.tree
        return self._index

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_index": None}  # rebuilt from the text on demand

    @property
    def values(self) -> dict[Path, Where]:
        return self._indexed()._values

    @property
    def keys(self) -> dict[Path, Where]:
        return self._indexed()._keys

    @property
    def retyped(self) -> dict[Path, str]:
        return self._indexed()._retyped

    _values: dict[Path, Where]
    _keys: dict[Path, Where]
    _retyped: dict[Path, str]

    @classmethod
    def with_positions(cls, data: Any) -> YamlTree:
        tree = cls(data)
        tree._values, tree._keys, tree._retyped = {}, {}, {}
        return tree

    def where(self, path: Path) -> Where:
        """The best position for a problem at `path`: its key, else its value,
        else the nearest ancestor that has one."""
        keys, values = self.keys, self.values
        probe = path
        while True:
            if probe in keys:
                return keys[probe]
            if probe in values:
                return values[probe]
            if not probe:
                return Where(1, 1)
            probe = probe[:-1]

    def value_where(self, path: Path) -> Where:
        return self.values.get(path) or self.where(path)


def dotted(path: Path) -> str:
    """`('practices', 2, 'text')` -> `practices[2].text`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


class _Walker:
    def __init__(self, path: str, line_offset: int) -> None:
        self.path = path
        self.offset = line_offset - 1
        self.tree = YamlTree.with_positions(None)
        self.problems: list[Problem] = []

    def where(self, node: yaml.Node) -> Where:
        return Where(node.start_mark.line + 1 + self.offset, node.start_mark.column + 1)

    def walk(self, node: yaml.Node, at: Path) -> Any:
        self.tree._values[at] = self.where(node)
        if len(at) > MAX_DEPTH:
            self.report(
                self.where(node),
                dotted(at[:MAX_DEPTH]),
                f"nested more than {MAX_DEPTH} levels deep: front matter needs at most 5",
                "yaml-depth",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, at)
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*at, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node, at)

    def mapping(self, node: yaml.MappingNode, at: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Where] = {}
        for key_node, value_node in node.value:
            key_where = self.where(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_where, dotted(at), "a key must be plain text", "yaml-key")
                continue
            key = key_node.value
            child = (*at, key)
            if key in first_seen:
                self.report(
                    key_where,
                    dotted(child),
                    f"duplicate key '{key}' (first at line {first_seen[key].line}); "
                    "YAML readers keep only one of them: remove or merge one",
                    "duplicate-key",
                )
                continue
            first_seen[key] = key_where
            self.tree._keys[child] = key_where
            result[key] = self.walk(value_node, child)
        return result

    def scalar(self, node: yaml.ScalarNode, at: Path) -> Any:
        text: str = node.value
        if node.style:  # quoted or block scalar: always text (libyaml says '' for plain)
            return text
        if node.tag in _RETYPED_TAGS:
            self.tree._retyped[at] = text
            return _retype(node.tag, text)
        return text  # str, and timestamps kept as written for the date checks

    def report(self, where: Where, field: str, message: str, rule: str) -> None:
        self.problems.append(error(self.path, where.line, where.column, field, message, rule))


def _number(text: str) -> int | float:
    if len(text) > 40:  # no field takes a number; huge ones only break printing
        return float("nan")
    try:
        return int(text.replace("_", ""), 0) if "." not in text else float(text)
    except ValueError:
        return float("nan")  # `.inf`, sexagesimal, ...: any number is wrong here


def parse_yaml(text: str, path: str, line_offset: int = 1) -> tuple[YamlTree | None, list[Problem]]:
    """Parse one YAML document strictly. `line_offset` is the file line of `text`'s first line."""
    problems = _refuse_anchors_aliases_tags(text, path, line_offset)
    if problems:
        return None, problems
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, path, line_offset)]
    except yaml.YAMLError:  # the reader refused a character
        return None, [_reader_problem(text, path, line_offset)]
    if node is None:
        return None, [
            error(path, line_offset, 1, "", "front matter is empty", "front-matter-empty")
        ]
    try:
        return YamlTree(_plain_data(node), text, line_offset), []
    except _NeedsCareful:
        walker = _Walker(path, line_offset)
        walker.tree.data = walker.walk(node, ())
        return walker.tree, walker.problems


class _NeedsCareful(Exception):
    """A mapping with a duplicate or non-text key: the careful walk reports it."""


def _plain_data(node: yaml.Node, depth: int = 0) -> Any:
    """The data of a well-formed tree, fast: no positions, same values as `_Walker`."""
    if depth > MAX_DEPTH:
        raise _NeedsCareful
    kind = node.__class__
    if kind is yaml.ScalarNode:
        scalar = cast(yaml.ScalarNode, node)
        if scalar.style or scalar.tag not in _RETYPED_TAGS:
            return scalar.value
        return _retype(scalar.tag, scalar.value)
    if kind is yaml.SequenceNode:
        return [_plain_data(item, depth + 1) for item in node.value]
    pairs = node.value
    try:
        result = {key.value: _plain_data(value, depth + 1) for key, value in pairs}
    except TypeError:  # a list or mapping used as a key is unhashable
        raise _NeedsCareful from None
    if len(result) != len(pairs) or any(key.__class__ is not yaml.ScalarNode for key, _ in pairs):
        raise _NeedsCareful
    return result


def _retype(tag: str, text: str) -> Any:
    """What other YAML readers make of an unquoted bool, null or number."""
    if tag == _BOOL_TAG:
        return text.lower() in _TRUE_WORDS
    if tag == _NULL_TAG:
        return None
    return _number(text)


def _refuse_anchors_aliases_tags(text: str, path: str, line_offset: int) -> list[Problem]:
    """Anchors, aliases and explicit tags, found from the event stream.

    The node tree hides them (an alias is just the same node twice), so we
    read events, but only for text that could hold one: it is rare, and
    events are slower than composing.
    """
    if "&" not in text and "*" not in text and "!" not in text:
        return []
    problems: list[Problem] = []
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            mark = event.start_mark
            where = Where(mark.line + line_offset, mark.column + 1) if mark else Where(1, 1)
            if isinstance(event, yaml.AliasEvent):
                problems.append(_refusal(path, where, f"alias '*{event.anchor}'", "yaml-alias"))
                continue
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                problems.append(_refusal(path, where, f"anchor '&{anchor}'", "yaml-anchor"))
            tag = getattr(event, "tag", None)
            if tag is not None:  # the parser sets a tag only when one is written
                problems.append(_refusal(path, where, f"explicit tag '{tag}'", "yaml-tag"))
    except yaml.YAMLError:
        return []  # the syntax error is reported, with position, by the compose step
    return problems


def _refusal(path: str, where: Where, what: str, rule: str) -> Problem:
    return error(
        path,
        where.line,
        where.column,
        "",
        f"{what} is not allowed: write the value out in full",
        rule,
    )


# Constructs that run on past their line when left open: the error belongs where
# they start (the opening quote or bracket), not where the parser gave up.
_OPENED_CONSTRUCTS = {
    "while scanning a quoted scalar": "the quoted value that starts here has no closing quote",
    "while parsing a flow sequence": "the list that starts here has no closing ']'",
    "while parsing a flow mapping": "the mapping that starts here has no closing '}'",
}


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, path: str, line_offset: int) -> Problem:
    opened = _OPENED_CONSTRUCTS.get(exc.context or "")
    start, end = exc.context_mark, exc.problem_mark
    if opened and start and end and end.line > start.line:
        return _unclosed(path, start.line, start.column, opened, exc, line_offset)
    stray = _multiline_quote_before(text, end.line if end else 0)
    if stray is not None:  # a quote left open, closed by the next quote further down
        line, column = stray
        return _unclosed(path, line, column, _OPENED_CONSTRUCTS[_QUOTED], exc, line_offset)
    mark = end or start
    line = (mark.line if mark else 0) + line_offset
    column = (mark.column if mark else 0) + 1
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context})" if exc.context else ""
    return error(path, line, column, "", f"YAML syntax error: {what}{context}", "yaml-syntax")


_QUOTED = "while scanning a quoted scalar"


def _unclosed(
    path: str, line: int, column: int, opened: str, exc: yaml.MarkedYAMLError, line_offset: int
) -> Problem:
    gave_up = exc.problem_mark.line + line_offset if exc.problem_mark else line + line_offset
    message = (
        f"YAML syntax error: {opened} (YAML read on to line {gave_up}: "
        f"{exc.problem or 'invalid YAML'})"
    )
    return error(path, line + line_offset, column + 1, "", message, "yaml-syntax")


def _multiline_quote_before(text: str, error_line: int) -> tuple[int, int] | None:
    """The start (0-based line, column) of a quoted scalar that spans lines and
    ends on the line of the error: a quote left open, closed by the next value's
    opening quote, and the parser stumbling over what follows it."""
    found: tuple[int, int] | None = None
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            start, end = event.start_mark, event.end_mark
            if (
                isinstance(event, yaml.ScalarEvent)
                and event.style in ('"', "'")
                and start is not None
                and end is not None
                and start.line < end.line == error_line
            ):
                found = (start.line, start.column)
    except yaml.YAMLError:
        pass  # the events up to the error are the ones that count
    return found


def _reader_problem(text: str, path: str, line_offset: int) -> Problem:
    # libyaml reports a byte offset and the character as a number; find the
    # character ourselves so that the column counts characters, as elsewhere.
    found = _NOT_PRINTABLE.search(text)
    position = found.start() if found else 0
    before = text[:position]
    line = before.count("\n") + line_offset
    column = position - (before.rfind("\n") + 1) + 1
    shown = f"U+{ord(found.group()):04X}" if found else "a character"
    return error(
        path,
        line,
        column,
        "",
        f"YAML cannot read {shown} here: remove the control character",
        "yaml-syntax",
    )
