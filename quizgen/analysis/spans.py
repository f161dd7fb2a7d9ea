"""Runs of capitalised words in a sentence: the raw material of names.

A run is joined by single spaces and by connectors that live inside names ("University of
Ottawa", "Ursula von der Leyen", "Food and Agriculture Organization", "Marks & Spencer");
names.segment() then cuts each run into typed pieces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set
from dataclasses import dataclass, field

from ..rules import lexicon
from . import gazetteer as gz

# A word runs on through a full stop, an apostrophe or a hyphen with a word character after it;
# written as runs of word characters between such marks, not one mark-or-character at a time,
# which the engine takes half again as long to read.
TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_][\w&]*(?:[.'’\-–](?=\w)[\w&]*)*(?:(?<=s)['’](?= [A-Z]))?|(?<= )&(?= [A-Z])"
)
POSSESSIVES = ("'s", "’s")
# Lowercase words allowed inside a name ("University of Ottawa", "Ursula von der Leyen").
CONNECTORS = frozenset("of for de da del della der den des di van von al bin ibn la le du dos das el".split())
CONNECTOR_FOLLOWERS = frozenset({"the"})  # "Board of the Bank": "the" only right after a connector
# Particles that belong inside a person's name ("Ursula von der Leyen", "Luiz da Silva").
NAME_PARTICLES = frozenset("de da del della der den van von al bin ibn la le du dos das el".split())
# Lowercase name pieces joined by a hyphen ("el-Sisi", "al-Sham").
PARTICLE_NAME_RE = re.compile(r"^(?:al|el|ad|ar|as|at|an|bin|ibn|de|di|da|van|von|la|le)-[A-Z]")
# Brand names written with a small first letter: "iTunes", "eBay", "arXiv".
CAMEL_NAME_RE = re.compile(r"^[a-z]{1,2}[A-Z][a-z]+$")
# "Catholic-majority", "Ebola-infected", "Bush-baiting": an adjective made from a name.
NAME_ADJECTIVE_RE = re.compile(r"^[A-Z][\w'’]*[-–][a-z]+$")
# Abbreviated titles are written with a full stop in US style ("Mr. Smith", "Sen. Graham").
DOTTED_TITLES = frozenset("Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Lt Col Sgt Capt Jr Sr Rev Mt".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Plural nouns for people whose possessive opens a name: "People's Liberation Army", "Women's Institute".
GROUP_POSSESSIVES = frozenset("People Women Men Children Workers Veterans Citizens".split())
# Words that are never part of a name even when capitalised (a pronoun, calendar words).
NEVER_NAMES = (
    MONTHS | WEEKDAYS | frozenset({"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll", "OK", "TV"})
)
# "Department for Digital, Culture, Media and Sport", "National Union of Rail, Maritime and Transport
# Workers": a list inside a ministry's or a union's name.
_CAPS = r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
MINISTRY_LIST_RE = re.compile(rf"\b(?:Department|Ministry|Union) (?:of|for) {_CAPS}(?:, {_CAPS})+,? and {_CAPS}")


# Not frozen (nothing changes a token once made): a frozen dataclass sets each field through
# object.__setattr__, which made building an article's hundreds of tokens five times slower.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False
    capitalised: bool = field(init=False)  # may be (part of) a name; computed once

    def __post_init__(self) -> None:
        text = self.text
        if text[0].isupper():
            # Each pattern tried only where its ending or dash is there: most capitalised words have neither.
            capitalised = not (text[-1] == "s" and gz.PLURAL_ACRONYM_RE.match(text)) and not (
                ("-" in text or "–" in text) and NAME_ADJECTIVE_RE.match(text)
            )
        elif text.islower():  # most words: no capital, so neither "el-Sisi" nor "iTunes"
            capitalised = gz.is_domain(text)
        else:
            capitalised = bool(PARTICLE_NAME_RE.match(text) or CAMEL_NAME_RE.match(text) or gz.is_domain(text))
        self.capitalised = capitalised


def tokenize(sentence: str) -> list[Token]:
    tokens = []
    for match in TOKEN_RE.finditer(sentence):
        text = match.group()
        possessive = text.endswith(POSSESSIVES)
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
    commas = _commas_inside_names(sentence)
    for i, token in enumerate(tokens):
        joined = bool(current) and _adjacent(sentence, (pending or current)[-1], token, commas)
        if token.capitalised and _may_be_name(sentence, token, current):
            if current and joined and (not current[-1].possessive or _group_possessive(current)):
                current.extend(pending)
                current.append(token)
            else:
                _close(spans, current)
                current = [token]
            pending = []
        elif current and joined and not current[-1].possessive and _is_connector(sentence, tokens, i, pending, current):
            pending.append(token)
        else:
            _close(spans, current)
            current, pending = [], []
    _close(spans, current)
    return spans


def _group_possessive(current: list[Token]) -> bool:
    """'People's' in "People's Liberation Army" is part of the name, 'Britain's' before a title is not."""
    return current[-1].text in GROUP_POSSESSIVES


def _may_be_name(sentence: str, token: Token, current: list[Token]) -> bool:
    if token.text not in NEVER_NAMES:
        return True
    if current and current[-1].text in lexicon.given_names() and token.text in MONTHS:
        return True  # "April Ryan", "June Sarpong"
    # The initial "I." inside "Wayne A. I. Frederick".
    return (
        token.text == "I"
        and sentence[token.end : token.end + 1] == "."
        and bool(current)
        and len(current[-1].text) == 1
    )


