"""A Kahoot quiz spreadsheet (`<slug>.kahoot.xlsx`): Create > Import spreadsheet in Kahoot.

Kahoot's template layout: the article's title in the rows above, the headers on row 8 from
column B, one question per row from row 9 (its number in column A). Kahoot plays only
questions with 2 to 4 answers to choose from, a question of at most 120 characters and answers
of at most 75, and a time limit from a fixed set. Multiple choice keeps its options; a
true/false statement becomes a question with the two answers "True" and "False".

Nothing is changed silently; each case below warns (a `QuizgenWarning`) naming the question:

- cloze and matching questions are left out (they have no answers to choose from);
- a true/false statement over 120 characters is left out: cutting it could cut away the
  fact that makes it false;
- a question with more than 4 answers keeps the right one and the first 3 wrong ones;
- a question over 120 characters is shortened only inside its quotation (“…” at a word
  boundary, at least 4 words kept), so the question itself stays whole; otherwise left out;
- answers over 75 characters are shortened at a word boundary (at least 3 words kept) only if
  the answers stay distinct and the right answer is not the only one shortened (that would give
  it away); otherwise the question is left out.

Every text cell is written so no spreadsheet evaluates it (OWASP's advice on CSV injection):
a headline or answer starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
leading apostrophe and is stored as a string cell. An `=` cell would otherwise be a live
formula in the workbook, and the others go live when a teacher re-saves the sheet as CSV.

This is the only module that imports openpyxl, and only when it writes.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError, QuizgenWarning
from ..models import (
    FALSE,
    TRUE,
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
    normalize,
)
from . import ExportOptions
from .text import one_line, source_credit

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
MAX_ANSWERS = 4
# A spreadsheet row: question, answers 1 to 4 (None where there are fewer), seconds, the right answer's number.
Row = tuple[str | int | None, ...]
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
MIN_QUOTE_WORDS = 4
MIN_ANSWER_WORDS = 3
ELLIPSIS = "…"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula
_QUOTATION = re.compile(r"(“)([^”]+)(”)|(\")([^\"]+)(\")")


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write the quiz's playable questions as a Kahoot spreadsheet at `path`."""
    from openpyxl import Workbook

    rows = kahoot_rows(quiz)
    if not rows:
        raise ExportError(f"no question of {quiz.slug!r} can be played in Kahoot (see the warnings above).")
    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook's one sheet (`active` may be None in general)
    sheet.title = "Kahoot"
    _put(sheet, 2, 2, one_line(quiz.title))
    _put(sheet, 3, 2, f"Source: {source_credit(quiz)}")
    _put(
        sheet,
        4,
        2,
        "Made by quizgen: multiple-choice and true/false questions only. "
        "Import in Kahoot: Create > Import spreadsheet.",
    )
    for column, header in enumerate(HEADERS, start=2):
        _put(sheet, HEADER_ROW, column, header)
    for number, row in enumerate(rows, 1):
        for column, value in enumerate((number, *row), start=1):
            _put(sheet, HEADER_ROW + number, column, value)
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 30
    # Built in memory, then written: openpyxl's own zip file, left open when the disk is full,
    # would print "Exception ignored in ZipFile.__del__" and a traceback as it is collected.
    buffer = io.BytesIO()
    book.save(buffer)
    Path(path).write_bytes(buffer.getvalue())


