"""A sentence that opens on the bare surname of a person the article names in full.

"Veteran US television host Dick Clark is in hospital …" then "Clark was inducted into the
Rock and Roll Hall of Fame in 1993." The second sentence's "Clark" is dropped by names.py as a
capitalised common word ("clark", "moody", "guy", "williams" are words too), so the sentence
named no one. Read with the whole article it is Dick Clark: the surname is taken back when
exactly one full name of the article ends in it, no list knows the word as a place or an
organisation, and a verb or a "who" clause follows it, as a subject's does ("Clark was …",
"Williams later explained …", "Moody, who …"), not a noun ("Young people …", "Black smoke …").
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Sentence, normalize
from ..rules import lexicon
from .names import Kind, Segment

# The surname alone at the start, its possessive, then what a subject is followed by: an
# auxiliary or a verb in the past (after an adverb, maybe), or an aside about who they are.
OPENING_SURNAME_RE = re.compile(r"^(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?P<rest>\s|,)")
SUBJECT_AFTER_RE = re.compile(
    r"^(?:,\s+who\b|\s+(?:(?:[a-z]+ly|also|then|now|still|later|had|has|have|was|is|will|would|could|can|may|might|"
    r"must|should|did|does)\s+)?(?:has|had|was|is|will|would|could|can|may|might|must|should|did|does|said|says|"
    r"told|[a-z]{2,}ed)\b)"
)


def opening_surnames(sentences: tuple[Sentence, ...], per_sentence: list[list[Segment]]) -> list[list[Segment]]:
    """Every sentence's segments, with a person segment added for an opening bare surname that
    stands for the one person of the article named in full with it."""
    # surname -> the full names ending in it, a name the analysis left untyped too ("Venus
    # Williams" beside "Serena Williams"), and whether each is a person's
    full_names: dict[str, dict[str, bool]] = defaultdict(dict)
    for segs in per_sentence:
        for seg in segs:
            words = seg.text.split()
            if seg.kind in (Kind.PERSON, Kind.UNKNOWN) and len(words) > 1:
                named = full_names[words[-1]]
                named[normalize(seg.text)] = named.get(normalize(seg.text), False) or seg.kind is Kind.PERSON
    out = []
    for sentence, segs in zip(sentences, per_sentence, strict=True):
        match = OPENING_SURNAME_RE.match(sentence.text)
        if match and not any(seg.start == 0 for seg in segs) and _stands_for_one(match.group("name"), full_names):
            end = match.end("name")
            if SUBJECT_AFTER_RE.match(sentence.text[end:]):
                segs = [Segment(Kind.PERSON, match.group("name"), 0, end, sentence_initial=True), *segs]
        out.append(segs)
    return out


def _stands_for_one(word: str, full_names: dict[str, dict[str, bool]]) -> bool:
    named = full_names.get(word, {})
    return (
        list(named.values()) == [True]
        and lexicon.place_kind(word) is None
        and word not in lexicon.organizations()
        and word not in lexicon.demonyms()
    )
