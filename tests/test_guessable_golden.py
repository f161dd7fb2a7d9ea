"""Golden tables for questions a reader answers without reading, or that read wrong, from the
11th and 12th blind reviews' rejections (obvious-answer, trivial, weak-distractor, ungrammatical,
formatting). Each rule has the rejected shape (a real sentence of the reviewed article, or our
own sentence in the same shape) and counter-examples it must keep, so it cannot silently refuse
good questions.
"""

from __future__ import annotations

import random

import pytest
from test_true_false_more import swapped

from quizgen.analysis import analyze
from quizgen.analysis.quote_spans import quote_spans
from quizgen.articles import parse_article
from quizgen.checks import STATEMENT_CHECKS, fronted_pronoun
from quizgen.generators import Candidate
from quizgen.generators.facts import generate
from quizgen.generators.guessable import any_state_s_body
from quizgen.generators.indefinite import disagreeing_article
from quizgen.generators.nearby import nearby_numbers
from quizgen.generators.text import initials as _initials
from quizgen.headline_checks import _given_name
from quizgen.models import QuestionKind, Sentence, TrueFalseQuestion


def blank_answers(text: str) -> set[str]:
    return {c.answer for c in generate(analyze(parse_article(text, name="golden")))}


STATE_BODIES = [
    pytest.param("US District Court", True, id="filed-in-the-blank-in-california"),
    pytest.param("Defence Forces", True, id="equipment-needed-by-the-blank"),
    pytest.param("Ministry of Defence", True, id="a-ministry"),
    pytest.param("Court of Appeal", True, id="a-court-of-appeal"),
    pytest.param("Texas Court of Criminal Appeals", True, id="a-state-s-court"),
    pytest.param("Hirtenberger Defence Group", False, id="a-word-of-its-own"),
    pytest.param("Senate Judiciary Committee", False, id="one-committee"),
    pytest.param("Leeds City Council", False, id="a-council-is-a-particular-body"),
    pytest.param("Centre for Economic Policy Research", False, id="not-a-body-of-every-state"),
    pytest.param("Federal Reserve", False, id="no-state-head-word"),
]


@pytest.mark.parametrize("name, expected", STATE_BODIES)
def test_a_body_every_state_has(name, expected):
    assert any_state_s_body(name) is expected


def test_no_blank_for_a_body_every_state_has():
    text = (
        "Apple sues bloggers\n\n"
        "The latest action was filed on Monday in the US District Court in California.\n\n"
        "The study, from the Centre for Economic Policy Research, was published on 3 May 2024.\n"
    )
    answers = blank_answers(text)
    assert "US District Court" not in answers
    assert "Centre for Economic Policy Research" in answers


def test_no_blank_for_a_star_named_in_passing():
    """'the exposure of singer ___'s breast during the CBS Super Bowl halftime show' (Janet
    Jackson): a star named once, after the word for her trade. The same words before someone
    the article is about, or a person named once without them, still give a blank."""
    text = (
        "Broadcaster fined over show\n\n"
        "The fine was levied against Viacom after the exposure of singer Janet Jackson's breast "
        "during the CBS Super Bowl halftime show in January.\n\n"
        "Singer Amy Macdonald will headline the Lanark festival in August, organisers said.\n\n"
        "Amy Macdonald told the paper the festival had been her dream since she was a child.\n\n"
        "Viacom lawyer Tom Brennan said the company would not appeal against the decision.\n"
    )
    answers = blank_answers(text)
    assert "Janet Jackson" not in answers
    assert {"Amy Macdonald", "Tom Brennan"} <= answers


GIVEN_NAMES = [
    pytest.param("Britney Spears", "Britney", id="britney-attacks-false-tabloids"),
    pytest.param("Will Smith", None, id="an-everyday-word"),
    pytest.param("President Trump", None, id="a-title"),
    pytest.param("Madonna", None, id="one-name"),
    pytest.param("BBC Trust", None, id="an-acronym"),
]


@pytest.mark.parametrize("name, expected", GIVEN_NAMES)
def test_a_given_name_a_headline_uses_alone(name, expected):
    assert _given_name(name) == expected


YEARS_IN_ASIDES = [
    pytest.param(
        "Osbourne, who bit off the head of a live bat on stage in 1982, rejoined the band to play the Live Aid "
        "charity concert in 1985.",
        "1982",
        "1985",
        id="a-relative-clause",
    ),
    pytest.param(
        "New Zealander Peter Jackson took 10 years to bring the trilogy to the big screen, winning Academy "
        "Awards for the final film The Return of the King in 2004.",
        "2004",
        None,
        id="a-participle-clause",
    ),
    pytest.param(
        "Parliament approved the new law in 2004, making it the first country to ban smoking in bars.",
        None,
        "2004",
        id="the-sentence-s-own-year",
    ),
]


