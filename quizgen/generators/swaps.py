"""False statements: the article's statement with exactly one fact swapped for another it gives.

A swap is fair (shared/docs/questions.md) when only a reader can tell: the new value is of
the same kind and form as the old (a person for a person, a country for a country, a sum in
the same currency, a year for a year, a title for a title), taken from the same article, and
the altered statement is not also true. Each rule below refuses one way a swap goes wrong:

- the new value is already in the statement, or the article says the altered thing elsewhere
  (another sentence with the new value and most of the statement's words);
- grammar breaks: a person swapped where a pronoun follows ("he", "her"), "a" before a vowel,
  one for a plural, a name cut out of a longer one ("Prime Minister Mark Carney");
- general knowledge gives it away: a famous person or office;
- the fact is no fact: a number that is a label or one end of a range;
- the fact is one item of a list ("Garcia, Liu, Portman and Leno are among the new names"): another
  name the article gives may belong to the same list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ..analysis.quantities import ONES
from ..models import Analysis, Entity, Sentence, normalize
from ..rules import lexicon
from .blanks import start_of, written_fact
from .candidate import Variant
from .date_blanks import baseline_year, same_frame_elsewhere
from .guessable import demonym_of, known_year
from .indefinite import agree
from .swap_exchange import exchanges
from .swap_numbers import number_facts
from .swap_people import people_facts, role_facts
from .swap_places import other_cities
from .text import MEMBERSHIP_RE, find_form, mentions_any, plausible_organization, plausible_place, sentences_mentioning
from .usage import THE_BEFORE_RE, ArticleUsage, takes_the

PER_SLOT = 3  # replacements kept per fact
# "the South American group Mercosur": the kind of body is named, and another may not be one.
TYPE_NOUN_BEFORE_RE = re.compile(
    r"\b(?:group|company|firm|bank|charity|band|club|team|network|agency|party|union|giant|retailer|carrier|"
    r"airline|broadcaster|newspaper|paper|magazine|website|site|bloc|alliance|body|regulator|watchdog|court|"
    r"university|school|college|hospital|council|ministry|department|channel|station|label|studio|publisher|"
    r"maker|manufacturer|operator|chain|supermarket|insurer|lender|organisation|organization|institute|"
    r"foundation|association|federation|league|committee|commission|service|outlet|agency's|firm's)\s+$",
    re.I,
)
# "Butler and Yelling were no match for Masai": swap who beat whom and it may still be true.
RELATION_RE = re.compile(
    r"\b(?:than|ahead of|behind|beat|beats|beaten|defeat(?:s|ed)?|no match for|lost to|"
    r"won against|edged|outpaced|overtook|trailed|led)\b",
    re.I,
)
JOINED_RE = re.compile(r"\s(?:and|&)\s")  # "Mather and Cordiant Communications": two names taken for one
STOP = frozenset(
    "the a an of in on at to for from with by and or but that this was were is are has have had its "
    "their his her who which what when where after before than into over about said says".split()
)
# A month by name: "60 Minutes" (a programme the analysis read as a duration) is no day of a
# month, and "the awards on 60 Minutes" for "on 27 February" was a rater's weak distractor (35th).
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_SHAPES = (
    ("year", re.compile(r"^(?:in\s+)?\d{4}$")),
    ("month year", re.compile(rf"^{MONTH}\s+\d{{4}}$")),
    ("day month", re.compile(rf"^\d{{1,2}}\s+{MONTH}$")),
    ("month day", re.compile(rf"^{MONTH}\s+\d{{1,2}}$")),
    ("full date", re.compile(rf"^(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$")),
)


# "clashed over tuition fees and Europe": a place listed beside a common noun is a topic, not a
# location, and another place there reads as nonsense.
TOPIC_LIST_RE = re.compile(r"\b[a-z]{3,}\s+(?:and|or)\s+(?:the\s+)?$")
# "the 2-0 Uefa Cup win against Lazio": a team named after its place; "against Europe" is nonsense.
# And where a war is ("The war in Britain and reforms …", 33rd review: obvious): anyone knows it.
OPPONENT_BEFORE_RE = re.compile(
    r"\b(?:against|beat|beating|beaten by|over|v|vs\.?|versus|lost to|draw with"
    r"|(?:war|invasion|occupation) (?:in|of|on))\s+$",
    re.I,
)
COMMON_CAPITALS = frozenset({"City", "United", "National", "International", "Council", "Party", "Group", "Union"})


def variants(statement: str, sentence: Sentence, article: ArticleUsage) -> list[Variant]:
    """Every fair one-fact alteration of `statement` (from `sentence`), at most PER_SLOT per fact."""
    out: list[Variant] = []
    analysis = article.analysis
    for slot, original, replacements in _facts(statement, sentence, article):
        found = find_form(statement, original)
        if found is None or mentions_any(analysis.title, (original,)) or JOINED_RE.search(original):
            continue  # a fact the headline states is no test of reading; two names read as one
        start, end = found
        kept = 0
        for replacement in replacements:
            if kept == PER_SLOT:
                break
            if original[0].isupper() and start == 0:
                replacement = replacement[0].upper() + replacement[1:]  # "Five people" -> "Seven people"
            elif start > 0 and replacement.lower() in ONES:
                replacement = replacement.lower()  # "with three other ex-managers", not "with Five other"
            altered = agree(statement[:start], replacement) + replacement + statement[end:]
            if (
                normalize(altered) in article.text
                or mentions_any(statement, (replacement,))
                or (slot == "number" and _value_shown(statement, replacement))
                or _shares_name(original, replacement)
                or JOINED_RE.search(replacement)
                or _named_around(replacement, statement[:start] + " " + statement[end:])
            ):
                continue
            if _said_elsewhere(statement, original, replacement, sentence, analysis) or (
                slot == "date"
                and (
                    baseline_year(statement, start)
                    or same_frame_elsewhere(statement, start, replacement, [s.text for s in analysis.sentences])
                )
            ):
                continue
            out.append(Variant(statement=altered, slot=slot, original=original, replacement=replacement))
            kept += 1
    if not (MEMBERSHIP_RE.search(statement) or RELATION_RE.search(statement)):
        # two values of the statement exchanged (swap_exchange.py); not "X beat Y and Z beat W"
        out += [v for v in exchanges(statement, sentence, analysis) if normalize(v.statement) not in article.text]
    return out


def combined(statement: str, first: Variant, second: Variant) -> str | None:
    """`statement` with both variants' swaps, or None when their facts overlap or touch."""
    spans = [(span, v) for v in (first, second) if (span := find_form(statement, v.original)) is not None]
    if len(spans) < 2:
        return None
    (a, va), (b, vb) = sorted(spans, key=lambda item: item[0][0])
    if not re.search(r"\w", statement[a[1] : b[0]]):
        return None  # overlapping or side by side ("director Priya Shah"): one fact, not two
    if (
        _named_around(va.replacement, vb.replacement)
        or _named_around(va.original, vb.replacement)
        or _named_around(vb.original, va.replacement)
    ):
        return None  # "Anelka stressed … the winger Nicolas Anelka": one swap names what the other keeps
    text = statement[: b[0]] + vb.replacement + statement[b[1] :]
    text = agree(text[: b[0]], vb.replacement) + text[b[0] :]
    return agree(text[: a[0]], va.replacement) + va.replacement + text[a[1] :]


