"""Options a reader rules out at a glance, or picks at a glance, from the 13th blind review's
"weak distractor", "obvious answer" and "formatting" rejections (bulk articles, three raters):
golden sentences with examples and counter-examples."""

from __future__ import annotations

import random

import pytest

from quizgen.checks import _answer_not_echoed
from quizgen.generators.candidate import Candidate
from quizgen.generators.nearby import nearby_dates, nearby_numbers, ruled_out_by_sentence, season_months
from quizgen.models import BLANK, MultipleChoiceQuestion, QuestionKind, Sentence


def number_candidate(prompt: str, answer: str = "13") -> Candidate:
    source = Sentence(index=0, paragraph=0, start=0, text=prompt.replace(BLANK, answer))
    return Candidate(QuestionKind.NUMBER, prompt, answer, source, "number", key=prompt)


@pytest.mark.parametrize("answer", ["17th", "1st", "22nd", "3rd", "11th", "100th"])
def test_ordinal_options_keep_their_suffix_right(answer):
    """ "Wolves are currently ___ in the Championship": '23th' among the options (2 raters of 3)."""
    for seed in range(10):
        for option in nearby_numbers(answer, random.Random(seed)):
            number = int(option[:-2])
            right = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
            assert option.endswith(right), option


@pytest.mark.parametrize(
    "prompt, option, ruled_out",
    [
        # 15th blind review (weak distractor): an option on the wrong side of what it is compared with
        (
            "Deloitte is forecasting growth of _______ this year, below the Chancellor's forecast of 3% to 3.5%.",
            "4%",
            True,
        ),
        (
            "Deloitte is forecasting growth of _______ this year, below the Chancellor's forecast of 3% to 3.5%.",
            "1.5%",
            False,
        ),
        ("Consumer spending grew _______ in the final quarter, down from the third quarter's 5.1%.", "6.3%", True),
        ("Exports rose to _______, up from 300 tonnes a year ago.", "250", True),
        ("Exports rose to _______, up from 300 tonnes a year ago.", "450", False),
        # 34th blind review (weak distractor, three of three): "rose to 220 in 2004 from 287"
        ("The number of films released rose to _______ in 2004 from 287 the previous year.", "220", True),
        ("The number of films released rose to _______ in 2004 from 287 the previous year.", "360", False),
        ("Sales fell to _______ in March from 287 a year before.", "360", True),
        ("Sales fell to _______ in March from 287 a year before.", "220", False),
        ("The 18-year-old, who has played in _______ of the club's last 14 games, had surgery.", "16", True),
        ("The 18-year-old, who has played in _______ of the club's last 14 games, had surgery.", "11", False),
        ("She answered _______ out of 10 questions correctly.", "12", True),
        ("Labour won _______ of the 20 seats in the city.", "24", True),
        ("Labour won _______ of the 20 seats in the city.", "16", False),
        ("_______ of the 2,000 workers will lose their jobs.", "2,400", True),
        # no whole to be a part of: a figure of a share, or of people in general
        ("Some _______ of them were injured in the crash in 2004.", "40", False),
        ("Profits rose _______ of 15% last year.", "20", False),
    ],
)
def test_a_part_is_never_larger_than_its_whole(prompt, option, ruled_out):
    answer = {"4%": "2%", "1.5%": "2%", "6.3%": "4.2%", "250": "400", "450": "400"}.get(option, "13")
    if "287" in prompt:
        answer = "250" if "fell" in prompt else "310"
    assert ruled_out_by_sentence(option, number_candidate(prompt, answer)) is ruled_out


def test_date_options_stay_in_the_season_the_sentence_names():
    """ "withdrew from last summer's Olympics after missing a drugs test ... on ___" (12 August):
    '12 November' among the options (three raters of three)."""
    sentence = "Kenteris and Thanou withdrew from last summer's Olympics after missing a drugs test on _______."
    months = season_months(sentence)
    for seed in range(10):
        options = nearby_dates("12 August", random.Random(seed), months=months)
        assert len(options) >= 3
        assert all(o.split()[1] in ("May", "June", "July", "September") for o in options), options


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed on _______ in Paris.",  # no season: any month
        "The winter sales began early, and the summer ones late, on _______.",  # two seasons: no guess
    ],
)
def test_date_options_without_one_season_named_range_over_the_year(sentence):
    assert season_months(sentence) is None


@pytest.mark.parametrize(
    "prompt, answer, others, picked",
    [
        (
            "Which organisation said Britain's retailers had endured their worst Christmas in a decade?",
            "British Retail Consortium",
            ("Bank of England", "MPC", "EEF"),
            True,
        ),
        (
            "Which organisation is trying to restructure the domestic tobacco industry, closing some factories?",
            "State Tobacco Monopoly Administration",
            ("China Daily", "BBC", "AFP"),
            True,
        ),
        # Another option shares the word: the stem tells none apart
        (
            "Which organisation said the bank would hold interest rates?",
            "Bank of England",
            ("European Central Bank", "CBI", "EEF"),
            False,
        ),
        # No word of the answer in the stem
        (
            "Which organisation said manufacturing output dropped 0.1% in November?",
            "CBI",
            ("Bank of England", "MPC", "EEF"),
            False,
        ),
    ],
)
def test_a_stem_that_spells_out_the_answer_alone_is_refused(prompt, answer, others, picked):
    source = Sentence(index=0, paragraph=0, start=0, text=prompt)
    candidate = Candidate(QuestionKind.SUBJECT, prompt, answer, source, "organization", key=prompt)
    question = MultipleChoiceQuestion(
        id="q1",
        kind=QuestionKind.SUBJECT,
        prompt=prompt,
        answer=answer,
        choices=(answer, *others),
        source_sentence=prompt,
    )
    assert (_answer_not_echoed(question, candidate, None) is not None) is picked  # type: ignore[arg-type]


def test_a_span_of_years_keeps_its_length_and_its_dash():
    """ "under his ___ rule" (1973-90): '1971/72' among the options (14th blind review, three raters
    of three); a season keeps its one year and its slash."""
    for seed in range(5):
        for option in nearby_dates("1973-90", random.Random(seed)):
            first, last = option.split("-")
            assert int(last) + 1900 - int(first) == 17, option
        for option in nearby_dates("2004/05", random.Random(seed)):
            first, last = option.split("/")
            assert int(last) == (int(first) + 1) % 100, option


@pytest.mark.parametrize("answer", ["80%", "95%", "60%"])
def test_no_share_of_100_percent_beside_a_share_below_it(answer):
    """ "around ___ of surfers visit search engines" (80%): 'around 100%' (three raters of three)."""
    for seed in range(10):
        assert all(float(o.rstrip("%")) < 100 for o in nearby_numbers(answer, random.Random(seed)))


@pytest.mark.parametrize("answer", ["30 November", "31 January", "January 31, 2021", "29 March"])
def test_no_day_a_month_does_not_have(answer):
    """ "The winners will be announced on ___" (30 November): '30 February' (15th review)."""
    import calendar
    import re

    for seed in range(10):
        for option in nearby_dates(answer, random.Random(seed)):
            day = int(re.search(r"\b\d{1,2}\b", option).group())
            month = next(i for i, name in enumerate(calendar.month_name) if name and name in option)
            assert day <= calendar.monthrange(2024, month)[1], option


def test_no_thousand_thousand():
    """ "Nearly ___ customers" (800 thousand): '1,000 thousand' among the options (17th review)."""
    for seed in range(10):
        for option in nearby_numbers("800 thousand", random.Random(seed)):
            assert int(option.split()[0].replace(",", "")) < 1000, option
