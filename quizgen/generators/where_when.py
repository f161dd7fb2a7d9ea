"""Where and when: a place or a date that closes a sentence after a preposition.

The auxiliary is moved before the subject ("Where was Doris Day born?"), or "did"/"does" is
added for a simple past or present verb ("Where did the leaders meet?"); a year that opens the
sentence gives "In which year did …?". The sentence around the answer is kept as the question's
statement, judged true or false when too few places or dates can be offered.
"""

from __future__ import annotations

import re

from ..models import Analysis, Entity, QuestionKind, Sentence, normalize
from .candidate import Candidate
from .clauses import FIRST_PERSON, OPEN_PRONOUNS, invert_clause, inverted, split_clause
from .guessable import known_year, place_given_away
from .openers import stand_alone
from .statements import vague_subject
from .text import mentions_any, plausible_place

REGION_AND_END_RE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\.")

PLACE_PREPOSITION_RE = re.compile(r"\s(?:in|at|near|on|outside)\s+(?:the\s+)?\Z")


def where_when(sentence: Sentence, analysis: Analysis, home: str | None) -> list[Candidate]:
    text = stand_alone(sentence.text) or sentence.text.strip()
    if not text.endswith("."):
        return []
    facts = analysis.by_sentence[sentence.index]
    answers: list[tuple[str, str, Entity | None]]
    answers = [(form, "place", place) for place in facts.places if plausible_place(place.name) for form in place.forms]
    answers += [(d.text, "date", None) for d in facts.dates if not d.relative and re.search(r"\d", d.text)]
    out = []
    for answer, answer_type, entity in answers:
        start = _where_when_start(text, answer)
        if start is None:
            continue
        if vague_subject(text):
            continue  # "When has the regional giant enjoyed strong growth?" (14th blind review: vague)
        question = invert_clause(text[:start], analysis)
        if question is None or question.startswith(("has ", "have ")):
            continue  # "When has …": a perfect tense asks no when
        wh = "Where" if answer_type == "place" else "When"
        forms = entity.forms if entity is not None else (answer,)
        prompt = f"{wh} {question}?"
        if mentions_any(prompt, forms) or _names_another(question, answer_type, sentence, analysis):
            continue
        if answer_type == "place" and place_given_away(answer, question, home):
            continue  # "Where did the Austrian court rule?", the article's own country
        if answer_type == "date" and known_year(answer, text):
            continue  # "When did Kenteris win gold at the Sydney Olympics?" (2000, 34th review)
        at = text.find(answer, start)
        out.append(
            Candidate(
                kind=QuestionKind.PLACE if answer_type == "place" else QuestionKind.DATE,
                prompt=prompt,
                answer=answer,
                source=sentence,
                answer_type=answer_type,
                key=f"{normalize(answer)}|{normalize(question[:60])}",
                answer_forms=tuple(f for f in forms if f != answer),
                about=entity.name if entity else answer,
                weight=1.0,
                # Too few places or dates for options: "Boseman was born in South Carolina." to
                # judge, true or with another the article gives (shapes.restated).
                stated=(text[:at], text[at + len(answer) :]),
            )
        )
    return out


def _where_when_start(text: str, answer: str) -> int | None:
    """Where ' in Ottawa, Ontario.' starts when the sentence ends with the answer after a preposition
    (and perhaps a region): the leftmost start over every place the answer occurs, found without a
    pattern per answer."""
    starts = []
    at = text.find(answer)
    while at >= 0:
        if REGION_AND_END_RE.fullmatch(text, at + len(answer)):
            before = PLACE_PREPOSITION_RE.search(text, 0, at)
            if before:
                starts.append(before.start())
        at = text.find(answer, at + 1)
    return min(starts) if starts else None


def _names_another(question: str, answer_type: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Another place (or date) left in the question would make two answers defensible."""
    if answer_type == "place":
        return any(mentions_any(question, p.forms) for p in analysis.by_sentence[sentence.index].places)
    return any(d.text in question for d in analysis.by_sentence[sentence.index].dates)


def year_opening(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'In 2004, MessageLabs caught 273 ...' -> 'In which year did MessageLabs catch 273 ...?'"""
    match = re.match(
        r"^In ((?:(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) )?(?:1[89]|20)\d\d),? (.+)\.$",
        sentence.text.strip(),
    )
    if not match or "," in match.group(2) or re.search(r"\b(?:1[89]|20)\d\d\b", match.group(2)):
        return []
    parts = split_clause(match.group(2))
    clause = inverted(*parts) if parts else None
    if clause is None or FIRST_PERSON.search(clause) or OPEN_PRONOUNS.search(clause):
        return []
    wh = "In which year" if match.group(1).isdigit() else "When"
    return [
        Candidate(
            kind=QuestionKind.DATE,
            prompt=f"{wh} {clause}?",
            answer=match.group(1),
            source=sentence,
            answer_type="date",
            key=f"{normalize(match.group(1))}|{normalize(clause[:60])}",
            about=match.group(1),
            weight=1.0,
        )
    ]
