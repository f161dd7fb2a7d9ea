"""Options shared by several commands, each stack of them one decorator."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import click
from click.core import ParameterSource

from ..exporters import DEFAULT_FORMATS, FORMATS, MAX_VERSIONS, PAPERS, WORKSHEET_FORMATS, ExportOptions


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


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Articles built at once [default: one per processor]."
)
