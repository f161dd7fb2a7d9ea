"""A day of the week swapped for another day the article gives, for false statements (see swaps.py).

"An apartment building collapsed on Monday in Magnitogorsk" has no calendar date to swap, but the
article tells what happened on Tuesday and on Wednesday: "collapsed on Wednesday" is false, reads
as well as the true one, and only a reader can tell. A weekday is swapped only where it says when
the statement's event happened ("on Monday", "late on Tuesday", "on Saturday morning"), never:

- where it is part of a name or a label ("the Wednesday special", "Black Friday");
- beside a calendar date ("on Monday 5 March", "Monday, March 5"): a calendar gives the day away;
- where the statement orders it against another day ("on Tuesday, a day after Monday's blast",
  "from Monday to Friday"): a day out of order is false at a glance, or a range holds the new day;
- where the event recurs ("every Monday", "on Mondays"): the plural is no one day;
- where the day dates a report or a saying ("By reports on Saturday, two victims died", "Neil
  Basu on Sunday said …"): the same news may well have come the day before, and the day a man
  spoke is no fact worth a question;
- a weekend day for a market ("shares closed at 270.25p on Sunday"): markets shut at weekends;
- for a day on which the article tells of the same kind of thing: "block the auction … on
  Thursday" for "on Sunday", when "the auction on Sunday" is the article's too; "recovered ten
  survivors on Tuesday" when a boy was "rescued" on Tuesday; "the dollar was up on Monday" when
  "It rallied briefly on Monday". The swap may be true, or read so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Analysis, Sentence
from .text import sentences_mentioning

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = "|".join(WEEKDAYS)
# "on Monday", "late on Tuesday", "On Saturday morning": the day the event happened.
WHEN_RE = re.compile(rf"\b[Oo]n\s+({WEEKDAY})\b(?![’'-])")
# "on Monday 5 March", "on Monday, March 5": a calendar date beside the day.
CALENDAR_AFTER_RE = re.compile(
    r"^,?\s*(?:\d|the\s+\d|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)"
)
# "from Monday to Friday", "on Monday and Tuesday": a range or a list of days.
RANGE_AFTER_RE = re.compile(rf"^\s*(?:to|and|or|through|until|till|-|–)\s+(?:on\s+)?(?:{WEEKDAY})\b")
# "a day after", "the day before", "later": the statement orders its days against each other.
ORDER_RE = re.compile(r"\b(?:after|before|later|earlier|following|previous|since|until|then|next)\b", re.I)
PRONOUN_OPENING_RE = re.compile(r"(?:It|He|She|They|This|These|Its|His|Her|Their)\b")
REPORT_RE = re.compile(r"\breport(?:s|ed|edly)?\b", re.I)
SPEECH = r"(?:said|says|told|announced|stated|added|confirmed|warned|claimed|insisted)"
SAID_BEFORE_RE = re.compile(rf"\b{SPEECH}\s+(?:(?:late|early)\s+)?[Oo]n\s+$")
SAID_AFTER_RE = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?,?\s+{SPEECH}\b")
MARKET_RE = re.compile(
    r"\b(?:shares?|stocks?|trading|traded|closed at|opened at|index|markets?|dollar|euro|yen|sterling|bonds?)\b", re.I
)
WEEKEND = ("Saturday", "Sunday")
STEM = 5  # "rescuers" and "rescued", "purchase" and "purchases": one kind of event
# Words that tell no kind of event: any two sentences may share them.
FUNCTION_WORDS = frozenset(
    "that this these those their there they them then than were have has had been being with from into over "
    "about said says also would could will should which what when where after before while other some more "
    "most only just such very ago last week year years day days early late morning evening night afternoon".split()
)


def weekday_facts(statement: str, sentence: Sentence, analysis: Analysis) -> Iterator[tuple[str, str, list[str]]]:
    """("date", the weekday, other weekdays the article gives) for the day the statement's event happened."""
    dates = analysis.by_sentence[sentence.index].dates
    named = [day for date in dates for day in re.findall(rf"\b(?:{WEEKDAY})\b", date.text)]
    found = [m for m in WHEN_RE.finditer(statement) if m.group(1) in named]
    if len(found) != 1:
        return  # no day the analysis reads as a date, or two days of one statement (which to swap?)
    match = found[0]
    day = match.group(1)
    after = statement[match.end() :]
    days_in_statement = re.findall(rf"\b(?:{WEEKDAY})s?\b", statement)
    if (
        days_in_statement.count(day) > 1  # "Monday's blast … on Monday": which one is swapped?
        or CALENDAR_AFTER_RE.match(after)
        or RANGE_AFTER_RE.match(after)
        or (len(set(days_in_statement)) > 1 and ORDER_RE.search(statement))
        or REPORT_RE.search(statement)
        or SAID_BEFORE_RE.search(statement[: match.start(1)])
        or SAID_AFTER_RE.match(after)
        or re.search(rf"\b(?:every|each)\s+(?:{WEEKDAY})\b|\b(?:{WEEKDAY})s\b", statement)
    ):
        return
    others = _days_given(analysis)
    kinds = _stems(statement)
    yield (
        "date",
        day,
        [
            other
            for other in dict.fromkeys(others)
            if other != day and not (other in WEEKEND and MARKET_RE.search(statement))
            if not any(
                kinds & _told(analysis, index)
                for index in sentences_mentioning(analysis, other)
                if index != sentence.index
            )
        ],
    )


def _days_given(analysis: Analysis) -> list[str]:
    """Each day the article says something happened on, in order: not the day of a label ("the
    Wednesday special") nor one a calendar date follows ("on Monday 16 March")."""
    days: list[str] = []
    for sentence in analysis.sentences:
        dated = {day for date in analysis.by_sentence[sentence.index].dates for day in re.findall(WEEKDAY, date.text)}
        days += [
            m.group(1)
            for m in WHEN_RE.finditer(sentence.text)
            if m.group(1) in dated and not CALENDAR_AFTER_RE.match(sentence.text[m.end() :])
        ]
    return days


def _told(analysis: Analysis, index: int) -> set[str]:
    """What kind of thing sentence `index` tells, with the sentence before when it opens on a
    pronoun: "It rallied briefly on Monday" tells of the dollar the sentence before names."""
    text = analysis.sentences[index].text
    if PRONOUN_OPENING_RE.match(text) and index > 0:
        text = analysis.sentences[index - 1].text + " " + text
    return _stems(text)


def _stems(text: str) -> set[str]:
    """The lower-case words' first letters: what kind of thing a sentence tells (names left out)."""
    text = text[:1].lower() + text[1:]  # "Rescuers recovered …": the opening word is a word too
    return {w[:STEM] for w in re.findall(r"\b[a-z][a-z'’-]{3,}", text) if w not in FUNCTION_WORDS}
