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
import warnings
from pathlib import Path

from .errors import ArticleError, QuizgenWarning
from .models import Article, Source
from .rules.comments import comments_start
from .rules.furniture import is_furniture, strip_furniture

MAX_BYTES = 5_000_000  # about a thousand long articles; anything bigger is not one article
# The files `read_article` (and `quizgen build`) read; any other suffix is read as plain text.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Control characters no text file holds (tab, line breaks and form feed aside): bytes that
# decode as Windows-1252 but contain these are binary data, not a legacy-encoded article.
LEGACY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
TERMINAL = re.compile(r"""[.!?…:;。！？．；：]["'”’»)\]」』]*\s*$""")
HEADING_MAX_WORDS = 14
HEADLINE_MAX_WORDS = 20  # the first block may be a long headline ("… in Washington, D.C. to protest …")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
TITLE_MAX_WORDS = 12
TITLE_MAX_CHARS = 100
# Invisible characters pasted along with web text: soft hyphens and zero-width spaces split
# names ("Zelen\u00adskyy"), a BOM can sit at the start of a string, other controls are noise.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None) | {
    c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0))
}
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Line and paragraph separators that are not "\n" (Unicode, old Mac, form feed, NEL).
LINE_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", 0x0B: "\n", 0x0C: "\n\n", 0x85: "\n"}


