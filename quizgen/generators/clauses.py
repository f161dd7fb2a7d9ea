"""Clauses the wh-questions take apart: a subject, its verb and what follows.

The questions of where_when.py and how_many.py are made only for verb shapes
handled exactly: a predicate that starts with a verb, a plain noun phrase as subject, and
question word order by moving an auxiliary or adding "did"/"does". Anything else gives no
question rather than bad grammar.
"""

from __future__ import annotations

import re

from ..models import Analysis
from ..rules import lexicon
from ..rules.verbs import base_of_past, base_of_present

# A predicate must start with a verb; these words show it does not.
NOT_VERBS = frozenset(
    "and or but of in on at to for from with by as that which who whose whom the a an this these "
    "its his her their also".split()
)

AUXILIARIES = frozenset("has had have is was are were will would can could may might must should".split())

SPEECH_AUXILIARIES = frozenset("did does do said says told tells".split())

OPEN_PRONOUNS = re.compile(r"\b(he|she|they|him|them|it|this|these|those)\b", re.I)

FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")  # a speaker's words, not the article's

CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Today Yesterday Tomorrow Last Next This".split()
)

APPOSITIVE_RE = re.compile(r"^,\s+(?:a|an|the|who|which|whose|himself|herself)\b[^,]*,\s*")

# "(USCG)" after "The United States Coast Guard": an acronym in brackets, two capitals at least.
ACRONYM = r"\((?=(?:[a-z]*[A-Z]){2})[A-Za-z&]{2,10}\)"
ACRONYM_RE = re.compile(rf"^\s{ACRONYM}(?=\s)")

ARTICLES = ("The ", "A ", "An ")

PLURAL_VERBS = frozenset({"have", "are", "were", "do"})

MAX_REST = 3  # words between the verb and a closing place/date: longer, and the phrase may belong to a noun


# "… after an hour but Hearts held on": a contrast whose clause has a name of its own as subject
OTHER_SUBJECT_RE = re.compile(r"\s(?:but|while|whereas|yet)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+([a-z]+)\b")


def verb_phrase(rest: str, plural: bool = False) -> str | None:
    """The verb phrase after a subject, or None when what follows is not one."""
    rest = ACRONYM_RE.sub("", rest, count=1)  # "The United States Coast Guard (USCG) called off …"
    appositive = APPOSITIVE_RE.match(rest)
    if appositive:
        rest = rest[appositive.end() :]
    rest = rest.strip().split(";")[0]
    first = rest.split(" ", 1)[0].lower() if rest else ""
    if not first or not first.isalpha() or first in NOT_VERBS or not rest[0].islower() or not looks_like_verb(first):
        return None
    if first in PLURAL_VERBS and not plural:
        return None  # "Which place have ...": the wh-subject is singular
    predicate = re.sub(r"^(\w+) also\b", r"\1", rest.rstrip(" .!"))  # "has also offered" -> "has offered"
    if OPEN_PRONOUNS.search(predicate) or FIRST_PERSON.search(predicate) or len(predicate.split()) < 4:
        return None
    if re.search(
        r",\s+(?:and|but|while|whereas)\s+(?:the\s+|a\s+|many\s+|most\s+|some\s+)?[A-Za-z]+\s+(?:\w+\s+)?"
        r"(?:is|are|was|were|has|have|had|will|would|said|say|says|believe|believes)\b",
        predicate,
    ):
        return None  # ", and many commentators believe …": a second clause with its own subject
    other = OTHER_SUBJECT_RE.search(predicate)
    if other and looks_like_verb(other.group(1)):
        return None  # "Who headed in a goal after an hour but Hearts held on?" (22nd review: ungrammatical)
    if re.match(r"(?:is|was|are|were)\s+(?:a|an|one)\b", predicate):
        return None  # "Which country is a Catholic-majority nation?": a definition fits many answers
    if re.search(r"\bmore\s+\w+", predicate) and not re.search(r"\bthan\b", predicate):
        return None  # "was more forceful": more than whom?
    if (
        re.search(r"\bboth\b", predicate)
        and not re.search(r"\band\b", predicate)
        or re.search(r"\beither\b", predicate)
        and not re.search(r"\bor\b", predicate)
    ):
        return None  # cut at a semicolon, "has both a federal body" lost its second half
    return predicate


