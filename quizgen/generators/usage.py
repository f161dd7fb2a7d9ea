"""How one article writes its names, worked out once for every statement swap in it: which
names take "the", which person is "he" and which "she", which organisations are only cited as
a source. A swap must keep all three as the article has them (swaps.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..analysis.entities import NAME_SUFFIXES
from ..models import Analysis, Entity, normalize
from ..rules import lexicon
from .blanks import AFTER_PLACE, REPORTING_BEFORE_RE
from .text import find_form, whole_words

T = TypeVar("T")
HONORIFICS = {
    "Mr": "m",
    "Mr.": "m",
    "Mrs": "f",
    "Mrs.": "f",
    "Ms": "f",
    "Ms.": "f",
    "Miss": "f",
    "Sir": "m",
    "Dame": "f",
}


@dataclass(frozen=True)
class ArticleUsage:
    """What every swap in one article consults, worked out once."""

    analysis: Analysis
    text: str  # the whole article, normalised: an altered statement found in it is true
    the: dict[str, bool | None]  # name -> whether the article writes "the" before it (None: cannot tell)
    outlets: frozenset[str]  # organisations only cited as a source ("according to the BBC")
    genders: dict[str, str]  # person -> "m" or "f", when the article's pronouns or honorifics say


def once_per_analysis(work: Callable[[Analysis], T]) -> Callable[[Analysis], T]:
    """`work(analysis)` worked out once per analysis (by identity; the last few are kept): what
    every statement or question of one article consults, so a long article is not read again
    for each of them."""
    recent: dict[int, tuple[Analysis, T]] = {}

    @functools.wraps(work)
    def once(analysis: Analysis) -> T:
        found = recent.get(id(analysis))
        if found is not None and found[0] is analysis:
            return found[1]
        if len(recent) >= 8:
            recent.clear()
        value = work(analysis)
        recent[id(analysis)] = (analysis, value)
        return value

    return once


@once_per_analysis
def article_usage(analysis: Analysis) -> ArticleUsage:
    """How `analysis`'s article writes its names (it reads every sentence, and distractors ask
    again for every question about a woman or a man)."""
    text = " ".join(s.text for s in analysis.sentences)
    names = [e for e in (*analysis.organizations, *analysis.places)]
    return ArticleUsage(
        analysis=analysis,
        text=normalize(text),
        the={e.name: uses_the(e, analysis) for e in names},
        outlets=frozenset(o.name for o in analysis.organizations if only_cited(o, analysis)),
        genders={p.name: g for p in analysis.people if (g := gender(p, analysis))},
    )


# Names English writes with "the" whatever one article does ("the United Kingdom, United States
# and France" leaves the second without it).
THE_NAMES_RE = re.compile(
    r"^(?:United\s|Republic\b|Democratic Republic|Czech Republic|Dominican Republic|Central African Republic|"
    r"Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros|(?:Marshall|Solomon|Cayman|Falkland) Islands|"
    r"Vatican|Gulf\b|Middle East|Far East|West Bank|Gaza Strip|Arctic|Antarctic|Balkans|Caribbean|Amazon|Sahara|"
    r"Hague|Crimea|Kremlin|Pentagon|White House)"
)


SHORT_ACRONYM_RE = re.compile(r"[A-Z]{2,3}")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)
NAME_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+$|['’]s\s+$")


def takes_the(name: str) -> bool:
    """Names English writes with "the" whatever the article: "the United States", "the UK"."""
    return bool(
        THE_NAMES_RE.match(name) or SHORT_ACRONYM_RE.fullmatch(name.replace(".", "")) and name in lexicon.countries()
    )


def uses_the(entity: Entity, analysis: Analysis) -> bool | None:
    """Does the article write 'the US', 'the IMF' (True) or 'France', 'Gazprom' (False)? Only
    mentions inside a sentence and used as names count: at a sentence's start 'The' may belong
    to a longer name, and 'the Paris agreement' says nothing about Paris."""
    if takes_the(entity.name):
        return True
    with_the = without = 0
    for index in entity.sentences:
        text = analysis.sentences[index].text
        for form in entity.forms:
            for start, end in whole_words(text, form, also="-"):
                before, after = text[:start], text[end:]
                following = NEXT_WORD_RE.match(after)
                if not before.strip() or following and following.group(1).lower() not in AFTER_PLACE:
                    continue
                if THE_BEFORE_RE.search(before):
                    with_the += 1
                elif not NAME_BEFORE_RE.search(before):
                    without += 1
    if with_the == without:
        return None
    return with_the > without


# Not "him": "Monika Kosiec revealed police have been unable to question him" is about someone else.
MALE_RE = re.compile(r"\b(?:he|his|himself)\b", re.I)
FEMALE_RE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def gender(person: Entity, analysis: Analysis) -> str | None:
    """'m' or 'f' from an honorific ("Mr Brown"), else from the pronouns after the name in the
    sentences that mention nobody else; None when the article does not say, says both, or says
    the other of a given name's only gender."""
    honorific = honorific_gender(person)
    if honorific:
        return honorific
    male, female = pronouns_after(person, analysis)
    said = "m" if male and not female else "f" if female and not male else None
    # "But while he tipped Swank to win, he predicted …": a pronoun after a name may be someone
    # else's. Against a given name of one gender only ("Hilary"), it settles nothing.
    given = lexicon.given_name_genders().get(person.name.split()[0])
    return None if said and given and given != said else said


