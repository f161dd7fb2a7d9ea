"""Titles and slugs: a page's title without the site's name, a title for an article without a
headline, a file name from a title."""

from __future__ import annotations

import re
import unicodedata

from ..rules.furniture import is_furniture
from ..rules.lexicon import news_sites, site_key

TITLE_MAX_WORDS = 12
TITLE_MAX_CHARS = 100
# What sites put between the headline and their name: "Headline - Telegraph", "The Guardian | Headline".
SITE_SEPARATOR = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+")
# A section name left after the site's: "Headline | World news | The Guardian".
SECTION = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){0,2}news$", re.I)


def clean_title(title: str | None, site: str | None = None) -> str | None:
    """`title` without the site's name before or after it, or None when it is not a title at all
    (a gallery counter such as "1 of 4", a caption label, empty).

    A part is dropped when it is a known news site (quizgen/rules/data/news_sites.txt) or
    the page's own site name (`site`, from its metadata); a section name ("World news") goes
    with the site's name. The headline itself is never shortened to nothing.
    """
    if not title or not title.strip():
        return None
    text = " ".join(title.split())
    names = news_sites() | ({site_key(site)} if site and site.strip() else set())
    parts = SITE_SEPARATOR.split(text)
    separators = SITE_SEPARATOR.findall(text)
    while len(parts) > 1 and site_key(parts[-1]) in names:
        parts, separators = parts[:-1], separators[:-1]
        if len(parts) > 1 and SECTION.match(parts[-1]):
            parts, separators = parts[:-1], separators[:-1]
    while len(parts) > 1 and site_key(parts[0]) in names:
        parts, separators = parts[1:], separators[1:]
    kept = parts[0] + "".join(sep + part for sep, part in zip(separators, parts[1:], strict=True))
    if is_furniture(kept) or site_key(kept) in names:  # "1 of 4"; the site's name and nothing else
        return None
    return kept


def title_from_text(paragraph: str) -> str:
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
