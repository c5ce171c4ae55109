"""Strict YAML: data with the position of every key and value, and refusals."""

from __future__ import annotations

import re

import pytest
import yaml
from ehealthsec.problems import Problem
from ehealthsec.read.yamltree import Where, YamlTree, dotted, parse_yaml

DOCUMENT = """\
id: HSG-A-001
title: "A quoted title"
audience: [management, security-teams]
practices:
  - id: GP-01
    text: Do it.
  - id: GP-02
    references:
      - source: nis2
"""


def tree_of(text: str, line_offset: int = 1) -> YamlTree:
    tree, problems = parse_yaml(text, "g.md", line_offset)
    assert problems == []
    assert tree is not None
    return tree


def problems_of(text: str, line_offset: int = 1) -> list[Problem]:
    _, problems = parse_yaml(text, "g.md", line_offset)
    assert problems
    return problems


def test_data_is_plain() -> None:
    assert tree_of(DOCUMENT).data == {
        "id": "HSG-A-001",
        "title": "A quoted title",
        "audience": ["management", "security-teams"],
        "practices": [
            {"id": "GP-01", "text": "Do it."},
            {"id": "GP-02", "references": [{"source": "nis2"}]},
        ],
    }


def test_positions_of_keys_and_values_follow_the_line_offset() -> None:
    # The front matter starts on line 2 of the file, after the opening '---'.
    tree = tree_of(DOCUMENT, line_offset=2)
    assert tree.keys[("id",)] == Where(2, 1)
    assert tree.values[("id",)] == Where(2, 5)
    assert tree.values[("title",)] == Where(3, 8)
    assert tree.values[("audience",)] == Where(4, 11)
    assert tree.values[("audience", 1)] == Where(4, 24)
    assert tree.values[("practices", 1)] == Where(8, 5)
    assert tree.keys[("practices", 1, "references")] == Where(9, 5)
    assert tree.keys[("practices", 1, "references", 0, "source")] == Where(10, 9)
    assert tree.values[("practices", 1, "references", 0, "source")] == Where(10, 17)


def test_where_prefers_the_key_then_the_value_then_an_ancestor() -> None:
    tree = tree_of(DOCUMENT, line_offset=10)
    assert tree.where(("title",)) == Where(11, 1)
    assert tree.value_where(("title",)) == Where(11, 8)
    assert tree.where(("audience", 0)) == Where(12, 12)
    assert tree.where(("practices", 0, "level")) == Where(14, 5)
    assert tree.value_where(("practices", 0, "level")) == Where(14, 5)
    assert tree.where(()) == Where(10, 1)


def test_dotted_names_a_path() -> None:
    assert dotted(("practices", 2, "references", 0, "at")) == "practices[2].references[0].at"
    assert dotted((0, "x")) == "[0].x"
    assert dotted(()) == ""


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("NO", False),
        ("off", False),
        ("Yes", True),
        ("on", True),
        ("~", None),
        ("null", None),
        ("", None),
        ("1.10", 1.1),
        ("0x1F", 31),
        ("12", 12),
        ("1_000", 1000),
    ],
)
def test_retyped_scalars_keep_their_raw_text(raw: str, value: object) -> None:
    tree = tree_of(f"a:\n  b: {raw}\n")
    assert tree.data["a"]["b"] == value
    assert type(tree.data["a"]["b"]) is type(value)
    assert tree.retyped[("a", "b")] == raw


def test_numbers_python_cannot_read_are_still_numbers() -> None:
    # YAML 1.1 octal, infinity and base 60: any number is wrong where text is expected.
    tree = tree_of("a: 0123\nb: .inf\nc: 1:20\n")
    assert all(isinstance(tree.data[k], float) for k in "abc")
    assert tree.retyped == {("a",): "0123", ("b",): ".inf", ("c",): "1:20"}


@pytest.mark.parametrize(
    "written",
    ['"NO"', "'off'", '"1.10"', "'~'", '"null"', "'0123'", '""'],
)
def test_quoted_scalars_stay_text(written: str) -> None:
    tree = tree_of(f"a: {written}\n")
    assert tree.data["a"] == written[1:-1]
    assert tree.retyped == {}


def test_dates_and_versions_stay_text_as_written() -> None:
    tree = tree_of("published: 2026-03-02\nversion: 1.10.0\nat: 2026-13-01\n")
    assert tree.data == {"published": "2026-03-02", "version": "1.10.0", "at": "2026-13-01"}
    assert tree.retyped == {}


def test_block_scalars_stay_text() -> None:
    tree = tree_of("a: |\n  NO\n  1.10\nb: >-\n  yes\n  ~\nc: |-\n  null\n")
    assert tree.data == {"a": "NO\n1.10\n", "b": "yes ~", "c": "null"}
    assert tree.retyped == {}
    assert tree.values[("b",)] == Where(4, 4)


def test_duplicate_key_at_top_level() -> None:
    tree, problems = parse_yaml("a: x\nb: y\na: z\n", "g.md", 2)
    assert tree is not None
    (problem,) = problems
    assert (problem.line, problem.column, problem.field) == (4, 1, "a")
    assert problem.rule == "duplicate-key"
    assert "first at line 2" in problem.message
    assert tree.data == {"a": "x", "b": "y"}  # the first one is kept, and reported


