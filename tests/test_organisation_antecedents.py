"""Golden cases for statements of sentences that open on "It", "Its" or "The firm".

"It" is replaced by the organisation the sentence before names only when no reader could
hesitate: a wrong organisation is a wrong key, and "it" may be a dummy, a product, a deal or a
report. The shapes are those of real business news (results, takeovers, court cases); the texts
are our own.
"""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.organisation_antecedents import resolve_body
from quizgen.generators.statements import generate
from quizgen.models import normalize
from quizgen.pipeline import build_quiz
from quizgen.shapes import make_question


def analysis_of(*paragraphs: str):
    return analyze(parse_article("Headline of the test\n\n" + "\n\n".join(paragraphs) + "\n", name="bodies"))


def resolved(*paragraphs: str) -> str | None:
    """The last sentence of the article, its opening "It" or "The firm" resolved, or None."""
    analysis = analysis_of(*paragraphs)
    found = resolve_body(analysis.sentences[-1], analysis)
    return found.text if found else None


RESOLVED = [
    pytest.param(
        (
            "Drinks giant Diageo has reported a 10% rise in profits for the six months to December. "
            "It said sales had risen in Africa and Asia.",
        ),
        "Diageo said sales had risen in Africa and Asia.",
        id="it-said-after-a-title-and-the-name",
    ),
    pytest.param(
        (
            "Drinks giant Diageo reported a 10% rise in profits for the six months to December on Thursday. "
            "It also announced plans to buy back shares worth £1.5bn.",
        ),
        "Diageo also announced plans to buy back shares worth £1.5bn.",
        id="it-also-announced",
    ),
    pytest.param(
        (
            "Channel Tunnel operator Eurotunnel has seen sales fall in the face of competition from low-cost airlines. "
            "The firm said sales were down 4% in 2004 to 789m euros.",
        ),
        "Eurotunnel said sales were down 4% in 2004 to 789m euros.",
        id="the-firm",
    ),
    pytest.param(
        (
            "Scandal-hit jet fuel supplier China Aviation Oil has offered to repay its creditors $220m of the "
            "$550m it lost on trading in oil futures. The firm said it hoped to pay $100m now and another $120m later.",
        ),
        "China Aviation Oil said it hoped to pay $100m now and another $120m later.",
        id="the-firm-after-a-long-title",
    ),
    pytest.param(
        (
            "Diageo, the world's biggest drinks firm, has reported a 10% rise in profits for the six months to December.",
            "It said sales had risen in Africa and Asia.",
        ),
        "Diageo said sales had risen in Africa and Asia.",
        id="an-aside-after-the-name-and-a-new-paragraph",
    ),
    pytest.param(
        (
            "Deutsche Bank reported profits of $2bn in the three months to December. "
            "The bank said profits had doubled to $2bn in 2004.",
        ),
        "Deutsche Bank said profits had doubled to $2bn in 2004.",
        id="the-bank-for-a-bank",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RESOLVED)
def test_it_becomes_the_only_organisation_it_can_stand_for(paragraphs, expected):
    assert resolved(*paragraphs) == expected


NOT_RESOLVED = [
    pytest.param(
        (
            "Microsoft reported profits of $2bn in the three months to December. It is thought that the firm will cut 500 jobs.",
        ),
        id="dummy-it-is-thought",
    ),
    pytest.param(
        (
            "Microsoft reported profits of $2bn in the three months to December. It was the first time the firm made a profit in China.",
        ),
        id="dummy-it-was-the-first-time",
    ),
    pytest.param(
        (
            "Microsoft reported profits of $2bn in the three months to December. It emerged on Monday that the firm had cut 500 jobs.",
        ),
        id="dummy-it-emerged",
    ),
    pytest.param(
        (
            "Deutsche Bank claimed Yukos had manufactured a legal case to stop the sale of its main asset. It had wanted to fund a bid.",
        ),
        id="two-organisations",
    ),
    pytest.param(
        ("Microsoft announced the deal with Sony on Monday. It said the deal was worth $2bn.",),
        id="two-organisations-and-a-deal",
    ),
    pytest.param(
        (
            "Microsoft launched the Xbox 360 games console in Japan on Saturday. It said 10,000 consoles were sold on the first day.",
        ),
        id="a-product-named-between",
    ),
    pytest.param(
        (
            "Apple has expanded its iPod family with the release of a new music player. Its latest model can hold 6GB of songs.",
        ),
        id="a-product-written-with-a-small-letter",
    ),
    pytest.param(
        (
            "Greenpeace published a report on climate change on Monday. It said sea levels had risen by 20cm since 1900.",
        ),
        id="a-report-that-can-speak",
    ),
    pytest.param(
        (
            "Diageo has agreed a deal to sell its stake in the pub chain for $1.5bn. It was approved by shareholders on Monday.",
        ),
        id="it-for-a-deal",
    ),
    pytest.param(
        ("Diageo backed a plan to close three breweries in Scotland in 2006. It will cost about £20m.",),
        id="it-for-a-plan",
    ),
    pytest.param(
        (
            "The European Union's new directive on electronic waste comes into effect in August. It puts the burden on manufacturers.",
        ),
        id="it-for-a-law",
    ),
    pytest.param(
        (
            "Shares in Microsoft rose 3% in New York on Monday. It said profits had doubled to $2bn in the last three months.",
        ),
        id="the-organisation-is-no-subject",
    ),
    pytest.param(
        (
            "Ericsson shares dropped 5.9% to 20.7 kronor in early trading on Thursday. The company said sales rose 9% to 39.4bn kronor.",
        ),
        id="the-name-qualifies-a-noun",
    ),
    pytest.param(
        (
            '"We are very pleased with the results," said a spokesman for Microsoft. It said profits had doubled to $2bn.',
        ),
        id="right-after-a-quotation",
    ),
    pytest.param(
        (
            "Microsoft reported profits of $2bn in the three months to December. The bank said profits had doubled in 2004.",
        ),
        id="the-bank-for-no-bank",
    ),
]


@pytest.mark.parametrize("paragraphs", NOT_RESOLVED)
def test_it_that_may_stand_for_something_else_is_left_alone(paragraphs):
    assert resolved(*paragraphs) is None


ARTICLE = """Diageo profits rise on strong sales

Drinks giant Diageo has reported a 10% rise in profits for the six months to December. It said sales had risen by 8% in Africa and by 5% in Asia.

Rival brewer Heineken reported a 3% fall in profits for the same period in Amsterdam on Wednesday.
"""


def test_a_resolved_statement_is_true_or_false_with_the_article_s_own_sentence_as_its_source():
    analysis = analyze(parse_article(ARTICLE, name="diageo"))
    candidates = [c for c in generate(analysis) if c.source.text.startswith("It ") and c.shape == "true_false"]
    assert candidates
    for candidate in candidates:
        assert candidate.answer.startswith("Diageo said ")
        assert normalize(candidate.answer[len("Diageo ") :]) in normalize(candidate.source.text)
        assert candidate.variants, "a resolved statement keeps its facts to swap"
        for variant in candidate.variants:
            assert variant.statement.startswith("Diageo said ") and variant.statement != candidate.answer
        question = make_question(candidate, analysis, random.Random(1))
        assert question is not None and question.source_sentence == candidate.source.text


def test_a_resolved_statement_reaches_the_quiz_with_its_source_sentence():
    quiz = build_quiz(parse_article(ARTICLE, name="diageo"), count=100)
    found = [q for q in quiz.questions if q.source_sentence.startswith("It said") and q.type == "true_false"]
    assert found
    for question in found:
        assert (question.correction or question.prompt).startswith("Diageo said ")
