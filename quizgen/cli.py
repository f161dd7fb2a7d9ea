"""The `quizgen` command: thin click commands over the library.

Each command parses its options, calls the library and prints. Every QuizgenError and every
usage mistake becomes `Error: ...` on stderr with exit code 1; anything else is a bug and
keeps its traceback. Heavy modules (the pipeline, the analysis) are imported inside the
commands so `quizgen --help` stays fast.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import ArticleError, ExportError, QuizgenError
from .exporters import DEFAULT_FORMATS, FORMATS
from .exporters import MAX_VERSIONS, PAPERS, ExportOptions


class Failure(click.ClickException):
    """A mistake the user can fix: `Error: <message>` (and a hint) on stderr, exit code 1."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

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
        raise Failure(exc.format_message(), hint) from None
    except QuizgenError as exc:
        raise Failure(str(exc)) from None


@contextmanager
def _printed_warnings():
    """Show each QuizgenWarning (a question left out or shortened for a format) as `Warning: ...` on stderr."""
    import warnings

    from .errors import QuizgenWarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, QuizgenWarning):
            click.echo(f"Warning: {message}", err=True)
        else:
            original(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        warnings.simplefilter("always", QuizgenWarning)
        original, warnings.showwarning = warnings.showwarning, show
        yield


class QuizgenGroup(click.Group):
    """A click group whose errors, its subcommands' included, all read `Error: ...`, exit 1."""

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
    click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("decks"),
                 show_default=True, help="Folder to write into (created if missing)."),
    click.option("--format", "formats", type=click.Choice(list(FORMATS)), multiple=True, default=DEFAULT_FORMATS,
                 show_default=True, help="Output format; repeat for several."),
)


def worksheet_options(command):
    """The worksheet's options (html, pdf), passed to the command as one `options` ExportOptions."""
    names = [f.name for f in dataclasses.fields(ExportOptions) if f.name != "timestamp"]

    @functools.wraps(command)
    def gather(*args, **kwargs):
        return command(*args, options=ExportOptions(**{n: kwargs.pop(n) for n in names}), **kwargs)

    return _options(
        click.option("--versions", type=click.IntRange(1, MAX_VERSIONS), default=1, show_default=True,
                     help="Worksheet versions A, B, ...: own question and option order, own answer key."),
        click.option("--paper", type=click.Choice(PAPERS), default="a4", show_default=True, help="Worksheet paper size."),
        click.option("--word-bank/--no-word-bank", default=True, show_default=True,
                     help="Box the cloze answers as a word bank."),
        click.option("--large-print", is_flag=True, help="Worksheet text 18 pt and up."),
        click.option("--dyslexia-friendly", is_flag=True,
                     help="Worksheet in a plain sans-serif at 13 pt on cream, 1.5 line spacing, no italics."),
    )(gather)


# --- helpers ------------------------------------------------------------------------------


