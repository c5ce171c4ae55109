"""The whole corpus: find the files, load each one, run the corpus checks.

This is the one entry point that the command line, the MkDocs hook and the
release use, so all three report the same problems in the same words.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from .. import schemas
from ..model import Guideline, Vocabulary
from ..problems import Problem, error, promote_warnings, sort_problems
from ..read import fields
from ..read.document import LoadedDocument, load_document
from ..read.source import too_large
from ..read.vocabulary import load_vocabulary
from .corpus_rules import check_corpus
from .parallel import split_map

GUIDELINES_DIR = "guidelines"


@dataclass(frozen=True)
class Corpus:
    """Checked guidelines, ordered by id, and the vocabularies they use."""

    guidelines: tuple[Guideline, ...]
    vocabulary: Vocabulary


@dataclass(frozen=True)
class ValidationResult:
    corpus: Corpus
    problems: list[Problem]
    files_checked: int

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def find_guideline_files(root: Path) -> list[Path]:
    folder = root / GUIDELINES_DIR
    return sorted(
        p
        for p in folder.rglob("*.md")
        if p.is_file() and p.name.lower() != "readme.md" and not p.name.startswith(("_", "."))
    )


def relative_name(root: Path, path: Path) -> str:
    """`path` relative to the repository root, with forward slashes."""
    try:  # files found under the root need no file-system calls
        return path.relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _read(name: str, path: Path) -> LoadedDocument | bytes:
    try:
        size_problem = too_large(name, path.stat().st_size)  # before reading a byte of it
        if size_problem:
            return LoadedDocument.failed(name, size_problem)
        return path.read_bytes()
    except OSError as exc:
        problem = error(name, 1, 1, "", f"cannot read the file: {exc.strerror}", "unreadable")
        return LoadedDocument.failed(name, problem)


def load_documents(
    root: Path, files: Iterable[Path], today: date, *, render: Container[str] | bool = True
) -> list[LoadedDocument]:
    """Each file read and checked on its own. `render` says whose bodies are
    rendered for the safety gate: all, none, or those named. Rendering all of
    a large corpus is shared by several processes (see `parallel`); the rest
    is too quick for a pool to pay."""
    named = [(relative_name(root, path), path) for path in files]
    fields.prepare(schemas.GUIDELINE_SCHEMA)
    load = partial(_load_file, root=root, today=today, render=render)
    if render is True:
        return split_map(load, named)
    return [load(item) for item in named]


def _load_file(
    named: tuple[str, Path], root: Path, today: date, render: Container[str] | bool
) -> LoadedDocument:
    name, path = named
    render = render if isinstance(render, bool) else name in render
    problem = file_name_problem(root, name, path)
    if problem is not None:
        return LoadedDocument.failed(name, problem)
    outcome = _read(name, path)
    if isinstance(outcome, LoadedDocument):
        return outcome
    return load_document(name, outcome, today, render=render)


# guidelines/<area>/<id in lower case>-<slug>.md: the name reaches URLs and edit
# links, so only lower-case letters, digits and hyphens. That it starts with the
# file's id is checked with the other rules across fields (`checks.check_file_name`).
_FILE_NAME = re.compile(r"guidelines/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*\.md")


def file_name_problem(root: Path, name: str, path: Path) -> Problem | None:
    """A name that could break out of a URL or attribute, or a link that leads
    out of the repository (its text would be published)."""
    if not name.startswith(f"{GUIDELINES_DIR}/"):
        return None  # named on the command line from elsewhere: not published from there
    if not _FILE_NAME.fullmatch(name):
        shown = name.encode("unicode_escape").decode("ascii")
        return error(
            shown,
            1,
            1,
            "",
            "a guideline file is named guidelines/<area>/<id in lower case>-<slug>.md, "
            "with lower-case letters, digits and hyphens only",
            "file-name",
        )
    try:
        inside = path.resolve().is_relative_to(root.resolve())
    except OSError:
        inside = False
    if not inside:
        return error(
            name,
            1,
            1,
            "",
            "this file is a link to a file outside the repository: guidance must be a "
            "real file in guidelines/",
            "symlink-outside",
        )
    return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Validation allocates many small objects and frees them in bulk, without
    reference cycles; the cyclic collector would only rescan them, so it rests.

    The pool's children inherit the pause, and rendering there no longer walks
    (and copies) the heap they share with this process: at 2,000 guidelines,
    validate_corpus takes 23.4 s instead of 37.7 s (medians of 3, 2 cores)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_corpus(
    root: Path,
    only: Sequence[Path] | None = None,
    *,
    today: date | None = None,
    strict: bool = False,
    release: bool = False,
    render: bool = True,
) -> ValidationResult:
    """Check every guideline under `root/guidelines`.

    `only` limits the *report* to those files; cross references still
    resolve against the whole corpus. `release` leaves drafts out entirely
    and, like `strict`, turns warnings into errors. `render=False` skips
    rendering bodies for the safety gate: a site build gates its pages itself.
    """
    root = root.resolve()
    with _collector_paused():
        return _validate(
            root, only, today or date.today(), strict=strict, release=release, render=render
        )


def _validate(
    root: Path,
    only: Sequence[Path] | None,
    today: date,
    *,
    strict: bool,
    release: bool,
    render: bool,
) -> ValidationResult:
    vocabulary, data_problems = load_vocabulary(root, GUIDELINES_DIR)
    problems: list[Problem] = []
    reported = None if only is None else {relative_name(root, p) for p in only}
    # Files that are not reported on are read for their ids and links only.
    to_render: Container[str] | bool = reported if render and reported is not None else render
    documents = load_documents(root, find_guideline_files(root), today, render=to_render)
    in_corpus = {d.path for d in documents}
    if release:
        documents = [d for d in documents if d.status != "draft"]
    for doc in documents:
        problems.extend(doc.problems)
    problems.extend(check_corpus(documents, vocabulary))
    files = len(documents)
    if only is not None:  # report on the named files only, still checked against all
        assert reported is not None
        problems = [p for p in problems if p.path in reported]
        outside = [p for p in only if relative_name(root, p) not in in_corpus]
        problems.extend(_check_outside(root, outside, documents, vocabulary, today))
        files = len(reported)
    problems.extend(data_problems)  # always shown: every file depends on them
    if strict or release:
        problems = promote_warnings(problems)
    guidelines = tuple(
        sorted((d.guideline for d in documents if d.guideline is not None), key=lambda g: g.id)
    )
    return ValidationResult(Corpus(guidelines, vocabulary), sort_problems(problems), files)


def _check_outside(
    root: Path,
    only: Iterable[Path],
    documents: Sequence[LoadedDocument],
    vocabulary: Vocabulary,
    today: date,
) -> list[Problem]:
    """Named files outside the corpus folder get every check, with their
    vocabulary keys and cross references resolved against the corpus."""
    extra = load_documents(root, only, today)
    names = {d.path for d in extra}
    problems = [p for d in extra for p in d.problems]
    problems.extend(p for p in check_corpus([*documents, *extra], vocabulary) if p.path in names)
    return problems
