"""The preview of guidance with errors: what is served, and the escaped list of problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ehealthsec.check.corpus import validate_corpus
from ehealthsec.problems import error, warning
from ehealthsec.site.preview import problems_banner, servable

MakeRoot = Callable[[dict[str, str | bytes]], Path]
Guideline = Callable[..., str]


def test_files_with_errors_are_left_out(make_root: MakeRoot, guideline: Guideline) -> None:
    root = make_root(
        {
            "hsg-good-001-good.md": guideline(id="HSG-GOOD-001", related="[HSG-BAD-001]"),
            "hsg-bad-001-bad.md": guideline(
                id="HSG-BAD-001", audience="[nobody]"
            ),  # schema-valid, unknown
            "hsg-worse-001-worse.md": guideline(
                id="HSG-WORSE-001", type="guidline"
            ),  # not even a model
        }
    )
    result = validate_corpus(root)
    assert {g.id for g in result.corpus.guidelines} == {"HSG-GOOD-001", "HSG-BAD-001"}
    assert [g.id for g in servable(result).guidelines] == ["HSG-GOOD-001"]
    assert servable(result).vocabulary is result.corpus.vocabulary


def test_banner_lists_every_problem_escaped() -> None:
    problems = [
        error("guidelines/a.md", 3, 8, "title", "'<script>x</script>' is not allowed", "enum"),
        warning("guidelines/b&c.md", 9, 1, "", "review soon", "review-overdue"),
    ]
    banner = problems_banner(problems)
    assert banner.startswith('<div class="ehealthsec-problems" role="alert">')
    assert "The guidance has 1 error." in banner
    assert (
        "<li><code>guidelines/a.md:3:8</code> error: title: "
        "&#x27;&lt;script&gt;x&lt;/script&gt;&#x27; is not allowed [enum]</li>"
    ) in banner
    assert "<li><code>guidelines/b&amp;c.md:9:1</code> warning: -: review soon" in banner
    assert "<script>" not in banner
