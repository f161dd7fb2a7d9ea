"""Reading a quiz JSON file back, often after a teacher has edited it by hand.

Every problem is reported as a `QuizFileError` that names the file, the question (its
number and id) and the field, e.g.
`quiz.json: question 3 (id q-12ab): answer 'X' must be exactly one of the choices`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .errors import QuizFileError
from .models import Quiz

MAX_BYTES = 20_000_000  # a quiz of a few dozen questions is a few kB
MAX_PROBLEMS = 10  # more than this and the file is probably not a quiz at all
QUESTION_TYPES = '"multiple_choice" or "cloze"'


def load_quiz(path: str | Path) -> Quiz:
    """Read and validate a quiz JSON file written by quizgen (and maybe edited since)."""
    path = Path(path)
    if not path.exists():
        raise QuizFileError(f"{path} does not exist. Check the path, or make a quiz with `quizgen generate`.")
    if path.is_dir():
        raise QuizFileError(f"{path} is a folder, not a quiz file. Pass the .json file `quizgen generate` wrote.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise QuizFileError(f"{path} is over {MAX_BYTES // 1_000_000} MB, too big for a quiz file. "
                                "Pass the .json file `quizgen generate` wrote.")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise QuizFileError(f"cannot read {path}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise QuizFileError(
            f"{path} is not UTF-8 text (bad byte at position {exc.start}). Save it as UTF-8 and try again."
        ) from None
    return parse_quiz(text, name=str(path))


def parse_quiz(text: str, *, name: str = "quiz") -> Quiz:
    """Validate quiz JSON text; `name` is how error messages refer to it."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizFileError(f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise QuizFileError(f"{name} is nested too deeply to be a quiz file (`quizgen schema` prints the format)") from None
    try:
        return Quiz.model_validate(data)
    except ValidationError as exc:
        raise QuizFileError(describe_errors(exc, data, name)) from None


def describe_errors(error: ValidationError, data: Any, name: str) -> str:
    """One line per problem, the first naming the file; the rest indented under it."""
    lines = [f"{name}: {_describe(e, data)}" for e in error.errors()[:MAX_PROBLEMS]]
    if error.error_count() > MAX_PROBLEMS:
        lines.append(f"... and {error.error_count() - MAX_PROBLEMS} more problems")
    return "\n  ".join(lines)


def _describe(error: ErrorDetails, data: Any) -> str:
    loc = list(error["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
        where = f"{_question_label(data, loc[1])}: "
        loc = loc[3:] if len(loc) > 2 else []  # drop "questions", the index and the type tag
    return where + _message(error, loc)


def _question_label(data: Any, index: int) -> str:
    try:
        qid = data["questions"][index]["id"]
    except (KeyError, IndexError, TypeError):
        qid = None
    return f"question {index + 1} (id {qid})" if isinstance(qid, str) and qid else f"question {index + 1} (no id)"


def _message(error: ErrorDetails, loc: list[str | int]) -> str:
    kind = error["type"]
    field = _field(loc)
    if kind == "missing":
        return f"'{field}' is missing"
    if kind == "extra_forbidden":
        return f"unknown field '{field}' (remove it; `quizgen schema` lists the fields)"
    if kind == "union_tag_not_found":
        return f"'type' is missing; use {QUESTION_TYPES}"
    if kind == "union_tag_invalid":
        return f"type {error['ctx']['tag']!r} is not a question type; use {QUESTION_TYPES}"
    if kind in ("model_type", "model_attributes_type") and not loc:
        return 'expected a JSON object with "title", "slug" and "questions" (`quizgen schema` prints the format)'
    message = error["msg"].removeprefix("Value error, ")
    message = message[:1].lower() + message[1:] if message[1:2].islower() else message
    return f"{field}: {message}" if field else message


def _field(loc: list[str | int]) -> str:
    parts: list[str] = []
    for part in loc:
        parts.append(f"#{part + 1}" if isinstance(part, int) else str(part))
    return " ".join(parts)