def read_article(source: str | Path, *, title: str | None = None) -> Article:
    """Read one article: a .txt, .md/.markdown or .html/.htm file, `-` for standard input, or
    an http(s):// address. The reader is picked by suffix (quizgen/readers/); a file with
    another suffix is read as plain text."""
    from .readers import read

    return read(source, title=title)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (UTF-16 with a byte-order mark is accepted too), or a clear error for
    PDFs, word-processor files and other binary files. Text in the legacy Windows-1252 or
    Latin-1 encodings is read with a QuizgenWarning; other encodings are refused."""
    if data.startswith(b"%PDF"):
        raise ArticleError(f"{name} is a PDF; copy its text into a .txt file (saved as UTF-8) first.")
    if data.startswith(b"PK\x03\x04"):
        raise ArticleError(
            f"{name} is a Word document or ZIP archive, not plain text. "
            "Save the article as plain text (.txt, UTF-8) and try again."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not really UTF-16: reported as binary below
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name} is a binary file, not text. quizgen reads UTF-8 .txt articles.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        position = exc.start
    # Not UTF-8: most likely Windows-1252 (a superset of Latin-1's letters), what Windows
    # editors saved by default. Read as such, with a warning; anything else is refused.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or LEGACY_CONTROLS.search(text):
        raise ArticleError(
            f"{name} is not UTF-8 text (bad byte at position {position}), nor Windows-1252/Latin-1. "
            "Save it as UTF-8 (in most editors: Save As > Encoding > UTF-8) and try again."
        )
    warnings.warn(
        f"{name} is not UTF-8; read it as Windows-1252 (Western European, which covers Latin-1). "
        "If any letters look wrong, save it as UTF-8 and build it again.",
        QuizgenWarning,
        stacklevel=2,
    )
    return text


def parse_article(text: str, *, name: str = "article", title: str | None = None) -> Article:
    """Split raw article text into title, headings and body paragraphs.

    The text may start with a front-matter block (title, source, author, date, url; see
    quizgen/readers/frontmatter.py). `name` gives the slug (unless it is `-` or `article`:
    then the title does) and names the text in error messages.
    """
    from .readers.text import parse_text

    return parse_text(text, name=name, shown="standard input" if name in ("-", "<stdin>") else name, title=title)


def _parse(text: str, *, name: str, title: str | None, shown: str) -> Article:
    text = _normalize(text)
    blocks = [b for b in (strip_furniture(b) for b in _blocks(text)) if b]
    if not blocks:
        if text.strip():
            raise ArticleError(
                f"{shown} holds only page furniture (captions, credits, \"Read more\" links, bylines), "
                "no article text. Paste the article's own paragraphs."
            )
        raise ArticleError(f"{shown} is empty. Give quizgen an article with at least a few sentences.")
    headline, standfirst, rest = _split_headline(blocks)
    headings: list[str] = list(standfirst)
    paragraphs: list[str] = []
    for block in rest:
        if _is_heading(block):
            headings.append(block)
        else:
            paragraphs.append(block)
    comments = comments_start(paragraphs)
    if comments is not None:
        paragraphs = paragraphs[:comments]  # readers' comments below the story are not the article
    if not paragraphs:
        raise ArticleError(
            f"{shown} has no paragraphs of running text (only a headline, headings or page furniture). "
            "Give quizgen the article's full text, in sentences that end with a full stop."
        )
    final_title = title or headline or _title_from_text(paragraphs[0]) or "Untitled article"
    return Article(
        title=final_title,
        slug=slugify(name if name not in ("-", "article", "<stdin>") else final_title),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        source=Source(title=final_title),
    )


def _normalize(text: str) -> str:
    """One kind of line break, no invisible characters, entities shown as characters."""
    # Text copied from web pages keeps entities such as "&#233;"; show the characters instead.
    # Only complete entities (with ";"): "AT&T" and "&nothing" stay as they are.
    # Unescaping can give back line breaks and controls ("&#13;"), so it comes first.
    text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(LINE_BREAKS)
    return unicodedata.normalize("NFC", text.translate(INVISIBLE))


def _blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated when the text has blank lines, else one per line."""
    if BLANK_LINE.search(text.strip()):
        blocks = [block for chunk in BLANK_LINE.split(text) for block in _unwrap(chunk)]
    else:
        blocks = text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def _unwrap(chunk: str) -> list[str]:
    """The blocks of one blank-line separated chunk: usually one paragraph, its lines joined.

    Lines of page furniture pasted in the chunk (a caption above the text, a credit below it)
    are left out. A line counts as furniture only where a paragraph could break: after a line
    that ends a sentence and before one that does not continue in lower case, so a wrapped
    line that happens to read "By Canada's count, 40 people died in the" stays. A chunk with
    furniture and no sentence at all (headline, byline, date) is split into its lines.
    """
    lines = [" ".join(line.split()) for line in chunk.split("\n")]
    lines = [line for line in lines if line]
    flagged = [is_furniture(line) and not line[0].islower() for line in lines]
    if len(lines) < 2 or not any(flagged):
        return [" ".join(lines)]
    if not any(TERMINAL.search(line) for line in lines):
        return lines
    kept: list[str] = []
    for i, line in enumerate(lines):
        after_break = i == 0 or flagged[i - 1] or bool(TERMINAL.search(lines[i - 1]))  # after furniture too
        before_break = i == len(lines) - 1 or not lines[i + 1][0].islower()
        if not (flagged[i] and after_break and before_break):
            kept.append(line)
    return [" ".join(kept)]


def _split_headline(blocks: list[str]) -> tuple[str | None, list[str], list[str]]:
    """Find the headline among the first two blocks; a sentence above it is a standfirst."""
    if _is_heading(blocks[0]) or (len(blocks) > 1 and _is_heading(blocks[0], HEADLINE_MAX_WORDS)):
        return blocks[0], [], blocks[1:]  # a long headline is still the first block without a full stop
    if len(blocks) > 2 and _is_heading(blocks[1]) and _is_short_sentence(blocks[0]):
        return blocks[1], [blocks[0]], blocks[2:]
    return None, [], blocks


def _is_heading(block: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    words = block.split()
    return 0 < len(words) <= max_words and not TERMINAL.search(block)


def _is_short_sentence(block: str) -> bool:
    return len(block.split()) <= 40 and bool(TERMINAL.search(block))


def _title_from_text(paragraph: str) -> str:
    """A title for an article without a headline: its first sentence, shortened at a word."""
    first = " ".join(re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].rstrip(".").split())
    short = " ".join(first.split()[:TITLE_MAX_WORDS])
    if len(short) > TITLE_MAX_CHARS:
        cut = short[:TITLE_MAX_CHARS]
        short = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return short + "…" if short and short != first else short


def slugify(text: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "article"
