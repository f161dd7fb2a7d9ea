"""Answers a student could give without reading: the word lists' clues and fixed phrases, a
famous event's year, the article's own country, a place whose people the question names.

Each rule is data (quizgen/rules/data: giveaways.txt, capitals.txt, fixed_phrases.txt,
demonyms.txt, famous_years.txt, with their sources) and a failure shape blind raters reject as obvious-answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..models import Analysis, normalize
from ..rules import lexicon
from .text import count_sentences_mentioning, initials, mentions_any


def given_away(answer: str, before: str, after: str) -> str | None:
    """Why the words around an answer (a blank's, or a question's) give it away, from the word
    lists: a clue the answer goes with ("Mount Rushmore" for South Dakota), or the other half of
    a fixed phrase."""
    key = normalize(answer)
    around = f"{before} {after}"
    if year := known_year(answer, around):
        return year
    for clue in _clues_by_answer().get(key, ()):
        if mentions_any(around, (clue,)):
            return f"{clue!r} gives {answer!r} away"
    tail, head = " ".join(before.split()[-4:]), " ".join(after.split()[:4])
    shown = normalize(f"{tail} {answer} {head}")
    for normalized, phrase in _normalized_fixed_phrases():
        if key in normalized and normalized != key and normalized in shown:
            return f"{answer!r} completes the phrase {phrase!r}"
    return None


def known_year(answer: str, text: str) -> str | None:
    """Why the year `answer` is known from `text` without the article: the text names an event
    whose year everyone knows (rules/data/famous_years.txt: "the Sydney Olympics in ___", 2000;
    "an arms ban in ___ after … Tiananmen Square", 1989). A day or a month of that year is not,
    unless the list gives the whole date ("The attacks on the World Trade Center on ___")."""
    year = _day_month_year(answer.strip().removeprefix("in ").removeprefix("on ").strip())
    for parts in _famous_years_by_year().get(year, ()):
        if all(mentions_any(text, ways) for ways in parts):
            return f"{' + '.join(ways[0] for ways in parts)!r} gives the year {year} away"
    return None


# "September 11, 2001" is written "11 September 2001" in the list
MONTH_DAY_YEAR_RE = re.compile(r"([A-Z][a-z]+)\s+(\d{1,2}),?\s+(\d{4})")


def _day_month_year(date: str) -> str:
    month_first = MONTH_DAY_YEAR_RE.fullmatch(date)
    return f"{month_first.group(2)} {month_first.group(1)} {month_first.group(3)}" if month_first else date


@cache
def _famous_years_by_year() -> dict[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    """Each year's clues: a blank looks up its own year's few instead of going through them all."""
    by_year: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for parts, year in lexicon.famous_years():
        by_year.setdefault(_day_month_year(year), []).append(parts)
    return {year: tuple(clues) for year, clues in by_year.items()}


@cache
def _clues_by_answer() -> dict[str, tuple[str, ...]]:
    """The giveaways' clues by the answer they give away (normalised): each blank looks up its own
    answer's few clues instead of going through every pair (hundreds, with the capitals)."""
    clues: dict[str, list[str]] = {}
    for clue, answer in lexicon.giveaways():
        clues.setdefault(normalize(answer), []).append(clue)
    return {answer: tuple(found) for answer, found in clues.items()}


@cache
def _normalized_fixed_phrases() -> tuple[tuple[str, str], ...]:
    return tuple((normalize(phrase), phrase) for phrase in lexicon.fixed_phrases())


def well_known_organization(names: Iterable[str]) -> bool:
    """One of the names is a well-known body of rules/data/organizations.txt, as written or after
    its country ("U.S. Electoral College", "US Nasdaq"): its blank is guessed from its context
    ("any vote in the ___ that elects the U.S. President", 38th review)."""
    known = lexicon.organizations()
    for name in names:
        first, _, rest = name.partition(" ")
        if name in known or rest and first in lexicon.countries() and rest in known:
            return True
    return False


def any_state_s_body(name: str) -> bool:
    """'US District Court', 'Defence Forces', 'Ministry of Defence': a body every state has, named
    by a head word of rules/data/state_bodies.txt (the last word before "of") and otherwise only
    ordinary words and places.
    Its blank is filled from the sentence ("filed in the ___ in California") without reading."""
    head = re.split(r"\s+(?:of|for|on)\s+", name, maxsplit=1)[0].split()  # "Court" of "Court of Appeal"
    if not head or head[-1].lower() not in lexicon.state_bodies():
        return False  # "Senate Judiciary Committee" is one committee, not a body of every state
    words = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() not in ("of", "for", "the", "and", "on")]
    return all(
        w.lower() in lexicon.common_words()
        or w.lower() in lexicon.state_bodies()
        or w in lexicon.countries()
        or w in lexicon.demonyms()
        for w in words
    )


