"""Distractors: wrong options of the same kind as the answer, plausible to a skimming reader.

Taken first from the article itself (other people, places, organisations, roles), then
from small built-in lists of the same kind (cities for a city, countries for a country),
or made by changing the answer's value (a nearby year, a number of similar size with the
same unit and format). Never an alias or a part of the answer, never something the article
also supports as an answer, never a name the question itself shows.
"""

from __future__ import annotations

import math
import random
import re

from ..models import BLANK_RE, Analysis, NumberMention, QuestionKind, normalize
from ..rules import lexicon
from .candidate import Candidate
from .text import certain_organization, famous_office, mentions_any, plausible_person, plausible_place
from .usage import article_usage, once_per_analysis

MONTHS = "January February March April May June July August September October November December".split()
DAYS_IN_MONTH = dict(zip(MONTHS, (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True))


def choose(candidate: Candidate, analysis: Analysis, rng: random.Random, wanted: int = 3) -> list[str]:
    pool = _pool(candidate, analysis, rng)
    forms = _forms_by_name(analysis)
    chosen: list[str] = []
    for option in pool:
        if len(chosen) == wanted:
            break
        if (
            _acceptable(option, candidate, chosen)
            and not _named_in_stem(option, forms.get(option, ()), candidate)
            and not _over_the_whole(option, candidate)
        ):
            chosen.append(option)
    return chosen


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


def _over_the_whole(option: str, candidate: Candidate) -> bool:
    """A number option the sentence rules out: larger than the whole it is a part of ("16 of the
    club's last 14 games"), or on the wrong side of a figure it is compared with ("4%, below the
    Chancellor's forecast of 3%"): a blind rater's "weak distractor". A comparison the answer
    itself does not meet was misread, and rules nothing out."""
    value = NUMBER_RE.fullmatch(option)
    if candidate.answer_type != "number" or value is None:
        return False
    number = float(value.group("num").replace(",", ""))
    if (match := PART_OF_RE.search(candidate.prompt)) and number > float(match.group("whole").replace(",", "")):
        return True
    answer = NUMBER_RE.fullmatch(candidate.answer)
    if not (match := BOUND_RE.search(candidate.prompt)) or answer is None:
        return False
    bound = float(match.group("bound").replace(",", ""))
    below = match.group("way").lower() in UPPER_BOUNDS

    def wrong_side(x: float) -> bool:
        return x >= bound if below else x <= bound

    return wrong_side(number) and not wrong_side(float(answer.group("num").replace(",", "")))


@once_per_analysis
def _forms_by_name(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    return {e.name: e.forms for e in (*analysis.people, *analysis.organizations, *analysis.places)}


def _named_in_stem(option: str, forms: tuple[str, ...], candidate: Candidate) -> bool:
    """'Walter Munk' beside "Walter was the most brilliant scientist": the stem names the option
    (by any alias, or a word of its name) and so rules it out; so does a figure or date the
    sentence gives for something else ("6%" later in the same sentence)."""
    stem = BLANK_RE.sub(" ", candidate.prompt)
    if candidate.answer_type in ("date", "number"):
        return mentions_any(stem, (option,))
    if candidate.answer_type == "role":
        return False
    words = [w for w in option.split() if len(w) > 3 and w[0].isupper()]
    return mentions_any(stem, (*forms, *words))


def _pool(candidate: Candidate, analysis: Analysis, rng: random.Random) -> list[str]:
    kind = candidate.answer_type
    if kind == "person":
        return _people(candidate, analysis, rng)
    if kind == "organization":
        return _ordered(candidate.preferred, _organizations(analysis), rng)
    if kind == "place":
        return _places(candidate.answer, analysis, rng)
    if kind == "role":
        person = candidate.extra.get("person")
        return _ordered((), [role for name, role in _titles(analysis) if name != person], rng)
    if kind == "date" and candidate.preferred:  # days around a resolved relative date (when.py)
        days = list(candidate.preferred)
        rng.shuffle(days)
        return days
    if kind == "date":
        return nearby_dates(
            candidate.answer, rng, latest=_latest_year(analysis), months=_season_months(candidate.prompt)
        )
    if kind == "number":
        return _article_numbers(candidate.answer, analysis, rng) + nearby_numbers(candidate.answer, rng)
    return []


@once_per_analysis
def _organizations(analysis: Analysis) -> list[str]:
    """The organisations certainly named as such, most mentioned first."""
    orgs = sorted((o for o in analysis.organizations if certain_organization(o.name)), key=lambda o: -len(o.sentences))
    return [o.name for o in orgs]


@once_per_analysis
def _titles(analysis: Analysis) -> list[tuple[str, str]]:
    """(person, title) for every title of more than one word the article gives a person."""
    return [(p.name, r.text) for p in analysis.people for r in p.roles if r.kind == "title" and len(r.text.split()) > 1]


def _people(candidate: Candidate, analysis: Analysis, rng: random.Random) -> list[str]:
    """People the article quotes or describes first: a name mentioned in passing, or a famous
    office-holder beside ordinary people ("Donald Trump" as a convicted fraudster), is ruled out
    at a glance."""
    prominent, famous = _prominent_people(analysis)
    wanted = gender_asked(candidate.prompt)
    if wanted:  # "Who is described as his widow?": men among the options are ruled out at a glance
        genders = article_usage(analysis).genders
        prominent = [name for name in prominent if genders.get(name) == wanted]
    ordinary = [name for name in prominent if name not in famous]
    if candidate.answer not in famous and (len(ordinary) > 3 or candidate.kind is QuestionKind.ROLE_HOLDER):
        # No head of state beside ordinary people ("Joe Biden" as the Twitter CEO, Brazil's
        # president as a consultancy's economist). A holder of a role never: with too few others
        # it is asked as true or false, or not at all; a quotation a head of state may have said.
        prominent = ordinary
    shown = set(prominent)
    return _ordered(tuple(x for x in candidate.preferred if x in shown), prominent, rng)


@once_per_analysis
def _prominent_people(analysis: Analysis) -> tuple[list[str], frozenset[str]]:
    """The people quoted or described, most mentioned first, and those holding a famous office or
    known to all (rules/data/famous.txt)."""
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    famous = frozenset(
        p.name
        for p in analysis.people
        if p.name in lexicon.famous() or any(famous_office(r.text) for r in p.roles)  # "Tony Blair" as an adviser
    )
    people = [
        p
        for p in sorted(analysis.people, key=lambda p: -len(p.sentences))
        if plausible_person(p) and len(p.name.split()) > 1 and (p.name in speakers or p.roles)
    ]
    return [p.name for p in people], famous


FEMALE_NOUNS_RE = re.compile(
    r"\b(?:widow|wife|mother|daughter|sister|actress|queen|princess|girlfriend|"
    r"grandmother|granddaughter|niece|aunt|businesswoman|chairwoman|spokeswoman|woman|female|women's)\b",
    re.I,
)
MALE_NOUNS_RE = re.compile(
    r"\b(?:widower|husband|father|son|brother|actor|king|prince|boyfriend|grandfather|"
    r"grandson|nephew|uncle|businessman|chairman|spokesman|man|male|men's)\b",
    re.I,
)


def gender_asked(prompt: str) -> str | None:
    """'f' or 'm' when the question asks for a woman or a man by what it calls them."""
    female, male = FEMALE_NOUNS_RE.search(prompt), MALE_NOUNS_RE.search(prompt)
    return None if bool(female) == bool(male) else ("f" if female else "m")


def _ordered(preferred: tuple[str, ...], rest: list[str], rng: random.Random) -> list[str]:
    """Preferred first, then the article's most mentioned, lightly shuffled by the seed."""
    head = list(dict.fromkeys(preferred))
    first = set(head)
    tail = [x for x in dict.fromkeys(rest) if x not in first]
    rng.shuffle(head)
    top, bottom = tail[:6], tail[6:]
    rng.shuffle(top)
    return head + top + bottom


def _places(answer: str, analysis: Analysis, rng: random.Random) -> list[str]:
    kind = lexicon.place_kind(answer)
    in_article = [
        p.name
        for p in analysis.places
        if lexicon.place_kind(p.name) == kind and (kind is not None or plausible_place(p.name))
    ]
    rng.shuffle(in_article)
    # Only the article's own places: countries drawn from a list ("Lesotho" beside a storm off
    # Florida) are ruled out at a glance, so a place with too few others gets no options at all.
    return in_article


def _acceptable(option: str, candidate: Candidate, chosen: list[str]) -> bool:
    key = normalize(option)
    if not key or key in {normalize(c) for c in chosen}:
        return False
    answer_words = {w for form in candidate.forms for w in normalize(form).split() if len(w) > 2}
    chosen_words = {w for c in chosen for w in normalize(c).split() if len(w) > 2}
    option_words = {w for w in key.split() if len(w) > 2}
    if candidate.answer_type not in ("date", "number", "role") and (answer_words | chosen_words) & option_words:
        return False  # an alias or part of the answer or of another option ("Brown" beside "Gordon Brown")
    if candidate.answer_type == "role" and any(
        key in normalize(x) or normalize(x) in key for x in (candidate.answer, *chosen)
    ):
        return False  # "Prime Minister" beside "Samoan Prime Minister": one is part of the other
    if any(normalize(x) == key for x in (*candidate.forms, *candidate.excluded)):
        return False
    if any(_initials(a) == b or _initials(b) == a for a in (option,) for b in (*candidate.forms, *chosen)):
        return False  # "NUJ" beside "National Union of Journalists": one body, two names
    if option.isupper() and any(
        f.isupper() and len(f) == len(option) and sum(a != b for a, b in zip(f, option, strict=True)) == 1
        for f in candidate.forms
    ):
        return False  # "STMC" beside "STMA": acronyms one letter apart are one body written two ways
    if candidate.answer_type not in ("date", "number") and mentions_any(candidate.prompt, (option,)):
        return False  # a name shown in the question is a trivially eliminated option
    return True


def _initials(name: str) -> str:
    """'NUJ' of 'National Union of Journalists'; an acronym inside the name gives all its letters:
    'UKIP' of 'UK Independence Party'."""
    words = [w for w in name.split() if w[0].isupper() and w.lower() not in ("of", "the", "and", "for")]
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words) if len(words) > 1 else ""


SEASON_RE = re.compile(r"\b((?:19|20)\d\d)[/-](\d\d(?:\d\d)?)\b")


@once_per_analysis
def _latest_year(analysis: Analysis) -> int | None:
    """The latest year the article names: roughly when it was written."""
    years = [int(y) for d in analysis.dates for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", d.text)]
    return max(years, default=None)


WHOLE_NUMBER_RE = re.compile(r"\b\d+\b")


# The months a season named in the sentence allows, a month either side (northern hemisphere, as
# the news quizgen reads): "last summer's Olympics ... on 12 August" rules out "12 November".
SEASON_MONTHS = {"summer": (4, 8), "winter": (10, 2), "spring": (1, 5), "autumn": (7, 11)}
SEASON_WORD_RE = re.compile(r"\b(summer|winter|spring|autumn)(?:'s|’s)?\b", re.I)


def _season_months(sentence: str) -> tuple[str, ...] | None:
    seasons = {m.group(1).lower() for m in SEASON_WORD_RE.finditer(sentence)}
    if len(seasons) != 1:
        return None
    first, last = SEASON_MONTHS[seasons.pop()]
    span = range(first, last + 1) if first <= last else [*range(first, 12), *range(0, last + 1)]
    return tuple(MONTHS[i] for i in span)


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
    month = next((m for m in MONTHS if re.search(rf"\b{m}\b", answer)), None)
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", answer)
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


def _article_numbers(answer: str, analysis: Analysis, rng: random.Random) -> list[str]:
    """The article's other figures written alike ("$27bn" for "$8bn"), first: a reader who
    skimmed may mix them up, and they cannot be told apart by their form."""
    value = next((n.value for n in analysis.numbers if n.text == answer), None)
    alike = _numbers_by_shape(analysis).get(_shape(answer), []) if DIGIT_RE.search(answer) else []
    found = [n.text for n in alike if n.text != answer and similar_size(n.value, value, 3)]
    found = list(dict.fromkeys(found))
    rng.shuffle(found)
    return found


@once_per_analysis
def _numbers_by_shape(analysis: Analysis) -> dict[str, list[NumberMention]]:
    """The article's figures by their shape (see same_shape), in the article's order."""
    by_shape: dict[str, list[NumberMention]] = {}
    for number in analysis.numbers:
        if DIGIT_RE.search(number.text):
            by_shape.setdefault(_shape(number.text), []).append(number)
    return by_shape


DIGIT_RE = re.compile(r"\d")
THOUSANDS_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3})")
DIGITS_RE = re.compile(r"\d+")


def _shape(text: str) -> str:
    return DIGITS_RE.sub("9", THOUSANDS_COMMA_RE.sub("", text))


def same_shape(a: str, b: str) -> bool:
    """'$27bn' and '$8bn', '60%' and '45%': the same currency, scale and decimals."""
    return DIGIT_RE.search(a) is not None and _shape(a) == _shape(b)


def similar_size(a: float | None, b: float | None, factor: float = 20) -> bool:
    """Within a factor of `factor`: 750,000 beside 19 is ruled out at a glance, and an age of 7
    beside 89 too, so options take the closer factor 3."""
    if not a or not b:
        return False
    return 1 / factor <= a / b <= factor


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
        if text != raw:
            post = ORDINAL_RE.sub(_ordinal_suffix(text), match.group("post"), count=1)
            options.append(f"{match.group('pre')}{text}{post}")
    return options


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
