"""Golden cases from the 39th blind review's rejections of blanks and number completions: each
refused shape in a real sentence of the reviewed article, and counter-examples in the same words
that the rule must keep.
"""

from __future__ import annotations

import pytest
from golden import kept

RESULTS = (
    "Reuters beat forecasts on Tuesday, chief executive Tom Glocer said in London.\n\n"
    "Mr Glocer said the group had cut 3,000 jobs as part of its Fast Forward plan.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "slipped 11% from ___ in 2003 to £2.89bn" (£3.24bn; obvious, three of three; bbc_business_053)
        (
            "The company said it was optimistic about growth even as revenues slipped 11% from £3.24bn "
            "($6.13bn) in 2003 to £2.89bn in 2004.",
            "£3.24bn",
            True,
        ),
        # "a 52% rise in profits for the year to £198m from the ___" (£130m; bbc_business_053)
        (
            "Reuters beat profit forecasts, posting a 52% rise in profits for the year to £198m from the £130m "
            "seen a year earlier.",
            "£130m",
            True,
        ),
        # "surged 70% to 2.39bn rupees … compared with ___ rupees" (1.41bn; bbc_business_503)
        (
            "Net profit surged 70% to 2.39bn rupees ($54.98m; £29.32m) in the last three months of 2004 "
            "compared with 1.41bn rupees a year earlier.",
            "1.41bn",
            True,
        ),
        # "closed down ___ points, or 0.01%, at 10,385.48" (0.89; trivial, three of three; bbc_business_121)
        ("The Dow Jones Industrial average closed down 0.89 points, or 0.01%, at 10,385.48.", "0.89", True),
        # the same figures that no percentage ties together stay facts to learn
        (
            "The company said revenues were £3.24bn in 2003, while its rival Bloomberg made £2.89bn in 2004.",
            "£3.24bn",
            False,
        ),
        # a rise that is not the one between the two figures gives neither away
        (
            "Reuters beat profit forecasts, posting a 12% rise in sales while profits for the year went to "
            "£198m from the £130m seen a year earlier.",
            "£130m",
            False,
        ),
        # a move beside a percentage that is not its share of the level
        (
            "The Dow Jones Industrial average closed down 0.89 points at 10,385.48, while the Nasdaq fell 1%.",
            "0.89",
            False,
        ),
    ],
)
def test_no_number_blank_that_the_sentence_computes(sentence, key, refused):
    assert kept(RESULTS + sentence + "\n", key) is not refused


POVERTY = (
    "Bill Gates told the World Economic Forum in Davos that technology could help the poor.\n\n"
    "Mr Gates said Microsoft would give software to schools in Africa.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "Two-thirds of the world's population, ___ people" (4 billion; obvious, three of three; bbc_tech_199)
        ("Two-thirds of the world's population, 4 billion people, live on $2,000 a year or less.", "4 billion", True),
        # a count the article reports is the article's to tell
        ("Two-thirds of the schools in Kenya, 4,000 buildings, have no computer at all.", "4,000", False),
    ],
)
def test_no_number_blank_of_a_known_figure(sentence, key, refused):
    assert kept(POVERTY + sentence + "\n", key) is not refused


BAFTA = (
    "Mike Leigh's Vera Drake leads the nominations for this year's Baftas in London.\n\n"
    "Imelda Staunton won praise for her role in Vera Drake, critics said on Monday.\n\n"
)
BANK = (
    "The Bank of England's deputy governor Rachel Lomax spoke in Wrexham on Monday.\n\n"
    "Ms Lomax said surveys by the CBI and the British Chambers of Commerce were useful.\n\n"
)


