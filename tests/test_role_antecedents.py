"""Golden cases for statements of sentences whose subject is a role: "The mayor said …".

"The mayor" is replaced by the person the article calls mayor only when no reader could
hesitate: exactly one person holds the role, named before the sentence, and nothing in the
article speaks of another mayor. A wrong person is a wrong key. The shapes are those of real
news (a city's mayor after a shooting, a minister, a sprinter banned for doping, a chairman
beside another company's); the texts are our own.
"""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.role_antecedents import _holds, resolve_role
from quizgen.generators.statements import generate
from quizgen.models import normalize
from quizgen.shapes import make_question


def analysis_of(*paragraphs: str):
    return analyze(parse_article("Headline of the test\n\n" + "\n\n".join(paragraphs) + "\n", name="roles"))


def resolved(*paragraphs: str) -> str | None:
    """The last sentence of the article, its subject "The <role>" resolved, or None."""
    analysis = analysis_of(*paragraphs)
    found = resolve_role(analysis.sentences[-1], analysis)
    return found.text if found else None


MAYOR = "El Paso mayor Dee Margo visited the victims in hospital on Sunday."

RESOLVED = [
    pytest.param(
        (MAYOR + " The mayor said the city would hold a vigil on Monday.",),
        "Dee Margo said the city would hold a vigil on Monday.",
        id="the-mayor",
    ),
    pytest.param(
        (MAYOR, "On Tuesday, the mayor said the city would hold a vigil on Monday."),
        "On Tuesday, Dee Margo said the city would hold a vigil on Monday.",
        id="after-a-date-opening-in-the-next-paragraph",
    ),
    pytest.param(
        (
            "American sprinter Michelle Collins has been banned for eight years by the US Anti-Doping Agency. "
            "The sprinter has consistently protested her innocence.",
        ),
        "Michelle Collins has consistently protested her innocence.",
        id="the-sprinter-with-her-later",
    ),
    pytest.param(
        (MAYOR + " But the mayor's office said the city would hold a vigil on Monday.",),
        "Dee Margo's office said the city would hold a vigil on Monday.",
        id="the-mayors-office-after-but",
    ),
    pytest.param(
        (
            "Argentina's President Alberto Fernández announced the bill in Congress on Sunday. "
            "The president said the bill would be sent within ten days.",
        ),
        "Alberto Fernández said the bill would be sent within ten days.",
        id="a-title-before-the-name",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RESOLVED)
def test_the_role_becomes_the_one_person_who_holds_it(paragraphs, expected):
    assert resolved(*paragraphs) == expected


NOT_RESOLVED = [
    pytest.param(
        (
            "El Paso mayor Dee Margo met Houston mayor Sylvester Turner on Sunday. "
            "The mayor said the city would hold a vigil on Monday.",
        ),
        id="two-mayors",
    ),
    pytest.param(
        ("Police said the gunman had been arrested on Sunday. The mayor said the city would hold a vigil on Monday.",),
        id="a-role-never-named-with-a-person",
    ),
    pytest.param(
        (
            "Acme chairman John Smith agreed the takeover of Beta on Monday. Beta's chairman said the offer was too low. "
            "The chairman said the deal would be completed in March.",
        ),
        id="another-company-s-chairman-without-a-name",
    ),
    pytest.param(
        (
            "Acme chairman John Smith agreed the takeover of Beta on Monday with Beta chairman Peter Jones. "
            "The chairman said the deal would be completed in March.",
        ),
        id="two-chairmen-named",
    ),
    pytest.param(
        (
            "Deputy Prime Minister John Prescott visited Hull on Monday. "
            "The prime minister said the government would build 10,000 homes.",
        ),
        id="a-deputy-is-not-the-office",
    ),
    pytest.param(
        (MAYOR, 'Mr Margo said: "We will rebuild this city." The mayor said the city would hold a vigil on Monday.'),
        id="right-after-a-quotation",
    ),
    pytest.param(
        (
            MAYOR + " Officials said a mayor from a nearby town had also visited. "
            "The mayor said the city would hold a vigil on Monday.",
        ),
        id="another-mayor-without-a-name",
    ),
    pytest.param(
        (
            "George W Bush will take a more consensual approach as he begins his second term as US President, "
            "Tony Blair has said. The president understood that security measures were important.",
        ),
        id="a-role-the-analysis-gave-the-wrong-name",
    ),
]


@pytest.mark.parametrize("paragraphs", NOT_RESOLVED)
def test_a_role_that_may_stand_for_someone_else_is_left_alone(paragraphs):
    assert resolved(*paragraphs) is None


def test_a_role_named_only_after_the_sentence_is_not_known_yet():
    analysis = analysis_of(
        "Police said the gunman had been arrested on Sunday. The mayor said the city would hold a vigil on Monday. "
        "El Paso mayor Dee Margo visited the victims in hospital."
    )
    assert resolve_role(analysis.sentences[1], analysis) is None


@pytest.mark.parametrize(
    ("title", "role", "holds"),
    [
        ("El Paso mayor", "mayor", True),
        ("President of Argentina", "president", True),
        ("21-year-old", "21-year-old", True),
        ("Deputy Prime Minister", "prime minister", False),
        ("former mayor", "mayor", False),
        ("ex-chairman", "chairman", False),
        ("mayor's aide", "mayor", False),
    ],
)
def test_a_title_holds_the_role_only_as_that_office(title, role, holds):
    assert _holds(title, role) is holds


def test_inside_a_quotation_the_role_is_the_speaker_s():
    analysis = analysis_of(
        MAYOR,
        '"The attack was cowardly," said Sheriff Richard Wiles. "The mayor has been with the families '
        'all day. The mayor will speak to them again on Monday."',
    )
    assert resolve_role(analysis.sentences[-1], analysis) is None


ARTICLE = """El Paso holds vigil for victims

El Paso mayor Dee Margo visited the victims in hospital on Sunday. The mayor said 22 people had died in the attack at the Walmart store.

Texas governor Greg Abbott arrived in El Paso on Monday.
"""


def test_a_resolved_statement_is_true_or_false_with_the_article_s_own_sentence_as_its_source():
    analysis = analyze(parse_article(ARTICLE, name="el-paso"))
    candidates = [c for c in generate(analysis) if c.source.text.startswith("The mayor") and c.shape == "true_false"]
    assert candidates
    for candidate in candidates:
        assert candidate.answer.startswith("Dee Margo said ")
        assert normalize(candidate.answer[len("Dee Margo ") :]) in normalize(candidate.source.text)
        question = make_question(candidate, analysis, random.Random(1))
        assert question is not None and question.source_sentence == candidate.source.text
