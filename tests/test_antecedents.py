"""Golden cases for statements of sentences that open on "He", "She", "His" or "Her".

The pronoun is replaced by the person the sentence before names only when no reader could
hesitate: a wrong person is a wrong key. The shapes are those of real news sentences (a
sports profile, an obituary, a politics report); the texts are our own.
"""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.antecedents import resolve_opening
from quizgen.generators.statements import generate
from quizgen.models import normalize
from quizgen.pipeline import build_quiz
from quizgen.shapes import make_question


def analysis_of(*paragraphs: str):
    return analyze(parse_article("Headline of the test\n\n" + "\n\n".join(paragraphs) + "\n", name="antecedents"))


def resolved(*paragraphs: str) -> str | None:
    """The last sentence of the article, its opening pronoun resolved, or None."""
    analysis = analysis_of(*paragraphs)
    found = resolve_opening(analysis.sentences[-1], analysis)
    return found.text if found else None


def statements_of(*paragraphs: str) -> dict[str, str]:
    """Each statement the article gives, keyed by its source sentence."""
    return {c.source.text: c.answer for c in generate(analysis_of(*paragraphs)) if c.shape == "true_false"}


RESOLVED = [
    pytest.param(
        ("Thierry Henry left Monaco for Juventus in January 1999. He joined Arsenal in August 1999.",),
        "Thierry Henry joined Arsenal in August 1999.",
        id="full-name-subject",
    ),
    pytest.param(
        (
            "US actor Chadwick Boseman died at his home in Los Angeles on Friday, his family said. Boseman was born in South Carolina. "
            "He attended Howard University in Washington, from which he graduated in 2000.",
        ),
        "Chadwick Boseman attended Howard University in Washington, from which he graduated in 2000.",
        id="surname-subject-full-name-statement",
    ),
    pytest.param(
        ("Chancellor Gordon Brown said 12,500 jobs had gone in the civil service. He plans to cut 104,000 jobs.",),
        "Gordon Brown plans to cut 104,000 jobs.",
        id="title-before-the-subject",
    ),
    pytest.param(
        (
            "Singer Doris Day recorded more than 650 songs between 1947 and 1967. "
            "Her first hit reached number one in the United States in 1945.",
        ),
        "Doris Day's first hit reached number one in the United States in 1945.",
        id="her-and-a-noun",
    ),
    pytest.param(
        (
            "Charlie Simpson took his new band Fightstar to the stage on Friday night in Coventry.",
            "He was greeted by a sell-out crowd at the University of Warwick.",
        ),
        "Charlie Simpson was greeted by a sell-out crowd at the University of Warwick.",
        id="paragraph-before-about-him-alone",
    ),
    pytest.param(
        ("Mr Clement said that the Russian government was obliged to enter arbitration. He added a new claim.",),
        "Mr Clement added a new claim.",
        id="no-full-name-the-honorific-stays",
    ),
    pytest.param(
        ("Thierry Henry scored 228 goals for Arsenal in 377 games. But he left Arsenal for Barcelona in June 2007.",),
        "Thierry Henry left Arsenal for Barcelona in June 2007.",
        id="after-a-connective",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RESOLVED)
def test_the_pronoun_becomes_the_only_person_it_can_stand_for(paragraphs, expected):
    assert resolved(*paragraphs) == expected


NOT_RESOLVED = [
    pytest.param(
        ("Arsenal manager Arsene Wenger praised Thierry Henry on Monday. He joined Arsenal in August 1999.",),
        id="two-men-in-the-sentence-before",
    ),
    pytest.param(
        ("Engineer Sarah Collins drew up the flood plan for Leeds City Council. He presented it in March 2024.",),
        id="a-woman-and-he",
    ),
    pytest.param(
        ("Engineer Sarah Collins drew up the flood plan for Gordon Brown. He presented it in March 2024.",),
        id="the-man-is-no-subject",
    ),
    pytest.param(
        ("“Thierry Henry is the best striker in the world,” the coach told reporters. He joined Arsenal in 1999.",),
        id="the-person-only-in-a-quotation",
    ),
    pytest.param(
        ("Thierry Henry's agent met Arsenal officials in London on Monday. He flew to Paris on Tuesday.",),
        id="the-person-as-an-owner",
    ),
    pytest.param(
        ("Thierry Henry travelled to Paris with his brother on Monday. He returned to London on Tuesday.",),
        id="another-man-without-a-name",
    ),
    pytest.param(
        ("Thierry Henry and Robert Pires scored for Arsenal in the 2-0 win over Chelsea. He scored again in May.",),
        id="one-of-two",
    ),
    pytest.param(
        (
            "Robert Pires scored twice for Arsenal in the 3-1 win over Leeds. "
            "Thierry Henry was named man of the match by Sky Sports.",
            "He joined Arsenal from Marseille in 2000.",
        ),
        id="a-paragraph-that-opens-on-he-after-one-about-another-man",
    ),
    pytest.param(
        ("Gordon Brown met Kim Jones at the Treasury on Monday. He plans to cut 104,000 jobs.",),
        id="someone-of-unknown-gender",
    ),
]


@pytest.mark.parametrize("paragraphs", NOT_RESOLVED)
def test_a_pronoun_that_may_stand_for_someone_else_is_left_alone(paragraphs):
    assert resolved(*paragraphs) is None


def test_he_said_and_a_quotation_is_no_statement():
    found = statements_of(
        "Thierry Henry joined Arsenal from Juventus in August 1999. "
        "He said: “Arsenal is the club where I became a man in 1999.”"
    )
    assert not any(source.startswith("He said") for source in found)


def test_what_the_person_did_so_is_no_statement():
    found = statements_of(
        "In early September, Julie Payette, the Governor General of Canada, dissolved the 42nd Parliament. "
        "She did so at the request of Justin Trudeau, then the Prime Minister of Canada."
    )
    assert not any(source.startswith("She did so") for source in found)


def test_a_hedge_stays_a_hedge_once_the_name_is_in_place():
    found = statements_of(
        "IMF boss Rodrigo Rato was asked by G7 ministers in London to carry out a study into gold reserves. "
        "He is expected to present his conclusions at an IMF meeting in Washington in April 2005."
    )
    assert not any(source.startswith("He is expected") for source in found)


ARTICLE = """Henry returns to Arsenal as a coach

Thierry Henry left Monaco for Juventus in January 1999 and moved to London seven months later. He joined Arsenal in August 1999 for a fee of £11m.

Arsenal sold Patrick Vieira to Juventus in July 2005 for £13.7m. Vieira played 279 league games for Arsenal between 1996 and 2005.

Thierry Henry scored 228 goals for Arsenal in 377 games. He left Arsenal for Barcelona in June 2007.
"""


def test_a_resolved_statement_is_true_or_false_with_the_article_s_own_sentence_as_its_source():
    analysis = analyze(parse_article(ARTICLE, name="henry"))
    candidates = [c for c in generate(analysis) if c.source.text.startswith("He ") and c.shape == "true_false"]
    assert candidates
    for candidate in candidates:
        assert candidate.answer.startswith("Thierry Henry ")
        assert normalize(candidate.answer[len("Thierry Henry ") :]) in normalize(candidate.source.text)
        assert candidate.variants, "a resolved statement keeps its facts to swap"
        for variant in candidate.variants:
            assert variant.statement.startswith("Thierry Henry ")
            assert variant.statement != candidate.answer
        question = make_question(candidate, analysis, random.Random(1))
        assert question is not None and question.source_sentence == candidate.source.text


def test_a_resolved_statement_reaches_the_quiz_with_its_source_sentence():
    quiz = build_quiz(parse_article(ARTICLE, name="henry"), count=100)
    resolved_questions = [q for q in quiz.questions if q.source_sentence.startswith("He ") and q.type == "true_false"]
    assert resolved_questions
    for question in resolved_questions:
        shown = question.correction or question.prompt
        assert shown.startswith("Thierry Henry ")
