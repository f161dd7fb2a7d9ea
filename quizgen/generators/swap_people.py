"""Swaps of people and of the offices they hold, for false statements (see swaps.py).

A person for a person written the same way and of the same sex, both quoted or described by
the article; an office for another office the article gives. A name with its title before it,
a famous person or a famous office stays: swapping them is false at a glance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..models import Analysis, Person, Role, Sentence, normalize
from ..rules import lexicon
from .blanks import start_of, written_fact
from .text import famous_office, famous_person, find_form, mentions_any, plausible_person
from .usage import HONORIFICS, ArticleUsage, once_per_analysis

GENDERED_RE = re.compile(r"\b(?:he|she|his|her|hers|him|himself|herself)\b", re.I)
# "the Hungarian Government commissioner responsible for defence, defence industries and …":
# an office whose description goes on as a list after it; a swap leaves the list's tail behind.
ORIGIN_RE = re.compile(r"\b(?:is|was|are|were)\s+(?:originally\s+)?(?:from|born)\b|\b(?:grew up|lives|lived)\s+in\b")
POSSESSIVE_RE = re.compile(r"^(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:['’]s|s['’])\s")
LIST_GOES_ON_RE = re.compile(r"^,\s+(?:[a-z][\w-]*\s+){1,3}and\s+[a-z]")


def people_facts(
    statement: str, people: Iterable[Person], article: ArticleUsage
) -> Iterator[tuple[str, str, list[str]]]:
    """A person for a person, written the same way: a full name for a full name, "Mr Clement" for
    "Mr Bowers" (and never for "Ms Rice"), a surname for a surname the article uses alone. With
    "his" or "her" in the statement, only someone the article gives the same pronouns."""
    pool = _swappable_people(article.analysis)
    described = {p.name for p in pool}
    if ORIGIN_RE.search(statement):
        return  # "Tusk, a founding Civic Platform member, is from Gdańsk": so may the other be (27th review)
    gendered = bool(GENDERED_RE.search(statement))
    for person in people:
        if person.name not in described:
            continue
        for form, style in _person_forms(person):
            written = written_fact(statement, (form,), "person")
            if not written:
                continue
            start = start_of(statement, written)
            if style != "honorific" and (
                re.search(r"[A-Z][\w.'’-]*\s+$", statement[:start])
                or _described_before(statement[:start])
                or _company_before(statement[:start])
            ):
                break  # "Prime Minister Mark Carney", "Tory leader Michael Howard": the title stays with its holder
            gender = article.genders.get(person.name)
            if gendered and gender is None:
                break
            others = [
                _form_like(p, style, form)
                for p in pool
                if p.name != person.name
                and not mentions_any(statement, (*p.forms, p.name.split()[-1]))
                and (not gendered or article.genders.get(p.name) == gender)
                and not _other_gender(article.genders.get(p.name), gender)
            ]
            yield "person", written, [o for o in others if o]
            break


def _described_before(before: str) -> bool:
    """'Tory leader ___', 'veteran actor ___', 'Manchester United boss ___': a role noun just before
    the name describes its holder, and another person there is false at a glance to anyone who
    knows who leads the Tories (blind raters rejected 'Tory leader Anne Robinson')."""
    words = re.findall(r"[a-z][a-z-]*", before[-40:].lower())
    tail = before.rstrip()
    if not words or not tail or not tail[-1].isalpha():
        return False
    return words[-1] in lexicon.role_nouns() or " ".join(words[-2:]) in lexicon.role_nouns()


def _company_before(before: str) -> bool:
    """'supplied by parts maker ___' (Robert Bosch): the name is a firm's, whatever the analysis
    made of it, and a person there is false at a glance (rules/data/company_nouns.txt)."""
    words = re.findall(r"[a-z][a-z-]*", before[-30:].lower())
    if not words or not before.rstrip()[-1:].isalpha():
        return False
    return words[-1].endswith("maker") or words[-1] in lexicon.company_nouns()


def _other_gender(one: str | None, other: str | None) -> bool:
    """A woman for a man or a man for a woman, each known from the article: false at a glance to
    a reader of the names ('Tory leader Anne Robinson', 'veteran actor Hilary Swank')."""
    return one is not None and other is not None and one != other


@once_per_analysis
def _swappable_people(analysis: Analysis) -> list[Person]:
    """People the article quotes or describes, on both sides of a swap: a name in passing (a film
    character, a figure of history) swapped in or out makes a statement false at a glance."""
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    return [
        p
        for p in sorted(analysis.people, key=lambda p: -len(p.sentences))
        if plausible_person(p) and len(p.name.split()) > 1 and not famous_person(p) and (p.name in speakers or p.roles)
    ]


def _person_forms(person: Person) -> list[tuple[str, str]]:
    """The person's forms, longest first, each with its style: full, honorific or surname."""
    forms = [(person.name, "full")]
    for alias in person.aliases:
        first = alias.split()[0]
        if first in HONORIFICS and len(alias.split()) == 2:
            forms.append((alias, "honorific"))
        elif alias == person.name.split()[-1]:
            forms.append((alias, "surname"))
    return forms


