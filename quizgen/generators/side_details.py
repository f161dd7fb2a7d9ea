"""Blanks of a detail no reader keeps or anyone guesses, by the words around them: a shot's
distance in a match report, a price's second level in a sentence that gives the first, the
reporter of an interview, a round target year, the maker of a named work, a share of no one named,
a moment of a match ("the ___ game", "the opening ___"), when figures came out, a figure the
sentence lets a reader work out, a race named by its distance, the first half of a title, a blank
after "a" or "an", a figure of speech ("Think of it as Donkey Kong meets ___"), a figure whose
noun the article wrote twice ("a fine of up to ___ fine").

Each rule is a shape three blind raters rejected (22nd, 23rd reviews), kept narrow enough that the
same sentence's main facts, and the same figures in other roles, are still blanked.
"""

from __future__ import annotations

import re

from ..models import normalize
from ..rules import lexicon
from .clauses import AUXILIARIES

# "a first-time drive from ___ yards", "loop his header from ___ yards": where a shot was taken
SHOT_DISTANCE_AFTER_RE = re.compile(r"^\s*(?:yards?|yds|metres?|meters?|m|feet|ft)\b", re.I)
# "grabbed the vital break in the ___ game" (17th), "dominated possession in the opening ___" (10
# minutes): when in a match something happened, which no reader keeps (24th review: trivial)
MATCH_MOMENT_AFTER_RE = re.compile(r"^\s+(?:game|minute|lap|over|hole|frame|set|innings|end|end of)\b")
# "in the ___ through June" (12 months): the span of a financial year
PERIOD_END_AFTER_RE = re.compile(r"^\s+(?:to|through|ending|ended)\s+(?:the\s+end\s+of\s+)?[A-Z]")
EVENT_AFTER_RE = re.compile(r"^\s+(?:champion|title|final|race|hurdles|record|event|gold|silver|bronze|crown)\b")
RUN_BEFORE_RE = re.compile(r"\b(?:racing|ran|running|sprinting|dribbling|charging|raced)\s+$", re.I)
MODEL_AFTER_RE = re.compile(r"^(?:['’]s\b|\s+(?:was|is|were|has|had|will|can)\b)")
MATCH_STRETCH_BEFORE_RE = re.compile(r"\b(?:opening|first|final|last|closing)\s+$", re.I)
# "users need to prove they are over ___ before …" (18), "children under ___ can": an age limit
# fixed by law, which every reader knows (36th review: obvious, three of three). Not "over 18
# countries": a noun after the figure makes it a count; nor "the minimum age of ___ for an MP", a fact.
AGE_LIMITS = frozenset({"12", "13", "15", "16", "18", "21"})
AGE_LIMIT_BEFORE_RE = re.compile(r"\b(?:over|under|aged|older than|younger than)\s+$", re.I)
AGE_LIMIT_AFTER_RE = re.compile(
    r"^(?:\s*[,.;:)!?]|\s*$|\s+(?:before|to|can|may|must|and|or|who|are|were|is|was|will|would|should|could|only|in|at|from|for|with)\b)"
)
# "according to figures released at ___" (the end of 2004): when the figures came out (25th review)
RELEASED_BEFORE_RE = re.compile(
    r"\b(?:figures|data|statistics|numbers|results)\s+(?:were\s+)?(?:released|published|out|issued)\s+(?:at|on|in)\s+$",
    re.I,
)
# "£35bn - £2.5bn less than the ___ predicted" (£37.5bn), "about ___ a day, equating to 94 billion a
# year": a figure worked out from the others the sentence gives (25th review: obvious)
DIFFERENCE_BEFORE_RE = re.compile(
    r"\d[\d.,]*\w*\s*[-–]\s*[$£€]?\d[\d.,]*\w*\s+(?:less|more|lower|higher|fewer|smaller|bigger)\s+than\s+(?:the\s+)?$"
)
EQUATING_AFTER_RE = re.compile(r"^[^.;]{0,40}?,?\s+(?:equating|equivalent|amounting)\s+to\s+(?:about\s+)?[$£€]?\d")
# "Think of it as Donkey Kong meets ___, or maybe Tetris takes on Kraftwerk": a likeness the writer
# drew, no fact of the story (34th review: trivial, three of three)
LIKENESS_BEFORE_RE = re.compile(
    r"\b(?:think\s+of\s+(?:it|this|them|him|her)\s+as|imagine|a\s+cross\s+between|a\s+mix\s+of)\b[^.;:!?]*$", re.I
)
# "a fine of up to ___ fine for people who fail …": the noun written twice around the figure, a
# slip copied from the article (34th review: ungrammatical)
NOUN_OF_BEFORE_RE = re.compile(r"\b([a-z]{3,})\s+of\s+(?:up\s+to\s+|about\s+|around\s+|almost\s+|nearly\s+)?$")
# "buying ___ of KFB" (100%): all of something, what "buying" already says
WHOLE_RE = re.compile(r"100\s?(?:%|per\s?cent|percent)", re.I)
NEW_YEAR = frozenset({"1 january", "january 1", "1st january", "january 1st", "new year's day"})
CLOCK_AFTER_RE = re.compile(r"^\s*(?:GMT|BST|UTC|CET|EST|hrs|hours|local time)\b")
HUNDREDTHS_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d{4,}\.\d+|\d{3}\.\d{2,}")
# "touched 17.70 euros, before falling back to trade … at ___ euros", "up … 16.75 pence to ___":
# a price the sentence already gave another level of or the move to, then the level it reached.
# Its unit: a currency sign before it, or a word after it ("p" and "pence" are one).
PRICE_RE = re.compile(
    r"([$£€¥])\s?\d[\d.,]*(?:bn|tn|m|k)?|\d[\d.,]*\s?(p|pence|cents?|euros?|dollars?|pounds?|yen|points)\b", re.I
)
LEVEL_BEFORE_RE = re.compile(r"\b(?:at|to)\s+$", re.I)
REACHED_BEFORE_RE = re.compile(r"\b(?:reached|hit|touched)\s+$", re.I)
UNIT_AFTER_RE = re.compile(r"^\s*(p|pence|cents?|euros?|dollars?|pounds?|yen|points)\b", re.I)
# "from Wikinews accredited reporter ___", "told BBC correspondent ___"
REPORTER_BEFORE_RE = re.compile(
    r"\b(?:reporter|correspondent|interviewer|journalist|stringer)s?\s+$",
    re.I,
)
INTERVIEW_RE = re.compile(r"\b(?:interview\w*|questions?|told|spoke|asked|answered|caught up)\b", re.I)
# "a world city by ___" (2030), "net zero by ___" (2050): a round year is the target everyone sets
TARGET_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?$", re.I)
# "with ___'s Madame Butterfly" (Puccini: obvious), "Martin Scorsese's The Aviator, ___'s A Very
# Long Engagement" (trivial): the maker of a named work, a credit rather than a fact of the story
WORK_AFTER_RE = re.compile(r"^['’]s\s+(?:[A-Z\d]|the\s+[A-Z])")


