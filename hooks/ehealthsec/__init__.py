"""Health-sector cybersecurity guidelines: content model, validation, pages and exports.

The package never imports MkDocs: the site engine is reached through an
adapter beside it (`ehealthsec_mkdocs` and `hooks/ehealthsec_hook.py`),
so the core outlives the engine. Its folders follow the data:

- `read`: a file to a model (source text, YAML with positions, front
  matter against the schema, documents, vocabularies, the safety gate);
- `check`: the corpus as a whole (`validate_corpus`);
- `site`: pages as plain data, exports, and the plan of one build;
- `release`: release records, what changed, mike and the deploy branch.

What other code may rely on is named below.
"""

from .check.corpus import Corpus, ValidationResult, validate_corpus
from .model import Guideline, Practice, Reference, Vocabulary, guideline_url
from .problems import Problem
from .site.pages import GeneratedPage
from .site.plan import SiteContents

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
