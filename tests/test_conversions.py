"""Golden cases for sums converted in brackets ("a $27bn (£14bn) tax bill"): the sum is asked
with the bracket left out of the question, the key stays in the article's sentence, and what
would make a bad question is still refused.

The shapes come from BBC business and entertainment copy of the bulk corpus, where a fifth of
the articles convert a sum and, before, got no question from that sentence. The texts are our own.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import conversions, statements
from quizgen.generators.conversions import without_conversions
from quizgen.models import BLANK
from quizgen.pipeline import build_quiz


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leeds Water paid $27bn (£14bn) for the firm.",
            "Leeds Water paid $27bn for the firm.",
            id="dollars-to-pounds",
        ),
        pytest.param(
            "The film took US$370m (£196m) in the US alone.", "The film took US$370m in the US alone.", id="us-dollars"
        ),
        pytest.param(
            "Profits rose to £6.2bn ($11.8bn), and sales to £20bn ($38bn).",
            "Profits rose to £6.2bn, and sales to £20bn.",
            id="two-conversions",
        ),
        pytest.param("The bag weighed 82 pounds (37 kg) at the airport.", None, id="a-unit-not-a-sum"),
        pytest.param("The council (the second in ten years) paid £5m.", None, id="an-aside-is-kept"),
        pytest.param("The council paid £5m for the scheme.", None, id="nothing-to-drop"),
    ],
)
def test_only_a_bracketed_sum_after_a_sum_is_dropped(text, expected):
    assert without_conversions(text) == expected


ARTICLE = """Leeds Water buys Bradford rival

Leeds Water has agreed to buy its Bradford rival Aire Supply for $27m (£14m), the two firms said on Monday. The deal was announced by chief executive Sarah Collins in Leeds.

Aire Supply made profits of $4.5m (£2.4m) last year on sales of $60m (£32m). Leeds Water made profits of $9.2m (£4.9m) in 2024. Both firms have about 1,200 staff in West Yorkshire.

Analysts said the combined firm would supply water to more than two million homes. Shares in Leeds Water rose 5% on Monday, adding $120m (£64m) to its value.
"""


def analysis():
    return analyze(parse_article(ARTICLE, name="conversions"))


def test_a_converted_sum_is_asked_without_its_bracket_and_keyed_in_the_article_s_sentence():
    found = {c.answer: c for c in conversions.generate(analysis()) if c.shape == "cloze"}
    assert "$27m" in found, sorted(found)
    cloze = found["$27m"]
    assert (
        cloze.prompt
        == f"Leeds Water has agreed to buy its Bradford rival Aire Supply for {BLANK}, the two firms said on Monday."
    )
    assert "(£14m)" in cloze.source.text  # the source sentence is the article's own
    assert not any("£" in c.answer for c in conversions.generate(analysis()))  # the conversion itself is never asked


def test_a_sentence_with_a_conversion_gives_a_statement_without_it():
    made = {c.answer for c in statements.generate(analysis()) if c.shape == "true_false"}
    assert "Leeds Water made profits of $9.2m in 2024." in made


def test_the_quiz_never_shows_a_bracketed_conversion_beside_a_blank_for_its_sum():
    quiz = build_quiz(parse_article(ARTICLE, name="conversions"), count=30)
    sums = [q for q in quiz.questions if q.type in ("cloze", "multiple_choice") and q.answer.startswith("$")]
    assert sums, "no question asked about a converted sum"
    for question in sums:
        assert "(£" not in question.prompt
        assert question.answer in question.source_sentence
