"""Wrong values made by moving the answer's own: other months or years (in the season the
sentence names, on days the month has), numbers of similar size written alike (ordinals with the
right suffix, round numbers round); and the number options the sentence itself rules out (a part
larger than its whole, a figure on the wrong side of what it is compared with)."""

from __future__ import annotations

import math
import random
import re
from functools import lru_cache

from ..models import BLANK_RE
from ..rules import lexicon
from .candidate import Candidate

MONTHS = "January February March April May June July August September October November December".split()
MONTH_WORD_RES = {month: re.compile(rf"\b{month}\b") for month in MONTHS}


DAYS_IN_MONTH = dict(zip(MONTHS, (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True))


# "played in ___ of the club's last 14 games", "___ out of 10": the part is at most the whole.
PART_OF_RE = re.compile(
    rf"{BLANK_RE.pattern}\s+(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:last\s+|first\s+|next\s+)?(?P<whole>\d[\d,]*)\b(?!%)"
)


# "growth of ___ this year, below the Chancellor's forecast of 3%", "grew ___, down from 5.1%".
BOUND_RE = re.compile(
    rf"{BLANK_RE.pattern}[^.;]{{0,40}}?\b(?P<way>below|under|lower than|less than|down from|above|over|higher than|"
    r"more than|up from|exceeding)\s+[^.;\d]{0,40}?(?P<bound>\d[\d,]*(?:\.\d+)?)",
    re.I,
)


UPPER_BOUNDS = ("below", "under", "lower than", "less than", "down from")
# "rose to ___ in 2004 from 287 the previous year": a rise to the blank from a figure is above it
# (34th blind review: 220 offered, weak distractor, three of three); a fall to it is below.
MOVED_FROM_RE = re.compile(
    rf"\b(?P<way>rose|risen|rising|increased|grew|grown|climbed|jumped|soared|fell|fallen|falling|dropped|"
    rf"declined|decreased|slipped|slumped|shrank)\s+(?:\w+\s+){{0,2}}?to\s+{BLANK_RE.pattern}"
    r"[^.;]{0,40}?\bfrom\s+[^.;\d]{0,20}?(?P<bound>\d[\d,]*(?:\.\d+)?)",
    re.I,
)
# "a total of 1,124 pledged delegates; Sanders trailed him with a total of ___": a figure the
# blank is said to be behind (or ahead of), given before it. Options above 1,124 for 815 are
# ruled out by the sentence itself (40th review: weak distractor, obvious, three of three).
# Not a year ("in 2004 … trailed by ___"): a date is no figure to compare with.
TRAILS_RE = re.compile(
    r"(?<![\d.,])(?P<bound>\d[\d,]*(?:\.\d+)?)[^.\d]{0,120}?"
    r"\b(?P<way>trail(?:s|ed|ing)?|behind|lagg(?:ed|ing)|led|lead(?:s|ing)?|ahead)\b[^.;\d]{0,40}?"
    rf"{BLANK_RE.pattern}",
    re.I,
)
# "only 22 of the ___ construction projects": the blank is the whole the part belongs to, and
# so above it (41st review: 20 offered beside "22 of the", weak distractor, three of three).
WHOLE_OF_RE = re.compile(
    r"(?<![\d.,])(?P<bound>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
    rf"{BLANK_RE.pattern}"
)
# "has risen to 200 dinars ($2.77) per canister from ___ dinars": where a rise started is below
# where it ended (41st review: 240 offered, weak distractor, three of three); a fall's start above.
MOVED_TO_RE = re.compile(
    rf"\b(?P<way>rose|risen|rising|increased|grew|grown|climbed|jumped|soared|fell|fallen|falling|dropped|"
    rf"declined|decreased|slipped|slumped|shrank)\s+(?:\w+\s+){{0,2}}?to\s+[^.;\d]{{0,20}}?"
    rf"(?P<bound>\d[\d,]*(?:\.\d+)?)(?:[^.;]|\.(?=\d)){{0,60}}?\bfrom\s+[^.;\d]{{0,20}}?{BLANK_RE.pattern}",
    re.I,
)
# "more than half of the elected officials were women, at ___": a share the sentence bounds
# with a fraction (rules/data/share_fractions.txt), above it or below it.
SHARE_RE = re.compile(
    r"\b(?P<way>more than|over|at least|upwards of|less than|fewer than|under|nearly|almost|just under)\s+"
    r"(?P<fraction>(?:a|one|two|three)?[\s-]?(?:half|third|thirds|quarter|quarters|fifth|tenth))\b",
    re.I,
)
BELOW_SHARE = ("less than", "fewer than", "under", "nearly", "almost", "just under")
PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)
BEHIND = ("trail", "trails", "trailed", "trailing", "behind", "lagged", "lagging")
FALLS = ("fell", "fallen", "falling", "dropped", "declined", "decreased", "slipped", "slumped", "shrank")


