"""A sentence that opens on the bare surname of a person named in full earlier: real shapes
from news articles where the surname is also a word ("clark", "williams", "trump")."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.antecedents import resolve_opening


def _analysis(*paragraphs: str):
    return analyze(parse_article("Headline for the test\n\n" + "\n\n".join(paragraphs)))


def _people_of(analysis, index: int) -> list[str]:
    return [p.name for p in analysis.by_sentence[index].people]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Veteran US television host Dick Clark is in hospital in Los Angeles. "
            "Clark was inducted into the Rock and Roll Hall of Fame in 1993.",
            "Dick Clark",
        ),
        (
            "Serena Williams staged a remarkable recovery to win the title. "
            "Williams had looked close to quitting with a rib injury.",
            "Serena Williams",
        ),
        (
            "Serena Williams won the final on Saturday. Williams later explained her injury problem.",
            "Serena Williams",
        ),
        (
            "Veteran US television host Dick Clark is in hospital. "
            "Clark, who produces the Golden Globes, disclosed last year that he was ill.",
            "Dick Clark",
        ),
    ],
)
def test_an_opening_surname_is_the_person_named_in_full(body, person):
    analysis = _analysis(body)
    assert _people_of(analysis, 1) == [person]


@pytest.mark.parametrize(
    "body",
    [
        # two people of the article have that surname: either may be meant
        "Serena Williams beat Venus Williams in the final. Williams had looked close to quitting.",
        # a noun follows, not a verb: the colour, not Jack Black
        "Actor Jack Black arrived in London on Monday. Black smoke rose over the city.",
        # no one of that name: a word, not a person
        "The firm hired a new accountant. Young people were the largest group of customers.",
    ],
)
def test_an_opening_word_that_may_be_no_surname_is_left_alone(body):
    analysis = _analysis(body)
    assert _people_of(analysis, 1) == []


def test_he_after_an_opening_surname_becomes_the_person():
    analysis = _analysis(
        "Veteran US television host Dick Clark is in hospital in Los Angeles after a mild stroke.",
        "Clark was inducted into the Rock and Roll Hall of Fame in 1993. "
        "He is also expected to act as executive producer for the Golden Globe Awards ceremony.",
    )
    found = resolve_opening(analysis.sentences[2], analysis)
    assert found is not None and found.text.startswith("Dick Clark is also expected")
