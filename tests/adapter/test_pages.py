"""The MkDocs adapter's side of generated pages: Material's metadata, HTML blocks
put in place of their tokens, and the words of blocks in the search text."""

from __future__ import annotations

from ehealthsec.model import Reference
from ehealthsec.site.pages import SiteContext, guideline_page
from ehealthsec_mkdocs.pages import fill_blocks, page_meta
from ehealthsec_mkdocs.search import block_words, plain_text

from tests.unit.test_readers import _guideline as reader_guideline
from tests.unit.test_readers import _vocabulary as reader_vocabulary
from tests.unit.test_site_rendering import _guideline, _vocabulary


def test_metadata_escapes_title_and_description() -> None:
    g = _guideline()
    meta = page_meta(guideline_page(g, SiteContext((g,), _vocabulary(), "https://site.example/")))
    assert "<script>" not in meta["title"] and "<script>" not in meta["description"]
    assert meta["description"].startswith("Summary &quot;&lt;script&gt;")


def test_blocks_replace_their_token_paragraphs() -> None:
    g = _guideline()
    page = guideline_page(g, SiteContext((g,), _vocabulary()))
    token = list(page.blocks)[1]
    assert f"\n\n{token}\n\n" in page.markdown  # a paragraph of its own
    other = token.replace("B1X", "B99X")  # same shape, not a block of this page
    filled = fill_blocks(page, f"<p>{token}</p><p>{other}</p><p>HSGBLOCK1X</p>")
    assert filled == page.blocks[token] + f"<p>{other}</p><p>HSGBLOCK1X</p>"


def test_search_words_of_a_block_take_its_place_escaped() -> None:
    g = _guideline()
    page = guideline_page(g, SiteContext((g,), _vocabulary()))
    words = block_words(page)(" ".join(page.blocks))
    assert "<dl" not in words and "HSG-EVIL-001" in words
    assert "<script>" not in words  # the words stay escaped


def test_guideline_page_search_text_is_guidance_not_metadata() -> None:
    g = reader_guideline("HSG-A-001", references=(Reference("nis2", "Art. 2"),))
    page = guideline_page(g, SiteContext((g,), reader_vocabulary()))
    head = next(iter(page.blocks.values()))
    assert plain_text(head) == "A summary."
    assert 'aria-current="page">HSG-A-001</li>' in head
    assert "NIS2" in page.search_tags and "Governance" in page.search_tags