def canonical(name: str) -> str:
    """The word lists' own name for a place ("UK" -> "United Kingdom"), else the name as written."""
    return lexicon.countries().get(name) or lexicon.regions().get(name) or lexicon.cities().get(name) or name


def home_place(analysis: Analysis) -> str | None:
    """The place the article is about, named (or its people: "Scottish", "the Scots") in a quarter
    of its sentences or more: a question about it is answered without reading ("Where is the fee
    regime changing?" in a story about Scottish universities)."""
    if not analysis.places:
        return None

    top = max(analysis.places, key=lambda p: (len(p.sentences), p.name))
    count = count_sentences_mentioning(analysis, (*top.forms, *_adjectives().get(top.name, ())))
    return top.name if count * 4 >= len(analysis.sentences) and count >= 3 else None


def home_organization(analysis: Analysis) -> str | None:
    """The organisation the article is about, named in a quarter of its sentences or more: a blank
    for it is answered without reading ("A ___ spokesperson confirmed …" in a story about Delta)."""
    if not analysis.organizations:
        return None
    top = max(analysis.organizations, key=lambda o: (len(o.sentences), o.name))
    count = count_sentences_mentioning(analysis, top.forms)
    return top.name if count * 4 >= len(analysis.sentences) and count >= 3 else None


def demonym_of(place: str, text: str) -> bool:
    """'Welsh Assembly' in a question whose answer is Wales: the text names the place's people."""
    return mentions_any(text, _adjectives().get(place, ()))


@cache
def _adjectives() -> dict[str, tuple[str, ...]]:
    """Place -> the adjectives and people nouns of the word lists ("Wales" -> "Welsh", "Welshman")."""
    out: dict[str, list[str]] = {}
    for adjective, place in lexicon.demonyms().items():
        out.setdefault(place, []).append(adjective)
    return {place: tuple(forms) for place, forms in out.items()}


def place_given_away(place: str, text: str, home: str | None) -> str | None:
    """Why a question about `place` is answered without reading `text`: it is the article's own
    place, or the text names its people ("the Austrian court" for Austria), or a clue it goes with."""
    if home is not None and canonical(place) == canonical(home):
        return f"{place!r} is the place the whole article is about"
    if demonym_of(canonical(place), text):
        return f"the text names the people of {place!r}"
    return given_away(place, text, "")


ECHO_WORD_RE = re.compile(r"[A-Za-z][a-z'’-]{3,}")


def echoed(answer: str, text: str) -> bool:
    """The rest of the sentence spells the answer out: "the number of blogs, the so-called ___"
    (blogosphere), "The ___ (aka …) and the US National Cyber Alerting Service" (National
    Alerting Service for the Netherlands). A word of the text that shares the first five letters
    of one of the answer's words, or most of a long answer's words, gives it away."""
    if _acronym_shown(answer, text):
        return True  # "The ___ is warning … e-mails that purport to be from the FBI" (27th review)
    words = [w for w in ECHO_WORD_RE.findall(answer) if w.lower() not in ECHO_STOP]
    if not words:
        return False
    around = {w.lower() for w in ECHO_WORD_RE.findall(text)} - ECHO_STOP
    stems = {w[:5] for w in around if len(w) >= 5}
    roots = {w.removesuffix("s") for w in around if len(w.removesuffix("s")) >= 4}

    def spelt(word: str) -> bool:
        low = word.lower()
        return low in around or len(low) >= 5 and (low[:5] in stems or any(low.startswith(r) for r in roots))

    shared = [w for w in words if spelt(w)]
    return bool(shared) and (len(words) == 1 or len(shared) * 2 > len(words))


def _acronym_shown(answer: str, text: str) -> bool:
    """The answer's initials, or those of its words after a country's ("US Federal Bureau of
    Investigation": USFBI, FBI), stand in the rest of the sentence."""
    shown = set(re.findall(r"\b[A-Z]{2,}\b", text))
    after_first = answer.split(" ", 1)[1] if " " in answer else ""
    return bool({initials(answer), initials(after_first)} - {""} & shown)


# Words too common in names to give one away ("Party", "National" alone do; "the" does not).
ECHO_STOP = frozenset("the and for with from into that this their said says".split())
