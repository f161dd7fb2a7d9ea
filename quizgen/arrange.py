"""Arranging the chosen questions: true and false statements about half each, correct options
spread over the positions, and the parts of a quiz in a fixed order, each in the article's order.
Randomness only from the seeded generator passed in."""

from __future__ import annotations

import random

from .generators import Candidate
from .models import ClozeQuestion, MatchingQuestion, MultipleChoiceQuestion, Question, TrueFalseQuestion
from .shapes import as_true


def balance_positions(questions: list[Question], rng: random.Random) -> list[Question]:
    """Put the correct option in each position about equally often, in a seeded order."""
    out: list[Question] = []
    slots: list[int] = []
    for question in questions:
        if not isinstance(question, MultipleChoiceQuestion):
            out.append(question)
            continue
        n = len(question.choices)
        if not slots:
            slots = list(range(4))
            rng.shuffle(slots)
        position = slots.pop() % n
        others = [c for c in question.choices if c != question.answer]
        rng.shuffle(others)
        others.insert(position, question.answer)
        out.append(question.model_copy(update={"choices": tuple(others)}))
    return out


def balance_truth(items: list[tuple[Question, Candidate]], rng: random.Random) -> list[tuple[Question, Candidate]]:
    """Half the true/false statements true (the article's words), half false, in a seeded order:
    a quiz whose statements are all false teaches students to answer False without reading.
    Statements with no fact to swap are true already; the others make up the rest."""
    statements = [i for i, (q, c) in enumerate(items) if isinstance(q, TrueFalseQuestion) and c.variants]
    already_true = sum(isinstance(q, TrueFalseQuestion) and not c.variants for q, c in items)
    total = len(statements) + already_true
    wanted = total // 2 + (rng.random() < 0.5 if total % 2 else 0) - already_true
    truths = [True] * max(0, wanted) + [False] * (len(statements) - max(0, wanted))
    rng.shuffle(truths)
    out = list(items)
    for i, true in zip(statements, truths, strict=True):
        question, candidate = out[i]
        if true:
            assert isinstance(question, TrueFalseQuestion)  # `statements` indexes only those
            out[i] = (as_true(question, candidate), candidate)
    return out


# The order of the parts of a quiz: questions with options, statements to judge, matching, then blanks.
TYPE_ORDER: dict[type, int] = {MultipleChoiceQuestion: 0, TrueFalseQuestion: 1, MatchingQuestion: 2, ClozeQuestion: 3}


def in_reading_order(items: list[tuple[Question, Candidate]]) -> list[Question]:
    """Multiple choice first, then true/false, matching and cloze; each in the order of the article."""

    def key(item: tuple[Question, Candidate]) -> tuple[int, int, str]:
        question, candidate = item
        return (TYPE_ORDER[type(question)], candidate.source.index, question.id)

    return [q for q, _ in sorted(items, key=key)]
