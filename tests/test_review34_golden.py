"""Golden cases from the 34th blind review's rejections: each refused shape in a real sentence of
the reviewed article, and counter-examples in the same words that the rule must keep.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, statements
from quizgen.generators.guessable import given_away
from quizgen.generators.indefinite import disagreeing_article
from quizgen.generators.side_details import side_detail

HEADLINE = "Golden article\n\n"


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyze(parse_article(HEADLINE + text, name="golden"))


def blank_answers(text: str) -> set[str]:
    return {c.answer for c in facts.generate(_analysis(text))}


def swapped_in(text: str) -> dict[str, list[str]]:
    """Each statement's replacements, the values its false versions put in."""
    return {c.answer: [v.replacement for v in c.variants] for c in statements.generate(_analysis(text))}


FAMOUS_YEARS = [
    # obvious-answer, three raters of three (bbc_politics_386, bbc_sport_051)
    (
        "The EU imposed its arms ban on China in ",
        "1989",
        " after troops opened fire on protestors in Tiananmen Square.",
        True,
    ),
    ("Kenteris, 31, won gold in the 200m at the Sydney Olympics in ", "2000", ", where Thanou won silver.", True),
    ("Germany hosted the ", "2006", " World Cup, the biggest event in its history.", True),
    # the same words without the event, or another year beside it, are for readers
    ("The EU imposed its arms ban on China in ", "1989", " after a crackdown on protests.", False),
    ("Thousands marked the anniversary of Tiananmen Square in ", "2004", " with candles.", False),
    ("Kenteris, 31, won gold in the 200m at the world championships in ", "2001", " in Edmonton.", False),
    ("Germany won the World Cup in ", "1990", ", beating Argentina in the final.", False),
    ("Kenteris won gold at the Sydney Olympics and at the world championships in ", "2001", ".", False),
]


@pytest.mark.parametrize(("before", "answer", "after", "refused"), FAMOUS_YEARS)
def test_a_famous_event_gives_its_year_away(before: str, answer: str, after: str, refused: bool) -> None:
    assert bool(given_away(answer, before, after)) is refused


SYDNEY = (
    "Kenteris won gold in the 200m at the Sydney Olympics in 2000, where Thanou won silver.\n\n"
    "The Greek pair missed a drugs test before the Games in 2004 and were charged by the federation in 2003.\n\n"
    "Their coach Christos Tzekos was banned for four years in 2002 by the sport's ruling body.\n"
)


def test_no_blank_nor_swap_of_a_famous_event_s_year_in_the_real_sentence() -> None:
    answers = blank_answers(SYDNEY)
    assert "2000" not in answers
    assert "2002" in answers  # the year of the story's own event is still asked
    variants = swapped_in(SYDNEY)
    assert variants[SYDNEY.split("\n")[0]] == []
    assert variants[
        "The Greek pair missed a drugs test before the Games in 2004 and were charged by the federation in 2003."
    ]


def test_no_year_swap_that_another_since_of_the_article_makes_true() -> None:
    """'Wales' first win over England in Cardiff since 1999' where the article says 'for the first
    time since 1999' too: raters could not call it false (bbc_sport_303, other 2/3)."""
    text = (
        "Jones hailed Henson's heroic contribution to Wales' first win over England in Cardiff since 1993.\n\n"
        "Victory over England for the first time since 1999 will fuel expectations in the Six Nations.\n\n"
        "Wales last won the championship in 1994 under coach Alan Davies.\n"
    )
    variants = swapped_in(text)
    cardiff = next(found for statement, found in variants.items() if "Cardiff since" in statement)
    assert "1999" not in cardiff
    assert "1994" in cardiff  # a year the article gives after no "since" is still swapped in


@pytest.mark.parametrize(
    ("before", "answer", "after", "answer_type", "refused"),
    [
        # trivial, three of three (bbc_tech_256): a likeness the writer drew
        ("Think of it as Donkey Kong meets ", "Norman Cook", ", or maybe Tetris takes on Kraftwerk.", "person", True),
        ("Imagine a cross between ", "Tetris", " and a dance record.", "organization", True),
        ("The game was made by Donkey Kong creator ", "Shigeru Miyamoto", " and Norman Cook.", "person", False),
        ("Nintendo's boss meets ", "Norman Cook", " in London on Monday.", "person", False),
        # ungrammatical, two of three (bbc_politics_049): the article's slip around the figure
        (
            "civil penalties including a fine of up to ",
            "£1,000",
            " fine for people who fail to say so.",
            "number",
            True,
        ),
        ("civil penalties including a fine of up to ", "£1,000", " for people who fail to say so.", "number", False),
        ("a rise of ", "5%", " in sales, the firm said.", "number", False),
    ],
)
def test_blanks_of_a_likeness_or_an_article_s_slip(
    before: str, answer: str, after: str, answer_type: str, refused: bool
) -> None:
    assert bool(side_detail(before, answer, after, answer_type)) is refused


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("people will pay £85 for both or a undecided fee for a separate ID card", True),  # bbc_politics_049
        ("a unnamed source said", True),
        ("a unique fee for a separate card", False),
        ("a unanimous vote of the board", False),
        ("a useful guide and a uranium mine", False),
        ("a united front and a utility bill", False),
    ],
)
def test_an_a_before_a_vowel_sound_copied_from_the_article(text: str, slip: bool) -> None:
    assert bool(disagreeing_article(text)) is slip


def test_no_swap_of_the_place_of_a_war() -> None:
    """'The war in Britain and reforms of the health service …' for the war in Iraq (33rd review:
    obvious-answer and weak-distractor, three of three). The country is swapped elsewhere."""
    text = (
        "The war in Iraq and reforms of the health service have provoked dissent from backbenchers.\n\n"
        "Mr Blair flew to Britain from Iraq on Monday.\n\n"
        "Troops from Iraq trained in Britain and Poland last year.\n"
    )
    variants = swapped_in(text)
    assert variants[text.split("\n")[0]] == []
    assert any("Poland" in found or "Britain" in found for found in variants.values())
