"""Golden cases from the 40th blind review's rejected true/false statements and page furniture:
each refused shape in the real words of the reviewed article, and counter-examples in the same
words to keep.
"""

from __future__ import annotations

import pytest
from golden import altered, statements_shown

from quizgen.articles import parse_article
from quizgen.generators.leaning import leans_on_the_page
from quizgen.generators.statement_names import UNNAMED_BODY_RE
from quizgen.generators.statements import main_clause, statement_of
from quizgen.generators.swap_numbers import LINKED_FIGURES_RE
from quizgen.generators.swap_people import _other_nation
from quizgen.generators.swaps import COMPASS_BEFORE_RE
from quizgen.rules.author_notes import closing_author_note
from quizgen.rules.comments import comments_start, readers_voice


@pytest.mark.parametrize(
    "sentence, linked",
    [
        # wikinews_2020_036 (obvious, three of three): "Of the territory's two delegates, Sanders secured four"
        ("Of the territory's six delegates, Sanders secured four with about 63% of the vote.", True),
        ("Sanders won four of the six seats.", True),
        # a count alone, and a whole with no part counted after it, may still be swapped
        ("Sanders secured four delegates with about 63% of the vote.", False),
        ("Most of the six factories closed, and 400 people lost their jobs.", False),
        ("None of the four men was hurt in the crash.", False),
    ],
)
def test_a_whole_and_its_part_in_words_check_each_other(sentence, linked):
    assert bool(LINKED_FIGURES_RE.search(sentence)) is linked


def test_no_country_swapped_in_whose_people_the_statement_names():
    """'Israeli officials … explaining Israel's alleged involvement' (obvious, three of three;
    bbc_politics_209). Lebanon, named nowhere in the statement, is still swapped in."""
    text = (
        "Israel has accused Syria of backing the bombers, a charge Syria denies.\n\n"
        "Lebanon said it had no part in the attack in Tel Aviv on Friday.\n\n"
        "Israeli officials gave an intelligence briefing to foreign ambassadors on Monday, "
        "explaining Syria's alleged involvement.\n"
    )
    swapped = altered(text, "Israeli officials")
    assert not any("Israel's alleged" in s for s in swapped)
    assert any("Lebanon's alleged" in s for s in swapped)


def test_no_country_swapped_in_that_the_article_names_only_inside_another_name():
    """'at least three suicide bombings took place in Iraq' where Iraq is only in "Islamic State of
    Iraq and the Levant" (obvious; wikinews_2019_068)."""
    text = (
        "The Islamic State of Iraq and the Levant claimed the attack in Tunis on Thursday.\n\n"
        "Algeria closed two border crossings with Tunisia on Friday.\n\n"
        "In the span of one week, at least three suicide bombings took place in Tunisia.\n"
    )
    swapped = altered(text, "In the span of one week")
    assert not any(s.endswith("in Iraq.") for s in swapped)
    assert any(s.endswith("in Algeria.") for s in swapped)


@pytest.mark.parametrize(
    "one, other, refused",
    [
        # bbc_politics_209: "British foreign minister Mahmoud Abbas" for "Palestinian leader Mahmoud Abbas"
        ("Palestinian leader", "British foreign minister", True),
        ("French president", "German chancellor", True),
        ("Foreign Secretary", "British foreign minister", False),  # no nation, or one nation
        ("US president", "American ambassador", False),
    ],
)
def test_no_office_of_another_nation_swapped_in(one, other, refused):
    assert _other_nation(one, other) is refused


def test_a_cut_never_keeps_an_opening_phrase_alone():
    """'With Vodafone now pushing its own 3G service.' (ungrammatical, three of three; bbc_tech_198)."""
    sentence = (
        "With Vodafone now pushing its own 3G service, and 3 already established in the UK, video on the phone is "
        "clearly going to become a must-have for kids sitting on the school bus, adults waiting outside clubs and "
        "anyone who has time to kill and a group of friends to impress."
    )
    assert not main_clause(sentence).startswith("With Vodafone now pushing its own 3G service.")
    # a main clause before ", and …" is still cut to
    long = (
        "Vodafone launched its own 3G service in the UK in November with a range of new handsets for its "
        "customers, and 3 already had more than a million subscribers in the UK by then."
    )
    assert main_clause(long).startswith("Vodafone launched its own 3G service in the UK in November")
    assert main_clause(long).endswith("customers.")


@pytest.mark.parametrize(
    "text, kept",
    [
        # bbc_sport_118, bbc_politics_041 (vague, three of three)
        ("Morgan will certainly not be making another call.", False),
        ("Before the recent furore, Mr Blunkett had always appeared more interested in politics than his life.", False),
        (
            "Chief executive Parry is the man at the helm as Liverpool reach the most crucial point in their "
            "recent history.",
            False,
        ),
        (
            "As ever, the player will have the final say, and Parry acknowledges that, but he is determined to "
            "provide the framework.",
            False,
        ),
        ("Upping the ante is another smart move by Parry.", False),
        # facts in the same words stay
        ("Mr Blunkett appeared in court in Sheffield on Monday.", True),
        ("Liverpool chief executive Rick Parry met Gerrard's agent on Tuesday.", True),
        ("Kelly Holmes won the closest race in Olympic history in Athens.", True),
    ],
)
def test_opinions_and_leaning_statements(text, kept):
    assert (statement_of(text, _analysis(text), 0) is not None) is kept


def _analysis(text: str):
    from quizgen.analysis import analyze

    return analyze(parse_article("Golden article\n\n" + text + "\n", name="golden"))


