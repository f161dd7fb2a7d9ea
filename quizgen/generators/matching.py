"""Matching: four to six people of the article, each matched to how it describes them or to
what they said.

A fair matching question (shared/docs/questions.md) has distinct, unambiguous items on both
sides: no two people with the same role, no role that is part of another, no item that names
another listed person, and short right-hand items (a role, or a quotation of a dozen words).
Each pair keeps the sentence it comes from, so the key can be checked against the article.
"""

from __future__ import annotations

from ..models import Analysis, MatchPair, Person, QuestionKind, normalize
from ..rules import lexicon
from .candidate import Candidate
from .people import role_fact
from .quotes import NAMED_RULES, attribution_sentence, quotable, quote_fact
from .roles import reads_as_role
from .text import certain_organization, famous_office, mentions_any, plausible_person

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
    out = []
    for person in pool:
        others = [r.text for p in people if p.name != person.name for r in p.roles]
        for role in sorted(person.roles, key=lambda r: r.sentence):
            if _fits_another(role.text, others):
                continue  # "High Commissioner" when two others are made one too
            words = role.text.split()
            if not 1 < len(words) <= MAX_ROLE_WORDS and role.kind == "title":
                continue  # "President" alone fits anyone; a long clause is no role to match
            if len(words) > MAX_ROLE_WORDS or role.text.lower().startswith(("another ", "other ", "one of ")):
                continue
            if not (certain_organization(role.text) if role.kind == "affiliation" else reads_as_role(role.text)):
                continue  # "Lock", "many non-Indian stars want to make the most of": no role
            if mentions_any(role.text, person.forms) or not mentions_any(
                analysis.sentences[role.sentence].text, person.forms
            ):
                continue
            out.append((person.name, role.text, role.sentence, role_fact(person)))
            break
    return out


def _fits_another(role: str, others: list[str]) -> bool:
    """The role, or one that contains it or is contained in it, describes another person too."""
    key = normalize(role)
    return any(key in normalize(o) or normalize(o) in key for o in others)


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
    kept: list[Pair] = []
    for pair in pairs:
        right = normalize(pair[1])
        if any(right in normalize(other[1]) or normalize(other[1]) in right for other in kept):
            continue
        kept.append(pair)
    names = [p[0] for p in kept]
    surnames = [n.split()[-1] for n in names]
    return [p for p in kept if not mentions_any(p[1], (*names, *surnames))]
