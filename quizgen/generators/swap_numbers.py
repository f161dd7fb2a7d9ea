"""Which figures of a statement a false version may change, and for which others of the article.

A figure is a fact to swap when it is exact and stands alone: not a label ("flight 93"), a
bound ("more than 1,000"), one end of a range, part of a name ("Radio 1"), an age beside a name
or a figure that others of the statement check ("rose 11% to $3.1bn, from $2.8bn"). Its
replacement is another figure of the article with the same unit and form, of similar size but
not within a tenth of it (see swaps.py for the rules every swap follows).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..analysis.quantities import ONES
from ..models import NumberMention
from ..rules.verbs import past_or_auxiliary
from .blanks import DURATION_AFTER, LABEL_WORDS
from .distractors import same_shape, similar_size
from .swap_counts import other_counts
from .text import find_form

# A label ("flight 93") or a position ("round 3", "aged 40"): swapping it tests no fact of the story.
LABEL_BEFORE_RE = re.compile(
    rf"\b(?:{LABEL_WORDS}|number|size|level|grade|category|type|season|stage|phase|round|day|week|year|aged?|between|top|"
    r"from)\s+$",
    re.I,
)
# "more than 1,000 people" stays true as "more than 500 people": a bound or an estimate is no exact fact.
BOUND_BEFORE_RE = re.compile(
    r"\b(?:more|fewer|less|greater|higher|lower|other)\s+than\s+$|\b(?:over|under|above|below|at least|at most|"
    r"up to|nearly|almost|about|around|roughly|approximately|some|as (?:many|few|much|high|low|little) as|exceeding|"
    r"estimated|an estimated|only|just"
    # "connect almost any two cities": no count at all, and "any three cities" is false to anyone
    # (38th blind review: obvious, three of three)
    r"|any)\s+$",
    re.I,
)
RANGE_AFTER_RE = re.compile(r"^\s*(?:[-–]|to|and|or)\s*[$£€]?\d")
RANGE_BEFORE_RE = re.compile(r"\d\s*(?:[-–]|to|and|or)\s*[$£€]?$")


def number_facts(
    statement: str, beside: Iterable[NumberMention], numbers: Iterable[NumberMention]
) -> Iterator[tuple[str, str, list[str]]]:
    """("number", the figure as written, replacements) for each figure of the statement's
    sentence (`beside`) that may be swapped, from the article's `numbers`."""
    beside, numbers = tuple(beside), tuple(numbers)
    for number in beside:
        words = number.text.lower() in ONES
        if swappable_number(statement, number.text, number.value, words=words):
            others = [
                n.text
                for n in numbers
                if n.unit == number.unit
                and n.value not in (None, 0, 1)
                and n.value != number.value
                and similar_size(n.value, number.value, 3)
                and not _too_close(n.value, number.value)
                and (same_shape(n.text, number.text) or words and n.text.lower() in ONES)
                and not (number.unit == "%" and _past_whole(beside, number, n.value))
            ]
            if words and number.unit:
                others += other_counts(statement, number, beside, numbers)
            yield "number", number.text, list(dict.fromkeys(others))


