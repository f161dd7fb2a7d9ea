"""How the command fails: every QuizgenError becomes `Error: ...` on stderr with exit code 1, every
usage mistake `Error: ...` with exit code 2, Ctrl-C exit code 130; anything else is a bug and keeps
its traceback. Library warnings meant for the user read `Warning: ...`."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from ..errors import QuizgenError

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

    from ..errors import QuizgenWarning

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
