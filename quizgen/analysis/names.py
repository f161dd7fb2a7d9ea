"""Capitalised name spans in a sentence, cut into typed segments.

"European Commission President Ursula von der Leyen" is one run of capitalised words; it is
cut into an organisation ("European Commission"), a title ("President") and a person
("Ursula von der Leyen"), and the title with what precedes it becomes that person's role.
The decisions use word lists (quizgen.rules.lexicon) and the shape of the span only; the
sentence context (speech verbs, "in X") is used later, in entities.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..rules import lexicon

TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w&]|[.'’\-](?=\w))*(?:(?<=s)['’](?= [A-Z]))?")
POSSESSIVE_RE = re.compile(r"['’]s$")
# Lowercase words allowed inside a name ("University of Ottawa", "Ursula von der Leyen").
CONNECTORS = frozenset("of for de da del della der den van von al bin ibn la le du dos das el".split())
CONNECTOR_FOLLOWERS = frozenset({"the"})  # "Board of the Bank": "the" only right after a connector
ORG_LEADERS_OF = frozenset({"of", "for", "on"})
# Particles that belong inside a person's name ("Ursula von der Leyen", "Luiz da Silva").
NAME_PARTICLES = frozenset("de da del della der den van von al bin ibn la le du dos das el".split())
# Lowercase name pieces joined by a hyphen ("el-Sisi", "al-Sham").
PARTICLE_NAME_RE = re.compile(r"^(?:al|el|ad|ar|as|at|an|bin|ibn|de|di|da|van|von|la|le)-[A-Z]")
# Abbreviated titles are written with a full stop in US style ("Mr. Smith", "Sen. Graham").
DOTTED_TITLES = frozenset("Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Lt Col Sgt Capt Jr Sr Rev Mt".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Words that are never part of a name even when capitalised (a pronoun, calendar words).
NEVER_NAMES = MONTHS | WEEKDAYS | frozenset({"I", "I'm", "I've", "I'd", "I'll", "OK", "TV"})
ROMAN_NUMERAL_RE = re.compile(r"^[IVXLC]+$")
HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor".split())


class Kind(str, Enum):
    PERSON = "person"
    ORG = "organization"
    PLACE = "place"
    DEMONYM = "demonym"
    TITLE = "title"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() or bool(PARTICLE_NAME_RE.match(self.text))


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


def tokenize(sentence: str) -> list[Token]:
    tokens = []
    for match in TOKEN_RE.finditer(sentence):
        text, end = match.group(), match.end()
        possessive = bool(POSSESSIVE_RE.search(text))
        if possessive:
            text = text[:-2]
        tokens.append(Token(text, match.start(), match.start() + len(text), possessive))
    return tokens


def name_spans(sentence: str) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined only by single spaces and connectors."""
    tokens = tokenize(sentence)
    spans: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors waiting for a capitalised word
    for i, token in enumerate(tokens):
        joined = bool(current) and _adjacent(sentence, (pending or current)[-1], token)
        after_given_name = bool(current) and current[-1].text in lexicon.given_names()
        if token.capitalised and (token.text not in NEVER_NAMES or (after_given_name and token.text in MONTHS)):
            if current and joined and not current[-1].possessive:
                current.extend(pending)
                current.append(token)
            else:
                _close(spans, current)
                current = [token]
            pending = []
        elif current and joined and not current[-1].possessive and _is_connector(token, pending, current):
            pending.append(token)
        else:
            _close(spans, current)
            current, pending = [], []
    _close(spans, current)
    return spans


def _is_connector(token: Token, pending: list[Token], current: list[Token]) -> bool:
    if token.text == "and":  # "Department for Work and Pensions", "Trade and Industry"
        return not pending and any(t.text in ORG_LEADERS_OF for t in current) and current[0].text in lexicon.org_words()
    if token.text in CONNECTORS:
        return len(pending) < 2  # "von der Leyen", "de la Cruz"
    return token.text in CONNECTOR_FOLLOWERS and len(pending) == 1 and pending[0].text in ORG_LEADERS_OF


def _adjacent(sentence: str, left: Token, right: Token) -> bool:
    gap = sentence[left.end + (2 if left.possessive else 0) : right.start]
    if gap == " ":
        return True
    # "Mr. Smith", and initials inside a name: "Wayne A. I. Frederick"
    return gap == ". " and (left.text in DOTTED_TITLES or (len(left.text) == 1 and left.text.isupper()))


def _close(spans: list[list[Token]], current: list[Token]) -> None:
    if current:
        spans.append(current)


def is_sentence_initial(sentence: str, token: Token) -> bool:
    return not sentence[: token.start].strip(" \"'“‘([—–-")


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
        length, kind = _known_entity(rest)
        title_length = _title_length(rest)
        if title_length:
            title_length = _title_with_of_phrase(rest, title_length)
            title_tokens = rest[:title_length]
            # A title binds to the name after it; "Speaker of the House" keeps its "of" phrase.
            j = i + title_length
            name_tokens = _person_tokens(span[j:]) if j < len(span) else []
            role = _text(sentence, (modifiers[0].start if modifiers else title_tokens[0].start), title_tokens[-1].end)
            if name_tokens:
                honorific = title_tokens[0].text if title_tokens[0].text in HONORIFICS else None
                segments.append(Segment(
                    Kind.PERSON, _text(sentence, name_tokens[0].start, name_tokens[-1].end),
                    name_tokens[0].start, name_tokens[-1].end,
                    role=None if honorific else role, honorific=honorific,
                    possessive=name_tokens[-1].possessive,
                ))
                i = j + len(name_tokens)
            else:
                segments.append(Segment(Kind.TITLE, role, title_tokens[0].start, title_tokens[-1].end))
                i = j
            modifiers = []
            continue
        org_length = _org_length(rest)
        if org_length and org_length >= length:
            length, kind = org_length, Kind.ORG
        place_length = _place_word_length(rest)
        if place_length > length:
            length, kind = place_length, Kind.PLACE
        if not length and rest[0].text in lexicon.given_names() and len(rest) > 1:
            name_tokens = _person_tokens(rest)
            if name_tokens:
                length, kind = len(name_tokens), Kind.PERSON
        if not length:
            length, kind = _unknown_length(rest), Kind.UNKNOWN
        piece = rest[:length]
        seg = Segment(kind, _text(sentence, piece[0].start, piece[-1].end), piece[0].start, piece[-1].end,
                      sentence_initial=is_sentence_initial(sentence, piece[0]), possessive=piece[-1].possessive)
        segments.append(seg)
        modifiers = modifiers + [seg] if kind in (Kind.DEMONYM, Kind.ORG, Kind.PLACE) else []
        i += length
    return segments


