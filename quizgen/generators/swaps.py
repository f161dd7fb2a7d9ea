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
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..analysis.quantities import ONES
from ..models import Analysis, Person, Role, Sentence, normalize
from ..rules import lexicon
from .candidate import Variant
from .distractors import same_shape, similar_size
from .facts import LABEL_WORDS, bad_blank
from .text import (
    MEMBERSHIP_RE,
    famous_office,
    find_form,
    mentions_any,
    plausible_organization,
    plausible_person,
    plausible_place,
    sentences_mentioning,
)
from .usage import HONORIFICS, ArticleUsage, once_per_analysis

PER_SLOT = 3  # replacements kept per fact
GENDERED_RE = re.compile(r"\b(?:he|she|his|her|hers|him|himself|herself)\b", re.I)
# A label ("flight 93") or a position ("round 3", "aged 40"): swapping it tests no fact of the story.
LABEL_BEFORE_RE = re.compile(
    rf"\b(?:{LABEL_WORDS}|number|size|level|grade|category|type|season|stage|round|day|week|year|aged?|between|from)\s+$",
    re.I,
)
# "more than 1,000 people" stays true as "more than 500 people": a bound or an estimate is no exact fact.
BOUND_BEFORE_RE = re.compile(
    r"\b(?:more|fewer|less|greater|higher|lower|other)\s+than\s+$|\b(?:over|under|above|below|at least|at most|"
    r"up to|nearly|almost|about|around|roughly|approximately|some|as (?:many|few|much|high|low|little) as|exceeding|"
    r"estimated|an estimated|only|just)\s+$",
    re.I,
)
RANGE_AFTER_RE = re.compile(r"^\s*(?:[-–]|to|and|or)\s*[$£€]?\d")
RANGE_BEFORE_RE = re.compile(r"\d\s*(?:[-–]|to|and|or)\s*[$£€]?$")
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
DATE_SHAPES = (
    ("year", re.compile(r"^(?:in\s+)?\d{4}$")),
    ("month year", re.compile(r"^[A-Z][a-z]+\s+\d{4}$")),
    ("day month", re.compile(r"^\d{1,2}\s+[A-Z][a-z]+$")),
    ("month day", re.compile(r"^[A-Z][a-z]+\s+\d{1,2}$")),
    ("full date", re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}$")),
)


