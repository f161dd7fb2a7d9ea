"""Exporter registry: one module per output format, each registered here by name.

An exporter is a function `export(quiz, path, options)` that writes one file at `path`
(a temporary path; `write_quiz` renames it into place atomically). Exporters never modify
the quiz and escape all article text for their format.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExportError
from ..fileio import discard, stage

if TYPE_CHECKING:  # the models import pydantic, which `quizgen --help` has no use for
    from ..models import Quiz


PAPERS = ("a4", "letter")
MAX_VERSIONS = 26  # one letter each


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by the exporters; each uses the ones that apply to it."""

    timestamp: float | None = None  # Anki note modification time; None means now
    # Worksheet (html, pdf): CLI options --versions, --paper, --no-word-bank, --large-print,
    # --dyslexia-friendly, --no-article carry the same names.
    versions: int = 1  # versions A, B, ... each with its own question and option order and key
    paper: str = "a4"  # "a4" or "letter"
    word_bank: bool = True
    large_print: bool = False
    dyslexia_friendly: bool = False
    article: bool = True  # the article's numbered paragraphs before the questions

    def __post_init__(self) -> None:
        if not 1 <= self.versions <= MAX_VERSIONS:
            raise ExportError(f"versions must be 1 to {MAX_VERSIONS}, not {self.versions}.")
        if self.paper not in PAPERS:
            raise ExportError(f"paper must be one of {', '.join(PAPERS)}, not {self.paper!r}.")


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    module: str  # imported only when used, so `quizgen --help` stays fast
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", ".json", "json_export", "the quiz in quizgen's public JSON format"),
        Format("apkg", ".apkg", "anki", "an Anki deck for students (File > Import in Anki)"),
        Format("html", ".html", "worksheet", "a printable worksheet with the answer key on its own page"),
        Format("pdf", ".pdf", "pdf", "the printable worksheet as a PDF (needs pip install 'quizgen[pdf]')"),
        Format("gift", ".gift.txt", "gift", "Moodle GIFT questions (Question bank > Import > GIFT format)"),
        Format("moodle", ".moodle.xml", "moodle", "Moodle XML questions (Question bank > Import > Moodle XML format)"),
        Format(
            "qti", ".qti.zip", "qti", "a QTI 1.2 quiz for Canvas (Settings > Import Course Content > QTI .zip file)"
        ),
        Format(
            "kahoot",
            ".kahoot.xlsx",
            "kahoot",
            "a Kahoot spreadsheet, multiple choice and true/false only (Create > Import spreadsheet)",
        ),
        Format(
            "quizlet",
            ".quizlet.txt",
            "quizlet",
            "Quizlet flashcards, term TAB definition (Create > Import, paste the text)",
        ),
    )
}
DEFAULT_FORMATS = ("json", "apkg", "html")
WORKSHEET_FORMATS = ("html", "pdf")  # the formats ExportOptions' worksheet options (--versions, --paper...) act on


def output_path(quiz: Quiz, fmt: str, out_dir: Path) -> Path:
    return Path(out_dir) / f"{quiz.slug}{_format(fmt).suffix}"


def write_quiz(quiz: Quiz, fmt: str, out_dir: Path, options: ExportOptions = ExportOptions()) -> Path:
    """Write `quiz` in format `fmt` into `out_dir` atomically and return the file's path."""
    tmp, path = stage_quiz(quiz, fmt, out_dir, options)
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"could not write {path}: {exc.strerror or exc}. Check the folder exists and is writable."
        ) from exc
    return path


def stage_quiz(quiz: Quiz, fmt: str, out_dir: Path, options: ExportOptions = ExportOptions()) -> tuple[Path, Path]:
    """Write `quiz` in format `fmt` to a temporary file beside its final path; return (temporary, final).

    `os.replace(temporary, final)` puts it in place (what `write_quiz` does at once); batch
    builds rename the files of many articles in input order.
    """
    spec = _format(fmt)
    module = importlib.import_module(f"{__name__}.{spec.module}")
    path = output_path(quiz, fmt, out_dir)
    try:
        return stage(path, lambda tmp: module.export(quiz, tmp, options)), path
    except OSError as exc:
        raise ExportError(
            f"could not write {path}: {exc.strerror or exc}. Check the folder exists and is writable."
        ) from exc


def stage_formats(
    quiz: Quiz, formats: Iterable[str], out_dir: Path, options: ExportOptions = ExportOptions()
) -> tuple[tuple[Path, Path], ...]:
    """`stage_quiz` for each format (each once): all the (temporary, final) pairs, or none left
    on disk if one fails. `fileio.replace_all` then puts them in place together."""
    staged: list[tuple[Path, Path]] = []
    try:
        for fmt in dict.fromkeys(formats):
            staged.append(stage_quiz(quiz, fmt, out_dir, options))
    except BaseException:
        discard(tmp for tmp, _ in staged)
        raise
    return tuple(staged)


def check_formats(formats: Iterable[str]) -> None:
    """Raise ExportError before any work if a format cannot be written here (PDF without WeasyPrint)."""
    for fmt in formats:
        module = importlib.import_module(f"{__name__}.{_format(fmt).module}")
        getattr(module, "check_available", lambda: None)()


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ExportError(f"unknown format {fmt!r}; choose one of: {known}") from None
