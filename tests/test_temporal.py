"""Golden table for find_dates: each case is a sentence and the (text, relative) pairs it must give."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis.temporal import DATE_RULES, find_dates, is_relative

ABS, REL = False, True

CASES = [
    # absolute calendar dates
    pytest.param("The deal was signed in February 2022.", [("February 2022", ABS)], id="month-year"),
    pytest.param("The summit runs June 15 to 17 in Alberta.", [("June 15 to 17", ABS)], id="month-day-range"),
    pytest.param("Shops reopen on 4 and 5 March.", [("4 and 5 March", ABS)], id="day-range-month"),
    pytest.param("The auction is due on 19 December.", [("19 December", ABS)], id="day-month"),
    pytest.param("He resigned on 12 March 2005 after a vote.", [("12 March 2005", ABS)], id="day-month-year"),
    pytest.param("The treaty takes effect on July 1, 2020.", [("July 1, 2020", ABS)], id="us-style-with-year"),
    pytest.param(
        "Parliament returns on Oct. 14 and sits until October 31st.",
        [("Oct. 14", ABS), ("October 31st", ABS)],
        id="abbreviated-month-and-ordinal-day",
    ),
    pytest.param("Prices were last this high in 2004.", [("2004", ABS)], id="bare-year"),
    pytest.param("The firm has traded since the 1980s.", [("the 1980s", ABS)], id="decade"),
    pytest.param("Sales are expected to recover by mid-2005.", [("mid-2005", ABS)], id="mid-year"),
    pytest.param(
        "About 4,000 staff will move by the end of March 2005.", [("the end of March 2005", ABS)], id="edge-of-month"
    ),
    pytest.param(
        "The last week of December 2004 was the busiest.",
        [("The last week of December 2004", ABS)],
        id="last-week-of-with-year-is-absolute",
    ),
    pytest.param("Trading stopped at 0619 GMT.", [("0619 GMT", ABS)], id="clock-gmt"),
    pytest.param("Doors open at 4pm and the show ends at 11 p.m.", [("4pm", ABS), ("11 p.m.", ABS)], id="clock-am-pm"),
    pytest.param("The fire started at 3:30 in the morning.", [("3:30 in the morning", ABS)], id="clock-in-the-morning"),
    pytest.param("The bid for the 2012 Olympic Games failed.", [("2012", ABS)], id="year-before-name"),
    pytest.param("Banks closed on Labor Day.", [("Labor Day", ABS)], id="holiday"),
    pytest.param("It is the great question of the 21st Century.", [("the 21st Century", ABS)], id="century"),
    pytest.param(
        "Fares rise early September and again in the summer of 2006.",
        [("early September", ABS), ("the summer of 2006", ABS)],
        id="early-month-and-season-year",
    ),
    pytest.param("Theresa May said she would decide in May.", [("May", ABS)], id="may-the-month-only"),
    pytest.param("Grunge ruled the ’90s.", [("the ’90s", ABS)], id="decade-with-apostrophe"),
    pytest.param(
        "In March 12 people were hurt; on March 12 police spoke.",
        [("March", ABS), ("March 12", ABS)],
        id="month-then-count-is-not-a-day",
    ),
    # relative expressions
    pytest.param("The minister resigned yesterday.", [("yesterday", REL)], id="yesterday"),
    pytest.param(
        "The results are due today, and a speech tonight.", [("today", REL), ("tonight", REL)], id="today-tonight"
    ),
    pytest.param("Police said on Monday that two men were held.", [("Monday", REL)], id="weekday-without-on"),
    pytest.param("The band played on Friday night.", [("Friday night", REL)], id="weekday-part-of-day"),
    pytest.param(
        "Profits rose last year and will rise this year.", [("last year", REL), ("this year", REL)], id="last-this-year"
    ),
    pytest.param("The album came out last September.", [("last September", REL)], id="last-month-name"),
    pytest.param("Talks resume next week.", [("next week", REL)], id="next-week"),
    pytest.param("It has rained for the past few days.", [("the past few days", REL)], id="the-past-few-days"),
    pytest.param("The club won the cup two years ago.", [("two years ago", REL)], id="ago"),
    pytest.param("A week later the plant closed.", [("A week later", REL)], id="a-week-later"),
    pytest.param("Officers arrived six minutes later.", [("six minutes later", REL)], id="minutes-later"),
    pytest.param("He had spoken earlier in the day.", [("earlier in the day", REL)], id="earlier-in-the-day"),
    pytest.param("A decision is expected later this year.", [("later this year", REL)], id="later-this-year"),
    pytest.param("Demand will double over the next decade.", [("the next decade", REL)], id="the-next-decade"),
    pytest.param("Crime has fallen in recent years.", [("recent years", REL)], id="recent-years"),
    pytest.param("He scored twice last season.", [("last season", REL)], id="last-season"),
    pytest.param("A bill will be sent within 10 days.", [("within 10 days", REL)], id="within"),
    pytest.param("The plan was agreed over the weekend.", [("the weekend", REL)], id="the-weekend"),
    pytest.param("Rents will rise by the end of the month.", [("the end of the month", REL)], id="end-of-the-month"),
    pytest.param("Sales grew in October last year.", [("October last year", REL)], id="month-last-year"),
    pytest.param("Flooding began late on Tuesday.", [("late on Tuesday", REL)], id="late-on-weekday"),
    pytest.param(
        "Blasts shook the city on the night of Monday to Tuesday.",
        [("the night of Monday to Tuesday", REL)],
        id="night-of-weekday-range",
    ),
    pytest.param("She said it happened the day before.", [("the day before", REL)], id="the-day-before"),
    # durations are times but not relative
    pytest.param("The band played for 45 minutes.", [("45 minutes", ABS)], id="duration"),
    pytest.param("Sales rose tenfold in less than 12 months.", [("12 months", ABS)], id="duration-months"),
    pytest.param("The talks took two and a half years.", [("two and a half years", ABS)], id="duration-and-a-half"),
    # must not
    pytest.param("The G7 met as Covid-19 spread.", [], id="not-g7-or-covid-19"),
    pytest.param("The company sold 12,2005 units and 20050 more.", [], id="not-year-inside-number"),
    pytest.param("Over 1800 people have died.", [], id="not-year-before-count-noun"),
    pytest.param("Fees of $2000 and 2019% growth.", [], id="not-year-as-money-or-percent"),
    pytest.param("You may go if you march in an orderly line.", [], id="not-may-or-march-verbs"),
    pytest.param("He smoked ten cigarettes a day for $5 a week, and £300m a year after that.", [], id="not-a-rate"),
    pytest.param("Crowds joined the March for Life.", [], id="not-month-after-the"),
    pytest.param("The story ran in USA Today and centre Jamie Noon read it.", [], id="not-names"),
    pytest.param("He went on a month-long diet.", [], id="not-hyphenated-adjective"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_dates(sentence: str, expected: list[tuple[str, bool]]) -> None:
    mentions = find_dates(sentence, 3)
    assert [(m.text, m.relative) for m in mentions] == expected
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
        assert m.sentence == 3


@pytest.mark.parametrize("rule", DATE_RULES, ids=[r.name for r in DATE_RULES])
def test_every_rule_matches_its_examples_and_not_its_counter_examples(rule) -> None:
    for example in rule.examples:
        assert rule.search(example), example
        assert find_dates(example, 0), example
    for counter in rule.counter_examples:
        assert not rule.search(counter), counter


def test_mentions_do_not_overlap_and_prefer_the_longest() -> None:
    sentence = "By the end of March 2005, and again on Monday 12 March, yesterday morning."
    mentions = find_dates(sentence, 0)
    assert [m.text for m in mentions] == ["the end of March 2005", "Monday 12 March", "yesterday morning"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("yesterday", True),
        ("two years ago", True),
        ("Friday", True),
        ("December 2004", False),
        ("the last week of December 2004", False),
        ("the 1970s", False),
        ("45 minutes", False),
    ],
)
def test_is_relative(text: str, relative: bool) -> None:
    assert is_relative(text) is relative


WORDS = st.sampled_from(
    [
        "in",
        "May",
        "March",
        "12",
        "2004",
        "last",
        "year",
        "the",
        "end",
        "of",
        "’90s",
        "Monday",
        "night",
        "ago",
        "two",
        "a",
        "week",
        "later",
        "4pm",
        "GMT",
        "0619",
        ",",
        "-",
        "today",
        "Today",
        "1800",
        "people",
        "early",
        "mid-",
        "$",
        "%",
        "to",
        "17",
    ]
)


@given(st.lists(WORDS, max_size=12).map(" ".join) | st.text(max_size=60))
def test_any_text_gives_exact_non_overlapping_spans(sentence: str) -> None:
    mentions = find_dates(sentence, 0)
    assert all(sentence[m.start : m.end] == m.text and m.text.strip() for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
