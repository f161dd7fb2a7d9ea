"""The `quizgen` command: thin click commands over the library.

Each command parses its options, calls the library and prints. Every QuizgenError becomes
`Error: ...` on stderr with exit code 1, every usage mistake `Error: ...` with exit code 2;
anything else is a bug and keeps its traceback. Heavy modules (the pipeline, the analysis) are imported inside the
commands so `quizgen --help` stays fast.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from .errors import ExportError, QuizgenError
from .exporters import DEFAULT_FORMATS, FORMATS, MAX_VERSIONS, PAPERS, WORKSHEET_FORMATS, ExportOptions

EXIT_FAILED = 1  # an article or file failed, or another QuizgenError
EXIT_USAGE = 2  # a mistake on the command line
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


class Failure(click.ClickException):
    """A mistake the user can fix: `Error: <message>` (and a hint) on stderr, exit code 1 (2 for usage)."""

    def __init__(self, message: str, hint: str = "", exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.hint = hint
        # click types exit_code as a class constant but reads it from the instance: one class, exits 1, 2 and 130
        self.exit_code = exit_code  # type: ignore[misc]

    def show(self, file=None) -> None:
        click.echo(f"Error: {self.format_message()}" + (f"\n{self.hint}" if self.hint else ""), err=True)


@contextmanager
def _user_errors():
    try:
        yield
    except Failure:
        raise
    except click.exceptions.NoArgsIsHelpError:
        raise  # bare `quizgen`: click prints the help
    except click.UsageError as exc:
        hint = f"Try '{exc.ctx.command_path} --help' for help." if exc.ctx else ""
        raise Failure(exc.format_message(), hint, EXIT_USAGE) from None
    except QuizgenError as exc:
        raise Failure(str(exc)) from None
    except KeyboardInterrupt:
        message = "interrupted. Files reported above are complete; every other output was left as it was."
        raise Failure(message, exit_code=EXIT_INTERRUPTED) from None


@contextmanager
def _printed_warnings():
    """Show each QuizgenWarning (a question left out or shortened for a format) as `Warning: ...` on stderr.

    Other warnings come from the libraries, about their own work (dateutil on a page date's time
    zone it does not know): what matters of it reaches the user as quizgen's own warning or error,
    so they are dropped, unless Python was asked to show warnings (`-W`, `PYTHONWARNINGS`).
    Build workers are forked inside this context and inherit it.
    """
    import warnings

    from .errors import QuizgenWarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, QuizgenWarning):
            click.echo(f"Warning: {message}", err=True)
        elif sys.warnoptions:
            original(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        warnings.simplefilter("always", QuizgenWarning)
        original, warnings.showwarning = warnings.showwarning, show
        yield


class QuizgenGroup(click.Group):
    """A click group whose errors, its subcommands' included, all read `Error: ...` (exit 1 or 2)."""

    def make_context(self, *args, **kwargs):
        with _user_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _user_errors(), _printed_warnings():
            return super().invoke(ctx)


# --- shared options -----------------------------------------------------------------------


def _options(*options):
    def decorate(command):
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


build_options = _options(  # passed on to build_quiz(count=..., seed=...)
    click.option("--count", type=click.IntRange(min=1), help="Questions per quiz [default: scales with length]."),
    click.option("--seed", type=int, help="Seed for choice order and distractors [default: from the article]."),
)
output_options = _options(  # passed on to write_quiz for each format
    click.option(
        "-o",
        "--output-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("decks"),
        show_default=True,
        help="Folder to write into (created if missing).",
    ),
    click.option(
        "--format",
        "formats",
        type=click.Choice(list(FORMATS), case_sensitive=False),
        multiple=True,
        default=DEFAULT_FORMATS,
        show_default=True,
        help="Output format, in any case; repeat for several.",
    ),
)

recursive_option = click.option(
    "-r", "--recursive", is_flag=True, help="Folders: also the articles in the folders inside them."
)


