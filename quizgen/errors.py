"""The errors quizgen raises for a user's mistake; the CLI prints them as `Error: ...`."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base of every error caused by input or options rather than by a bug."""


class ArticleError(QuizgenError):
    """An article could not be read or holds no usable text."""


class NoQuestionsError(QuizgenError):
    """An article was read but no acceptable question could be made from it."""


class QuizFileError(QuizgenError):
    """A quiz JSON file (often hand-edited) is malformed or invalid."""


class ExportError(QuizgenError):
    """An output could not be written in the requested format."""


class QuizgenWarning(UserWarning):
    """Something was left out or shortened to fit a format; the file was still written."""
