"""Facts of a sentence: which place, date, number or organisation completes it, and cloze.

The same blank gives two candidates: a multiple-choice completion and a cloze; the ranker
keeps at most one question per sentence. Only information worth learning is blanked: a
name, a place, an absolute date, an exact number; never a relative date ("on Monday"), a
number inside a name ("G7"), or a word the rest of the sentence repeats.
"""

from __future__ import annotations

import re

from ..models import BLANK, Analysis, QuestionKind, Sentence, normalize
from . import Candidate
from .text import find_form, mentions_any, plausible_place

MIN_WORDS, MAX_WORDS = 8, 55
HINTS = {
    "person": "a person",
    "place": "a place",
    "organization": "an organisation",
    "date": "a date",
    "number": "a number",
}
COMPLETION_KINDS = {
    "place": QuestionKind.PLACE,
    "organization": QuestionKind.ORGANIZATION,
    "date": QuestionKind.DATE,
    "number": QuestionKind.NUMBER,
}
WEIGHTS = {"person": 0.75, "place": 0.8, "organization": 0.7, "date": 0.75, "number": 0.8}


def generate(analysis: Analysis) -> list[Candidate]:
    candidates = []
    for sentence in analysis.sentences:
        if not _usable(sentence.text):
            continue
        for answer, answer_type, forms, about in _blankable(sentence, analysis):
            candidates += _for_blank(sentence, answer, answer_type, forms, about)
    return candidates


def _usable(text: str) -> bool:
    words = len(text.split())
    quote_marks = len(re.findall(r"[“”\"]", text))
    return MIN_WORDS <= words <= MAX_WORDS and quote_marks % 2 == 0 and text.rstrip()[-1:] in ".!?”\"’"


def _blankable(sentence: Sentence, analysis: Analysis):
    """(answer as written, type, all forms, what it is about) for each span worth blanking."""
    facts = analysis.by_sentence[sentence.index]

    def entities(items, answer_type: str):
        for entity in items:
            for form in sorted(entity.forms, key=len, reverse=True):
                found = find_form(sentence.text, form)
                if found:
                    written = sentence.text[found[0]:found[1]]
                    if answer_type != "person" or normalize(written) == normalize(entity.name):
                        yield written, answer_type, entity.forms, entity.name
                    break

    yield from entities(facts.people, "person")
    yield from entities([p for p in facts.places if plausible_place(p.name)], "place")
    yield from entities(facts.organizations, "organization")
    for date in facts.dates:
        if not date.relative and re.search(r"\d", date.text):
            yield date.text, "date", (date.text,), date.text
    for number in facts.numbers:
        if number.value is not None and re.search(r"\d", number.text):
            yield number.text, "number", (number.text,), f"{number.text} {number.unit or ''}".strip()


def _for_blank(sentence: Sentence, answer: str, answer_type: str, forms: tuple[str, ...], about: str) -> list[Candidate]:
    found = find_form(sentence.text, answer)
    if found is None:
        return []
    start, end = found
    before, after = sentence.text[:start], sentence.text[end:]
    if mentions_any(before + " " + after, forms):
        return []  # the answer is written elsewhere in the sentence: the blank gives itself away
    if re.match(r"^[-–]?\w", after) or re.search(r"\w[-–]?$", before):
        return []  # part of a longer word or name ("G7", "Covid-19")
    if re.match(r"^['’]?s?\s+[A-Z]", after) and answer_type != "person" or re.search(r"[“\"]$", before):
        return []  # part of a longer name ("Kurdistan Workers' Party") or a quoted word
    if re.match(r"^\s+(?:of|for|on|de)\s+(?:the\s+)?[A-Z]", after) and answer_type in ("organization", "place"):
        return []  # a cut-off name: "The _______ of Britain said ..."
    if (before.count("“") - before.count("”")) % 2 or before.count('"') % 2:
        return []  # a blank inside a quotation asks for someone's exact words, not a fact
    if before.endswith("(") and after.startswith(")"):
        return []  # a conversion or an aside in brackets: "US$370m (£196m)"
    blanked = f"{before}{BLANK}{after}".strip()
    key = f"{normalize(answer)}|{normalize(' '.join(sentence.text.split()[:8]))}"
    out = [Candidate(
        kind=QuestionKind.CLOZE, prompt=blanked, answer=answer, source=sentence, answer_type=answer_type,
        key=key, cloze=True, hint=HINTS[answer_type], answer_forms=tuple(f for f in forms if f != answer),
        about=about, weight=WEIGHTS[answer_type] * 0.9,
    )]
    if answer_type in COMPLETION_KINDS:
        out.append(Candidate(
            kind=COMPLETION_KINDS[answer_type],
            prompt=f"Which {_noun(answer_type)} completes this sentence from the article? “{blanked}”",
            answer=answer, source=sentence, answer_type=answer_type, key=key,
            answer_forms=tuple(f for f in forms if f != answer), about=about, weight=WEIGHTS[answer_type] * 0.85,
            completion=True,
        ))
    return out


def _noun(answer_type: str) -> str:
    return {"organization": "organisation"}.get(answer_type, answer_type)
