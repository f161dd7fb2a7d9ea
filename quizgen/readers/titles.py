"""Titles and slugs: a title for an article without a headline, a file name from a title."""

from __future__ import annotations

import re
import unicodedata

TITLE_MAX_WORDS = 12
TITLE_MAX_CHARS = 100


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