def side_detail(before: str, answer: str, after: str, answer_type: str) -> str | None:
    """Why the blank of `answer` between `before` and `after` asks for a side detail, or None."""
    digits = re.sub(r"[^\d.]", "", answer).strip(".")
    around = before + " " + after
    if (
        answer_type == "number"
        and digits
        # the substring test first: most figures stand once, and a pattern per figure would be compiled for each
        and digits in around
        and re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d])", around)
    ):
        return "the figure stands elsewhere in the sentence (PM2.5, particles under ___ micrometers)"  # 29th
    if answer_type == "number" and WHOLE_RE.fullmatch(answer.strip()):
        return "a share that is the whole (buying ___ of KFB: 100%)"  # 33rd review: obvious, three of three
    if answer_type == "date" and normalize(answer) in NEW_YEAR:
        return "the year's first day, everyone's guess (From ___, a new law is being introduced)"  # 22nd review
    if answer_type == "number" and re.fullmatch(r"[0-2]\d[0-5]\d", answer) and CLOCK_AFTER_RE.match(after):
        return "a time of day on the 24-hour clock (explode at ___ local time)"  # 31st review: weak-distractor
    if answer_type == "number" and HUNDREDTHS_RE.fullmatch(answer):
        return "a level to the hundredth, no fact a reader keeps (close at ___ points: 11,488.76)"
    if answer_type == "date" and re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+[Cc]entury", answer):
        return "a century, no date of the story (in the ___: the 21st Century)"  # 32nd review: trivial
    if answer_type == "number" and re.match(r"^\s+or\s+so\b", after):
        return "a figure the sentence gives as rough (the first ___ or so)"  # 32nd review: trivial
    if LIKENESS_BEFORE_RE.search(before):
        return "a figure of speech, no fact (Think of it as Donkey Kong meets ___)"
    if answer_type == "number" and (noun := NOUN_OF_BEFORE_RE.search(before)):
        if re.match(rf"^\s+{noun.group(1)}\b", after):
            return "the article's slip around the figure (a fine of up to ___ fine)"
    if re.match(r"^:\s+[A-Z]", after):
        return "the first half of a title (greeted ___: Battlefront)"  # 28th review: obvious
    if re.search(r"\b(?:a|an|A|An)\s+$", before):
        return "'a' or 'an' tells the answer's first sound (Project Entropia, an ___ which …)"  # 27th review
    if answer_type == "number" and re.fullmatch(r"\d+(?:st|nd|rd|th)", answer) and MATCH_MOMENT_AFTER_RE.match(after):
        return "a moment of a match (the ___ game)"
    if answer_type == "number" and re.fullmatch(r"\d+ months", answer) and PERIOD_END_AFTER_RE.match(after):
        return "the span of a financial year (in the ___ through June)"  # 26th review: trivial
    # "45 minutes" is read as a duration (a date) as often as a count (36th review: obvious, three of three)
    if answer_type in ("number", "date") and re.fullmatch(r"\d+ (?:minutes|mins|overs|laps|holes)", answer):
        if MATCH_STRETCH_BEFORE_RE.search(before) or re.search(r"\b(?:after|inside|within)\s+$", before):
            return "a stretch of a match (in the opening ___, after ___)"
    if answer_type == "number" and re.fullmatch(r"\d+(?:m|km| metres| meters)", answer):
        if re.search(r"\bthe\s+$", before) or EVENT_AFTER_RE.match(after):
            return "the distance that names a race (compete in the ___, defending ___ champion)"  # 23rd, 28th
    if answer_type == "number" and RUN_BEFORE_RE.search(before) and SHOT_DISTANCE_AFTER_RE.match(after):
        return "the length of a run in a match report (racing ___ yards to touch down)"  # 27th review
    if answer_type == "number" and re.fullmatch(r"\d{3,5}", answer) and re.search(r"\bthe\s+$", before):
        if MODEL_AFTER_RE.match(after):
            return "a model number (the ___'s functions, the ___ was a freighter)"  # 27th review: trivial
    if answer_type == "number" and answer.strip() in AGE_LIMITS and AGE_LIMIT_BEFORE_RE.search(before):
        if AGE_LIMIT_AFTER_RE.match(after):
            return "an age limit fixed by law (prove they are over ___ before firewalls are lifted)"  # 36th review
    if answer_type == "date" and RELEASED_BEFORE_RE.search(before):
        return "when the figures came out, not what they say (figures released at ___)"
    if answer_type == "number" and (DIFFERENCE_BEFORE_RE.search(before) or EQUATING_AFTER_RE.match(after)):
        return "a figure worked out from the others the sentence gives (£35bn - £2.5bn less than the ___)"
    if answer_type == "number" and answer.endswith("%") and not before.strip() and _verb_next(after):
        return "a share of no one named (___ said they would not get a landline: 18% of whom?)"  # 24th review
    if answer_type == "number" and re.search(r"\bfrom\s+$", before) and SHOT_DISTANCE_AFTER_RE.match(after):
        return "the distance of a shot in a match report (a drive from ___ yards)"
    if answer_type == "number" and _second_level(before, answer, after):
        return "a price's second level in a sentence that gives the first (touched 17.70 euros, … at ___ euros)"
    if answer_type == "person" and REPORTER_BEFORE_RE.search(before) and _about_an_interview(before + after):
        return "the reporter who asked the questions, not a fact of the story (from Wikinews reporter ___)"
    if answer_type == "date" and _round_year(answer) and TARGET_BEFORE_RE.search(before):
        return "a round target year anyone guesses (a world city by ___)"
    if answer_type == "person" and WORK_AFTER_RE.match(after):
        return "the maker of a named work (___'s Madame Butterfly)"
    return None


