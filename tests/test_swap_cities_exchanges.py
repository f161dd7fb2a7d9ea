"""A city swapped for another city of the article (swap_places.py), and two values of one
statement exchanged (swap_exchange.py), for false statements.

Golden sentences in the shapes of seen bulk articles whose statements could only be shown true
(a cable trial in two cities, a court case, a company's move), with the counter-examples each
rule refuses: a district inside a city, a city of another country, a city beside its country or
a landmark that gives it away, a plain list, subjects that name nobody.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.statements import statement_of
from quizgen.generators.swaps import variants
from quizgen.generators.usage import article_usage

ELSEWHERE = (
    "\n\nAnalysts at Barclays in London expect more losses. Staff in Glasgow, Manchester and Salford "
    "were told on Monday. Offices in Paris and Lyon were not affected.\n"
)


def swapped(sentence: str, slot: str, elsewhere: str = ELSEWHERE) -> list[str]:
    """The false statements of `slot` made of `sentence` (the article's first)."""
    analysis = analyze(parse_article(f"Business news\n\n{sentence}{elsewhere}", name="t"))
    first = analysis.sentences[0]
    statement = statement_of(first.text, analysis, 0)
    assert statement is not None, first.text
    return [v.statement for v in variants(statement, first, article_usage(analysis)) if v.slot == slot]


@pytest.mark.parametrize(
    "sentence, false",
    [
        pytest.param(
            "Northern Rock cut 300 jobs at its call centre in Leeds after a fall in profits.",
            "Northern Rock cut 300 jobs at its call centre in Glasgow after a fall in profits.",
            id="a-city-for-a-city-of-its-country",
        ),
        pytest.param(
            "Alan Smith was born in Bristol and moved to the United States at the age of 12.",
            None,  # the statement names a country: another city beside it is placed by the reader
            id="a-country-named",
        ),
    ],
)
def test_a_city_takes_another_city_of_the_same_country(sentence, false):
    found = swapped(sentence, "place")
    if false is None:
        assert not any("Glasgow" in s or "Manchester" in s for s in found)
    else:
        assert false in found
        assert not any("Paris" in s or "Lyon" in s for s in found)  # another country: false at a glance
        assert not any("Salford" in s for s in found)  # a part of Manchester


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Barclays held a news conference in Westminster on Monday about the cuts.", id="westminster"),
        pytest.param("Fans of Barclays gathered outside Anfield in Liverpool on Saturday afternoon.", id="a-landmark"),
        pytest.param(
            "Barclays opened a new office near the Eiffel Tower in Paris with 40 staff.", id="a-landmark-of-a-capital"
        ),
        pytest.param(
            "Barclays cut 300 jobs at its Scottish call centre in Glasgow after a fall in profits.", id="a-people-named"
        ),
        pytest.param(  # the region's governor (Chelyabinsk Oblast holds Magnitogorsk): dev article, wrong key
            "Manchester's governor has promised each victim a payout of one million rubles.", id="a-possessive-city"
        ),
        pytest.param("Barclays opened a new office in Bradford on Monday with 40 staff.", id="a-suburb-of-leeds"),
    ],
)
def test_a_city_placed_by_its_neighbours_or_inside_another_is_not_swapped(sentence):
    found = swapped(sentence, "place", ELSEWHERE + "\nLeeds and Bristol were spared. Lyon and Marseille too.\n")
    assert found == []


@pytest.mark.parametrize(
    "district, city", [("Salford", "Manchester"), ("Brooklyn", "New York City"), ("Bradford", "Leeds")]
)
def test_a_district_or_suburb_of_a_bigger_city_is_never_swapped(district, city):
    from quizgen.generators.swap_places import swappable_city

    assert not swappable_city(district)
    assert swappable_city(city)


def test_the_districts_are_those_of_every_pair_of_cities_measured():
    """The towns are found by measuring each city against a band of latitude only: the same
    cities as measuring it against every bigger city of its country."""
    from quizgen.generators.swap_places import DISTRICT_KM, _km, _towns
    from quizgen.rules import lexicon

    cities = lexicon.city_locations()
    towns = {
        name
        for name, (country, lat, lon, population) in cities.items()
        if not any(
            o[0] == country and o[3] > population and _km((lat, lon), o[1:3]) < DISTRICT_KM for o in cities.values()
        )
    }
    assert _towns() == towns
    assert "Salford" not in towns and "Manchester" in towns


@pytest.mark.parametrize(
    "sentence, false",
    [
        pytest.param(
            "Telewest customers in Bristol and NTL viewers in Glasgow will be the first to test the new service.",
            "Telewest customers in Glasgow and NTL viewers in Bristol will be the first to test the new service.",
            id="two-firms-two-cities",
        ),
        pytest.param(
            "Alan Smith from Leeds and Rob Jones from Bristol won the two top prizes at the awards.",
            "Alan Smith from Bristol and Rob Jones from Leeds won the two top prizes at the awards.",
            id="two-people-two-cities",
        ),
    ],
)
def test_two_values_each_with_its_own_named_subject_are_exchanged(sentence, false):
    assert swapped(sentence, "exchange") == [false]


@pytest.mark.parametrize(
    "sentence, elsewhere",
    [
        pytest.param(
            "Homes in Bristol and Glasgow will be the first to test the new service from Telewest.",
            ELSEWHERE,
            id="a-plain-list",
        ),
        pytest.param(
            "Police in Leeds and officers in Bristol arrested 12 men on Monday after the raids.",
            ELSEWHERE,
            id="subjects-that-name-nobody",
        ),
        pytest.param(
            "Telewest customers in Bristol and Telewest viewers in Glasgow will be the first to test it.",
            ELSEWHERE,
            id="one-subject-twice",
        ),
        pytest.param(
            "Telewest customers in Bristol and NTL viewers in Glasgow will be the first to test the new service.",
            "\n\nTelewest also has 20,000 customers in Glasgow.\n",
            id="the-exchange-may-be-true",
        ),
        pytest.param(
            "Leeds beat Bristol in the first round and Arsenal beat Chelsea in the final.",
            ELSEWHERE,
            id="who-beat-whom",
        ),
    ],
)
def test_values_without_subjects_of_their_own_are_not_exchanged(sentence, elsewhere):
    assert swapped(sentence, "exchange", elsewhere) == []


def test_an_exchange_is_never_one_of_four_statements():
    """Which statement: each option changes one fact; an exchange changes two."""
    from quizgen.generators.statements import CHOICE_REFUSED_SLOTS

    assert "exchange" in CHOICE_REFUSED_SLOTS
