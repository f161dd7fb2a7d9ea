"""Pattern scans of one sentence, made once and shared by all of its quotations.

A sentence of many quotations asks, for each of them, which speech verbs stand between the
sentence's start and its opening mark. Scanning that stretch again for every quotation costs
the square of the sentence's length (a 2,000-character sentence of quoted words took a second
and a half); scanning the sentence once and keeping the matches that end before the mark gives
the same matches in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(pattern.finditer(text))


def matches_before(pattern: re.Pattern[str], paragraph: str, start: int, cut: int, end: int) -> list[re.Match[str]]:
    """`pattern.finditer(paragraph[start:cut])`, offsets from `start`, for a `cut` at a quotation
    mark inside `paragraph[start:end]`: the scan of that whole stretch is made once.

    The same matches, because the mark at `cut` belongs to no word: a match over the whole stretch
    ends before it or starts after it, and every match ending before it is found by both scans."""
    if cut >= end:
        return list(pattern.finditer(paragraph[start:cut]))
    limit = cut - start
    return [m for m in _matches(pattern, paragraph[start:end]) if m.end() <= limit]


def ends_with(pattern: re.Pattern[str], text: str, reach: int) -> bool:
    """`pattern.search(text)` for a pattern anchored by `\\s*$` whose match, trailing spaces aside,
    is at most `reach` characters long: only the end of `text` is read. One more character is
    kept, so a `\\b` at the start of the match sees what stands before it."""
    return pattern.search(text[max(0, len(text.rstrip()) - reach - 1) :]) is not None
