"""Word lists for the rule-based analyzer, loaded lazily from ``quizgen/rules/data``.

Each list is a plain UTF-8 text file shipped as package data: one entry per
line, ``#`` starts a comment line, blank lines are ignored. Mapping files use
``Name|alias|alias`` lines (the first form is canonical); ``demonyms.txt`` uses
``adjective|Place``. Every function reads its file once, on first use, and
returns an immutable-by-convention cached object: callers must not mutate the
returned dicts.

How the files are made (sources, licences, hand-curated vs generated) is
documented in ``benchmarks/build_lexicon.py``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = [
    "cities",
    "common_words",
    "countries",
    "demonyms",
    "given_names",
    "given_name_genders",
    "famous",
    "major_cities",
    "not_org_acronyms",
    "org_words",
    "organizations",
    "place_kind",
    "place_words",
    "regions",
    "role_nouns",
    "speech_verbs",
    "titles",
    "venues",
]

_APOSTROPHES = ("\u2019", "\u02bc")  # ’ and ʼ, as they appear in typeset news text


def _lines(filename: str) -> list[str]:
    text = resources.files("quizgen.rules").joinpath("data", filename).read_text(encoding="utf-8")
    return [line for line in map(str.strip, text.splitlines()) if line and line[0] != "#"]


def _with_apostrophe_variants(mapping: dict[str, str]) -> dict[str, str]:
    """Also map "Xi’an" when the file says "Xi'an" (files use the ASCII apostrophe)."""
    extra: dict[str, str] = {}
    for form, canonical in mapping.items():
        if "'" in form:
            for apo in _APOSTROPHES:
                extra.setdefault(form.replace("'", apo), canonical)
    for form, canonical in extra.items():
        mapping.setdefault(form, canonical)
    return mapping


def _alias_map(filename: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for line in _lines(filename):
        forms = [f.strip() for f in line.split("|")]
        canonical = forms[0]
        for form in forms:
            if form:
                mapping.setdefault(form, canonical)
    return _with_apostrophe_variants(mapping)


def _word_set(filename: str) -> frozenset[str]:
    return frozenset(_lines(filename))


@cache
def countries() -> dict[str, str]:
    """Every country name and alias ("U.S.", "Britain") -> canonical name."""
    return _alias_map("countries.txt")


@cache
def regions() -> dict[str, str]:
    """Sub-national regions, territories, world regions, seas, rivers, mountains."""
    return _alias_map("regions.txt")


@cache
def cities() -> dict[str, str]:
    """Capitals, large cities and hand-picked news places -> canonical name."""
    return _alias_map("cities.txt")


@cache
def city_locations() -> dict[str, tuple[str, float, float, int]]:
    """Listed city (canonical name) -> (country code, latitude, longitude, population), from GeoNames."""
    out = {}
    for line in _lines("city_locations.txt"):
        name, country, lat, lon, population = line.split("|")
        out[name] = (country, float(lat), float(lon), int(population))
    return out


@cache
def venues() -> dict[str, str]:
    """Famous sports grounds and venues without a place word ("Wembley", "Roland Garros")."""
    return _alias_map("venues.txt")


@cache
def organizations() -> dict[str, str]:
    """Well-known organisations without a tell-tale word ("Nato", "BBC")."""
    return _alias_map("organizations.txt")


@cache
def demonyms() -> dict[str, str]:
    """Nationality/regional adjective or people noun -> place ("Kurdish" -> "Kurdistan")."""
    mapping: dict[str, str] = {}
    for line in _lines("demonyms.txt"):
        adjective, _, place = line.partition("|")
        mapping.setdefault(adjective.strip(), place.strip())
    return _with_apostrophe_variants(mapping)


@cache
def given_names() -> frozenset[str]:
    """Common given names across cultures, capitalised ("Mark", "Volodymyr").

    The generated list plus the hand-written short forms it lacks ("Matt", "Nick").
    """
    return _word_set("given_names.txt") | _word_set("given_names_extra.txt")


@cache
def given_name_genders() -> dict[str, str]:
    """Given name -> "m" or "f", for names given to one gender only ("Doris", "Gordon"; not
    "Andrea" or "Kim"): evidence of a person's gender when the article's own words give none."""
    return dict(line.split("|", 1) for line in _lines("given_name_genders.txt"))


@cache
def org_words() -> frozenset[str]:
    """Head or first words that make a capitalised phrase an organisation ("Party")."""
    return _word_set("org_words.txt")


@cache
def company_descriptors() -> frozenset[str]:
    """Words before a company's name that give it away ("oil giant", "UK telco"); a "national "
    entry only after a country or its people."""
    return _word_set("company_descriptors.txt")


@cache
def famous() -> frozenset[str]:
    """People and organisations everyone knows: a blank for them tests general knowledge."""
    return _word_set("famous.txt")


@cache
def giveaways() -> tuple[tuple[str, str], ...]:
    """(clue, answer): a sentence naming the clue gives the answer away ("Mount Rushmore", "South Dakota"),
    from giveaways.txt and from capitals.txt with each country's names and demonyms."""
    pairs = [tuple(part.strip() for part in line.split("|", 1)) for line in _lines("giveaways.txt")]
    # A country, or its people ("Chinese"), gives its capital away ("talks in ___" beside China).
    clues: dict[str, list[str]] = {}
    for clue, place in (*countries().items(), *demonyms().items()):
        clues.setdefault(place, []).append(clue)
    for line in _lines("capitals.txt"):
        country, _, capital = line.partition("|")
        pairs += [(clue, capital.strip()) for clue in clues.get(country.strip(), ())]
    return tuple((clue, answer) for clue, answer in pairs)


