"""The number rules: one named pattern per shape of quantity ("800,000", "52%", "$1 million",
"two thirds", "116th"), with the examples each must match and the counter-examples it must not
(tests check them all), and the words without one of which a rule cannot match."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.rules import DIGIT_CHARACTERS, Rule, rule, starting_with

from .number_words import (
    ATTACHED_UNITS,
    CURRENCY_SYMBOLS,
    FRACTIONS,
    MULTIPLIERS,
    ONES,
    ORDINALS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    VAGUE,
)


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True)) + ")"


CARDINAL_STEM = f"(?:{_alt(TENS)}(?:[-\\s]{_alt(k for k in ONES if ONES[k] < 10)})?|{_alt(ONES)})"
CARDINAL_WORD = CARDINAL_STEM + r"(?![\w])"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A number starts at a word edge that is not a hyphen after a word ("Covid-19", "K2-18b"),
# a letter ("G7"), a decimal point, a slash ("9/11", "24/7") or an HTML entity ("&#233;").
START = r"(?<![\w.,$£€#/])(?<!\w-)"
END = r"(?![\w/]|[.,]\d)"
CURRENCY = _alt(CURRENCY_SYMBOLS)
SCALE_WORD = _alt(SCALES)
SCALED = (
    f"(?:{DIGITS}|{CARDINAL_WORD}|an?|half\\s+an?)(?:[-\\s]+and[-\\s]+a[-\\s]+half)?"
    f"(?:[-\\s]+{SCALE_WORD}(?![\\w-]))+(?:\\s+and\\s+{CARDINAL_WORD})?"
)
AMOUNT = f"(?:{SCALED}|{DIGITS}(?:{_alt(SCALE_ABBREVIATIONS)}(?![\\w]))?)"
# "a third" is a fraction before "of", a preposition or punctuation; "a third term" is an ordinal.
FRACTION_FOLLOWS = (
    r"\s+(?:of|since|in|on|at|to|from|by|for|than|and|or|but|as|more|less)\b"
    r"|\W*$|[^\w\s]"
)
PERCENT = r"(?:%|\s*per\s?cent\b|\s*percent\b)"
# An ordinal before a hyphen is an idiom ("third-party", "second-hand") unless a superlative
# follows ("third-largest").
ORDINAL_WORD = f"(?:{_alt(TENS)}-)?{_alt(ORDINALS)}" + r"(?!\w|-(?!\w+est\b))"


def _rule(name: str, pattern: str, examples: tuple[str, ...], counters: tuple[str, ...] = ()) -> Rule:
    return rule(name, pattern, examples, counters, re.IGNORECASE)


# Rules run in the order written; where two overlap, the longest match wins. A rule with a
# group named "n" reports that group only ("IV" in "stage IV").
NUMBER_RULES = (
    _rule("money", f"{START}{CURRENCY}\\s?{AMOUNT}{END}", ("it cost $1.5bn", "US$3.4 trillion", "£15,000")),
    _rule(
        "percent",
        f"{START}(?:{DIGITS}(?:\\s*[-–]\\s*{DIGITS})?|{CARDINAL_WORD}){PERCENT}",
        ("rose 5 per cent", "52%", "16–17 percent"),
        ("a percentage",),
    ),
    _rule("scaled", f"{START}{SCALED}{END}", ("three-and-a-half million", "350 thousand", "a million")),
    _rule("abbreviated scale", f"{START}{DIGITS}{_alt(SCALE_ABBREVIATIONS)}{END}", ("113.5m ounces",), ("the M25",)),
    _rule("score or range", f"{START}{DIGITS}\\s*[-–]\\s*{DIGITS}{END}", ("won 2-0",), ("Covid-19",)),
    _rule(
        "digits",
        f"{START}{DIGITS}(?:st|nd|rd|th|s)?{END}",
        ("800,000 workers", "the 116th", "3.5"),
        ("the G7", "Covid-19", "K2-18b", "Fahrenheit 9/11", "&#233;"),
    ),
    _rule("attached unit", f"{START}{DIGITS}(?-i:{_alt(ATTACHED_UNITS)}){END}", ("winds of 120mph", "3p")),
    _rule(
        "fraction",
        f"\\b(?:{CARDINAL_WORD}[-\\s]+and[-\\s]+(?:{CARDINAL_WORD}|an?)[-\\s]+"
        f"{_alt(FRACTIONS)}|(?:{CARDINAL_WORD}|an?)[-\\s]+{_alt(FRACTIONS)}(?!-)(?={FRACTION_FOLLOWS})"
        f"|{CARDINAL_WORD}[-\\s]+{_alt(k for k in FRACTIONS if k.endswith('s'))})\\b",
        ("two thirds of voters", "a quarter of", "one and two thirds"),
        ("a third term",),
    ),
    _rule(
        "half",
        r"(?<![\w-])(?<!first )(?<!second )(?<!the )(?<!a )half(?![\w-])",
        ("less than half",),
        ("the second half", "centre-half", "half-time"),
    ),
    _rule(
        "multiplier",
        f"\\b(?:{_alt(MULTIPLIERS)}(?=\\s+(?:the|that|its|their|his|her|what"
        f"|as)\\b)|(?:{CARDINAL_STEM}|\\d+)-?fold)\\b",
        ("almost double the figure", "tenfold"),
        ("a double murder",),
    ),
    _rule(
        "vague",
        f"\\b(?:{_alt(VAGUE)}|a\\s+couple(?=\\s+(?:of|more)\\b))\\b(?!-)",
        ("thousands of people", "tens of millions", "a couple of"),
        ("a couple who",),
    ),
    _rule("a dozen", r"\b(?:a|one|two|three|half\s+a)\s+dozen\b", ("a dozen eggs", "half a dozen")),
    _rule(
        "cardinal word",
        f"\\b{starting_with(ONES, TENS)}{CARDINAL_WORD}(?![-\\s]+(?:{SCALE_WORD}|another)\\b)",
        ("seven people", "ninety-nine"),
        ("someone", "one another"),
    ),
    _rule("ordinal", f"\\b{ORDINAL_WORD}", ("the third time", "third-highest"), ("third-party",)),
    _rule(
        "roman",
        r"\b(?:stage|phase|category|grade|level)\s+(?-i:(?P<n>IV|IX|VI{0,3}|I{1,3}|X))\b",
        ("stage IV cancer",),
        ("World War II",),
    ),
)

# Words without one of which a rule cannot match (see rules_that_may_match).
NUMBER_RULE_NEEDS = {
    "money": CURRENCY_SYMBOLS,
    "percent": ("%", "cent"),
    "scaled": tuple(SCALES),
    "abbreviated scale": DIGIT_CHARACTERS,
    "score or range": DIGIT_CHARACTERS,
    "digits": DIGIT_CHARACTERS,
    "attached unit": DIGIT_CHARACTERS,
    "fraction": ("half", "halves", "third", "quarter", "fifth", "sixth", "eighth", "tenth"),
    "half": ("half",),
    "multiplier": (*MULTIPLIERS, "fold"),
    "vague": ("dozens", "hundreds", "thousands", "millions", "billions", "couple"),
    "a dozen": ("dozen",),
    "cardinal word": (*ONES, *TENS),
    "ordinal": tuple(ORDINALS),
    "roman": ("stage", "phase", "category", "grade", "level"),
}
