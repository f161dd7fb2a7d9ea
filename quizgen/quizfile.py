"""Reading a quiz JSON file back, often after a teacher has edited it by hand.

Every problem is reported as a `QuizFileError` that names the file, the question (its
number, type and id) and the field, in the words of someone editing JSON rather than
Pydantic's, e.g. `quiz.json: question 3 (multiple choice, id q-12ab): answer 'X' must be
exactly one of the choices` or `quiz.json: question 2 (fill in the blank, id q-cloze-1),
field 'answer': is empty; write the text`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .errors import QuizFileError
from .models import Quiz

MAX_BYTES = 20_000_000  # a quiz of a few dozen questions is a few kB
MAX_PROBLEMS = 10  # more than this and the file is probably not a quiz at all
# Each question type as a teacher knows it; `type` in the JSON is the key.
TYPE_NAMES = {
    "multiple_choice": "multiple choice",
    "cloze": "fill in the blank",
    "true_false": "true or false",
    "matching": "matching",
}
QUESTION_TYPES = ", ".join(f'"{t}"' for t in list(TYPE_NAMES)[:-1]) + f' or "{list(TYPE_NAMES)[-1]}"'
# What one item of a list field is called: "choice 2", "pair 3".
ITEM_NAMES = {"questions": "question", "choices": "choice", "pairs": "pair"}
# A number's bounds (a paragraph number is 1 or more), in words.
BOUNDS = {
    "greater_than_equal": "{} or more",
    "greater_than": "more than {}",
    "less_than_equal": "{} or less",
    "less_than": "less than {}",
}
# The `pattern` of a field, in words.
PATTERN_RULES = {
    "id": "may hold only letters, digits, '-' and '_', 1 to 64 of them",
    "slug": "may hold only lowercase letters, digits and '-', and starts with a letter or digit",
}


def load_quiz(path: str | Path) -> Quiz:
    """Read and validate a quiz JSON file written by quizgen (and maybe edited since)."""
    path = Path(path)
    if not path.exists():
        raise QuizFileError(f"{path} does not exist. Check the path, or make a quiz with `quizgen generate`.")
    if path.is_dir():
        raise QuizFileError(f"{path} is a folder, not a quiz file. Pass the .json file `quizgen generate` wrote.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise QuizFileError(
                f"{path} is over {MAX_BYTES // 1_000_000} MB, too big for a quiz file. "
                "Pass the .json file `quizgen generate` wrote."
            )
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
        raise QuizFileError(
            f"{name} is nested too deeply to be a quiz file (`quizgen schema` prints the format)"
        ) from None
    except ValueError:  # an integer too long to convert (Python's limit, sys.get_int_max_str_digits)
        raise QuizFileError(
            f"{name} holds a number of more than {sys.get_int_max_str_digits():,} digits, which no "
            "quiz field needs. Remove it (`quizgen schema` prints the format)."
        ) from None
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
    """'question 3 (fill in the blank, id q-cloze-1), field 'answer': is empty; write the text'."""
    loc = list(error["loc"])
    where = []
    if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
        where.append(_question_label(data, loc[1]))
        loc = loc[3:] if len(loc) > 2 else []  # drop "questions", the index and the type tag
    where += _field_path(loc)
    kind = error["type"]
    if kind == "too_short" and loc == ["questions"]:
        return "the quiz has no questions; keep at least one"
    if kind == "missing":
        return " ".join([", ".join(where), "is missing"]).strip()
    if kind == "extra_forbidden":
        place = ", ".join(where[:-1])
        return (f"{place}: " if place else "") + f"unknown {where[-1]} (remove it; `quizgen schema` lists the fields)"
    problem = _problem(error, loc, whole_quiz=not where)
    return f"{', '.join(where)}: {problem}" if where else problem


def _question_label(data: Any, index: int) -> str:
    """'question 3 (multiple choice, id q-role-1)': its number, its type in words and its id, as far as known."""
    try:
        question = data["questions"][index]
    except (KeyError, IndexError, TypeError):
        question = None
    question = question if isinstance(question, dict) else {}
    qid, qtype = question.get("id"), question.get("type")
    details = [TYPE_NAMES[qtype]] if isinstance(qtype, str) and qtype in TYPE_NAMES else []
    details.append(f"id {qid}" if isinstance(qid, str) and qid else "no id")
    return f"question {index + 1} ({', '.join(details)})"


def _field_path(loc: list[int | str]) -> list[str]:
    """("pairs", 1, "left") -> ["pair 2", "field 'left'"]; ("source", "title") -> ["field 'source.title'"]."""
    parts: list[str] = []
    names: list[str] = []
    for part in loc:
        if isinstance(part, int):
            owner = names.pop() if names else ""
            if names:
                parts.append(f"field '{'.'.join(names)}'")
                names = []
            parts.append(f"{ITEM_NAMES.get(owner, 'item')} {part + 1}")
        else:
            names.append(str(part))
    if names:
        parts.append(f"field '{'.'.join(names)}'")
    return parts


def _problem(error: ErrorDetails, loc: list[int | str], whole_quiz: bool) -> str:
    """What is wrong with one value, in the words of someone editing JSON by hand."""
    kind, ctx, given = error["type"], error.get("ctx") or {}, error.get("input")
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "union_tag_not_found":
        return f"'type' is missing; use {QUESTION_TYPES}"
    if kind == "union_tag_invalid":
        return f"type {ctx['tag']!r} is not a question type; use {QUESTION_TYPES}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if whole_quiz:
            return 'expected a JSON object with "title", "slug" and "questions" (`quizgen schema` prints the format)'
        return f"must be an object in curly braces {{...}}, not {_json_kind(given)}"
    if kind in ("too_short", "too_long"):
        n = len(given) if isinstance(given, (list, tuple)) else ctx["actual_length"]  # items that failed count too
        word = ITEM_NAMES.get(field, "item")
        bound = f"at least {ctx['min_length']}" if kind == "too_short" else f"at most {ctx['max_length']}"
        return f"has {n} {word}{'s' if n != 1 else ''}; give {bound}"
    if kind == "string_too_short":
        return (
            "is empty; write the text"
            if ctx["min_length"] == 1
            else f"is too short; write at least {ctx['min_length']} characters"
        )
    if kind == "value_error" and error["msg"].endswith("must not be empty"):
        return "is only spaces; write the text"
    if kind in ("string_type", "string_unicode"):
        return (
            f"must be text in double quotes, not {_json_kind(given)}"
            if kind == "string_type"
            else "holds a broken character (an unpaired \\ud800-\\udfff escape); remove it"
        )
    if kind in ("tuple_type", "list_type"):
        return f"must be a list in square brackets [...], not {_json_kind(given)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number, not {_json_kind(given)}"
    if kind in BOUNDS:
        bound = next(iter(ctx.values()))
        return f"must be {BOUNDS[kind].format(bound)}, not {_json_kind(given)}"
    if kind in ("enum", "literal_error"):
        return f"must be {ctx['expected']}"
    if kind == "string_pattern_mismatch":
        return PATTERN_RULES.get(field, "does not have the expected form (`quizgen schema` gives its pattern)")
    message = error["msg"].removeprefix("Value error, ")
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


def _json_kind(value: Any) -> str:
    """How a JSON value looks to the person who typed it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}" if len(repr(value)) <= 20 else "a number"
    if isinstance(value, str):
        return f"the text {json.dumps(value, ensure_ascii=False)}" if len(value) <= 40 else "text"
    kinds: dict[type, str] = {list: "a list", dict: "an object"}
    return kinds.get(type(value), type(value).__name__)
