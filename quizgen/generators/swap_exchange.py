"""Two values of one statement exchanged, for false statements (see swaps.py).

"Telewest customers in Bristol and NTL viewers in Glasgow will be the first to test …" is
false as "… in Glasgow and … in Bristol …", and only a reader can tell: the statement itself
gives both values, so no other fact of the article is needed. An exchange is fair only when
each value belongs to its own subject, named apart from the other's, by the same link word:

    <subject one> <link> A and <subject two> <link> B

- a plain list ("in Bristol and Glasgow") has one subject for both values: exchanged, it says
  the same;
- subjects that name nobody ("Police in Leeds and officers in York") may be the same people;
- the two values are of one kind: two places, two people, two organisations, or two figures
  of one unit (a sum for a sum);
- no other sentence of the article gives a subject with the other value ("Telewest also
  serves Glasgow"): the exchange may be true.
"""

from __future__ import annotations

import re
from itertools import combinations

from ..models import Analysis, Sentence, normalize
from ..rules import lexicon
from .candidate import Variant
from .text import find_form, mentions_any, sentences_mentioning

# The words after value A up to value B: ", and NTL viewers in", " while Smith joined".
# A subject starts with its name and has at most two more words ("NTL viewers", "Smith"): a
# longer one may be a clause with a name somewhere in it, not the value's own subject.
SUBJECT = r"[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,2}?"
BETWEEN_RE = re.compile(rf"^,?\s+(?:and|while|whereas)\s+(?P<subject>{SUBJECT})\s+(?P<link>[a-z]+)\s+$")
PRONOUNS = frozenset("he she it they his her its their this that these those".split())


def exchanges(statement: str, sentence: Sentence, analysis: Analysis) -> list[Variant]:
    """The statement with two of its values exchanged, when each belongs to its own named subject."""
    out = []
    for (kind, a, a_span), (other_kind, b, b_span) in combinations(_values(statement, sentence, analysis), 2):
        if kind != other_kind or normalize(a) == normalize(b) or a_span[1] > b_span[0]:
            continue
        if _known(a) or _known(b):
            continue  # "UK-based retailer Salling Group and Denmark-based retailer Tesco" (30th review: obvious)
        between = BETWEEN_RE.match(statement[a_span[1] : b_span[0]])
        if between is None:
            continue
        link = between.group("link")
        before = re.search(rf"(?<![\w'’.&-])(?P<subject>{SUBJECT})\s+{link}\s+$", statement[: a_span[0]])
        if before is None:
            continue
        first, second = _name(before.group("subject"), analysis), _name(between.group("subject"), analysis)
        if first is None or second is None or normalize(first) == normalize(second):
            continue
        if _said_apart(first, b, sentence, analysis) or _said_apart(second, a, sentence, analysis):
            continue
        altered = statement[: a_span[0]] + b + statement[a_span[1] : b_span[0]] + a + statement[b_span[1] :]
        out.append(Variant(statement=altered, slot="exchange", original=f"{a} … {b}", replacement=f"{b} … {a}"))
    return out


def _known(value: str) -> bool:
    """A body or person anyone can place: exchanged, the statement is false at a glance."""
    return value in lexicon.organizations() or value in lexicon.famous()


def _values(statement: str, sentence: Sentence, analysis: Analysis) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, the value as written, its span) for each place, person, organisation and figure."""
    facts = analysis.by_sentence[sentence.index]
    found = []
    named = (("place", facts.places), ("person", facts.people), ("organization", facts.organizations))
    for kind, entities in named:
        for entity in entities:
            for form in sorted(entity.forms, key=len, reverse=True):
                span = find_form(statement, form)
                if span is not None:
                    found.append((kind, statement[span[0] : span[1]], span))
                    break
    for number in facts.numbers:
        span = find_form(statement, number.text)
        if span is not None and number.unit and number.value is not None:
            found.append((f"number:{normalize(number.unit)}", number.text, span))
    return sorted(found, key=lambda value: value[2][0])


def _name(subject: str, analysis: Analysis) -> str | None:
    """The name a subject holds ("Telewest customers" -> "Telewest"), or None for a common noun
    phrase ("officers", "the police") or a pronoun."""
    words = subject.split()
    if not words or words[0].lower() in PRONOUNS:
        return None
    for entity in (*analysis.people, *analysis.organizations, *analysis.places):
        for form in entity.forms:
            if find_form(subject, form) is not None:
                return entity.name
    # A name the analysis missed ("Telewest customers"), never a common word ("Police in Leeds")
    return words[0] if words[0].lower() not in lexicon.common_words() and words[0].isalpha() else None


def _said_apart(subject: str, value: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Another sentence names the subject with the value it would get: the exchange may be true."""
    return any(
        index != sentence.index and mentions_any(analysis.sentences[index].text, (subject,))
        for index in sentences_mentioning(analysis, value)
    )
