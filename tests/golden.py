"""What the golden tests of the blind reviews' rejections ask of a sentence: is a blank keyed to
this made and kept, which statements are made and with which false versions, which true/false
statements pass every check. One article of the given text under a plain headline."""

from __future__ import annotations

import random

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.checks import check
from quizgen.generators import generate_all, statements
from quizgen.models import Analysis
from quizgen.shapes import make_question

HEADLINE = "Golden article"


def golden_analysis(text: str, headline: str = HEADLINE) -> Analysis:
    return analyze(parse_article(f"{headline}\n\n{text}", name="golden"))


def kept(text: str, key: str, headline: str = HEADLINE) -> bool:
    """Whether some blank or option question keyed to `key` is made and passes every check."""
    analysis = golden_analysis(text, headline)
    for candidate in generate_all(analysis):
        if candidate.answer != key or candidate.shape not in ("cloze", "choice"):
            continue
        question = make_question(candidate, analysis, random.Random(0))
        if question is not None and not check(question, candidate, analysis):
            return True
    return False


def made(text: str) -> dict[str, list[str]]:
    """Each statement made, with its false versions."""
    return {c.answer: [v.statement for v in c.variants] for c in statements.generate(golden_analysis(text))}


def altered(text: str, prefix: str) -> list[str]:
    """The false versions of the statement that starts with `prefix`."""
    return next(v for s, v in made(text).items() if s.startswith(prefix))


def statements_shown(text: str) -> list[str]:
    """The true/false statements made from `text` that pass every check."""
    analysis = golden_analysis(text)
    shown = []
    for candidate in generate_all(analysis):
        if candidate.shape != "true_false":
            continue
        question = make_question(candidate, analysis, random.Random(0))
        if question is not None and not check(question, candidate, analysis):
            shown.append(question.prompt)
    return shown
