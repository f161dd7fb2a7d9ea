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
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("’", "'").split())