@cache
def famous_years() -> tuple[tuple[tuple[tuple[str, ...], ...], str], ...]:
    """(clue, year) from famous_years.txt: a sentence naming every part of the clue (each part a
    tuple of its ways of writing) gives the year away ("Sydney" and "Olympics": 2000)."""
    out = []
    for line in _lines("famous_years.txt"):
        clue, _, year = line.rpartition("|")
        parts = tuple(tuple(way.strip() for way in part.split(" / ")) for part in clue.split(" + "))
        out.append((parts, year.strip()))
    return tuple(out)


@cache
def play_nouns() -> frozenset[str]:
    """Moves of a match report whose owner is a play-by-play detail ("___'s flimsy tackle")."""
    return _word_set("play_nouns.txt")


@cache
def company_nouns() -> frozenset[str]:
    """Nouns that make the name after them a company ("supplier", "firm"); any "…maker" too."""
    return _word_set("company_nouns.txt")


@cache
def city_states() -> frozenset[str]:
    """Countries that are one city or little more: no compass part of them ("the north east of")."""
    return _word_set("city_states.txt")


@cache
def writer_nouns() -> frozenset[str]:
    """What a writer is called in the note about them closing an opinion piece ("commentator")."""
    return _word_set("writer_nouns.txt")


@cache
def known_figures() -> tuple[str, ...]:
    """Phrases naming a quantity any reader knows the size of ("the world's population")."""
    return tuple(_lines("known_figures.txt"))


@cache
def speech_settings() -> tuple[str, ...]:
    """Words before a blank that make it a speech's audience ("in a speech to the")."""
    return tuple(_lines("speech_settings.txt"))


@cache
def schedule_predicates() -> tuple[str, ...]:
    """Words after a blank that only say when or where it is shown ("will be shown on")."""
    return tuple(_lines("schedule_predicates.txt"))


@cache
def pointers_back() -> tuple[str, ...]:
    """Phrases that only make sense after an earlier sentence ("the same day", "the issue")."""
    return tuple(_lines("pointers_back.txt"))


@cache
def fame_nouns() -> frozenset[str]:
    """Words before an entertainer's name ("singer", "pop star"), lowercase."""
    return _word_set("fame_nouns.txt")


@cache
def office_kinds() -> dict[str, str]:
    """The head word of an office ("governor", "chief executive") -> its branch ("executive")."""
    return {word.strip(): kind.strip() for word, kind in (line.split("|", 1) for line in _lines("office_kinds.txt"))}


@cache
def share_fractions() -> dict[str, float]:
    """A fraction a sentence bounds a share with ("two-thirds") -> its percentage."""
    return {
        words.strip(): float(value) for words, value in (line.split("|", 1) for line in _lines("share_fractions.txt"))
    }


