"""What the teacher's page does to a quiz, over the library: read an article, build its quiz and
pool, and the changes a teacher makes (drop, keep, move, more questions, another seed, swap a
distractor, export). Pure functions of a stored Record; no web framework here.
"""

from __future__ import annotations

import random
import secrets
import tempfile
import threading
import warnings
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ..articles import MAX_BYTES
from ..errors import QuizgenError, QuizgenWarning
from ..exporters import ExportOptions, stage_quiz
from ..models import Article, MultipleChoiceQuestion, Question, Quiz, normalize
from ..readers import HTML_SUFFIXES, MARKDOWN_SUFFIXES, parse, read_url
from .store import Record

EVERY_QUESTION = 10_000  # a --count no article reaches: every question that passes the checks
MAX_COUNT = 100
MORE = 3  # questions "More questions" adds at a time
# Warnings are caught through the warnings module's global state: one export at a time catches them.
EXPORT_LOCK = threading.Lock()
MEDIA_TYPES = {
    "json": "application/json",
    "apkg": "application/octet-stream",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "gift": "text/plain; charset=utf-8",
    "moodle": "application/xml",
    "qti": "application/zip",
    "kahoot": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "quizlet": "text/plain; charset=utf-8",
}


class EditError(QuizgenError):
    """A change the quiz cannot take (dropping its last question, an unknown question id)."""


# --- articles ------------------------------------------------------------------------------


def article_from_text(text: str) -> Article:
    """Pasted text: a page, Markdown or plain text, sniffed as `quizgen generate -` does."""
    if not text.strip():
        raise EditError("the article text is empty. Paste the article's text, or upload a file or give its address.")
    return parse(text.encode("utf-8"), kind=None, name="-", shown="the pasted text")


def article_from_upload(filename: str, data: bytes) -> Article:
    """An uploaded file, read by its suffix as `quizgen generate FILE` would."""
    name = Path(filename or "upload.txt").name
    if not data:
        raise EditError(f"{name} is empty. Choose the article's file again.")
    if len(data) > MAX_BYTES:
        raise EditError(
            f"{name} is {len(data) // 1_000_000} MB; articles over {MAX_BYTES // 1_000_000} MB "
            "are refused. Split it into single articles."
        )
    suffix = Path(name).suffix.lower()
    kind = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    return parse(data, kind=kind, name=Path(name).stem, shown=name)


def article_from_url(url: str, *, allow_private: bool = False) -> Article:
    return read_url(url.strip(), public_only=not allow_private)


# --- building ------------------------------------------------------------------------------


def make(article: Article, *, count: int | None = None, seed: int | None = None) -> tuple[Quiz, tuple[Question, ...]]:
    """The quiz for `article` and its pool: the other questions that pass the checks, in reading order."""
    from ..analysis import analyze
    from ..pipeline import build_quiz_with_report

    if count is not None and not 1 <= count <= MAX_COUNT:
        raise EditError(f"count must be 1 to {MAX_COUNT}, not {count}.")
    analysis = analyze(article)
    quiz, _ = build_quiz_with_report(article, count=count, seed=seed, analysis=analysis)
    everything, _ = build_quiz_with_report(article, count=EVERY_QUESTION, seed=quiz.seed, analysis=analysis)
    chosen = {q.id for q in quiz.questions}
    return quiz, tuple(q for q in everything.questions if q.id not in chosen)


def reshuffle(record: Record, seed: int | None = None) -> Record:
    """The article's quiz built again with another seed and as many questions (edits are replaced)."""
    seed = secrets.randbelow(2**31) if seed is None else seed
    quiz, pool = make(record.article, count=len(record.quiz.questions), seed=seed)
    return replace(record, quiz=quiz, dropped=(), pool=pool)


# --- a teacher's changes -------------------------------------------------------------------


def drop(record: Record, question_id: str) -> Record:
    question = find_question(record.quiz.questions, question_id)
    if len(record.quiz.questions) == 1:
        raise EditError("a quiz needs at least one question; keep another one before dropping this one.")
    rest = tuple(q for q in record.quiz.questions if q.id != question_id)
    return replace(record, quiz=_with(record.quiz, rest), dropped=(*record.dropped, question))