@pytest.mark.parametrize(
    "text, leans",
    [
        # bbc_sport_122 (vague, three of three)
        ("The League One side held the Saints at St Mary's in their fifth-round tie.", True),
        ("The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter.", True),
        ("The England side held France at Twickenham in their opening match.", False),
        ("Brentford held the Saints at St Mary's in their fifth-round tie.", False),
    ],
)
def test_a_team_named_by_its_division_leans_on_the_page(text, leans):
    assert leans_on_the_page(text) is leans


def test_the_school_unnamed_is_no_statement():
    """'Old school friends were among the crowd at the school's Johnny Carson Theater' (vague;
    bbc_entertainment_222); with the school named, the statement stays."""
    shown = statements_shown(
        "Johnny Carson died in Los Angeles on Sunday at the age of 79.\n\n"
        "Old school friends were among the crowd at the school's Johnny Carson Theater.\n"
    )
    assert not any(s.startswith("Old school friends") for s in shown)


BIO = "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital."


@pytest.mark.parametrize(
    "last, cut",
    [
        (BIO, True),
        ("Jane Smith is a freelance writer based in Leeds.", True),
        # the article's own: a title before the name, another noun than a writer's, or not the end
        ("Mr Thompson is a regular commentator on the BBC World Service programme Go Digital.", False),
        ("Bill Thompson is a lawyer who defended the company in court.", False),
        ("Although Angels is a good song I think that anyone will realise it is not the best song.", False),
    ],
)
def test_closing_author_note(last, cut):
    paragraphs = ["The 3G phones are here, and they are good.", last]
    assert closing_author_note(paragraphs) is cut
    assert not closing_author_note([last, "The 3G phones are here, and they are good."])


def test_the_author_note_is_read_as_no_paragraph_of_the_article():
    """bbc_tech_198's last paragraph made a blank '_______ is a regular commentator on …' (other,
    three of three)."""
    body = "Vodafone launched its 3G service in London in November.\n\nMost phones will play video within a year.\n\n"
    article = parse_article("Musical future for phones\n\n" + body + BIO + "\n", name="golden")
    assert BIO not in article.paragraphs
    assert article.paragraphs[-1] == "Most phones will play video within a year."


@pytest.mark.parametrize(
    "paragraph, voice",
    [
        # bbc_sport_118's standfirst: the outlet of itself kept its readers' comments in the article
        ("BBC Sport reflects on the future for Liverpool after our exclusive interview with Rick Parry.", False),
        ("Our correspondent in Baghdad says the talks were tense.", False),
        # the readers below it
        ("I would keep Gerrard. No amount of money could replace his obvious love of the club.", True),
        ("Our club cannot let that sum of money go, despite Gerrard's quality.", True),
    ],
)
def test_the_outlet_speaking_of_itself_is_no_readers_voice(paragraph, voice):
    assert readers_voice(paragraph) is voice


def test_readers_comments_after_a_report_with_the_outlet_s_own_standfirst():
    """bbc_sport_118: the report, then readers' opinions in the first person ('Critical time for
    Liverpool with regards to Gerrard. Ideally we would …'), made three rejected statements."""
    report = [
        "BBC Sport reflects on the future for Liverpool after our exclusive interview with chief executive Parry.",
        "Chief executive Parry has to deliver a new 60,000-seat stadium in Stanley Park by 2007.",
        "Liverpool have not won the championship since 1990. Throw in the new stadium and you see the task.",
        "Captain Gerrard is central to Liverpool's plans and Parry's insistence is a statement of intent.",
        "Hawkpoint were appointed as advisors to flush out interest in March 2004.",
        "Morgan has had no formal contact with Liverpool or their advisors since last December.",
        "Parry sees the new ground as crucial to Liverpool's future.",
        "Liverpool have publicly refused to entertain the idea of stadium sponsorship.",
    ]
    comments = [
        "I would take £50m if we had no investment, but if we did, keep him.",
        "£50m for Gerrard? I don't care who you are, the Directors would take the money.",
        "Critical time for Liverpool with regards to Gerrard. Ideally we would want to secure his future.",
        "I would keep Gerrard. No amount of money could replace his obvious love of the club.",
    ]
    assert comments_start(report + comments) == len(report)
    assert comments_start(report) is None


def test_no_city_state_swapped_in_after_a_compass_part():
    """'the north east of Singapore' for 'the north east of America' (obvious, three of three;
    bbc_business_138). A country of some size is still swapped in there, and Singapore where no
    compass part stands before the country (COMPASS_BEFORE_RE)."""
    text = (
        "Oil prices rose in Singapore and Japan on Monday.\n\n"
        "Much of western Europe and the north east of America has been shivering under unseasonably low "
        "temperatures in recent days.\n\n"
        "Demand for heating oil in America rose by 5% in January.\n"
    )
    swapped = altered(text, "Much of western Europe")
    assert not any("Singapore" in s for s in swapped)
    assert any("north east of Japan" in s for s in swapped)


@pytest.mark.parametrize(
    "before, compass",
    [
        ("Much of western Europe and the north east of ", True),
        ("Floods hit southern ", True),
        ("Heavy snow fell across the centre of the ", True),
        ("Oil prices rose in ", False),
        ("The east coast storms cost ", False),
    ],
)
def test_a_compass_part_before_a_country(before, compass):
    assert bool(COMPASS_BEFORE_RE.search(before)) is compass


@pytest.mark.parametrize(
    "text, unnamed",
    [
        ("Old school friends were among the crowd at the school's Johnny Carson Theater.", True),
        ("The school is on the edge of Kibera, where 800,000 live.", True),
        # a name, or a school of something
        ("Guy was a mathematics professor at the University of Calgary prior to his death.", False),
        ("She studied at the college of art in Glasgow.", False),
    ],
)
def test_an_unnamed_school(text, unnamed):
    assert bool(UNNAMED_BODY_RE.search(text)) is unnamed