def _drop_initial_common_word(sentence: str, span: list[Token]) -> list[Token]:
    """'Meanwhile', 'Recent' or 'The' start a sentence with a capital without being names."""
    while span and is_sentence_initial(sentence, span[0]) or (span and span[0].text in ("The", "A", "An")):
        word = span[0].text
        if _is_name_word(word) and word not in ("The", "A", "An"):
            break
        if word.lower() not in lexicon.common_words() and word not in ("The", "A", "An"):
            break
        span = span[1:]
        while span and not span[0].capitalised:  # a connector left at the front
            span = span[1:]
    return span


def _is_name_word(word: str) -> bool:
    return (
        word in lexicon.given_names()
        or word in lexicon.countries()
        or word in lexicon.regions()
        or word in lexicon.cities()
        or word in lexicon.organizations()
        or word in lexicon.demonyms()
        or _title_length([Token(word, 0, len(word))]) > 0
    )


def _known_entity(tokens: list[Token]) -> tuple[int, Kind | None]:
    """Longest run of tokens at the front that a gazetteer knows."""
    for length in range(min(len(tokens), 6), 0, -1):
        if not tokens[length - 1].capitalised:
            continue
        phrase = " ".join(t.text for t in tokens[:length])
        if phrase in lexicon.organizations():
            return length, Kind.ORG
        if phrase in lexicon.countries() or phrase in lexicon.regions() or phrase in lexicon.cities():
            return length, Kind.PLACE
        if length == 1 and phrase in lexicon.demonyms():
            return 1, Kind.DEMONYM
    return 0, None


def _title_length(tokens: list[Token]) -> int:
    titles = lexicon.titles()
    for length in range(min(len(tokens), 4), 0, -1):
        phrase = " ".join(t.text for t in tokens[:length])
        if phrase in titles:
            return length
    return 0


def _title_with_of_phrase(tokens: list[Token], length: int) -> int:
    """'Chancellor of the Exchequer Gordon Brown': the title runs on to the next given name."""
    if length >= len(tokens) or tokens[length].text not in ORG_LEADERS_OF:
        return length
    end = length
    for i in range(length, len(tokens)):
        token = tokens[i]
        if token.capitalised and (token.text in lexicon.given_names() or _title_length(tokens[i:])):
            break
        end = i + 1
    while end > length and not tokens[end - 1].capitalised:
        end -= 1
    return end


def _org_length(tokens: list[Token]) -> int:
    """'Syrian Democratic Forces', 'University of Ottawa', 'SDF': where an organisation ends."""
    words = lexicon.org_words()
    if len(tokens) > 1 and tokens[0].text in words and tokens[1].text in ORG_LEADERS_OF:
        return _up_to_title(tokens)
    for length in range(len(tokens), 0, -1):
        if tokens[length - 1].text in words and not _title_length(tokens[length - 1:length]):
            # "Roland Paris of the University": a connector before the organisation word means
            # the organisation starts after it.
            if not any(not t.capitalised for t in tokens[: length - 1]):
                return length
    if _is_acronym(tokens[0].text):
        return 1
    return 0


def _place_word_length(tokens: list[Token]) -> int:
    """'Karl Marx Avenue', 'Carmel Valley': a run ending in a place word is a place."""
    for length in range(len(tokens), 1, -1):
        if tokens[length - 1].text in lexicon.place_words():
            return length
    return 0


def _up_to_title(tokens: list[Token]) -> int:
    for i in range(1, len(tokens)):
        if tokens[i].capitalised and _title_length(tokens[i:]):
            return i
    return len(tokens)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and not ROMAN_NUMERAL_RE.match(letters)
        and word not in lexicon.countries() and word not in lexicon.not_org_acronyms()
    )


def _person_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens of a person's name at the front: up to an organisation word or a title."""
    name: list[Token] = []
    for token in tokens[:5]:
        if token.capitalised and (token.text in lexicon.org_words() or _title_length([token])):
            break
        if not token.capitalised and token.text not in NAME_PARTICLES:
            break  # "Nicolas Sarkozy of France": "of" ends the name
        name.append(token)
        if token.possessive:
            break
    while name and not name[-1].capitalised:
        name.pop()
    return name


def _unknown_length(tokens: list[Token]) -> int:
    """An unknown run ends before the next thing a gazetteer knows or a title."""
    for i in range(1, len(tokens)):
        if tokens[i].capitalised and (_title_length(tokens[i:]) or _known_entity(tokens[i:])[0]):
            return i
    return len(tokens)


def _text(sentence: str, start: int, end: int) -> str:
    return sentence[start:end]