@pytest.mark.parametrize("sentence, refused, kept", YEARS_IN_ASIDES)
def test_a_year_that_dates_an_aside_is_not_blanked(sentence, refused, kept):
    answers = blank_answers(f"Headline of the test\n\n{sentence}\n")
    if refused:
        assert refused not in answers
    if kept:
        assert kept in answers


def test_no_blank_for_a_rate_to_the_hundredth():
    """'with the yen strengthening 0.7% against the dollar to ___ yen' (104.53): no fact a reader
    keeps; a rate in quarter points or a price in pence is."""
    text = (
        "Markets close higher\n\n"
        "The yen strengthened 0.7% against the dollar to 104.53 yen by the close on Friday.\n\n"
        "UK interest rates are set to remain on hold at 4.75% following the latest meeting of the bank.\n"
    )
    answers = blank_answers(text)
    assert "104.53" not in answers
    assert "4.75%" in answers


def test_options_for_a_rate_in_quarter_points_are_in_quarter_points():
    options = nearby_numbers("4.75%", random.Random(3))
    assert options and all((float(o.rstrip("%")) * 4).is_integer() for o in options)
    assert not all((float(o.rstrip("m")) * 4).is_integer() for o in nearby_numbers("12.72m", random.Random(3)))


INITIALS = [
    pytest.param("UK Independence Party", "UKIP", id="an-acronym-inside-the-name"),
    pytest.param("National Union of Journalists", "NUJ", id="plain-initials"),
    pytest.param("Labour", "", id="one-word"),
]


@pytest.mark.parametrize("name, expected", INITIALS)
def test_initials_that_make_an_option_the_answer_under_another_name(name, expected):
    assert _initials(name) == expected


SWAPS = [
    pytest.param(
        "Ronan O'Gara kicked a dropped goal in the ninth minute and Felipe Contepomi replied with a penalty two "
        "minutes later.\n\nContepomi kicked a penalty four minutes into injury time.",
        "Ronan O'Gara kicked",
        "four",
        id="minutes-between-two-events",
    ),
    pytest.param(
        "Politically, Kokesh supported the 2008 and 2012 presidential campaigns of Ron Paul.\n\n"
        "Kokesh was arrested in 2006 at a protest, and again in 2010.",
        "Politically, Kokesh",
        "2006",
        id="a-year-beside-another-year",
    ),
    pytest.param(
        "Growth for the three months to December was a seasonally-adjusted 0.7-0.8%, ahead of the 0.6% "
        "forecast.\n\nIn the previous quarter growth was 0.7%, the office said.",
        "Growth for the three",
        "0.7%",
        id="a-figure-the-statement-shows",
    ),
]


@pytest.mark.parametrize("text, start, refused", SWAPS)
def test_swaps_a_reader_sees_through(text, start, refused):
    assert refused not in swapped(f"Headline of the test\n\n{text}\n", start)


COUNTRIES_NAMED = [
    pytest.param(
        "The UK total translates into 7.5 connections, compared to 15.8 in the Netherlands.",
        "United Kingdom",
        True,
        id="uk-for-britain",
    ),
    pytest.param("The US economy grew 3% last year.", "United States", True, id="us"),
    pytest.param(
        "The UK total translates into 7.5 connections, compared to 15.8 in the Netherlands.",
        "Germany",
        False,
        id="another-country",
    ),
]


@pytest.mark.parametrize("statement, country, named", COUNTRIES_NAMED)
def test_a_country_the_statement_names_under_another_name(statement, country, named):
    """'… compared to 6.7 in Germany and 15.8 in the Britain' after 'The UK total': Britain is
    never swapped in where the statement names the UK."""
    from quizgen.generators.swaps import _country_named

    assert _country_named(statement, country) is named


def test_swaps_that_stay():
    """The counter-examples: a count that is no span of time, a year on its own, another country."""
    text = (
        "Headline of the test\n\nThe Leeds club sold 20,000 tickets for its final match in 2004.\n\n"
        "Only 12,000 tickets went for the semi-final in 2002.\n\n"
        "Britain now has more broadband lines than most of Europe.\n\nThe UK total translates into 7.5 "
        "connections per 100 people, compared to 6.7 in Germany and 15.8 in the Netherlands.\n\nBritain lags "
        "behind the United States, the report said.\n"
    )
    assert "12,000" in swapped(text, "The Leeds club sold")
    assert "2002" in swapped(text, "The Leeds club sold")
    assert "United States" in swapped(text, "The UK total")


