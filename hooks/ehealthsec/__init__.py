"""Health-sector cybersecurity guidelines: content model, validation, pages and exports.

The package never imports MkDocs: the site engine is reached through an
adapter beside it (`ehealthsec_mkdocs` and `hooks/ehealthsec_hook.py`),
so the core outlives the engine. Its folders follow the data:

- `read`: a file to a model (source text, YAML with positions, front
  matter against the schema, documents, vocabularies, the safety gate);
- `check`: the corpus as a whole (`validate_corpus`);
- `site`: pages as plain data, exports, and the plan of one build;
- `release`: release records, what changed, mike and the deploy branch.

What other code may rely on is named below. The names are loaded on first
use (PEP 562): importing one module of the package, as every command and
the build do, then costs only what that module needs, not the whole core.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .check.corpus import Corpus, ValidationResult, validate_corpus
    from .model import Guideline, Practice, Reference, Vocabulary, guideline_url
    from .problems import Problem
    from .site.pages import GeneratedPage
    from .site.plan import SiteContents

_MODULE_OF = {
    "Corpus": ".check.corpus",
    "ValidationResult": ".check.corpus",
    "validate_corpus": ".check.corpus",
    "Guideline": ".model",
    "Practice": ".model",
    "Reference": ".model",
    "Vocabulary": ".model",
    "guideline_url": ".model",
    "Problem": ".problems",
    "GeneratedPage": ".site.pages",
    "SiteContents": ".site.plan",
}

__all__ = [
    "Corpus",
    "GeneratedPage",
    "Guideline",
    "Practice",
    "Problem",
    "Reference",
    "SiteContents",
    "ValidationResult",
    "Vocabulary",
    "__version__",
    "guideline_url",
    "validate_corpus",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULE_OF[name], __name__), name)
    globals()[name] = value  # found directly next time
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])