def shown(path: Path) -> str:
    """`path` relative to the current folder when it is inside it, else as it is."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_source(source: str):
    """An Article from a file, an http(s) address, or standard input for `-` (named from its title)."""
    from .articles import read_article

    return read_article(source)


def write_all(quiz, formats: tuple[str, ...], output_dir: Path, options: ExportOptions = ExportOptions()) -> list[Path]:
    from .exporters import write_quiz

    try:
        return [write_quiz(quiz, fmt, output_dir, options) for fmt in dict.fromkeys(formats)]
    except OSError as exc:
        reason = exc.strerror or exc
        raise ExportError(f"could not write into {output_dir}: {reason}. Check it is a writable folder.") from exc


def report_line(name: str, quiz, paths: list[Path]) -> str:
    n = len(quiz.questions)
    return f"{name}: {n} question{'s' if n != 1 else ''} -> {', '.join(shown(p) for p in paths)}"


def make_quizzes(sources: list[str], *, count, seed, formats, output_dir, options=ExportOptions()) -> tuple[int, int]:
    """Build and write one quiz per source, reporting each; a failure does not stop the rest.

    Returns (quizzes written, questions written); failures are printed as `Error: <file>: ...`.
    """
    from .exporters import check_formats
    from .pipeline import build_quiz

    check_formats(formats)  # a missing extra (PDF) fails once, before any article is read
    built = questions = 0
    slugs: dict[str, str] = {}
    for source in sources:
        name = "standard input" if source == "-" else source
        try:
            quiz = build_quiz(read_source(source), count=count, seed=seed)
            if quiz.slug in slugs:
                other = slugs[quiz.slug]
                raise ExportError(f"its quiz is named {quiz.slug!r} like {other}'s; rename one of them.")
            slugs[quiz.slug] = name
            paths = write_all(quiz, formats, output_dir, options)
        except QuizgenError as exc:
            message = str(exc)
            click.echo(f"Error: {message if message.startswith(name) else f'{name}: {message}'}", err=True)
            continue
        click.echo(report_line(name, quiz, paths))
        built, questions = built + 1, questions + len(quiz.questions)
    return built, questions


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


@cli.command(short_help="Make quizzes from every .txt article in a folder.")
@click.argument("input_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("seeds"))
@output_options
@worksheet_options
@build_options
@click.pass_context
def build(ctx, input_dir: Path, output_dir: Path, formats, count, seed, options):
    """Make a quiz from every *.txt article in INPUT_DIR (default: seeds/).

    A file that fails is reported and skipped; the exit code is then 1.

    \b
    Examples:
      quizgen build
      quizgen build articles/ -o decks/ --count 10 --seed 1
    """
    sources = [str(p) for p in sorted(input_dir.glob("*.txt"))]
    if not sources:
        raise ArticleError(f"{input_dir} has no .txt articles. Save articles there as UTF-8 .txt files.")
    built, questions = make_quizzes(sources, count=count, seed=seed, formats=formats, output_dir=output_dir,
                                    options=options)
    failed = len(sources) - built
    summary = f"Built {built} of {len(sources)} articles ({questions} questions) into {shown(output_dir)}/"
    click.echo(summary + (f"; {failed} failed (see the errors above)." if failed else "."))
    ctx.exit(1 if failed else 0)


@cli.command(short_help="Make quizzes from article files or standard input.")
@click.argument("articles", nargs=-1, required=True)
@output_options
@worksheet_options
@build_options
@click.pass_context
def generate(ctx, articles: tuple[str, ...], output_dir: Path, formats, count, seed, options):
    """Make a quiz from each ARTICLE: a .txt, .md or .html file, an http(s) address, or - for standard input.

    \b
    Examples:
      quizgen generate article.txt
      quizgen generate saved-page.html notes.md
      quizgen generate https://www.example.org/news/story
      quizgen generate a.txt b.txt -o out/ --format json --format html
      quizgen generate article.txt --format pdf --versions 2 --paper letter
      pbpaste | quizgen generate - --count 8 --seed 3
    """
    if articles.count("-") > 1:
        raise click.BadParameter("'-' (standard input) can be given only once.", param_hint="ARTICLES")
    built, _ = make_quizzes(list(articles), count=count, seed=seed, formats=formats, output_dir=output_dir,
                            options=options)
    ctx.exit(0 if built == len(articles) else 1)


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
    click.echo(report_line(str(quiz_file), quiz, write_all(quiz, formats, output_dir, options)))


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

    gold = analyze_article(read_source(article)).to_gold_dict()
    click.echo(json.dumps(gold, ensure_ascii=False, indent=2) if as_json else summary(gold))


def summary(gold: dict) -> str:
    def entity(e: dict) -> str:
        extras = [", ".join(e.get("roles", []))] + [f"also {', '.join(e['aliases'])}" if e["aliases"] else ""]
        return e["name"] + "".join(f"; {x}" for x in extras if x)

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


def main() -> None:
    cli(prog_name="quizgen")
