"""Questions about people's roles: who holds a role. (Who did what is asked in wh.py.)

"Which organisation is X associated with in the article?" is not asked: "associated with" is
vague, and an affiliation read from "a £5m offer for Ferguson from Everton" names the club that
bid, not his (24th blind review: vague, weak-distractor, and a key one rater of three called
wrong). Affiliations still pair people with their bodies in matching questions, where the
article names both in one phrase.

"How does the article describe X?" is not asked: blind raters accepted 5 of 14 over the 13th to
22nd reviews (a famous person's office, roles of other people that could not be theirs, a role
too vague to pick out), against 17 of 25 for "Who is described in the article as …?"."""

from __future__ import annotations

import re

from ..models import Analysis, Person, QuestionKind, normalize
from ..rules import lexicon
from .candidate import Candidate
from .roles import reads_as_role
from .text import famous_office, famous_person, find_form, mentions_any, plausible_person, with_article


def generate(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    # Every person's roles, normalised once: a long article's roles are each compared with all.
    roles = [(p.name, normalize(r.text)) for p in analysis.people for r in p.roles]
    for person in analysis.people:
        # A full name: "Who is the Downing Street adviser?" keyed to "Morgan" beside full names,
        # or "How does the article describe Morgan?", is vague or gives the key away.
        # Nor someone known to all: "Who is described in the article as the Prime Minister?" of
        # Tony Blair (16th blind review: obvious, three raters of three).
        if plausible_person(person) and len(person.name.split()) > 1 and not famous_person(person):
            candidates += _role_questions(person, analysis, roles)
    return candidates


def _role_questions(person: Person, analysis: Analysis, roles: list[tuple[str, str]]) -> list[Candidate]:
    out = []
    for role in person.roles:
        source = analysis.sentences[role.sentence]
        surname = person.name.split()[-1]
        if mentions_any(role.text, (*person.forms, surname)) or not mentions_any(source.text, person.forms):
            continue  # "Veranika Tsapkala", "wife of Valery Tsapkala": the surname gives the pair away
        if role.kind == "affiliation":
            continue  # "Which organisation is Barry Ferguson associated with?": see the module's docstring
        if _relation(role.text) or not reads_as_role(role.text):
            continue  # "as the Greek striker found the bottom corner", "as a may seek a shareholder vote"
        if len(role.text.split()) < 2 or not whole_role(role.text, source.text):
            continue  # "President" alone fits anyone
        if famous_office(role.text) or any(famous_office(r.text) for r in person.roles):
            continue  # "Who is the French President?" (or anything about them) is general knowledge
        if _specific(role.text) and not _held_by_another(role.text, person.name, roles):
            out.append(
                Candidate(
                    kind=QuestionKind.ROLE_HOLDER,
                    prompt=f"Who is described in the article as {_as_written(role.text, source.text)}?",
                    answer=person.name,
                    source=source,
                    answer_type="person",
                    key=f"{normalize(person.name)}|{normalize(role.text)}",
                    answer_forms=person.aliases,
                    about=person.name,
                    weight=0.9,
                    reveals=role_fact(person),
                    stated=("The article describes ", f" as {_as_written(role.text, source.text)}."),
                )
            )
    return out


def whole_role(role: str, sentence: str) -> bool:
    """A role that reads alone, as the sentence gives it: not one of several ("another lawyer for
    the victim", "two of the authors": 26th review), not two roles with a comma ("the study's lead
    author, doctoral candidate") or a body unnamed ("… at the firm": 29th review), and not the end
    of a longer name ("Culture, Media and Sport Secretary", "Oil and Natural Gas Corporation
    chairman": 26th, 30th reviews)."""
    if COUNTED_ROLE_RE.match(role) or "," in role or UNNAMED_BODY_IN_ROLE_RE.search(role):
        return False
    found = find_form(sentence, role)
    before = sentence[: found[0]] if found else ""
    joined = NAME_AND_BEFORE_RE.search(before)
    # "Oil and Natural Gas Corporation chairman", "Trade and Industry Secretary" (30th, 31st
    # reviews); not "Tony Blair and Chancellor Gordon Brown", where a name stands before "and"
    cut = joined is not None and (
        any(word in lexicon.org_words() for word in role.split()) or joined.group(1).lower() in lexicon.common_words()
    )
    return not (OFFICE_LIST_BEFORE_RE.search(before) or cut)


def _as_written(role: str, sentence: str) -> str:
    """'a director of Bengali Anti-Corruption Commission' as the sentence writes it: "the" would
    make one of several directors the only one (29th review: vague)."""
    found = find_form(sentence, role)
    if found and re.search(r"\b(?:a|an)\s+$", sentence[: found[0]]):
        return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"
    return with_article(role)


def role_fact(person: Person) -> frozenset[str]:
    """What a question pairing this person with a role reveals: no two questions show the same."""
    return frozenset({f"role:{normalize(person.name)}"})


def _specific(role: str) -> bool:
    """'Italian Prime Minister' or 'a former senior adviser to ...' name one person; 'US actor' may
    not, nor 'Labour MP' (one of hundreds: 25th review, vague)."""
    capitalised = [w for w in role.split()[1:] if w[0].isupper() and w not in SEAT_ACRONYMS]
    return bool(capitalised) or len(role.split()) >= 4


# "another lawyer for the victim", "one of the authors", "two of the authors": one of several.
COUNTED_ROLE_RE = re.compile(
    r"^(?:another|other|one|two|three|four|five|six|seven|eight|nine|ten|both|all|some|several|many|\d+)\s+(?:of\b|\w)",
    re.I,
)
# "Culture, Media and Sport Secretary": the office's name is a list, and the role found is its end.
OFFICE_LIST_BEFORE_RE = re.compile(r"[A-Z][\w-]*,\s+(?:[A-Z][\w-]*,\s+)*[A-Z][\w-]*\s+(?:and|&)\s+$")
# "Oil and Natural Gas Corporation chairman": a body's name with "and" in it, cut before the "and"
NAME_AND_BEFORE_RE = re.compile(r"([A-Z][\w-]*)\s+(?:and|&)\s+$")


# "president of the mobile networks division at the firm": which firm, the sentence does not say
UNNAMED_BODY_IN_ROLE_RE = re.compile(r"\bthe\s+(?:firm|company|group|club|team|organisation|organization|study)\b")


# Members of a house: "Labour MP" or "SNP MSP" is one of many, unless more is said.
SEAT_ACRONYMS = frozenset("MP MPs MEP MSP AM MLA MHA MK TD QC KC".split())


def _relation(role: str) -> bool:
    """'Newport-Gwent Dragons colleague', 'his wife': a colleague, team-mate or wife of whom?"""
    return role.split()[-1].lower().strip(",.") in RELATIONS


# Roles that are relations to someone the role does not name ("his wife", "Dragons colleague").
RELATIONS = frozenset(
    "colleague colleagues team-mate teammate team-mates partner wife husband son daughter friend brother sister "
    "mother father girlfriend boyfriend widow widower cousin rival rivals neighbour neighbor".split()
)


def _held_by_another(role: str, name: str, roles: list[tuple[str, str]]) -> bool:
    """Another person of the article has this role, or one holding it or held in it."""
    a = normalize(role)
    return any(other != name and (a in b or b in a) for other, b in roles)
