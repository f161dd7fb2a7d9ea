"""Golden cases from the 36th blind review's rejections of blanks and options: each refused shape in
a real sentence of the reviewed article, and counter-examples in the same words that the rule must
keep.
"""

from __future__ import annotations

import random

import pytest
from golden import golden_analysis, kept

from quizgen.generators import distractors, generate_all
from quizgen.models import QuestionKind

CONTEXT = "Shares in Dublin rose 10% in 2004, the ISEQ index said on Friday.\n\n"


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "The economy is set for strong growth in ___" (2005; trivial, vague; bbc_business_031)
        ("The Irish economy is set for strong growth in 2005 while interest rates remain low.", "2005", True),
        # "Analysts predict that the dollar will remain weak in ___" (bbc_business_374)
        ("Analysts predict that the dollar will remain weak in 2005 as investors worry.", "2005", True),
        # a year further off is a fact to learn; a past year is no forecast
        ("The Irish government will host the Ryder Cup golf tournament in 2012 at the K Club.", "2012", False),
        ("The Irish economy grew strongly in 2003 while interest rates remained low.", "2003", False),
    ],
)
def test_no_blank_of_the_articles_coming_year_in_a_forecast(sentence, key, refused):
    assert kept(CONTEXT + sentence + "\n", key) is not refused


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "in the opening ___" (45 minutes, read as a duration; obvious, three of three; bbc_sport_163)
        (
            "Arsenal were barely seen as an attacking force in the opening 45 minutes, although Freddie Ljungberg "
            "turned a half-chance wide.",
            "45 minutes",
            True,
        ),
        ("The kick-off at Highbury was delayed by 45 minutes because of fog over north London.", "45 minutes", False),
        # "users need to prove they are over ___ before firewalls are lifted" (18; bbc_tech_386)
        (
            "The system means Vodafone users need to prove they are over 18 before firewalls are lifted on "
            "explicit websites.",
            "18",
            True,
        ),
        ("The Vodafone content control system is now in use in over 18 countries across Europe.", "18", False),
    ],
)
def test_no_blank_of_a_figure_fixed_by_convention(sentence, key, refused):
    text = "Vodafone and Arsenal signed a deal in London on Monday.\n\n" + sentence + "\n"
    assert kept(text, key) is not refused


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "___ introduced Quincy Owusu-Abeyie for the ineffective Lupoli" (obvious; bbc_sport_163)
        (
            "Arsene Wenger introduced Quincy Owusu-Abeyie for the ineffective Arturo Lupoli at half-time.",
            "Arsene Wenger",
            True,
        ),
        (
            "Arsene Wenger introduced Quincy Owusu-Abeyie for the ineffective Arturo Lupoli at half-time.",
            "Arturo Lupoli",
            False,
        ),
        # "Despite enjoying ___'s conspiracy theory" (Dan Brown; obvious, three of three; bbc_entertainment_009)
        (
            "Despite enjoying Dan Brown's conspiracy theory, Bishop Richard Harries said there was a lack of evidence.",
            "Dan Brown",
            True,
        ),
        (
            "Despite enjoying Dan Brown's conspiracy theory, Bishop Richard Harries said there was a lack of evidence.",
            "Richard Harries",
            False,
        ),
    ],
)
def test_no_blank_of_a_person_everyone_knows(sentence, key, refused):
    assert kept(sentence + "\n", key) is not refused


def test_a_company_named_by_a_figure_is_no_number():
    """'so promising that 3 says it is planning …' (the mobile firm 3 read as a number; three of three)."""
    analysis = golden_analysis(
        "The response has been so promising that 3 says it is planning to launch a dating service.\n\n"
        "Of the 40 people asked, 12 say they would try the service in 2005.\n"
    )
    numbers = {n.text for n in analysis.numbers}
    assert "3" not in numbers
    assert {"40", "12"} <= numbers