# "clashed over tuition fees and Europe": a place listed beside a common noun is a topic, not a
# location, and another place there reads as nonsense.
TOPIC_LIST_RE = re.compile(r"\b[a-z]{3,}\s+(?:and|or)\s+(?:the\s+)?$")
# "the 2-0 Uefa Cup win against Lazio": a team named after its place; "against Europe" is nonsense.
OPPONENT_BEFORE_RE = re.compile(r"\b(?:against|beat|beating|beaten by|over|v|vs\.?|versus|lost to|draw with)\s+$", re.I)
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
                or _shares_name(original, replacement)
                or JOINED_RE.search(replacement)
                or _named_around(replacement, statement[:start] + " " + statement[end:])
            ):
                continue
            if _said_elsewhere(statement, original, replacement, sentence, analysis):
                continue
            out.append(Variant(statement=altered, slot=slot, original=original, replacement=replacement))
            kept += 1
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
    yield from _people(statement, facts.people, article)
    for place in facts.places:
        written = _written(statement, place.forms, "place")
        if (
            written
            and plausible_place(place.name)
            and not _famous(place.name)
            and not TOPIC_LIST_RE.search(statement[: _start(statement, written)])
            and not OPPONENT_BEFORE_RE.search(statement[: _start(statement, written)])
        ):
            if lexicon.place_kind(place.name) != "country":
                # Countries only: a city may lie in another ("a news conference in Westminster" is
                # true of one in London: a blind review's wrong key), a street is no town ("The
                # building on Welshpool"), and raters rejected most swaps of cities and regions.
                continue
            others = [
                p.name
                for p in analysis.places
                if p.name != place.name
                and lexicon.place_kind(p.name) == "country"
                and _country(p.name) != _country(place.name)  # "Britain" for "UK" is no swap
                and plausible_place(p.name)
                and article.the[p.name] == article.the[place.name]
            ]
            yield "place", written, others
    for org in facts.organizations:
        written = _written(statement, org.forms, "organization")
        if (
            written
            and plausible_organization(org.name)
            and org.name not in article.outlets
            and not TYPE_NOUN_BEFORE_RE.search(statement[: _start(statement, written)])
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
    for number in facts.numbers:
        words = number.text.lower() in ONES
        if _swappable_number(statement, number.text, number.value, words=words):
            others = [
                n.text
                for n in analysis.numbers
                if n.unit == number.unit
                and n.value not in (None, 0, 1)
                and n.value != number.value
                and similar_size(n.value, number.value, 3)
                and (same_shape(n.text, number.text) or words and n.text.lower() in ONES)
            ]
            yield "number", number.text, list(dict.fromkeys(others))
    for date in facts.dates:
        shape = _date_shape(date.text)
        if not date.relative and shape and find_form(statement, date.text):
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
    yield from _roles(statement, sentence, analysis)


def _people(statement: str, people: Iterable[Person], article: ArticleUsage) -> Iterator[tuple[str, str, list[str]]]:
    """A person for a person, written the same way: a full name for a full name, "Mr Clement" for
    "Mr Bowers" (and never for "Ms Rice"), a surname for a surname the article uses alone. With
    "his" or "her" in the statement, only someone the article gives the same pronouns."""
    pool = _swappable_people(article.analysis)
    described = {p.name for p in pool}
    gendered = bool(GENDERED_RE.search(statement))
    for person in people:
        if person.name not in described:
            continue
        for form, style in _person_forms(person):
            written = _written(statement, (form,), "person")
            if not written:
                continue
            start = _start(statement, written)
            if style != "honorific" and (
                re.search(r"[A-Z][\w.'’-]*\s+$", statement[:start]) or _described_before(statement[:start])
            ):
                break  # "Prime Minister Mark Carney", "Tory leader Michael Howard": the title stays with its holder
            gender = article.genders.get(person.name)
            if gendered and gender is None:
                break
            others = [
                _form_like(p, style, form)
                for p in pool
                if p.name != person.name
                and not mentions_any(statement, (*p.forms, p.name.split()[-1]))
                and (not gendered or article.genders.get(p.name) == gender)
                and not _other_gender(article.genders.get(p.name), gender)
            ]
            yield "person", written, [o for o in others if o]
            break


def _described_before(before: str) -> bool:
    """'Tory leader ___', 'veteran actor ___', 'Manchester United boss ___': a role noun just before
    the name describes its holder, and another person there is false at a glance to anyone who
    knows who leads the Tories (blind raters rejected 'Tory leader Anne Robinson')."""
    words = re.findall(r"[a-z][a-z-]*", before[-40:].lower())
    tail = before.rstrip()
    if not words or not tail or not tail[-1].isalpha():
        return False
    return words[-1] in lexicon.role_nouns() or " ".join(words[-2:]) in lexicon.role_nouns()


def _other_gender(one: str | None, other: str | None) -> bool:
    """A woman for a man or a man for a woman, each known from the article: false at a glance to
    a reader of the names ('Tory leader Anne Robinson', 'veteran actor Hilary Swank')."""
    return one is not None and other is not None and one != other


@once_per_analysis
def _swappable_people(analysis: Analysis) -> list[Person]:
    """People the article quotes or describes, on both sides of a swap: a name in passing (a film
    character, a figure of history) swapped in or out makes a statement false at a glance."""
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    return [
        p
        for p in sorted(analysis.people, key=lambda p: -len(p.sentences))
        if plausible_person(p) and len(p.name.split()) > 1 and not _famous_person(p) and (p.name in speakers or p.roles)
    ]


def _person_forms(person: Person) -> list[tuple[str, str]]:
    """The person's forms, longest first, each with its style: full, honorific or surname."""
    forms = [(person.name, "full")]
    for alias in person.aliases:
        first = alias.split()[0]
        if first in HONORIFICS and len(alias.split()) == 2:
            forms.append((alias, "honorific"))
        elif alias == person.name.split()[-1]:
            forms.append((alias, "surname"))
    return forms


def _form_like(person: Person, style: str, written: str) -> str | None:
    """`person` written in `style`; an honorific only of the same gender as the one written."""
    if style == "full":
        return person.name
    for alias, own in _person_forms(person):
        if own == style == "surname":
            return alias
        if own == style == "honorific" and HONORIFICS[alias.split()[0]] == HONORIFICS[written.split()[0]]:
            return alias
    return None


def _roles(statement: str, sentence: Sentence, analysis: Analysis) -> Iterator[tuple[str, str, list[str]]]:
    """'Italian Prime Minister Giorgia Meloni' -> 'European Commission President Giorgia Meloni'.

    Offices only: one person holds one office, but may well be both a "Ray actor" and a "US
    hip-hop star", so swapping descriptions may leave a statement true."""
    titles = _offices(analysis)
    for person, role in titles:
        if role.sentence != sentence.index or not find_form(statement, role.text):
            continue
        others = [
            r.text
            for p, r in titles
            if p.name != person.name
            and normalize(r.text) != normalize(role.text)
            and normalize(r.text) not in normalize(role.text)
            and normalize(role.text) not in normalize(r.text)
        ]
        yield "role", role.text, list(dict.fromkeys(others))


@once_per_analysis
def _offices(analysis: Analysis) -> list[tuple[Person, Role]]:
    return [
        (p, r)
        for p in analysis.people
        for r in p.roles
        if r.kind == "title"
        and r.text[:1].isupper()
        and 1 < len(r.text.split()) <= 6
        and not famous_office(r.text)
        and _office(r.text)
    ]


def _office(role: str) -> bool:
    """'Environment Agency director', 'UK Chancellor of the Exchequer': a title the word lists know."""
    words = role.replace("-", " ").split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))
    return any(span in lexicon.titles() or span.capitalize() in lexicon.titles() for span in spans)


