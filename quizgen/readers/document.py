"""A structured article (from HTML or Markdown) as an Article: blocks whose kind is known.

A saved page or a Markdown file says which lines are headings; nothing has to be guessed
from the text's shape as for plain text (quizgen/readers/text.py). The furniture rules still run
on every block, a second net under the HTML extractor: a "Read more: ..." link or a caption
that slipped through never becomes a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ArticleError
from ..models import Article, Source, normalize
from ..rules.author_notes import closing_author_note
from ..rules.datelines import strip_dateline
from ..rules.furniture import is_furniture, strip_furniture
from .decoding import normalize_text
from .language import warn_unless_english
from .titles import clean_title, slugify, title_from_text


@dataclass(frozen=True)
class Block:
    """One heading or one paragraph of running text, as the source marked it."""

    text: str
    heading: bool = False


def assemble(blocks: list[Block], *, source: Source, name: str, shown: str) -> Article:
    """The Article for `blocks`: the title is `source.title`, else the first heading.

    `name` gives the slug (a file's stem; for `-` and addresses the title gives it), `shown`
    names the input in error messages.
    """
    cleaned = [Block(" ".join(normalize_text(b.text).split()), b.heading) for b in blocks]
    cleaned = [b for b in cleaned if b.text]
    title = " ".join(normalize_text(source.title).split()) if source.title else None
    if title is None and cleaned and cleaned[0].heading:
        title = clean_title(cleaned[0].text)  # None for a gallery counter or a "Related" heading
    if title is not None and cleaned and cleaned[0].heading and normalize(cleaned[0].text) == normalize(title):
        cleaned = cleaned[1:]  # the headline repeated at the top of the body
    headings: list[str] = []
    paragraphs: list[str] = []
    for block in cleaned:
        if block.heading:
            if not is_furniture(block.text):  # "Most read", "Related stories" as headings
                headings.append(block.text)
            continue
        text = strip_dateline(strip_furniture(block.text), lede=not paragraphs)
        if text:
            paragraphs.append(text)
    if closing_author_note(paragraphs):
        paragraphs = paragraphs[:-1]  # "Bill Thompson is a regular commentator on …": about the writer
    if not paragraphs:
        if cleaned:
            raise ArticleError(
                f"{shown} has no paragraphs of article text (only headings, captions, links or other page "
                "furniture). Save the article's own page, or paste its text into a .txt file."
            )
        raise ArticleError(f"{shown} has no article text. Give quizgen a page or file with the article's paragraphs.")
    warn_unless_english(paragraphs, shown)
    title = title or title_from_text(paragraphs[0]) or "Untitled article"
    return Article(
        title=title,
        slug=slugify(title if name in ("-", "article", "<stdin>", "") else name),
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        source=source.model_copy(update={"title": title}),
    )
