"""build_quiz: analyze -> generate -> check -> rank, as one pure function of article and seed."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field

from .analysis import analyze
from .arrange import balance_positions, balance_truth, in_reading_order
from .checks import check
from .errors import NoQuestionsError
from .generators import Candidate, generate_all
from .models import Analysis, Article, Question, Quiz
from .rank import default_count, hole_cap, score, select
from .shapes import make_question, restated


@dataclass(frozen=True)
class BuildReport:
    """What happened while building one quiz: for the benchmark and the batch summary."""

    candidates: int  # questions generated before checks
    accepted: int  # passed every check, before ranking trimmed to the quiz size
    rejections: dict[str, int] = field(default_factory=dict)  # check name -> candidates it rejected
    accepted_kinds: dict[str, int] = field(default_factory=dict)  # question kind -> candidates that passed
    warnings: tuple[str, ...] = ()


def article_seed(article: Article) -> int:
    """The default seed: the same article always gives the same quiz."""
    digest = hashlib.sha256("\n".join(article.paragraphs).encode()).digest()
    return int.from_bytes(digest[:4], "big")


def build_quiz(article: Article, *, count: int | None = None, seed: int | None = None) -> Quiz:
    """The quiz for one article: `count` questions (default scales with length), seeded."""
    return build_quiz_with_report(article, count=count, seed=seed)[0]


def build_quiz_with_report(
    article: Article, *, count: int | None = None, seed: int | None = None, analysis: Analysis | None = None
) -> tuple[Quiz, BuildReport]:
    seed = article_seed(article) if seed is None else seed
    rng = random.Random(seed)
    analysis = analysis or analyze(article)
    candidates = generate_all(analysis)
    accepted: list[tuple[float, Question, Candidate]] = []
    rejections: Counter[str] = Counter()
    for candidate in candidates:
        question = make_question(candidate, analysis, rng)
        if question is None:
            rejections["no-valid-options"] += 1
            continue
        problems = check(question, candidate, analysis)
        if [p.check for p in problems] == ["too-few-options"] and (true_false := restated(candidate, question)):
            candidate = true_false
            question = make_question(candidate, analysis, rng)
            if question is None:
                rejections["no-valid-options"] += 1
                continue
            problems = check(question, candidate, analysis)
        if problems:
            rejections[problems[0].check] += 1
            continue
        accepted.append((score(question, candidate, len(analysis.sentences)), question, candidate))
    wanted = count if count is not None else default_count(article.word_count)
    # A default quiz is mostly questions, of several kinds; --count is honoured first.
    chosen = select(
        accepted,
        wanted,
        max_holes=None if count is not None else hole_cap(wanted),
        max_share=None if count is not None else 0.5,
    )
    if not chosen:
        raise NoQuestionsError(
            f"no question passed the checks for {article.title!r} ({len(candidates)} candidates). "
            "The text may be too short or hold no names, numbers or quotations."
        )
    questions = balance_positions(in_reading_order(balance_truth(chosen, rng)), rng)
    warnings: tuple[str, ...] = ()
    if count is not None and len(questions) < count:
        warnings = (f"only {len(questions)} questions passed the checks (asked for {count})",)
    quiz = Quiz(
        title=article.title,
        slug=article.slug,
        source=article.source,
        seed=seed,
        questions=tuple(questions),
        paragraphs=article.paragraphs,
    )
    kinds = Counter(question.kind.value for _, question, _ in accepted)
    report = BuildReport(len(candidates), len(accepted), dict(rejections), dict(kinds), warnings)
    return quiz, report
