"""Questions about people: who holds a role, what role a person holds, who did what.

Subject questions are the safe transformation of a sentence: when a person (or an
organisation) is the sentence's subject, "Who" replaces it and the rest is kept:
"Jason Easton, a former senior adviser ..., said the G7 summit will ..." becomes
"Who said the G7 summit will ...?".
"""

from __future__ import annotations

import re

from ..models import Analysis, Entity, Person, QuestionKind, Sentence, normalize
from . import Candidate
from ..rules import lexicon
from .text import find_form, mentions_any, plausible_person, with_article

# A predicate must start with a verb; these words show it does not.
NOT_VERBS = frozenset(
    "and or but of in on at to for from with by as that which who whose whom the a an this these "
    "its his her their also".split()
)
AUXILIARIES = frozenset(
    "has had have is was are were will would can could may might must should did does do "
    "said says told tells".split()
)
OPEN_PRONOUNS = re.compile(r"\b(he|she|they|him|them|it|this|these|those)\b", re.I)
APPOSITIVE_RE = re.compile(r"^,\s+(?:a|an|the|who|which|whose|himself|herself)\b[^,]*,\s*")


def generate(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    people = tuple(p for p in analysis.people if plausible_person(p))
    for person in people:
        candidates += _role_questions(person, analysis)
    subjects: tuple[tuple[Entity, str], ...] = (
        *((p, "person") for p in people),
        *((o, "organization") for o in analysis.organizations),
    )
    for sentence in analysis.sentences:
        for entity, answer_type in subjects:
            if sentence.index in entity.sentences:
                candidate = _subject_question(sentence, entity, answer_type, analysis)
                if candidate:
                    candidates.append(candidate)
    return candidates


def _role_questions(person: Person, analysis: Analysis) -> list[Candidate]:
    out = []
    others = [p for p in analysis.people if p.name != person.name]
    for role in person.roles:
        source = analysis.sentences[role.sentence]
        if mentions_any(role.text, person.forms) or not mentions_any(source.text, person.forms):
            continue
        if role.kind == "affiliation":
            out.append(Candidate(
                kind=QuestionKind.AFFILIATION,
                prompt=f"Which organisation is {person.name} associated with in the article?",
                answer=role.text, source=source, answer_type="organization",
                key=f"{normalize(person.name)}|{normalize(role.text)}",
                answer_forms=_org_forms(role.text, analysis), about=person.name, weight=0.8,
            ))
            continue
        if len(role.text.split()) < 2:
            continue  # "President" alone is too vague to ask about
        shared = [p.name for p in others if any(_same_role(role.text, r.text) for r in p.roles)]
        if not shared and _specific(role.text):
            out.append(Candidate(
                kind=QuestionKind.ROLE_HOLDER,
                prompt=f"Who is described in the article as {with_article(role.text)}?",
                answer=person.name, source=source, answer_type="person",
                key=f"{normalize(person.name)}|{normalize(role.text)}",
                answer_forms=person.aliases, about=person.name, weight=0.9,
            ))
        out.append(Candidate(
            kind=QuestionKind.PERSON_ROLE,
            prompt=f"How does the article describe {person.name}?",
            answer=role.text, source=source, answer_type="role",
            key=f"{normalize(person.name)}|{normalize(role.text)}",
            excluded=tuple(r.text for r in person.roles), about=person.name, weight=0.85,
            extra={"person": person.name},
        ))
    return out


def _specific(role: str) -> bool:
    """'Italian Prime Minister' or 'a former senior adviser to ...' name one person; 'US actor' may not."""
    return any(w[0].isupper() for w in role.split()[1:]) or len(role.split()) >= 4


def _same_role(a: str, b: str) -> bool:
    a, b = normalize(a), normalize(b)
    return a == b or a in b or b in a


def _org_forms(name: str, analysis: Analysis) -> tuple[str, ...]:
    for org in analysis.organizations:
        if normalize(name) in {normalize(f) for f in org.forms}:
            return org.forms
    return ()


def _subject_question(sentence: Sentence, entity: Entity, answer_type: str, analysis: Analysis) -> Candidate | None:
    text = sentence.text.strip()
    span = _subject_span(text, entity)
    if span is None:
        return None
    rest = text[span:]
    appositive = APPOSITIVE_RE.match(rest)
    if appositive:
        rest = rest[appositive.end():]
    rest = rest.strip()
    first = rest.split(" ", 1)[0].lower() if rest else ""
    if not first or not first.isalpha() or first in NOT_VERBS or not rest[0].islower():
        return None
    if not _looks_like_verb(first):
        return None
    predicate = re.sub(r"^(\w+) also\b", r"\1", rest.rstrip(" .!"))  # "has also offered" -> "has offered"
    if re.search(r"[“”\"]", predicate) or OPEN_PRONOUNS.search(predicate) or len(predicate.split()) < 4:
        return None
    if mentions_any(predicate, entity.forms):
        return None
    wh = "Who" if answer_type == "person" else "Which organisation"
    return Candidate(
        kind=QuestionKind.SUBJECT,
        prompt=f"{wh} {predicate}?",
        answer=entity.name, source=sentence, answer_type=answer_type,
        key=f"{normalize(entity.name)}|{normalize(' '.join(predicate.split()[:8]))}",
        answer_forms=entity.aliases, about=entity.name, weight=0.95,
    )


def _looks_like_verb(word: str) -> bool:
    """'has', 'announced', 'urges' start a predicate; 'boss' or 'analysis' do not."""
    if word in AUXILIARIES or word in lexicon.speech_verbs():
        return True
    if word in lexicon.role_nouns() or word.endswith(("ss", "us", "is", "ness")):
        return False
    return word.endswith(("ed", "es")) or (word.endswith("s") and len(word) > 3)


def _subject_span(text: str, entity: Entity) -> int | None:
    """End of the subject when the sentence opens with the entity (and perhaps its role)."""
    best = None
    for form in entity.forms:
        found = find_form(text, form)
        if found is None:
            continue
        start, end = found
        prefix = text[:start].strip()
        if prefix and not _is_role_prefix(prefix, entity):
            continue
        if text[end:end + 2] in ("'s", "’s"):
            continue  # "Carney's stop in Rome": the subject is the stop, not Carney
        best = max(best or 0, end)
    return best


def _is_role_prefix(prefix: str, entity: Entity) -> bool:
    roles = [r.text for r in getattr(entity, "roles", ())]
    cleaned = re.sub(r"^(the|former|then)\s+", "", prefix, flags=re.I)
    return any(normalize(cleaned) in normalize(r) or normalize(r).endswith(normalize(cleaned)) for r in roles) or prefix.lower() == "the"
