"""Golden cases from the 38th blind review's rejections of blanks: each refused shape in a real
sentence of the reviewed article, and counter-examples in the same words that the rule must keep.
"""

from __future__ import annotations

import pytest
from golden import kept

POLITICS = (
    "Tony Blair met the new US Secretary of State in London on Friday.\n\n"
    "The talks covered trade, climate change and the Middle East, officials said.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "since the war in Afghanistan in ___" (2001; obvious, three of three; bbc_politics_280)
        (
            "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said there has been a "
            "clear evolution of US policy since the war in Afghanistan in 2001.",
            "2001",
            True,
        ),
        # another year beside Afghanistan is the article's to tell
        (
            "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said there has been a "
            "clear evolution of US policy since the elections in Afghanistan in 2004.",
            "2004",
            False,
        ),
        # 2001 without the war is no famous year
        (
            "The prime minister said the British embassy in Kabul had been reopened to visitors in 2001 "
            "after a long closure.",
            "2001",
            False,
        ),
    ],
)
def test_no_blank_of_the_year_of_the_war_in_afghanistan(sentence, key, refused):
    assert kept(POLITICS + sentence + "\n", key) is not refused


MARKETS = (
    "Deutsche Boerse and Euronext have both made approaches to the London Stock Exchange, the bourse said.\n\n"
    "Shares in the London Stock Exchange rose 5% on Monday, traders said.\n\n"
)
PUERTO_RICO = (
    "Ricardo Rossello resigned as governor of Puerto Rico on Friday after weeks of protests.\n\n"
    "Pedro Pierluisi was sworn in as governor in San Juan, the capital, on Friday afternoon.\n\n"
)


@pytest.mark.parametrize(
    "text, key, refused",
    [
        # "the second biggest in the world after the ___" (New York Stock Exchange; bbc_business_392)
        (
            MARKETS + "A deal with either bidder would create the biggest stock market operator in Europe and the "
            "second biggest in the world after the New York Stock Exchange.",
            "New York Stock Exchange",
            True,
        ),
        # "nor any vote in the ___ that elects the U.S. President" (U.S. Electoral College; wikinews 2019_078)
        (
            PUERTO_RICO + "While Puerto Rico is a commonwealth of the United States, it is not a state and does "
            "not get representation in the U.S. Senate, a vote in the U.S. House, nor any vote in the U.S. "
            "Electoral College that elects the U.S. President.",
            "U.S. Electoral College",
            True,
        ),
        # a body the word lists do not know stays a fact to learn
        (
            MARKETS + "A deal with either bidder would create the biggest stock market operator in Europe and the "
            "second biggest in the world after the Tokyo Grain Exchange.",
            "Tokyo Grain Exchange",
            False,
        ),
    ],
)
def test_no_blank_of_a_well_known_body(text, key, refused):
    assert kept(text + "\n", key) is not refused


RUGBY = (
    "France coach Bernard Laporte named his side for the Six Nations opener against Scotland on Tuesday.\n\n"
    "Laporte made four changes to the team that lost in Dublin last month.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "keeps the number ___ jersey" (10; obvious, weak, three of three; bbc_sport_287)
        (
            "The dependable Yann Delaigue keeps the number 10 jersey, despite clamours for the flair of Michalak.",
            "10",
            True,
        ),
        ("Delaigue will wear the 10 shirt against Scotland at the Stade de France.", "10", True),
        # a count of the things themselves is a quantity
        ("The dependable Yann Delaigue sold 10 jerseys at a charity auction, despite clamours from fans.", "10", False),
    ],
)
def test_no_blank_of_a_shirt_number(sentence, key, refused):
    assert kept(RUGBY + sentence + "\n", key) is not refused
