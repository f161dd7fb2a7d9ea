"""A sentence whose subject is "The 28-year-old" or "The Briton", read with the one person the
sentence before is about.

"England prop Phil Vickery is staying positive despite a broken arm. The 28-year-old fractured
the radius in his right forearm during Gloucester's 17-16 win over Bath on Saturday." gives the
statement "Phil Vickery fractured the radius in his right forearm …". News writing names its
subject, then calls them by their age or nationality instead of repeating the name; the article
need give that age to no one (role_antecedents.py resolves "The mayor" when it does). A wrong
person is a wrong key, so the epithet is resolved only when no reader could hesitate:

- the epithet is an age ("The 28-year-old", "The 25-year-old fly-half", with words of a title
  after it) or a nationality a person is ("The Briton", "The Swede": a demonym with a plural, so
  "The British government" is none), and a verb follows it;
- the sentence before is the article's own words with no quotation mark, in the same paragraph
  or ending the one before, names exactly one person, as its subject, and nobody by no name
  ("his coach", "a spokesman"), and no other age; when this sentence opens its paragraph, the
  paragraph before names no one else;
- every other sentence that writes that age names no one else, and names the person or opens on
  the age again; the analysis gives the person no other age;
- this sentence names no one else before its verb.

Everything else a statement must be statements.py decides on the sentence with the name in place.
"""

from __future__ import annotations

import re

from ..models import Analysis, Person, Sentence
from ..rules import lexicon
from ..rules.verbs import base_of_present, past_or_auxiliary
from .antecedents import (
    QUOTE_MARK_RE,
    Resolved,
    known_as,
    known_genders,
    named_subject,
    sentence_before,
    unlinked_name,
    unnamed_of_gender,
)
from .role_antecedents import the_subject
from .text import mentions_any, plausible_person

EPITHET_RE = re.compile(r"(?P<the>[Tt]he)\s+(?P<head>\d+-year-old|[A-Z][a-z]+)\b")
AGE_RE = re.compile(r"\b(\d+)-year-old\b")
# The verb after the epithet: what makes the words before it a subject.
VERB_WORDS = frozenset("is was are were has had have will also now then".split())


def resolve_epithet(sentence: Sentence, analysis: Analysis) -> Resolved | None:
    """`sentence` with its subject "The 28-year-old" or "The Briton" replaced by the person the
    sentence before is about, or None when the article leaves any doubt who that is."""
    found = the_subject(sentence, EPITHET_RE)
    if found is None:
        return None
    text, start, match = found
    head = match.group("head")
    age = AGE_RE.fullmatch(head)
    if age is None and not _people_word(head):
        return None  # "The British government", "The Times": no person's nationality
    end = _epithet_end(text, match.end(), title_words=age is not None)
    if end is None:
        return None
    previous = sentence_before(sentence, analysis)
    if previous is None or QUOTE_MARK_RE.search(previous.text):
        return None
    person = _only_person(previous, analysis)
    if person is None:
        return None
    if age is not None and not _age_is_theirs(age.group(1), person, sentence, analysis):
        return None
    if previous.paragraph != sentence.paragraph:
        before = (s for s in analysis.sentences if s.paragraph == previous.paragraph)
        if any(p.name != person.name for s in before for p in analysis.by_sentence[s.index].people):
            return None
    if _named_before(text[:end], person, analysis, sentence):
        return None
    if unlinked_name(sentence, analysis):
        return None
    return Resolved(f"{text[:start]}{known_as(person)} {text[end:].lstrip()}", person)


def _people_word(word: str) -> bool:
    """'Briton', 'Swede', 'Australian': a demonym that names one person (it has a plural), not an
    adjective ('British', 'French')."""
    demonyms = lexicon.demonyms()
    return word in demonyms and (f"{word}s" in demonyms or f"{word[:-3]}men" in demonyms)


def _epithet_end(text: str, end: int, title_words: bool) -> int | None:
    """Where the verb after the epithet starts, or None when no verb follows it. After an age,
    words of a title may come first ('25-year-old fly-half', '24-year-old England midfielder')."""
    for word in re.finditer(r"\s+([\w'’-]+)", text[end:]):
        token = word.group(1)
        if _verb(token):
            return end + word.start()
        if not title_words or word.start() > 40:
            return None
        if not (token[0].isupper() or token in lexicon.role_nouns() or token in lexicon.demonyms()):
            return None
    return None


def _verb(word: str) -> bool:
    return word in VERB_WORDS or past_or_auxiliary(word) or base_of_present(word) is not None


def _only_person(previous: Sentence, analysis: Analysis) -> Person | None:
    """The one person the sentence before names, when it is its subject and it speaks of no one else."""
    people = {p.name: p for p in analysis.by_sentence[previous.index].people}
    if len(people) != 1:
        return None
    (person,) = people.values()
    # An epithet says no gender: a person the article gives none may be meant, and then no one
    # of either gender may go unnamed beside them.
    gender = known_genders(analysis).get(person.name)
    if not plausible_person(person) or named_subject(previous, analysis, gender) != person:
        return None
    if any(unnamed_of_gender(previous.text, person, g) for g in ((gender,) if gender else ("m", "f"))):
        return None
    return None if unlinked_name(previous, analysis) else person


def _age_is_theirs(age: str, person: Person, sentence: Sentence, analysis: Analysis) -> bool:
    """No one else is that age in the article ('Bath prop David Barnes, a 28-year-old'): each other
    sentence that writes it names no one else, and names the person or calls its subject by that
    age again; and the analysis gives the person no other age."""
    for other in analysis.sentences:
        if other.index == sentence.index or age not in AGE_RE.findall(other.text):
            continue
        if any(p.name != person.name for p in analysis.by_sentence[other.index].people):
            return False
        if not mentions_any(other.text, person.forms) and not the_subject(other, EPITHET_RE):
            return False
    return not any((found := AGE_RE.search(r.text)) and found.group(1) != age for r in person.roles)


def _named_before(subject: str, person: Person, analysis: Analysis, sentence: Sentence) -> bool:
    """Someone else named in the epithet itself ('The 24-year-old Smith's partner')."""
    return any(f in subject for p in analysis.by_sentence[sentence.index].people if p != person for f in p.forms)
