"""Quotation marks in a paragraph: where each quotation starts and ends.

Curly and straight marks; a straight mark opens after a space or a bracket and closes before
one. A quotation that never closes (merged paragraphs in some archives) runs to the next
opening mark or to the end of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..rules import lexicon

OPEN_CURLY, CLOSE_CURLY = "“", "”"


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation in a paragraph; offsets include the quotation marks."""

    start: int
    end: int
    text: str
    closed: bool


def quote_spans(paragraph: str) -> list[QuoteSpan]:
    """Curly and straight quotations; an unclosed one runs to the next opening or the end."""
    marks = []
    for match in re.finditer(r"[“”\"]", paragraph):
        i, mark = match.start(), match.group()
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if mark == OPEN_CURLY or (mark == '"' and (before.isspace() or before in "([—–-") and not after.isspace()):
            marks.append((i, "open"))
        elif mark == CLOSE_CURLY or mark == '"':
            marks.append((i, "close"))
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for i, role in marks:
        if role == "open":
            if opened is not None:  # merged paragraphs: the previous quote never closed
                spans.append(_span(paragraph, opened, _before_attribution(paragraph, opened, i), closed=False))
            opened = i
        elif opened is not None:
            spans.append(_span(paragraph, opened, i + 1, closed=True))
            opened = None
    if opened is not None:
        spans.append(_span(paragraph, opened, len(paragraph), closed=False))
    return [s for s in spans if s.text]


def _before_attribution(paragraph: str, start: int, end: int) -> int:
    """Where an unclosed quotation ends when the writer's next sentence introduces the next one:
    '"I've lost three years of my life. He added: "The authorities …"' ends after "life."."""
    match = _trailing_attribution_re().search(paragraph, start + 1, end)
    return match.start() if match else end


@cache
def _trailing_attribution_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(lexicon.speech_verbs(), key=len, reverse=True))
    return re.compile(rf"(?<=[.!?])\s+(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:\w+ly\s+)?(?:{verbs})\s*[:,]\s*$")


def _span(paragraph: str, start: int, end: int, closed: bool) -> QuoteSpan:
    inner = paragraph[start + 1 : end - 1 if closed else end].strip()
    return QuoteSpan(start, end, inner.rstrip(",").strip(), closed)
