"""Capitalised name spans in a sentence, cut into typed segments.

"European Commission President Ursula von der Leyen" is one run of capitalised words; it is
cut into an organisation ("European Commission"), a title ("President") and a person
("Ursula von der Leyen"), and the title with what precedes it becomes that person's role.
The decisions use word lists (quizgen.rules.lexicon, looked up in gazetteer.py) and the shape
of the span only; the sentence context (speech verbs, "in X") is used later, in context.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..rules import lexicon
from . import gazetteer as gz
from .spans import (
    GROUP_POSSESSIVES,
    MONTHS,
    NAME_PARTICLES,
    NEVER_NAMES,
    WEEKDAYS,
    Token,
    is_sentence_initial,
    name_spans,
    tokenize,
)

__all__ = [
    "MONTHS",
    "NEVER_NAMES",
    "WEEKDAYS",
    "Kind",
    "Segment",
    "Token",
    "is_sentence_initial",
    "name_spans",
    "segment",
    "tokenize",
]

HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor".split())
ARTICLES = ("The", "A", "An")
# A person's name never opens with these: "Chair In Global Islamic Politics" is a title's field.
NOT_NAME_OPENERS = frozenset({*ARTICLES, "In", "On", "At", "Of", "For", "To", "From", "With", "By", "And"})
# Heads of holidays, diseases and rules named after a place or a group ("Labour Day", "West Nile
# Virus", "Public Service Vehicle Regulations").
EVENT_HEADS = frozenset("Day Syndrome Virus Disease Fever Flu Regulations".split())
# "Northern Syria", "South East": a compass word before a place is part of the place.
COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())


class Kind(StrEnum):
    PERSON = "person"
    ORG = "organization"
    PLACE = "place"
    DEMONYM = "demonym"
    TITLE = "title"
    UNKNOWN = "unknown"


GAZETTEER_KINDS = {"org": Kind.ORG, "place": Kind.PLACE, "demonym": Kind.DEMONYM}


@dataclass(frozen=True)
class Segment:
    """A typed piece of a name span; offsets are within the sentence."""

    kind: Kind
    text: str
    start: int
    end: int
    role: str | None = None  # for a person: the title and its modifiers ("Ukrainian President")
    honorific: str | None = None  # "Mr" in "Mr Livingstone"
    sentence_initial: bool = False
    possessive: bool = False


def segment(sentence: str, span: list[Token]) -> list[Segment]:
    """Cut one name span into typed segments."""
    span = _drop_initial_common_word(sentence, span)
    segments: list[Segment] = []
    modifiers: list[Segment] = []  # demonyms, organisations, places before a title
    i = 0
    while i < len(span):
        rest = span[i:]
        if not rest[0].capitalised:  # a connector between two segments ("Roland Paris of the University")
            i += 1
            continue
        length, found = gz.known_entity(rest)
        kind = GAZETTEER_KINDS.get(found) if found else None
        title_length = gz.title_length(rest) or _role_noun_title(sentence, rest, bool(modifiers))
        if title_length and not (length > 1 and length > title_length):
            title_length = gz.title_with_of_phrase(rest, title_length)
            title_tokens = rest[:title_length]
            # A title binds to the name after it; "Speaker of the House" keeps its "of" phrase.
            j = i + title_length
            name_tokens = _person_tokens(span[j:]) if j < len(span) else []
            k = j + len(name_tokens)
            role_start = modifiers[0].start if modifiers else title_tokens[0].start
            if name_tokens and k < len(span) and span[k].capitalised and gz.title_length(span[k:]):
                # "Deputy Emergency Situations Minister Alexander Chupriyan": one long title.
                modifiers = [
                    Segment(
                        Kind.TITLE, _text(sentence, role_start, name_tokens[-1].end), role_start, name_tokens[-1].end
                    )
                ]
                i = k
                continue
            if len(name_tokens) == 1 and gz.known_entity(name_tokens)[0]:
                name_tokens = []  # "Captain America" is no person's title
            role = _text(sentence, role_start, title_tokens[-1].end)
            if name_tokens:
                honorific = title_tokens[0].text if title_tokens[0].text in HONORIFICS else None
                segments.append(
                    Segment(
                        Kind.PERSON,
                        _text(sentence, name_tokens[0].start, name_tokens[-1].end),
                        name_tokens[0].start,
                        name_tokens[-1].end,
                        role=None if honorific else role,
                        honorific=honorific,
                        possessive=name_tokens[-1].possessive,
                    )
                )
                i = j + len(name_tokens)
            else:
                segments.append(Segment(Kind.TITLE, role, title_tokens[0].start, title_tokens[-1].end))
                i = j
            modifiers = []
            continue
        org_length = gz.org_length(rest)
        # "the United Nations' Food and Agriculture Organization": the owner ends at its apostrophe.
        owner = bool(length) and rest[length - 1].text[-1] in "'’"
        if org_length and org_length >= length and not owner:
            length, kind = org_length, Kind.ORG
        place_length = gz.place_word_length(rest)
        if place_length > length:
            length, kind = place_length, Kind.PLACE
        if kind is Kind.ORG and length == 1 and _branch_name(rest):
            length = 2  # "ABC Australia", "CU Boulder", "BBC Scotland": a branch named by its place
        elif (
            kind is Kind.ORG
            and 1 < length < len(rest)
            and lexicon.place_kind(rest[length].text) == "country"
            and not rest[length - 1].possessive
            and (length + 1 == len(rest) or not rest[length + 1].capitalised)
        ):
            length += 1  # "World Wildlife Fund Mexico": a national branch
        if rest[0].text in COMPASS and len(rest) > 1 and not length:
            after, after_kind = gz.known_entity(rest[1:])
            if after_kind == "place":
                length, kind = 1 + after, Kind.PLACE
        if gz.is_given_name(rest[0].text) and len(rest) > 1 and _given_name_first(rest, length, kind):
            name_tokens = _person_tokens(rest)
            if name_tokens:
                length, kind = len(name_tokens), Kind.PERSON
        if not length:
            length, kind = _unknown_length(rest), Kind.UNKNOWN
        while length > 1 and not rest[length - 1].capitalised:  # "Junya Tanase of" + "JPMorgan"
            length -= 1
        if kind is not Kind.PERSON and _event_length(rest, length):
            length, kind = _event_length(rest, length), Kind.UNKNOWN
        piece = rest[:length]
        end = piece[-1].end - (1 if piece[-1].text[-1] in "'’" else 0)  # "the United Nations' agency"
        possessive = piece[-1].possessive
        if possessive and kind is Kind.ORG and gz.organization(_text(sentence, piece[0].start, end + 2)):
            end, possessive = end + 2, False  # "Sainsbury's" is the name itself
        assert kind is not None  # a length from the gazetteer comes with its kind; no length is UNKNOWN
        seg = Segment(
            kind,
            _text(sentence, piece[0].start, end),
            piece[0].start,
            end,
            sentence_initial=is_sentence_initial(sentence, piece[0]),
            possessive=possessive,
        )
        segments.append(seg)
        modifiers = modifiers + [seg] if kind in (Kind.DEMONYM, Kind.ORG, Kind.PLACE) else []
        i += length
    return segments


def _branch_name(rest: list[Token]) -> bool:
    """An abbreviation followed by a place: a listed place, or after an unlisted abbreviation
    any plain unknown word ("CU Boulder")."""
    if len(rest) < 2 or not rest[0].text.isupper() or rest[0].possessive:
        return False
    nxt = rest[1]
    if lexicon.place_kind(nxt.text):
        return True
    return (
        rest[0].text not in lexicon.organizations()
        and nxt.capitalised
        and nxt.text[0].isupper()
        and nxt.text.lower() not in lexicon.common_words()
        and nxt.text not in lexicon.given_names()
        and not gz.title_length(rest[1:])
        and not gz.known_entity(rest[1:])[0]
        and not gz.org_length(rest[1:])
        and nxt.text not in lexicon.place_words()
    )


def _event_length(rest: list[Token], length: int) -> int:
    """'Labour Day', 'Middle East Respiratory Syndrome': a known name inside an event or a disease."""
    end = length
    while end < len(rest) and end < length + 3 and rest[end].capitalised and not rest[end - 1].possessive:
        if rest[end].text in EVENT_HEADS:
            return end + 1
        end += 1
    return 0


def _given_name_first(rest: list[Token], length: int, kind: Kind | None) -> bool:
    """A given name starts a person's name, unless a list knows the run.

    A one-word place or organisation that is also a given name starts a person's name when an
    unknown surname follows: "Jordan Henderson", "Chelsea Clinton", not "Jordan Valley".
    """
    if not length:
        return True
    if length != 1 or kind not in (Kind.PLACE, Kind.ORG):
        return False
    nxt = rest[1]
    return (
        nxt.capitalised
        and nxt.text.lower() not in lexicon.common_words()
        and not gz.known_entity(rest[1:])[0]
        and not gz.title_length(rest[1:])
        and nxt.text not in lexicon.org_words()
        and nxt.text not in lexicon.place_words()
        and not gz.is_acronym(nxt.text)
    )


def _role_noun_title(sentence: str, rest: list[Token], after_modifier: bool = False) -> int:
    """'Broadcaster Piers Morgan': a job noun capitalised at the start of a sentence is a title,
    and so is one after a place or an organisation: 'U.S. Attorney Bash', 'Kremlin Spokesman'."""
    first = rest[0]
    if len(rest) < 2 or first.text.lower() not in lexicon.role_nouns():
        return 0
    if after_modifier:
        nxt = rest[1]
        return (
            1
            if nxt.capitalised and nxt.text.lower() not in lexicon.common_words() and not gz.known_entity(rest[1:])[0]
            else 0
        )
    if len(rest) < 3 or not is_sentence_initial(sentence, first):
        return 0
    if gz.is_given_name(rest[1].text):
        return 1
    # "Actor Denzel Washington": an unknown first name that is no common word.
    name = _person_tokens(rest[1:])
    plain = not gz.known_entity(rest[1:])[0] and rest[1].text.lower() not in lexicon.common_words()
    return 1 if len(name) >= 2 and plain else 0


def _drop_initial_common_word(sentence: str, span: list[Token]) -> list[Token]:
    """'Meanwhile', 'Recent' or 'The' start a sentence with a capital without being names."""
    while span and is_sentence_initial(sentence, span[0]) or (span and span[0].text in ARTICLES):
        word = span[0].text
        # "Remarked Center for Biological Diversity": a verb in the past opening the sentence
        past_verb = (
            word.endswith("ed")
            and len(word) > 4
            and len(span) > 2
            and not gz.is_name_word(word)
            and gz.org_length(span[1:]) == len(span) - 1
        )
        if not past_verb and (
            gz.known_entity(span)[0] > 1
            or (word not in ARTICLES and (gz.org_length(span) > 1 or gz.title_length(span)))
        ):
            break  # "The Independent", "House of Commons Speaker John Bercow", "Prime Minister Boris Johnson"
        if word not in ARTICLES and (gz.is_name_word(word) or _role_noun_title(sentence, span)):
            break
        if span[0].possessive and len(span) == 1 and word not in GROUP_POSSESSIVES:
            break  # "Trump's statement read:": an owner, the text will say who (linked to the full name, or nothing)
        if word.lower() not in lexicon.common_words() and word not in ARTICLES and not past_verb:
            break
        span = span[1:]
        while span and not span[0].capitalised:  # a connector left at the front
            span = span[1:]
        if word not in ARTICLES and span and _plain_word(span[0]):
            return []  # "Good Morning Britain", "Top Gear": a title of common words, not a name
    return span


def _plain_word(token: Token) -> bool:
    word = token.text
    return (
        word.lower() in lexicon.common_words()
        and not gz.is_name_word(word)
        and not gz.title_length([token])
        and word not in lexicon.org_words()
        and word not in lexicon.place_words()
    )


def _person_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens of a person's name at the front: up to an organisation word or a title."""
    name: list[Token] = []
    if tokens and tokens[0].text in NOT_NAME_OPENERS:
        return []
    for n, token in enumerate(tokens[:5]):
        if token.text in gz.NOT_PERSON_HEADS:
            return []  # "The Doris Day Show" is no person
        if token.capitalised and (token.text in lexicon.org_words() or gz.title_length([token])):
            # "Winston Duke", "John Major": a title word ending the run after a given name is a surname.
            if (
                n == len(tokens) - 1
                and len(name) == 1
                and name[0].text in lexicon.given_names()
                and token.text in lexicon.titles()
            ):
                name.append(token)
            break
        if not token.capitalised and token.text not in NAME_PARTICLES:
            if token.text in ("and", "&") and tokens[-1].text in gz.NOT_PERSON_HEADS:
                return []  # "The Bernie and Sid Show": the names are in the show's (spans.py joins it)
            break  # "Nicolas Sarkozy of France": "of" ends the name
        name.append(token)
        if token.possessive:
            break
    while name and not name[-1].capitalised:
        name.pop()
    return name


def _unknown_length(tokens: list[Token]) -> int:
    """An unknown run ends before the next thing a gazetteer knows, a title, or a connector
    that leads to an organisation or a place ("Ted Scambos of CU Boulder")."""
    for i in range(1, len(tokens)):
        token = tokens[i]
        if tokens[i - 1].text[-1] in "'’":
            return i  # "Wikinews' Nicholas Moreau": an owner's name ends at its apostrophe
        if not token.capitalised:
            continue
        if gz.title_length(tokens[i:]) or gz.known_entity(tokens[i:])[0]:
            return i
        if not tokens[i - 1].capitalised and (gz.org_length(tokens[i:]) or gz.place_word_length(tokens[i:])):
            return i
    return len(tokens)


def _text(sentence: str, start: int, end: int) -> str:
    return sentence[start:end]