def _written(statement: str, forms: tuple[str, ...], kind: str) -> str | None:
    """The form as the statement writes it, when a whole fact stands there (not part of a longer name)."""
    for form in sorted(forms, key=len, reverse=True):
        found = find_form(statement, form)
        if found is None:
            continue
        reason = bad_blank(statement[: found[0]], statement[found[1] :], kind)
        return statement[found[0] : found[1]] if reason is None else None
    return None


def _start(statement: str, written: str) -> int:
    """Where `written`, as `_written` read it from `statement`, starts there."""
    found = find_form(statement, written)
    assert found is not None  # `written` is a whole-word span of `statement`: it is found again
    return found[0]


def _swappable_number(statement: str, text: str, value: float | None, words: bool = False) -> bool:
    found = find_form(statement, text)
    if found is None or value in (None, 0, 1) or re.fullmatch(r"\d{4}", text) or not (words or re.search(r"\d", text)):
        return False  # one and a plural disagree; a bare four-digit number is a year or a label
    before, after = statement[: found[0]], statement[found[1] :]
    if re.match(r"\s+[A-Z]\w", after) or re.search(r"\b[A-Z][\w.-]*(?<!['’]s)\s+$", before) and before.strip():
        return False  # part of a name: '50 Cent', 'Radio 1', 'Formula 1 World Championship'
    return not (
        LABEL_BEFORE_RE.search(before)
        or BOUND_BEFORE_RE.search(before)
        or RANGE_AFTER_RE.match(after)
        or RANGE_BEFORE_RE.search(before)
        or re.match(r"^[-–/.,]?\w", after)
        or re.search(r"\w[-–/.]?$", before)
    )


def _named_around(replacement: str, rest: str) -> bool:
    """A name of the replacement that the rest of the statement already holds: 'against Great
    Britain' beside 'help Britain', 'Anelka stressed … winger Nicolas Anelka' read as nonsense."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]{3,}", replacement) if w not in COMMON_CAPITALS]
    return mentions_any(rest, names)


def _near_in_time(a: str, b: str) -> bool:
    """Years at most ten apart: "born in 2014" of a man who died at 86 is false at a glance."""
    first, second = (re.search(r"\b(\d{4})\b", t) for t in (a, b))
    return first is None or second is None or abs(int(first.group(1)) - int(second.group(1))) <= 10


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


def _famous_person(person: Person) -> bool:
    return any(f in lexicon.famous() for f in person.forms) or any(famous_office(r.text) for r in person.roles)


def agree(before: str, replacement: str) -> str:
    """Fix 'a'/'an' just before the swapped value: 'an Italian' -> 'a Canadian'."""
    match = re.search(r"\b(an?)\s+$", before, re.I)
    if not match:
        return before
    article = "an" if _vowel_sound(replacement) else "a"
    if match.group(1)[0].isupper():
        article = article.capitalize()
    return before[: match.start(1)] + article + before[match.end(1) :]


def _vowel_sound(word: str) -> bool:
    if re.match(r"^[A-Z]{2,}", word):  # an acronym is read by its letters: "an FBI agent", "a BBC report"
        return word[0] in "AEFHILMNORSX"
    if re.match(r"^(?:hour|honou?r|honest|heir)", word, re.I):
        return True
    return bool(re.match(r"^(?!eu|ewe|one\b|once\b)(?:[aeio]|u(?!ni|s[aeu]|r[aeiou]|k|t[ae]))", word, re.I))


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