def _facts(statement: str, sentence: Sentence, article: ArticleUsage) -> Iterator[tuple[str, str, list[str]]]:
    """(slot, the fact as written, replacements in order of preference) for each swappable fact."""
    analysis = article.analysis
    facts = analysis.by_sentence[sentence.index]
    if MEMBERSHIP_RE.search(statement) or RELATION_RE.search(statement):
        # Only exact values: another name may be a member too, or stand in the same relation.
        facts = type(facts)(numbers=facts.numbers, dates=facts.dates)
    yield from people_facts(statement, facts.people, article)
    for place in facts.places:
        written = written_fact(statement, place.forms, "place")
        if (
            written
            and plausible_place(place.name)
            and not _famous(place.name)
            and not TOPIC_LIST_RE.search(statement[: start_of(statement, written)])
            and not OPPONENT_BEFORE_RE.search(statement[: start_of(statement, written)])
        ):
            if lexicon.place_kind(place.name) == "city":
                # A city for a city of the same country, neither inside the other (swap_places.py)
                yield "place", written, other_cities(statement, place.name, analysis)
            if lexicon.place_kind(place.name) != "country":
                # No region: a street is no town ("The building on Welshpool"), and raters
                # rejected most swaps of regions.
                continue
            if _capital_named(statement, place.forms):
                continue  # "in Switzerland's capital Beijing" (20th blind review: obvious)
            at = start_of(statement, written)
            if demonym_of(_country(place.name), statement[:at] + " " + statement[at + len(written) :]):
                continue  # "held in Denmark because the Danish Broadcasting Corporation …" (38th review)
            if _named_twice(statement, written, _country(place.name)) or NATIONAL_PRIDE_RE.match(
                statement[start_of(statement, written) + len(written) :]
            ):
                continue  # "the UK would … where it was in UK interests"; "Britain's golden boy" (36th review)
            the_before = bool(THE_BEFORE_RE.search(statement[: start_of(statement, written)]))
            compass = bool(COMPASS_BEFORE_RE.search(statement[: start_of(statement, written)]))
            others = [
                form
                for p in analysis.places
                if p.name != place.name
                and lexicon.place_kind(p.name) == "country"
                and _country(p.name) != _country(place.name)  # "Britain" for "UK" is no swap
                # "The UK total … compared to 15.8 in the Britain": the statement names that country
                and not _country_named(statement, _country(p.name))
                # "Israeli officials … explaining Israel's alleged involvement": the statement's own
                # people give the swap away (40th blind review: obvious, three of three)
                and not demonym_of(_country(p.name), statement)
                and not _only_inside_names(p, analysis)
                and plausible_place(p.name)
                and not (compass and p.name in lexicon.city_states())
                and (form := _form_fitting(p, the_before)) is not None
            ]
            yield "place", written, others
    for org in facts.organizations:
        written = written_fact(statement, org.forms, "organization")
        if (
            written
            and plausible_organization(org.name)
            and org.name not in article.outlets
            and not TYPE_NOUN_BEFORE_RE.search(statement[: start_of(statement, written)])
        ):
            others = [
                o.name
                for o in sorted(analysis.organizations, key=lambda o: -len(o.sentences))
                if o.name != org.name
                and plausible_organization(o.name)
                and _same_kind(o.name, org.name)
                and o.name not in article.outlets
                and article.the[o.name] == article.the[org.name]
            ]
            yield "organization", written, others
    yield from number_facts(statement, facts.numbers, analysis.numbers)
    for date in facts.dates:
        shape = _date_shape(date.text)
        # "the 2008 and 2012 presidential campaigns": a year beside another year reads against it
        known = known_year(date.text, statement)  # "the Sydney Olympics in 2004": false to anyone (34th review)
        if not date.relative and shape and not known and written_fact(statement, (date.text,), "date"):
            others = [
                d.text
                for d in analysis.dates
                if not d.relative
                and _date_shape(d.text) == shape
                and normalize(d.text) != normalize(date.text)
                and _near_in_time(d.text, date.text)
                and _keeps_order(statement, date.text, d.text)
            ]
            yield "date", date.text, list(dict.fromkeys(others))
    yield from role_facts(statement, sentence, analysis)


