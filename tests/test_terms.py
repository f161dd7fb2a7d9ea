"""Golden cases for terms an article introduces by name ("areas of open water called polynyas"):
the name is blanked as a cloze with the hint "a term"; "called" used as a verb, a name cut
short, a person's nickname, a common word and initials in brackets are refused. The shapes are
from the dev and bulk corpora (Wikinews science, BBC technology and politics); the texts are our own.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import terms
from quizgen.models import BLANK
from quizgen.pipeline import build_quiz


def asked(sentence: str) -> list[tuple[str, str]]:
    analysis = analyze(parse_article(f"Headline of the test\n\n{sentence}\n", name="terms"))
    return [(c.prompt, c.answer) for c in terms.generate(analysis)]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        pytest.param(
            "Satellite images showed melting ice near the coast, creating areas of open water called polynyas.",
            "polynyas",
            id="called-lowercase",
        ),
        pytest.param(
            "So-called phishing attacks that trick people into giving away passwords rose sharply in 2004.",
            "phishing",
            id="so-called",
        ),
        pytest.param(
            "The painkillers - called COX-2 inhibitors - are sold in Leeds under several brand names.",
            "COX-2",
            id="acronym-before-a-noun",
        ),
        pytest.param(
            'The Leeds council ran a course for young offenders called "Second Chances" in the city.',
            "Second Chances",
            id="quoted-name",
        ),
    ],
)
def test_a_term_the_article_names_is_blanked(sentence, term):
    found = asked(sentence)
    assert [answer for _, answer in found] == [term]
    assert found[0][0] == sentence.replace(term, BLANK, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Amnesty International has called Camp Delta a scandal and an icon of lawlessness.", id="verb-call"
        ),
        pytest.param(
            "The band played songs from their new record called They Liked You Better in Leeds.", id="name-cut-short"
        ),
        pytest.param("Council leader James Lewis called Prime Minister Sarah Collins on Monday.", id="title"),
        pytest.param("The drummer Peter Baker, nicknamed Ginger, played in Leeds in 1966.", id="a-person-s-nickname"),
        pytest.param("The process, known as local loop unbundling, was started by Oftel in Leeds.", id="common-word"),
        pytest.param(
            "The regulator wants to govern the radio technology called Ultra Wideband (UWB) in Leeds.",
            id="initials-in-brackets",
        ),
        pytest.param("The council has called for a new flood plan for the River Aire in Leeds.", id="called-for"),
        pytest.param(  # 17th blind review: vague (three of three)
            'The move was met with what WalesOnline called "fury" from local tourism chiefs in Leeds.',
            id="someone-s-word-in-quotes",
        ),
    ],
)
def test_called_that_names_no_term_is_not_asked(sentence):
    assert asked(sentence) == []


def test_a_term_reaches_the_quiz_as_a_cloze_with_its_hint():
    text = (
        "Ice shelves melt from below\n\n"
        "Researchers from the University of Leeds used satellite images of Antarctica in 2019. Scientists found places "
        "where coastal ice had melted, creating areas of open water called polynyas. Warm water rises under the "
        "Thwaites Glacier, said Sarah Collins of the University of Leeds.\n"
    )
    quiz = build_quiz(parse_article(text, name="terms"), count=20)
    clozes = [q for q in quiz.questions if q.type == "cloze" and q.answer == "polynyas"]
    assert clozes and clozes[0].hint == "a term"
