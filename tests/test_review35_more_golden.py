"""More golden cases from the 35th blind review's rejections: each refused shape in a real
sentence of the reviewed article, and counter-examples in the same words that the rule must keep.
"""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.checks import check
from quizgen.generators import generate_all
from quizgen.generators.date_blanks import predicted_date
from quizgen.generators.roles import reads_as_role
from quizgen.pipeline import build_quiz
from quizgen.shapes import make_question


def _analysis(text: str, headline: str = "Golden article"):  # type: ignore[no-untyped-def]
    return analyze(parse_article(f"{headline}\n\n{text}", name="golden"))


def asked(text: str, headline: str = "Golden article") -> set[tuple[str, str]]:
    """(prompt, key) of every question the quizzes of three seeds ask, as many as pass."""
    article = parse_article(f"{headline}\n\n{text}", name="golden")
    quizzes = [build_quiz(article, count=40, seed=seed) for seed in range(3)]
    return {(q.prompt, str(getattr(q, "answer", ""))) for quiz in quizzes for q in quiz.questions}


def checked(text: str, headline: str = "Golden article") -> list[tuple[str, str, set[str]]]:
    """(prompt, key, the checks it fails) of every candidate made, whatever the ranking keeps."""
    analysis = _analysis(text, headline)
    out = []
    for candidate in generate_all(analysis):
        question = make_question(candidate, analysis, random.Random(0))
        if question is not None:
            failed = {p.check for p in check(question, candidate, analysis)}
            out.append((question.prompt, str(getattr(question, "answer", "")), failed))
    return out


def keys(text: str, headline: str = "Golden article") -> set[str]:
    return {key for _, key in asked(text, headline)}


@pytest.mark.parametrize(
    "role, kept",
    [
        # "The news leaves Wales boss John Toshack short in defence" (bbc_sport_129; three of three)
        ("news leaves Wales boss", False),
        ("move gives Arsenal boss", False),
        ("Wales boss", True),
        ("sales director", True),
        ("human rights lawyer", True),
        ("Manchester United winger", True),
    ],
)
def test_a_role_holds_no_verb(role: str, kept: bool) -> None:
    assert reads_as_role(role) is kept


def test_the_role_of_the_real_sentence_stops_at_its_verb() -> None:
    """The analysis reads "Wales boss", not "news leaves Wales boss", before John Toshack."""
    text = "The news leaves Wales boss John Toshack short in defence for his first game in charge.\n"
    roles = [r.text for p in _analysis(text).people if p.name == "John Toshack" for r in p.roles]
    assert roles == ["Wales boss"]


@pytest.mark.parametrize(
    "before, answer, after, refused",
    [
        # "… attempt to add a citizenship question to the ___ census." (wikinews_2019_073; 3 of 3)
        ("attempt to add a citizenship question to the", "2020", " census.", True),
        ("The citizenship question was last included in the general census in", "1950", ".", True),
        ("The House voted in", "2019", " to hold them in contempt.", False),
        ("the", "2020", " election.", False),
    ],
)
def test_a_census_year_is_no_blank(before: str, answer: str, after: str, refused: bool) -> None:
    assert bool(predicted_date(before + " ", answer, after)) is refused


CENSUS_TEXT = (
    "The United States House of Representatives voted on Wednesday to hold Attorney General William Barr "
    "in contempt of Congress.\n\n"
    "The vote concerned President Donald Trump's attempt to add a citizenship question to the 2020 census.\n\n"
    "The House first voted on the matter in 2017, two years before the contempt vote.\n"
)


def test_no_completion_of_the_census_year_in_the_real_sentence() -> None:
    made = asked(CENSUS_TEXT)
    assert not [p for p, k in made if k == "2020" and "census" in p]
    assert [p for p, k in made if k == "2017"]


COMPANY_TEXT = (
    "Technology firms are joining forces with artists in a scheme run in London on Monday.\n\n"
    "{sentence}\n\n"
    "Frank Stone, head of business sector programmes at BT, said the Connected World initiative had 40 members.\n\n"
    "The Arts Council and the University of Westminster both joined the scheme in 2004.\n"
)


