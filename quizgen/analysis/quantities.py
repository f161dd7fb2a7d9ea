"""Quantities in one sentence: numbers as written, with their value and the noun they count.

`find_numbers(sentence_text, sentence_index)` returns digits ("800,000", "3.5"), percentages
("52%", "5 per cent"), money ("$1 million", "£5bn"), scaled and spelled-out numbers ("two
million", "three-and-a-half million", "ninety-nine"), fractions ("two thirds"), multipliers
("tenfold"), ordinals ("first", "116th"), vague counts ("dozens", "tens of thousands") and
scores or ranges ("2-0", "16–17 percent").

`value` is a float for an exact quantity and None for a vague one ("thousands") or one that is
not a single number (a score, a range): callers that need a checkable fact keep numeric values.
Ordinals carry their position as value ("third" -> 3.0); `is_ordinal` tells them apart.
`unit` is the currency ("$", "£"), "%" or the counted noun after the number ("13 Liberal MPs"
-> "Liberal MPs"); None when no noun follows.

Not reported: numbers inside calendar dates and clock times (years, days of the month), which
find_dates reports; counts inside a date are kept ("two" in "two years ago"). Nor numbers that
are part of a name ("G7", "Covid-19", "Boeing 747", "Article 50"), list markers, or "one" used as
a pronoun ("no one", "the one", "one another").

The rules are in number_rules.py, their words in number_words.py, values and counted nouns in
number_values.py; here each match is checked against the words around it.
"""

from __future__ import annotations

import re

from quizgen.models import DateMention, NumberMention
from quizgen.rules import rules_that_may_match

from .number_rules import NUMBER_RULE_NEEDS, NUMBER_RULES
from .number_values import counted_noun, is_ordinal, unit_of, value_of
from .number_words import ONES, TIME_UNIT_WORDS
from .temporal import find_dates, keep_longest
from .time_words import MONTHS, WEEKDAYS

__all__ = ["NUMBER_RULES", "NUMBER_RULE_NEEDS", "ONES", "counted_noun", "find_numbers", "is_ordinal"]

# "one" is a pronoun after these words ("no one", "the one"), or before "another".
PRONOUN_ONE_BEFORE_RE = re.compile(
    r"\b(?:(?:no|the|any|every|each|this|which|little|loved"
    r"|another)|(?:a|an|the)\s+[a-z]+)\W*$",
    re.IGNORECASE,
)
# "first" is an adverb, not a position, in "at first" and before a participle ("first detected").
ADVERB_FIRST_BEFORE_RE = re.compile(r"\bat\s+$", re.IGNORECASE)
ADVERB_FIRST_AFTER_RE = re.compile(r"^\s+(?:\w+ly\s+)?\w+ed\b")
SENTENCE_START_RE = re.compile(r"^[\s\"“‘'(\[]*$")
NUMBER_WORD_CAPITALISED_RE = re.compile(r"[A-Z][a-z]+(?:[- ][a-z]+)*$")
PRONOUN_ONE_AFTER_RE = re.compile(r"^(?:\s+another\b|['’]s\b)", re.IGNORECASE)
# A capitalised word (not a sentence's first) right before a plain integer makes it part of a
# name: "Boeing 747", "Article 50", "iPhone 6", "No 10". Dates are not names: "Monday 12 people".
NAME_BEFORE_RE = re.compile(r"[^.!?\"“(\s]\s+(\w*[A-Z]\w*\.?)\s$")
NOT_NAME_WORDS = frozenset(MONTHS + WEEKDAYS)
# A house number: "11 Downing Street".
ADDRESS_AFTER_RE = re.compile(
    r"^\s+(?:[A-Z]\w+\s+)+(?:Street|Road|Avenue|Lane|Drive|Square|Place"
    r"|Boulevard|Terrace|Crescent|Way)\b"
)
# A figure other than 1 before a verb of the third person singular is a name: "so promising that 3
# says it is planning …" (the mobile company 3; 36th review). A count takes the plural: "12 say".
NAME_VERB_AFTER_RE = re.compile(
    r"^\s+(?:says|has|plans|wants|hopes|claims|expects|insists|admits|reports|announces|launches|offers|sells|"
    r"is\s+(?:planning|launching|offering|selling|expected|hoping|trying|to))\b"
)
LIST_MARKER_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
PLAIN_INTEGER_RE = re.compile(r"^\d+$")


def _keep(text: str, start: int, end: int, rule: str, dates: list[DateMention]) -> bool:
    """False for numbers that belong to a date, a name, a list marker, or are pronoun "one"."""
    matched, before, after = text[start:end], text[:start], text[end:]
    for date in dates:
        if start < date.end and end > date.start:
            # a count in a date stays ("two years ago"); a year, a day or a time does not
            unit = re.match(r"\s+(\w+)", text[end : date.end])
            if is_ordinal(matched) or not unit or unit[1].lower() not in TIME_UNIT_WORDS:
                return False
    if NUMBER_WORD_CAPITALISED_RE.match(matched) and not SENTENCE_START_RE.match(before):
        return False  # a capitalised number word mid-sentence names something: "Six Nations"
    if matched.lower() == "first" and (ADVERB_FIRST_BEFORE_RE.search(before) or ADVERB_FIRST_AFTER_RE.match(after)):
        return False
    if matched.lower() == "one":
        return not (PRONOUN_ONE_BEFORE_RE.search(before) or PRONOUN_ONE_AFTER_RE.match(after))
    if PLAIN_INTEGER_RE.match(matched) and matched != "1" and NAME_VERB_AFTER_RE.match(after):
        return False
    name_before = NAME_BEFORE_RE.search(before)
    if PLAIN_INTEGER_RE.match(matched) and (
        (name_before and name_before[1] not in NOT_NAME_WORDS) or ADDRESS_AFTER_RE.match(after)
    ):
        return False
    return not (start == 0 and LIST_MARKER_RE.match(text))


def find_numbers(
    sentence_text: str, sentence_index: int, *, dates: list[DateMention] | None = None
) -> list[NumberMention]:
    """Every quantity in the sentence, as written, with its value and counted noun.

    `dates` are the sentence's `find_dates` results when the caller has them already."""
    dates = find_dates(sentence_text, sentence_index) if dates is None else dates
    spans = []
    for number_rule in rules_that_may_match(NUMBER_RULES, NUMBER_RULE_NEEDS, sentence_text):
        for match in number_rule.pattern.finditer(sentence_text):
            start, end = match.span("n") if match.groupdict().get("n") else match.span()
            if end > start and _keep(sentence_text, start, end, number_rule.name, dates):
                spans.append((start, end, number_rule.name))
    mentions = []
    for start, end, rule_name in keep_longest(spans):
        text = sentence_text[start:end]
        mentions.append(
            NumberMention(
                text=text,
                sentence=sentence_index,
                start=start,
                end=end,
                value=value_of(rule_name, text),
                unit=unit_of(rule_name, text, sentence_text[end:]),
            )
        )
    return mentions
