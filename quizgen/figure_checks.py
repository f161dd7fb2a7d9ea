"""Checks of a number blank whose key the sentence itself gives: a change by a percentage with the
figure at its other end ("revenues slipped 11% from ___ in 2003 to £2.89bn", "surged 70% to
2.39bn rupees … compared with ___ rupees a year earlier"), a move that is a percentage of a level
("closed down ___ points, or 0.01%, at 10,385.48"), and a figure any reader knows
("the world's population, ___ people": rules/data/known_figures.txt). 39th blind review:
obvious-answer or trivial, three raters of three, in four articles of 32.
"""

from __future__ import annotations

import re
from functools import cache

from .generators import Candidate
from .models import Analysis, NumberMention, Question
from .rules import lexicon

# A figure given to the nearest unit may be off by half of it, and its own rounding adds a little.
FIGURE_SLACK = 0.012


def _half_step(text: str) -> float:
    """Half the last digit of a percentage as written: '11%' may be 10.5 to 11.5, '0.01%' 0.005 to 0.015."""
    digits = re.search(r"\d+(?:\.(\d+))?", text)
    decimals = len(digits.group(1) or "") if digits else 0
    return 0.5 * 10.0**-decimals


def _within(ratio: float, low: float, high: float) -> bool:
    return low * (1 - FIGURE_SLACK) <= ratio <= high * (1 + FIGURE_SLACK)


def _key_mention(c: Candidate, analysis: Analysis) -> NumberMention | None:
    key = c.answer.strip()
    return next((n for n in analysis.numbers if n.sentence == c.source.index and n.text.strip() == key), None)


def computed_from_sentence(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """A key the sentence's other figures give by arithmetic: a percentage change and the figure
    at its other end (in the same unit), or a move given beside its percentage of a level. Two
    figures that merely sit in one sentence ("rose 1% to 300m; profits were 2.5m") are no sum:
    the change must fit to the rounding of the percentage as written."""
    if c.answer_type != "number" or (key := _key_mention(c, analysis)) is None or not key.value:
        return None
    beside = [n for n in analysis.numbers if n.sentence == key.sentence and n != key and n.value]
    percents = [n for n in beside if n.text.rstrip().endswith("%")]
    if key.text.rstrip().endswith("%"):  # "slipped ___ from £3.24bn to £2.89bn": the two ends give it
        ends = [n for n in beside if n.unit and n.unit != "%"]
        for a in ends:
            for b in ends:
                if a is not b and a.unit == b.unit and a.value and b.value and a.value > b.value:
                    h = _half_step(key.text)
                    change = 100 * (a.value - b.value)
                    if _within(change / b.value, key.value - h, key.value + h) or _within(
                        change / a.value, key.value - h, key.value + h
                    ):
                        return f"{key.text!r} is the change between {a.text!r} and {b.text!r}"
        return None
    for percent in percents:
        p, h = percent.value or 0.0, _half_step(percent.text)
        for other in beside:
            if other is percent or other.text.rstrip().endswith("%") or not other.value:
                continue
            ratio = key.value / other.value
            if other.unit == key.unit and key.unit is not None:
                grown = (1 + (p - h) / 100, 1 + (p + h) / 100)
                shrunk = (1 - (p + h) / 100, 1 - (p - h) / 100)
                for low, high in (grown, shrunk):
                    if _within(ratio, low, high) or _within(1 / ratio, low, high):
                        return f"{key.text!r} follows from {percent.text!r} and {other.text!r}"
            between = c.source.text[key.end : percent.start] if key.end <= percent.start else ""
            if re.fullmatch(r"\s*[a-z]*,?\s*(?:or|,)\s*", between) and _within(ratio, (p - h) / 100, (p + h) / 100):
                return f"{key.text!r} is {percent.text!r} of {other.text!r}"
    return None


@cache
def _known_figures() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon.known_figures()))})\b", re.I)


# how near a known figure's phrase the key must stand to be that figure
KNOWN_FIGURE_REACH = 40


def known_figure(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Two-thirds of the world's population, ___ people, live on $2,000 a year or less' (4 billion;
    obvious, three of three): a figure next to a phrase naming what any reader knows the size of."""
    if c.answer_type != "number" or (key := _key_mention(c, analysis)) is None:
        return None
    text = c.source.text
    near = text[max(0, key.start - KNOWN_FIGURE_REACH) : key.end + KNOWN_FIGURE_REACH]
    if match := _known_figures().search(near):
        return f"{key.text!r} beside {match.group(0)!r} is general knowledge"
    return None
