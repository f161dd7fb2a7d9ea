"""The date rules: one named pattern per shape of time expression ("12 March 2005", "two years
ago", "at 4pm"), with the examples each must match and the counter-examples it must not (tests
check them all), and the words without one of which a rule cannot match.

The patterns compile with IGNORECASE; month and weekday names are case-sensitive groups, so "may"
and "march" the verbs are not dates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.rules import DIGIT_CHARACTERS, Rule, rule, starting_with

from .time_words import (
    COUNT_WORDS,
    DURATION_UNITS,
    HOLIDAYS,
    MAY_CUES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    TIME_ZONES,
    WEEKDAYS,
)


def alternation(words: Iterable[str], plural: bool = False) -> str:
    """A non-capturing alternation, longest first so "Christmas Day" wins over "Christmas"."""
    forms = {w for w in words} | ({w + "s" for w in words} if plural else set())
    forms |= {w[:-1] + "ies" for w in words if plural and w.endswith("y") and w[-2] not in "aeiou"}
    return (
        "(?:"
        + "|".join(
            re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(forms, key=len, reverse=True)
        )
        + ")"
    )


def case_sensitive(words: Iterable[str]) -> str:
    """Names keep their capital ("May" the month, not "may"), and end at a word edge."""
    return "(?-i:" + alternation(words) + r")(?!\w)"


MONTH = case_sensitive(MONTHS)
MAY_AS_MONTH = "(?:" + "|".join(f"(?<=\\b{cue}\\s)" for cue in MAY_CUES) + ")(?-i:May)"
MONTH_SAFE = f"(?:{case_sensitive(m for m in MONTHS if m != 'May')}|{MAY_AS_MONTH})"
MONTH_OR_ABBR = f"(?:{MONTH}|{case_sensitive(MONTH_ABBREVIATIONS)}\\.?)"
WEEKDAY = case_sensitive(WEEKDAYS)
PART_OF_DAY = alternation(PARTS_OF_DAY)
UNIT = f"(?:seconds|{alternation(TIME_UNITS, plural=True)})"
# Without a count only a plural unit is a time: "years ago", but not "term after".
PLURAL_UNITS = ("seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades")
PLURAL_UNIT = alternation(PLURAL_UNITS)
DIGITS = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
COUNT = f"(?:{alternation(COUNT_WORDS)}|{DIGITS})(?:\\s+and\\s+a\\s+half)?"


DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
YEAR = r"(?<![\w$£€#.,/])(?:1[89]|20)\d\d(?![\d%]|[.,]\d)"
RANGE = r"\s*(?:-|–|to|and|until|through)\s*"
CLOCK = r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
ZONE = case_sensitive(TIME_ZONES)
DEICTIC = r"(?:last|next|this|that|this\s+past|the\s+same|the\s+following|the\s+previous)"

# Calendar points, longest alternatives first (regex alternation takes the first that fits).
POINT = "|".join(
    (
        f"{DAY}\\s+{MONTH}(?:,?\\s+{YEAR})?",  # 12 March 2005, 19 December
        f"{DAY}{RANGE}{DAY}\\s+{MONTH}(?:,?\\s+{YEAR})?",  # 15-17 June
        f"{MONTH_OR_ABBR}\\s+{DAY}(?:{RANGE}{DAY})?(?:,?\\s+{YEAR})?",  # July 1, 2020; June 15 to 17
        f"{MONTH}(?:\\s+of)?\\s+{YEAR}",  # February 2022
        f"{MONTH}\\s+(?:of\\s+)?(?:last|next|this)\\s+year",  # October last year
        f"{MONTH_SAFE}(?:{RANGE}{MONTH})?",  # November to December
        "(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:(?:1[89]|20)\\d0|['’]\\d0)s",  # the 1980s
        f"(?:the\\s+)?{DAY}\\s+of\\s+{MONTH}(?:,?\\s+{YEAR})?",  # the 5th of June
        f"(?:the\\s+)?{alternation(SEASONS)}\\s+(?:of\\s+)?{YEAR}",  # the summer of 2004
        f"{YEAR}(?:[-–/](?:\\d\\d)?\\d\\d(?!\\d))?",  # 2004, 2004-05
        f"{WEEKDAY}(?:,?\\s+{DAY}\\s+{MONTH}(?:,?\\s+{YEAR})?|\\s+{PART_OF_DAY})?",  # Friday night
        f"(?:yesterday|today|tonight|tomorrow)(?:\\s+{PART_OF_DAY})?",  # yesterday morning
    )
)
# The edges of a period: "the end of last year", "the first half of this year".
EDGE = (
    r"(?:the\s+)?(?:end|beginning|start|middle|turn|close|rest|remainder"
    r"|(?:first|second|third|fourth|last|final)\s+(?:half|quarter|week|month|weeks|months|days))"
    r"\s+of\s+"
)
PERIOD = f"(?:{DEICTIC}\\s+{UNIT}|the\\s+{UNIT})"


def _rule(name: str, pattern: str, examples: tuple[str, ...], counters: tuple[str, ...] = ()) -> Rule:
    return rule(name, pattern, examples, counters, re.IGNORECASE)


# Rules run in the order written; the longest match wins wherever two overlap.
DATE_RULES = (
    _rule(
        "calendar point",
        # Only where a calendar point can start: a digit, a capital (months and weekdays are
        # case-sensitive), an apostrophe ('90s) or the first letter of "the", "yesterday",
        # "today", a season, "early", "late" or "mid". The same matches in half the time: the
        # engine no longer tries every alternative at every word.
        f"\\b(?=(?-i:[\\dA-Z'’])|[tysafwelm])(?:{POINT})",
        ("on 12 March 2005", "July 1, 2020", "June 15 to 17", "in May", "the 1980s", "Friday night"),
        ("Theresa May said", "you may go", "a long march", "Augusta"),
    ),
    _rule(
        "edge of a period",
        f"\\b{EDGE}(?:{POINT}|{PERIOD})",
        ("by the end of the month", "the first half of this year"),
        ("the end of the road",),
    ),
    _rule(
        "early/late/mid",
        f"\\b(?:early|late|mid)(?:-|\\s+(?:on\\s+)?)(?:{POINT})",
        ("late on Tuesday", "mid-2005", "early September"),
        ("the late Doris Day",),
    ),
    _rule(
        "part of a day",
        f"\\bthe\\s+{PART_OF_DAY}\\s+of\\s+(?:{POINT})(?:{RANGE}{WEEKDAY})?",
        ("the night of Monday to Tuesday",),
    ),
    _rule(
        "this/last/next",
        f"\\b{starting_with(('last', 'next', 'this', 'that', 'the'))}"
        f"(?:{DEICTIC})\\s+(?:{MONTH}|{WEEKDAY}|{alternation(SEASONS)}|{UNIT}|{PART_OF_DAY})\\b",
        ("last September", "this past term", "that day"),
        ("this second vote", "the last time"),
    ),
    _rule(
        "the past few",
        f"\\b{starting_with(('the', 'last', 'next', 'past', 'coming', 'previous', 'following', 'ensuing'))}"
        f"(?:the\\s+)?(?:last|next|past|coming|previous|following|ensuing)\\s+(?:{COUNT}\\s+)?{UNIT}\\b",
        ("the past few days", "the last 24 years"),
    ),
    _rule("the day before", r"\bthe\s+(?:day|night|week|month|year)\s+(?:before|after)\b", ("the day before",)),
    _rule(
        "ago/later",
        f"\\b{starting_with(COUNT_WORDS, PLURAL_UNITS)}"
        f"(?:(?:{COUNT}\\s+{UNIT}|{PLURAL_UNIT})\\s+(?:ago|later|earlier|before"
        f"|after|previously|afterwards)|{COUNT}\\s+{UNIT}\\s+on(?=\\s*[,.;]|$))\\b(?!-)",
        ("two years ago", "years ago", "a week later", "two years on, it"),
        ("a second term after", "for days on end", "a year on Mars"),
    ),
    _rule(
        "earlier in the day",
        r"\b(?:earlier|later)\s+(?:(?:this|that|next|last|in\s+the|on)"
        f"\\s+(?:{UNIT}|{PART_OF_DAY}|{WEEKDAY})|today|tonight|yesterday)\\b",
        ("earlier in the day", "later this year"),
    ),
    _rule(
        "recent years",
        f"\\brecent\\s+{alternation(('years', 'months', 'weeks', 'days', 'decades'))}\\b",
        ("in recent years",),
    ),
    _rule("within", f"\\bwithin\\s+(?:the\\s+)?(?:next\\s+)?{COUNT}\\s+{UNIT}\\b", ("within 10 days",)),
    _rule("the weekend", r"\bthe\s+weekend\b", ("over the weekend",)),
    _rule(
        "duration",
        f"\\b{starting_with(COUNT_WORDS)}{COUNT}\\s+{alternation(DURATION_UNITS)}\\b(?!-)",
        ("for 45 minutes", "a few decades", "two and a half years"),
        ("a month-long diet",),
    ),
    _rule(
        "century",
        r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd))[\s-]+century\b",
        ("the 21st Century", "the nineteenth century"),
    ),
    _rule("holiday", f"\\b{case_sensitive(HOLIDAYS)}", ("on Labor Day", "on New Year’s Eve"), ("a labour day",)),
    _rule(
        "clock, am/pm",
        f"{CLOCK}\\s*(?:a\\.m\\.|p\\.m\\.|(?:a\\.m|p\\.m|am|pm)\\b)",
        ("at 4pm", "at 10:39 a.m.", "6am"),
        ("I am 12",),
    ),
    _rule(
        "clock, 24h",
        r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?:\s*" + ZONE + r"\b)?"
        r"|(?<![\d.,])(?:[01]\d|2[0-3])[0-5]\d\s*" + ZONE + r"\b",
        ("0619 GMT", "at 16:00"),
        ("a 1,000 GMT",),
    ),
    _rule(
        "clock, in the morning",
        f"{CLOCK}(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+{PART_OF_DAY}"
        r"|at\s+night)\b",
        ("3:30 in the morning",),
    ),
    _rule("noon", r"\b(?:noon|midday|midnight)\b", ("at midnight",)),
)

# Words without one of which a rule cannot match (see rules_that_may_match): a unit for the
# rules counting time, a digit, month or weekday ("day") for a calendar point...
UNIT_WORDS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "centur",
    "season",
    "term",
    "quarter",
)
DATE_RULE_NEEDS = {
    "calendar point": (*DIGIT_CHARACTERS, *(m[:3].lower() for m in MONTHS), "day", "tonight", "tomorrow"),
    "edge of a period": (
        "end",
        "beginning",
        "start",
        "middle",
        "turn",
        "close",
        "rest",
        "remainder",
        "half",
        "quarter",
        "week",
        "month",
        "day",
    ),
    "early/late/mid": ("early", "late", "mid"),
    "part of a day": tuple(p.lower() for p in PARTS_OF_DAY),
    "this/last/next": ("last", "next", "this", "that", "same", "following", "previous"),
    "the past few": UNIT_WORDS,
    "the day before": ("before", "after"),
    "ago/later": UNIT_WORDS,
    "earlier in the day": ("earlier", "later"),
    "recent years": ("recent",),
    "within": ("within",),
    "the weekend": ("weekend",),
    "duration": UNIT_WORDS,
    "century": ("century",),
    "holiday": (
        "christmas",
        "year",
        "easter",
        "friday",
        "boxing",
        "labor",
        "labour",
        "memorial",
        "independence",
        "thanksgiving",
        "halloween",
        "valentine",
        "ramadan",
        "hanukkah",
        "diwali",
        "eid",
    ),
    "clock, am/pm": DIGIT_CHARACTERS,
    "clock, 24h": DIGIT_CHARACTERS,
    "clock, in the morning": DIGIT_CHARACTERS,
    "noon": ("noon", "midday", "midnight"),
}
