"""Checks of a blank whose key the words right around it give away, or that is no one thing: a
household-name company after its descriptor ("UK telco ___", "oil giant ___"), a "person" that is a
maker's possessive fused to a title ("Mike Nichols' Closer"). From the 35th blind review."""

from __future__ import annotations

import re

from .generators import Candidate
from .models import BLANK_RE, Analysis, Question
from .rules import lexicon

WORD_RE = re.compile(r"[\w'’.-]+")


def company_described(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'UK telco ___ is serious about the idea' (BT; obvious, three raters of three): a descriptor
    of rules/data/company_descriptors.txt right before an organisation's blank names the one firm
    of its sector and country, and the options, the article's other bodies, are of other sectors."""
    if c.answer_type != "organization" or not (blank := BLANK_RE.search(q.prompt)):
        return None
    words = WORD_RE.findall(q.prompt[: blank.start()])
    if not words or q.prompt[: blank.start()][-1:] not in (" ", ""):
        return None
    descriptors = lexicon.company_descriptors()
    for size in (1, 2, 3):
        if len(words) < size:
            break
        phrase = " ".join(words[-size:]).lower()
        if phrase in descriptors:
            return f"{phrase!r} gives the company {q.answer!r} away"
        place = words[-size - 1] if len(words) > size else ""
        if f"national {phrase}" in descriptors and (place in lexicon.countries() or place in lexicon.demonyms()):
            return f"{place} {phrase!r} gives the company {q.answer!r} away"
    return None


# "Mike Nichols' Closer", "Spielberg's Jaws": a possessive, then a capitalised word
POSSESSIVE_THEN_NAME_RE = re.compile(r"\w(?:['’]s|s['’])\s+[A-Z]")


def possessive_in_name(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'her role in ___, joins …' keyed to "Mike Nichols' Closer" (vague, two raters of three):
    a person's key that holds a possessive then a name is a maker and their work, not a person."""
    if c.answer_type == "person" and POSSESSIVE_THEN_NAME_RE.search(q.answer):
        return f"{q.answer!r} is someone's work, not a person"
    return None