def _is_connector(sentence: str, tokens: list[Token], i: int, pending: list[Token], current: list[Token]) -> bool:
    token = tokens[i]
    if token.text in ("and", "&"):
        if pending:
            return False
        if _listed_with_and(current, token, tokens[i + 1 : i + 4]):
            return True  # "Marks & Spencer", "Procter & Gamble"
        # "Department for Work and Pensions", "Center for Systems Science and Engineering", but not
        # "Center for Biological Diversity and Center for Food Safety": two names
        head = next((n for n, t in enumerate(current) if t.text in gz.ORG_LEADERS_OF), 0)
        if head and current[head - 1].text in lexicon.org_words():
            following = tokens[i + 1 : i + 3]
            return not (
                len(following) == 2
                and following[0].text in lexicon.org_words()
                and following[1].text in gz.ORG_LEADERS_OF
            )
        # "Food and Agriculture Organization", "Public and Commercial Services Union"
        # Only the words after a plural possessive or a connector count: "the United Nations'
        # Food and ...", "Shaun Sawyer of Devon and Cornwall Police".
        cut = max((n + 1 for n, t in enumerate(current) if t.text[-1] in "'’" or not t.capitalised), default=0)
        tail = current[cut:]
        # A listed place may start one ("Devon and Cornwall Police"), a listed organisation not.
        known = gz.known_entity(tail)[1]
        return (
            0 < len(tail) <= 2
            and known in (None, "place")
            and (_org_run_follows(sentence, tokens, i + 1) or _work_run_follows(tokens, i + 1))
        )
    if token.text in CONNECTORS:
        return len(pending) < 2  # "von der Leyen", "de la Cruz"
    if token.text == "to":  # "Committee to Protect Journalists", not "the Army to Iraq", "Government to Hitler's"
        following = tokens[i + 1 : i + 3]
        return (
            not pending
            and current[-1].text in lexicon.org_words()
            and len(following) == 2
            and not following[0].possessive
            and all(t.capitalised for t in following)
            and _adjacent(sentence, token, following[0])
            and _adjacent(sentence, following[0], following[1])
            and not gz.known_entity(following)[0]
        )
    if token.text == "on":  # "International Committee on Taxonomy of Viruses"
        return not pending and current[-1].text in lexicon.org_words()
    if token.text == "at":  # "University of Colorado at Boulder"
        return not pending and current[0].text == "University" and any(t.text == "of" for t in current)
    return token.text in CONNECTOR_FOLLOWERS and len(pending) == 1 and pending[0].text in gz.ORG_LEADERS_OF


def _listed_with_and(current: list[Token], conjunction: Token, following: list[Token]) -> bool:
    names = gz.names_with_and()
    for a in range(1, min(len(current), 3) + 1):
        for b in range(1, len(following) + 1):
            if gz.phrase([*current[-a:], conjunction, *following[:b]]) in names:
                return True
    return False


def _org_run_follows(sentence: str, tokens: list[Token], i: int) -> bool:
    """The capitalised words from tokens[i] on end in an organisation word ("Roll Hall of Fame")."""
    run: list[Token] = []
    while i < len(tokens) and (tokens[i].capitalised or (run and tokens[i].text in ("of", "the"))):
        if run and not _adjacent(sentence, run[-1], tokens[i]):
            break
        run.append(tokens[i])
        if tokens[i].possessive:
            break
        i += 1
    while run and not run[-1].capitalised:
        run.pop()
    return bool(run) and run[0].capitalised and gz.org_length(run) == len(run)


def _work_run_follows(tokens: list[Token], i: int) -> bool:
    """The capitalised words from tokens[i] on end in the head of a thing named after people:
    "The Bernie and Sid Show", "the Simon and Garfunkel Award", not two people's names."""
    run = list(itertools.takewhile(lambda t: t.capitalised, tokens[i : i + 3]))
    return len(run) >= 2 and run[-1].text in gz.NOT_PERSON_HEADS  # not "Harry Potter and Olympics"


def _commas_inside_names(sentence: str) -> set[int]:
    """Where a comma is part of a ministry's or union's name: 'Department for Environment, Food and Rural Affairs'."""
    if "Department" not in sentence and "Ministry" not in sentence and "Union" not in sentence:
        return set()
    out: set[int] = set()
    for match in MINISTRY_LIST_RE.finditer(sentence):
        out.update(match.start() + m.start() for m in re.finditer(",", match.group()))
    return out


def _adjacent(sentence: str, left: Token, right: Token, commas: Set[int] = frozenset()) -> bool:
    gap = sentence[left.end + (2 if left.possessive else 0) : right.start]
    if gap == " " or (gap == ", " and left.end in commas):
        return True
    # "Mr. Smith", and initials inside a name: "Wayne A. I. Frederick"
    return gap == ". " and (left.text in DOTTED_TITLES or (len(left.text) == 1 and left.text.isupper()))


def _close(spans: list[list[Token]], current: list[Token]) -> None:
    if current:
        spans.append(current)


def is_sentence_initial(sentence: str, token: Token) -> bool:
    return not sentence[: token.start].strip(" \"'“‘([—–-")
