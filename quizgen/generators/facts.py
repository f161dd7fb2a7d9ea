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

from ..models import BLANK, Analysis, Entity, QuestionKind, Sentence, normalize
from ..rules import lexicon
from .acting import organisation_acts
from .blanks import MODIFIER, bad_blank
from .candidate import Candidate
from .clauses import FIRST_PERSON
from .date_blanks import predicted_date
from .guessable import any_state_s_body, echoed, given_away, home_organization, well_known_organization
from .leaning import leans_on_the_page
from .side_details import side_detail
from .text import (
    HEADING_GLUED_RE,
    MISSING_SPACE_RE,
    OTHER_SCRIPT_RE,
    UNNAMED_SOURCE_RE,
    Quotations,
    find_form,
    mentions_any,
    plausible_organization,
    plausible_person,
)
from .trivial_blanks import number_in_name, owner_of_a_move, party_any_rival_fits, too_long_to_type

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
YEAR_LIKE_RE = re.compile(r"1\d{3}|20\d{2}")  # a four-digit number from 1000 to 2099 may be a year
# ", who bit off … in ___", ", winning Academy Awards … in ___": the blank is in a clause set off
# from the sentence's own statement, a relative or a participle clause.
ASIDE_BEFORE_RE = re.compile(r",\s+(?:who|whose|which|where|winning|having|making|becoming|before|after)\b[^,;:]*$")
DECADE_RE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:\d{2})?\d0s|(?:the\s+)?['’]\d0s", re.I)
WEIGHTS = {"person": 0.75, "organization": 0.7, "date": 0.75, "number": 0.8}


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
QUOTE_MARKS_RE = re.compile(r"[“”\"]")
WORD_OR_QUOTE_START_RE = re.compile(r"[\w“\"‘']")


@lru_cache(maxsize=4096)
def _usable(text: str) -> bool:
    words = len(text.split())
    quote_marks = len(QUOTE_MARKS_RE.findall(text))
    # Not a question ("Has anyone checked ___'s family links, I wonder?"), nor markup left in
    # the text ("the conservative ___ ((pl))Polish language: …").
    return (
        MIN_WORDS <= words <= MAX_WORDS
        and quote_marks % 2 == 0
        and text.rstrip()[-1:] in '.!”"’'
        and "((" not in text
        and "))" not in text
        and bool(WORD_OR_QUOTE_START_RE.match(text))  # ", who secured a first Triple Crown …": a name lost
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
    if answer_type == "number" and number_in_name(before, after):
        return []  # "directed by 13 Going on ___ film-maker": a number of a title is no figure (40th review)
    if answer_type == "person" and owner_of_a_move(after):
        return []  # "plough through ___'s flimsy tackle": a play-by-play detail (40th review)
    if answer_type == "organization" and party_any_rival_fits(answer, before, after):
        return []  # "On Tuesday, the ___ held primary elections": its rivals did too (40th review)
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
    if answer_type == "organization" and well_known_organization((answer, *forms)):
        # "___ boss Arsene Wenger", "Labour's election campaign", "limped out in the ___" (FA Cup):
        # a well-known body is guessed from its context. Blind raters accepted 3 of 8 such blanks
        # and 11 of 13 blanks of bodies the word lists do not know.
        return []
    joined = re.search(r"\s(?:and|&)\s+([A-Z][a-z]+)\s+[A-Z]", answer)
    if joined and (answer_type != "organization" or joined.group(1) in lexicon.given_names()):
        return []  # "House of Representatives Darin LaHood and Mike Bost": several names in one key
    blanked = f"{before}{BLANK}{after}".strip()
    key = f"{normalize(answer)}|{normalize(' '.join(sentence.text.split()[:8]))}"
    typed_many_ways = answer_type in ("organization", "person") and too_long_to_type(answer)
    out = (
        []
        if typed_many_ways
        else [  # "filed with the ___" (Santa Clara California Superior Court)
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
    )
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


def _noun(answer_type: str) -> str:
    return {"organization": "organisation"}.get(answer_type, answer_type)


# For generators that show a sentence in another form first (conversions.py drops "(£14bn)"; terms.py):
# the same blank rules and the same test of a usable sentence.
blank_candidates = _for_blank
blankable = _blankable  # quoted_facts.py: the same spans, looked for in someone's words
usable_sentence = _usable
