"""Golden cases of an organisation that acts, asked as a cloze, from real bulk sentences: the
body is the subject of a verb in the past ("Eidos announced …"). Counter-examples: the same
bodies as modifiers ("the Fiat conglomerate", "Fifa regulations allow"), after "a" or "an", or
before a past form that is an adjective ("the Fiat owned company was sold"), still give no blank.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts
from quizgen.generators.acting import organisation_acts

ACTS = [
    pytest.param("", " announced the next game, with a new team to develop it from scratch.", id="announced"),
    pytest.param("On Tuesday, the ", " held primary elections in the states of Arizona and Florida.", id="the-held"),
    pytest.param("Germany's financial watchdog ", " told BBC News it had transferred the case.", id="told-irregular"),
    pytest.param("", " kept the game's code and database.", id="kept-irregular"),
    pytest.param("Santy's spread stopped after ", " began blocking infected sites.", id="after-began"),
]

MODIFIERS = [
    pytest.param("The chief executive of the ", " conglomerate has taken control of the car business.", id="noun"),
    pytest.param("Talks may begin because ", " regulations allow players to talk to other clubs.", id="plural-noun"),
    pytest.param("", " thinks IPTV is the future of television.", id="present-s-not-trusted"),
    pytest.param("The troops joined a ", " led force in the north.", id="after-a"),
    pytest.param("The ", " owned company was sold to a rival last year.", id="adjective-before-noun-and-verb"),
    pytest.param("Fans of the ", " red shirts cheered.", id="ed-but-no-verb"),
]


@pytest.mark.parametrize("before, after", ACTS)
def test_an_organisation_that_acts(before, after):
    assert organisation_acts(before, after)


@pytest.mark.parametrize("before, after", MODIFIERS)
def test_an_organisation_as_a_modifier(before, after):
    assert not organisation_acts(before, after)


def _blanks(text: str) -> list[tuple[str, str]]:
    analysis = analyze(parse_article(text, name="acting"))
    return [(c.answer, c.prompt) for c in facts.generate(analysis) if c.cloze and c.answer_type == "organization"]


def test_the_body_that_acts_is_blanked_and_the_modifier_is_not():
    text = (
        "Football Manager arrives\n\n"
        "Football Manager, the new game from Sports Interactive, went on sale in November after a long wait.\n\n"
        "Sports Interactive made the Championship Manager series for more than a decade before the split.\n\n"
        "Eidos announced the next Championship Manager game, with a new team to develop it from scratch.\n\n"
        "The Eidos spokesman declined to comment on the new team's budget or its members.\n"
    )
    blanks = _blanks(text)
    asked = "_______ announced the next Championship Manager game, with a new team to develop it from scratch."
    assert ("Eidos", asked) in blanks
    assert not any("spokesman declined" in prompt for _, prompt in blanks)


def test_a_known_body_acting_is_still_not_blanked():
    # Apple is in the word lists: guessed from its context (3 of 8 accepted), acting or not.
    text = (
        "Apple sues website\n\n"
        "In January, Apple sued a website after it published details of a new computer from the firm.\n\n"
        "The website, run by a student, said it had done nothing wrong in printing the details.\n"
    )
    assert not any(answer == "Apple" for answer, _ in _blanks(text))
