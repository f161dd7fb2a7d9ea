"""Acronyms defined in brackets: 'Cooperative Institute for Research in Environmental Sciences (CIRES)'.

The letters of the acronym say where the full name starts, which the capitalised words alone
cannot: "United States National Institute of Allergy and Infectious Diseases (NIAID)" is the
National Institute, and "in" inside the CIRES name does not end it. The full name becomes one
organisation segment; merge_acronyms() then links the two forms.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Sentence, normalize
from ..rules import lexicon
from . import gazetteer as gz
from .entity_index import Cluster, EntityIndex, Found
from .names import Kind, Segment, tokenize

ACRONYM_DEFINITION_RE = re.compile(r"\s\(([A-Z][A-Za-z&]{1,9})\)")
ACRONYM_IN_BRACKETS_RE = re.compile(r"^\s*\(([A-Z][A-Za-z.&]{1,9})\)")
# "IOC (International Olympic Committee)", "the RMT union (National Union of Rail, …)"
EXPANSION_IN_BRACKETS_RE = re.compile(r"^\s*(?:[a-z]+\s+)?\(([A-Z][^()]{3,80})\)")
# Small words an acronym skips: "Institute for Research in Environmental Sciences" is CIRES.
SKIPPED = frozenset("of for and in on at the de du des la le del & to".split())


def expand(sentence: str, segments: list[Segment]) -> list[Segment]:
    """Replace the segments covering an acronym's full name by one organisation segment."""
    if "(" not in sentence:
        return segments
    for match in ACRONYM_DEFINITION_RE.finditer(sentence):
        acronym = match.group(1)
        if acronym in lexicon.not_org_acronyms():
            continue
        start = _expansion_start(sentence[: match.start()], acronym)
        if start is None:
            continue
        end = match.start()
        text = sentence[start:end]
        inside = [s for s in segments if s.start < end and s.end > start]
        if gz.is_place(text) or any(
            s.kind in (Kind.PERSON, Kind.PLACE) and s.start == start and s.end == end for s in inside
        ):
            continue  # "Democratic Republic of the Congo (DRC)" stays a place
        words = text.split()
        if not (words[-1] in lexicon.org_words() or any(s.kind is Kind.ORG for s in inside)):
            continue  # "Internationalised Domain Name (IDN)" names a thing, not an organisation
        new = [Segment(Kind.ORG, text, start, end, sentence_initial=start == 0)]
        for s in inside:  # "United States National Institute of ...": the country before it stays
            left = sentence[s.start : start].rstrip()
            if s.start < start and gz.is_place(left):
                new.append(Segment(Kind.PLACE, left, s.start, s.start + len(left), sentence_initial=s.sentence_initial))
        segments = sorted([s for s in segments if s not in inside] + new, key=lambda s: s.start)
    return segments


def thing_acronyms(sentences: tuple[Sentence, ...]) -> set[str]:
    """Acronyms the text defines by lowercase words: 'Ebola virus disease (EVD)' is no organisation."""
    out = set()
    for sentence in sentences:
        if "(" not in sentence.text:
            continue
        for match in ACRONYM_DEFINITION_RE.finditer(sentence.text):
            acronym, before = match.group(1), sentence.text[: match.start()]
            start = _expansion_start(before, acronym, any_case=True)
            if start is not None and any(w[0].islower() and w not in SKIPPED for w in before[start:].split()):
                out.add(acronym)
    return out


def _expansion_start(before: str, acronym: str, any_case: bool = False) -> int | None:
    """Where the words spelling the acronym start, reading back from the bracket."""
    groups = re.findall(r"[A-Z&][a-z]*", acronym)  # "AfCFTA" -> Af C F T A
    groups = [g for g in groups if g != "&"]
    tokens = tokenize(before)
    i = len(tokens) - 1
    start = None
    for group in reversed(groups):
        while i >= 0 and tokens[i].text in SKIPPED:
            i -= 1
        if i < 0:
            return None
        word = tokens[i].text
        if not (word[0].isupper() or any_case) or not word.lower().startswith(group.lower()):
            return None
        # Words must be written next to each other ("Harvard–Smithsonian Center" is one name).
        if start is not None and not re.fullmatch(
            r"[\s\-–]+(?:(?:of|for|and|in|on|at|the|de|&)\s+)*", before[tokens[i].end : start]
        ):
            return None
        start = tokens[i].start
        i -= 1
    return start if start is not None and len(groups) > 1 else None


