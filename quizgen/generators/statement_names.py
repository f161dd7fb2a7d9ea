"""Does a statement name what it speaks of? A pronoun is fair only after a name it can stand for
in the same statement, "the company" only beside the company's name, "the player" only beside a
person: a statement that leans on the sentence before for them cannot be judged alone."""

from __future__ import annotations

import re
from functools import cache

from ..models import Analysis, Organization, Person
from ..rules import lexicon
from .antecedents import GENDERED, known_genders
from .text import whole_words

# "Jason Kenney set up the company in the 1980s": which company, unless the statement names one.
UNNAMED_BODY_RE = re.compile(
    r"\bthe\s+(?:company|firm|group|club|team|bank|airline|retailer|band|scheme|project|deal|report|study|survey|"
    # "Southcorp confirmed the brewer had asked for talks", "the box is a networked TV" (25th review)
    r"brewer|carmaker|maker|chain|broadcaster|insurer|lender|operator|box|device|gadget|machine|film|album|"
    # "Old school friends were among the crowd at the school's Johnny Carson Theater" (40th review: vague)
    # lower case: "the University of Calgary" is a name
    r"(?-i:school|college|university)(?!\s+of\b))\b",
    re.I,
)
PLURAL_PRONOUNS = ("they", "their", "them", "themselves", "theirs")
GROUP_NOUNS = frozenset(
    "people police staff fans troops residents voters officials members workers scientists researchers investors "
    "analysts students families children parents players mps critics campaigners protesters doctors nurses "
    "teachers soldiers rescuers firefighters passengers shareholders consumers customers pupils".split()
)
PRONOUN_RE = re.compile(
    r"\b(?:he|she|they|him|her|his|hers|them|their|theirs|it|its|himself|herself|themselves)\b", re.I
)


def unnamed_role(text: str, analysis: Analysis, index: int, also: tuple[Person | Organization, ...] = ()) -> bool:
    """'the player', 'The Holland international': someone a sentence before named, when the
    statement names no person the role can stand for."""
    # "The Edinburgh MSP earns …" too: a role written as an acronym.
    for match in re.finditer(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?([a-z][a-z-]+|[A-Z]{2,4}s?)\b", text):
        if match.group(1).lower() in lexicon.role_nouns() or match.group(1) == "international":
            people = (*analysis.by_sentence[index].people, *(p for p in also if isinstance(p, Person)))
            return not any(next(whole_words(text, f), None) for p in people for f in p.forms)
    return False


def names_a_body(text: str, analysis: Analysis, index: int, also: tuple[Person | Organization, ...] = ()) -> bool:
    """The statement names an organisation 'the company' or 'the club' can stand for."""
    bodies = (*analysis.by_sentence[index].organizations, *(o for o in also if isinstance(o, Organization)))
    return any(next(whole_words(text, f), None) for o in bodies for f in o.forms)


def _names_a_group(text: str) -> bool:
    """The statement names a group of people ("finance ministers", "protesters", "two former
    auditors") that 'they' or 'their' can stand for."""
    return any(word.strip(",.;").lower() in _group_nouns() for word in text.split())


@cache
def _group_nouns() -> frozenset[str]:
    """Plural role nouns ("ministers", "spokesmen", "deputies") and nouns for groups of people."""
    roles = [noun for noun in lexicon.role_nouns() if " " not in noun]
    plurals = {f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s" for noun in roles}
    plurals |= {f"{noun[:-3]}men" for noun in roles if noun.endswith("man")}
    return frozenset(plurals | GROUP_NOUNS)


def _said_after(text: str, end: int) -> bool:
    """', they said,': the group that speaks is not the one the statement names."""
    following = re.match(r"\s+(\w+)", text[end:])
    return bool(following and following.group(1).lower() in lexicon.speech_verbs())


def pronoun_without_name(
    text: str, analysis: Analysis, index: int, also: tuple[Person | Organization, ...] = ()
) -> bool:
    """A pronoun is fair only after a name it can stand for in the same statement ('Carney said his
    government ...'): a person for 'he' or 'they', an organisation or place for 'it'."""
    facts = analysis.by_sentence[index]
    people = tuple(p for p in also if isinstance(p, Person))
    bodies = (*facts.organizations, *(o for o in also if isinstance(o, Organization)))
    group = _names_a_group(text)
    for pronoun in PRONOUN_RE.finditer(text):
        if group and pronoun.group(0).lower() in PLURAL_PRONOUNS and not _said_after(text, pronoun.end()):
            continue  # "At their meeting in London, G7 finance ministers backed …": the ministers'
        neuter = pronoun.group(0).lower() in ("it", "its")
        named = (*bodies, *facts.places) if neuter else (*facts.people, *people, *bodies)
        if gender := GENDERED.get(pronoun.group(0).lower()):
            # "Monika Kosiec revealed police have been unable to question him": no man is named (25th review)
            named = tuple(p for p in (*facts.people, *people) if known_genders(analysis).get(p.name) in (None, gender))
        before = text[: pronoun.start()]
        if not any(next(whole_words(before, f), None) for e in named for f in e.forms):
            return True
    return False