ARTICLES = [
    pytest.param("The government is regaining control in an bid to help the company.", "an bid", id="an-bid"),
    pytest.param("It was a odd step for an unusual grower.", "a odd", id="a-odd"),
    pytest.param("It was an historic day for an honest man.", None, id="an-historic"),
    pytest.param("A euro coin, a one-off, a university and a US firm.", None, id="consonant-sounds"),
    pytest.param("An FBI agent and an MP met a BBC reporter.", None, id="acronyms"),
    # 35th blind review (ungrammatical, three of three): figures, said with their first word
    pytest.param("A 18-year-old woman in the car was arrested.", "A 18", id="a-18-year-old"),
    pytest.param("The cuts fund an £150m investment in printing.", "an £150", id="an-pounds"),
    pytest.param("An 18-year-old, an 8% rise, an 11,000 crowd, an 1850s house.", None, id="vowel-figures"),
    pytest.param("A 150-year-old tree, a £5m deal, a 110 mph wind, a 1960s house.", None, id="consonant-figures"),
]


@pytest.mark.parametrize("text, slip", ARTICLES)
def test_a_or_an_that_disagrees(text, slip):
    assert disagreeing_article(text) == slip


def _statement(text: str) -> tuple[TrueFalseQuestion, Candidate]:
    sentence = Sentence(index=0, paragraph=0, start=0, text=text)
    candidate = Candidate(
        kind=QuestionKind.STATEMENT,
        prompt=text,
        answer=text,
        source=sentence,
        answer_type="statement",
        key="k",
        shape="true_false",
    )
    question = TrueFalseQuestion(id="q1", prompt=text, answer="True", source_sentence=text, kind=QuestionKind.STATEMENT)
    return question, candidate


FRAGMENTS = [
    pytest.param("Adam Kokesh, an Iraq War veteran, activist, radio show host.", True, id="a-name-and-descriptions"),
    pytest.param("Adam Kokesh, an Iraq War veteran, spoke with Wikinews.", False, id="spoke"),
    pytest.param("Adam Kokesh, 37, is running for president.", False, id="is"),
    pytest.param("Tim Smith, the new chairman, takes over in May.", False, id="a-present-verb"),
    pytest.param("Smith, the new chairman, met the board on Friday.", False, id="an-irregular-past"),
]


RUN_ON = [
    pytest.param(
        "Four of these bone tools were found in a site called Abri Peyrony and the other one was from "
        "Pech-de-l’Azé I. These tools were just a few centimetres in size.",
        True,
        id="after-a-roman-numeral",
    ),
    pytest.param("Mr. He Jiankui said the work was done.", False, id="an-honorific"),
    pytest.param("The tools were found by Dr. Martisius and her team.", False, id="no-second-sentence"),
    pytest.param("He met George W. Bush in Texas.", False, id="an-initial"),
    pytest.param(  # 22nd blind review: formatting (three raters of three)
        "The real estate firm ended the day down at _______. Traders said there was some panic selling.",
        True,
        id="after-a-blank",
    ),
    pytest.param("The firm ended the day down at _______ on Friday.", False, id="a-blank-in-one-sentence"),
]


FRONTED = [
    pytest.param("In _______, it sued a former contractor who put drawings online.", True, id="in-blank-it-sued"),
    pytest.param("If confirmed, that would be the best quarterly showing since _______.", True, id="that-would-be"),
    pytest.param("In a report, it said there were more than _______ connections.", True, id="in-a-report-it-said"),
    pytest.param("According to Apple, it sold _______ iPods.", False, id="a-name-before-the-pronoun"),
    pytest.param("In _______, the company sued a former contractor.", False, id="a-noun-subject"),
    pytest.param("If it rains, the match will be moved to _______.", False, id="a-pronoun-inside-the-clause"),
    # 22nd blind review: vague (three raters of three)
    pytest.param("In both cases, their shares fell by some _______.", True, id="in-both-cases-their"),
    pytest.param(
        "Singapore's economy grew by 8.1% in _______, its best performance since 2000.", False, id="its-in-an-aside"
    ),
]


@pytest.mark.parametrize("text, refused", FRONTED)
def test_a_pronoun_subject_after_a_fronted_phrase(text, refused):
    assert bool(fronted_pronoun(text)) is refused


