"""Golden cases from the 39th blind review's rejected true/false statements: each refused shape
in the real words of the reviewed article, and counter-examples in the same words to keep.
"""

from __future__ import annotations

import pytest
from golden import altered, made, statements_shown

from quizgen.statement_shapes import dangling_dash, people_which, pointing_quote, verbless_relative

GAMES = (
    "Casual gaming is shaping up to be big business in 2005, a panel of experts said in London on Tuesday.\n\n"
    "The panel said easy-to-play titles would see real growth in the coming year.\n\n"
)


def test_no_statement_cut_before_its_main_verb():
    """'Portal sites which offer casual games, like AOL, Yahoo, and RealArcade.' (ungrammatical,
    three of three; bbc_tech_170): the cut took "allow people to build up buddy lists"."""
    cut = (
        "Portal sites which offer casual games, like AOL, Yahoo, and RealArcade, as well as other games-on-demand "
        "services, allow people to build up buddy lists so they can return and play against the same people.\n"
    )
    assert not any(s.startswith("Portal sites") for s in statements_shown(GAMES + cut))
    whole = "Portal sites which offer casual games, like AOL and Yahoo, let people build up buddy lists.\n"
    assert "Portal sites which offer casual games, like AOL and Yahoo, let people build up buddy lists." in (
        statements_shown(GAMES + whole)
    )


@pytest.mark.parametrize(
    "text, refused",
    [
        ("Portal sites which offer casual games, like AOL, Yahoo, and RealArcade.", True),
        ("Hardcore gamers who play blockbusters, such as Half-Life 2 and Halo 2.", True),
        ("Portal sites which offer casual games, like AOL, allow people to build up buddy lists.", False),
        # "that" after "said" opens what was said
        ("Analysts said that sales of casual games rose, like Yahoo.", False),
    ],
)
def test_verbless_relative(text, refused):
    assert bool(verbless_relative(text)) is refused


@pytest.mark.parametrize(
    "text, refused",
    [
        # bbc_business_189 (formatting, ungrammatical, three of three)
        ("The article describes Giuseppe Morchio as the fourth head of the business -.", True),
        ("The article describes Sergio Marchionne as the fourth head of the business —", True),
        # an aside closed on both sides, and a hyphen inside a word, read well
        ("Mr Marchionne becomes the fourth head of the business - which lost money - in as many years.", False),
        ("Fiat named Sergio Marchionne as its fourth head in as many years, a record for the car-maker.", False),
    ],
)
def test_dangling_dash(text, refused):
    assert bool(dangling_dash(text)) is refused


@pytest.mark.parametrize(
    "text, refused",
    [
        # bbc_sport_423 and bbc_tech_016 (vague, three of three)
        ("Juan Carlos Ferrero said: “I don't know when it is going to happen”.", True),
        ("Curt Hopkins said: “This is a big messy argument”.", True),
        # quoted words that say what they are about
        ("Juan Carlos Ferrero said: “It is a great day for Spanish tennis”.", False),
        ("Curt Hopkins said: “Bloggers are journalists too, and the courts should say so”.", False),
        ("Juan Carlos Ferrero said: “I don't know when I will be fit to play again”.", False),
    ],
)
def test_quote_pointing_outside_itself(text, refused):
    assert bool(pointing_quote(text)) is refused


def test_no_person_swapped_in_for_a_parts_maker():
    """'… supplied by parts maker Helmut Panke' (for Robert Bosch; weak-distractor, two of three;
    bbc_business_081): a person is no parts maker. Where the name stands as a speaker the swap stays."""
    text = (
        "BMW is to recall all cars equipped with a faulty diesel fuel-injection pump supplied by parts maker "
        "Robert Bosch.\n\n"
        '"We are taking this very seriously," BMW chief executive Helmut Panke said on Monday.\n\n'
        '"The pumps were made in Germany," Robert Bosch said in a statement.\n\n'
        "Robert Bosch said on Monday that the faulty pumps had been made in Germany.\n\n"
        "Helmut Panke said the recall would cost the company little.\n"
    )
    assert not any("Helmut Panke" in s for s in altered(text, "BMW is to recall"))
    assert any("Helmut Panke said on Monday" in s for s in altered(text, "Robert Bosch said on Monday"))


SURVEY = (
    "The Sound of 2005 survey was put together by 140 music critics, the BBC said on Friday.\n\n"
    "The Game topped the list, ahead of 14 other acts.\n\n"
)


def test_elsewhere_on_a_list_is_not_cut_to_on_the_list():
    """'On the top 10, second-placed rock band Bloc Party began their rise …' from "Elsewhere on the
    top 10, …" (ungrammatical, three of three; bbc_entertainment_142). A lone "Elsewhere," goes."""
    placed = "Elsewhere on the top 10, second-placed rock band Bloc Party began their rise after supporting Franz Ferdinand.\n"
    assert not any(s.startswith("On the top 10") for s in statements_shown(SURVEY + placed))
    alone = "Elsewhere, second-placed rock band Bloc Party began their rise after supporting Franz Ferdinand.\n"
    assert "Second-placed rock band Bloc Party began their rise after supporting Franz Ferdinand." in (
        statements_shown(SURVEY + alone)
    )


def test_no_year_swapped_that_dates_where_a_comparison_starts():
    """'… to 5.4% from 10.2% in 2004' for 2003 (vague, two of three; bbc_business_053): the swap
    reads as the year of the whole change. A year that dates the claim itself is still swapped."""
    text = (
        "Reuters beat profit forecasts on Tuesday, reporting its results for 2004 in London.\n\n"
        "Reuters posted a 52% rise in profits for the year to £198m in 2004.\n\n"
        "Reuters also managed to slow a decline in underlying revenues to 5.4% from 10.2% in 2003 and cut its "
        "debt back to £160m from £610m a year earlier.\n\n"
        "Reuters also managed to cut its debt back to £160m in 2003, chief executive Tom Glocer said.\n"
    )
    shown = made(text)
    assert not any("10.2% in 2004" in s for variants in shown.values() for s in variants)
    assert any("£160m in 2004" in s for s in altered(text, "Reuters also managed to cut"))


@pytest.mark.parametrize(
    "text, refused",
    [
        # bbc_tech_170 (ungrammatical, three of three): "gamers" for "games" in the article
        (
            "Hardcore gamers who are more attracted to blockbuster gamers which usually require hi-spec PCs, like "
            "Half-Life 2, or Halo 2 on Xbox, also liked to have a different type of gaming experience.",
            True,
        ),
        (
            "Hardcore gamers who are more attracted to blockbuster games which usually require hi-spec PCs also "
            "liked to have a different type of gaming experience.",
            False,
        ),
        ("Casual games which run on mobile phones will see real growth, the panel said.", False),
    ],
)
def test_people_called_which(text, refused):
    assert bool(people_which(text)) is refused