def swappable_number(statement: str, text: str, value: float | None, words: bool = False) -> bool:
    found = find_form(statement, text)
    if found is None or value in (None, 0, 1) or re.fullmatch(r"\d{4}", text) or not (words or re.search(r"\d", text)):
        return False  # one and a plural disagree; a bare four-digit number is a year or a label
    if re.search(r"[A-Z][\w'’-]*,\s*$", statement[: found[0]]) and re.match(
        r"^(?:,|\s+(?:and|were|was|are|is)\b)", statement[found[1] :]
    ):
        return False  # "The knighting of Sir John, 54, will be …": an age beside a name (20th review: trivial)
    if re.search(r",\s*$", statement[: found[0]]) and re.match(r"\s+of\b", statement[found[1] :]):
        return False  # "Dr Keysers and Dr Gazzola, two of the authors": the names count them (26th review)
    if re.search(r"\d\s*[-–]\s*\d+(?:\.\d+)?\s*%", statement):
        return False  # "missed its target of a 3-5% rise, turning in a 4.3% increase": the range checks the figure
    if LINKED_FIGURES_RE.search(statement):
        return False  # "increased 11% to $3.1bn, from $2.8bn": the figures check each other, a swap shows
    before, after = statement[: found[0]], statement[found[1] :]
    if re.match(r"\s+[A-Z]\w", after) or re.search(r"\b[A-Z][\w.-]*(?<!['’]s)\s+$", before) and before.strip():
        return False  # part of a name: '50 Cent', 'Radio 1', 'Formula 1 World Championship'
    verb = re.match(r"\s+([a-z]+)\b", after)
    if re.search(r"[A-Z][\w.-]*['’]s\s+$", before) and verb and past_or_auxiliary(verb.group(1)):
        return False  # "Ocean's 12 fell to number two": a title, not a count (28th review: trivial)
    return not (
        LABEL_BEFORE_RE.search(before)
        or BOUND_BEFORE_RE.search(before)
        or RANGE_AFTER_RE.match(after)
        or RANGE_BEFORE_RE.search(before)
        or re.match(r"^[-–/.,]?\w", after)
        or re.search(r"\w[-–/.]?$", before)
        # "his second penalty two minutes later": a count of minutes or days between two events
        # of a report is no fact a reader keeps, and a swap of it is trivial (blind raters)
        or re.match(DURATION_AFTER, after, re.I)
    )


COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
# A change given as a share and as both ends ("rose 11% to $3.1bn, from $2.8bn", "fell 5% from 200
# to 190"): any one figure swapped no longer adds up (14th blind review: obvious, three of three).
LINKED_FIGURES_RE = re.compile(
    r"\d(?:\.\d+)?\s*(?:%|per\s*cent)[^.;]{0,40}?\b(?:to|from)\s+\S*\d[^.;]{0,60}?\b(?:to|from)\s+\S*\d"
    # "grew 4.2% in the final quarter, down from 5.1%": a swap of either can make "4.2%, down from 3.8%"
    r"|\d[^.;]{0,60}?\b(?:up|down)\s+from\b[^.;]{0,40}?\d"
    # "59% are men compared to 41% of women": the two shares make a whole (16th blind review)
    r"|\d%[^.;]{0,40}?\b(?:compared\s+(?:to|with)|against|versus|vs)\b[^.;]{0,20}?\d"
    # "grown by 3.2%, slightly below the average of 4%" (17th blind review: "9.4%, below 4%")
    # "totaling 318 seats, surpassing the 326 needed" (29th blind review)
    r"|\d[^.;]{0,60}?\b(?:below|above|higher than|lower than|short of|ahead of|surpass\w*|exceed\w*)\b[^.;]{0,40}?\d"
    # "39 of South Carolina's 54 delegates": a part of a whole, swapped larger than it (34th review)
    r"|\d[\d,]*\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+)?"
    r"(?:[a-z]+\s+)?\d"
    # "Of the territory's six delegates, Sanders secured four": the whole, then its part, in words
    # or figures; a smaller whole is false at a glance (40th blind review: obvious, three of three)
    rf"|(?:^|(?<=,\s))of\s+(?:the|its|their|his|her|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}['’]s)\s+(?:[a-z]+\s+)?{COUNT}"
    rf"\s+[a-z][^,.;]{{0,40}},[^.;]{{0,60}}?\b{COUNT}\b"
    # "four of the six seats", "Four of the first five games" in words
    rf"|\b{COUNT}\s+(?:out\s+)?of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?{COUNT}\b",
    re.I,
)


def _past_whole(beside: tuple[NumberMention, ...], number: NumberMention, value: float | None) -> bool:
    """'44% use one search engine, 87% use two or three and 7% more than three': shares that made
    at most a whole make more than one with the new figure (38th blind review: obvious, 3 of 3)."""
    shares = [n.value or 0.0 for n in beside if n.unit == "%" and n is not number]
    return bool(shares) and sum(shares) + (number.value or 0.0) <= 100 < sum(shares) + (value or 0.0)


def _too_close(a: float | None, b: float | None) -> bool:
    """'60% wanted more technology' for the article's 59%: a swap no reader would call false
    (16th blind review: trivial). Values within a tenth of each other are not swapped."""
    return a is not None and b is not None and abs(a - b) < 0.1 * max(abs(a), abs(b))
