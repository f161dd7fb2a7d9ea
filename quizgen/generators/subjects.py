"""Who did what: the sentence's subject replaced by Who / Which organisation / Which place.

"Jason Easton, a former senior adviser ..., said the G7 summit will ..." becomes "Who said the
G7 summit will ...?": the rest of the sentence is kept as written, so the question reads as
the article does. A person's question also keeps its statement ("" + " said …."), asked as
true or false when too few people can be offered (shapes.restated).
"""

from __future__ import annotations

import re

from ..models import Entity, QuestionKind, Sentence, normalize
from ..rules import lexicon
from .candidate import Candidate
from .clauses import NOT_VERBS, verb_phrase
from .openers import stand_alone
from .text import find_form, mentions_any

PERSONAL_PRONOUN_RE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|themselves)\b", re.I)

# ", the statement said,": an attribution inside the predicate reads as a second sentence.
INNER_ATTRIBUTION_RE = re.compile(r",\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported|added),")

PLACE_WH = {"country": "Which country", "city": "Which city"}


def entity_subject(
    sentence: Sentence, entity: Entity, answer_type: str, named: tuple[str, ...] = ()
) -> Candidate | None:
    text = stand_alone(sentence.text) or sentence.text.strip()  # "However, Judge Clark said …"
    span = _subject_span(text, entity)
    if span is None:
        return None
    predicate = verb_phrase(text[span:], strict=answer_type != "person")
    if predicate is None or mentions_any(predicate, entity.forms):
        return None
    if re.search(r"[:;]", predicate) or INNER_ATTRIBUTION_RE.search(predicate):
        return None  # "Who received news …: Fox News reported …?": two sentences in one question
    if not re.search(r"[A-Z\d]", predicate) and re.search(r"\bthe\s+[a-z][\w-]*$", predicate):
        # "Who was involved in the deliberations?", "… behind the scheme?": which ones? With no
        # name, number or date the question leans on the sentence before (raters: vague).
        return None
    if answer_type == "organization" and re.match(r"report(?:s|ed)\b|ha(?:s|ve) learn[te]d?\b", predicate):
        return None  # "Which organisation reported …" or "has learnt …": the news outlet cited, nothing worth knowing
    # As a statement, only a person's own predicate: a pronoun in it would need the swapped
    # person's gender, and an organisation's or place's verb may have been changed below.
    stated = ("", f" {predicate}.") if answer_type == "person" and not PERSONAL_PRONOUN_RE.search(predicate) else None
    if answer_type == "person":
        wh = "Who"
        # "Who had her home searched?" would rule out every man among the options
        predicate = _neutral(predicate, tuple(f for f in named if f not in entity.forms))
        if predicate is None:
            return None
    elif answer_type == "organization":
        wh = "Which organisation"
        first, _, tail = predicate.partition(" ")
        if first + "s" in lexicon.speech_verbs() or first in ("want", "plan", "need", "hope", "believe", "think"):
            predicate = f"{first}s {tail}".strip()  # "the Tories say ..." -> "Which organisation says ...?"
    else:
        wh = PLACE_WH.get(lexicon.place_kind(entity.name) or "", "Which place")
    return Candidate(
        kind=QuestionKind.SUBJECT,
        prompt=f"{wh} {predicate}?",
        answer=entity.name,
        source=sentence,
        answer_type=answer_type,
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
