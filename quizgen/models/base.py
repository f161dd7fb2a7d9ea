"""What every model shares: frozen and strict, and one way to compare texts."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

BLANK = "_______"
BLANK_RE = re.compile(r"_{3,}")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


@lru_cache(maxsize=16384)  # called for the same names and sentences again and again
def normalize(text: str) -> str:
    """Case-, accent- and spacing-insensitive form used to compare options and names."""
    if text.isascii():  # nothing to decompose, no curly apostrophe: the same result, faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    # Accents are dropped; only a character outside ASCII can be one, so only those are looked at
    # (a whole article's text is normalized, most of it ASCII).
    stripped = _NON_ASCII_RE.sub(_unless_combining, decomposed)
    return " ".join(stripped.casefold().replace("’", "'").split())


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _unless_combining(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if not unicodedata.combining(c))
