"""Where a blank may stand in a sentence: the failure shapes raters reject, as rules on the text
before and after it.

Every rule on the text before the blank is anchored at the blank and reaches back over a few
words at most, so it is run on those last words only (`_last_words`): a long paragraph or a
long run of capitals before the blank costs one pass to find them, not a scan per rule and
start position (issue 13: 'A' x 20,000 took 13.6 s). The patterns are compiled once, here.
"""

from __future__ import annotations

import re

from ..analysis.quantities import ONES
from ..rules import lexicon
from .text import famous_office, find_form

# "the last 12 months", "nearly 10 years": a span of time is seldom the fact worth asking.
DURATION_AFTER = r"^\s*(?:-\s*)?(?:months?|years?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b"
DURATION_AFTER_RE = re.compile(DURATION_AFTER, re.I)
# "about six to ___ times a year": a range whose first end is a word.
_NUMBER_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
NUMBER_WORD_RANGE_RE = re.compile(
    rf"\b(?:{_NUMBER_WORDS})\s+(?:to|or|-|–)\s+$|\bbetween\s+(?:{_NUMBER_WORDS})\s+and\s+$", re.I
)
# "flight ___", "Psion Organiser series ___": a number that names something rather than counts it.
LABEL_WORDS = (
    r"flight|route|no\.|model|case|article|section|chapter|page|room|highway|interstate|platform|gate|bus|line|"
    r"series|version|episode|channel|track|code|round|phase"
)
LABEL_BEFORE_RE = re.compile(rf"\b(?:{LABEL_WORDS})\s+$", re.I)
# "keeps the number ___ jersey", "wore the ___ shirt": a player's number names a position (38th review).
LABEL_AFTER_RE = re.compile(r"^\s*(?:jersey|shirt)\b", re.I)
# "children gain an absolute right to the money at age ___", "legally adults at ___": 16, 18, 21.
LEGAL_AGE_RE = re.compile(
    r"\b(?:adults?|adulthood|majority|legal(?:ly)?|vote|voting|drink(?:ing)?|school[- ]leaving|right)\b[^.]{0,40}"
    r"\b(?:at|aged?|of)\s+(?:age\s+)?___|___\s*(?:-year-olds?)?[^.]{0,20}\b(?:adults?|vote|voting)\b",
    re.I,
)
MODIFIER = "an organisation used as a modifier (___ museums)"
# Words that may follow a place used as a place, not as a modifier ("a ___ national").
AFTER_PLACE = frozenset(
    "is was are were has had have and or but in on at to for from with by said says which where who that "
    "as after before since during when while than near ahead earlier later last this next yesterday today "
    "now again also alone itself instead too recently over up down so until through into via whose "
    "will would could can may might must should".split()
)
REPORTING_BEFORE_RE = re.compile(
    r"\b(?:according to|told|reported by|published in|(?:a|the)\s+(?:\w+\s+)?report (?:by|from)|"
    r"reported in|quoted in|writing in|wrote in)\s+(?:the\s+)?$",
    re.I,
)
# The longest rule on the text before a blank spans five words ("a new report from the ___"), one
# more is kept as a margin; tests/test_pathological_inputs.py finds a difference with four.
WORDS_BEFORE = 6

