"""What makes a word a job word and a phrase a role: the word lists and the tests on single words
and short phrases that the role finders (roles.py) share."""

from __future__ import annotations

import re
from functools import cache

from ..rules import lexicon
from ..rules.verbs import third_person_forms

# Words that may stand before a job word and belong to the role ("former", "newly elected").
ROLE_MODIFIERS = frozenset(
    "former ex then newly elected acting interim outgoing incoming deputy late current new veteran senior "
    "junior top chief assistant associate founding longtime long-time retired sitting fellow caretaker "
    "honorary joint".split()
)
PARTIES = frozenset("Republican Democrat Democratic Labour Conservative Tory Liberal".split())  # "Republican X"
# Words that are no modifier of the job word after them: they end the role on its left.
STOP_WORDS = frozenset(
    "the a an and or but of to by with for from on in at as that this these those who which whose is was are "
    "were be been has have had said says told tells added his her their its our my your he she they it we i "
    "after before when while where also than not no if because since until during into over under about "
    "against between through without via last next yesterday today tomorrow tonight night morning afternoon "
    "evening week weekend month year earlier later now meanwhile yet so still however thus indeed instead "
    "then thereby hence also".split()
)
VERBS = frozenset(
    "beat met led won lost hit became become becomes join joins thank thanks praise praises "
    "replace replaces meet meets sign signs named called".split()
)  # "beat world champion X"
# Job words whose plural is also a verb: "The film stars X and Y" lists no stars.
VERB_NOUNS = frozenset(
    "star head chair host coach judge model partner pilot captain champion witness father "
    "mother referee skipper chef lead".split()
)
# Before a verb: "will discipline striker X" has no "discipline striker".
AUXILIARIES = frozenset(
    "will would can could should may might must shall do does did to he she they it we i who".split()
)
AGE_RE = re.compile(r"^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old$")
POSSESSIVE_RE = re.compile(r"['’]s$")


def sentence_case(role: str) -> str:
    """'Newly elected Pope', 'Tech billionaire' opening a sentence are 'newly elected Pope', 'tech
    billionaire'; not 'Chief Justice' (a title), 'Arsenal boss' (a name) or 'House of Commons Speaker'."""
    words = role.split(" ")
    first, lower = words[0], words[0].lower()
    if not first[0].isupper() or first in PARTIES or any(" ".join(words[:k]) in lexicon.titles() for k in (1, 2, 3, 4)):
        return role
    common = (
        lower in lexicon.common_words()
        and not is_name(first)
        and (len(words) == 1 or (words[1].islower() and words[1] not in STOP_WORDS))
    )
    return lower + role[len(first) :] if lower in ROLE_MODIFIERS or common or is_job(lower) else role


def singular_forms(word: str) -> list[str]:
    lower = word.lower()
    forms = [lower[:-3] + "y"] if lower.endswith("ies") else []
    return forms + [lower[:-1], lower[:-2]] if lower.endswith("s") else forms


def singular_title(role: str) -> str:
    """'Presidents Buhari and Talon': each one a President."""
    head = role.rsplit(" ", 1)[-1]
    forms = [f.capitalize() for f in singular_forms(head) if head[0].isupper()]
    form = next((f for f in forms if f in lexicon.titles()), None)
    return role[: len(role) - len(head)] + form if form else role


def is_job(phrase: str) -> bool:
    """A job word as written: 'mayor', 'vice-chairman' (a hyphenated job word), 'MP' (an acronym)."""
    nouns = lexicon.role_nouns()
    if phrase.isupper() and phrase.isalpha():
        return phrase.lower() in nouns
    return phrase.islower() and (phrase in nouns or (" " not in phrase and phrase.rsplit("-", 1)[-1] in nouns))


def is_name(word: str) -> bool:
    """A place, nationality or organisation: capitalised even where a common word would be."""
    return bool(lexicon.place_kind(word)) or word in lexicon.demonyms() or word in lexicon.organizations()


def modifier_ok(word: str) -> bool:
    """A lowercase word that can modify a job word ('school inspection chief'): no verb or adverb."""
    lower = word.lower()
    if lower in ROLE_MODIFIERS or lower.startswith("ex-") or AGE_RE.match(lower):
        return True
    return not (
        lower in STOP_WORDS
        or lower in VERBS
        or lower in third_person_forms()  # "The news leaves Wales boss X": "leaves" is no modifier
        or lower in AUXILIARIES
        or lower in lexicon.speech_verbs()
        or lower in lexicon.stance_adjectives()  # "he was confident shadow home secretary Mr Davis would"
        or lower.endswith(("ly", "ed", "ing"))
        or not lower[0].isalpha()
    )


def head_is_job(phrase: str, titles: bool = True) -> bool:
    """The head of a noun phrase (before an 'of'/'to' phrase) is a job word, or a title if `titles`."""
    head = re.split(r"\s+(?:of|to|for|at)\s+", phrase, maxsplit=1)[0].split()
    if not head:
        return False
    if not titles:
        return is_job(head[-1]) or is_job(" ".join(head[-2:]))
    return any(is_job(w) for w in (head[-1].lower(), " ".join(head[-2:]).lower())) or head[-1] in lexicon.titles()


def is_role_phrase(phrase: str, article: bool = False) -> bool:
    """A noun phrase with a job word early on: not a clause ("who is traveling with his wife")."""
    words = phrase.split()
    first = words[0].lower()
    if first in ("along", "together", "alongside", "including", "such", "like", "unlike", "as", "with", "without"):
        return False  # "Klobuchar, along with Senator Ron Wyden, introduced": company, not a role
    if not article and first.endswith("ed") and first not in ROLE_MODIFIERS and not first.endswith("eed"):
        return False  # "Cengiz, …, addressed reporters in New York": a verb, not a role
    if words[0][0].isupper() and first not in ROLE_MODIFIERS and not article and not POSSESSIVE_RE.search(words[0]):
        # "Jeremy Renner, Winston Duke, ...": a list of names, unless a title opens the phrase
        # ("Director General of the ...") and no name follows the title ("Senator Jane Doe and ...").
        size = next((k for k in (4, 3, 2, 1) if " ".join(words[:k]) in lexicon.titles()), 0)
        if not size or (len(words) > size and words[size][0].isupper()):
            return False
    if re.search(r"\b(?:is|are|was|were|has|have|had)\b", phrase):
        return False  # "priests and nuns of the Catholic churches are expected": a clause, not a role
    if any(w in ("says", "said", "told") or (w in lexicon.opinion_verbs() and w.endswith("s")) for w in words[1:]):
        return False  # "Ann Simpson, marketing manager at Snappy Snaps believes the …": a missing comma, a clause
    if (
        first in ("who", "which", "that", "both", "all", "each", "among")
        or first in STOP_WORDS
        or first in VERBS
        or first in lexicon.speech_verbs()
        or re.search(r"\b(his|her|their|its)\b", phrase, re.I)
    ):
        return False
    if (
        first.endswith(("ing", "ed"))
        and first not in ROLE_MODIFIERS
        and (len(words) == 1 or words[1].lower() in STOP_WORDS)
    ):
        return False  # "accused of ...", "traveling with ..."
    opening = " ".join(words[:6]).lower()
    return bool(role_noun_re().search(opening))


@cache
def role_noun_re() -> re.Pattern[str]:
    """Any role noun (or its plural) as whole words: one pattern, compiled once."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(noun) for noun in sorted(lexicon.role_nouns()))})s?\b")
