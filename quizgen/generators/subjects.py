"""Who did what: a person who is the sentence's subject replaced by Who.

"Jason Easton, a former senior adviser ..., said the G7 summit will ..." becomes "Who said the
G7 summit will ...?": the rest of the sentence is kept as written, so the question reads as
the article does. A person's question also keeps its statement ("" + " said …."), asked as
true or false when too few people can be offered (shapes.restated). Organisations and places
as subjects are not asked: blind raters accepted 2 of 15 such questions over ten reviews (options
of another kind, a famous body, a country its cities give away), against half of "Who …?".
"""

from __future__ import annotations

import re

from ..models import Entity, QuestionKind, Sentence, normalize
from .candidate import Candidate
from .clauses import NOT_VERBS, verb_phrase
from .openers import stand_alone
from .text import find_form, mentions_any

PERSONAL_PRONOUN_RE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|themselves)\b", re.I)

# ", the statement said,": an attribution inside the predicate reads as a second sentence.
INNER_ATTRIBUTION_RE = re.compile(r",\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported|added),")


def person_subject(sentence: Sentence, entity: Entity, named: tuple[str, ...] = ()) -> Candidate | None:
    text = stand_alone(sentence.text) or sentence.text.strip()  # "However, Judge Clark said …"
    span = _subject_span(text, entity)
    if span is None:
        return None
    if re.match(r"\s*,\s+which\b", text[span:]):
        return None  # "Hardie, which makes 80% of its revenues in the US, was …": a company named like a person
    predicate = verb_phrase(text[span:])
    if predicate is None or mentions_any(predicate, entity.forms):
        return None
    if re.search(r"[:;]", predicate) or INNER_ATTRIBUTION_RE.search(predicate):
        return None  # "Who received news …: Fox News reported …?": two sentences in one question
    if not re.search(r"[A-Z\d]", predicate) and re.search(r"\bthe\s+[a-z][\w-]*$", predicate):
        # "Who was involved in the deliberations?", "… behind the scheme?": which ones? With no
        # name, number or date the question leans on the sentence before (raters: vague).
        return None
    # As a statement, only a predicate without a pronoun: a pronoun in it would need the swapped
    # person's gender.
    stated = None if PERSONAL_PRONOUN_RE.search(predicate) else ("", f" {predicate}.")
    # "Who had her home searched?" would rule out every man among the options
    predicate = _neutral(predicate, tuple(f for f in named if f not in entity.forms))
    if predicate is None:
        return None
    return Candidate(
        kind=QuestionKind.SUBJECT,
        prompt=f"Who {predicate}?",
        answer=entity.name,
        source=sentence,
        answer_type="person",
        key=f"{normalize(entity.name)}|{normalize(' '.join(predicate.split()[:8]))}",
        answer_forms=entity.aliases,
        about=entity.name,
        weight=0.95,
        stated=stated,
    )


def _neutral(predicate: str, others: tuple[str, ...]) -> str | None:
    """'Who took his new band … after announcing his departure?' as 'their … their': a 'his' or
    'her' before any other person the predicate names stands for the answer, and would rule out
    every man or woman among the options. None for an object 'her' ('told her'), whose person is
    unnamed."""
    starts = [found[0] for form in others if (found := find_form(predicate, form))]
    limit = min(starts, default=len(predicate))
    head, tail = predicate[:limit], predicate[limit:]
    if any(not _possessive(m, head) for m in re.finditer(r"\bher\b", head)) or re.search(
        r"\b(?:him|himself|herself)\b", head
    ):
        return None
    return re.sub(r"\b(?:his|her)\b(?=\s+[a-z])", "their", head) + tail


def _possessive(her: re.Match[str], text: str) -> bool:
    """'her home' is hers; 'told her the plan', 'met her.' name her without saying who she is."""
    following = re.match(r"\s+([a-z][\w-]*)", text[her.end() :])
    return bool(following and following.group(1) not in NOT_VERBS)


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
        if text[end : end + 2] in ("'s", "’s"):
            continue  # "Carney's stop in Rome": the subject is the stop, not Carney
        best = max(best or 0, end)
    return best


def _is_role_prefix(prefix: str, entity: Entity) -> bool:
    roles = [r.text for r in getattr(entity, "roles", ())]
    cleaned = re.sub(r"^(the|former|then)\s+", "", prefix, flags=re.I)
    if prefix.lower() == "the":
        return True
    return any(normalize(cleaned) in normalize(r) or normalize(r).endswith(normalize(cleaned)) for r in roles)