@cache
def stance_adjectives() -> frozenset[str]:
    """Adjectives of a subject's state of mind ("confident", "aware"), lowercase: never a role's modifier."""
    return _word_set("stance_adjectives.txt")


@cache
def state_bodies() -> frozenset[str]:
    """Head words of the bodies every state has ("court", "ministry", "forces"), lowercase."""
    return _word_set("state_bodies.txt")


@cache
def fixed_phrases() -> tuple[str, ...]:
    """Phrases anyone completes from their first half ("Security Council", "both sides of the Atlantic")."""
    return tuple(_lines("fixed_phrases.txt"))


@cache
def major_cities() -> tuple[str, ...]:
    """World cities a secondary-school reader knows: fill for city distractors."""
    return tuple(_lines("major_cities.txt"))


@cache
def place_words() -> frozenset[str]:
    """Head words that make a capitalised phrase a place ("Avenue", "Valley")."""
    return _word_set("place_words.txt")


@cache
def celestial_bodies() -> frozenset[str]:
    """The Sun, the Moon and the planets ("Earth"): places no statement's news turns on."""
    return _word_set("celestial_bodies.txt")


@cache
def not_org_acronyms() -> frozenset[str]:
    """Capitalised abbreviations that are not organisations ("GMT", "CEO")."""
    return _word_set("not_org_acronyms.txt")


@cache
def titles() -> frozenset[str]:
    """Honorifics and titles preceding a name, as written ("Dr.", "Prime Minister")."""
    return _word_set("titles.txt")


@cache
def role_nouns() -> frozenset[str]:
    """Lowercase role/job head nouns ("spokesman", "prime minister")."""
    return _word_set("role_nouns.txt")


@cache
def speech_verbs() -> frozenset[str]:
    """Lowercase verbs of saying in all forms ("said", "tweeted", "according to")."""
    return _word_set("speech_verbs.txt")


@cache
def one_name_jobs() -> frozenset[str]:
    """Lowercase jobs whose holders often go by one name ("composer", "model", "striker")."""
    return _word_set("one_name_jobs.txt")


@cache
def opinion_verbs() -> frozenset[str]:
    """Lowercase verbs of thinking or hoping that report a subject's view ("envisioned", "hopes")."""
    return _word_set("opinion_verbs.txt")


@cache
def common_words() -> frozenset[str]:
    """The ~5,000 most frequent English words, lowercase (a plain frequency list)."""
    return _word_set("common_words.txt")


def place_kind(name: str) -> str | None:
    """ "country", "city" or "region" for a known place name or alias, else None.

    Precedence when a form is in several lists: country, then city, then region
    ("Georgia" is a country, "Washington" and "New York" are cities — the
    states are "Washington State" and "New York State" — and "Victoria" is the
    Australian state).
    """
    if name in countries():
        return "country"
    if name in cities():
        return "city"
    if name in regions():
        return "region"
    return None


@cache
def news_sites() -> frozenset[str]:
    """News sites' names as page titles write them, each spelling as a key (`site_key`)."""
    return frozenset(site_key(form) for line in _lines("news_sites.txt") for form in line.split("|") if form.strip())


@cache
def news_site_names() -> tuple[str, ...]:
    """News sites' names as articles write them ("BBC Sport", "Wikinews")."""
    return tuple(form.strip() for line in _lines("news_sites.txt") for form in line.split("|") if form.strip())


def site_key(name: str) -> str:
    """A site name to compare: lower case, without "the", "www." or ".com"/".co.uk"."""
    key = " ".join(name.lower().split())
    key = key.removeprefix("www.").removeprefix("the ")
    for ending in (".com", ".co.uk", ".org", ".net"):
        key = key.removesuffix(ending)
    return key


@cache
def english_function_words() -> frozenset[str]:
    """ "the", "of", "and": words frequent in all English text and rare in other languages."""
    return _word_set("english_function_words.txt")


@cache
def body_verbs() -> frozenset[str]:
    """Lowercase verbs only an organisation does ("said", "employs", "acquired"): "It" before one
    stands for the company the sentence before named."""
    return _word_set("body_verbs.txt")
