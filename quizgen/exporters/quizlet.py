"""Quizlet flashcards (`<slug>.quizlet.txt`): paste into Quizlet's Create > Import box.

One card a line, term TAB definition, which are Quizlet's default separators:

- multiple choice: the question, TAB, its answer (Quizlet builds its own choices from the set,
  so quizgen's distractors are not used), and the options after the question when the answer is
  longer than the question (which statement does the article support?);
- cloze: the sentence with its blank (`____`), TAB, the missing word;
- true/false: the statement, TAB, `True`, or `False: ` and the article's fact;
- matching: a card per pair, the left item TAB the right one (Quizlet's own Match game pairs
  them again).

Tabs, newlines and control characters inside a field become single spaces, so every card is
exactly one line with exactly one tab. Plain text: Quizlet shows it as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..models import BLANK_RE, ClozeQuestion, MatchingQuestion, MultipleChoiceQuestion, Quiz, TrueFalseQuestion
from . import ExportOptions
from .text import one_line

BLANK = "____"


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write `quiz` as Quizlet import text at `path`."""
    path.write_text(dumps(quiz), encoding="utf-8")


def dumps(quiz: Quiz) -> str:
    return "".join(f"{term}\t{definition}\n" for term, definition in cards(quiz))


def cards(quiz: Quiz) -> list[tuple[str, str]]:
    """(term, definition) for every card, each one line without tabs, in the quiz's order."""
    return [
        (one_line(term), one_line(definition))
        for question in quiz.questions
        for term, definition in _CARDS[type(question)](question)
    ]


def _question_card(question: MultipleChoiceQuestion) -> list[tuple[str, str]]:
    """The question and its answer; when the answer is longer than the question ("Which of these
    statements does the article support?"), the question alone identifies nothing, so the term
    lists the options too."""
    if len(question.answer) <= len(question.prompt):
        return [(question.prompt, question.answer)]
    options = " ".join(f"({letter}) {choice}" for letter, choice in zip("abcdefgh", question.choices, strict=False))
    return [(f"{question.prompt} {options}", question.answer)]


def _cloze_card(question: ClozeQuestion) -> list[tuple[str, str]]:
    return [(BLANK_RE.sub(BLANK, question.prompt, count=1), question.answer)]


def _statement_card(question: TrueFalseQuestion) -> list[tuple[str, str]]:
    verdict = question.answer if question.correction is None else f"{question.answer}: {question.correction}"
    return [(question.prompt, verdict)]


def _pair_cards(question: MatchingQuestion) -> list[tuple[str, str]]:
    return [(pair.left, pair.right) for pair in question.pairs]


# Keyed by question type: each function takes the type it is filed under, which a dict's type cannot say.
_CARDS: dict[type, Callable[[Any], list[tuple[str, str]]]] = {
    MultipleChoiceQuestion: _question_card,
    ClozeQuestion: _cloze_card,
    TrueFalseQuestion: _statement_card,
    MatchingQuestion: _pair_cards,
}
