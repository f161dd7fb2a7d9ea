"""Reading the articles named on the command line, building them with the batch library, and
reporting each one and the totals on stdout and stderr."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import click

from ..errors import ExportError
from ..exporters import ExportOptions
from .failures import EXIT_FAILED


def shown(path: Path | str) -> str:
    """`path` relative to the current folder when it is inside it, else as it is."""
    try:
        return str(Path(path).resolve().relative_to(_resolved(os.getcwd(), ".")))
    except ValueError:
        return str(path)


def shown_output(path: Path) -> str:
    """`shown` of a file quizgen wrote (never a link: it was renamed into place), its folder
    resolved once for all the files written there rather than link by link for each one."""
    try:
        return str((_resolved(os.getcwd(), str(path.parent)) / path.name).relative_to(_resolved(os.getcwd(), ".")))
    except ValueError:
        return str(path)


@lru_cache(maxsize=64)
def _resolved(cwd: str, folder: str) -> Path:
    """`folder` (relative to `cwd`, the current folder) with its links resolved."""
    return (Path(cwd) / folder).resolve()


def read_source(source: str):
    """An Article from a file, an http(s) address, or standard input for `-` (named from its title)."""
    from ..articles import read_article

    return read_article(source)


def ask_for_paste(sources) -> None:
    """Reading `-` from a terminal would wait without a word: say what to do (on stderr, so stdout stays clean)."""
    if "-" in sources and sys.stdin.isatty():
        keys = "Ctrl-Z, then Enter" if os.name == "nt" else "Ctrl-D"
        click.echo(f"Paste the article, then press {keys} on a new line.", err=True)


def write_all(quiz, formats: tuple[str, ...], output_dir: Path, options: ExportOptions = ExportOptions()) -> list[Path]:
    """Every format of `quiz`, put in place all together or not at all."""
    from ..exporters import stage_formats
    from ..fileio import replace_all

    try:
        staged = stage_formats(quiz, formats, output_dir, options)
        replace_all(staged)  # removes the staged files if it fails
        return [final for _, final in staged]
    except OSError as exc:
        reason = exc.strerror or exc
        raise ExportError(f"could not write into {output_dir}: {reason}. Check it is a writable folder.") from exc


def report_line(name: str, n: int, paths) -> str:
    return f"{name}: {n} question{'s' if n != 1 else ''} -> {', '.join(shown_output(Path(p)) for p in paths)}"


def run_articles(sources, settings, *, jobs: int = 1, quiet: bool = False, totals: bool = False) -> int:
    """Build `sources` with the batch library and report; returns the exit code (1 if any failed).

    stdout: a line per article built (unless quiet), the one deck, the totals (`totals`).
    stderr: warnings as they come, a progress line on a terminal (unless quiet; it names an
    article that takes more than a few seconds), and at the end each skipped file (with
    `totals`; else as it comes) and each failure on its own line, `Skipped: <file>: <reason>`
    and `Error: <file>: <reason>`.
    """
    from collections import Counter

    from ..batch import BUILT, FAILED, SKIPPED, run_batch
    from ..exporters import check_formats
    from ..progress import ProgressLine

    check_formats(settings.formats)  # a missing extra (PDF) fails once, before any article is read
    stderr = sys.stderr
    progress = ProgressLine(len(sources), stderr, enabled=not quiet and stderr.isatty())
    tally: Counter[str] = Counter()

    def report(outcome, done: int, total: int) -> None:
        tally[outcome.status] += 1
        lines = [(f"Warning: {named(outcome.name, w)}", True) for w in outcome.warnings]
        if outcome.status == SKIPPED and not totals:  # with totals, named under the summary
            lines.append((f"Warning: {outcome.message} Skipped: nothing written for it.", True))
        if outcome.status == BUILT and not quiet:
            lines.append((report_line(outcome.name, outcome.questions, outcome.paths), False))
        with progress.lock:
            if lines:
                progress.clear()
                for line, err in lines:
                    click.echo(line, err=err)
            counts = ", ".join(f"{tally[s]} {s}" for s in (BUILT, SKIPPED, FAILED) if tally[s])
            progress.update(done, counts, shown(outcome.source) if progress.enabled else "")

    def building(done: int) -> str:
        source = sources[done]  # outcomes arrive in input order: the next one is being built
        return f"building {shown(source) if isinstance(source, str) else 'standard input'}"

    progress.watch(building)
    try:
        result = run_batch(sources, settings, jobs=jobs, on_outcome=report)
    finally:
        progress.close()
    if result.deck:
        notes = sum(o.questions for o in result.outcomes if o.status == BUILT)
        click.echo(f"One deck: {shown(result.deck)} ({result.count(BUILT)} subdecks, {notes} notes)")
    failed = [o for o in result.outcomes if o.status == FAILED]
    skipped = [o for o in result.outcomes if o.status == SKIPPED]
    if totals:
        line = (
            f"Built {result.count(BUILT)} of {len(sources)} articles ({result.questions} questions) into "
            f"{shown(settings.output_dir)}/"
        )
        others = ", ".join(f"{result.count(s)} {s}" for s in (SKIPPED, FAILED) if result.count(s))
        click.echo(line + (f"; {others}" if others else "") + (":" if others else "."))
        for outcome in skipped:
            click.echo(f"Skipped: {outcome.message}", err=True)
    for outcome in failed:
        click.echo(f"Error: {outcome.message}", err=True)
    return EXIT_FAILED if failed else 0


def named(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"
