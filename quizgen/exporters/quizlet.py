"""Quizlet flashcards (`<slug>.quizlet.txt`): paste into Quizlet's Create > Import box.

One card a line, term TAB definition, which are Quizlet's default separators:

- multiple choice: the question, TAB, its answer (Quizlet builds its own choices from the set,
  so quizgen's distractors are not used);
- cloze: the sentence with its blank (`____`), TAB, the missing word.

Tabs, newlines and control characters inside a field become single spaces, so every card is
exactly one line with exactly one tab. Plain text: Quizlet shows it as typed.
"""

from __future__ import annotations

from pathlib import Path

from ..models import BLANK_RE, ClozeQuestion, Question, Quiz
from .text import one_line

BLANK = "____"


def export(quiz: Quiz, path: Path, options) -> None:
    """Write `quiz` as Quizlet import text at `path`."""
    path.write_text(dumps(quiz), encoding="utf-8")


def dumps(quiz: Quiz) -> str:
    return "".join(f"{term}\t{definition}\n" for term, definition in cards(quiz))


def cards(quiz: Quiz) -> list[tuple[str, str]]:
    return [card(question) for question in quiz.questions]


def card(question: Question) -> tuple[str, str]:
    """(term, definition) for one question, each one line without tabs."""
    if isinstance(question, ClozeQuestion):
        term = BLANK_RE.sub(BLANK, question.prompt, count=1)
    else:
        term = question.prompt
    return one_line(term), one_line(question.answer)
