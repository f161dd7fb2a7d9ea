"""Markdown articles (.md, .markdown): headings and paragraphs, formatting removed.

markdown-it-py parses the file as CommonMark does (the rules GitHub and most editors follow),
so nested emphasis, links with brackets in them, reference links, setext headings, escapes
and entities all come out as the words a reader sees. Links keep their text, emphasis and
inline code their words, list items and block quotes become paragraphs. Images (their alt
text is a caption), code blocks, tables and raw HTML blocks are not running text and are
left out. The first heading is the title, unless the front matter gives one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Article, Source
from .document import Block, assemble
from .frontmatter import split_front_matter

if TYPE_CHECKING:
    from markdown_it.token import Token

BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def parse_markdown(text: str, *, name: str, shown: str, title: str | None = None, source: Source = Source()) -> Article:
    """The Article in Markdown `text` (front matter allowed at the top)."""
    fields, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), shown)
    known = {k: v for k, v in source.model_dump().items() if v} | fields
    if title:
        known["title"] = title
    return assemble(blocks(body), source=Source(**known), name=name, shown=shown)


def blocks(text: str) -> list[Block]:
    """Headings and paragraphs in reading order, as plain text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    out: list[Block] = []
    heading = in_table = False
    for token in tokens:
        if token.type == "table_open":
            in_table = True
        elif token.type == "table_close":
            in_table = False
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline" and not in_table:
            words = plain(token.children or [])
            if words:
                out.append(Block(words, heading=heading))
    return out


def plain(children: list[Token]) -> str:
    """The words of an inline token: text and code kept, markup and images dropped."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak", "image") or (
            child.type == "html_inline" and BREAK_TAG.match(child.content)
        ):
            parts.append(" ")  # an inline HTML tag other than <br> is dropped without a trace
    return " ".join("".join(parts).split())
