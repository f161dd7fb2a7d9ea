"""A city swapped for another city the article names, for false statements (see swaps.py).

"Telewest customers in Bristol will be the first to test the service" is false with Glasgow,
and only a reader can tell, as long as the two cities are two places: a city may lie inside
another ("a news conference in Westminster" is true of one in London: a blind review's wrong
key). So both cities must be in the GeoNames table of city_locations.txt, in one country (a
British cable firm's customers in Paris are false at a glance), far enough apart that neither
is a district or suburb of the other, and neither may be a district of a bigger listed city
(Brooklyn, Salford). The statement may name no country, region or people ("Glasgow, Scotland",
"the Scottish city of Glasgow"): beside them another city is false at a glance, and no clue
that gives the city away ("Anfield", "France's capital", lexicon.giveaways()).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from functools import cache

from ..models import Analysis
from ..rules import lexicon
from .text import NameIndex, mentions_any, plausible_place

APART_KM = 50  # closer cities: one may be a suburb of the other, or a reader may take them for one
DISTRICT_KM = 25  # a listed city this close to a bigger one is a part of it (Brooklyn, Salford)
# Degrees of latitude past which two cities are surely more than DISTRICT_KM apart (25 km is 0.225°).
DISTRICT_LATITUDE = 0.3


def other_cities(statement: str, city: str, analysis: Analysis) -> list[str]:
    """Cities of the article that may stand for `city` (a canonical name) in `statement`."""
    if not swappable_city(city) or _located_by(statement, city) or _possessive(statement, city):
        return []
    return [
        p.name
        for p in analysis.places
        if p.name != city
        and plausible_place(p.name)
        and swappable_city(p.name)
        and _apart(city, p.name)
        and not _located_by(statement, p.name)
    ]


def _possessive(statement: str, city: str) -> bool:
    """ "Chelyabinsk's governor" is the region's, which holds Magnitogorsk: a city's name in the
    possessive may stand for its region, and another city of that region makes the swap true."""
    return any(
        re.search(rf"\b{re.escape(form)}['’]s?\b", statement)
        for form, canonical in lexicon.cities().items()
        if canonical == city
    )


def swappable_city(name: str) -> bool:
    """A listed city with a known place that is no part of a bigger listed city."""
    return lexicon.place_kind(name) == "city" and lexicon.cities().get(name) == name and name in _towns()


def _apart(one: str, other: str) -> bool:
    a, b = lexicon.city_locations()[one], lexicon.city_locations()[other]
    return a[0] == b[0] and _km(a[1:3], b[1:3]) >= APART_KM


def _located_by(statement: str, city: str) -> bool:
    """The statement places the city for the reader: a country, region or people, or a giveaway."""
    if _placing_names().mentioned_in(statement):
        return True
    clues = tuple(clue for clue, answer in lexicon.giveaways() if answer == city)
    return bool(clues) and mentions_any(statement, clues)


@cache
def _placing_names() -> NameIndex:
    """The countries, regions and peoples of the word lists: thousands of names, each tried only
    where its first word is in the statement."""
    return NameIndex((*lexicon.countries(), *lexicon.regions(), *lexicon.demonyms()))


@cache
def _towns() -> frozenset[str]:
    """Listed cities that are no district of a bigger listed city within DISTRICT_KM."""
    by_country: dict[str, list[tuple[float, float, int, str]]] = {}
    for name, (country, lat, lon, population) in lexicon.city_locations().items():
        by_country.setdefault(country, []).append((lat, lon, population, name))
    towns = set()
    for places in by_country.values():
        places.sort()
        latitudes = [place[0] for place in places]
        for lat, lon, population, name in places:
            # Only cities within DISTRICT_LATITUDE of this one may be close enough: a distance on the
            # globe is at least the difference in latitude. Each city is measured against its band,
            # not against every city of its country (thousands of distances in a large country).
            band = places[
                bisect_left(latitudes, lat - DISTRICT_LATITUDE) : bisect_right(latitudes, lat + DISTRICT_LATITUDE)
            ]
            if not any(o[2] > population and _km((lat, lon), o[0:2]) < DISTRICT_KM for o in band):
                towns.add(name)
    return frozenset(towns)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
