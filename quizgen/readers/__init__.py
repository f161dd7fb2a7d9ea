"""Readers: every way an article arrives, to one Article with its source.

`read(source)` picks the reader from the file's suffix, `-` (standard input) or an http(s)
address; quizgen.articles.read_article is the public entry point and calls it. Everything
about reading lives in this package: decoding.py (bytes to clean text), titles.py (titles
and slugs) and one module per kind of input.

    .txt                 text.py      plain text, optional front matter (frontmatter.py)
    .md .markdown        markdown.py  CommonMark; first heading is the title
    .html .htm           html.py      a saved page: main text and metadata by trafilatura
    -                    (sniffed)    a page, Markdown or plain text, read from standard input
    http:// https://     url.py       fetched, then read as the server's content type says
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..errors import ArticleError
from ..models import Article
from .decoding import MAX_BYTES, MAX_HTML_BYTES, decode

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
# The files `read` (and `quizgen build`) read; any other suffix is read as plain text.
SUPPORTED_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
MARKDOWN_START = re.compile(r"^\s*(?:-{3,}\n.*?\n-{3,}\s*\n)?\s*#{1,6}[^\S\n]+\S", re.S)


def read(source: str | Path, *, title: str | None = None) -> Article:
    """The Article in a file, on standard input (`-`) or at a web address."""
    if isinstance(source, str) and source == "-":
        return read_stdin(title=title)
    if isinstance(source, str) and "://" in source[:8]:  # urllib is imported only for an address
        from .url import is_url

        if is_url(source):
            return read_url(source, title=title)
    return read_file(Path(source), title=title)


def read_file(path: Path, *, title: str | None = None) -> Article:
    suffix = path.suffix.lower()
    kind = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    data = _load(path, MAX_HTML_BYTES if kind == "html" else MAX_BYTES)
    return parse(data, kind=kind, name=path.stem, shown=str(path), title=title)


def read_stdin(*, title: str | None = None) -> Article:
    """Standard input: an HTML page, Markdown (a `#` heading first) or plain text."""
    data = sys.stdin.buffer.read(MAX_HTML_BYTES + 1)
    if len(data) > MAX_HTML_BYTES:
        raise ArticleError(
            f"standard input is over {MAX_HTML_BYTES // 1_000_000} MB; give quizgen one article at a time."
        )
    return parse(data, kind=None, name="-", shown="standard input", title=title)


def read_url(url: str, *, title: str | None = None, public_only: bool = False) -> Article:
    """The article at a web address: a page (HTML), Markdown or plain text, as the server says.

    `public_only` refuses addresses on this machine or the local network (see url.fetch)."""
    from .url import fetch

    page = fetch(url, public_only=public_only)
    kinds = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown", "text/plain": "text"}
    kind = kinds.get(page.content_type)
    if kind is None and page.content_type and not page.content_type.startswith("text/"):
        raise ArticleError(
            f"{url} is {page.content_type}, not a web page or text. Give the address of the article's page."
        )
    return parse(page.data, kind=kind, name="-", shown=url, title=title, url=page.url, charset=page.charset)


def parse(
    data: bytes,
    *,
    kind: str | None,
    name: str,
    shown: str,
    title: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Article:
    """Bytes of one article in `kind` ("html", "markdown", "text"; None: sniffed) to an Article."""
    if kind == "html" or (kind is None and HTML_START.match(data[:4096].decode("utf-8", "replace"))):
        from .html import parse_html

        _refuse_binary(data, shown)
        return parse_html(data, name=name, shown=shown, url=url, title=title)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{shown} is over {MAX_BYTES // 1_000_000} MB of text; give quizgen one article at a time.")
    text = _decode(data, shown, charset) if charset else decode(data, shown)
    from ..models import Source

    source = Source(url=url) if url else Source()
    if kind == "markdown" or (kind is None and MARKDOWN_START.match(text)):
        from .markdown import parse_markdown

        return parse_markdown(text, name=name, shown=shown, title=title, source=source)
    from .text import parse_text

    return parse_text(text, name=name, shown=shown, title=title, source=source)


def _load(path: Path, limit: int) -> bytes:
    if not path.exists():
        raise ArticleError(f"{path} does not exist. Check the path and try again.")
    if path.is_dir():
        raise ArticleError(
            f"{path} is a folder, not an article. Pass a .txt, .md or .html file, or use `quizgen build {path}`."
        )
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(
                f"{path} is {size // 1_000_000} MB; articles over {limit // 1_000_000} MB are refused. "
                "Split it into single articles."
            )
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read {path}: {exc.strerror or exc}.") from exc


def _refuse_binary(data: bytes, shown: str) -> None:
    if data.startswith((b"%PDF", b"PK\x03\x04")):
        decode(data[:16], shown)  # raises the PDF / Word message


def _decode(data: bytes, shown: str, charset: str) -> str:
    """Text a server labelled with its charset (anything else goes through decoding.decode)."""
    if charset.lower().replace("_", "-") in ("utf-8", "utf8", "us-ascii", "ascii"):
        return decode(data, shown)
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return decode(data, shown)