def honorific_gender(person: Entity) -> str | None:
    for alias in person.aliases:
        if alias.split()[0] in HONORIFICS:
            return HONORIFICS[alias.split()[0]]
    return None


def pronouns_after(person: Entity, analysis: Analysis) -> tuple[int, int]:
    """How many male and female pronouns follow the name in the sentences naming no one else."""
    male = female = 0
    for index in person.sentences:
        facts = analysis.by_sentence[index]
        if len(facts.people) != 1:
            continue
        text = analysis.sentences[index].text
        found = next((find_form(text, f) for f in person.forms if find_form(text, f)), None)
        after = text[found[1] :] if found else ""
        male += len(MALE_RE.findall(after))
        female += len(FEMALE_RE.findall(after))
    return male, female


def only_cited(org: Entity, analysis: Analysis) -> bool:
    """'according to the BBC', 'told Reuters', 'AFP reported': a news outlet, not a party to the facts."""
    for index in org.sentences:
        text = analysis.sentences[index].text
        for form in org.forms:
            found = find_form(text, form)
            if found and not (
                REPORTING_BEFORE_RE.search(text[: found[0]])
                or re.match(r"^\s+(?:reported|reports|news agency|said in a report)", text[found[1] :])
            ):
                return False
    return True


# Two capitalised words side by side ("Richey Edwards"), every pair, overlapping: one pattern.
NAME_PAIR_RE = re.compile(r"(?=\b([A-Z][\w'’-]*) ([A-Z][\w-]*)\b)")
# Words that may stand before a surname without being another given name.
NOT_GIVEN = frozenset("The A An Mr Mrs Ms Miss Dr Sir Dame Lady Lord Judge Father Sister Brother Uncle Aunt".split())


@once_per_analysis
def surnames_in_doubt(analysis: Analysis) -> frozenset[str]:
    """People whose surname the article also gives someone else ("Richey Edwards" beside Sherry
    Edwards, his mother): a bare "Edwards" may be either, so no question is keyed to them (a blind
    review's two wrong keys, when the analysis missed the other person). One pass over the words,
    no pattern per name."""
    before: dict[str, set[str]] = {}
    for sentence in analysis.sentences:
        for match in NAME_PAIR_RE.finditer(sentence.text):
            before.setdefault(match.group(2), set()).add(match.group(1))
    doubtful = []
    for person in analysis.people:
        words = [w for w in person.name.split() if w.rstrip(".") not in NAME_SUFFIXES]
        if len(words) < 2:
            continue
        # A surname that is also a word ("Day", "Baker") is shared only with a given name: "Election
        # Day" names no one, "Nettie Baker" does.
        common = words[-1].lower() in lexicon.common_words()
        own = {*words, *(part for w in words for part in w.split("-"))}  # "Jean-Jacques Muyembe": "Jacques" is his
        others = {
            w
            for w in before.get(words[-1], ())
            if w not in own
            and w not in NOT_GIVEN
            and w not in lexicon.titles()
            and w.lower() not in lexicon.common_words()
            and not lexicon.place_kind(w)
            and w not in lexicon.demonyms()
            and (not common or w in lexicon.given_names())
        }
        if others:
            doubtful.append(person.name)
    return frozenset(doubtful)