def ruled_out_by_sentence(option: str, candidate: Candidate) -> bool:
    """A number option the sentence rules out: larger than the whole it is a part of ("16 of the
    club's last 14 games"), or on the wrong side of a figure it is compared with ("4%, below the
    Chancellor's forecast of 3%", "only 22 of the ___", "risen to 200 … from ___", "more than
    half … at ___ percent"): a blind rater's "weak distractor". A comparison the answer itself
    does not meet was misread, and rules nothing out."""
    value = NUMBER_RE.fullmatch(option)
    if candidate.answer_type != "number" or value is None:
        return False
    number = float(value.group("num").replace(",", ""))
    whole, limits = _limits(candidate.prompt)
    if whole is not None and number > whole:
        return True
    answer = NUMBER_RE.fullmatch(candidate.answer)
    if answer is None:
        return False
    answered = float(answer.group("num").replace(",", ""))
    shares = (
        _share_limits(candidate.prompt) if PERCENT_RE.search(option) and PERCENT_RE.search(candidate.answer) else ()
    )

    def wrong_side(x: float, bound: float, below: bool) -> bool:
        return x >= bound if below else x <= bound

    return any(
        wrong_side(number, bound, below) and not wrong_side(answered, bound, below)
        for bound, below in (*limits, *shares)
    )


# Each option of a candidate is asked about the same sentence: it is read once.
@lru_cache(maxsize=1024)
def _limits(prompt: str) -> tuple[float | None, tuple[tuple[float, bool], ...]]:
    """The whole the blank is a part of (None when the sentence gives none), and the bounds it is
    compared with, each with whether it is an upper bound."""
    part = PART_OF_RE.search(prompt)
    whole = float(part.group("whole").replace(",", "")) if part else None
    bounds: list[tuple[float, bool]] = []
    if of_whole := WHOLE_OF_RE.search(prompt):
        bounds.append((float(of_whole.group("bound").replace(",", "")), False))
    if moved_to := MOVED_TO_RE.search(prompt):
        bounds.append((float(moved_to.group("bound").replace(",", "")), moved_to.group("way").lower() not in FALLS))
    if compared := BOUND_RE.search(prompt):
        bounds.append((float(compared.group("bound").replace(",", "")), compared.group("way").lower() in UPPER_BOUNDS))
    elif moved := MOVED_FROM_RE.search(prompt):
        bounds.append((float(moved.group("bound").replace(",", "")), moved.group("way").lower() in FALLS))
    elif (trails := TRAILS_RE.search(prompt)) and not YEAR_RE.fullmatch(trails.group("bound")):
        bounds.append((float(trails.group("bound").replace(",", "")), trails.group("way").lower() in BEHIND))
    return whole, tuple(bounds)


@lru_cache(maxsize=1024)
def _share_limits(prompt: str) -> tuple[tuple[float, bool], ...]:
    """The percentages a fraction in the sentence bounds a share with: one only, since two
    ("more than half … less than a third") bound different shares."""
    shares = [
        (lexicon.share_fractions()[fraction], m.group("way").lower() in BELOW_SHARE)
        for m in SHARE_RE.finditer(prompt)
        if (fraction := re.sub(r"\s+", " ", m.group("fraction").strip().lower())) in lexicon.share_fractions()
    ]
    return tuple(shares) if len(shares) == 1 else ()


SEASON_RE = re.compile(r"\b((?:19|20)\d\d)[/-](\d\d(?:\d\d)?)\b")
WHOLE_NUMBER_RE = re.compile(r"\b\d+\b")


# The months a season named in the sentence allows, a month either side (northern hemisphere, as
# the news quizgen reads): "last summer's Olympics ... on 12 August" rules out "12 November".
SEASON_MONTHS = {"summer": (4, 8), "winter": (10, 2), "spring": (1, 5), "autumn": (7, 11)}


SEASON_WORD_RE = re.compile(r"\b(summer|winter|spring|autumn)(?:'s|’s)?\b", re.I)


def season_months(sentence: str) -> tuple[str, ...] | None:
    seasons = {m.group(1).lower() for m in SEASON_WORD_RE.finditer(sentence)}
    if len(seasons) != 1:
        return None
    first, last = SEASON_MONTHS[seasons.pop()]
    span = range(first, last + 1) if first <= last else [*range(first, 12), *range(0, last + 1)]
    return tuple(MONTHS[i] for i in span)


YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def nearby_dates(
    answer: str, rng: random.Random, latest: int | None = None, months: tuple[str, ...] | None = None
) -> list[str]:
    """Other months, or else other years, written like the answer. One part only: options that
    vary the month in some and the year in others leave the answer as the one that agrees with
    the most ("December 2004" among "January 2004", "December 2002", "December 2003"). No year
    after `latest`, the article's last, when the answer is not: "prices in the final quarter of
    2007" in a story of early 2005 is ruled out at a glance. Other months only among `months`
    when the answer's month is one of them (a season the sentence names)."""
    season = SEASON_RE.search(answer)
    if season:  # "1992/93", "1973-90": both years move together, never "1993/93" or "2004/07"
        first = int(season.group(1))
        width = len(season.group(2))
        last = int(str(first)[: 4 - width] + season.group(2)) if width < 4 else int(season.group(2))
        span = last - first if last > first else 1
        separator = answer[season.end(1)]
        shifts = [s for s in (-3, -2, -1, 1, 2, 3) if latest is None or first > latest or first + s <= latest]
        rng.shuffle(shifts)
        return [
            f"{answer[: season.start()]}{first + s}{separator}{str(first + s + span)[-width:]}{answer[season.end() :]}"
            for s in shifts[:4]
        ]
    month = next((m for m in MONTHS if MONTH_WORD_RES[m].search(answer)), None)
    years = YEAR_RE.findall(answer)
    options: list[str] = []
    if month:
        others = [m for m in (months if months and month in months else MONTHS) if m != month]
        day = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\b|\b{month}\s+(\d{{1,2}})\b", answer)
        if day:  # no "30 February", "31 April"
            number = int(day.group(1) or day.group(2))
            others = [m for m in others if number <= DAYS_IN_MONTH[m]]
        rng.shuffle(others)
        options += [re.sub(rf"\b{month}\b", m, answer) for m in others[:4]]
    elif years:
        year = int(years[0])
        ceiling = latest if latest is not None and year <= latest else 2100
        shifts = [s for s in (-3, -2, -1, 1, 2, 3) if year + s <= ceiling]
        rng.shuffle(shifts)
        # the first whole number that is the year, found without a pattern per year
        at = next((m for m in WHOLE_NUMBER_RE.finditer(answer) if m.group() == str(year)), None)
        if at is not None:
            options += [f"{answer[: at.start()]}{year + s}{answer[at.end() :]}" for s in shifts[:4]]
    return options


NUMBER_RE = re.compile(r"(?P<pre>[^\d]*)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>.*)")


def nearby_numbers(answer: str, rng: random.Random) -> list[str]:
    """Numbers of similar size, written like the answer ("13" -> "9", "$1.5 million" -> "$2 million")."""
    match = NUMBER_RE.fullmatch(answer)
    if not match:
        return []
    raw = match.group("num")
    value = float(raw.replace(",", ""))
    if not math.isfinite(value * 2):  # hundreds of digits: no float near it (and no reader needs one)
        return []
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    if value == int(value) and value <= 12 and decimals == 0:
        values: list[float] = [v for v in range(max(1, int(value) - 4), int(value) + 6) if v != value]
    elif value == int(value) and value <= 120 and decimals == 0:
        # Ages, scores, counts: near the answer, so no option is absurd ("aged 90" beside 121).
        step = max(1, round(value / (30 if value > 60 else 10)))
        zeros = len(raw) - len(raw.rstrip("0"))
        step = max(step, 10**zeros)  # "20" -> 10, 30, 40: round steps survive the rounding below
        values = [value + k * step for k in (-3, -2, -1, 1, 2, 3) if value + k * step > 0]
    elif decimals == 2 and (value * 4).is_integer():
        # A rate set in quarter points ("on hold at 4.75%"): options in quarter points, as 4.04%
        # or 5.46% beside it are ruled out at a glance (blind raters: weak distractor).
        values = [value + k * 0.25 for k in (-3, -2, -1, 1, 2, 3) if value + k * 0.25 > 0]
    elif decimals:
        # A measurement or a price: near it, as a long jump of 12.72m beside 7.95m is absurd (a
        # blind rater's "weak distractor"), and no factor another's double.
        values = [value * f for f in (0.8, 0.85, 0.9, 1.1, 1.15, 1.2)]
    else:
        # No factor that is another's double or half: "17.93, 35.86, 71.72" gives the answer away
        # as the middle of a chain.
        values = [value * f for f in (0.6, 0.7, 0.8, 1.2, 1.3, 1.4, 1.6)]
    if "%" in answer and value <= 100:
        # "100% owned" is the limit, and "around 100% of surfers" beside 80% is ruled out at a glance
        values = [v for v in values if v < 100]
    rng.shuffle(values)
    options = []
    for v in values:
        text = _format_like(raw, v, decimals)
        if text != raw and not (float(text.replace(",", "")) >= 1000 and SCALE_AFTER_RE.match(match.group("post"))):
            # not "1,000 thousand"
            post = ORDINAL_RE.sub(_ordinal_suffix(text), match.group("post"), count=1)
            options.append(f"{match.group('pre')}{text}{post}")
    return options


SCALE_AFTER_RE = re.compile(r"\s*(?:thousand|million|billion|bn|m|k)\b", re.I)
ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b")


def _ordinal_suffix(number: str) -> str:
    """'17th' -> '23rd', not '23th'."""
    value = int(number.replace(",", "").split(".")[0])
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _format_like(raw: str, value: float, decimals: int) -> str:
    if decimals:
        return f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"
    rounded = _round_like(int(round(value)), raw)
    # "914" beside the article's "1,217": a four-digit option from a three-digit answer is written
    # with the comma news style gives it, or its form alone tells it apart.
    comma = "," in raw or (len(raw) < 4 and rounded >= 1000)
    return f"{rounded:,}" if comma else str(rounded)


def _round_like(value: int, raw: str) -> int:
    """Keep round numbers round: 800,000 -> 400,000, not 400,123."""
    digits = raw.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10 ** min(zeros, max(len(str(value)) - 1, 0))
    return max(step, round(value / step) * step) if step > 1 else value
