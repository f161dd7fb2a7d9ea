"""Facts of a sentence: which date or number completes it, and cloze.

The same blank gives two candidates: a multiple-choice completion and a cloze; the ranker
keeps at most one question per sentence. Only information worth learning is blanked: a
name, an absolute date, an exact number; never a place (see `_blankable`), a relative date
("on Monday"), a number inside a name ("G7"), or a word the rest of the sentence repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..analysis.quantities import ONES
from ..models import BLANK, Analysis, Entity, QuestionKind, Sentence, normalize
from ..rules import lexicon
from .acting import organisation_acts
from .candidate import Candidate
from .clauses import FIRST_PERSON
from .date_blanks import predicted_date
from .guessable import any_state_s_body, echoed, given_away, home_organization
from .leaning import leans_on_the_page
from .side_details import side_detail
from .text import (
    HEADING_GLUED_RE,
    MISSING_SPACE_RE,
    OTHER_SCRIPT_RE,
    UNNAMED_SOURCE_RE,
    Quotations,
    famous_office,
    find_form,
    mentions_any,
    plausible_organization,
    plausible_person,
)

MIN_WORDS, MAX_WORDS = 8, 55
HINTS = {
    "person": "a person",
    "organization": "an organisation",
    "date": "a date",
    "number": "a number",
}
# No "which organisation completes": the analysis's organisations are too mixed in kind (a band,
# an award, a unit) for options a reader cannot rule out at a glance.
COMPLETION_KINDS = {
    "date": QuestionKind.DATE,
    "number": QuestionKind.NUMBER,
}
# "the last 12 months", "nearly 10 years": a span of time is seldom the fact worth asking.
DURATION_AFTER = r"^\s*(?:-\s*)?(?:months?|years?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b"
YEAR_LIKE_RE = re.compile(r"1\d{3}|20\d{2}")  # a four-digit number from 1000 to 2099 may be a year
# "about six to ___ times a year": a range whose first end is a word.
_NUMBER_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
NUMBER_WORD_RANGE_RE = re.compile(
    rf"\b(?:{_NUMBER_WORDS})\s+(?:to|or|-|–)\s+$|\bbetween\s+(?:{_NUMBER_WORDS})\s+and\s+$", re.I
)
# "flight ___", "Psion Organiser series ___": a number that names something rather than counts it.
LABEL_WORDS = (
    r"flight|route|no\.|model|case|article|section|chapter|page|room|highway|interstate|platform|gate|bus|line|"
    r"series|version|episode|channel|track|code|round|phase"
)
LABEL_BEFORE_RE = re.compile(rf"\b(?:{LABEL_WORDS})\s+$", re.I)
# "children gain an absolute right to the money at age ___", "legally adults at ___": 16, 18, 21.
LEGAL_AGE_RE = re.compile(
    r"\b(?:adults?|adulthood|majority|legal(?:ly)?|vote|voting|drink(?:ing)?|school[- ]leaving|right)\b[^.]{0,40}"
    r"\b(?:at|aged?|of)\s+(?:age\s+)?___|___\s*(?:-year-olds?)?[^.]{0,20}\b(?:adults?|vote|voting)\b",
    re.I,
)
# ", who bit off … in ___", ", winning Academy Awards … in ___": the blank is in a clause set off
# from the sentence's own statement, a relative or a participle clause.
ASIDE_BEFORE_RE = re.compile(r",\s+(?:who|whose|which|where|winning|having|making|becoming|before|after)\b[^,;:]*$")
DECADE_RE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:\d{2})?\d0s|(?:the\s+)?['’]\d0s", re.I)
WEIGHTS = {"person": 0.75, "organization": 0.7, "date": 0.75, "number": 0.8}
MODIFIER = "an organisation used as a modifier (___ museums)"


def generate(analysis: Analysis) -> list[Candidate]:
    candidates = []
    quoted = Quotations(analysis)
    home = home_organization(analysis)  # once: it reads the whole article
    for sentence in analysis.sentences:
        if not _usable(sentence.text) or quoted.spoken(sentence):
            continue  # a sentence inside a multi-sentence quotation is someone's words, not the article's
        if FIRST_PERSON.search(QUOTED_RE.sub(" ", sentence.text)):
            continue  # "I've been at Red Hat for almost ___": an interview's answer, whose speaker the blank hides
        for answer, answer_type, forms, about in _blankable(sentence, analysis):
            if about != home:  # "A ___ spokesperson confirmed …" in a story about Delta
                candidates += _for_blank(sentence, answer, answer_type, forms, about)
    return candidates


QUOTED_RE = re.compile(r"[“\"][^“”\"]*[”\"]")


# Asked of each sentence by the facts and the terms generators alike: each sentence is read once.
@lru_cache(maxsize=4096)
def _usable(text: str) -> bool:
    words = len(text.split())
    quote_marks = len(re.findall(r"[“”\"]", text))
    # Not a question ("Has anyone checked ___'s family links, I wonder?"), nor markup left in
    # the text ("the conservative ___ ((pl))Polish language: …").
    return (
        MIN_WORDS <= words <= MAX_WORDS
        and quote_marks % 2 == 0
        and text.rstrip()[-1:] in '.!”"’'
        and "((" not in text
        and "))" not in text
        and bool(re.match(r"[\w“\"‘']", text))  # ", who secured a first Triple Crown …": a name lost
        and not text[:1].islower()  # "took the men's title in ___ …": the name that opened it was lost (27th review)
        and not OTHER_SCRIPT_RE.search(text)  # "Korean language: 4~5시간 전에 …": a quotation in its own script
        and not MISSING_SPACE_RE.search(text)
        and " / " not in text  # "subsumed into the PDA's / laptops etc." (26th review: formatting)
        and ".." not in text  # "… the best traditional pop album award for Stardust..." (29th review)
        and not HEADING_GLUED_RE.match(text)  # "WHEN AND WHERE The tradition of …" (32nd review: formatting)
        and not UNNAMED_SOURCE_RE.search(text)  # "Over ___ of mobiles sold …, it said." (29th review: vague)
        # "refuse to do so since ___", "the pair … joined ___" (18th review), "delayed this clause for
        # firms below ___" (a sum converted in brackets, 25th review): vague
        and not leans_on_the_page(text)
    )


Blankable = tuple[str, str, tuple[str, ...], str]


def _blankable(sentence: Sentence, analysis: Analysis) -> Iterator[Blankable]:
    """(answer as written, type, all forms, what it is about) for each span worth blanking."""
    facts = analysis.by_sentence[sentence.index]

    def entities(items: Iterable[Entity], answer_type: str) -> Iterator[Blankable]:
        for entity in items:
            for form in sorted(entity.forms, key=len, reverse=True):
                found = find_form(sentence.text, form)
                if found:
                    written = sentence.text[found[0] : found[1]]
                    if (
                        answer_type == "person"
                        and len(entity.sentences) <= 1
                        and _fame_noun_before(sentence.text[: found[0]])
                    ):
                        break  # "the exposure of singer ___'s breast during the Super Bowl": a star everyone knows
                    if answer_type != "person" or normalize(written) == normalize(entity.name):
                        yield written, answer_type, entity.forms, entity.name
                    break

    yield from entities([p for p in facts.people if plausible_person(p)], "person")
    # No place is blanked: blind raters accepted 7 of 25 place blanks over two reviews. The
    # sentence or general knowledge gives most away ("pupils in the ___", "Hanau, near ___", "the
    # Olympics ... in ___"), and the rest are rarely what the article is about. Places are asked
    # with a question of their own (wh.py) and swapped in true/false statements.
    yield from entities([o for o in facts.organizations if plausible_organization(o.name)], "organization")
    for date in facts.dates:
        if DECADE_RE.fullmatch(date.text):
            continue  # "in the 1990s": a side remark's decade, trivial to ask
        if not date.relative and re.search(r"\d", date.text) and _hint(date.text, "date") != "a time":
            yield date.text, "date", (date.text,), date.text
    for number in facts.numbers:
        if YEAR_LIKE_RE.fullmatch(number.text):
            continue  # "painted in 1738" read as a count: options like 2129 would be absurd
        if number.value is not None and re.search(r"\d", number.text):
            yield number.text, "number", (number.text,), f"{number.text} {number.unit or ''}".strip()


def _for_blank(
    sentence: Sentence, answer: str, answer_type: str, forms: tuple[str, ...], about: str
) -> list[Candidate]:
    found = find_form(sentence.text, answer)
    if found is None:
        return []
    start, end = found
    before, after = sentence.text[:start], sentence.text[end:]
    if mentions_any(before + " " + after, forms):
        return []
    reason = bad_blank(before, after, answer_type)
    if reason and not (reason == MODIFIER and organisation_acts(before, after)):
        return []
    if side_detail(before, answer, after, answer_type):
        return []  # "a drive from ___ yards", "a world city by ___", "___ said they would" (trivial, obvious, vague)
    if answer_type == "date" and predicted_date(before, answer, after):
        return []  # "the ___ champion", "As of ___", "in 1978 … the 1979 treaty" (33rd review)
    if answer_type == "date" and YEAR_LIKE_RE.fullmatch(answer) and ASIDE_BEFORE_RE.search(before):
        # "Osbourne, who bit off the head of a live bat on stage in ___, rejoined …": a year that
        # dates a side remark; its options, the years around it, are told apart only by rote
        return []
    if answer_type == "organization" and any_state_s_body(answer):
        return []  # "filed on Monday in the ___ in California" (US District Court): any state's body
    if answer_type == "person" and _given_name_alone(answer, after, forms):
        return []  # "If ___'s last experience …" (Paula), "a biography of ___ Queen of Scots" (33rd review)
    if answer_type == "person" and " " not in answer and re.match(r"^\s+of\s+the\s+[A-Z]", after):
        return []  # "beating ___ of the Dead": one word of a title, not a person
    if given_away(answer, before, after) or echoed(answer, before + " " + after):
        return []  # "the Consumer Electronics Show in ___": Las Vegas, reading or not
    if any(form in lexicon.famous() for form in (answer, *forms)):
        return []  # "as President ___'s vice president": anyone knows Obama, reading or not
    if answer_type == "organization" and any(form in lexicon.organizations() for form in (answer, *forms)):
        # "___ boss Arsene Wenger", "Labour's election campaign", "limped out in the ___" (FA Cup):
        # a well-known body is guessed from its context. Blind raters accepted 3 of 8 such blanks
        # and 11 of 13 blanks of bodies the word lists do not know.
        return []
    joined = re.search(r"\s(?:and|&)\s+([A-Z][a-z]+)\s+[A-Z]", answer)
    if joined and (answer_type != "organization" or joined.group(1) in lexicon.given_names()):
        return []  # "House of Representatives Darin LaHood and Mike Bost": several names in one key
    blanked = f"{before}{BLANK}{after}".strip()
    key = f"{normalize(answer)}|{normalize(' '.join(sentence.text.split()[:8]))}"
    out = [
        Candidate(
            kind=QuestionKind.CLOZE,
            prompt=blanked,
            answer=answer,
            source=sentence,
            answer_type=answer_type,
            key=key,
            shape="cloze",
            hint=_hint(answer, answer_type),
            answer_forms=tuple(f for f in forms if f != answer),
            about=about,
            weight=WEIGHTS[answer_type] * 0.9,
        )
    ]
    if answer_type in COMPLETION_KINDS:
        out.append(
            Candidate(
                kind=COMPLETION_KINDS[answer_type],
                prompt=f"Which {_noun(answer_type)} completes this sentence from the article? “{blanked}”",
                answer=answer,
                source=sentence,
                answer_type=answer_type,
                key=key,
                answer_forms=tuple(f for f in forms if f != answer),
                about=about,
                weight=WEIGHTS[answer_type] * 0.85,
                completion=True,
            )
        )
    return out


# Words that may follow a place used as a place, not as a modifier ("a ___ national").
AFTER_PLACE = frozenset(
    "is was are were has had have and or but in on at to for from with by said says which where who that "
    "as after before since during when while than near ahead earlier later last this next yesterday today "
    "now again also alone itself instead too recently over up down so until through into via whose "
    "will would could can may might must should".split()
)
REPORTING_BEFORE_RE = re.compile(
    r"\b(?:according to|told|reported by|published in|(?:a|the)\s+(?:\w+\s+)?report (?:by|from)|"
    r"reported in|quoted in|writing in|wrote in)\s+(?:the\s+)?$",
    re.I,
)


def _given_name_alone(answer: str, after: str, forms: tuple[str, ...]) -> bool:
    """A key that is a given name alone where the reader has the rest: "Paula" of Paula Radcliffe,
    named in full elsewhere, or "Mary" before "Queen of Scots", a royal's epithet. "Ivan" of "a boy
    identified only as Ivan" is all the article gives, and a fact; "Howard" of Michael Howard is a surname."""
    word = answer.strip()
    if " " in word or word not in lexicon.given_names():
        return False
    return bool(EPITHET_AFTER_RE.match(after)) or any(f.split()[0] == word for f in forms if len(f.split()) > 1)