def keep(record: Record, question_id: str) -> Record:
    """A dropped question back at the end of the quiz."""
    question = find_question(record.dropped, question_id)
    dropped = tuple(q for q in record.dropped if q.id != question_id)
    return replace(record, quiz=_with(record.quiz, (*record.quiz.questions, question)), dropped=dropped)


def move(record: Record, question_id: str, offset: int) -> Record:
    questions = list(record.quiz.questions)
    index = questions.index(find_question(questions, question_id))
    target = max(0, min(len(questions) - 1, index + offset))
    questions.insert(target, questions.pop(index))
    return replace(record, quiz=_with(record.quiz, tuple(questions)))


def more(record: Record, n: int = MORE) -> Record:
    """The next `n` questions of the pool, added at the end of the quiz."""
    if not record.pool:
        raise EditError("there are no more questions that pass the checks for this article.")
    added, pool = record.pool[:n], record.pool[n:]
    return replace(record, quiz=_with(record.quiz, (*record.quiz.questions, *added)), pool=pool)


def rename(record: Record, name: str) -> Record:
    name = " ".join(name.split())
    if not name:
        raise EditError("a quiz's name must not be empty.")
    if len(name) > 200:
        raise EditError("a quiz's name must be at most 200 characters.")
    return replace(record, name=name)


def alternatives(article: Article, question: MultipleChoiceQuestion) -> list[str]:
    """Other distractors of the same kind as the answer, made by the same rules as the quiz's."""
    from ..analysis import analyze
    from ..generators import generate_all
    from ..generators.distractors import choose

    analysis = analyze(article)
    for candidate in generate_all(analysis):
        if candidate.question_id() == question.id and candidate.shape == "choice":
            shown = {normalize(c) for c in question.choices}
            options = choose(candidate, analysis, random.Random(question.id), wanted=20)
            return [o for o in options if normalize(o) not in shown]
    return []


def swap(record: Record, question_id: str, distractor: str) -> Record:
    """`distractor` replaced by the first other option of the same kind the question does not show."""
    question = find_question(record.quiz.questions, question_id)
    if not isinstance(question, MultipleChoiceQuestion) or distractor not in question.choices:
        raise EditError(f"{distractor!r} is not an option of question {question_id}.")
    if distractor == question.answer:
        raise EditError("the answer cannot be swapped; edit the question to change it.")
    options = alternatives(record.article, question)
    if not options:
        raise EditError(f"the article offers no other option of the same kind for question {question_id}.")
    choices = tuple(options[0] if c == distractor else c for c in question.choices)
    new = question.model_copy(update={"choices": choices})
    return replace(
        record, quiz=_with(record.quiz, tuple(new if q.id == question_id else q for q in record.quiz.questions))
    )


# --- export --------------------------------------------------------------------------------


def export_file(quiz: Quiz, fmt: str, options: ExportOptions) -> tuple[str, bytes, list[str]]:
    """(file name, bytes, warnings) of `quiz` in `fmt`, written through the CLI's exporters."""
    from ..exporters import check_formats

    check_formats([fmt])
    with (
        EXPORT_LOCK,
        tempfile.TemporaryDirectory(prefix="quizgen-serve-") as folder,
        warnings.catch_warnings(record=True) as seen,
    ):
        warnings.simplefilter("always", QuizgenWarning)
        tmp, path = stage_quiz(quiz, fmt, Path(folder), options)
        data = tmp.read_bytes()
    notes = [str(w.message) for w in seen if issubclass(w.category, QuizgenWarning)]
    return path.name, data, notes


def media_type(fmt: str) -> str:
    return MEDIA_TYPES.get(fmt, "application/octet-stream")


def find_question(questions: Iterable[Question], question_id: str) -> Question:
    for question in questions:
        if question.id == question_id:
            return question
    raise EditError(f"no question has the id {question_id!r} here; reload the page to see the quiz as it is.")


def _with(quiz: Quiz, questions: tuple[Question, ...]) -> Quiz:
    return quiz.model_copy(update={"questions": questions})
