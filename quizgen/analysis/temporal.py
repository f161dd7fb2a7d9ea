"""Time expressions in one sentence: calendar dates, clock times, durations and relative dates.

`find_dates(sentence_text, sentence_index)` returns every expression exactly as written, the
longest one where rules overlap ("the end of March 2005", not "March 2005"). A mention is
`relative` when its meaning depends on when the article was written ("yesterday", "on Monday",
"last year", "two years ago"); an expression that names its year is never relative.

Each rule is a quizgen.rules.Rule: a named pattern with examples it must match and
counter-examples it must not (tests check them all). The
patterns compile with IGNORECASE; month and weekday names are case-sensitive groups, so "may"
and "march" the verbs are not dates. Number words for counts ("two years ago") are a small table
of their own here because only matching, not values, is needed (values live in quantities.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from quizgen.models import DateMention
from quizgen.rules import DIGIT_CHARACTERS, Rule, rule, rules_that_may_match

SpanT = TypeVar("SpanT", bound=tuple[Any, ...])  # (start, end, whatever the caller keeps with them)

# --- language data ---------------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Abbreviations only count right before a day number ("Oct. 31"): "Jan" alone is also a name.
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "lunchtime")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
# Units a count or a deictic word can attach to ("two weeks", "last season", "this term").
TIME_UNITS = (
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "season",
    "term",
    "quarter",
)
# Units a bare count may measure: "a second", "a quarter" and "a term" are rarely durations.
DURATION_UNITS = (
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "seasons",
)
COUNT_WORDS = (
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "a few",
    "few",
    "several",
    "a couple of",
    "couple of",
    "many",
    "a dozen",
)
HOLIDAYS = (
    "Christmas Day",
    "Christmas Eve",
    "Christmas",
    "New Year's Day",
    "New Year's Eve",
    "Easter Sunday",
    "Easter Monday",
    "Easter",
    "Good Friday",
    "Boxing Day",
    "Labor Day",
    "Labour Day",
    "Memorial Day",
    "Independence Day",
    "Thanksgiving",
    "Halloween",
    "Valentine's Day",
    "Ramadan",
    "Hanukkah",
    "Diwali",
    "Eid al-Fitr",
    "Eid al-Adha",
)
TIME_ZONES = (
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "AEST",
    "AEDT",
    "IST",
    "JST",
)
# Words before a bare "May" that make it the month, not the verb or Theresa May.
MAY_CUES = (
    "in",
    "since",
    "until",
    "by",
    "from",
    "of",
    "and",
    "to",
    "between",
    "before",
    "after",
    "during",
    "through",
    "early",
    "late",
    "mid",
)
# Words that make an expression depend on when the article was written.
RELATIVE_WORDS = (
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "last",
    "next",
    "this",
    "that",
    "past",
    "coming",
    "previous",
    "following",
    "ensuing",
    "same",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "recent",
    "within",
    "weekend",
    "on",
    *WEEKDAYS,
)


def _alt(words: Iterable[str], plural: bool = False) -> str:
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


def _case_sensitive(words: Iterable[str]) -> str:
    """Names keep their capital ("May" the month, not "may"), and end at a word edge."""
    return "(?-i:" + _alt(words) + r")(?!\w)"


MONTH = _case_sensitive(MONTHS)
MAY_AS_MONTH = "(?:" + "|".join(f"(?<=\\b{cue}\\s)" for cue in MAY_CUES) + ")(?-i:May)"
MONTH_SAFE = f"(?:{_case_sensitive(m for m in MONTHS if m != 'May')}|{MAY_AS_MONTH})"
MONTH_OR_ABBR = f"(?:{MONTH}|{_case_sensitive(MONTH_ABBREVIATIONS)}\\.?)"
WEEKDAY = _case_sensitive(WEEKDAYS)
PART_OF_DAY = _alt(PARTS_OF_DAY)
UNIT = f"(?:seconds|{_alt(TIME_UNITS, plural=True)})"
# Without a count only a plural unit is a time: "years ago", but not "term after".
PLURAL_UNIT = _alt(("seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"))
DIGITS = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
COUNT = f"(?:{_alt(COUNT_WORDS)}|{DIGITS})(?:\\s+and\\s+a\\s+half)?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
YEAR = r"(?<![\w$£€#.,/])(?:1[89]|20)\d\d(?![\d%]|[.,]\d)"
RANGE = r"\s*(?:-|–|to|and|until|through)\s*"
CLOCK = r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
ZONE = _case_sensitive(TIME_ZONES)
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
        f"(?:the\\s+)?{_alt(SEASONS)}\\s+(?:of\\s+)?{YEAR}",  # the summer of 2004
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
        f"\\b(?:{POINT})",
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
        f"\\b(?:{DEICTIC})\\s+(?:{MONTH}|{WEEKDAY}|{_alt(SEASONS)}|{UNIT}|{PART_OF_DAY})\\b",
        ("last September", "this past term", "that day"),
        ("this second vote", "the last time"),
    ),
    _rule(
        "the past few",
        f"\\b(?:the\\s+)?(?:last|next|past|coming|previous|following|ensuing)\\s+(?:{COUNT}\\s+)?{UNIT}\\b",
        ("the past few days", "the last 24 years"),
    ),
    _rule("the day before", r"\bthe\s+(?:day|night|week|month|year)\s+(?:before|after)\b", ("the day before",)),
    _rule(
        "ago/later",
        f"\\b(?:(?:{COUNT}\\s+{UNIT}|{PLURAL_UNIT})\\s+(?:ago|later|earlier|before"
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
        "recent years", f"\\brecent\\s+{_alt(('years', 'months', 'weeks', 'days', 'decades'))}\\b", ("in recent years",)
    ),
    _rule("within", f"\\bwithin\\s+(?:the\\s+)?(?:next\\s+)?{COUNT}\\s+{UNIT}\\b", ("within 10 days",)),
    _rule("the weekend", r"\bthe\s+weekend\b", ("over the weekend",)),
    _rule(
        "duration",
        f"\\b{COUNT}\\s+{_alt(DURATION_UNITS)}\\b(?!-)",
        ("for 45 minutes", "a few decades", "two and a half years"),
        ("a month-long diet",),
    ),
    _rule(
        "century",
        r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd))[\s-]+century\b",
        ("the 21st Century", "the nineteenth century"),
    ),
    _rule("holiday", f"\\b{_case_sensitive(HOLIDAYS)}", ("on Labor Day", "on New Year’s Eve"), ("a labour day",)),
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

# "the month" in "the end of the month" means the current one.
RELATIVE_RE = re.compile(f"\\b(?:{_alt(RELATIVE_WORDS)}|the\\s+{UNIT})\\b", re.IGNORECASE)
HAS_YEAR_RE = re.compile(YEAR)
# A bare "a week" after a price, a count or a plural noun is a rate ("$5 a week", "twice a day",
# "ten cigarettes a day"), not a time.
RATE_WORDS = frozenset({"once", "twice", "times", "per"})
NOT_PLURALS = frozenset({"was", "has", "is", "as", "us", "this", "his", "its", "does", "thus"})
LAST_WORD_RE = re.compile(r"([\w%]+)\W*$")
# Capitalised mid-sentence, a relative word or unit is part of a name: "USA Today", "Jamie Noon",
# "Day after Day". Month and weekday names are capitalised anyway.
PROPER_FIRST_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS) | {h.split()[0] for h in HOLIDAYS}
SENTENCE_START_RE = re.compile(r"^[\s\"“‘'(\[]*$")
# A year followed by a plural count noun is a count ("1800 people"), unless a preposition or
# determiner before it makes it a year ("in 2004 sales rose", "the 2004 elections").
YEAR_ONLY_RE = re.compile(f"^{YEAR}$")
MONTH_DAY_RE = re.compile(f"({MONTH_OR_ABBR})\\s+\\d{{1,2}}$")
YEAR_CUE_BEFORE_RE = re.compile(
    r"\b(?:in|since|of|by|from|until|till|to|and|before|after|during"
    r"|the|its|their|his|her|year|'s|mid|early|late)\W*$",
    re.IGNORECASE,
)
PLURAL_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:people|men|women|children|staff|police"
    r"|(?!(?:was|has|is|does|as|us|its|this|his|plus|news)\b)[a-z]+[^s\W]s)\b"
)


def _is_rate_context(before: str) -> bool:
    last = LAST_WORD_RE.search(before)
    word = last[1].lower() if last else ""
    return (
        bool(re.search(r"\d|%", word))
        or word in RATE_WORDS
        or (word.endswith("s") and not word.endswith("ss") and word not in NOT_PLURALS)
    )


def _checked_span(text: str, start: int, end: int, rule: Rule) -> tuple[int, int] | None:
    """The match's span, trimmed or rejected (None) where the words around show it is no time."""
    opening = re.match(r"\W*(\w+)", text[start:end])
    if opening is None:
        return None  # no word in it: nothing to read as a time
    before, first_word = text[:start], opening[1]
    if first_word[0].isupper() and first_word not in PROPER_FIRST_WORDS and not SENTENCE_START_RE.match(before):
        return None
    if re.match(r"an?\b", text[start:end], re.IGNORECASE) and _is_rate_context(before):
        return None
    if text[start:end] in MONTHS and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return None  # "the March for Life": a bare month after "the" names something else
    count_after = PLURAL_NOUN_AFTER_RE.match(text[end:])
    if YEAR_ONLY_RE.match(text[start:end]):
        if re.search(r"\w-$", before):  # part of a name or code: "COVID-2019", "A-1900"
            return None
        return (start, end) if YEAR_CUE_BEFORE_RE.search(before) or not count_after else None
    month_day = MONTH_DAY_RE.match(text[start:end])
    if month_day and count_after and not re.search(r"\bon\s+$", before, re.IGNORECASE):
        # "in March 12 people died": the 12 counts people; "on March 12 police said" is a date
        return (start, start + month_day.end(1))
    return (start, end)


def is_relative(text: str) -> bool:
    """True when the expression needs the article's own date to be understood."""
    return bool(RELATIVE_RE.search(text)) and not HAS_YEAR_RE.search(text)


def keep_longest(spans: list[SpanT]) -> list[SpanT]:
    """Keep the longest (start, end, ...) spans, dropping any that overlap one already kept."""
    kept: list[SpanT] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def find_dates(sentence_text: str, sentence_index: int) -> list[DateMention]:
    """Every time expression in the sentence, as written, longest first, without overlaps."""
    spans = []
    for date_rule in rules_that_may_match(DATE_RULES, DATE_RULE_NEEDS, sentence_text):
        for match in date_rule.pattern.finditer(sentence_text):
            span = _checked_span(sentence_text, *match.span(), date_rule) if match.group() else None
            if span:
                spans.append(span)
    return [
        DateMention(
            text=sentence_text[start:end],
            sentence=sentence_index,
            start=start,
            end=end,
            relative=is_relative(sentence_text[start:end]),
        )
        for start, end in keep_longest(spans)
    ]
