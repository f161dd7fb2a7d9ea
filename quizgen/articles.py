"""Reading an article: plain text in either of the two layouts real articles come in.

Layout 1 (blank-line paragraphs): headline, blank line, paragraphs separated by blank lines.
Layout 2 (line paragraphs): one paragraph per line, with short unpunctuated heading lines;
the first line may be a standfirst sentence printed above the headline.
Page furniture (captions, "Read more", bylines, credits) and headings are kept out of the
paragraphs, so no question can ever be made from them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from .errors import ArticleError
from .models import Article, Source
from .rules.furniture import is_furniture

MAX_BYTES = 5_000_000  # about a thousand long articles; anything bigger is not one article
TERMINAL = re.compile(r"""[.!?…:;]["'”’)\]]*\s*$""")
HEADING_MAX_WORDS = 14


def read_article(path: str | Path, *, title: str | None = None) -> Article:
    """Read one article file; `-` is not handled here (see `parse_article`)."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path} does not exist. Check the path and try again.")
    if path.is_dir():
        raise ArticleError(f"{path} is a folder, not an article. Pass a .txt file, or use `quizgen build {path}`.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{path} is {size // 1_000_000} MB; articles over {MAX_BYTES // 1_000_000} MB are refused. "
                "Split it into single articles."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read {path}: {exc.strerror or exc}.") from exc
    return parse_article(decode(data, str(path)), name=path.stem, title=title)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or a clear error for binary and legacy-encoded files."""
    if data.startswith(b"%PDF"):
        raise ArticleError(f"{name} is a PDF; copy its text into a .txt file first.")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name} is a binary file, not text. quizgen reads UTF-8 .txt articles.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name} is not UTF-8 text (bad byte at position {exc.start}). "
            "Save it as UTF-8 (in most editors: Save As > Encoding > UTF-8) and try again."
        ) from None


def parse_article(text: str, *, name: str = "article", title: str | None = None) -> Article:
    """Split raw article text into title, headings and body paragraphs."""
    # Text copied from web pages keeps entities such as "&#233;"; show the characters instead.
    text = html.unescape(unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n")
    blocks = _blocks(text)
    if not blocks:
        raise ArticleError(f"{name} is empty. Give quizgen an article with at least a few sentences.")
    headline, standfirst, rest = _split_headline(blocks)
    headings: list[str] = list(standfirst)
    paragraphs: list[str] = []
    for block in rest:
        if is_furniture(block):
            continue
        if _is_heading(block):
            headings.append(block)
        else:
            paragraphs.append(block)
    if not paragraphs:
        raise ArticleError(f"{name} has no paragraphs of running text (only headings or page furniture).")
    final_title = title or headline or _title_from_text(paragraphs[0])
    return Article(
        title=final_title,
        slug=slugify(name if name not in ("-", "article", "<stdin>") else final_title),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        source=Source(title=final_title),
    )


def _blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated when the text has blank lines, else one per line."""
    if re.search(r"\n[ \t]*\n", text.strip()):
        chunks = re.split(r"\n[ \t]*\n", text)
    else:
        chunks = text.split("\n")
    return [" ".join(chunk.split()) for chunk in chunks if chunk.strip()]


def _split_headline(blocks: list[str]) -> tuple[str | None, list[str], list[str]]:
    """Find the headline among the first two blocks; a sentence above it is a standfirst."""
    if _is_heading(blocks[0]):
        return blocks[0], [], blocks[1:]
    if len(blocks) > 2 and _is_heading(blocks[1]) and _is_short_sentence(blocks[0]):
        return blocks[1], [blocks[0]], blocks[2:]
    return None, [], blocks


def _is_heading(block: str) -> bool:
    words = block.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not TERMINAL.search(block)


def _is_short_sentence(block: str) -> bool:
    return len(block.split()) <= 40 and bool(TERMINAL.search(block))


def _title_from_text(paragraph: str) -> str:
    """A title for an article without a headline: its first sentence, shortened at a word."""
    first = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].rstrip(".")
    words = first.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def slugify(text: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "article"
