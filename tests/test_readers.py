"""Articles as people have them: saved pages, Markdown, front matter, standard input, URLs.

The pages in tests/data/articles/ are written for these tests as real sites lay them out:
a cookie banner, a menu, advertisements, a byline, a photo with its caption, "Read more"
links, a "Most read" list, a newsletter box and a footer around the article's own text.
None of that may reach the article's paragraphs, let alone a question.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pages import DATA, FURNITURE, PAGES

from quizgen.articles import SUPPORTED_SUFFIXES, parse_article, read_article
from quizgen.errors import ArticleError
from quizgen.readers import HTML_SUFFIXES, MARKDOWN_SUFFIXES, parse
from quizgen.readers.frontmatter import split_front_matter
from quizgen.readers.markdown import blocks as markdown_blocks

BODY = "Leeds City Council approved a flood plan on Monday. It will cost £40 million, said Helen Marsh."


def test_supported_suffixes_are_the_readers():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm")
    assert set(SUPPORTED_SUFFIXES) == {".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES}


@pytest.mark.parametrize("page", PAGES, ids=[p.file for p in PAGES])
def test_saved_page_text_and_source(page):
    article = read_article(DATA / page.file)
    assert article.title == page.title
    assert article.source.model_dump() == {"title": page.title, **page.source}
    assert article.paragraphs[0].startswith(page.first)
    assert article.paragraphs[-1].endswith(page.last)
    text = "\n".join((article.title, *article.headings, *article.paragraphs))
    for furniture in FURNITURE[page.file]:
        assert furniture.lower() not in text.lower(), furniture


def test_saved_page_headings_are_not_paragraphs():
    article = read_article(DATA / "flood-plan.html")
    assert article.headings == ("Work to start next spring",)
    assert len(article.paragraphs) == 9  # "Read more: ..." caught by the furniture rules, a second net


def test_a_page_without_an_article(tmp_path):
    page = tmp_path / "front.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer>© 2025 Example Ltd</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ArticleError, match=r"front\.html: no article text found in the page"):
        read_article(page)


def test_a_pdf_saved_as_html(tmp_path):
    page = tmp_path / "story.html"
    page.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(ArticleError, match="is a PDF"):
        read_article(page)


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_file_title_source_and_plain_text():
    article = read_article(DATA / "school-meals.md")
    assert article.title == "Free school meals to be offered to every primary pupil in Calderdale"
    assert article.slug == "school-meals"
    assert article.source.site == "Valley Gazette" and article.source.date == "2025-03-12"
    assert article.headings == ("How the plan will be paid for",)
    text = "\n".join(article.paragraphs)
    assert "Every primary school pupil in Calderdale will be offered" in text  # link text kept
    assert "from September 2025, the council" in text  # emphasis removed
    assert "grant from the Northern Futures Fund, a charity" in text  # inline code kept as words
    assert "Ryburn Valley Primary School will need a new kitchen" in article.paragraphs[-2]  # list item
    for markup in (
        "*",
        "_",
        "`",
        "[",
        "](",
        "#",
        "|",
        "<!--",
        "http",
        "Photo",
        "By Priya",
        "Read more",
        "Pupils at lunch",
    ):
        assert markup not in text, markup


@pytest.mark.parametrize(
    "markdown, expected",
    [
        pytest.param("# A *b* **c** ~~d~~", [("A b c d", True)], id="heading-emphasis"),
        pytest.param("Title\n=====\n\nText.", [("Title", True), ("Text.", False)], id="setext-heading"),
        pytest.param(
            "See [the report][1].\n\n[1]: https://x.example", [("See the report.", False)], id="reference-link"
        ),
        pytest.param("Go to <https://x.example> now.", [("Go to https://x.example now.", False)], id="autolink"),
        pytest.param(
            "A [link with [brackets]](https://x.example/a_(b)) ends.",
            [("A link with [brackets] ends.", False)],
            id="nested-brackets",
        ),
        pytest.param(r"Not \*emphasis\* and 2 \* 3.", [("Not *emphasis* and 2 * 3.", False)], id="escapes"),
        pytest.param("Use `a*b*c` here.", [("Use a*b*c here.", False)], id="code-span-keeps-stars"),
        pytest.param("AT&amp;T and &eacute;t&eacute;.", [("AT&T and été.", False)], id="entities"),
        pytest.param("Line one\nline two.", [("Line one line two.", False)], id="soft-break"),
        pytest.param("A ![photo](x.jpg) B.", [("A B.", False)], id="image-dropped"),
        pytest.param("- one\n- two\n\n1. three", [("one", False), ("two", False), ("three", False)], id="lists"),
        pytest.param("> Quoted text.", [("Quoted text.", False)], id="block-quote"),
        pytest.param("```\ncode\n```\n\n    indented code\n\n<div>raw</div>", [], id="code-and-html-blocks-dropped"),
        pytest.param("| a | b |\n|---|---|\n| 1 | 2 |", [], id="table-dropped"),
        pytest.param("Text <b>bold</b>.", [("Text bold.", False)], id="inline-html-tags-dropped"),
    ],
)
def test_markdown_blocks(markdown, expected):
    assert [(b.text, b.heading) for b in markdown_blocks(markdown)] == expected


def test_markdown_without_a_heading_is_titled_from_its_text(tmp_path):
    path = tmp_path / "notes.markdown"
    path.write_text(BODY, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Leeds City Council approved a flood plan on Monday"
    assert article.slug == "notes"


# --- front matter -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, expected",
    [
        pytest.param(
            "title: T\nsource: BBC News\nauthor: Jane Smith\ndate: 2025-05-02\nurl: https://bbc.example/a",
            {
                "title": "T",
                "site": "BBC News",
                "author": "Jane Smith",
                "date": "2025-05-02",
                "url": "https://bbc.example/a",
            },
            id="every-key",
        ),
        pytest.param(
            "Title: \"Quoted: with a colon\"\n\nsite: 'The Times'",
            {"title": "Quoted: with a colon", "site": "The Times"},
            id="quotes-case-blank-line-site",
        ),
        pytest.param("date: 2 May 2025", {"date": "2025-05-02"}, id="day-month-year"),
        pytest.param("date: Sept. 3rd, 2024", {"date": "2024-09-03"}, id="month-day-year"),
        pytest.param("author:", {}, id="empty-value-ignored"),
    ],
)
def test_front_matter(head, expected):
    fields, rest = split_front_matter(f"---\n{head}\n---\n{BODY}", "x.txt")
    assert fields == expected
    assert rest == BODY


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param("---\ntitel: T\n---\n", "x.txt, line 2: unknown front matter key 'titel'", id="unknown-key"),
        pytest.param("---\ntitle: T\ntitle: U\n---\n", "x.txt, line 3: `title` is given twice", id="repeated-key"),
        pytest.param(
            "---\ntitle: T\njust text\n---\n", "x.txt, line 3: front matter lines read `key: value`", id="not-key-value"
        ),
        pytest.param(
            "---\ndate: 02/05/2025\n---\n", "x.txt, line 2: cannot read the date '02/05/2025'", id="ambiguous-date"
        ),
        pytest.param("---\ndate: 30 February 2025\n---\n", "cannot read the date", id="impossible-date"),
        pytest.param("---\nurl: www.bbc.co.uk\n---\n", "x.txt, line 2: url must be a web address", id="bad-url"),
        pytest.param("---\ntitle: T\n" + "Text.\n" * 30, "has no closing `---`", id="never-closed"),
    ],
)
def test_front_matter_errors(text, message):
    with pytest.raises(ArticleError, match=re.escape(message)):
        split_front_matter(text, "x.txt")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"---\n{BODY}", id="rule-then-text"),
        pytest.param(f"Headline\n\n---\ntitle: not front matter\n---\n{BODY}", id="not-at-the-top"),
    ],
)
def test_no_front_matter(text):
    assert split_front_matter(text, "x.txt") == ({}, text)


def test_front_matter_in_a_text_article():
    article = parse_article(
        f"---\ntitle: Flood plan approved\nsource: Valley Gazette\ndate: 2 May 2025\n---\n\n"
        f"Flood defences for Leeds\n\n{BODY}",
        name="flood",
    )
    assert article.title == "Flood plan approved"
    assert article.paragraphs == (BODY,)  # the text's own headline is not a paragraph either
    assert article.source.site == "Valley Gazette" and article.source.date == "2025-05-02"
    assert article.source.credit() == "Valley Gazette, 2 May 2025"


# --- any input: an Article or a clean error ---------------------------------------------------

PIECES = [
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<html>",
    "<body>",
    "<nav>",
    "<!doctype html>",
    "<figcaption>",
    "&amp;",
    "# ",
    "## ",
    "* ",
    "- ",
    "[a](b)",
    "![i](x.png)",
    "`",
    "```",
    "> ",
    "---",
    "title: T",
    "date: 2 May 2025",
    "\n",
    "\n\n",
    " ",
    ".",
    "Read more: ",
    "Helen Marsh said the plan was approved in Leeds on Monday",
    "The council spent £40 million",
    "“",
    "”",
    "\x00",
    "\ufeff",
    "é",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.sampled_from(["html", "markdown", "text", None]))
def test_any_input_gives_an_article_or_a_clean_error(text, kind):
    try:
        article = parse(text.encode("utf-8"), kind=kind, name="any", shown="any")
    except ArticleError:
        return
    assert article.title.strip() and all(p.strip() for p in article.paragraphs)


def test_reading_a_saved_page_never_uses_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("reading a saved page opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for page in PAGES:
        assert read_article(DATA / page.file).title == page.title