def worksheet_options(command):
    """The worksheet's options (html, pdf), passed to the command as one `options` ExportOptions."""
    names = [f.name for f in dataclasses.fields(ExportOptions) if f.name != "timestamp"]

    @functools.wraps(command)
    def gather(*args, **kwargs):
        refuse_unused(names, kwargs["formats"], WORKSHEET_FORMATS, "the worksheet")
        return command(*args, options=ExportOptions(**{n: kwargs.pop(n) for n in names}), **kwargs)

    return _options(
        click.option(
            "--versions",
            type=click.IntRange(1, MAX_VERSIONS),
            default=1,
            show_default=True,
            help="Worksheet versions A, B, ...: own question and option order, own answer key.",
        ),
        click.option(
            "--paper",
            type=click.Choice(PAPERS, case_sensitive=False),
            default="a4",
            show_default=True,
            help="Worksheet paper size.",
        ),
        click.option(
            "--word-bank/--no-word-bank", default=True, show_default=True, help="Box the cloze answers as a word bank."
        ),
        click.option("--large-print", is_flag=True, help="Worksheet text 18 pt and up."),
        click.option(
            "--dyslexia-friendly",
            is_flag=True,
            help="Worksheet in a plain sans-serif at 13 pt on cream, 1.5 line spacing, no italics.",
        ),
        click.option(
            "--article/--no-article",
            default=True,
            show_default=True,
            help="Print the article, its paragraphs numbered, before the questions.",
        ),
    )(gather)


def refuse_unused(names, formats, needs: tuple[str, ...], what: str) -> None:
    """A usage error when options among `names` were given on the command line but none of the formats they
    act on (`needs`) is written: `--deck-name X --format json` would otherwise quietly write a deck or nothing."""
    if set(formats) & set(needs):
        return
    ctx = click.get_current_context()
    given = [_option_as_given(ctx, n) for n in names if ctx.get_parameter_source(n) is not ParameterSource.DEFAULT]
    if given:
        wanted = " or ".join(f"--format {f}" for f in needs)
        options = " and ".join([", ".join(given[:-1]), given[-1]] if len(given) > 1 else given)
        raise click.UsageError(
            f"{options} {'is' if len(given) == 1 else 'are'} for {what}, but no "
            f"{' or '.join(needs)} format is written. Add {wanted}, or leave "
            f"{'it' if len(given) == 1 else 'them'} out."
        )


def _option_as_given(ctx: click.Context, name: str) -> str:
    """The option as the user typed it: '--paper', '--no-word-bank'."""
    param = next(p for p in ctx.command.params if p.name == name)
    if isinstance(param, click.Option) and param.secondary_opts and not ctx.params.get(name, True):
        return param.secondary_opts[0]
    return max(param.opts, key=len)


# --- helpers ------------------------------------------------------------------------------


