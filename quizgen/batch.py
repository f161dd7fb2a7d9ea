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

import glob
import os
import signal
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import articles, pipeline
from .errors import ExportError, NoQuestionsError, QuizgenError, QuizgenWarning
from .exporters import DEFAULT_FORMATS, ExportOptions, stage_formats
from .fileio import atomic_write, discard, folder_lock, remove_stale, replace_all
from .models import Article, Quiz

if TYPE_CHECKING:  # the process pool is loaded by a parallel run only: one article starts sooner
    from concurrent.futures import ProcessPoolExecutor

BUILT, SKIPPED, FAILED = "built", "skipped", "failed"
STDIN = "-"
MAX_CHUNK = 8  # articles sent to a worker at once: fewer round trips, still an even spread


def supported_suffixes() -> tuple[str, ...]:
    """The suffixes a folder or a glob pattern is searched for (the one place they come from)."""
    return tuple(getattr(articles, "SUPPORTED_SUFFIXES", (".txt",)))


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


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unusable:
    """An input known to fail before any work: a folder without articles, a pattern matching nothing."""

    source: str
    reason: str


@dataclass(frozen=True)
class Ignored:
    """A file or folder found in a folder or by a pattern that is not an article: skipped, with why."""

    source: str
    reason: str


Input = str | Article | Unusable | Ignored  # a file or address read when built; standard input already read

# Why a file found in a folder is not read, by suffix.
NOT_ARTICLES = {
    **dict.fromkeys((".pdf",), "a PDF; copy its text into a .txt file to quiz it."),
    **dict.fromkeys(
        (".doc", ".docx", ".odt", ".rtf", ".pages", ".wpd"),
        "a word-processor file; save it as plain text (.txt) or a web page (.html) to quiz it.",
    ),
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".heic", ".bmp", ".tif", ".tiff"), "an image, not text."
    ),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".7z", ".rar"), "an archive; unpack it first."),
    **dict.fromkeys(
        (".apkg", ".json", ".gift", ".xml", ".xlsx", ".csv"),
        "not an article (quizgen's outputs and data files are not read from folders).",
    ),
}


def collect_inputs(
    specs: Iterable[str | Path], suffixes: Sequence[str] | None = None, *, expand: bool = True, recursive: bool = False
) -> list[Input]:
    """The articles named by `specs`, in order, each once, and the files skipped beside them.

    A folder gives its files with a supported suffix (sorted by name, hidden files left out),
    and with `recursive` those of the folders inside too; a glob pattern (`*`, `?`, `[`; `**`
    crosses folders) gives the matching files with a supported suffix; a file or an http(s)
    address is taken as it is (a missing one fails when built, with its reason); `-` reads
    standard input, here, once. Every other file a folder or pattern gives (and, without
    `recursive`, each folder inside a folder) is an `Ignored` input saying why it is skipped.
    With `expand=False` folders and patterns are taken as they are too (building them says
    what is wrong).
    """
    suffixes = tuple(s.lower() for s in (suffixes or supported_suffixes()))
    found: list[Input] = []
    seen: set[str] = set()

    def add(item: Input, key: str) -> None:
        if key not in seen:
            seen.add(key)
            found.append(item)

    for spec in map(str, specs):
        kind = _kind(spec) if expand or spec == STDIN else "file"
        if kind == "stdin":
            add(_read_stdin(), STDIN)
        elif kind in ("folder", "pattern"):
            matches = _folder(Path(spec), recursive) if kind == "folder" else _glob(spec, recursive)
            picked = [p for p in matches if p.suffix.lower() in suffixes]
            for path in matches:
                if path in picked:
                    add(str(path), os.path.realpath(path))
                else:
                    add(Ignored(str(path), _why_not(path, suffixes)), "\0" + os.path.realpath(path))
            if not picked:
                what = f"{spec} has no articles" if kind == "folder" else f"{spec} matches no article"
                add(Unusable(spec, f"{what} ({', '.join(suffixes)} files)."), f"\0{spec}")
        else:
            add(spec, spec if kind == "address" else os.path.realpath(spec))
    return found


def _kind(spec: str) -> str:
    if spec == STDIN:
        return "stdin"
    if "://" in spec:
        return "address"
    try:
        if Path(spec).is_dir():
            return "folder"
        if Path(spec).exists():
            return "file"
    except OSError:  # a name too long for the file system: reading it says so
        return "file"
    return "pattern" if any(c in spec for c in "*?[") else "file"


