"""Plain-text articles (.txt, pasted text): an optional front-matter block, then the text.

The text itself is read by quizgen/articles.py (two layouts, page furniture left out); the
front matter (quizgen/readers/frontmatter.py) gives the source's title, site, author, date
and address. A title in the front matter replaces the headline found in the text.
"""

from __future__ import annotations

from ..models import Article, Source
from .frontmatter import split_front_matter


def parse_text(text: str, *, name: str, shown: str, title: str | None = None, source: Source = Source()) -> Article:
    """The Article in `text`; `source` fills what the front matter leaves unsaid."""
    from ..articles import _normalize, _parse

    fields, body = split_front_matter(_normalize(text), shown)
    article = _parse(body, name=name, title=title or fields.get("title"), shown=shown)
    known = {k: v for k, v in source.model_dump().items() if v} | fields | {"title": article.title}
    return article.model_copy(update={"source": Source(**known)})
