"""Plain-text articles (.txt, pasted text): an optional front-matter block, then the text.

The text comes in either of two layouts:
Layout 1 (blank-line paragraphs): headline, blank line, paragraphs separated by blank lines.
Layout 2 (line paragraphs): one paragraph per line, with short unpunctuated heading lines;
the first line may be a standfirst sentence printed above the headline.
Page furniture (captions, "Read more", bylines, credits) and headings are kept out of the
paragraphs, so no question can ever be made from them. The front matter
(quizgen/readers/frontmatter.py) gives the source's title, site, author, date and address;
a title in the front matter replaces the headline found in the text.
"""

from __future__ import annotations

import re

from ..errors import ArticleError
from ..models import Article, Source
from ..rules.author_notes import closing_author_note
from ..rules.comments import comments_start
from ..rules.datelines import strip_dateline
from ..rules.furniture import is_furniture, strip_furniture
from .decoding import normalize_text
from .frontmatter import split_front_matter
from .language import warn_unless_english
from .titles import clean_title, slugify, title_from_text

TERMINAL = re.compile(r"""[.!?…:;。！？．；：]["'”’»)\]」』]*\s*$""")
HEADING_MAX_WORDS = 14
HEADLINE_MAX_WORDS = 20  # the first block may be a long headline ("… in Washington, D.C. to protest …")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def parse_text(text: str, *, name: str, shown: str, title: str | None = None, source: Source = Source()) -> Article:
    """The Article in `text`; `source` fills what the front matter leaves unsaid."""
    fields, body = split_front_matter(normalize_text(text), shown)
    article = _parse(body, name=name, title=title or fields.get("title"), shown=shown)
    known = {k: v for k, v in source.model_dump().items() if v} | fields | {"title": article.title}
    return article.model_copy(update={"source": Source(**known)})


def _parse(text: str, *, name: str, title: str | None, shown: str) -> Article:
    text = normalize_text(text)
    blocks = [b for b in (strip_furniture(b) for b in _blocks(text)) if b]
    if not blocks:
        if text.strip():
            raise ArticleError(
                f'{shown} holds only page furniture (captions, credits, "Read more" links, bylines), '
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
    if closing_author_note(paragraphs):
        paragraphs = paragraphs[:-1]  # "Bill Thompson is a regular commentator on …": about the writer
    paragraphs = [strip_dateline(p, lede=i == 0) for i, p in enumerate(paragraphs)]
    if not paragraphs:
        raise ArticleError(
            f"{shown} has no paragraphs of running text (only a headline, headings or page furniture). "
            "Give quizgen the article's full text, in sentences that end with a full stop."
        )
    warn_unless_english(paragraphs, shown)
    final_title = title or clean_title(headline) or title_from_text(paragraphs[0]) or "Untitled article"
    return Article(
        title=final_title,
        slug=slugify(name if name not in ("-", "article", "<stdin>") else final_title),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        source=Source(title=final_title),
    )


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
