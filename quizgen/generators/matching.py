"""Matching: four to six people of the article, each matched to how it describes them or to
what they said.

A fair matching question (shared/docs/questions.md) has distinct, unambiguous items on both
sides: no two people with the same role, no role that is part of another, no item that names
another listed person, and short right-hand items (a role, or a quotation of a dozen words).
Each pair keeps the sentence it comes from, so the key can be checked against the article.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Hashable, Iterator

from ..models import Analysis, MatchPair, Person, QuestionKind, normalize
from ..rules import lexicon
from .candidate import Candidate
from .people import role_fact, whole_role
from .quotes import NAMED_RULES, attribution_sentence, quotable, quote_fact
from .roles import reads_as_role
from .text import NameIndex, certain_organization, famous_office, mentions_any, plausible_person

MIN_PAIRS, MAX_PAIRS = 4, 6
MAX_ROLE_WORDS = 9
MAX_QUOTE_WORDS = 14
PROMPTS = {
    QuestionKind.MATCH_ROLE: "Match each person to how the article describes them.",
    QuestionKind.MATCH_QUOTE: "Match each person to what they said in the article.",
}


def generate(analysis: Analysis) -> list[Candidate]:
    people = [
        p
        for p in sorted(analysis.people, key=lambda p: (-len(p.sentences), p.name))
        if plausible_person(p) and len(p.name.split()) > 1
    ]
    out = []
    for kind, pairs in (
        (QuestionKind.MATCH_ROLE, _role_pairs(people, analysis)),
        (QuestionKind.MATCH_QUOTE, _quote_pairs(people, analysis)),
    ):
        chosen = _distinct(pairs)[:MAX_PAIRS]
        if len(chosen) < MIN_PAIRS:
            continue
        chosen.sort(key=lambda item: item[2])  # the article's order: the renderer shuffles the right side
        names = [name for name, _, _, _ in chosen]
        out.append(
            Candidate(
                kind=kind,
                prompt=PROMPTS[kind],
                answer="; ".join(f"{n}: {r}" for n, r, _, _ in chosen),
                source=analysis.sentences[chosen[0][2]],
                answer_type="pairs",
                key="|".join(normalize(n) for n in names),
                shape="matching",
                about=f"matching:{kind.value}",
                weight=0.95,
                pairs=tuple(
                    MatchPair(
                        left=n,
                        right=r,
                        source_sentence=analysis.sentences[i].text,
                        paragraph=analysis.sentences[i].paragraph + 1,
                    )
                    for n, r, i, _ in chosen
                ),
                reveals=frozenset().union(*(fact for _, _, _, fact in chosen)),
            )
        )
    return out


Pair = tuple[str, str, int, frozenset[str]]  # person, right-hand item, sentence index, facts it reveals


def _role_pairs(people: list[Person], analysis: Analysis) -> list[Pair]:
    """Each person's first role that reads alone: a title ("Italian Prime Minister"), a description
    ("former senior adviser to ..."), or the organisation they are with."""
    # Heads of state and household names are matched at a glance: one at most, first in the list.
    famous = [p for p in people if _famous(p)]
    pool = famous[:1] + [p for p in people if not _famous(p)]
    # "High Commissioner" when two others are made one too: the role, or one containing it or
    # contained in it, describes another person.
    roles = _Overlaps([(r.text, p.name) for p in people for r in p.roles])
    out = []
    for person in pool:
        for role in sorted(person.roles, key=lambda r: r.sentence):
            words = role.text.split()
            if not 1 < len(words) <= MAX_ROLE_WORDS and role.kind == "title":
                continue  # "President" alone fits anyone; a long clause is no role to match
            if len(words) > MAX_ROLE_WORDS or not whole_role(role.text, analysis.sentences[role.sentence].text):
                continue  # "Natural Gas Corporation chairman" of "Oil and Natural …" (30th review)
            if not (certain_organization(role.text) if role.kind == "affiliation" else reads_as_role(role.text)):
                continue  # "Lock", "many non-Indian stars want to make the most of": no role
            if mentions_any(role.text, person.forms) or not mentions_any(
                analysis.sentences[role.sentence].text, person.forms
            ):
                continue
            if any(name != person.name for name in roles.owners_of(role.text)):
                continue
            out.append((person.name, role.text, role.sentence, role_fact(person)))
            break
    return out


class _Overlaps:
    """Which texts of a list contain a given text or are contained in it (normalised)?

    The texts normalised once and joined by line breaks (which no normalised text holds), so one
    search finds those that contain the text, and the ones it contains are looked up by its
    substrings: the same answer as comparing it with each of them, without reading them all for
    every text asked about (the square of a long article's people).
    """

    def __init__(self, texts: list[tuple[str, Hashable]]) -> None:
        self.owners: dict[str, list[Hashable]] = {}  # normalised text -> what it belongs to
        for text, owner in texts:
            self.owners.setdefault(normalize(text), []).append(owner)
        self.keys = list(self.owners)
        self.joined = "\n".join(self.keys)
        self.ends = list(itertools.accumulate(len(key) + 1 for key in self.keys))
        self.lengths = sorted({len(key) for key in self.keys})

    def owners_of(self, text: str) -> Iterator[Hashable]:
        """The owners of each text containing `text` or contained in it, lazily."""
        key = normalize(text)
        at = self.joined.find(key)
        while at != -1:
            yield from self.owners[self.keys[bisect.bisect_right(self.ends, at)]]
            at = self.joined.find(key, at + 1)
        for size in self.lengths:
            if size > len(key):
                break
            for start in range(len(key) - size + 1):
                yield from self.owners.get(key[start : start + size], ())


def _famous(person: Person) -> bool:
    return any(famous_office(r.text) for r in person.roles) or any(f in lexicon.famous() for f in person.forms)


def _quote_pairs(people: list[Person], analysis: Analysis) -> list[Pair]:
    """Each person's first short quotation whose own sentence names them (as quote questions require)."""
    by_name = {p.name: p for p in people}
    out, seen = [], set()
    for quote in analysis.quotes:
        person = by_name.get(quote.speaker or "")
        if person is None or person.name in seen or quote.how not in NAMED_RULES:
            continue
        shown = quotable(quote.text)
        source = attribution_sentence(analysis, quote, person.forms)
        if shown is None or source is None or len(shown.split()) > MAX_QUOTE_WORDS:
            continue
        seen.add(person.name)
        out.append((person.name, f"“{shown}”", source.index, frozenset({quote_fact(quote)})))
    return out


def _distinct(pairs: list[Pair]) -> list[Pair]:
    """Pairs whose right-hand items are distinct, none part of another, and none naming a listed person."""
    rights = _Overlaps([(pair[1], n) for n, pair in enumerate(pairs)])
    kept: list[Pair] = []
    taken: set[Hashable] = set()
    for n, pair in enumerate(pairs):
        if any(owner in taken for owner in rights.owners_of(pair[1])):
            continue
        kept.append(pair)
        taken.add(n)
    names = [p[0] for p in kept]
    named = NameIndex((*names, *[n.split()[-1] for n in names]))
    return [p for p in kept if not named.mentioned_in(p[1])]
