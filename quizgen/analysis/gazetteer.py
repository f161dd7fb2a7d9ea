"""Word-list lookups on runs of name tokens: known entities, titles, organisation and place heads.

Every function takes the tokens of a capitalised span from a position on and says how many of
them a list covers; names.segment() decides between the answers. Only the shape of the
tokens and the lists in quizgen.rules.lexicon are used here, never the sentence around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from ..rules import lexicon

ORG_LEADERS_OF = frozenset({"of", "for", "on", "to"})  # "to": "Committee to Protect Journalists"
ROMAN_NUMERAL_RE = re.compile(r"^[IVXLC]+$")
# A surname joined to its particle ("al-Eryani", "el-Sisi", "bin-Laden"): the word before it is a given name.
PARTICLE_SURNAME_RE = re.compile(r"^(?:al|el|bin|ibn)-[A-Z]")
# Plural abbreviations are common nouns ("PCs", "MPs", "IDNs"), never a name.
PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s$")
# A web address written as a name is a company or a site ("Znak.com", "News.com.au").
DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|io|tv|info|gov|edu)(?:\.[a-z]{2})?$", re.I)
# Place heads that are also common surnames: "Benny Hill", "Stuart Hall" are people.
SURNAME_PLACE_WORDS = frozenset("Hill Hills Hall Park Lane Bay Forest Beach Heights Green Cross Field".split())
# Organisation words that lead a name in French, Spanish, Italian, Portuguese or German:
# the whole capitalised run after them is the name.
FOREIGN_ORG_HEADS = frozenset(
    "Institut Instituto Istituto Universidad Université Universität Università Universidade Banco Banca "
    "Partido Partito Parti Comité Comitato Ministerio Ministère Ministero Fundación Fondation Fondazione "
    "Agence Agencia Agenzia Sociedad Société Società Compagnie Compañía Conseil Consejo Consiglio "
    "Corte Cour Assemblée Asamblea Bundesamt Bundesministerium Stiftung".split()
)
LEGAL_SUFFIXES = frozenset("Inc Incorporated Ltd Limited plc Plc LLC LLP Co Corp".split())
# Heads of things named after a person ("The Doris Day Show", "James Webb Space Telescope"):
# the run is not the person.
NOT_PERSON_HEADS = frozenset(
    "Show Prize Trophy Cup Medal Telescope Award Awards Lecture Memorial Stakes Prix Open Championship "
    "Championships Games Marathon Olympics".split()
)
# "Imperial College London": an academic name may end in its city.
CITY_SUFFIXED_HEADS = frozenset("College University School Hospital Institute".split())


class TokenLike(Protocol):
    """What the gazetteer reads of a token (spans.Token, which imports this module)."""

    @property
    def text(self) -> str: ...

    @property
    def capitalised(self) -> bool: ...

    @property
    def possessive(self) -> bool: ...


def phrase(tokens: Sequence[TokenLike]) -> str:
    return " ".join(t.text for t in tokens)


@cache
def _organizations_folded() -> dict[str, str]:
    """'Paypal' for 'PayPal', 'Youtube' for 'YouTube': mixed-case spellings of listed names."""
    return {form.casefold(): form for form in lexicon.organizations() if len(form) > 3}


@cache
def names_with_and() -> frozenset[str]:
    """Listed names with a conjunction inside ("Marks & Spencer"), which name_spans joins."""
    return frozenset(f for f in lexicon.organizations() if " and " in f or " & " in f)


def organization(text: str) -> str | None:
    """The listed form of an organisation name, allowing another capitalisation inside it."""
    if text in lexicon.organizations():
        return text
    if text[:1].isupper() and not text.isupper():
        return _organizations_folded().get(text.casefold())
    return None


def is_place(text: str) -> bool:
    return (
        text in lexicon.countries() or text in lexicon.regions() or text in lexicon.cities() or text in lexicon.venues()
    )


def known_entity(tokens: Sequence[TokenLike]) -> tuple[int, str | None]:
    """Longest run of tokens at the front that a gazetteer knows: (length, "org"/"place"/"demonym")."""
    for length in range(min(len(tokens), 6), 0, -1):
        if not tokens[length - 1].capitalised:
            continue
        text = phrase(tokens[:length]).rstrip("'’")  # "the United Nations' Food and ..."
        if organization(text) or (tokens[length - 1].possessive and organization(text + "'s")):
            return length, "org"  # "Sainsbury's" is written with its possessive
        if is_place(text):
            return length, "place"
        if length == 1 and text in lexicon.demonyms():
            return 1, "demonym"
    return 0, None


def title_length(tokens: Sequence[TokenLike]) -> int:
    """How many tokens at the front form a title ("Prime Minister"), 0 if none."""
    titles = lexicon.titles()
    for length in range(min(len(tokens), 4), 0, -1):
        if phrase(tokens[:length]) in titles:
            return length
    first = tokens[0].text if tokens else ""
    # "Conservative MP Philip Hammond": a job written as an abbreviation is a title.
    if first.isupper() and len(first) > 1 and first.lower() in lexicon.role_nouns():
        return 1
    # "Presidents Buhari and Talon": a plural title, only right before a given name.
    if first.endswith("s") and first[:-1] in titles and len(tokens) > 1 and tokens[1].text in lexicon.given_names():
        return 1
    return 0


def title_with_of_phrase(tokens: Sequence[TokenLike], length: int) -> int:
    """'Chancellor of the Exchequer Gordon Brown': the title runs on to the next given name."""
    if length >= len(tokens) or tokens[length].text not in ORG_LEADERS_OF:
        return length
    end = length
    for i in range(length, len(tokens)):
        token = tokens[i]
        if token.capitalised and (is_given_name(token.text) or title_length(tokens[i:])):
            break
        if i > length and i + 1 < len(tokens) and PARTICLE_SURNAME_RE.match(tokens[i + 1].text):
            break  # "Minister of Information Moammar al-Eryani": "al-Eryani" ends a person's name
        end = i + 1
    while end > length and not tokens[end - 1].capitalised:
        end -= 1
    return end


def org_length(tokens: Sequence[TokenLike]) -> int:
    """'Syrian Democratic Forces', 'Muslim Council of Britain', 'SDF': where an organisation ends."""
    words = lexicon.org_words()
    if is_domain(tokens[0].text):
        return 1
    if len(tokens) > 1 and tokens[0].text in words and tokens[1].text in ORG_LEADERS_OF:
        return up_to_title(tokens)
    if len(tokens) > 1 and tokens[0].text in FOREIGN_ORG_HEADS:
        return up_to_title(tokens)  # "Institut National de Recherche Biomédicale"
    if _gerund(tokens[0].text) and len(tokens) > 1:
        return 0  # "Strengthening Society" is a slogan, not a society
    for length in range(len(tokens), 0, -1):
        if length > 1 and phrase(tokens[length - 2 : length]) in words:  # "Internet Engineering Task Force"
            return length
        if length > 2 and phrase(tokens[length - 3 : length]) == "Hall of Fame":
            return length
        if tokens[length - 1].text in words and not title_length(tokens[length - 1 : length]):
            # "Roland Paris of the University": a connector before the organisation word means
            # the organisation starts after it.
            if not any(not t.capitalised and t.text != "and" for t in tokens[: length - 1]):
                if length == 1 and _modifier_head(tokens):
                    return _capitalised_run(tokens)  # "the Daily Hive", "Gas Infrastructure Europe"
                return _with_city(tokens, _with_of_phrase(tokens, length))
    if is_acronym(tokens[0].text):
        return 1
    return 0


def _modifier_head(tokens: Sequence[TokenLike]) -> bool:
    """An organisation word opening a run of unlisted capitalised words names the whole run."""
    if len(tokens) < 2 or tokens[0].possessive or not tokens[1].capitalised or place_word_length(tokens):
        return False  # "College Station" is a place
    nxt = tokens[1].text
    return not (
        title_length(tokens[1:])
        or is_given_name(nxt)
        or nxt in lexicon.org_words()
        or nxt.lower() in lexicon.english_function_words()
    )


def _capitalised_run(tokens: Sequence[TokenLike]) -> int:
    end = 1
    while end < len(tokens) and tokens[end].capitalised and not title_length(tokens[end:]):
        end += 1
        if tokens[end - 1].possessive:
            break
    return end


def _with_city(tokens: Sequence[TokenLike], length: int) -> int:
    if (
        tokens[length - 1].text in CITY_SUFFIXED_HEADS
        and length < len(tokens)
        and not tokens[length - 1].possessive
        and tokens[length].text in lexicon.cities()
    ):
        return length + 1
    return length


def _with_of_phrase(tokens: Sequence[TokenLike], length: int) -> int:
    """'Muslim Council of Britain', 'Center for Health Security': the head's of-phrase belongs to it.

    Not after a company suffix: "Blues Incorporated for The Rolling Stones" is two names.
    """
    if tokens[length - 1].text in LEGAL_SUFFIXES:
        return length
    if length + 1 < len(tokens) and tokens[length].text in ORG_LEADERS_OF:
        end = length + up_to_title(tokens[length:])
        while end > length and not tokens[end - 1].capitalised:
            end -= 1
        return end
    return length


def _gerund(word: str) -> bool:
    return word.endswith("ing") and word.lower() in lexicon.common_words()


def place_word_length(tokens: Sequence[TokenLike]) -> int:
    """'Karl Marx Avenue', 'Carmel Valley': a run ending in a place word is a place."""
    words = lexicon.place_words()
    for length in range(len(tokens), 1, -1):
        if tokens[length - 1].text in words:
            if any(not t.capitalised for t in tokens[:length]):
                return 0  # "East of the Euphrates River": the place starts after the connector
            if length < len(tokens) and tokens[length].text == "of":
                return 0  # "Hall of Fame", "Hall of Residence"
            if (
                length == 2
                and tokens[1].text in SURNAME_PLACE_WORDS
                and tokens[0].text in lexicon.given_names()
                and not is_place(tokens[0].text)
            ):
                return 0  # "Benny Hill", but "Victoria Park"
            return length
    return 0


def up_to_title(tokens: Sequence[TokenLike]) -> int:
    """Where a title starts that introduces a name ("Bank of England Governor Andrew Bailey");
    a title word ending the run is part of the name ("Department of Justice")."""
    for i in range(1, len(tokens)):
        length = tokens[i].capitalised and title_length(tokens[i:])
        if length and i + length < len(tokens) and not tokens[i + length].capitalised:
            continue  # "Office of the UN High Commissioner for Human Rights": the title's field follows
        if length and (i + length < len(tokens) or length > 1):
            return i
    return len(tokens)


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 6
        and letters.isupper()
        and letters.isalpha()
        and not ROMAN_NUMERAL_RE.match(letters)
        and word not in lexicon.countries()
        and word not in lexicon.not_org_acronyms()
        # "GREAT", "IS", "PALM": a word written in capitals for emphasis or a trial's name
        and letters.lower() not in lexicon.common_words()
    )


def is_domain(word: str) -> bool:
    return "." in word and bool(DOMAIN_RE.match(word))


def is_given_name(word: str) -> bool:
    """A listed given name, or one joined by a hyphen from listed ones ("Nils-Erik", "Jean-Pierre")."""
    given = lexicon.given_names()
    return word in given or ("-" in word and all(part in given for part in word.split("-")))


def is_name_word(word: str) -> bool:
    """A word a list knows as (part of) a name, so it is kept at the start of a sentence."""
    return (
        word in lexicon.given_names()
        or is_place(word)
        or word in lexicon.organizations()
        or word in lexicon.demonyms()
        or word in lexicon.titles()
    )
