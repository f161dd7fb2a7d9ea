"""Time expressions in one sentence: calendar dates, clock times, durations and relative dates.

`find_dates(sentence_text, sentence_index)` returns every expression exactly as written, the
longest one where rules overlap ("the end of March 2005", not "March 2005"). A mention is
`relative` when its meaning depends on when the article was written ("yesterday", "on Monday",
"last year", "two years ago"); an expression that names its year is never relative.

The rules are in date_rules.py, their words in time_words.py; here each match is checked
against the words around it, and the longest of overlapping matches kept.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from quizgen.models import DateMention
from quizgen.rules import Rule, rules_that_may_match

from .date_rules import DATE_RULE_NEEDS, DATE_RULES, MONTH_OR_ABBR, UNIT, YEAR, alternation
from .time_words import HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, RELATIVE_WORDS, WEEKDAYS

__all__ = ["DATE_RULE_NEEDS", "DATE_RULES", "find_dates", "is_relative", "keep_longest"]

SpanT = TypeVar("SpanT", bound=tuple[Any, ...])  # (start, end, whatever the caller keeps with them)

# "the month" in "the end of the month" means the current one.
RELATIVE_RE = re.compile(f"\\b(?:{alternation(RELATIVE_WORDS)}|the\\s+{UNIT})\\b", re.IGNORECASE)
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


FIRST_WORD_RE = re.compile(r"\W*(\w+)")
ARTICLE_RE = re.compile(r"an?\b", re.IGNORECASE)
THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
HYPHEN_AFTER_WORD_RE = re.compile(r"\w-$")
ON_BEFORE_RE = re.compile(r"\bon\s+$", re.IGNORECASE)


def _checked_span(text: str, start: int, end: int, rule: Rule) -> tuple[int, int] | None:
    """The match's span, trimmed or rejected (None) where the words around show it is no time."""
    opening = FIRST_WORD_RE.match(text[start:end])
    if opening is None:
        return None  # no word in it: nothing to read as a time
    before, first_word = text[:start], opening[1]
    if first_word[0].isupper() and first_word not in PROPER_FIRST_WORDS and not SENTENCE_START_RE.match(before):
        return None
    if ARTICLE_RE.match(text[start:end]) and _is_rate_context(before):
        return None
    if text[start:end] in MONTHS and THE_BEFORE_RE.search(before):
        return None  # "the March for Life": a bare month after "the" names something else
    count_after = PLURAL_NOUN_AFTER_RE.match(text[end:])
    if YEAR_ONLY_RE.match(text[start:end]):
        if HYPHEN_AFTER_WORD_RE.search(before):  # part of a name or code: "COVID-2019", "A-1900"
            return None
        return (start, end) if YEAR_CUE_BEFORE_RE.search(before) or not count_after else None
    month_day = MONTH_DAY_RE.match(text[start:end])
    if month_day and count_after and not ON_BEFORE_RE.search(before):
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