def _verb_next(after: str) -> bool:
    """The words after a figure open with a verb: the figure is the subject."""
    first = re.match(r"\s+([a-z]+)\b", after)
    return first is not None and (
        first.group(1) in AUXILIARIES or first.group(1) in lexicon.speech_verbs() or first.group(1).endswith("ed")
    )


def _second_level(before: str, answer: str, after: str) -> bool:
    """A price level after "at" or "to" when the clause before gives another figure in the same
    unit; not a total it brought something to ("taking its total to ___") nor a comparison. After
    "reached", "hit" or "touched", also when the figure it came from follows ("the dollar reached
    ___ against the euro, from $1.2974": 24th review, obvious). And the level a change started
    from, when the clause gives the change and the new level ("rose 2% to $11.1bn from ___": the
    answer is worked out, 23rd review)."""
    unit = _unit(answer, after)
    if unit is None or re.search(r"\b(?:total|compared|lead|leading|led)\b", before[-40:], re.I):
        return False
    clause_before = re.split(r"[.;]\s", before)[-1]
    clause_after = re.split(r"[.;]\s", after)[0]
    same_before = any(_unit(m.group(0), "") == unit for m in PRICE_RE.finditer(clause_before))
    if LEVEL_BEFORE_RE.search(before):
        return same_before
    if REACHED_BEFORE_RE.search(before):
        return same_before or any(_unit(m.group(0), "") == unit for m in PRICE_RE.finditer(clause_after))
    return bool(re.search(r"\bfrom\s+$", before) and re.search(r"\d%", clause_before) and same_before)


def _unit(figure: str, after: str) -> str | None:
    """'$' of '$53.03', 'p' of '293.5p' or of '16.75 pence', 'euro' of '16.60' before ' euros'."""
    found = PRICE_RE.fullmatch(figure.strip())
    word = UNIT_AFTER_RE.match(after)
    if found and found.group(1):
        return found.group(1)
    name = (found.group(2) if found else None) or (word.group(1) if word else None)
    if name is None:
        return "point" if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure.strip()) else None
    name = name.lower().rstrip("s")
    return "p" if name == "pence" else name


def _about_an_interview(text: str) -> bool:
    return bool(INTERVIEW_RE.search(text))


def _round_year(answer: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d0", answer.strip()))