@pytest.mark.parametrize(
    "text, key, refused",
    [
        # "The ___ will be shown on BBC One at 2010 GMT" (trivial, vague, three of three; bbc_entertainment_355)
        (
            BAFTA + "The Orange British Academy Film Awards will be shown on BBC One at 2010 GMT.",
            "Orange British Academy Film Awards",
            True,
        ),
        # the same name in a sentence that tells something of it
        (
            BAFTA + "The Orange British Academy Film Awards gave Vera Drake three prizes on Saturday night.",
            "Orange British Academy Film Awards",
            False,
        ),
        # "… Ms Lomax said in a speech to the ___" (North Wales Business Club; trivial, two of three; bbc_business_057)
        (
            BANK + '"Recent work by the Bank has shown that private sector surveys add value, even when preliminary '
            'ONS estimates are available," Ms Lomax said in a speech to the North Wales Business Club.',
            "North Wales Business Club",
            True,
        ),
        # the club as the one who acts
        (
            BANK + "The North Wales Business Club said on Monday that its members expected sales to rise this year.",
            "North Wales Business Club",
            False,
        ),
        # "alongside ___ for The Aviator" (Martin Scorsese; obvious, two of three; bbc_entertainment_355)
        (
            BAFTA + "Mike Leigh is up for the best director award for Vera Drake, alongside Martin Scorsese for The "
            "Aviator, Michael Mann for Collateral and Marc Forster for Finding Neverland.",
            "Martin Scorsese",
            True,
        ),
        (
            BAFTA + "Martin Scorsese praised Vera Drake at a screening in New York on Monday, the academy said.",
            "Martin Scorsese",
            False,
        ),
        # "The ___ has been acting to restrain inflationary pressures" (Central Bank; obvious; bbc_business_121)
        (
            BANK + "The Central Bank has been acting to restrain inflationary pressures while being careful not to "
            "obstruct economic growth.",
            "Central Bank",
            True,
        ),
        (BANK + "The Central Bank has been buying dollars to support exporters, traders said.", "Central Bank", False),
    ],
)
def test_no_blank_of_a_setting_or_a_known_name(text, key, refused):
    assert kept(text + "\n", key) is not refused


SPACEX = (
    "SpaceX's Crew Dragon capsule arrived at its destination on Sunday, NASA said.\n\n"
    "The capsule carried a test dummy named Ripley and 400 pounds of supplies.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "launched via a Falcon 9 rocket from the ___ at Cape Canaveral" (obvious, three of three; wikinews 2019_039)
        (
            "At 2:49 a.m. local time on Saturday morning, the Crew Dragon was launched via a Falcon 9 rocket from "
            "the Kennedy Space Center at Cape Canaveral, Florida in the southeastern United States.",
            "Kennedy Space Center",
            True,
        ),
        # "Most of the docking process was automatic … the crew of the ___" (ISS; obvious, three of three)
        (
            "Most of the docking process was automatic by the capsule, though the crew of the ISS were able to "
            "send the capsule commands to perform simple movements.",
            "ISS",
            True,
        ),
        # the centre as the one who acts, with no launch site beside it
        (
            "The Kennedy Space Center said on Monday that it would hire 200 engineers this year.",
            "Kennedy Space Center",
            False,
        ),
    ],
)
def test_no_blank_of_a_launch_site_or_a_docking_station(sentence, key, refused):
    assert kept(SPACEX.replace("its destination", "the station") + sentence + "\n", key) is not refused


GAMES = (
    "The panel of experts met in London in 2004 to discuss the games market, the BBC reported.\n\n"
    "More than 100 million people played games online in 2004, the panel said.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "casual gaming is shaping up to be big business in ___" (2005; trivial, obvious; bbc_tech_170)
        (
            "With the growth of broadband take-up and mobile devices, casual gaming is shaping up to be big "
            "business in 2005, according to the panel.",
            "2005",
            True,
        ),
        # a year that is past is the article's to tell
        (
            "With the growth of broadband take-up and mobile devices, casual gaming became big business in 2003, "
            "according to the panel.",
            "2003",
            False,
        ),
    ],
)
def test_no_blank_of_the_coming_year_a_trend_is_shaping_up_for(sentence, key, refused):
    assert kept(GAMES + sentence + "\n", key) is not refused