def _only_inside_names(place: Entity, analysis: Analysis) -> bool:
    """Every mention of the place is inside another name: an organisation's, or a capitalised
    "… of" before it ("the Islamic State of Iraq and the Levant", "the Bank of England"). The article
    tells nothing of the place itself, and a statement about it reads as a guess from the other
    name (40th blind review: 'suicide bombings took place in Iraq', obvious)."""
    names = sorted((o for org in analysis.organizations for o in org.forms), key=len, reverse=True)
    for index in place.sentences:
        text = analysis.sentences[index].text
        for name in names:
            text = text.replace(name, " Name ")  # still a capitalised word before any "of Iraq"
        if any(_free_mention(text, form) for form in place.forms):
            return False
    return True


NAME_OF_BEFORE_RE = re.compile(r"\S\s+[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")


def _free_mention(text: str, form: str) -> bool:
    """`form` stands in `text` as a word, at least once not after a capitalised "… of" ("State of")."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and not NAME_OF_BEFORE_RE.search(text[:at]):
            return True
        at = text.find(form, end)
    return False


def _form_fitting(place: Entity, the_before: bool) -> str | None:
    """The place's name, or another of its names, that takes "the" exactly when the swapped one
    stood after it: "held by the US" takes "the UK", never "the Britain" (38th blind review:
    ungrammatical, three of three)."""
    return next((form for form in (place.name, *place.forms) if takes_the(form) == the_before), None)


def _capital_named(statement: str, forms: tuple[str, ...]) -> bool:
    """The statement names the country's capital ("China's capital Beijing"): no other country fits."""
    capitals = tuple(capital for clue, capital in lexicon.giveaways() if clue in forms)
    return bool(capitals) and mentions_any(statement, capitals)


def _value_shown(statement: str, replacement: str) -> bool:
    """The new number's figure stands in the statement already: "0.7-0.8%, ahead of the 0.7%
    forecast" (for 0.6%) reads as a slip, and "ahead of" gives the swap away."""
    figure = re.search(r"\d[\d,]*(?:\.\d+)?", replacement)
    return (
        figure is not None
        and re.search(rf"(?<![\d.,]){re.escape(figure.group())}(?![\d]|[.,]\d)", statement) is not None
    )


