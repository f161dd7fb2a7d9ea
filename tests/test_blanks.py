"""Golden cases for blanks: each failure shape a reviewer rejected, and blanks that stay fine.

The shapes come from teacher-style reviews of quizzes for unseen real articles; the texts
around each blank are our own.
"""

from __future__ import annotations

import pytest

from quizgen.generators.facts import bad_blank

REFUSED = [
    pytest.param("the ", "-19 pandemic", "organization", id="part-of-a-word"),
    pytest.param("presented ", ":tv on Saturdays", "organization", id="part-of-a-name-with-a-colon"),
    pytest.param("the ", " Workers' Party", "place", id="part-of-a-longer-name"),
    pytest.param('called it a "', '" plan', "place", id="inside-a-quotation"),
    pytest.param("The ", " of Britain said", "organization", id="cut-off-name-after"),
    pytest.param("St Margaret's at ", " is a village", "place", id="cut-off-name-before"),
    pytest.param("weighed 82 pounds (", " kg)", "number", id="conversion-in-brackets"),
    pytest.param("aged nine, ten, ", ", and 59", "number", id="middle-of-a-list"),
    pytest.param("aged nine, ten, 49, and ", ".", "number", id="end-of-a-list"),
    pytest.param("actor ", " and writer Joanne Harris", "person", id="first-of-a-list"),
    pytest.param("a ", " national", "place", id="place-as-modifier"),
    pytest.param("the assassination of ", " senator Robert Kennedy", "place", id="place-before-a-job"),
    pytest.param("Albuquerque, ", ".", "place", id="region-of-a-city"),
    pytest.param("north of the capital ", ".", "place", id="a-capital"),
    pytest.param("according to a recent report by ", ", the", "organization", id="news-outlet-cited"),
    pytest.param("talent agent ", ' "Pat" Di Cicco', "person", id="nickname-follows"),
    pytest.param("Maryland's seventh ", ".", "place", id="numbered-district"),
    pytest.param("former British Prime Minister ", " said", "person", id="famous-office-holder"),
    pytest.param("completing the race in 2:14:", ".", "number", id="part-of-a-time"),
]

ACCEPTED = [
    pytest.param("The request came in ", " ahead of the summit.", "place", id="place-before-an-adverb"),
    pytest.param("Judge ", " said the hearing would continue.", "person", id="after-a-title"),
    pytest.param("The meeting was held in ", " on Sunday.", "place", id="weekday-after-on"),
    pytest.param("In ", ", the company opened a factory.", "date", id="sentence-opening-in"),
    pytest.param("the war, which has raged since ", ".", "date", id="plain-date"),
]


@pytest.mark.parametrize("before, after, answer_type", REFUSED)
def test_blank_is_refused(before, after, answer_type):
    assert bad_blank(before, after, answer_type)


@pytest.mark.parametrize("before, after, answer_type", ACCEPTED)
def test_blank_is_kept(before, after, answer_type):
    assert bad_blank(before, after, answer_type) is None
