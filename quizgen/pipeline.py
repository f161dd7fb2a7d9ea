"""build_quiz: analyze -> generate -> check -> rank, as one pure function of article and seed."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field

from pydantic import ValidationError

from .analysis import analyze
from .checks import check
from .errors import NoQuestionsError
from .generators import Candidate, generate_all
from .generators.distractors import choose
from .models import Analysis, Article, ClozeQuestion, MultipleChoiceQuestion, Question, Quiz
from .rank import balance_positions, default_count, in_reading_order, score, select

OPTIONS = 4


@dataclass(frozen=True)
class BuildReport:
    """What happened while building one quiz: for the benchmark and the batch summary."""

    candidates: int  # questions generated before checks
    accepted: int  # passed every check, before ranking trimmed to the quiz size
    rejections: dict[str, int] = field(default_factory=dict)  # check name -> candidates it rejected
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
        question = _make_question(candidate, analysis, rng)
        if question is None:
            rejections["no-valid-options"] += 1
            continue
        problems = check(question, candidate, analysis)
        if problems:
            rejections[problems[0].check] += 1
            continue
        accepted.append((score(question, candidate, len(analysis.sentences)), question, candidate))
    wanted = count if count is not None else default_count(article.word_count)
    # A default quiz is mostly questions: at most 60% sentences with a blank; --count is honoured first.
    chosen = select(accepted, wanted, max_holes=None if count is not None else max(3, wanted * 3 // 5))
    if not chosen:
        raise NoQuestionsError(
            f"no question passed the checks for {article.title!r} ({len(candidates)} candidates). "
            "The text may be too short or hold no names, numbers or quotations."
        )
    questions = balance_positions(in_reading_order(chosen), rng)
    warnings = ()
    if count is not None and len(questions) < count:
        warnings = (f"only {len(questions)} questions passed the checks (asked for {count})",)
    quiz = Quiz(title=article.title, slug=article.slug, source=article.source, seed=seed, questions=tuple(questions))
    report = BuildReport(len(candidates), len(accepted), dict(rejections), warnings)
    return quiz, report


def _make_question(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question | None:
    try:
        if candidate.cloze:
            return ClozeQuestion(
                id=candidate.question_id(), kind=candidate.kind, prompt=candidate.prompt, answer=candidate.answer,
                source_sentence=candidate.source.text, hint=candidate.hint,
            )
        distractors = choose(candidate, analysis, rng, OPTIONS - 1)
        return MultipleChoiceQuestion(
            id=candidate.question_id(), kind=candidate.kind, prompt=candidate.prompt, answer=candidate.answer,
            choices=(candidate.answer, *distractors), source_sentence=candidate.source.text,
        )
    except ValidationError:
        return None
