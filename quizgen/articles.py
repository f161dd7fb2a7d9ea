"""The public way in to reading an article; the reading itself is in quizgen/readers/.

`read_article` takes a file, `-` or a web address; `parse_article` takes text already in
hand. The other names are re-exported for callers that name a limit or make a slug.
"""

from __future__ import annotations

from pathlib import Path

from .models import Article
from .readers import SUPPORTED_SUFFIXES, read
from .readers.decoding import MAX_BYTES, decode
from .readers.text import parse_text
from .readers.titles import slugify

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "decode", "parse_article", "read_article", "slugify"]


def read_article(source: str | Path, *, title: str | None = None) -> Article:
    """Read one article: a .txt, .md/.markdown or .html/.htm file, `-` for standard input, or
    an http(s):// address. The reader is picked by suffix (quizgen/readers/); a file with
    another suffix is read as plain text."""
    return read(source, title=title)


def parse_article(text: str, *, name: str = "article", title: str | None = None) -> Article:
    """Split raw article text into title, headings and body paragraphs.

    The text may start with a front-matter block (title, source, author, date, url; see
    quizgen/readers/frontmatter.py). `name` gives the slug (unless it is `-` or `article`:
    then the title does) and names the text in error messages.
    """
    return parse_text(text, name=name, shown="standard input" if name in ("-", "<stdin>") else name, title=title)
