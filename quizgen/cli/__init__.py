"""The `quizgen` command: thin click commands over the library.

Each command parses its options, calls the library and prints (failures.py says how it fails,
options.py holds the options several commands share, running.py builds and reports articles).
Heavy modules (the pipeline, the analysis) are imported inside the commands so `quizgen --help`
stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..exporters import FORMATS
from .failures import QuizgenGroup
from .options import build_options, jobs_option, output_options, recursive_option, refuse_unused, worksheet_options
from .running import ask_for_paste, read_source, report_line, run_articles, write_all


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
    from ..batch import BatchSettings, collect_inputs, default_jobs

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
    from ..batch import BatchSettings, collect_inputs, default_jobs

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
    from ..exporters import check_formats
    from ..quizfile import load_quiz

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
    from ..analysis import analyze as analyze_article

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
    from ..models import Quiz

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
    from ..serve import serve as run_server

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
