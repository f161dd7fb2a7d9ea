"""A teacher's edit of a question, validated by the quiz models, with each problem tied to its field.

The page's edit form and `PUT /api/quizzes/{id}` both end here: the whole quiz is validated
(so a duplicate id or an answer missing from the options is caught like in `quizgen render`)
and each problem names the question (number and id) and the field, for the API's message and
for the page to show beside the input it concerns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..errors import QuizgenError
from ..models import ClozeQuestion, MatchingQuestion, MultipleChoiceQuestion, Question, Quiz, TrueFalseQuestion
from ..quizfile import describe_errors
from .making import find_question
from .store import Record

# Where a check on the whole question (not one field) belongs on the form: the first field it names.
FIELDS_NAMED = ("answer", "choices", "prompt", "correction", "hint", "left", "right")


@dataclass(frozen=True)
class Problem:
    question: int | None  # 1-based number in the quiz, None for the quiz itself
    id: str | None
    field: str  # "prompt", "choices 2", "pairs 1 left", "answer", "" for the quiz as a whole
    message: str

    def as_json(self) -> dict[str, int | str | None]:
        return {"question": self.question, "id": self.id, "field": self.field, "message": self.message}


class InvalidQuiz(QuizgenError):
    """An edit the quiz models refuse; `problems` says where, question by question."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


def validate_quiz(data: Any) -> Quiz:
    try:
        return Quiz.model_validate(data)
    except ValidationError as exc:
        raise InvalidQuiz(describe_errors(exc, data, "the quiz"), [_problem(e, data) for e in exc.errors()]) from None


def replace_question(record: Record, question_id: str, data: dict[str, Any]) -> Record:
    """The record with question `question_id` replaced by `data` (validated with the whole quiz)."""
    find_question(record.quiz.questions, question_id)
    questions = [data if q.id == question_id else q.model_dump(mode="json") for q in record.quiz.questions]
    quiz = validate_quiz({**record.quiz.model_dump(mode="json"), "questions": questions})
    return replace(record, quiz=quiz)


def replace_quiz(record: Record, data: Any) -> Record:
    return replace(record, quiz=validate_quiz(data))


def question_from_form(question: Question, form: Mapping[str, str]) -> dict[str, Any]:
    """The question as the edit form left it: the same type and id, the fields the form shows."""
    data = question.model_dump(mode="json")
    data["prompt"] = form.get("prompt", "")
    if isinstance(question, MultipleChoiceQuestion):
        data["choices"] = [form.get(f"choice-{i}", "") for i in range(len(question.choices))]
        index = form.get("answer", "")
        data["answer"] = data["choices"][int(index)] if index.isdigit() and int(index) < len(question.choices) else ""
    elif isinstance(question, ClozeQuestion):
        data["answer"] = form.get("answer", "")
        data["hint"] = form.get("hint", "").strip() or None
    elif isinstance(question, TrueFalseQuestion):
        data["answer"] = form.get("answer", "")
        data["correction"] = (form.get("correction", "").strip() or None) if data["answer"] == "False" else None
    elif isinstance(question, MatchingQuestion):
        data["pairs"] = [
            {**pair, "left": form.get(f"pair-{i}-left", ""), "right": form.get(f"pair-{i}-right", "")}
            for i, pair in enumerate(data["pairs"])
        ]
    return data


def field_problems(problems: list[Problem]) -> dict[str, str]:
    """Problems of one question by form field name ("prompt", "choice-1", "pair-0-left", "answer")."""
    shown: dict[str, str] = {}
    for problem in problems:
        parts = problem.field.split()
        if parts[:1] == ["choices"] and len(parts) == 2:
            name = f"choice-{int(parts[1]) - 1}"
        elif parts[:1] == ["pairs"] and len(parts) == 3:
            name = f"pair-{int(parts[1]) - 1}-{parts[2]}"
        else:
            name = parts[0] if parts else "question"
        shown.setdefault(name, problem.message)
    return shown


def _problem(error: ErrorDetails, data: Any) -> Problem:
    loc = list(error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    if len(loc) < 2 or loc[0] != "questions" or not isinstance(loc[1], int):
        return Problem(None, None, " ".join(map(str, loc)), message)
    index = loc[1]
    try:
        qid = data["questions"][index].get("id")
    except (KeyError, IndexError, TypeError, AttributeError):
        qid = None
    path = [f"{p + 1}" if isinstance(p, int) else str(p) for p in loc[3:]]
    field = " ".join(path) or next((f for f in FIELDS_NAMED if f in message), "")
    if field in ("left", "right"):
        field = "pairs"
    return Problem(index + 1, qid if isinstance(qid, str) else None, field, message)