def _form_like(person: Person, style: str, written: str) -> str | None:
    """`person` written in `style`; an honorific only of the same gender as the one written."""
    if style == "full":
        return person.name
    for alias, own in _person_forms(person):
        if own == style == "surname":
            return alias
        if own == style == "honorific" and HONORIFICS[alias.split()[0]] == HONORIFICS[written.split()[0]]:
            return alias
    return None


def role_facts(statement: str, sentence: Sentence, analysis: Analysis) -> Iterator[tuple[str, str, list[str]]]:
    """'Italian Prime Minister Giorgia Meloni' -> 'European Commission President Giorgia Meloni'.

    Offices only: one person holds one office, but may well be both a "Ray actor" and a "US
    hip-hop star", so swapping descriptions may leave a statement true."""
    titles = _offices(analysis)
    for person, role in titles:
        if role.sentence != sentence.index:
            continue
        found = find_form(statement, role.text)
        if found is None or LIST_GOES_ON_RE.match(statement[found[1] :]):
            continue
        # "the El Paso mayor" never becomes "the Mexico's Foreign Secretary": a possessive takes no article
        after_article = bool(re.search(r"\b(?:the|a|an)\s+$", statement[: found[0]], re.I))
        others = [
            r.text
            for p, r in titles
            if p.name != person.name
            and normalize(r.text) != normalize(role.text)
            and normalize(r.text) not in normalize(role.text)
            and normalize(role.text) not in normalize(r.text)
            and not (after_article and POSSESSIVE_RE.match(r.text))
            and not _other_branch(role.text, r.text)
            and not _other_nation(role.text, r.text)
        ]
        yield "role", role.text, list(dict.fromkeys(others))


def _other_nation(one: str, other: str) -> bool:
    """'Palestinian leader' and 'British foreign minister': offices of two nations, and the
    holder's nation is what a reader knows of a name ("British foreign minister Mahmoud Abbas",
    40th blind review's statements: false at a glance)."""
    nations = [_nation(one), _nation(other)]
    return None not in nations and nations[0] != nations[1]


def _nation(office: str) -> str | None:
    """The country a word of the office names, as a people or by name: 'Palestinian' -> Palestine."""
    for word in re.findall(r"[A-Z][\w'’-]+", office):
        place = lexicon.demonyms().get(word) or lexicon.countries().get(word)
        if place:
            return lexicon.countries().get(place, place)
    return None


def _other_branch(one: str, other: str) -> bool:
    """'Wisconsin governor' and 'Supreme Court Justice': offices of two branches (rules/data/
    office_kinds.txt), whose swap a reader rules out without reading (33rd review)."""
    kinds = [_branch(one), _branch(other)]
    return None not in kinds and kinds[0] != kinds[1]


def _branch(office: str) -> str | None:
    """The branch of the office's last listed head word, before any "of": "Republican Senator" is
    legislative, "Wisconsin governor" executive, "Secretary of State" executive, "IMF boss" none."""
    words = [w.lower().strip(",.") for w in re.split(r"\s+of\s+|\s+for\s+", office)[0].split()]
    for n in range(len(words), 0, -1):
        for size in (2, 1):
            head = " ".join(words[max(0, n - size) : n])
            if head in lexicon.office_kinds():
                return lexicon.office_kinds()[head]
    return None


@once_per_analysis
def _offices(analysis: Analysis) -> list[tuple[Person, Role]]:
    return [
        (p, r)
        for p in analysis.people
        for r in p.roles
        if r.kind == "title"
        and r.text[:1].isupper()
        and 1 < len(r.text.split()) <= 6
        and not famous_office(r.text)
        and not famous_person(p)  # "Palestinian leader Tony Blair" (32nd review: obvious), either way round
        and _office(r.text)
    ]


def _office(role: str) -> bool:
    """'Environment Agency director', 'UK Chancellor of the Exchequer': a title the word lists know."""
    words = role.replace("-", " ").split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))
    return any(span in lexicon.titles() or span.capitalize() in lexicon.titles() for span in spans)
