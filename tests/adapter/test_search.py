"""Search entries made from a page's HTML, in the shape Material's index uses."""

from __future__ import annotations

from ehealthsec_mkdocs.search import plain_text, search_entries


def test_inline_tags_leave_no_space_and_block_tags_keep_words_apart() -> None:
    html = '<p>See <a href="x">NIS2</a>: <code>Art. 21</code>.</p><ul><li>one</li><li>two</li></ul>'
    assert plain_text(html) == "See NIS2: Art. 21. one two"


def test_text_is_escaped_as_material_stores_it() -> None:
    assert plain_text("<p>R&amp;D &lt;b&gt; &quot;q&quot;</p>") == 'R&amp;D &lt;b&gt; "q"'


def test_the_h1_is_the_title_and_each_linked_heading_a_section() -> None:
    html = (
        '<h1 id="nurses">Nurses</h1><p>Who they are.</p>'
        '<h2 id="scope">Scope<a class="headerlink" href="#scope">&para;</a></h2><p>What.</p>'
        "<h2>No anchor</h2><p>Stays in scope.</p>"
    )
    entries = search_entries("audiences/nurses/", "Nurses", html, ("tag",), 2.0)
    assert entries == [
        {
            "location": "audiences/nurses/",
            "title": "Nurses",
            "text": "Who they are.",
            "tags": ["tag"],
            "boost": 2.0,
        },
        {
            "location": "audiences/nurses/#scope",
            "title": "Scope",
            "text": "What. No anchor Stays in scope.",
            "tags": ["tag"],
            "boost": 2.0,
        },
    ]
