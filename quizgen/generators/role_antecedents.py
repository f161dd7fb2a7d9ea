"""A sentence whose subject is "The mayor", "The sprinter" or "The 62-year-old", read with the
one person the article gives that role.

"El Paso mayor Dee Margo said the city would recover. … The mayor said schools would reopen on
Monday." gives the statement "Dee Margo said schools would reopen on Monday." ("On Tuesday, the
mayor said …" too, after a date opening.) A wrong person is a wrong key, so the role is resolved
only when no reader could hesitate:

- the article gives the role, before the sentence, to exactly one person (the analysis's roles:
  "El Paso mayor", "President of Argentina", "21-year-old"), and to no one after it either; a
  role with another office's word before it is another office ("Deputy Prime Minister" is no
  prime minister, "former mayor" no mayor);
- no sentence before, and no other part of this one, speaks of the role without naming that
  person ("the company's chairman" beside "Acme chairman John Smith", "a mayor", "mayors");
- the sentence before is the article's own words with no quotation mark (a sentence right after
  a quotation may go on with it), in the same paragraph or ending the one before, and this
  sentence is no one's words (antecedents.sentence_before).

The statement names the person as the other resolvers do ("Dee Margo said …"), keeps the
article's sentence as its source, and statements.py decides the rest (no hedge, no quotation, a
"he" later in it only of the person's gender).
"""

from __future__ import annotations

import re

from ..models import Analysis, Person, Role, Sentence
from ..rules import lexicon
from .antecedents import OPENING_PHRASE_RE, QUOTE_MARK_RE, Resolved, known_as, sentence_before, without_connective
from .text import mentions_any, plausible_person

# "The mayor said …", "The mayor's office …", "The 62-year-old was …", "The world junior champion
# clocked …": one to three lowercase words (an age among them), then a lowercase word or "'s".
ROLE_OPENING_RE = re.compile(
    r"(?P<the>[Tt]he)\s+(?P<role>(?:[a-z][a-z-]*|\d+-year-old)(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?P<owner>['’]s)?\s+(?=[a-z])"
)
AGE_RE = re.compile(r"^\d+-year-old$")
# Words before a role that make it another office: a deputy mayor is not the mayor.
OTHER_OFFICE = frozenset(
    "deputy vice assistant associate former ex acting interim shadow junior under sub co lieutenant outgoing "
    "incoming retired late honorary".split()
)


def resolve_role(sentence: Sentence, analysis: Analysis) -> Resolved | None:
    """`sentence` with its subject "The mayor" replaced by the one person the article calls
    mayor, or None when the article leaves any doubt who that is."""
    found = the_subject(sentence, ROLE_OPENING_RE)
    if found is None:
        return None
    text, start, match = found
    role = match.group("role")
    if not (AGE_RE.match(role) or role in lexicon.role_nouns() or role.split()[-1] in lexicon.role_nouns()):
        return None  # "The plan was …", "The dollar is …": no person's role
    previous = sentence_before(sentence, analysis)
    if previous is None or QUOTE_MARK_RE.search(previous.text):
        return None
    holders = [p for p in analysis.people if any(_holds(r.text, role) for r in p.roles if r.kind == "title")]
    if len(holders) != 1 or not plausible_person(holders[0]):
        return None
    person = holders[0]
    if not any(
        _holds(r.text, role) and r.sentence < sentence.index and _beside(r, person, analysis) for r in person.roles
    ):
        return None  # the role is named only after the sentence, or not beside the name
    if _spoken_of_unnamed(role, person, sentence, analysis, match.end()):
        return None
    owner = match.group("owner") or ""
    return Resolved(f"{text[:start]}{known_as(person)}{owner} {text[match.end() :]}", person)


def the_subject(sentence: Sentence, pattern: re.Pattern[str]) -> tuple[str, int, re.Match[str]] | None:
    """The sentence without its connective, where its subject starts (after "On Tuesday, "), and
    `pattern` matched there on a subject opening "The" ("the" only after such an opening)."""
    text = without_connective(sentence.text, r"the\s")
    opening = OPENING_PHRASE_RE.match(text)
    start = opening.end() if opening else 0
    match = pattern.match(text, start)
    if match is None or (start == 0 and match.group("the") != "The"):
        return None
    return text, start, match


def _beside(role: Role, person: Person, analysis: Analysis) -> bool:
    """The article writes the role next to the name ("El Paso mayor Dee Margo", "Dee Margo, the
    mayor"), so it is certainly the person's: "his second term as US President, Tony Blair has
    said" gives the role to no one the sentence names."""
    text = analysis.sentences[role.sentence].text
    for form in person.forms:
        name = re.escape(form)
        title = re.escape(role.text)
        if re.search(rf"{title}\s+{name}\b|\b{name},\s+(?:the\s+|an?\s+)?{title}\b", text, re.I):
            return True
    return False


def _holds(title: str, role: str) -> bool:
    """'El Paso mayor', 'mayor', 'President of Argentina' hold the role 'mayor' or 'president';
    'Deputy Prime Minister', 'former mayor' or 'mayor's aide' do not."""
    words, wanted = title.lower().split(), role.split()
    n = len(wanted)
    for at in range(len(words) - n + 1):
        if words[at : at + n] != wanted:
            continue
        after = words[at + n :]
        if after and after[0] != "of":
            continue  # "mayor's aide", "president elect": another role
        if at and words[at - 1].strip("-") in OTHER_OFFICE or any(w.startswith("ex-") for w in words[:at]):
            continue
        return True
    return False


def _spoken_of_unnamed(role: str, person: Person, sentence: Sentence, analysis: Analysis, end: int) -> bool:
    """A sentence up to this one (or the rest of this one) speaks of the role, or its plural,
    without naming `person`: another mayor, or a chairman of another company, may be meant."""
    nouns = "|".join(map(re.escape, sorted({role, *_plurals(role)}, key=len, reverse=True)))
    # "the mayor" alone is the one mayor again; "a mayor", "the deputy mayor", "Beta's chairman" or
    # "the mayor of Paris" not.
    pattern = re.compile(rf"(?<!\bthe )\b(?:{nouns})\b|\bthe (?:{nouns})\s+of\b", re.I)
    for earlier in analysis.sentences[: sentence.index]:
        if pattern.search(earlier.text) and not mentions_any(earlier.text, person.forms):
            return True
    return bool(pattern.search(without_connective(sentence.text, r"the\s")[end:]))


def _plurals(role: str) -> tuple[str, ...]:
    if AGE_RE.match(role):
        return (f"{role}s",)
    head = role.split()[-1]
    stem = role[: -len(head)]
    forms = [f"{head[:-1]}ies" if head.endswith("y") else f"{head}es" if head.endswith(("s", "ch")) else f"{head}s"]
    if head.endswith("man"):
        forms.append(f"{head[:-3]}men")
    return tuple(stem + form for form in forms)
