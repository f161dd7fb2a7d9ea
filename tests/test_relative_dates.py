"""Relative dates: never asked as if absolute; resolved against a known publication date only
where one day is meant, and then asked with the publication date in the stem."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pages import DATA

from quizgen.analysis import analyze
from quizgen.analysis.relative import resolve
from quizgen.analysis.temporal import find_dates
from quizgen.articles import parse_article, read_article
from quizgen.pipeline import build_quiz

FRIDAY = dt.date(2025, 5, 2)


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        pytest.param("The council approved the plan yesterday.", "yesterday", "2025-05-01", id="yesterday"),
        pytest.param(
            "Police were called yesterday morning.", "yesterday morning", "2025-05-01", id="yesterday-morning"
        ),
        pytest.param("The results are published today.", "today", "2025-05-02", id="today"),
        pytest.param("The minister will speak tomorrow.", "tomorrow", "2025-05-03", id="tomorrow"),
        pytest.param("The committee met on Monday.", "Monday", "2025-04-28", id="past-weekday"),
        pytest.param(
            "On Wednesday, the mayor said the plan was ready.", "Wednesday", "2025-04-30", id="past-weekday-first"
        ),
        pytest.param("The committee will meet on Monday.", "Monday", None, id="future-weekday"),
        pytest.param("Schools close on Monday.", "Monday", None, id="no-past-tense"),
        pytest.param("The committee met on Friday.", "Friday", None, id="publication-weekday-is-ambiguous"),
        pytest.param("The offer was open until Monday.", "Monday", None, id="until-weekday"),
        pytest.param("Talks collapsed last week.", "last week", None, id="last-week"),
        pytest.param("The pair met last Monday.", "last Monday", None, id="last-monday"),
        pytest.param("The bridge closed two days ago.", "two days ago", None, id="days-ago"),
    ],
)
def test_resolve(sentence, expression, expected):
    [mention] = [d for d in find_dates(sentence, 0) if d.text == expression]
    assert mention.relative
    day = resolve(mention, sentence, FRIDAY)
    assert (day.isoformat() if day else None) == expected


TEXT = (
    "Flood plan approved\n\n"
    "The council leader visited Kirkstall Bridge on Monday. Leeds City Council approved a £40 million "
    "flood plan yesterday, after a long debate. Last week, the agency warned that heavy rain could "
    "push the river close to its 2015 level again, said Helen Marsh of the Environment Agency."
)
RELATIVE = re.compile(r"\b(?:yesterday|today|tomorrow|monday|last week)\b", re.I)


def test_without_a_publication_date_relative_dates_are_never_answers():
    article = parse_article(TEXT, name="flood")
    analysis = analyze(article)
    assert analysis.published is None and not any(d.resolved for d in analysis.dates)
    quiz = build_quiz(article, count=10)
    for question in quiz.questions:
        assert not RELATIVE.search(question.answer), question
        assert not any(RELATIVE.search(c) for c in getattr(question, "choices", ())), question
        assert "published" not in question.prompt


def test_with_a_publication_date_the_when_question_says_so():
    article = parse_article(f"---\ndate: 2025-05-02\n---\n{TEXT}", name="flood")
    quiz = build_quiz(article, count=10)
    [when] = [q for q in quiz.questions if "published" in q.prompt]
    assert when.prompt == (
        "When did the council leader visit Kirkstall Bridge? (The article was published on Friday 2 May 2025.)"
    )
    assert when.answer == "28 April 2025"
    days = [dt.datetime.strptime(c, "%d %B %Y").date() for c in when.choices]
    assert all(dt.date(2025, 4, 25) <= d <= FRIDAY for d in days) and len(set(days)) == 4
    others = [q for q in quiz.questions if q is not when]
    assert not any(RELATIVE.search(q.answer) for q in others)


def test_saved_page_when_question():
    quiz = build_quiz(read_article(DATA / "flood-plan.html"), count=10)
    [when] = [q for q in quiz.questions if "published" in q.prompt]
    assert when.prompt.endswith("(The article was published on Friday 2 May 2025.)")
    assert when.answer == "28 April 2025"
