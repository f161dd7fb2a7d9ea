"""Batch builds: many articles to quizzes, serially or in parallel, each outcome as data.

    sources = collect_inputs(["term-1/", "extra/*.md", "one.txt"])
    result = run_batch(sources, BatchSettings(output_dir=Path("decks")), jobs=2)
    for outcome in result.outcomes:
        print(outcome.status, outcome.source, outcome.reason)

One bad article never stops the others: it becomes a `failed` (or, when it gives no question, a
`skipped`) outcome with its reason, whatever went wrong (a bug in quizgen, a worker process
killed). Only one build at a time writes into a folder: a second one waits for the first. Output
is the same whatever the number of jobs: each worker writes its files under temporary names
beside their final names, and this process renames them into place in input order, so which
worker finishes first changes nothing, a later article named like an earlier one is refused the
same way every time, an article's files are all replaced or none is, and a failed or interrupted
run leaves earlier outputs exactly as they were. Workers exit when this process dies; what a
killed run staged is removed by the next.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import articles
from .batch_article import BUILT, FAILED, SKIPPED, BatchSettings, Outcome, bug_report, build_one
from .batch_inputs import STDIN, Ignored, Input, Unusable, collect_inputs, supported_suffixes
from .batch_pool import default_jobs, in_parallel
from .errors import ExportError
from .exporters import ExportOptions
from .fileio import atomic_write, discard, folder_lock, remove_stale, replace_all
from .models import Quiz

__all__ = [
    "BUILT",
    "FAILED",
    "SKIPPED",
    "STDIN",
    "BatchResult",
    "BatchSettings",
    "Ignored",
    "Input",
    "Outcome",
    "Unusable",
    "bug_report",
    "build_one",
    "collect_inputs",
    "deck_path",
    "default_jobs",
    "prepare_output",
    "run_batch",
    "supported_suffixes",
    "write_deck",
]


class _Committer:
    """Renames staged outputs into place in input order; a repeated quiz name fails the later article."""

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}

    def commit(self, outcome: Outcome) -> Outcome:
        if outcome.status != BUILT:
            return outcome
        assert outcome.slug is not None  # a built article has its quiz's name
        other = self.owners.get(outcome.slug)
        if other is not None:
            discard(tmp for tmp, _ in outcome.staged)
            return _failed(outcome, f"its quiz is named {outcome.slug!r} like {other}'s; rename one of them.")
        try:
            replace_all(outcome.staged)
        except OSError as exc:
            where = exc.filename or outcome.staged[0][1].parent
            return _failed(outcome, f"could not write {where}: {exc.strerror or exc}. Its earlier files are kept.")
        self.owners[outcome.slug] = outcome.name
        return replace(outcome, staged=())


def _failed(outcome: Outcome, reason: str) -> Outcome:
    """`outcome` refused at the last step: nothing of it was written, so it counts no question."""
    return replace(outcome, status=FAILED, reason=reason, paths=(), questions=0, quiz=None, staged=())


@dataclass(frozen=True)
class BatchResult:
    """The outcome of every source, in input order, and the one deck if there is one."""

    outcomes: tuple[Outcome, ...]
    deck: Path | None = None  # the one deck (BatchSettings.one_deck), when any article was built

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def questions(self) -> int:
        """The questions in the files written."""
        return sum(o.questions for o in self.outcomes if o.status == BUILT)


def run_batch(
    sources: Sequence[Input],
    settings: BatchSettings,
    *,
    jobs: int = 1,
    on_outcome: Callable[[Outcome, int, int], None] | None = None,
) -> BatchResult:
    """Build every source, `jobs` processes at a time; the outcomes come back in input order.

    `on_outcome(outcome, done, total)` is called as each outcome is final (in input order).
    With `settings.one_deck` the Anki notes of every built article go into one deck file
    (see `deck_path`) instead of one per article. All notes get the run's start time as
    their modification time. A bug met on one article fails that article only; Ctrl-C stops
    the run: outputs already renamed into place stay, the rest are removed, no deck is written.

    The run holds a lock on the output folder (a second run into it waits, with a
    QuizgenWarning) and first removes the temporary files a killed run left there.
    """
    prepare_output(settings.output_dir)
    waiting = f"another quizgen run is writing into {settings.output_dir}; waiting for it to finish."
    with folder_lock(settings.output_dir, waiting):
        remove_stale(settings.output_dir)
        try:
            return _run_locked(sources, settings, jobs, on_outcome)
        finally:
            remove_stale(settings.output_dir, own=True)  # staged by a worker that was killed


def _run_locked(
    sources: Sequence[Input], settings: BatchSettings, jobs: int, on_outcome: Callable[[Outcome, int, int], None] | None
) -> BatchResult:
    if settings.options.timestamp is None:
        settings = replace(settings, options=replace(settings.options, timestamp=time.time()))
    if settings.one_deck:
        settings = replace(settings, formats=tuple(f for f in settings.formats if f != "apkg"))
    total = len(sources)
    produced = in_parallel(sources, settings, jobs) if jobs > 1 and total > 1 else _serial(sources, settings)
    committer, outcomes = _Committer(), []
    try:
        for outcome in produced:
            try:
                outcome = committer.commit(outcome)
            except BaseException:
                discard(tmp for tmp, _ in outcome.staged)
                raise
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome, len(outcomes), total)
    finally:
        produced.close()
    quizzes = [o.quiz for o in outcomes if o.quiz is not None]
    one_deck = settings.one_deck  # quizzes are kept only for it
    deck = write_deck(quizzes, settings.output_dir, one_deck, settings.options) if one_deck and quizzes else None
    return BatchResult(tuple(replace(o, quiz=None) for o in outcomes), deck)


def deck_path(output_dir: Path, name: str) -> Path:
    """Where the one deck named `name` goes: `<output_dir>/<name as a slug>.apkg`."""
    return Path(output_dir) / f"{articles.slugify(name)}.apkg"


def write_deck(quizzes: Sequence[Quiz], output_dir: Path, name: str, options: ExportOptions) -> Path:
    """One Anki package holding a subdeck per quiz (`<name>::<title>`), written atomically."""
    from .exporters import anki

    path = deck_path(output_dir, name)
    try:
        return atomic_write(path, lambda tmp: anki.export_decks(quizzes, tmp, name, options))
    except OSError as exc:
        raise ExportError(f"could not write {path}: {exc.strerror or exc}. Check the folder is writable.") from exc


def _serial(sources: Sequence[Input], settings: BatchSettings) -> Generator[Outcome]:
    for source in sources:
        yield build_one(source, settings)


def prepare_output(output_dir: Path) -> None:
    """Create the output folder once, before any work, or raise a clear ExportError."""
    try:
        Path(output_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            f"could not create the output folder {output_dir}: {exc.strerror or exc}. Choose a writable folder with -o."
        ) from exc
    if not os.access(output_dir, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write into {output_dir}. Choose a writable folder with -o.")