def test_duplicate_keys_in_nested_mappings() -> None:
    text = (
        "refs:\n  - source: nis2\n    at: x\n    source: gdpr\nmeta:\n  deep:\n    k: 1\n    k: 2\n"
    )
    _, problems = parse_yaml(text, "g.md", 2)
    assert [(p.line, p.column, p.field, p.rule) for p in problems] == [
        (5, 5, "refs[0].source", "duplicate-key"),
        (9, 5, "meta.deep.k", "duplicate-key"),
    ]
    assert "first at line 3" in problems[0].message
    assert "first at line 8" in problems[1].message


def test_same_key_in_sibling_mappings_is_fine() -> None:
    tree_of("- id: a\n- id: b\n")


def test_non_text_key_is_refused() -> None:
    (problem,) = problems_of("? [a, b]\n: 1\n")
    assert (problem.line, problem.column, problem.rule) == (1, 3, "yaml-key")


@pytest.mark.parametrize(
    ("text", "rule", "line", "column"),
    [
        ("a: &x 1\n", "yaml-anchor", 3, 4),
        ("a: !!str 1\n", "yaml-tag", 3, 4),
        ("a: !custom 1\n", "yaml-tag", 3, 4),
        ("a:\n  - *x\n", "yaml-alias", 4, 5),
    ],
)
def test_anchors_aliases_and_tags_are_refused(text: str, rule: str, line: int, column: int) -> None:
    (problem,) = problems_of(text, line_offset=3)
    assert (problem.rule, problem.line, problem.column) == (rule, line, column)


def test_anchor_with_alias_gives_both() -> None:
    tree, problems = parse_yaml("a: &x [1]\nb: *x\n", "g.md", 1)
    assert tree is None
    assert [(p.rule, p.line, p.column) for p in problems] == [
        ("yaml-anchor", 1, 4),
        ("yaml-alias", 2, 4),
    ]


def test_ampersand_and_star_in_text_are_fine() -> None:
    assert tree_of("a: R&D * 2!\nb: 'x &y *z'\n").data == {"a": "R&D * 2!", "b": "x &y *z"}


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("a: [1, 2\nb: 3\n", 5, 4, "the list that starts here has no closing ']'"),
        ("a: {b: 1\nc: 3\n", 5, 4, "the mapping that starts here has no closing '}'"),
        ("a: [1, b: c: d]\n", 5, 12, "did not find expected ',' or ']'"),
        ("a: b: c\n", 5, 5, "mapping values are not allowed"),
        ("a:\n\t- x\n", 6, 1, "found character that cannot start any token"),
        ("a: 'open\n", 5, 4, "the quoted value that starts here has no closing quote"),
        ('x: 1\na: "open\n', 6, 4, "found unexpected end of stream"),
        ('a: "open\nb: "shut"\n', 5, 4, "the quoted value that starts here has no closing quote"),
        ('a: "two\n  lines"\nb: c\n  d: e\n', 8, 4, "mapping values are not allowed"),
        ('a: "x\\q"\n', 5, 6, "found unknown escape character"),
    ],
)
def test_syntax_error_position(text: str, line: int, column: int, words: str) -> None:
    (problem,) = problems_of(text, line_offset=5)
    assert (problem.rule, problem.line, problem.column) == ("yaml-syntax", line, column)
    assert words in problem.message


def test_control_character_is_placed_by_characters_not_bytes() -> None:
    (problem,) = problems_of("a: 1\nb: é€ \x07\n", line_offset=2)
    assert (problem.rule, problem.line, problem.column) == ("yaml-syntax", 3, 7)
    assert "U+0007" in problem.message


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n"])
def test_empty_document(text: str) -> None:
    tree, problems = parse_yaml(text, "g.md", 2)
    assert tree is None
    assert [(p.rule, p.line, p.column) for p in problems] == [("front-matter-empty", 2, 1)]


def test_a_list_document_parses() -> None:
    # Whether a mapping was needed is the document's business, not the parser's.
    assert tree_of("- a\n- b\n").data == ["a", "b"]


TRICKY = "\n".join(
    f"k{n}: {v}"
    for n, v in enumerate(
        ["~", "null", "NULL", ".inf", "-.NaN", "0x1F", "0o17", "1_000", "+1", "1e3",
         "2024-01-01", "yes", "On", "=", "tRue", "1.10", "0123", "12:30:00", "Text", "no way"]
    )
)  # fmt: skip


def test_tags_resolve_as_the_safe_loader_resolves_them() -> None:
    tree, _ = parse_yaml(TRICKY, "g.md")
    assert tree is not None
    # Scalars YAML 1.1 would not read as text get that type, for the schema to refuse.
    assert tree.data["k0"] is None and tree.data["k11"] is True and tree.data["k5"] == 31
    assert tree.data["k18"] == "Text" and tree.data["k19"] == "no way"


def test_resolvers_registered_by_other_code_do_not_change_a_guideline() -> None:
    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    saved = {first: list(found) for first, found in resolvers.items()}
    try:
        bool_tag = "tag:yaml.org,2002:bool"
        yaml.resolver.Resolver.add_implicit_resolver(bool_tag, re.compile("^yabc$"), ["y"])
        tree, problems = parse_yaml("k: yabc\n", "g.md")
    finally:
        resolvers.clear()
        resolvers.update(saved)
    assert problems == [] and tree is not None
    assert tree.data == {"k": "yabc"}
