"""Golden tables from the 23rd blind review's rejections: statements that do not read alone or
that test no fact of the article, blanks a reader fills without reading, and two sentences run
together. Each refused shape (a real sentence of the reviewed article, or our own in the same
shape) has counter-examples the rule must keep, so it cannot silently refuse good questions.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, statements

HEADLINE = "Golden article\n\n"


def statement_answers(text: str) -> set[str]:
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    return {c.answer for c in statements.generate(analysis) if c.shape == "true_false"}


def blank_answers(text: str) -> set[str]:
    return {c.answer for c in facts.generate(analyze(parse_article(HEADLINE + text, name="golden")))}


STATEMENTS = [
    # a question, told: "he demanded" (ungrammatical and vague, three raters of three)
    pytest.param(
        "Why on earth will the prime minister not simply take up the offer made by the Tories in May, he demanded.",
        False,
        id="why-he-demanded",
    ),
    pytest.param(
        "Michael Howard asked Tony Blair to extend the existing powers until the end of May 2005.",
        True,
        id="asked-someone-to-do-something",
    ),
    # a ranking the writer gives: opinion, or general knowledge ("other", "obvious")
    pytest.param(
        "Marcel Desailly is one of the most decorated players in the history of French football.",
        False,
        id="one-of-the-most",
    ),
    pytest.param(
        "IBM is one of the largest and most respected chip-makers in the world, the firm said.",
        False,
        id="one-of-the-largest",
    ),
    pytest.param(
        "Marcel Desailly was one of the protest leaders at the stadium in Marseille in 2004.",
        True,
        id="one-of-the-protest-leaders",
    ),
    pytest.param(
        "Marcel Desailly is one of the 12 members of the Chelsea board named in March 2004.",
        True,
        id="one-of-a-number",
    ),
    # someone named before, by nationality, inside the sentence ("vague")
    pytest.param(
        "Kelly Sotherton finished third in the Olympic heptathlon in Athens, where the Swede took gold.",
        False,
        id="where-the-swede-took-gold",
    ),
    pytest.param(
        "Kelly Sotherton finished third in the Olympic heptathlon in Athens, ahead of the Swedish team.",
        True,
        id="a-nationality-before-a-noun",
    ),
    # a contrast with the sentence before ("vague")
    pytest.param(
        "Minecraft, on the other hand, is a paid game, currently costing USD 26.95 for its computer version.",
        False,
        id="on-the-other-hand",
    ),
    # the article's typo printed as it is ("formatting")
    pytest.param(
        "Robert Kilroy-Silk, who recently quit the UK Independence Party,said immigration would rise in 2005.",
        False,
        id="no-space-after-a-comma",
    ),
    pytest.param(
        "Robert Kilroy-Silk quit the UK Independence Party after 1,000 members signed a letter in 2005.",
        True,
        id="a-comma-inside-a-number",
    ),
]


@pytest.mark.parametrize("text, kept", STATEMENTS)
def test_statements_that_read_alone(text, kept):
    answers = statement_answers(text)
    if kept:
        assert answers, text
    else:
        assert not answers, answers


BLANKS = [
    # the maker of a named work: obvious (Puccini) or trivial (Jeunet, 22nd review)
    pytest.param(
        "Viotti's debut at the Metropolitan Opera came in 2000 with Giacomo Puccini's Madame Butterfly.",
        "Giacomo Puccini",
        False,
        id="the-composer-of-madame-butterfly",
    ),
    pytest.param(
        "The film tipped to win in 2005 is Jean-Pierre Jeunet's A Very Long Engagement.",
        "Jean-Pierre Jeunet",
        False,
        id="the-director-before-the-film",
    ),
    pytest.param(
        "Marco Viotti's contract with the opera house was extended in 2004 by Joseph Volpe.",
        "Joseph Volpe",
        True,
        id="a-person-of-the-story",
    ),
    # a date everyone knows from the words around it
    pytest.param(
        "The laws were introduced after the US terror attacks on 11 September 2001 by the government.",
        "11 September 2001",
        False,
        id="the-terror-attacks",
    ),
    pytest.param(
        "The spread of coronavirus in late 2019 led to a global pandemic that affected daily life.",
        "late 2019",
        False,
        id="coronavirus-in-late-2019",
    ),
    pytest.param(
        "The laws were introduced after the London bombings on 7 July 2005 by the government.",
        "7 July 2005",
        True,
        id="a-date-of-the-story",
    ),
    # someone known to all ("obvious", three raters of three)
    pytest.param(
        "The exposure of Janet Jackson's breast at the Superbowl landed CBS with a $550,000 fine.",
        "Janet Jackson",
        False,
        id="a-star-known-to-all",
    ),
]


@pytest.mark.parametrize("text, answer, kept", BLANKS)
def test_blanks_only_a_reader_fills(text, answer, kept):
    assert (answer in blank_answers(text)) is kept