def test_an_unclosed_quotation_ends_before_the_next_one_s_attribution():
    paragraph = (
        'Mr Mubanga said: "I\'ve lost three years of my life, because I was a Muslim. He added: "The authorities '
        'wanted to break me." Then he left. "It was hard," he said.'
    )
    texts = [span.text for span in quote_spans(paragraph)]
    assert texts[0] == "I've lost three years of my life, because I was a Muslim."
    assert texts[1] == "The authorities wanted to break me."


CHINA = (
    "Chinese wine tempts Italian firm\n\n"
    "Italy's Illva Saronno has agreed to buy a third of Changyu, one of China's largest wine makers.\n\n"
    "China is encouraging state-owned companies to sell shares to foreign investors.\n\n"
    "Beijing wants the firms to learn from foreign partners, the ministry said.\n\n"
    "Chinese wine sales rose 20% last year, while sales in France and Spain fell.\n"
)


@pytest.mark.parametrize(
    "stem, answer, refused",
    [
        pytest.param(
            "Which country is encouraging state-owned companies to sell shares to foreign investors?",
            "China",
            True,
            id="the-article-s-own-country",
        ),
        pytest.param("Which country saw its wine sales fall last year?", "France", False, id="another-country"),
    ],
)
def test_a_place_the_whole_article_is_about(stem, answer, refused):
    from quizgen.checks import _place_known
    from quizgen.models import MultipleChoiceQuestion

    analysis = analyze(parse_article(CHINA, name="china"))
    sentence = analysis.sentences[1]
    candidate = Candidate(
        kind=QuestionKind.SUBJECT, prompt=stem, answer=answer, source=sentence, answer_type="place", key="k"
    )
    question = MultipleChoiceQuestion(
        id="q1",
        kind=QuestionKind.SUBJECT,
        prompt=stem,
        answer=answer,
        source_sentence=sentence.text,
        choices=(answer, "Japan", "US", "Spain" if answer != "Spain" else "Italy"),
    )
    assert bool(_place_known(question, candidate, analysis)) is refused


POINTERS_BACK = [
    pytest.param("The Lib Dems' Treasury spokesman is unveiling a policy aimed at the issue.", True, id="the-issue"),
    pytest.param(
        "On the same day, the Hirtenberger Defence Group issued a corresponding press release.", True, id="same-day"
    ),
    pytest.param("The former prime minister issued a press release on Friday.", False, id="the-former-as-a-title"),
    pytest.param("The issues of the day were debated in parliament on Friday.", False, id="issues-as-a-noun"),
]


STATEMENT_CASES = [
    pytest.param(check, *case.values, id=f"{check}-{case.id}")
    for check, table in (("no-verb", FRAGMENTS), ("two-sentences", RUN_ON), ("points-back", POINTERS_BACK))
    for case in table
]


@pytest.mark.parametrize("check, text, refused", STATEMENT_CASES)
def test_statements_that_read_wrong(check, text, refused):
    """'Adam Kokesh, an Iraq War veteran, activist, radio show host.' (no verb); '… from Pech-de-l’Azé
    I. These tools were …' (two sentences); '… a policy aimed at the issue.' (points back)."""
    question, candidate = _statement(text)
    assert bool(STATEMENT_CHECKS[check](question, candidate, None)) is refused  # type: ignore[arg-type]


def test_no_blank_for_part_of_a_longer_time():
    """'of 2 hours ___ 39 seconds, last year in Berlin' (1 minute): part of one time, not a fact."""
    answers = blank_answers(
        "Kipchoge runs under two hours\n\nKipchoge set the official world record of 2 hours 1 minute 39 seconds "
        "in Berlin in 2018.\n\nHe beat the old record by 78 seconds, organisers said on Sunday.\n"
    )
    assert not answers & {"1 minute", "1", "39 seconds"}
    assert "78 seconds" in answers or "78" in answers


@pytest.mark.parametrize(
    "after, goes_on",
    [
        pytest.param(", defence industries and coordinating defence modernization.", True, id="a-list-of-duties"),
        pytest.param(", said on Monday that the deal was done.", False, id="a-verb-follows"),
        pytest.param(", and his deputy John Smith resigned.", False, id="a-new-clause"),
        pytest.param(".", False, id="the-end"),
    ],
)
def test_an_office_whose_description_goes_on_as_a_list(after, goes_on):
    """'Gáspár Maróth, the Hungarian Government commissioner responsible for defence, defence
    industries and …': a swapped office would leave '…, the Prime Minister, defence industries and …'."""
    from quizgen.generators.swap_people import LIST_GOES_ON_RE

    assert bool(LIST_GOES_ON_RE.match(after)) is goes_on
