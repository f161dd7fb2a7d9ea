"""One article of a batch: read, built and its outputs staged under temporary names, whatever
goes wrong becoming an outcome (failed or skipped, with its reason) rather than an exception."""

from __future__ import annotations

import traceback
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import articles, pipeline
from .batch_inputs import STDIN, Ignored, Input, Unusable
from .errors import NoQuestionsError, QuizgenError, QuizgenWarning
from .exporters import DEFAULT_FORMATS, ExportOptions, stage_formats
from .models import Article, Quiz

BUILT, SKIPPED, FAILED = "built", "skipped", "failed"


@dataclass(frozen=True)
class BatchSettings:
    """What to make of every article: passed to each worker as it is."""

    output_dir: Path
    formats: tuple[str, ...] = DEFAULT_FORMATS
    options: ExportOptions = ExportOptions()
    count: int | None = None
    seed: int | None = None
    one_deck: str | None = None  # the name of one Anki deck for all articles, instead of a deck each


@dataclass(frozen=True)
class Outcome:
    """What became of one article."""

    source: str  # the file, address or `-` as given
    status: str  # BUILT, SKIPPED or FAILED
    reason: str = ""  # why it was skipped or failed
    paths: tuple[Path, ...] = ()  # the files written, in format order
    questions: int = 0
    warnings: tuple[str, ...] = ()
    slug: str | None = None
    quiz: Quiz | None = None  # only with BatchSettings.one_deck
    staged: tuple[tuple[Path, Path], ...] = field(default=(), repr=False)  # (temporary, final) until committed

    @property
    def name(self) -> str:
        return "standard input" if self.source == STDIN else self.source

    @property
    def message(self) -> str:
        """The reason, naming the article once: `a.txt is empty. ...` or `a.txt: could not write ...`."""
        return self.reason if self.reason.startswith(self.name) else f"{self.name}: {self.reason}"


def build_one(source: Input, settings: BatchSettings) -> Outcome:
    """Read, build and stage the outputs of one article; never raises a QuizgenError.

    The outputs are written under temporary names; the batch renames them into place.
    """
    if isinstance(source, Unusable):
        return Outcome(source.source, FAILED, source.reason)
    if isinstance(source, Ignored):
        return Outcome(source.source, SKIPPED, source.reason)
    shown = STDIN if isinstance(source, Article) else source
    report_warnings: tuple[str, ...] = ()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", QuizgenWarning)
        try:
            article = source if isinstance(source, Article) else articles.read_article(source)
            quiz, report = pipeline.build_quiz_with_report(article, count=settings.count, seed=settings.seed)
            report_warnings = report.warnings
            staged = stage_formats(quiz, settings.formats, settings.output_dir, settings.options)
        except NoQuestionsError as exc:
            outcome = Outcome(shown, SKIPPED, str(exc))
        except QuizgenError as exc:
            outcome = Outcome(shown, FAILED, str(exc))
        except Exception as exc:  # a bug in quizgen: this article fails, the batch goes on
            outcome = Outcome(shown, FAILED, bug_report(exc))
        else:
            outcome = Outcome(
                shown,
                BUILT,
                paths=tuple(final for _, final in staged),
                questions=len(quiz.questions),
                slug=quiz.slug,
                quiz=quiz if settings.one_deck else None,
                staged=staged,
            )
    for warning in caught:  # other warnings go on to wherever they would have gone
        if not issubclass(warning.category, QuizgenWarning):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    found = report_warnings + tuple(str(w.message) for w in caught if issubclass(w.category, QuizgenWarning))
    return replace(outcome, warnings=found)


def bug_report(exc: BaseException) -> str:
    """The reason given for an article quizgen failed on by a bug of its own: the error and its place."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" in {Path(frame.filename).name}, line {frame.lineno}" if frame else ""
    return (
        f"quizgen failed on it ({type(exc).__name__}: {str(exc)[:200]}{where}). This is a bug in quizgen: "
        "please report it with the article."
    )


def worker_died(source: Input) -> Outcome:
    name = (
        source.source if isinstance(source, (Unusable, Ignored)) else STDIN if isinstance(source, Article) else source
    )
    return Outcome(
        name,
        FAILED,
        "the process building it stopped (killed, or out of memory); nothing was written "
        "for it. Build it on its own to see why.",
    )