@pytest.mark.parametrize(
    "sentence, refused",
    [
        # "UK telco ___ is serious about the idea" (bbc_tech_005; obvious, three of three)
        ("UK telco BT is serious about the idea and has launched its Connected World initiative.", True),
        ("Telecoms giant BT is serious about the idea and has launched its Connected World initiative.", True),
        ("Virus firm BT is serious about the idea and has launched its Connected World initiative.", False),
        ("Project partner BT is serious about the idea and has launched its Connected World initiative.", False),
    ],
)
def test_no_blank_of_a_company_after_a_descriptor_that_names_it(sentence: str, refused: bool) -> None:
    made = [f for p, k, f in checked(COMPANY_TEXT.format(sentence=sentence)) if k == "BT" and "serious" in p]
    assert made
    assert all(("company-described" in failed) is refused for failed in made)


TELEGRAPH_TEXT = (
    "The Daily and Sunday Telegraph newspapers are axing 90 journalist jobs, 17% of their editorial staff.\n\n"
    "The Telegraph Group says the cuts are needed to fund a £150m investment in new printing facilities.\n\n"
    "The National Union of Journalists has called on the management to recall the notice by Monday.\n\n"
    "Telegraph executive Murdoch MacLennan said the two newspapers would add eight colour pages.\n"
)


@pytest.mark.parametrize(
    "headline, refused",
    [
        # under "Telegraph newspapers axe 90 jobs": "___ says the cuts are needed" (bbc_business_014)
        ("Telegraph newspapers axe 90 jobs", True),
        ("Newspapers axe 90 jobs", False),
    ],
)
def test_no_blank_of_a_company_the_headline_names_without_its_group(headline: str, refused: bool) -> None:
    made = [f for p, k, f in checked(TELEGRAPH_TEXT, headline) if k == "The Telegraph Group"]
    assert made
    assert all(("answer-in-headline" in failed) is refused for failed in made)


def test_no_person_key_of_a_maker_s_possessive_and_a_title() -> None:
    """'for her role in ___, joins …' keyed to "Mike Nichols' Closer" (bbc_entertainment_185)."""
    text = (
        "Oscar-nominated actress Natalie Portman will present an award at the ceremony on 27 February.\n\n"
        "Portman, who has been nominated for her role in Mike Nichols' Closer, joins a growing list of stars, "
        "including Dustin Hoffman.\n\n"
        "Director Mike Nichols said the film had taken 18 months to make.\n"
    )
    assert "Mike Nichols' Closer" in {p.name for p in _analysis(text).people}
    made = {k: f for p, k, f in checked(text)}
    assert "possessive-in-name" in made["Mike Nichols' Closer"]
    assert "possessive-in-name" not in made["Natalie Portman"]


@pytest.mark.parametrize(
    "opening, speaker",
    [
        # "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of …" (wikinews_2019_092):
        # the comic's heroine was taken for the speaker, then offered as one (weak distractor, 3 of 3)
        ("Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of", "Jenn St-Onge"),
        ("Comic artist Jenn St-Onge told of", "Jenn St-Onge"),
        ("Comic artist (and writer) Jenn St-Onge told of", "Jenn St-Onge"),
    ],
)
def test_a_name_in_brackets_is_no_speaker(opening: str, speaker: str) -> None:
    """The article's own paragraph (Wikinews, CC BY 2.5)."""
    text = (
        'At the panel "Breaking Into Comics," speakers shared their insights into getting started as a comic '
        f"artist or writer. {opening} being forced to re-evaluate her life, after growing up with ample "
        "positive reinforcement about being an artist. \"In my first stint, I didn't get any work. [...] to come "
        "back and get that kind of second chance, eight years ago, it feels really good to have people coming "
        "to you and being 'I want you to work,' and basically working seven days a week for the last eight "
        'years."\n'
    )
    quotes = [q for q in _analysis(text).quotes if q.text.startswith("In my first stint")]
    assert [q.speaker for q in quotes] == [speaker]
