"""Terms the article introduces by name: "areas of open water called polynyas".

A news story that explains something names it once ("So-called phishing attacks …", "a
system called Unicode", "painkillers - called COX-2 inhibitors - …"). The name is a key
content term the reader learns from the article, the kind of blank a teacher asks for; the
entity clozes never reach it (it is no person, place or organisation). Asked as a cloze with
the hint "a term".

Only the words after "called", "so-called", "known as", "dubbed" or "termed" that are a name
and nothing else: one lowercase word, or up to three capitalised words or acronyms, whole (a
name cut short, "an EP called They Liked You …", is refused), never a pronoun, a title or a
person ("Tom Watson called Prime Minister Theresa May's deal …" uses "called" as a verb).
"""

from __future__ import annotations

import re

from ..models import BLANK, Analysis, QuestionKind, Sentence, normalize
from ..rules import lexicon
from .candidate import Candidate
from .facts import usable_sentence
from .guessable import echoed
from .text import Quotations, mentions_any

TERM_RE = re.compile(
    r"\b(?:[Ss]o-called|called|known as|dubbed|termed)\s+(?P<open>['\"“‘]?)"
    r"(?P<term>[a-z][a-z-]{3,}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?P<close>['\"”’]?)"
)
# What follows a whole term: a space and a lowercase word, punctuation, or the sentence's end.
WHOLE_AFTER_RE = re.compile(r"(?:\s+[a-z]|[,.;:)\-–—]|\s+[-–—]|$)")
# "has called Camp Delta a “scandal”": the verb "call", naming nothing; "Ultra Wideband (UWB)":
# the initials in brackets spell the answer.
NOT_A_NAMING_RE = re.compile(r"\s+(?:a|an|the|his|her|their|its|one)\s|\s+\(")
APPOSITIVE_BEFORE_RE = re.compile(r",\s+(?:the\s+)?$")
NOT_TERMS = frozenset(
    "for off on in up out him her it them the a an this that his their its upon back into these those what "
    "itself himself herself themselves".split()
)


def generate(analysis: Analysis) -> list[Candidate]:
    quoted = Quotations(analysis)
    out = []
    for sentence in analysis.sentences:
        if not usable_sentence(sentence.text) or quoted.spoken(sentence):
            continue  # someone's words: the name is theirs
        for match in TERM_RE.finditer(sentence.text):
            candidate = _term(sentence, match, analysis)
            if candidate is not None:
                out.append(candidate)
    return out


def _term(sentence: Sentence, match: re.Match[str], analysis: Analysis) -> Candidate | None:
    term, text = match.group("term"), sentence.text
    if bool(match.group("open")) != bool(match.group("close")):
        return None  # 'called "Day' …: the quotation goes on past the name
    if match.group("open") and term[:1].islower():
        return None  # 'what WalesOnline called "fury"': someone's word for it, not a name (17th review)
    if term.split()[0].lower() in NOT_TERMS or term.split()[0] in lexicon.titles():
        return None
    if not WHOLE_AFTER_RE.match(text, match.end()) or NOT_A_NAMING_RE.match(text, match.end()):
        return None  # "called They Liked You Better …", "called Bruce & Terry": a name cut short
    if term.lower() in lexicon.common_words() and not term.isupper():
        return None  # "known as local loop unbundling": a common word, not the name
    people = (f for person in analysis.people for f in person.forms)
    if mentions_any(term, tuple(people)) or len(re.findall(re.escape(term), text)) > 1:
        return None  # "nicknamed Ginger": a person's; a term the sentence repeats gives itself away
    if APPOSITIVE_BEFORE_RE.search(text[: match.start()]) and term[:1].islower():
        # "the country's super-rich business leaders, the so-called ___" (oligarchs): the words
        # before the aside describe what it names, and a word everyone uses for it (33rd review)
        return None
    if echoed(term, text[: match.start()] + " " + text[match.end() :]):
        return None  # "the number of blogs …, the so-called ___": blogosphere
    start, end = match.span("term")
    return Candidate(
        kind=QuestionKind.CLOZE,
        prompt=f"{text[:start]}{BLANK}{text[end:]}".strip(),
        answer=term,
        source=sentence,
        answer_type="term",
        key=f"term|{normalize(term)}|{normalize(' '.join(text.split()[:8]))}",
        shape="cloze",
        hint="a term",
        about=term,
        weight=0.8,
    )
