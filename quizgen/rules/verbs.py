"""Verb forms for turning statements into questions: "met" -> "meet", "announced" -> "announce".

Only what question transformation needs: the base form of a past-tense or third-person verb,
checked against the common-words list so a guessed form ("announc") is never produced.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from . import lexicon


@cache
def irregular_past() -> dict[str, str]:
    text = resources.files("quizgen.rules").joinpath("data", "irregular_verbs.txt").read_text(encoding="utf-8")
    pairs = (line.split("|") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {past: base for past, base in pairs}


@cache
def third_person_forms() -> frozenset[str]:
    """'leaves', 'gives', 'makes', 'teaches': the third-person forms of the irregular verbs, which
    no job or title holds ("The news leaves Wales boss John Toshack short": no "news leaves" role)."""
    bases = set(irregular_past().values()) - {"have"}  # "has" is listed wherever it matters

    def third_person(base: str) -> str:
        if base.endswith(("ch", "sh", "o", "s")):
            return base + "es"
        return base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s"

    return frozenset(map(third_person, bases))


def base_of_past(word: str) -> str | None:
    """'announced' -> 'announce', 'stopped' -> 'stop', 'carried' -> 'carry', 'met' -> 'meet'."""
    if word in irregular_past():
        return irregular_past()[word]
    if not word.endswith("ed") or len(word) < 4:
        return None
    stem = word[:-2]
    guesses = [word[:-1], stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        guesses.append(stem[:-1])  # "stopped" -> "stop"
    if word.endswith("ied"):
        guesses.insert(0, word[:-3] + "y")
    known = next((g for g in guesses if g in lexicon.common_words()), None)
    if known is None and re.search(r"(?:ct|st|pt|rt|nt|nd|ld|sk|rm|rn|lp|mp)$", stem):
        return stem  # "inspected" -> "inspect": these endings never drop an -e
    return known


def base_of_present(word: str) -> str | None:
    """'opens' -> 'open', 'watches' -> 'watch', 'carries' -> 'carry'; None if not such a form."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return None
    guesses = [word[:-3] + "y"] if word.endswith("ies") else []
    guesses += [word[:-1], word[:-2]]
    return next((g for g in guesses if g in lexicon.common_words()), None)


def past_or_auxiliary(word: str) -> bool:
    """'fell', 'announced', 'was', 'will': a word that makes what comes before it a subject."""
    return word.endswith("ed") or word in ("is", "was", "has", "had", "will") or word in irregular_past()


# A verb form, or a relative pronoun: what makes a clause of a name and its descriptions.
VERB_HINT_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|"
    r"did|who|which|that|whose|said|says)\b|\b[a-z]+(?:ed|es|s)\b"
)


def may_hold_a_verb(text: str) -> bool:
    """A word that may be a verb ("fell", "announced", "is") or a relative pronoun: with none, a
    text is a name and its descriptions, no statement."""
    return bool(VERB_HINT_RE.search(text)) or any(w in irregular_past() for w in re.findall(r"[a-z]+", text))


# Base forms that are never a participle: "has come" and "has run" are, "has show" is not.
PARTICIPLE_IS_BASE = frozenset({"come", "become", "overcome", "run"})


def bare_verb_after_have(text: str) -> re.Match[str] | None:
    """'The US military industry has show a strong interest': a base form where "have" wants a
    participle, the article's slip (33rd review: ungrammatical, three raters of three). Only an
    irregular verb whose past differs from its base ("show" too, whose participle is "shown"),
    then a determiner, so "have cut a deal" and "has show dates" stand."""
    match = BARE_AFTER_HAVE_RE.search(text)
    if match is None:
        return None
    verb = match.group(1).lower()
    bases = {base for past, base in irregular_past().items() if past != base} | {"show"}
    return match if verb in bases and verb not in PARTICIPLE_IS_BASE else None


BARE_AFTER_HAVE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?([a-z]+)\s+(?:a|an|the|his|her|their|its|no|some)\s", re.I
)
