"""Blanks that ask nothing worth learning, or that more than one answer fills (40th review): a
number that is part of a name ("directed by 13 Going on ___ film-maker"), a player named only as
the owner of a move in a match report ("plough through ___'s flimsy tackle", "one ___ charge
apart"), a political party whose act its rivals do too ("On Tuesday, the ___ held primary
elections"), and a long typed name of a court whose place students word many ways ("filed with the ___": Santa
Clara California Superior Court).
"""

from __future__ import annotations

import re

from ..rules import lexicon
from .date_blanks import MONTHS

# "13 Going on ___", "Apollo ___", "FTSE ___": a number right after a capitalised word of a name
# (not the sentence's first word, not a month), or after "<number> <Title word> <small word>".
NAME_WORD_BEFORE_RE = re.compile(r"(?<=\S)\s+(?P<word>[A-Z][\w'’-]*)\s+$")
TITLE_BEFORE_RE = re.compile(r"\b\d+\s+[A-Z][\w'’-]*\s+(?:on|of|to|in|and|the|at|for)\s+$")
NOT_NAME_WORDS = frozenset(MONTHS.split("|")) | frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday I A The".split()
)


def number_in_name(before: str, after: str) -> bool:
    """The number blanked between `before` and `after` is part of a name or a title: a name is
    never a fact to recall digit by digit (the rubric; 40th review: trivial, three of three)."""
    if TITLE_BEFORE_RE.search(before):
        return True
    word = NAME_WORD_BEFORE_RE.search(before)
    if word is None or word.group("word") in NOT_NAME_WORDS:
        return False
    return not re.match(r"^\s*[-–]\s*\d", after)  # "Chelsea ___-1": a score, not a name


# "'s flimsy tackle", " charge apart": the blank owns the move, maybe with one adjective between.
# "Howard's charge that Blair lied" is politics, not a move.
MOVE_AFTER_RE = re.compile(r"^(?:['’]s)?\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?")
NOT_A_MOVE_AFTER = frozenset(("that", "of", "against"))


def owner_of_a_move(after: str) -> bool:
    """A person blank just before a move of rules/data/play_nouns.txt, maybe with one adjective
    between ("one ___ charge apart", "___'s flimsy tackle"): a play-by-play detail."""
    move = MOVE_AFTER_RE.match(after)
    if move is None:
        return False
    first, second, third = move.groups()
    if first in lexicon.play_nouns():
        return second not in NOT_A_MOVE_AFTER
    return second in lexicon.play_nouns() and third not in NOT_A_MOVE_AFTER


PARTY_RE = re.compile(r"\b(?:Party|party)$")


def party_any_rival_fits(answer: str, before: str, after: str) -> bool:
    """A political party's blank whose sentence names no other party: what one party does
    (holds primaries, wins a seat, picks a leader) its rivals do too, so more than one answer
    fits (40th review: "On Tuesday, the ___ held primary elections", vague, three of three)."""
    if not PARTY_RE.search(answer.strip()):
        return False
    return not re.search(
        r"\b(?:Party|party|Parties|parties|Democrats?|Republicans?|Labour|Tories|Conservatives?)\b", f"{before} {after}"
    )


TYPED_WORD_RE = re.compile(r"[\w'’.-]+")


def too_long_to_type(answer: str) -> bool:
    """A typed answer of four names or more: a state's body (rules/data/state_bodies.txt) placed
    by its county and state ("Santa Clara California Superior Court"). Students word the place many
    ways ("Santa Clara County Superior Court", "California Superior Court"), each of which a grader
    must accept (40th review: vague, two of three). A long name of one body ("Internet Engineering
    Task Force", "North Wales Business Club") is written one way and still asked."""
    words = [w for w in TYPED_WORD_RE.findall(answer) if w.lower() not in ("of", "the", "and", "for", "on", "&")]
    if len(words) < 4 or words[-1].lower() not in lexicon.state_bodies():
        return False
    pairs = (" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    return any(lexicon.place_kind(name) for name in (*words, *pairs))
