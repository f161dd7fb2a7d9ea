"""How many: a count that is a sentence's subject or its verb's object.

"Two motions were passed by the London Assembly" asks "How many motions were passed by …?";
"MessageLabs caught 273 phishing e-mails" asks "How many phishing e-mails did MessageLabs
catch?". Only exact counts: "more than 20" would make the key inexact.
"""

from __future__ import annotations

import re

from ..models import Analysis, QuestionKind, Sentence, normalize
from .candidate import Candidate
from .clauses import AUXILIARIES, FIRST_PERSON, OPEN_PRONOUNS, inverted, split_clause, verb_phrase
from .text import unit_after

PREPOSITIONS = frozenset("to in on at for from by with into across over under after before during".split())


def number_subject(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'Two motions were passed by the London Assembly' -> 'How many motions were passed by ...?'"""
    for number in analysis.by_sentence[sentence.index].numbers:
        if number.start != 0 or number.value is None or not number.unit:
            continue
        after = sentence.text[number.end :]
        unit_end = unit_after(after, number.unit)
        if unit_end is None or number.unit in ("%", "$", "£", "€"):
            continue
        predicate = verb_phrase(after[unit_end:], plural=True)
        if predicate is None:
            continue
        return [
            Candidate(
                kind=QuestionKind.NUMBER,
                prompt=f"How many {number.unit} {predicate}?",
                answer=number.text,
                source=sentence,
                answer_type="number",
                key=f"{normalize(number.text)}|{normalize(predicate[:60])}",
                about=f"{number.text} {number.unit}",
                weight=0.95,
            )
        ]
    return []


def number_object(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'MessageLabs caught 273 phishing e-mails' -> 'How many phishing e-mails did MessageLabs catch?'"""
    out = []
    for number in analysis.by_sentence[sentence.index].numbers:
        if number.value is None or not number.unit or number.start == 0:
            continue
        if number.unit in ("%", "$", "£", "€") or not re.fullmatch(
            r"[\d,.]+(?: (?:million|billion|thousand))?", number.text
        ):
            continue
        parts = split_clause(sentence.text[: number.start].strip())
        unit_end = unit_after(sentence.text[number.end :], number.unit)
        if parts is None or unit_end is None or parts[2]:
            continue  # words between the verb and the number ("more than 20") would make the key inexact
        subject, verb, _ = parts
        tail = sentence.text[number.end + unit_end :]
        rest = re.split(r"[,;.]|\b(?:who|which|that|while|but|and)\b", tail, maxsplit=1)[0].split()
        if re.search(r"\d", " ".join(rest)) or len(rest) > 8 or "ago" in rest:
            continue  # "… began 50 years ago": "ago" would be left behind the question
        counted = number.unit
        if rest[:1] == ["of"]:  # "3,217 tonnes of gold": what is counted includes the "of" phrase
            end = next((i for i, w in enumerate(rest[1:], 1) if w in PREPOSITIONS), len(rest))
            counted, rest = f"{counted} {' '.join(rest[:end])}", rest[end:]
        clause = inverted(subject, verb, rest, main_verb_have=True)
        if clause is None or verb in AUXILIARIES - {"has", "have", "had"}:
            continue
        prompt = f"How many {counted} {clause}?"
        if FIRST_PERSON.search(prompt) or OPEN_PRONOUNS.search(prompt):
            continue
        out.append(
            Candidate(
                kind=QuestionKind.NUMBER,
                prompt=prompt,
                answer=number.text,
                source=sentence,
                answer_type="number",
                key=f"{normalize(number.text)}|{normalize(prompt[:60])}",
                about=f"{number.text} {number.unit}",
                weight=0.95,
            )
        )
    return out