@pytest.mark.parametrize(
    "sentence, key, refused, headline",
    [
        # "qualified from ___" (Group A; trivial, two of three; bbc_sport_219)
        (
            "Hearts will play Asante Kotoko after the Kumasi team qualified from Group A on Saturday.",
            "Group A",
            True,
            "",
        ),
        # "trading at ___ versus the euro" ($1.3652; trivial, three of three; bbc_business_374)
        ("The dollar was trading at $1.3652 versus the euro on Friday morning in London.", "$1.3652", True, ""),
        ("The US budget deficit reached $412bn in the year to September, the Treasury said.", "$412bn", False, ""),
        # "buy … Guidant for ___" ($25.4bn) under "… $25bn deal" (obvious, two of three; bbc_business_300)
        (
            "Johnson & Johnson has agreed to buy medical technology firm Guidant for $25.4bn.",
            "$25.4bn",
            True,
            "J&J agrees $25bn Guidant deal",
        ),
        (
            "Johnson & Johnson has agreed to buy medical technology firm Guidant for $25.4bn.",
            "$25.4bn",
            False,
            "J&J agrees Guidant deal",
        ),
    ],
)
def test_no_blank_of_a_label_a_fine_rate_or_a_figure_the_headline_rounds(sentence, key, refused, headline):
    assert kept(sentence + "\n", key, headline or "Golden article") is not refused


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "___ have broken with Trump" (Other Republicans; trivial, three of three; wikinews_2020_114)
        (
            "Other Republicans have broken with Donald Trump, such as former governor Chris Christie.",
            "Other Republicans",
            True,
        ),
        # "the General ___ has acted" (Services Administration; formatting, three of three)
        (
            "Traditionally, the General Services Administration has acted once the national media has called the race.",
            "Services Administration",
            True,
        ),
        (
            "Other Republicans have broken with Donald Trump, such as former governor Chris Christie.",
            "Chris Christie",
            False,
        ),
    ],
)
def test_no_blank_of_a_group_or_of_half_a_name(sentence, key, refused):
    assert kept(sentence + "\n", key) is not refused


@pytest.mark.parametrize(
    "tail, refused",
    [
        # "on the weekend of ___ and the second leg two weeks later on the 11 December" (obvious; bbc_sport_219)
        (" and the second leg two weeks later on the 11 December in Kumasi.", True),
        (" in front of a crowd of 40,000 fans.", False),
    ],
)
def test_no_blank_of_a_weekend_the_other_date_gives(tail, refused):
    text = "The first leg of the final will be played in Accra on the weekend of 27-28 November" + tail + "\n"
    assert kept(text, "27-28 November") is not refused


def test_a_person_named_as_a_role_played_is_no_speaker_option():
    """'Who said …?' with Bobby Darin among the options: the singer whom Spacey plays (weak
    distractor, three of three; bbc_entertainment_071)."""
    analysis = golden_analysis(
        "Kevin Spacey wrote and starred in the film about the life of 1950s crooner Bobby Darin.\n\n"
        '"This is my tribute to someone I think was a remarkable talent," said Spacey, who, as Darin, sings '
        "all 18 songs.\n\n"
        '"I knew nothing about him before this film," said actress Kate Bosworth, who plays his wife.\n\n'
        '"It was a joy to make," said actor Bob Hoskins at the premiere in London.\n\n'
        "Spacey, a double Oscar-winner, has long been fascinated by the story of singer Bobby Darin.\n\n"
        "Director John Smith said the film cost $25m to make.\n"
    )
    quote = next(c for c in generate_all(analysis) if c.kind is QuestionKind.QUOTE and c.answer == "Kevin Spacey")
    options = distractors.choose(quote, analysis, random.Random(0), wanted=10)  # every option it could pick
    assert "Bobby Darin" not in options
    assert "Kate Bosworth" in options


def test_the_subject_of_a_biopic_is_portrayed_and_its_maker_is_not():
    """'The Aviator, Martin Scorsese's biopic of aviation pioneer and Hollywood player Howard
    Hughes': Hughes became a false speaker of a critic's words on a dev quiz (found merging the
    36th review's rules); Scorsese made the film and may be asked about."""
    from quizgen.generators.portrayed import portrayed

    text = (
        "The Aviator, Martin Scorsese's biopic of aviation pioneer and Hollywood player Howard Hughes, won.\n\n"
        'Critic Tim Dams said: "It is a film that portrays a pioneer as a human rather than a monster."\n'
    )
    people = portrayed(golden_analysis(text))
    assert "Howard Hughes" in people
    assert "Martin Scorsese" not in people
