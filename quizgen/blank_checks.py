"""Checks of a blank whose key needs no reading or is no one thing, from the 36th blind review: the
article's own coming year in a forecast ("set for strong growth in ___"), a group's label
("qualified from ___": Group A), an exchange rate to the hundredth of a cent ("trading at ___":
$1.3652), a quantifier and a noun ("___ have broken with Trump": Other Republicans) and the
second half of a name whose first word stays in the stem ("the General ___ has acted").
"""

from __future__ import annotations

import re

from .generators import Candidate
from .models import BLANK_RE, Analysis, Question
from .rules import lexicon

# A sentence about what is to come: a forecast, a plan, a fixture.
FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|(?:is|are)\s+(?:set|due|expected|likely|forecast|predicted|planning|going)\s+(?:to|for)|"
    r"set\s+(?:to|for)|predicts?|predicted|expects?|forecasts?|plans?\s+to|next\s+year|coming\s+year|"
    r"shaping\s+up\s+to\s+be)\b",
    re.I,
)
FORECAST_BEFORE_RE = re.compile(r"\b(?:in|by|for|during|until|through)\s+$", re.I)
YEAR_RE = re.compile(r"(?<![\d£$€.,])(?:19|20)\d\d(?![\d%])")


def coming_year(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'The economy is set for strong growth in ___' (2005), 'Analysts predict that the dollar will
    remain weak in ___' (trivial, vague; three reviews of the 36th): a forecast's year that is the
    article's own year or the next. Among options a year apart the latest is the key. A year
    further off ("London will host the Olympics in 2012" in a 2005 story) stays a fact to learn."""
    if c.answer_type != "date" or not re.fullmatch(r"(?:19|20)\d\d", q.answer.strip()):
        return None
    if not FUTURE_RE.search(c.source.text) or not (blank := BLANK_RE.search(q.prompt)):
        return None
    if not FORECAST_BEFORE_RE.search(q.prompt[: blank.start()]):
        return None  # "… their first victory in Cardiff since ___": a past year in a sentence about the future
    year = int(q.answer.strip())
    if any(int(y) > year for y in YEAR_RE.findall(c.source.text)):
        return None  # a forecast's year is the latest of its sentence
    if analysis.published:
        now = int(analysis.published[:4])
    else:  # the latest year the article's other sentences, not forecasts, name: roughly when it was written
        # (or, if it names years only in forecasts, no later than the first of them: "by 2008" and
        # "by mid-2005" in a 2004 story)
        others = [(s, int(y)) for s in analysis.sentences if s.index != c.source.index for y in YEAR_RE.findall(s.text)]
        past = [y for s, y in others if not FUTURE_RE.search(s.text)]
        now = max(past) if past else min((y for _, y in others), default=year)
    if now - 1 <= year <= now + 1:
        return f"the article's own coming year in a forecast ({year})"
    return None


# "Group A", "Pool B", "Round 3": a label of a draw, not a fact a reader keeps
LABEL_RE = re.compile(
    r"(?:the\s+)?(?:Group|Pool|Section|Heat|Round|Division|Conference|Zone)\s+(?:[A-H]|\d{1,2})", re.I
)


def group_label(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'after the Kumasi team qualified from ___ on Saturday' (Group A; trivial, two raters of
    three): its options, the draw's other letters, are told apart only by rote."""
    return f"{q.answer!r} is the label of a group" if LABEL_RE.fullmatch(q.answer.strip()) else None


def fine_decimal(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'The dollar was trading at ___ versus the euro' ($1.3652; trivial, three of three): a figure
    of three decimals or more, a rate to the hundredth of a cent that no reader keeps."""
    if c.answer_type == "number" and re.search(r"\d\.\d{3,}(?!\d*,\d)", q.answer):
        return f"{q.answer!r} is given to three decimals or more"
    return None


# "Other Republicans", "Some analysts", "Many fans": who they are is the noun, not a name
QUANTIFIERS = frozenset("other others some many several most all both few various numerous such".split())


def quantifier_opening(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'___ have broken with Trump' keyed to "Other Republicans" (trivial, three of three): an
    answer that opens on a quantifier is a group the sentence describes, not a name."""
    words = q.answer.split()
    if len(words) < 2 or words[0].lower() not in QUANTIFIERS or not re.fullmatch(r"[a-z]+|[A-Z]\w+s", words[1]):
        return None  # "All Nippon": a name that opens on a quantifier
    if c.answer_type in ("person", "organization", "place"):
        return f"{q.answer!r} opens on {words[0]!r}: a group, not a name"
    return None


# Capitalised words that may stand right before a name's blank without being part of it.
NOT_PART_OF_NAME = frozenset("The A An This That These Those His Her Its Their Our My Your".split())


def name_cut(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Traditionally, the General ___ has acted' (Services Administration; formatting, three of
    three): a capitalised word right before an organisation's blank, not the sentence's first nor
    a place or a given name (a title may be: "General"), is the name's own first word, and the
    blank cuts the name in two."""
    if c.answer_type != "organization" or not (blank := BLANK_RE.search(q.prompt)):
        return None
    before = q.prompt[: blank.start()]
    match = re.search(r"(?:^|[^.!?:;\"“]\s)([A-Z][a-z]+)\s$", before)
    if match is None or not re.search(r"\w", before[: match.start(1)]):
        return None  # the sentence's first word
    word = match.group(1)
    if (
        word in NOT_PART_OF_NAME
        or word in lexicon.countries()
        or word in lexicon.demonyms()
        or word in lexicon.regions()
        or word in lexicon.cities()
        or word in lexicon.organizations()
        or word in lexicon.given_names()
    ):
        return None
    if not q.answer[:1].isupper():
        return None
    return f"the blank cuts the name {word} {q.answer!r} in two"
