"""The quiz as JSON: quizgen's public, documented format (`quizgen schema` prints its schema)."""

from __future__ import annotations

from pathlib import Path

from ..models import Quiz
from . import ExportOptions


def dumps(quiz: Quiz) -> str:
    return quiz.model_dump_json(indent=2) + "\n"


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    path.write_text(dumps(quiz), encoding="utf-8")
