"""Attributions a reader makes without a verb of saying in front of the quotation.

  named-quote     citing “the Chuck Jones quote that “…”” / "Twain's famous line, “…”": the one named
                  (tried first by quotes.py, and never carried on to the next quotation)
  first-person    Lisa Mancini has been cosplaying for years, her hobby “stemmed from my love …”:
                  words in the first person, in a sentence whose subject is a person, are theirs
  same-sentence   an earlier fragment of that sentence (her “passion”) is theirs too
  opinion         Netanyahu envisioned the pipeline to end their “fringe country” status: the
                  subject of a verb of thinking or hoping (rules/data/opinion_verbs.txt)
  report          “…”, reads the report / The study … a “total of 1,723 cases”: the one
                  organisation the article says wrote the report

Each rule names someone only where a careful reader would: a quoted title (“I Am Legend”), a
quotation with no first person, or a report the article credits to two organisations keeps no
speaker. None of these rules is used for a quote question's key (generators/quotes.py keeps
only the attributions with a verb of saying in the quote's own sentence).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..models import Quote, Sentence
from ..rules import lexicon
from .mentions import Mention
from .names import Kind
from .quote_spans import QuoteSpan
from .speakers import resolve_pronoun

AFTER = 80  # characters after a closing mark searched for "…", reads the report
# "the Chuck Jones quote that", "Twain's famous line:", "the old Churchill maxim,"
QUOTED_SAYING_RE = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:famous|old|well-known|oft-repeated)\s+)?"
    r"(?:quote|quotation|quip|line|saying|maxim|adage|dictum|aphorism|remark)\s*(?:that|,|:)?\s*$",
    re.I,
)
# I, me, my, we, our, us (lower case: "US" is a country); "I-Man" or "I'm" count as "I".
FIRST_PERSON_RE = re.compile(r"(?<![\w'’-])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]urs?|us)(?!\w)")
EDITORIAL_RE = re.compile(r"\[[^\]]*\]")  # "defend [their] children": the writer's words, not the speaker's
OPENING_PRONOUN_RE = re.compile(r"\s*(?:(?:But|And|Then|Now|So)\s+)?(he|she)\b", re.I)
# '“…”, reads the report.' / '“…,” the study says.'
REPORT_AFTER_RE = re.compile(
    r"^[,.]?\s*(?:(?:reads|read|says|said|states|stated|concludes|concluded)\s+the\s+(?:report|study|paper)\b"
    r"|the\s+(?:report|study|paper)\s+(?:reads|read|says|said|states|stated|concludes|concluded)\b)",
    re.I,
)
# "The study accounts for … a “total of 1,723 cases”": a report opening the sentence speaks in it
REPORT_SUBJECT_RE = re.compile(r"\s*(?:The|This|Their|Its)\s+(?:\w+\s+)?(?:report|study|paper)\b")
WORKS = r"(?:report|study|paper|findings|research|survey|analysis)"


def implicit_speaker(
    paragraph: str,
    span: QuoteSpan,
    sentence: Sentence,
    mentions: list[Mention],
    recent: list[Mention],
    authors: frozenset[str],
) -> tuple[str | None, str]:
    """The rules of this module, tried in order when no attribution with a verb of saying names anyone."""
    if who := first_person(paragraph, span, sentence, mentions, recent):
        return who, "first-person"
    if who := opinion(span, sentence, mentions, paragraph):
        return who, "opinion"
    if span.closed and (who := report_after(paragraph[span.end : span.end + AFTER], authors)):
        return who, "report"
    if who := report_subject(paragraph, sentence, authors):
        return who, "report"
    return None, "none"


def same_sentence(quotes: list[Quote]) -> tuple[Quote, ...]:
    """'her “passion” for the hobby “stemmed from my love …”': a fragment before first-person words
    given to the sentence's subject is the subject's too."""
    out = list(quotes)
    for i in range(len(out) - 1, 0, -1):
        later, earlier = out[i], out[i - 1]
        if later.how in ("first-person", "same-sentence") and earlier.how == "none" and earlier.speaker is None:
            if (earlier.paragraph, earlier.sentence) == (later.paragraph, later.sentence):
                out[i - 1] = earlier.model_copy(update={"speaker": later.speaker, "how": "same-sentence"})
    return tuple(out)


def named_quote(before: str, sentence_start: int, mentions: list[Mention]) -> str | None:
    """'citing the Chuck Jones quote that “…”': the person the saying is credited to."""
    for m in mentions:
        if m.kind is Kind.PERSON and m.start >= sentence_start and QUOTED_SAYING_RE.match(before[m.end :]):
            return m.name
    return None


def first_person(
    paragraph: str, span: QuoteSpan, sentence: Sentence, mentions: list[Mention], recent: list[Mention]
) -> str | None:
    """First-person words quoted in a sentence whose subject is a person: that person's.

    The subject is a name opening the sentence or "he"/"she" opening it; no other person may be
    named between the subject and the quotation ("Ana met Rui, whose “my …”" is left alone).
    """
    words = EDITORIAL_RE.sub(" ", span.text)
    if not FIRST_PERSON_RE.search(words) or _titled(words):
        return None
    people = [
        m
        for m in mentions
        if sentence.start <= m.start < span.start and m.kind is Kind.PERSON and not m.possessive and not m.voice
    ]
    head = paragraph[sentence.start : span.start]
    if people and people[0].subject and not people[0].oblique:
        others = {m.name for m in people} - {people[0].name}
        return None if others else people[0].name
    pronoun = OPENING_PRONOUN_RE.match(head)
    if pronoun and not people:
        return resolve_pronoun(pronoun.group(1), sentence.start, mentions, recent)
    return None


def opinion(span: QuoteSpan, sentence: Sentence, mentions: list[Mention], paragraph: str) -> str | None:
    """'With this alliance, Netanyahu envisioned the pipeline to end their “fringe country” status':
    the person right before a verb of thinking or hoping (its subject), the only one named before
    the quote in its sentence."""
    people = [m for m in mentions if sentence.start <= m.start < span.start and m.kind is Kind.PERSON]
    if not people or people[0].oblique or people[0].possessive or {m.name for m in people} != {people[0].name}:
        return None
    if re.search(r"[.;:!?]", paragraph[people[0].end : span.start]):
        return None
    return people[0].name if _opinion_re().match(paragraph, people[0].end) else None


@cache
def _opinion_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.opinion_verbs(), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:also|still|now|had|has|have)\s+)*(?:\w+ly\s+)?(?:{verbs})\b")


def report_subject(paragraph: str, sentence: Sentence, authors: frozenset[str]) -> str | None:
    """'The study accounts for … the estimate, a “total of 1,723 cases”': the report's one author."""
    return next(iter(authors)) if len(authors) == 1 and REPORT_SUBJECT_RE.match(paragraph, sentence.start) else None


