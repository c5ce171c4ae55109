"""A preview that keeps serving while the guidance has errors.

`mkdocs build` stops on the first error report, as a release must. A preview
(`mkdocs serve`) is where a contributor fixes those errors, so it goes on:
the site is made from the files that have no error, and every page shows
the problems at its top until they are fixed. Nothing here is published:
the hook takes this path only when MkDocs says it is serving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..check.corpus import Corpus, ValidationResult
from .markup import esc
from ..problems import Problem


def files_in_error(problems: Sequence[Problem]) -> set[str]:
    return {p.path for p in problems if p.severity == "error"}


def servable(result: ValidationResult) -> Corpus:
    """The corpus without the guidelines whose files have errors: what pages
    can be made from with confidence while those files are being fixed."""
    broken = files_in_error(result.problems)
    kept = tuple(g for g in result.corpus.guidelines if g.path not in broken)
    return replace(result.corpus, guidelines=kept)


# What a page with refused markup shows instead, in a preview.
WITHHELD = (
    "<p><strong>This page is withheld from the preview:</strong> its rendered content "
    "has markup that the site refuses (listed at the top of the page).</p>"
)


def problems_banner(problems: Sequence[Problem], unsafe: Sequence[str] = ()) -> str:
    """HTML for the top of every page: each problem as the validator words it,
    then the refused markup found on rendered pages (`PATH: MESSAGE [RULE]`).

    Every value is escaped: a message quotes what the contributor wrote,
    which may be the very markup that was refused.
    """
    errors = sum(1 for p in problems if p.severity == "error") + len(unsafe)
    items = "".join(
        f"<li><code>{esc(p.path)}:{p.line}:{p.column}</code> {esc(p.severity)}: "
        f"{esc(p.field or '-')}: {esc(p.message)} [{esc(p.rule)}]</li>"
        for p in problems
    ) + "".join(f"<li>{esc(line)}</li>" for line in unsafe)
    noun = "error" if errors == 1 else "errors"
    return (
        '<div class="ehealthsec-problems" role="alert">'
        f"<p><strong>The guidance has {errors} {noun}.</strong> "
        "Pages of the files with errors are left out of this preview until they are fixed; "
        "<code>mkdocs build</code> and <code>guidelines validate</code> refuse them.</p>"
        f"<ul>{items}</ul></div>"
    )