# Each pattern below is one rule of `bad_blank`, in its order; `_B` rules read the words before the
# blank, `_A` rules the text after it.
WORD_JOINED_A = re.compile(r"^[-–:/]?\w")
WORD_JOINED_B = re.compile(r"\w[-–:/]?$")
NUMBER_JOINED_B = re.compile(r"\d[:.,/]$")
NUMBER_JOINED_A = re.compile(r"^[:.,/]\d")
TIME_B = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:hours?|hrs?|minutes?|mins?),?\s+(?:and\s+)?$", re.I)
TIME_A = re.compile(r"^\s+(?:hours?|minutes?|mins?)?\s*\d+\s+(?:minutes?|seconds?|secs?)\b", re.I)
DIGIT_A = re.compile(r"^\s\d")
DIGIT_B = re.compile(r"\d\s$")
OR_SO_A = re.compile(r"^\s+or\s+so\b")
PER_B = re.compile(r"\bper\s+$")
ANNIVERSARY_A = re.compile(r"^(?:st|nd|rd|th)?\s+(?:anniversary|birthday)\b")
ROYAL_B = re.compile(r"\b(?:Prince|Princess|King|Queen|Duke|Duchess)\s+$")
WORKED_OUT = re.compile(r"\b(?:halv|doubl|tripl|quadrupl)\w*\b", re.I)
DIGIT = re.compile(r"\d")
ARTICLE_B = re.compile(r"\ban?\s+$", re.I)
STOCK_PHRASE_B = re.compile(r"\b(?:top|last|final)\s+$", re.I)
RANGE_A = re.compile(r"^\s*(?:[-–]|to|and)\s*[$£€]?\d")
# A digit, then letters, digits or [.,%] up to the range word ("10-", "6.5% to"). Tried from the start
# of each such run only, the digit looked ahead for: a run of 40,000 digits is read once, not from
# each of them (the patterns of the tests in test_pathological_inputs.py, the same matches).
RANGE_B = re.compile(r"(?<![\w.,%])(?=[\w.,%]*?\d)[\w.,%]*\s*(?:[-–]|to|and)\s*[$£€]?$|\bbetween\s+$")
RANGE_OR_B = re.compile(r"(?<![\w.,%])(?=[\w.,%]*?\d)[\w.,%]*+\s+or\s+$")
YEARS_A = re.compile(r"^\s*(?:[-–]|to|and|or)\s*(?:(?:early|mid|late)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b")
YEARS_B = re.compile(r"\b\d{4}\s*(?:[-–]|to|and|or)\s*$|\bbetween\s+$")
NUMBER_AFTER_A = re.compile(r"^\s+\d+\b")
APOSTROPHE_A = re.compile(r"^['’]\s")
NAME_GOES_ON_A = re.compile(r"^['’]?s?\s+[A-Z]")
OPEN_QUOTE_B = re.compile(r"[“\"]$")
CUT_OFF_A = re.compile(r"^\s+(?:of|for|de)\s+(?:the\s+)?[A-Z]")
# A word with a capital at a word boundary ("Windsor", "St.", "O'Neill"), then at most "at the":
# tried from the start of each word only, its first such capital found once (atomic group).
CUT_B = re.compile(
    r"(?<![\w.'’-])(?>[\w.'’-]*?\b(?=[A-Z]))([A-Z][\w.'’-]*+)\s+(?:(?:at|of|and|de|du|la)\s+(?:the\s+)?)?$"
)
BRACKETS_A = re.compile(r"^[\s\w$£€%.,]*?\((?:[^)]*\d)")
LIST_B = re.compile(r",\s+(?:and\s+)?$|\band\s+$")
LIST_A = re.compile(r"^\s*(?:,|and\b|or\b)")
LAST_OF_LIST_B = re.compile(r",\s+(?:and\s+)?(?:the\s+)?$")
LIST_COMMA_B = re.compile(r",\s+(?:the\s+)?$")
LIST_COMMA_A = re.compile(r"^\s*,")
FIRST_OF_LIST_A = re.compile(r"^\s*(?:,|and|or|&)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z\d]")
NICKNAME_A = re.compile(r"^\s*[“\"][A-Z]\w*[”\"]")
INITIAL_A = re.compile(r"^\.\s+[a-z]")
# A word holding a capital, then a comma: the capital looked ahead for from the word's start.
NAMED_ITEM_B = re.compile(r"(?<![\w.'’-])(?=[\w.'’-]*?[A-Z])[\w.'’-]*+,\s+(?:and\s+)?$")
NAMED_ITEM_A = re.compile(r"^\s*(?:,|and\b|or\b|\.)")
ORDINAL_B = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$")
MODIFIER_A = re.compile(r"^\s+([a-z][a-z-]+)")
REGION_B = re.compile(r"(?<![\w.'’-])(?=[\w.'’-]*?[A-Z][\w.'’-])[\w.'’-]*+,\s+$|\bcapital\s+(?:city\s+)?(?:of\s+)?$")
CAPITAL_A = re.compile(r"^,?\s+the\s+capital\b")