def shown(path: Path | str) -> str:
    """`path` relative to the current folder when it is inside it, else as it is."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_source(source: str):
    """An Article from a file, an http(s) address, or standard input for `-` (named from its title)."""
    from .articles import read_article

    return read_article(source)


def ask_for_paste(sources) -> None:
    """Reading `-` from a terminal would wait without a word: say what to do (on stderr, so stdout stays clean)."""
    if "-" in sources and sys.stdin.isatty():
        keys = "Ctrl-Z, then Enter" if os.name == "nt" else "Ctrl-D"
        click.echo(f"Paste the article, then press {keys} on a new line.", err=True)


def write_all(quiz, formats: tuple[str, ...], output_dir: Path, options: ExportOptions = ExportOptions()) -> list[Path]:
    """Every format of `quiz`, put in place all together or not at all."""
    from .exporters import stage_formats
    from .fileio import replace_all

    try:
        staged = stage_formats(quiz, formats, output_dir, options)
        replace_all(staged)  # removes the staged files if it fails
        return [final for _, final in staged]
    except OSError as exc:
        reason = exc.strerror or exc
        raise ExportError(f"could not write into {output_dir}: {reason}. Check it is a writable folder.") from exc


def report_line(name: str, n: int, paths) -> str:
    return f"{name}: {n} question{'s' if n != 1 else ''} -> {', '.join(shown(p) for p in paths)}"


def run_articles(sources, settings, *, jobs: int = 1, quiet: bool = False, totals: bool = False) -> int:
    """Build `sources` with the batch library and report; returns the exit code (1 if any failed).

    stdout: a line per article built (unless quiet), the one deck, the totals (`totals`).
    stderr: warnings as they come, a progress line on a terminal (unless quiet; it names an
    article that takes more than a few seconds), and at the end each skipped file (with
    `totals`; else as it comes) and each failure on its own line, `Skipped: <file>: <reason>`
    and `Error: <file>: <reason>`.
    """
    from collections import Counter

    from .batch import BUILT, FAILED, SKIPPED, run_batch
    from .exporters import check_formats
    from .progress import ProgressLine

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
            progress.update(done, counts, shown(outcome.source))

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


# --- commands -----------------------------------------------------------------------------


@click.group(name="quizgen", cls=QuizgenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizgen", prog_name="quizgen")
def cli():
    """Turn news articles into quizzes: an Anki deck, a printable worksheet and quiz JSON.

    \b
    Examples:
      quizgen build                          # every seeds/*.txt -> decks/
      quizgen generate article.txt -o out/ --format html
      quizgen render out/article.json        # after editing the questions
    """


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Articles built at once [default: one per processor]."
)


@cli.command(short_help="Make quizzes from folders, files and patterns of articles, in parallel.")
@click.argument("inputs", nargs=-1)
@output_options
@jobs_option
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress line and no line per article; warnings, errors and the summary still show.",
)
@click.option("--one-deck", is_flag=True, help="One Anki deck with a subdeck per article instead of a deck each.")
@click.option(
    "--deck-name", help="Name of the one deck and its file (implies --one-deck) [default: the output folder's name]."
)
@recursive_option
@worksheet_options
@build_options
@click.pass_context
def build(ctx, inputs, output_dir: Path, formats, jobs, quiet, one_deck, deck_name, recursive, count, seed, options):
    """Make a quiz from every article in INPUTS: folders, files and glob patterns (default: seeds/).

    A folder or pattern gives its .txt, .md and .html files (with -r, those in the folders
    inside too); a file is read whatever its name. Articles are built in parallel, the
    output is the same as one at a time. A file that fails is named at the end with its
    reason and the others are still built; the exit code is then 1. Each file skipped (an
    article that gives no question, a .docx in a folder) is named at the end with why.

    \b
    Examples:
      quizgen build
      quizgen build articles/ -o decks/ --count 10 --seed 1
      quizgen build term-1/ 'archive/**/*.txt' extra.md --jobs 2
      quizgen build -r school-year/
      quizgen build term-1/ --one-deck --deck-name "Term 1 news"
    """
    from .batch import BatchSettings, collect_inputs, default_jobs

    refuse_unused(("one_deck", "deck_name"), formats, ("apkg",), "the one Anki deck")
    if not inputs and not Path("seeds").is_dir():
        raise click.UsageError(
            "give the folders, files or patterns of articles to build (there is no seeds/ folder "
            "here to build by default)."
        )
    sources = collect_inputs(inputs or ("seeds",), recursive=recursive)
    if one_deck or deck_name:
        deck_name = deck_name or Path(output_dir).resolve().name or "quizgen"
    settings = BatchSettings(
        output_dir=output_dir,
        formats=formats,
        options=options,
        count=count,
        seed=seed,
        one_deck=deck_name if (one_deck or deck_name) else None,
    )
    ctx.exit(run_articles(sources, settings, jobs=jobs or default_jobs(), quiet=quiet, totals=True))


@cli.command(short_help="Make quizzes from article files or standard input.")
@click.argument("articles", nargs=-1, required=True)
@output_options
@jobs_option
@recursive_option
@worksheet_options
@build_options
@click.pass_context
def generate(ctx, articles: tuple[str, ...], output_dir: Path, formats, jobs, recursive, count, seed, options):
    """Make a quiz from each ARTICLE: a .txt, .md or .html file, an http(s) address, or - for standard input.

    With -r a folder gives its articles and those of the folders inside; without, a folder
    is an error.

    \b
    Examples:
      quizgen generate article.txt
      quizgen generate saved-page.html notes.md
      quizgen generate https://www.example.org/news/story
      quizgen generate a.txt b.txt -o out/ --format json --format html
      quizgen generate article.txt --format pdf --versions 2 --paper letter
      pbpaste | quizgen generate - --count 8 --seed 3
    """
    from .batch import BatchSettings, collect_inputs, default_jobs

    if articles.count("-") > 1:
        raise click.BadParameter("'-' (standard input) can be given only once.", param_hint="ARTICLES")
    settings = BatchSettings(output_dir=output_dir, formats=formats, options=options, count=count, seed=seed)
    ask_for_paste(articles)
    sources = collect_inputs(articles, expand=recursive, recursive=recursive)
    ctx.exit(run_articles(sources, settings, jobs=jobs or default_jobs()))


@cli.command(short_help="Write a hand-edited quiz JSON file out again.")
@click.argument("quiz_file", type=click.Path(path_type=Path))
@output_options
@worksheet_options
def render(quiz_file: Path, output_dir: Path, formats, options):
    """Write the deck and worksheet again from a (hand-edited) quiz JSON file.

    \b
    Examples:
      quizgen render decks/article.json
      quizgen render quiz.json --format html -o print/
    """
    from .exporters import check_formats
    from .quizfile import load_quiz

    check_formats(formats)
    quiz = load_quiz(quiz_file)
    click.echo(report_line(str(quiz_file), len(quiz.questions), write_all(quiz, formats, output_dir, options)))


@cli.command(short_help="Show the people, places, dates and quotes found.")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON (the gold-file shape).")
def analyze(article: str, as_json: bool):
    """Show what quizgen found in ARTICLE: people, places, dates, numbers, quotes.

    \b
    Examples:
      quizgen analyze seeds/zelenskyy-carney-g7.txt
      quizgen analyze article.txt --json > article.gold.json
    """
    from .analysis import analyze as analyze_article

    ask_for_paste([article])
    gold = analyze_article(read_source(article)).to_gold_dict()
    click.echo(json.dumps(gold, ensure_ascii=False, indent=2) if as_json else summary(gold))


def summary(gold: dict[str, Any]) -> str:
    def entity(e: dict[str, Any]) -> str:
        extras = [", ".join(e.get("roles", []))] + [f"also {', '.join(e['aliases'])}" if e["aliases"] else ""]
        return str(e["name"]) + "".join(f"; {x}" for x in extras if x)

    sections = [
        ("People", [entity(p) for p in gold["people"]]),
        ("Organisations", [entity(o) for o in gold["organizations"]]),
        ("Places", [entity(p) for p in gold["places"]]),
        ("Dates", gold["dates"]),
        ("Numbers", gold["numbers"]),
        ("Quotes", [f"“{q['text']}” — {q['speaker'] or 'speaker unknown'}" for q in gold["quotes"]]),
    ]
    lines = [gold["title"]]
    for heading, items in sections:
        lines.append(f"\n{heading} ({len(items)}):")
        lines.extend(f"  {item}" for item in items or ["(none)"])
    return "\n".join(lines)


@cli.command(short_help="Print the JSON Schema of quiz files.")
def schema():
    """Print the JSON Schema of the quiz file that `generate` writes and `render` reads.

    \b
    Example:
      quizgen schema > quiz.schema.json
    """
    from .models import Quiz

    click.echo(json.dumps(Quiz.model_json_schema(), ensure_ascii=False, indent=2))


@cli.command(short_help="List the output formats and where each one goes.")
def formats():
    """List every --format: its name, the file it writes and where to use it.

    \b
    Example:
      quizgen formats
    """
    rows = [(f.name, f"<slug>{f.suffix}", f.description) for f in FORMATS.values()]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    for name, pattern, description in rows:
        click.echo(f"{name:<{widths[0]}}  {pattern:<{widths[1]}}  {description}")


@cli.command(short_help="Review, edit and download quizzes in the browser (a local web app).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to serve on; another than this computer's own (127.0.0.1) opens it to the network.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the quizzes' database [default: your user data folder].",
)
@click.option("--no-browser", is_flag=True, help="Do not open the page in the browser.")
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Let the page fetch articles from this computer or the local network (refused by default).",
)
def serve(host: str, port: int, data_dir: Path | None, no_browser: bool, allow_private_urls: bool):
    """Start the teacher's page: make a quiz from pasted text, a file or an address, keep, drop,
    edit and reorder its questions, and download it in every format. Ctrl-C stops it.

    \b
    Needs the serve extra: pip install 'quizgen[serve]'
    Example:
      quizgen serve --no-browser             # then open http://127.0.0.1:8000/
    """
    from .serve import serve as run_server

    run_server(
        host=host,
        port=port,
        data_dir=data_dir,
        open_browser=not no_browser,
        allow_private_urls=allow_private_urls,
        say=click.echo,
        warn=lambda message: click.echo(f"Warning: {message}", err=True),
    )


def main() -> None:
    cli(prog_name="quizgen")