def _named_twice(statement: str, written: str, country: str) -> bool:
    """The statement names the country again, under any name: a swap of one mention leaves the other."""
    start = start_of(statement, written)
    return _country_named(statement[:start] + " " + statement[start + len(written) :], country)


# "Much of western Europe and the north east of America …": a part of a country by the compass,
# which a city-state has none of ("the north east of Singapore", 40th blind review: obvious).
COMPASS_BEFORE_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|"
    r"centre|center|interior|rest)\s+of\s+(?:the\s+)?|(?:northern|southern|eastern|western|central|rural|"
    r"north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western)\s+)$",
    re.I,
)
# "Murray has been marked out as Britain's golden boy": whose hope a sportsman is, everyone knows.
NATIONAL_PRIDE_RE = re.compile(
    r"['’]s?\s+(?:golden\s+(?:boy|girl)|great(?:est)?\s+hope|number\s+one|No\.?\s*1)\b", re.I
)


def _country_named(statement: str, country: str) -> bool:
    """Does the statement name `country` under any of its names ("UK", "Britain")?"""
    return mentions_any(statement, (country, *_country_names().get(country, ())))


@cache
def _country_names() -> dict[str, tuple[str, ...]]:
    """Each country's names in the word lists: "United Kingdom" -> "UK", "Britain", …"""
    names: dict[str, list[str]] = {}
    for name, canonical in lexicon.countries().items():
        names.setdefault(canonical, []).append(name)
    return {country: tuple(found) for country, found in names.items()}


def _named_around(replacement: str, rest: str) -> bool:
    """A name of the replacement that the rest of the statement already holds: 'against Great
    Britain' beside 'help Britain', 'Anelka stressed … winger Nicolas Anelka' read as nonsense."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]{3,}", replacement) if w not in COMMON_CAPITALS]
    return mentions_any(rest, names)


def _near_in_time(a: str, b: str) -> bool:
    """Years at most six apart: "born in 2014" of a man who died at 86 is false at a glance, and so
    is "Stream was announced in May 2029" of a release a story of 2020 reports (15th blind review)."""
    first, second = (re.search(r"\b(\d{4})\b", t) for t in (a, b))
    return first is None or second is None or abs(int(first.group(1)) - int(second.group(1))) <= 6


def _keeps_order(statement: str, original: str, replacement: str) -> bool:
    """The new year stands before or after each other year of the statement as the old one did:
    "its best performance since 2005" in a statement about 2004 is false at a glance."""
    old, new = (re.search(r"\b(\d{4})\b", t) for t in (original, replacement))
    if old is None or new is None:
        return True
    found = find_form(statement, original)
    rest = statement[: found[0]] + statement[found[1] :] if found else statement
    for other in re.findall(r"\b(1\d{3}|20\d{2})\b", rest):
        before, after = int(old.group(1)) - int(other), int(new.group(1)) - int(other)
        if (before > 0) != (after > 0) or (before < 0) != (after < 0):
            return False
    return True


@lru_cache(maxsize=4096)  # asked of every date of the article for each date swapped
def _date_shape(text: str) -> str | None:
    return next((name for name, pattern in DATE_SHAPES if pattern.match(text.strip())), None)


def _same_kind(name: str, other: str) -> bool:
    """'Labour Party' for 'Green Party', 'Leeds City Council' for 'York City Council': the same head
    word names the same kind of body. Any other pair may be a team for an agency ("traded to the
    Federal Aviation Administration"), false at a glance."""
    a, b = name.split(), other.split()
    return len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[-1] in lexicon.org_words()


def _shares_name(original: str, replacement: str) -> bool:
    """'State Tobacco Administration' for 'State Tobacco Monopoly Administration', 'STMC' for 'STMA':
    one may be the other under another name."""
    a, b = set(normalize(original).split()), set(normalize(replacement).split())
    if {w for w in a & b if len(w) > 2 and w not in STOP}:
        return True
    return (
        original.isupper()
        and replacement.isupper()
        and len(original) == len(replacement)
        and sum(x != y for x, y in zip(original, replacement, strict=True)) <= 1
    )


def _country(name: str) -> str:
    """The word lists' own name of a country ("UK", "Britain" -> "United Kingdom")."""
    return lexicon.countries().get(name) or name


def _famous(name: str) -> bool:
    return name in lexicon.famous()


def _said_elsewhere(statement: str, original: str, replacement: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Another sentence with the new value and most of the statement's other words: two people who
    both resigned, a number given twice for different things."""
    words = _content(statement) - _content(original)
    if not words:
        return False
    for index in sentences_mentioning(analysis, replacement):
        if index != sentence.index and len(words & _content(analysis.sentences[index].text)) >= max(2, len(words) // 2):
            return True
    return False


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower()) if w not in STOP}
