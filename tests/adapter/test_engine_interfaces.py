"""The adapter uses only public, current interfaces of MkDocs and Material."""

from __future__ import annotations

import ast
import importlib.util
import inspect
from pathlib import Path

import mkdocs.plugins

REPO = Path(__file__).resolve().parents[2]
ENGINE_CODE = [
    REPO / "hooks" / "ehealthsec_hook.py",
    *(REPO / "hooks" / "ehealthsec_mkdocs").glob("*.py"),
]


def _deprecated_events() -> set[str]:
    """The events MkDocs' own documentation marks DEPRECATED (on_page_read_source in 1.6).

    MkDocs deletes the documented methods at import, so their source is read."""
    tree = ast.parse(inspect.getsource(mkdocs.plugins))
    base = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "BasePlugin")
    return {
        node.name
        for node in base.body
        if isinstance(node, ast.FunctionDef)
        and node.name.startswith("on_")
        and "DEPRECATED" in (ast.get_docstring(node) or "")
    }


def test_the_hook_defines_only_current_mkdocs_events() -> None:
    spec = importlib.util.spec_from_file_location("hook_under_test", ENGINE_CODE[0])
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    defined = {name for name in vars(hook) if name.startswith("on_")}
    assert "on_page_read_source" in _deprecated_events()  # the check itself works
    assert defined <= {f"on_{name}" for name in mkdocs.plugins.EVENTS}
    assert defined.isdisjoint(_deprecated_events())


def test_no_private_attribute_of_another_object_is_read_or_written() -> None:
    """`thing._name` is private to `thing`'s class: the adapter never reaches into
    MkDocs or Material objects that way (its own names may start with `_`)."""
    found = []
    for path in ENGINE_CODE:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            private = isinstance(node, ast.Attribute) and node.attr.startswith("_")
            if private and not node.attr.startswith("__"):
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert found == []