def looks_like_verb(word: str) -> bool:
    """'has', 'announced', 'urges' start a predicate; 'boss' or 'analysis' do not."""
    if word in AUXILIARIES or word in SPEECH_AUXILIARIES or word in lexicon.speech_verbs():
        return True
    if word in lexicon.role_nouns() or word.endswith(("ss", "us", "is", "ness")):
        return False
    return word.endswith(("ed", "es")) or (word.endswith("s") and len(word) > 3) or base_of_past(word) is not None


def invert_clause(clause: str, analysis: Analysis) -> str | None:
    """'The summit will be held' -> 'will the summit be held'; 'Carney met Meloni' -> 'did Carney meet Meloni'."""
    parts = split_clause(clause)
    if parts is None:
        return None
    subject, verb, rest = parts
    if len(rest) > MAX_REST or any(w in ("of", "about", "with", "for", "to", "from") for w in rest):
        return None  # "the role of faith schools in Britain": the place may not belong to the verb
    return inverted(subject, verb, rest)


def split_clause(clause: str) -> tuple[str, str, list[str]] | None:
    """Subject, verb and the words after it, for a clause that opens with a plain noun phrase."""
    words = clause.split()
    if "," in clause or len(words) < 2 or OPEN_PRONOUNS.match(words[0]):
        return None
    for i in range(1, min(len(words), 6)):
        subject, verb = " ".join(words[:i]), words[i]
        if not _plain_subject(subject):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        present = base_of_present(verb) and verb not in ("is", "has", "was")
        if present and (base_of_past(following) or following in AUXILIARIES):
            continue  # "Environment Agency engineers inspected": "engineers" is a noun here
        if verb in AUXILIARIES or base_of_past(verb) or present:
            subject = subject[0].lower() + subject[1:] if subject.startswith(ARTICLES) else subject
            return subject, verb, words[i + 1 :]
    return None


def inverted(subject: str, verb: str, rest: list[str], main_verb_have: bool = False) -> str | None:
    """Question word order: 'will the summit be held', 'did Carney meet Meloni', 'does China have'."""
    if verb in ("has", "have", "had") and (
        main_verb_have or not (rest and (rest[0] == "been" or base_of_past(rest[0])))
    ):
        return " ".join(["did" if verb == "had" else "does", subject, "have", *rest])
    if verb in AUXILIARIES:
        return " ".join([verb, subject, *rest]) if rest else None
    base = base_of_past(verb)
    if base:
        return " ".join(["did", subject, base, *rest])
    base = base_of_present(verb)
    return " ".join(["does", subject, base, *rest]) if base else None


def _plain_subject(subject: str) -> bool:
    """'The summit', 'Mark Carney', 'The Walt Disney Company': a noun phrase without a verb in it."""
    words = subject.split()
    article = words[0].lower() in ("the", "a", "an")
    if not (words[0][0].isupper() or article) or (article and len(words) < 2):
        return False
    if any(w in CALENDAR_WORDS for w in words):
        return False  # "Monday saw armed police ...": a date, not who did it
    if not article and not all(
        w[0].isupper() or w in ("of", "the", "and", "de", "von", "van", "der", "al") for w in words
    ):
        return False  # "Mijares further": a name ends where lowercase words begin
    if words[0].lower() in (
        "he",
        "she",
        "they",
        "it",
        "this",
        "these",
        "those",
        "that",
        "there",
        "but",
        "and",
        "however",
        "his",
        "her",
        "its",
        "their",
        "such",
        "both",
    ):
        return False  # "When was that ban lifted?": the referent is in another sentence
    return all(not looks_like_verb(w.lower()) or w[0].isupper() for w in words[1:])
