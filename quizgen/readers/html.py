"""Saved web pages (.html, .htm) and fetched pages: the article's text and who published it.

trafilatura finds the main text of a page and leaves out what surrounds it: menus, cookie
notices, advertisements, "Most read" lists, share buttons, captions and footers. It also
reads the headline, author, publication date and site name from the page's metadata
(Open Graph, JSON-LD, meta tags, <time>). It is imported only here, when a page is read, and
works offline on the bytes it is given. The date comes only from the page's markup, never
guessed from its text, because relative dates ("yesterday") are resolved against it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import ArticleError
from ..models import Article, Source
from .bylines import clean_author
from .document import Block, assemble
from .titles import clean_title

if TYPE_CHECKING:
    from trafilatura.settings import Document

# trafilatura's element names (its XML format) for running text; "head" marks a heading.
TEXT_ELEMENTS = frozenset({"p", "quote", "item", "cell"})
CONTAINERS = frozenset({"list", "table", "row", "div"})


def parse_html(
    data: bytes | str, *, name: str, shown: str, url: str | None = None, title: str | None = None
) -> Article:
    """The Article in a web page (bytes are decoded as the page declares)."""
    document = extract(data, url)
    found = list(blocks(document.body)) if document is not None and document.body is not None else []
    if document is None or not any(block.text for block in found):
        raise ArticleError(
            f"{shown}: no article text found in the page. If it is an article, copy its text into a "
            ".txt file; if it is a front page or a list of links, save the article's own page."
        )
    url = url or _web_address(document.url)
    site = document.sitename or (urlsplit(url).hostname if url else None)
    source = Source(
        title=title or clean_title(document.title, site),
        site=site or None,
        author=clean_author(document.author, site),
        date=document.date or None,
        url=url,
    )
    return assemble(found, source=source, name=name, shown=shown)


def extract(data: bytes | str, url: str | None) -> Document | None:
    """trafilatura's Document for the page: text as XML elements, plus metadata."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are for crawlers
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError, LookupError) as exc:  # a page lxml cannot make sense of
        raise ArticleError(f"could not read the page: {exc}. Save it again from the browser as HTML.") from None
    assert not isinstance(document, dict)  # a dict only when asked for one (as_dict=True)
    return document


def blocks(element: Any) -> Iterator[Block]:  # an lxml element: lxml ships no type hints
    """Headings and paragraphs of trafilatura's body element, in reading order."""
    for child in element:
        if child.tag == "head":
            yield Block(_text(child), heading=True)
        elif child.tag in TEXT_ELEMENTS:
            yield Block(_text(child))
        elif child.tag in CONTAINERS:
            yield from blocks(child)


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _web_address(url: str | None) -> str | None:
    """The page's own address from its metadata (canonical link, og:url), if it is a web address."""
    return url if url and url.startswith(("http://", "https://")) else None
