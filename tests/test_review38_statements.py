"""Golden cases from the 37th and 38th blind reviews' rejected true/false statements: each refused
shape in a real sentence of the reviewed article, and counter-examples in the same words to keep.
"""

from __future__ import annotations

from golden import altered, made


def test_a_country_swapped_in_takes_the_exactly_where_the_old_one_did():
    """'… have been held by the Britain at Guantanamo Bay' (ungrammatical, three of three;
    bbc_politics_205). Swapped where no "the" stands, the same country is still offered."""
    text = (
        "Mr Straw said the UK had asked for the return of the men in 2004.\n\n"
        "Ministers in Britain met the families of the men in London in 2004.\n\n"
        "Moazzam Begg and Martin Mubanga have been held by the US at Guantanamo Bay for almost three years.\n\n"
        "Moazzam Begg was flown from Cuba to Guantanamo Bay in 2002.\n"
    )
    held = altered(text, "Moazzam Begg and Martin Mubanga have been held")
    assert not any("the Britain" in s for s in held)
    assert any("flown from Britain" in s for s in altered(text, "Moazzam Begg was flown"))


def test_no_country_swap_where_the_statement_names_its_people():
    """'… will be held in Ukraine later this year because the Danish Broadcasting Corporation came
    up with the idea' (obvious, three of three; bbc_entertainment_172)."""
    text = (
        "Ukraine won the Eurovision Song Contest in 2004 with a song by Ruslana, Mr Jensen said.\n\n"
        "The Eurovision special will be held in Denmark in May because the Danish Broadcasting Corporation "
        "came up with the idea.\n\n"
        "The Eurovision final will be held in Denmark in May because Mr Jensen came up with the idea.\n"
    )
    assert not any("Ukraine" in s for s in altered(text, "The Eurovision special"))
    assert any("held in Ukraine" in s for s in altered(text, "The Eurovision final"))


def test_a_swapped_share_does_not_make_the_shares_more_than_a_whole():
    """'44% of searchers use just a single search engine, 87% use two or three and … 7%, consult
    more than three sites' (obvious, three of three; bbc_tech_081). A swap that keeps the whole is kept."""
    text = (
        "Some 87% of users said they were confident searchers, Pew Research found in 2004.\n\n"
        "Only 29% of users could tell paid results from others, Pew Research found in 2004.\n\n"
        "Pew Research said 44% of searchers used a single search engine and 48% used two or three.\n"
    )
    swapped = altered(text, "Pew Research said 44%")
    assert not any("87%" in s for s in swapped)
    assert any("and 29% used" in s for s in swapped)


def test_no_count_after_any_is_swapped():
    """'… the plane can connect almost any three cities worldwide' (obvious, three of three;
    bbc_business_069). A count that is a fact is still swapped."""
    text = (
        "Boeing said three airlines had ordered the plane in 2004, Mr Smith said.\n\n"
        "Better engines mean that the plane can connect almost any two cities worldwide.\n\n"
        "Better engines mean that the plane can connect two cities in Asia without stopping.\n"
    )
    assert not altered(text, "Better engines mean that the plane can connect almost")
    assert any("connect three cities" in s for s in altered(text, "Better engines mean that the plane can connect two"))


def test_a_comparison_with_nothing_to_compare_to_is_no_statement():
    """'The Blue Gene/L machine that will be completed next year will be five million times
    faster.' (vague, three of three; 37th review, bbc_tech_173). Said with "than", it is kept."""
    text = (
        "IBM said the Blue Gene/L machine would be completed in 2005, the company said.\n\n"
        "The Blue Gene/L machine that IBM will complete next year will be five million times faster.\n\n"
        "The Blue Gene/L machine that IBM will complete next year will be five times faster than Earth Simulator.\n"
    )
    answers = made(text)
    assert not any(s.endswith("five million times faster.") for s in answers)
    assert any(s.endswith("faster than Earth Simulator.") for s in answers)