def _titled(text: str) -> bool:
    """A quoted title ("I Know What You Did Last Summer"): most of its words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def report_after(after: str, authors: frozenset[str]) -> str | None:
    """'“…”, reads the report.': the report's author, when the article credits it to one organisation."""
    return next(iter(authors)) if len(authors) == 1 and REPORT_AFTER_RE.match(after) else None


WORK_CUE_RE = re.compile(rf"\b{WORKS}|\b(?:[Rr]esearchers|[Ss]cientists)\b")
# A substring of every match of WORK_CUE_RE: a paragraph without one is not searched.
WORK_CUE_WORDS = ("report", "study", "paper", "findings", "research", "survey", "analysis", "esearchers", "cientists")


def report_authors(paragraphs: tuple[str, ...], organizations: dict[str, str]) -> frozenset[str]:
    """The organisations the article credits a report or study to: "a study by X", "X's report",
    "researchers at X", "The study was conducted by X's centre"."""
    # Each pattern below needs a report word or "researchers": most articles hold none, and the
    # patterns of the article's own names cost more to compile than all else the quote finder does.
    paragraphs = tuple(p for p in paragraphs if any(w in p for w in WORK_CUE_WORDS) and WORK_CUE_RE.search(p))
    if not organizations or not paragraphs:
        return frozenset()
    # Only the names written in a paragraph can match in it (the patterns are case-sensitive): the
    # others would make the patterns longer to compile and to run, and change no match. A long
    # article's paragraphs are searched in groups, each with the names written in it: one pattern
    # of thousands of names tried at every word of thousands of paragraphs grows with their product.
    order = {form: n for n, form in enumerate(sorted(organizations, key=len, reverse=True))}
    groups: list[tuple[list[str], set[str]]] = []
    for text, names in zip(paragraphs, _names_present(paragraphs, order), strict=True):
        if not groups or len(groups[-1][1] | names) > NAMES_PER_PATTERN:
            groups.append(([], set()))
        groups[-1][0].append(text)
        groups[-1][1].update(names)
    authors: set[str] = set()
    for texts, names in groups:
        for rule, around in enumerate(REPORT_CUES):
            # A pattern is compiled only for paragraphs holding all of it but the name ("X's report"
            # needs "'s report"): most report paragraphs hold none, and compiling costs the most.
            cued = [text for text in texts if around.search(text)]
            if not names or not cued:
                continue
            pattern = _report_pattern(rule, sorted(names, key=order.__getitem__))
            for match in itertools.chain.from_iterable(pattern.finditer(text) for text in cued):
                authors.update(organizations[name] for name in match.groupdict().values() if name)
    return frozenset(authors)


NAMES_PER_PATTERN = 200  # an ordinary article has fewer in its report paragraphs: one pattern serves them all
WORD_RE = re.compile(r"\w+")


def _names_present(paragraphs: tuple[str, ...], forms: dict[str, int]) -> list[set[str]]:
    """The forms written in each paragraph, found through their first word: a name the patterns
    match starts and ends at a word boundary, so its first word is a whole word of the paragraph."""
    by_first: dict[str, list[str]] = {}
    for form in forms:
        first = WORD_RE.search(form)
        by_first.setdefault(first.group() if first else "", []).append(form)
    present = []
    for text in paragraphs:
        words = {""} | set(WORD_RE.findall(text))
        present.append({form for word in words for form in by_first.get(word, ()) if form in text})
    return present


# What each pattern of _report_pattern() holds besides the names: no match without it.
REPORT_CUES = (
    re.compile(rf"\b{WORKS}\s+(?:\w+\s+){{0,3}}?(?:by|from|of)\s+"),
    re.compile(rf"['’]s?\s+(?:\w+\s+){{0,2}}?{WORKS}\b"),
    re.compile(r"\b(?:[Rr]esearchers|[Ss]cientists)\s+(?:at|from|of)\s+"),
)


def _report_pattern(rule: int, forms: list[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(f) for f in forms)
    # "researchers at X and the Y": both are authors
    both = rf"(?P<org>{names})(?:,?\s+and\s+(?:the\s+)?(?P<also>{names}))?\b"
    return re.compile(
        (
            rf"\b{WORKS}\s+(?:\w+\s+){{0,3}}?(?:by|from|of)\s+(?:the\s+)?{both}",
            rf"\b(?P<org>{names})['’]s?\s+(?:\w+\s+){{0,2}}?{WORKS}\b",
            rf"\b(?:[Rr]esearchers|[Ss]cientists)\s+(?:at|from|of)\s+(?:the\s+)?{both}",
        )[rule]
    )
