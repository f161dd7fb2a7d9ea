"""Sentence shapes a teacher would not print, whatever the question made of them (the 40th
pre-review, strict labels on 30 seen bulk articles):

- an article's slip copied into the stem: a lone "a" before a count of things ("a 15 million
  handsets are replaced"), or a part word with no "of" before a possessive ("Intel showcased some
  its motherboards"); the reader takes the slip for ours (ungrammatical);
- a subject that is only a quantity, with no noun to say of what ("Most are made in China",
  "Only ___ regarded themselves as technically savvy"): the noun was in the sentence before (vague).
"""

from __future__ import annotations

import re

# "a 15 million handsets are replaced": "a", a count, a plural and its verb; "a 15-year-old", "a 5%
# rise", "a 100 metres race" and "a 3 points lead" stay (the count measures one thing)
A_BEFORE_COUNT_RE = re.compile(
    r"\ban?\s+\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred|m|bn))?\s+(?![a-z]+ss\b)[a-z]+s"
    r"\s+(?:are|were|have|had|will|would|could|can|may|might|should|must|do|did)\b"
)
# "some its motherboards": "all its", "both their" and "half its" are English; these words want "of"
PART_BEFORE_POSSESSIVE_RE = re.compile(
    r"\b(?:some|many|most|few|several|none|any|each)\s+(?:its|his|their|our|my|your)\b", re.I
)


def copied_slip(text: str) -> str | None:
    for pattern in (A_BEFORE_COUNT_RE, PART_BEFORE_POSSESSIVE_RE):
        if match := pattern.search(text):
            return f"{match.group(0)!r}: the article's slip, copied"
    return None


# "Most are made in China", "Only 11% regarded themselves": a quantity, then straight its verb (an
# auxiliary; a past form only after "only 11%", since "Some estimated death tolls" is a noun's);
# "Most analysts expect", "40% of the UK's population will" and "Some 30 people died" name what is
# counted and stay, and "___ has been hosting" is a name's blank
AUXILIARY = r"(?:are|were|is|was|have|has|had|will|would|could|can|may|might|should|must|do|did|does)"
BARE_QUANTITY_SUBJECT_RE = re.compile(
    r"^(?:(?:only|just|about|nearly|almost|around|over|more than|fewer than|less than)\s+"
    rf"(?:\d[\d,.]*(?:%| per ?cent)?|_{{3,}})\s+(?:{AUXILIARY}|[a-z]+ed)"
    rf"|(?:most|many|some|few|several|all|both|none|half|others|\d[\d,.]*(?:%| per ?cent)?)\s+{AUXILIARY})\b",
    re.I,
)


def bare_quantity_subject(text: str) -> str | None:
    if match := BARE_QUANTITY_SUBJECT_RE.match(text.strip()):
        return f"{match.group(0)!r}: a quantity of what, the stem does not say"
    return None


SLIP_SHAPES = (copied_slip, bare_quantity_subject)
# "Which number completes this sentence from the article? “…”": the sentence is what is quoted
QUOTED_SENTENCE_RE = re.compile(r"^[^“]*\?\s*“(.*)”$")


def reads_wrong(text: str) -> str | None:
    """Why a stem or statement reads wrong on its own, or None."""
    sentence = match.group(1) if (match := QUOTED_SENTENCE_RE.match(text)) else text
    return next(filter(None, (shape(sentence) for shape in SLIP_SHAPES)), None)