def _last_words(text: str) -> tuple[str, int]:
    """The last WORDS_BEFORE words of `text` (runs of non-space), from the first one's start, and
    where that is in `text`. A rule anchored at the end of `text` that spans fewer words finds
    there what it finds in the whole text: the character before the first word kept is a space,
    so a word boundary (\\b) at its start holds in both."""
    parts = text.rsplit(None, WORDS_BEFORE)
    if len(parts) <= WORDS_BEFORE:
        return text, 0
    start = len(parts[0])
    while text[start].isspace():  # the same spaces str.split and the patterns' \s see
        start += 1
    return text[start:], start


def bad_blank(before: str, after: str, answer_type: str) -> str | None:
    """Why a blank between `before` and `after` would make a bad question, or None.

    Each rule is a failure shape raters reject: part of a longer name, a quoted word, a
    conversion in brackets, one item of a list, a fact anyone knows, a news outlet cited.
    """
    near, offset = _last_words(before)
    if WORD_JOINED_A.match(after) or WORD_JOINED_B.search(near):
        return "part of a longer word or name (G7, Covid-19, SM:tv, AC/DC)"
    if NUMBER_JOINED_B.search(near) or NUMBER_JOINED_A.match(after):
        return "part of a longer number or time (2:14:___)"
    if TIME_B.search(near) or TIME_A.match(after):
        return "part of a longer time (2 hours ___ 39 seconds)"
    if answer_type == "number" and (DIGIT_A.match(after) or DIGIT_B.search(near)):
        return "part of a longer number: a telephone number or a code (on ___ 8 505 505)"
    if answer_type == "number" and (OR_SO_A.match(after) or PER_B.search(near)):
        return "an estimate or a unit's base (the ___ or so images, $2 per ___ cubic metres)"
    if answer_type == "number" and ANNIVERSARY_A.match(after):
        return "an anniversary: the headline or a founding year gives it (celebrating its ___ anniversary)"
    if answer_type == "person" and ROYAL_B.search(near):
        return "general knowledge: a royal's given name (the Queen and Prince ___)"
    if (
        answer_type == "number"
        # no match runs over the blank: each side is searched alone
        and (WORKED_OUT.search(before) or WORKED_OUT.search(after))
        and (DIGIT.search(before) or DIGIT.search(after))
    ):
        return "worked out from the sentence (halving its dividend to ___ cents from 34 cents)"
    if answer_type == "number" and (LABEL_BEFORE_RE.search(near) or LABEL_AFTER_RE.match(after)):
        return "a label, not a quantity (flight ___, Psion Organiser series ___, the number ___ jersey)"
    if answer_type == "number" and LEGAL_AGE_RE.search(f"{before[-60:]} ___ {after[:40]}"):
        return "general knowledge: a legal age (legally adults at ___, the right to vote at ___)"
    if ARTICLE_B.search(near) and answer_type in ("number", "date"):
        return "after 'a' or 'an', which tells how the answer sounds (an ___%: 18)"
    if answer_type == "number" and (DURATION_AFTER_RE.match(after) or STOCK_PHRASE_B.search(near)):
        return "a stock phrase (in 12 months, the top 10, the last 16 of the Champions League)"
    if answer_type == "number" and (
        RANGE_A.match(after) or RANGE_B.search(near) or NUMBER_WORD_RANGE_RE.search(near) or RANGE_OR_B.search(near)
    ):
        return "one end of a range (between ___ and 75 cents, six to ___ times)"
    if answer_type == "date" and (
        # "from ___ to April 2005" too (14th blind review: trivial)
        YEARS_A.match(after) or YEARS_B.search(near)
    ):
        return "one of two years side by side (approved in ___ and 2002): the other gives it away"
    if answer_type not in ("person", "number", "date") and NUMBER_AFTER_A.match(after):
        return "part of a longer name (___ 4's Today programme: BBC Radio 4)"
    if APOSTROPHE_A.match(after):
        return "a possessive apostrophe alone after the blank (___' hit show: Mel Brooks')"
    if answer_type != "person" and NAME_GOES_ON_A.match(after):
        return "part of a longer name (Kurdistan Workers' Party)"
    if OPEN_QUOTE_B.search(near) or (before.count("“") - before.count("”")) % 2 or before.count('"') % 2:
        return "inside a quotation: someone's exact words, not a fact"
    if answer_type in ("organization", "place") and CUT_OFF_A.match(after):
        return "a cut-off name (The ___ of Britain)"
    cut = CUT_B.search(near)
    if cut and not (
        cut.group(1) in lexicon.titles()
        or (offset + cut.start(1) == 0 and cut.group(1).lower() in lexicon.common_words())
    ):
        return "the end of a longer name (St Margaret's at ___, Windsor ___)"
    if before.endswith("(") or BRACKETS_A.match(after) or before.count("(") > before.count(")"):
        return "a conversion or an aside in brackets (82 pounds (___ kg))"
    if LIST_B.search(near) and LIST_A.match(after):
        return "one item of a list"
    if LAST_OF_LIST_B.search(near) and before[-60:].count(",") >= 2:
        return "the last item of a list (aged nine, ten, 49, and ___)"
    if LIST_COMMA_B.search(near) and LIST_COMMA_A.match(after):
        return "one item of a list"
    if answer_type in ("person", "organization", "place") and FIRST_OF_LIST_A.match(after):
        return "the first item of a list (actor ___ and writer Joanne Harris)"
    if NICKNAME_A.match(after) or INITIAL_A.match(after):
        return 'part of a name: a nickname or an initial follows (Pasquale "Pat" Di Cicco)'
    if NAMED_ITEM_B.search(near) and NAMED_ITEM_A.match(after) and answer_type != "date":
        return "one item of a list"
    if answer_type == "place":
        if ORDINAL_B.search(near):
            return "a numbered district or seat (Maryland's seventh ___)"
        modifier = MODIFIER_A.match(after)
        if modifier and modifier.group(1) in lexicon.role_nouns():
            return "a place used as a modifier of a job (___ senator)"
        if modifier and modifier.group(1) not in AFTER_PLACE:
            return "a place used as a modifier (a ___ national, rattled ___ commonwealth)"
        if REGION_B.search(near) or CAPITAL_A.match(after):
            return "general knowledge: the region of a city, or a capital"
    tail = near.split()
    if answer_type == "person" and any(famous_office(" ".join(tail[-n:])) for n in range(1, min(5, len(tail) + 1))):
        return "general knowledge: the holder of a famous office (British Prime Minister ___)"
    if answer_type == "organization":
        modifier = MODIFIER_A.match(after)
        if modifier and modifier.group(1) not in AFTER_PLACE and modifier.group(1) not in lexicon.role_nouns():
            return MODIFIER
    if answer_type == "organization" and REPORTING_BEFORE_RE.search(near):
        return "a news outlet cited as the source"
    return None


def written_fact(statement: str, forms: tuple[str, ...], kind: str) -> str | None:
    """The form as the statement writes it, when a whole fact stands there (not part of a longer name)."""
    for form in sorted(forms, key=len, reverse=True):
        found = find_form(statement, form)
        if found is None:
            continue
        reason = bad_blank(statement[: found[0]], statement[found[1] :], kind)
        return statement[found[0] : found[1]] if reason is None else None
    return None


def start_of(statement: str, written: str) -> int:
    """Where `written`, as `written_fact` read it from `statement`, starts there."""
    found = find_form(statement, written)
    assert found is not None  # `written` is a whole-word span of `statement`: it is found again
    return found[0]