def inert(text: str) -> str:
    """`text` as a spreadsheet shows it without evaluating it: an apostrophe before a formula's start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _put(sheet: Worksheet, row: int, column: int, value: str | int | None) -> None:
    """Write a number as a number and text as an inert string cell (never a formula)."""
    cell = sheet.cell(row=row, column=column, value=inert(value) if isinstance(value, str) else value)
    if isinstance(value, str):
        cell.data_type = "s"


def kahoot_rows(quiz: Quiz) -> list[Row]:
    """One row per playable question: (question, answer 1-4 or None, seconds, right answer's number)."""
    for question_type, name in _LEFT_OUT.items():
        left_out = [q.id for q in quiz.questions if type(q) is question_type]
        if left_out:
            _warn(
                quiz,
                f"left out {len(left_out)} {name} question(s) ({', '.join(left_out)}): "
                "Kahoot plays only multiple choice and true/false.",
            )
    rows = [_ROWS[type(q)](quiz, q) for q in quiz.questions if type(q) in _ROWS]
    return [row for row in rows if row]


def shorten(text: str, limit: int, min_words: int) -> str | None:
    """`text` cut at a word boundary with an ellipsis to fit `limit`, or None if under `min_words` remain."""
    if len(text) <= limit:
        return text
    words = text[: limit - len(ELLIPSIS) + 1].split(" ")[:-1]  # the last piece may be a cut word
    kept = " ".join(words).rstrip(" ,;:–—-")
    if len(kept.split()) < min_words:
        return None
    return kept + ELLIPSIS


def time_limit(question: str, answers: Iterable[str]) -> int:
    """Seconds to read the question and its answers (5 s and 0.6 s a word, at least 20), snapped up."""
    words = len(question.split()) + sum(len(a.split()) for a in answers)
    need = max(20, 5 + 0.6 * words)
    return next((t for t in TIME_LIMITS if t >= need), TIME_LIMITS[-1])


def _multiple_choice_row(quiz: Quiz, question: MultipleChoiceQuestion) -> Row | None:
    choices = [one_line(c) for c in question.choices]
    right = choices[question.answer_index]
    wrong = [c for c in choices if c != right]
    if len(choices) > MAX_ANSWERS:
        choices = [c for c in choices if c == right or c in wrong[: MAX_ANSWERS - 1]]
    prompt = _fit_question(quiz, question)
    answers = _fit_answers(quiz, question, choices, right) if prompt else None
    if not prompt or answers is None:
        return None
    if len(choices) < len(question.choices):
        _warn(
            quiz,
            f"{_name(question)}: kept the right answer and the first {MAX_ANSWERS - 1} of its "
            f"{len(wrong)} wrong ones (Kahoot shows at most {MAX_ANSWERS}).",
        )
    return _row(prompt, answers, choices.index(right))


def _true_false_row(quiz: Quiz, question: TrueFalseQuestion) -> Row | None:
    statement = one_line(question.prompt)
    if len(inert(statement)) > QUESTION_LIMIT:
        _warn(
            quiz,
            f"left out {_name(question)}: the statement is {len(inert(statement))} characters, over Kahoot's "
            f"{QUESTION_LIMIT}, and shortening it could cut away what makes it true or false.",
        )
        return None
    return _row(statement, [TRUE, FALSE], [TRUE, FALSE].index(question.answer))


# The question types Kahoot plays, each with the function giving its row (None when it cannot fit).
_ROWS: dict[type, Callable[[Quiz, Any], Row | None]] = {
    MultipleChoiceQuestion: _multiple_choice_row,
    TrueFalseQuestion: _true_false_row,
}
# The ones it cannot play, by the name a teacher knows them by: left out, with one warning a type.
_LEFT_OUT: dict[type, str] = {ClozeQuestion: "fill-in-the-blank", MatchingQuestion: "matching"}


def _row(prompt: str, answers: list[str], right: int) -> Row:
    padded: list[str | None] = [*answers, *[None] * (MAX_ANSWERS - len(answers))]
    return (prompt, *padded, time_limit(prompt, answers), right + 1)


def _fit_question(quiz: Quiz, question: MultipleChoiceQuestion) -> str | None:
    prompt = one_line(question.prompt)
    if len(inert(prompt)) <= QUESTION_LIMIT:
        return prompt
    match = _QUOTATION.search(prompt)
    if match:
        opening, quoted, closing = (g for g in match.groups() if g is not None)
        room = QUESTION_LIMIT - (len(inert(prompt)) - len(quoted))
        cut = shorten(quoted, room, MIN_QUOTE_WORDS) if room > 0 else None
        if cut:
            _warn(quiz, f"{_name(question)}: shortened the quotation to fit Kahoot's {QUESTION_LIMIT} characters.")
            return prompt[: match.start()] + opening + cut + closing + prompt[match.end() :]
    _warn(
        quiz,
        f"left out {_name(question)}: the question is {len(inert(prompt))} characters, over Kahoot's "
        f"{QUESTION_LIMIT}, and cannot be shortened without losing what it asks.",
    )
    return None


def _fit_answers(quiz: Quiz, question: MultipleChoiceQuestion, choices: list[str], right: str) -> list[str] | None:
    fitted = [
        shorten(c, ANSWER_LIMIT - (len(inert(c)) - len(c)), MIN_ANSWER_WORDS) for c in choices
    ]  # the apostrophe counts
    cut = [i for i, (c, f) in enumerate(zip(choices, fitted, strict=True)) if f != c]
    if not cut:
        return choices  # each fits as it is
    numbers = ", ".join(str(i + 1) for i in cut)
    kept = [f for f in fitted if f is not None]
    keys = [normalize(f.removesuffix(ELLIPSIS)) for f in kept]
    if len(kept) < len(fitted) or len(set(keys)) < len(keys):
        reason = "they would no longer be told apart"
    elif cut == [choices.index(right)]:
        reason = "shortening only the right answer would give it away"
    else:
        _warn(quiz, f"{_name(question)}: shortened answer(s) {numbers} to fit Kahoot's {ANSWER_LIMIT} characters.")
        return kept
    _warn(
        quiz,
        f"left out {_name(question)}: answer(s) {numbers} are over Kahoot's {ANSWER_LIMIT} characters and {reason}.",
    )
    return None


def _name(question: Question) -> str:
    prompt = one_line(question.prompt)
    preview = prompt if len(prompt) <= 50 else prompt[:49].rstrip() + ELLIPSIS
    return f"question {question.id} (“{preview}”)"


def _warn(quiz: Quiz, message: str) -> None:
    warnings.warn(f"Kahoot ({quiz.slug}): {message}", QuizgenWarning, stacklevel=2)
