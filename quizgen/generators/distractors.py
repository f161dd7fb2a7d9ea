"""Distractors: wrong options of the same kind as the answer, plausible to a skimming reader.

Taken first from the article itself (other people, places, organisations, roles), then
from small built-in lists of the same kind (cities for a city, countries for a country),
or made by changing the answer's value (a nearby year, a number of similar size with the
same unit and format). Never an alias or a part of the answer, never something the article
also supports as an answer, never a name the question itself shows.
"""

from __future__ import annotations

import random
import re

from rapidfuzz import fuzz

from ..models import BLANK_RE, Analysis, NumberMention, QuestionKind, normalize
from ..rules import lexicon
from .candidate import Candidate
from .nearby import nearby_dates, nearby_numbers, ruled_out_by_sentence, season_months
from .portrayed import portrayed
from .text import certain_organization, famous_office, initials, mentions_any, plausible_person, plausible_place
from .usage import article_usage, once_per_analysis


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
            and not ruled_out_by_sentence(option, candidate)
        ):
            chosen.append(option)
    return chosen


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
    if kind == "date" and candidate.preferred:  # days around a resolved relative date (when.py)
        days = list(candidate.preferred)
        rng.shuffle(days)
        return days
    if kind == "date":
        return nearby_dates(
            candidate.answer, rng, latest=_latest_year(analysis), months=season_months(candidate.prompt)
        )
    if kind == "number":
        return _article_numbers(candidate.answer, analysis, rng) + nearby_numbers(candidate.answer, rng)
    return []


@once_per_analysis
def _organizations(analysis: Analysis) -> list[str]:
    """The organisations certainly named as such, most mentioned first."""
    orgs = sorted((o for o in analysis.organizations if certain_organization(o.name)), key=lambda o: -len(o.sentences))
    return [o.name for o in orgs]


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
    if candidate.kind is QuestionKind.QUOTE:  # "Bobby Darin", whom Spacey plays, said nothing
        prominent = [name for name in prominent if name not in portrayed(analysis)]
    prominent = _speakers_beside_a_speaker(candidate, analysis, prominent)
    shown = set(prominent)
    return _ordered(tuple(x for x in candidate.preferred if x in shown), prominent, rng)


def _speakers_beside_a_speaker(candidate: Candidate, analysis: Analysis, prominent: list[str]) -> list[str]:
    """Only people the article quotes, when the answer is one and three others are: a person it
    only talks about is ruled out at a glance among them (41st review: the actress a film story
    is about offered among the critics it quotes, six questions, two raters of three)."""
    if candidate.kind not in (QuestionKind.QUOTE, QuestionKind.ROLE_HOLDER):
        return prominent
    speakers = _speakers(analysis)
    speaking = [name for name in prominent if name in speakers]
    others = [name for name in speaking if name != candidate.answer]
    return speaking if candidate.answer in speakers and len(others) >= 3 else prominent


@once_per_analysis
def _speakers(analysis: Analysis) -> frozenset[str]:
    return frozenset(q.speaker for q in analysis.quotes if q.speaker)


@once_per_analysis
def _prominent_people(analysis: Analysis) -> tuple[list[str], frozenset[str]]:
    """The people quoted or described, most mentioned first, and those holding a famous office or
    known to all (rules/data/famous.txt)."""
    speakers = _speakers(analysis)
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
    r"grandmother|granddaughter|niece|aunt|businesswoman|chairwoman|spokeswoman|woman|female|women's|"
    r"dress|gown|pregnant|pregnancy)\b",
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
    if candidate.answer_type not in ("date", "number") and (answer_words | chosen_words) & option_words:
        return False  # an alias or part of the answer or of another option ("Brown" beside "Gordon Brown")
    if any(normalize(x) == key for x in candidate.forms):
        return False
    if candidate.answer_type == "person" and _spelt_alike(option, candidate.forms):
        return False  # "Jacques Barrot" beside the article's "Barot": one man, spelt two ways (21st review)
    if any(initials(a) == b or initials(b) == a for a in (option,) for b in (*candidate.forms, *chosen)):
        return False  # "NUJ" beside "National Union of Journalists": one body, two names
    if option.isupper() and any(
        f.isupper() and len(f) == len(option) and sum(a != b for a, b in zip(f, option, strict=True)) == 1
        for f in candidate.forms
    ):
        return False  # "STMC" beside "STMA": acronyms one letter apart are one body written two ways
    if candidate.answer_type not in ("date", "number") and mentions_any(candidate.prompt, (option,)):
        return False  # a name shown in the question is a trivially eliminated option
    return True


def _spelt_alike(option: str, forms: tuple[str, ...]) -> bool:
    """Surnames one or two letters apart ('Barrot', 'Barot'): most likely one name misspelt."""
    surname = option.split()[-1]
    return any(
        surname != form.split()[-1] and len(surname) > 3 and fuzz.ratio(surname, form.split()[-1]) >= 80
        for form in forms
    )


@once_per_analysis
def _latest_year(analysis: Analysis) -> int | None:
    """The latest year the article names: roughly when it was written."""
    years = [int(y) for d in analysis.dates for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", d.text)]
    return max(years, default=None)


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
