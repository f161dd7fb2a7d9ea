"""build_quiz: read -> analyze -> generate -> check -> rank, as one pure function."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Article, Quiz


@dataclass(frozen=True)
class BuildReport:
    """What happened while building one quiz: for the benchmark and the batch summary."""

    candidates: int  # questions generated before checks
    accepted: int  # passed every check, before ranking trimmed to the quiz size
    rejections: dict[str, int] = field(default_factory=dict)  # check name -> candidates it rejected
    warnings: tuple[str, ...] = ()


def build_quiz(article: Article, *, count: int | None = None, seed: int | None = None) -> Quiz:
    """The quiz for one article: `count` questions (default scales with length), seeded."""
    return build_quiz_with_report(article, count=count, seed=seed)[0]


def build_quiz_with_report(article: Article, *, count: int | None = None, seed: int | None = None) -> tuple[Quiz, BuildReport]:
    raise NotImplementedError  # being written in this session
