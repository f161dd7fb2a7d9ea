"""Golden cases from the 36th blind review's rejected true/false statements: each refused shape
in a real sentence of the reviewed article, and counter-examples in the same words to keep.
"""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.checks import check
from quizgen.generators import statements
from quizgen.shapes import make_question

HEADLINE = "Golden article\n\n"


def made(text: str) -> dict[str, list[str]]:
    """Each statement made, with the values its false versions put in."""
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    return {c.answer: [v.replacement for v in c.variants] for c in statements.generate(analysis)}


BEFORE = "Vodafone and the US site were in the news in London on Monday, Tony Blair said.\n\n"


@pytest.mark.parametrize(
    "sentence, stated",
    [
        # vague, three of three (bbc_tech_101, bbc_tech_386, bbc_politics_126)
        ("Since then people outside the US get a message saying they are not authorised.", False),
        ("Since 2004 people outside the US get a message saying they are not authorised.", True),
        ("Scare stories have put people off video dating as a result, according to Ms Everett.", False),
        ("In July, Vodafone introduced a content control system to protect children from such adult content.", False),
        ("In July, Vodafone introduced a content control system to protect children such as teenagers.", True),
        ("French President Jacques Chirac reacted to his warning by saying Europe needed unity.", False),
        ("French President Jacques Chirac reacted to the warning by Tony Blair in Paris.", True),
        # 'New powers are needed …, police chiefs have told MPs': a claim read as fact (bbc_politics_165)
        ("New powers are needed to close disorderly pubs for up to a week, police chiefs have told MPs.", False),
    ],
)
def test_no_statement_that_points_back_or_states_a_need(sentence, stated):
    """Made and past every check: what a quiz may ask."""
    analysis = analyze(parse_article(HEADLINE + BEFORE + sentence + "\n", name="golden"))
    passed = []
    for candidate in statements.generate(analysis):
        question = make_question(candidate, analysis, random.Random(1))
        if question is not None and not check(question, candidate, analysis):
            passed.append(candidate.answer)
    assert bool([s for s in passed if s.startswith(sentence[:30])]) is stated


def test_a_country_named_twice_or_a_sportsman_s_nation_is_not_swapped():
    """'Mr Blair said the United Arab Emirates would only participate … where it was in UK
    interests', 'Murray … Slovenia's golden boy' (obvious, three of three; bbc_politics_126,
    bbc_sport_449). A country named once, of a fact, is still swapped."""
    text = (
        "Mr Chirac said France would only join measures where it was in France's interests in 2005.\n\n"
        "While Murray has been marked out as France's golden boy, Bogdanovic was warned in 2003.\n\n"
        "Britain signed the trade deal with France and Slovenia in 2004.\n\n"
        "Exports from Britain rose by 10% to France in 2004.\n"
    )
    swaps = made(text)

    def swapped_for(prefix: str) -> list[str]:
        return next(v for s, v in swaps.items() if s.startswith(prefix))

    assert "Slovenia" not in swapped_for("Mr Chirac said")
    assert "Slovenia" not in swapped_for("While Murray")
    assert "Slovenia" in swapped_for("Exports from")


def test_a_comma_for_a_full_stop_is_two_sentences():
    """'… than there were 30 years ago, With more people buying video mobiles, 3G dating could …'
    (formatting and ungrammatical, three of three; bbc_tech_386)."""
    from quizgen.checks import NEXT_SENTENCE_RE

    assert NEXT_SENTENCE_RE.search("than there were 30 years ago, With more people buying video mobiles")
    assert not NEXT_SENTENCE_RE.search("the film, The Aviator, and the song, With or Without You, won")