def merge_acronyms(index: EntityIndex, sentences: tuple[Sentence, ...]) -> EntityIndex:
    """'Syrian Democratic Forces (SDF)' and 'IOC (International Olympic Committee)': one organisation."""
    by_form = {normalize(form): c for c in index.organizations for form in c.forms}
    orgs = [f for f in index.found if f.segment.kind is Kind.ORG]
    for n, f in enumerate(orgs):
        after = sentences[f.sentence].text[f.segment.end :]
        match = ACRONYM_IN_BRACKETS_RE.match(after) or EXPANSION_IN_BRACKETS_RE.match(after)
        if not match:
            match = _apposed_expansion(f, orgs[n + 1] if n + 1 < len(orgs) else None, after)
        if not match:
            continue
        owner, other = by_form.get(normalize(f.segment.text)), by_form.get(normalize(match.group(1)))
        if owner is None or not _same_initial(f.segment.text, match.group(1)):
            continue  # "Member of Parliament (MP)": the bracket does not name "Parliament"
        if other is None:
            owner.add(match.group(1), f.sentence)
        elif other is not owner:
            for form in other.forms:
                owner.add(form, f.sentence)
            owner.sentences.update(other.sentences)
            other.forms.clear()
        owner.name = max(owner.forms, key=lambda form: (len(form.split()), len(form)))
        by_form = {normalize(form): c for c in index.organizations for form in c.forms}
    _merge_initials(index.organizations)
    return replace(index, organizations=tuple(c for c in index.organizations if c.forms))


def _merge_initials(organizations: tuple[Cluster, ...]) -> None:
    """'Akhil Bharat Hindu Mahasabha' … 'ABHM president', 'Football Association' … 'the FA': an acronym that
    spells the initials of exactly one other organisation of the article is that organisation."""
    # Indexed once by initials, not every organisation read again for each acronym (the square of
    # a long article's names). What the loop changes leaves the index true: a form it adds or
    # clears is a single word of capitals, whose initials are one letter, never an acronym's.
    by_initials: dict[str, list[Cluster]] = {}
    for cluster in organizations:
        for initials in dict.fromkeys(map(_initials, cluster.forms)):
            by_initials.setdefault(initials, []).append(cluster)
    for short in organizations:
        acronyms = [f for f in short.forms if f.isupper() and f.isalpha() and len(f) >= 2]
        if len(short.forms) != 1 or not acronyms:
            continue
        longs = [c for c in by_initials.get(acronyms[0], ()) if c is not short and c.forms]
        if len(longs) == 1:
            longs[0].add(acronyms[0], next(iter(short.sentences)))
            longs[0].sentences.update(short.sentences)
            short.forms.clear()


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-–]+", name) if w and w not in SKIPPED and w[0].isupper())


def _same_initial(name: str, other: str) -> bool:
    """The short form starts like the long one, or its capitals are all in the long one: "CU
    Boulder" for the University of Colorado at Boulder, but not "MP" for Parliament."""
    short, long = (re.sub(r"^(?:The|the)\s+", "", x) for x in sorted((name, other), key=len))
    capitals = {c for c in short if c.isupper()}
    return short[:1] == long[:1] or (bool(capitals) and capitals <= {c for c in long if c.isupper()})


def _apposed_expansion(f: Found, following: Found | None, after: str) -> re.Match[str] | None:
    """'CENTR, the Council of European National Top Level Domain Registries,': the acronym's
    letters are the initials of the name after it, in order, some initials skipped."""
    acronym = f.segment.text
    if following is None or following.sentence != f.sentence or not acronym.isupper() or len(acronym) < 2:
        return None
    gap = re.match(r"^,\s+(?:the\s+)?", after)
    if not gap or f.segment.end + gap.end() != following.segment.start:
        return None
    initials = "".join(w[0] for w in re.split(r"[\s\-–]+", following.segment.text) if w and w[0].isupper())
    if initials[:1] != acronym[0] or not _subsequence(acronym, initials):
        return None
    return re.match(r"(.+)", following.segment.text)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)