EPITHET_AFTER_RE = re.compile(
    r"^\s+(?:(?:Queen|King|Prince|Princess|Emperor|Empress|Tsar|Duke|Duchess)\s+of\b|the\s+(?:Great|Conqueror|Elder|Younger|Confessor)\b)"
)


def _fame_noun_before(before: str) -> bool:
    words = re.findall(r"[a-z]+", before[-30:].lower())
    return (
        bool(words)
        and before.rstrip() == before.rstrip().rstrip(",")
        and (words[-1] in lexicon.fame_nouns() or " ".join(words[-2:]) in lexicon.fame_nouns())
    )


def _hint(answer: str, answer_type: str) -> str:
    if answer_type == "date" and re.search(r"\d[:.]\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\bGMT\b|\bUTC\b", answer, re.I):
        return "a time"  # "10:39 a.m." is a time of day, not a date
    return HINTS[answer_type]


def bad_blank(before: str, after: str, answer_type: str) -> str | None:
    """Why a blank between `before` and `after` would make a bad question, or None.

    Each rule is a failure shape raters reject: part of a longer name, a quoted word, a
    conversion in brackets, one item of a list, a fact anyone knows, a news outlet cited.
    """
    if re.match(r"^[-–:/]?\w", after) or re.search(r"\w[-–:/]?$", before):
        return "part of a longer word or name (G7, Covid-19, SM:tv, AC/DC)"
    if re.search(r"\d[:.,/]$", before) or re.match(r"^[:.,/]\d", after):
        return "part of a longer number or time (2:14:___)"
    if re.search(
        rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:hours?|hrs?|minutes?|mins?),?\s+(?:and\s+)?$", before, re.I
    ) or re.match(r"^\s+(?:hours?|minutes?|mins?)?\s*\d+\s+(?:minutes?|seconds?|secs?)\b", after, re.I):
        return "part of a longer time (2 hours ___ 39 seconds)"
    if answer_type == "number" and (re.match(r"^\s\d", after) or re.search(r"\d\s$", before)):
        return "part of a longer number: a telephone number or a code (on ___ 8 505 505)"
    if answer_type == "number" and (re.match(r"^\s+or\s+so\b", after) or re.search(r"\bper\s+$", before)):
        return "an estimate or a unit's base (the ___ or so images, $2 per ___ cubic metres)"
    if answer_type == "number" and re.match(r"^(?:st|nd|rd|th)?\s+(?:anniversary|birthday)\b", after):
        return "an anniversary: the headline or a founding year gives it (celebrating its ___ anniversary)"
    if answer_type == "person" and re.search(r"\b(?:Prince|Princess|King|Queen|Duke|Duchess)\s+$", before):
        return "general knowledge: a royal's given name (the Queen and Prince ___)"
    if (
        answer_type == "number"
        and re.search(r"\b(?:halv|doubl|tripl|quadrupl)\w*\b", f"{before} {after}", re.I)
        and (re.search(r"\d", before) or re.search(r"\d", after))
    ):
        return "worked out from the sentence (halving its dividend to ___ cents from 34 cents)"
    if answer_type == "number" and LABEL_BEFORE_RE.search(before):
        return "a label, not a quantity (flight ___, Psion Organiser series ___)"
    if answer_type == "number" and LEGAL_AGE_RE.search(f"{before[-60:]} ___ {after[:40]}"):
        return "general knowledge: a legal age (legally adults at ___, the right to vote at ___)"
    if re.search(r"\ban?\s+$", before, re.I) and answer_type in ("number", "date"):
        return "after 'a' or 'an', which tells how the answer sounds (an ___%: 18)"
    if answer_type == "number" and (
        re.match(DURATION_AFTER, after, re.I) or re.search(r"\b(?:top|last|final)\s+$", before, re.I)
    ):
        return "a stock phrase (in 12 months, the top 10, the last 16 of the Champions League)"
    if answer_type == "number" and (
        re.match(r"^\s*(?:[-–]|to|and)\s*[$£€]?\d", after)
        or re.search(r"\d[\w.,%]*\s*(?:[-–]|to|and)\s*[$£€]?$|\bbetween\s+$", before)
        or NUMBER_WORD_RANGE_RE.search(before)
        or re.search(r"\d[\w.,%]*\s+or\s+$", before)
    ):
        return "one end of a range (between ___ and 75 cents, six to ___ times)"
    if answer_type == "date" and (
        # "from ___ to April 2005" too (14th blind review: trivial)
        re.match(r"^\s*(?:[-–]|to|and|or)\s*(?:(?:early|mid|late)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b", after)
        or re.search(r"\b\d{4}\s*(?:[-–]|to|and|or)\s*$|\bbetween\s+$", before)
    ):
        return "one of two years side by side (approved in ___ and 2002): the other gives it away"
    if answer_type not in ("person", "number", "date") and re.match(r"^\s+\d+\b", after):
        return "part of a longer name (___ 4's Today programme: BBC Radio 4)"
    if re.match(r"^['’]\s", after):
        return "a possessive apostrophe alone after the blank (___' hit show: Mel Brooks')"
    if answer_type != "person" and re.match(r"^['’]?s?\s+[A-Z]", after):
        return "part of a longer name (Kurdistan Workers' Party)"
    if re.search(r"[“\"]$", before) or (before.count("“") - before.count("”")) % 2 or before.count('"') % 2:
        return "inside a quotation: someone's exact words, not a fact"
    if answer_type in ("organization", "place") and re.match(r"^\s+(?:of|for|de)\s+(?:the\s+)?[A-Z]", after):
        return "a cut-off name (The ___ of Britain)"
    cut = re.search(r"\b([A-Z][\w.'’-]*)\s+(?:(?:at|of|and|de|du|la)\s+(?:the\s+)?)?$", before)
    if cut and not (
        cut.group(1) in lexicon.titles() or (cut.start(1) == 0 and cut.group(1).lower() in lexicon.common_words())
    ):
        return "the end of a longer name (St Margaret's at ___, Windsor ___)"
    if (
        before.endswith("(")
        or re.match(r"^[\s\w$£€%.,]*?\((?:[^)]*\d)", after)
        or before.count("(") > before.count(")")
    ):
        return "a conversion or an aside in brackets (82 pounds (___ kg))"
    if re.search(r",\s+(?:and\s+)?$|\band\s+$", before) and re.match(r"^\s*(?:,|and\b|or\b)", after):
        return "one item of a list"
    if re.search(r",\s+(?:and\s+)?(?:the\s+)?$", before) and before[-60:].count(",") >= 2:
        return "the last item of a list (aged nine, ten, 49, and ___)"
    if re.search(r",\s+(?:the\s+)?$", before) and re.match(r"^\s*,", after):
        return "one item of a list"
    if answer_type in ("person", "organization", "place") and re.match(
        r"^\s*(?:,|and|or|&)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z\d]", after
    ):
        return "the first item of a list (actor ___ and writer Joanne Harris)"
    if re.match(r"^\s*[“\"][A-Z]\w*[”\"]", after) or re.match(r"^\.\s+[a-z]", after):
        return 'part of a name: a nickname or an initial follows (Pasquale "Pat" Di Cicco)'
    if (
        re.search(r"[A-Z][\w.'’-]*,\s+(?:and\s+)?$", before)
        and re.match(r"^\s*(?:,|and\b|or\b|\.)", after)
        and answer_type != "date"
    ):
        return "one item of a list"
    if answer_type == "place":
        if re.search(
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$", before
        ):
            return "a numbered district or seat (Maryland's seventh ___)"
        modifier = re.match(r"^\s+([a-z][a-z-]+)", after)
        if modifier and modifier.group(1) in lexicon.role_nouns():
            return "a place used as a modifier of a job (___ senator)"
        if modifier and modifier.group(1) not in AFTER_PLACE:
            return "a place used as a modifier (a ___ national, rattled ___ commonwealth)"
        if re.search(r"[A-Z][\w.'’-]+,\s+$|\bcapital\s+(?:city\s+)?(?:of\s+)?$", before) or re.match(
            r"^,?\s+the\s+capital\b", after
        ):
            return "general knowledge: the region of a city, or a capital"
    tail = before.split()
    if answer_type == "person" and any(famous_office(" ".join(tail[-n:])) for n in range(1, min(5, len(tail) + 1))):
        return "general knowledge: the holder of a famous office (British Prime Minister ___)"
    if answer_type == "organization":
        modifier = re.match(r"^\s+([a-z][a-z-]+)", after)
        if modifier and modifier.group(1) not in AFTER_PLACE and modifier.group(1) not in lexicon.role_nouns():
            return MODIFIER
    if answer_type == "organization" and REPORTING_BEFORE_RE.search(before):
        return "a news outlet cited as the source"
    return None


def written_fact(statement: str, forms: tuple[str, ...], kind: str) -> str | None:
    """The form as the statement writes it, when a whole fact stands there (not part of a longer name)."""
    for form in sorted(forms, key=len, reverse=True):
        found = find_form(statement, form)
        if found is None:
            continue
        reason = bad_blank(statement[: found[0]], statement[found[1] :], kind)
        return statement[found[0] : found[1]] if reason is None else None
    return None


def start_of(statement: str, written: str) -> int:
    """Where `written`, as `written_fact` read it from `statement`, starts there."""
    found = find_form(statement, written)
    assert found is not None  # `written` is a whole-word span of `statement`: it is found again
    return found[0]


def _noun(answer_type: str) -> str:
    return {"organization": "organisation"}.get(answer_type, answer_type)


# For generators that show a sentence in another form first (conversions.py drops "(£14bn)"; terms.py):
# the same blank rules and the same test of a usable sentence.
blank_candidates = _for_blank
blankable = _blankable  # quoted_facts.py: the same spans, looked for in someone's words
usable_sentence = _usable
