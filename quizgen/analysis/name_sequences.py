"""Rules over the sequence of names in a sentence: a place inside a compound adjective, a given
name taken for a place or company, "X of Y" affiliations, and lists whose names are of one kind.

They run after context.py has typed each name from the words around it (entities.find_segments).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules import lexicon
from .context import ends_like_a_name, has_common_word, person_noun_before, region_follows, strong
from .names import Kind, Segment, Token

# Between the items of a list: "Woolworths and Coles", "Beni, Butembo, Mangina, and Katwa".
LIST_GAP_RE = re.compile(r"^(?:, |,? and |,? or | & )$")
# "Sophie Smith of Hargreaves Lansdown": after a person, "of X" is where they work.
AFFILIATION_GAP_RE = re.compile(r"^ of (?:the )?$")
# "a UK-based firm", "the New York-born actor": a place inside a compound adjective.
PLACE_ADJECTIVE_RE = re.compile(r"\b((?:[A-Z][\w.'’]* )?[A-Z][\w.'’]*)-(?:based|born|bred|headquartered|registered)\b")


def with_places_in_adjectives(text: str, segs: list[Segment]) -> list[Segment]:
    """'a UK-based scheme', 'the New York-born actor': the place inside a compound adjective."""
    if "-" not in text:
        return segs
    for match in PLACE_ADJECTIVE_RE.finditer(text):
        start, end = match.span(1)
        if lexicon.place_kind(match.group(1)):
            place = Segment(Kind.PLACE, match.group(1), start, end, sentence_initial=start == 0)
            segs = sorted([s for s in segs if s.end <= start or s.start >= end] + [place], key=lambda s: s.start)
    return segs


def given_name_and_surname(text: str, segs: list[Segment]) -> list[Segment]:
    """'Kent Walker, the firm's president, said': a place or a company that is also a given name,
    before an unknown word, is a person's first name when the context says person."""
    out: list[Segment] = []
    for seg in segs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and seg.kind is Kind.UNKNOWN
            and " " not in seg.text
            and " " not in prev.text
            and prev.kind in (Kind.PLACE, Kind.ORG)
            and prev.text in lexicon.given_names()
            and text[prev.end : seg.start] == " "
            and not prev.possessive
        ):
            joined = replace(
                seg, text=text[prev.start : seg.end], start=prev.start, sentence_initial=prev.sentence_initial
            )
            if strong(text, joined).kind is Kind.PERSON:
                out[-1] = replace(joined, kind=Kind.PERSON)
                continue
        out.append(seg)
    return out


def affiliations(text: str, segs: list[Segment]) -> list[Segment]:
    """'Sophie Smith of Hargreaves Lansdown said': after a person, 'of X' names where they work."""
    out = list(segs)
    for i in range(1, len(segs)):
        seg, prev = segs[i], segs[i - 1]
        if (
            seg.kind is Kind.UNKNOWN
            and prev.kind is Kind.PERSON
            and AFFILIATION_GAP_RE.match(text[prev.end : seg.start])
            and not region_follows(text[seg.end :])
        ):
            out[i] = replace(seg, kind=Kind.ORG)
    return out


def type_lists(text: str, segs: list[Segment]) -> list[Segment]:
    """Names in one list are of one kind: "Woolworths and Coles", "Oprah Winfrey, Whoopi Goldberg"."""
    groups: list[list[int]] = []
    for i, seg in enumerate(segs):
        prev = segs[i - 1] if i else None
        if prev is not None and not prev.possessive and LIST_GAP_RE.match(text[prev.end : seg.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    out = list(segs)
    for group in groups:
        if len(group) < 2:
            continue
        # "Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu": the demonym heads the list
        kinds = {segs[i].kind for i in group} - {Kind.UNKNOWN, Kind.DEMONYM}
        if len(kinds) != 1 or not kinds <= {Kind.PERSON, Kind.ORG, Kind.PLACE}:
            continue
        kind = kinds.pop()
        # "four daughters, Nadine, Ashley, Elizabeth, and Toni": after a word for relatives, lone names
        first = segs[group[0]]
        relatives = kind is Kind.PERSON and " " not in first.text and person_noun_before(text[: first.start])
        for i in group:
            lone = relatives and " " not in segs[i].text and not has_common_word([segs[i].text])
            if segs[i].kind is Kind.UNKNOWN and (lone or _fits_list(segs[i], kind)):
                out[i] = replace(segs[i], kind=kind)
    return out


def _fits_list(seg: Segment, kind: Kind) -> bool:
    words = seg.text.split()
    if len(words) > 3 or not all(Token(w, 0, len(w)).capitalised for w in words):
        return False
    if kind is Kind.PERSON:  # a full name, not a lone word ("Zadie Smith": surnames may be common words)
        return len(words) >= 2 and not has_common_word(words[:1]) and ends_like_a_name(words)
    # "Kleenex Toilet Tissue, and Solaris Paper": common words make a product, not a company.
    return not seg.sentence_initial and not has_common_word(words)
