"""A count written in words swapped for another count the article writes in words, for false statements (see swaps.py).

"Williams saved three championship points" has no other number of championship points in its
article, but "five errors" elsewhere gives a count of the same form: "saved five championship
points" is false, and only a reader can tell. Small counts in words are one kind of fact
whatever they count, so the counted noun need not match, as long as it is not the same
thing counted in another way:

- "six foreign-owned textile factories" beside "eight factories": the eight may include the
  six, and the swap may be true;
- "the two sides", "the top four finishers": the count names a set the story or the rules fixed;
- "20 bodies, eleven women and nine men", "won it five times, with a run of three straight
  titles", "Four of the first five games": beside another number of the statement a count adds
  up or checks against it, and a swap shows at a glance;
- "snatched three points from a penalty": a score is counted by the rules of a game;
- "two singles, Club Foot and LSF": the names after the count are what it counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..analysis.quantities import ONES
from ..models import NumberMention, normalize
from .distractors import similar_size
from .text import find_form

# "the two sides", "all three men", "the top four": a set the reader already knows.
DETERMINED_BEFORE_RE = re.compile(
    r"\b(?:the|these|those|all|both|its|their|his|her|top|last|final|first|next|past)\s+$", re.I
)
# "three points" scored (a rugby penalty); "three championship points" are chances, counted freely.
RULED_COUNT_RE = re.compile(r"^points?$", re.I)
# "took four awards in all, also collecting best make-up and production design": the statement
# lists what it counts, and a reader counts the list.
TOTAL_AFTER_RE = re.compile(r"\bin (?:all|total)\b", re.I)
# "tested the water with two singles, Club Foot and LSF": the names that follow are what is
# counted, and "three singles, Club Foot and LSF" is false at a glance.
NAMES_AFTER_RE = re.compile(r"^\s+[\w-]+(?:\s+[\w-]+){0,2}(?:,|:)\s+[A-Z][^,.]*(?:,\s+[A-Z][^,.]*)*\s+and\s+[A-Z]")


def other_counts(
    statement: str, number: NumberMention, beside: Iterable[NumberMention], numbers: Iterable[NumberMention]
) -> list[str]:
    """Counts in words ("five") the article gives of something else than `number` counts; `beside`:
    the numbers of the statement's sentence."""
    found = find_form(statement, number.text)
    if (
        found is None
        or number.unit is None
        or RULED_COUNT_RE.search(number.unit)
        or DETERMINED_BEFORE_RE.search(statement[: found[0]])
        or TOTAL_AFTER_RE.search(statement[found[1] :])
        or NAMES_AFTER_RE.match(statement[found[1] :])
        or any(n is not number and find_form(statement, n.text) for n in beside)
    ):
        return []
    counted = _words(number.unit)
    return [
        n.text
        for n in numbers
        if n.text.lower() in ONES
        and n.value not in (None, 0, 1, number.value)
        and similar_size(n.value, number.value, 3)
        and not (n.unit and _words(n.unit) & counted)  # "eight factories" for "six textile factories"
    ]


def _words(unit: str) -> set[str]:
    """The counted noun's words, plural or not: "textile factories" -> {"textile", "factorie"}."""
    return {w.rstrip("s") for w in normalize(unit).split() if len(w) > 2}
