"""The quizzes a teacher made in `quizgen serve`, kept in one SQLite file in the data folder.

Each row holds the article (for the page's highlighted sentences), the quiz as the teacher
edited it, the questions dropped from it and the accepted questions not yet in it ("More
questions"), all as JSON in the public formats. Every change is one transaction, committed
before the server answers: an edit that was acknowledged survives a crash or Ctrl-C.

The schema is versioned with SQLite's `user_version`; `MIGRATIONS[n]` takes a file from
version n to n + 1, so a data folder from an older quizgen is brought up to date on open.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from ..errors import QuizgenError
from ..models import Article, Question, Quiz

FILENAME = "quizgen.sqlite3"
MIGRATIONS = (
    # 0 -> 1: the first schema.
    """
    CREATE TABLE quizzes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        article TEXT NOT NULL,
        quiz TEXT NOT NULL,
        dropped TEXT NOT NULL DEFAULT '[]',
        pool TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX quizzes_updated ON quizzes (updated);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
QUESTIONS = TypeAdapter(tuple[Question, ...])


class StoreError(QuizgenError):
    """The data folder cannot be used (unwritable, or made by a newer quizgen)."""


class UnknownQuiz(QuizgenError):
    """No quiz has the id asked for."""


@dataclass(frozen=True)
class Record:
    """One stored quiz with what the page needs beside it."""

    id: str
    name: str
    created: str
    updated: str
    article: Article
    quiz: Quiz
    dropped: tuple[Question, ...] = ()  # dropped by the teacher, can be kept again
    pool: tuple[Question, ...] = ()  # accepted by the checks, not yet in the quiz

    def summary(self) -> dict[str, str | int]:
        return {
            "id": self.id,
            "name": self.name,
            "created": self.created,
            "updated": self.updated,
            "questions": len(self.quiz.questions),
            "title": self.quiz.title,
        }


class Store:
    """The quizzes in `data_dir/quizgen.sqlite3`; safe to use from many threads (a connection per call)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILENAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
                migrate(db)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot use {self.path}: {exc}. Choose another folder with --data-dir.") from None
        except OSError as exc:
            raise StoreError(
                f"cannot create {self.path.parent}: {exc.strerror or exc}. Choose another folder with --data-dir."
            ) from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as db:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=FULL")  # an acknowledged edit is on disk
            yield db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def add(self, article: Article, quiz: Quiz, pool: tuple[Question, ...] = ()) -> Record:
        now = _now()
        record = Record(secrets.token_hex(6), quiz.title, now, now, article, quiz, (), pool)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO quizzes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.name,
                    now,
                    now,
                    article.model_dump_json(),
                    quiz.model_dump_json(),
                    _dump(()),
                    _dump(pool),
                ),
            )
        return record

    def get(self, quiz_id: str) -> Record:
        with self._connect() as db:
            row = db.execute("SELECT * FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
        if row is None:
            raise UnknownQuiz(f"no quiz has the id {quiz_id!r}; it may have been deleted. GET /api/quizzes lists them.")
        return _record(row)

    def list(self) -> list[Record]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM quizzes ORDER BY updated DESC, created DESC").fetchall()
        return [_record(row) for row in rows]

    def update(self, quiz_id: str, change: Callable[[Record], Record]) -> Record:
        """Apply `change(record) -> record` in one transaction (read, change and write together)."""
        with self._transaction() as db:
            row = db.execute("SELECT * FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
            if row is None:
                raise UnknownQuiz(f"no quiz has the id {quiz_id!r}; it may have been deleted.")
            new = change(_record(row))
            updated = _now()
            db.execute(
                "UPDATE quizzes SET name = ?, updated = ?, quiz = ?, dropped = ?, pool = ? WHERE id = ?",
                (new.name, updated, new.quiz.model_dump_json(), _dump(new.dropped), _dump(new.pool), quiz_id),
            )
        return Record(new.id, new.name, new.created, updated, new.article, new.quiz, new.dropped, new.pool)

    def delete(self, quiz_id: str) -> None:
        with self._transaction() as db:
            if db.execute("DELETE FROM quizzes WHERE id = ?", (quiz_id,)).rowcount == 0:
                raise UnknownQuiz(f"no quiz has the id {quiz_id!r}; it may have been deleted already.")


def migrate(db: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION, each step in its own transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the quizzes in {db.execute('PRAGMA database_list').fetchone()[2]} were saved by a newer "
            f"quizgen (schema {version}, this one knows {SCHEMA_VERSION}). Upgrade quizgen, "
            "or use another folder with --data-dir."
        )
    for step in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def default_data_dir() -> Path:
    """The user's data folder for quizgen (e.g. ~/.local/share/quizgen on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("quizgen", appauthor=False))


def _record(row: tuple[str, ...]) -> Record:
    qid, name, created, updated, article, quiz, dropped, pool = row
    return Record(
        qid,
        name,
        created,
        updated,
        Article.model_validate_json(article),
        Quiz.model_validate_json(quiz),
        QUESTIONS.validate_json(dropped),
        QUESTIONS.validate_json(pool),
    )


def _dump(questions: Iterable[Question]) -> str:
    return json.dumps([q.model_dump(mode="json") for q in questions], ensure_ascii=False)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