def _folder(folder: Path, recursive: bool = False, seen: set[str] | None = None) -> list[Path]:
    """The files of `folder` (and its folders, if `recursive`; else those folders themselves),
    hidden ones left out, sorted by name."""
    seen = seen if seen is not None else {os.path.realpath(folder)}
    found: list[Path] = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        if path.is_dir():
            if not recursive:
                found.append(path)
            elif os.path.realpath(path) not in seen:  # a link back up the tree is followed once
                seen.add(os.path.realpath(path))
                found.extend(_folder(path, True, seen))
        elif path.is_file():
            found.append(path)
    return found


def _glob(pattern: str, recursive: bool = False) -> list[Path]:
    paths: list[Path] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        paths.extend(_folder(path, recursive) if path.is_dir() else [path] if path.is_file() else [])
    return paths


def _why_not(path: Path, suffixes: Sequence[str]) -> str:
    if path.is_dir():
        return "a folder inside the folder; add -r (--recursive) to build the articles in it too."
    return NOT_ARTICLES.get(
        path.suffix.lower(),
        f"not a kind of file read from folders ({', '.join(suffixes)}); name it on its own to read it as text.",
    )


def _read_stdin() -> Article | Unusable:
    try:
        return articles.read_article(STDIN)
    except QuizgenError as exc:
        return Unusable(STDIN, str(exc))


# --- one article --------------------------------------------------------------------------


def build_one(source: Input, settings: BatchSettings) -> Outcome:
    """Read, build and stage the outputs of one article; never raises a QuizgenError.

    The outputs are written under temporary names; `_Committer.commit` renames them into place.
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


def _build_chunk(sources: list[Input], settings: BatchSettings) -> list[Outcome]:
    return [build_one(source, settings) for source in sources]


# --- many articles ------------------------------------------------------------------------


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
    produced = _parallel(sources, settings, jobs) if jobs > 1 and total > 1 else _serial(sources, settings)
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


def _parallel(sources: Sequence[Input], settings: BatchSettings, jobs: int) -> Generator[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(MAX_CHUNK, len(sources) // (jobs * 4)))
    chunks = [list(sources[i : i + size]) for i in range(0, len(sources), size)]
    workers = min(jobs, len(chunks))
    pools = [_pool(workers)]
    futures = [pools[-1].submit(_build_chunk, chunk, settings) for chunk in chunks]
    try:
        for i, chunk in enumerate(chunks):
            try:
                outcomes = futures[i].result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory) building this chunk or another: this
                # chunk alone in a fresh pool tells which; the rest go on in the fresh pool.
                pools.append(_pool(workers))
                futures[i:] = [pools[-1].submit(_build_chunk, c, settings) for c in chunks[i:]]
                try:
                    outcomes = futures[i].result()
                except BrokenProcessPool:
                    outcomes = [_worker_died(source) for source in chunk]
                    pools.append(_pool(workers))
                    futures[i + 1 :] = [pools[-1].submit(_build_chunk, c, settings) for c in chunks[i + 1 :]]
            yield from outcomes
    finally:
        for future in futures:
            future.cancel()
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
        for future in futures:  # staged by a worker but never committed: removed (a no-op once renamed)
            if future.done() and not future.cancelled() and future.exception() is None:
                discard(tmp for outcome in future.result() for tmp, _ in outcome.staged)


def _pool(workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))


def _worker_died(source: Input) -> Outcome:
    name = (
        source.source if isinstance(source, (Unusable, Ignored)) else STDIN if isinstance(source, Article) else source
    )
    return Outcome(
        name,
        FAILED,
        "the process building it stopped (killed, or out of memory); nothing was written "
        "for it. Build it on its own to see why.",
    )


def _worker_init(parent: int) -> None:
    # Ctrl-C reaches every process in the terminal's group; the parent alone decides what
    # happens (it stops the run and removes the workers' unfinished files).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), name="quizgen-parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    """Exit when the parent is gone (killed with SIGKILL it cannot tell its workers): a worker
    blocked on the parent's pipe would otherwise wait forever."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def default_jobs() -> int:
    """The processors this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


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
