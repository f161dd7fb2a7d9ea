"""People, organisations and places: typed name segments, promoted by context and linked.

Every form of a name in the text is linked to one entity: "Volodymyr Zelenskyy",
"Zelenskyy" and "President Zelenskyy" are one person; "US", "U.S." and "United States"
one place; "SDF" introduced as "Syrian Democratic Forces (SDF)" one organisation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cache
from types import MappingProxyType

from ..models import Sentence, normalize
from ..rules import lexicon
from . import acronyms, context, name_sequences
from . import gazetteer as gz
from .acronyms import merge_acronyms
from .context import SPEECH_AFTER_RE, has_common_word
from .entity_index import Cluster, EntityIndex, Found
from .names import Kind, Segment, name_spans, segment
from .spellings import merge_misspellings, merge_spelling_variants
from .surnames import opening_surnames

__all__ = ["EntityIndex", "Found", "find_segments", "link_entities", "merge_acronyms"]

# Alone, these mean the country's own body: "Parliament" is not the European Parliament.
NATIONAL_BODIES = frozenset("Parliament Government Cabinet Police Army Navy".split())
# "Ginger Baker was born Peter Edward Baker": the birth name is another form of the same person.
BORN_RE = re.compile(r"\b(?:was|is)\s+born\s+$|\bn[ée]e\s+$")


def find_segments(sentences: tuple[Sentence, ...]) -> list[Found]:
    """Typed segments of every sentence, each decided by its lists, then its context."""
    per_sentence: list[list[Segment]] = []
    for sentence in sentences:
        segs = [seg for span in name_spans(sentence.text) for seg in segment(sentence.text, span)]
        segs = name_sequences.with_places_in_adjectives(sentence.text, acronyms.expand(sentence.text, segs))
        # Affiliations before and after the context rules: "X of Y said" is not Y speaking, and
        # "said Junya Tanase of JPMorgan" needs Tanase typed first.
        segs = name_sequences.affiliations(sentence.text, name_sequences.given_name_and_surname(sentence.text, segs))
        segs = [context.strong(sentence.text, seg) for seg in segs]
        segs = name_sequences.affiliations(sentence.text, segs)
        per_sentence.append(_shared_surnames(sentence.text, name_sequences.type_lists(sentence.text, segs)))
    per_sentence = opening_surnames(sentences, per_sentence)  # "Clark was inducted …" after "Dick Clark"
    decided = _kinds_by_context(per_sentence)
    things = acronyms.thing_acronyms(sentences)  # "Ebola virus disease (EVD)"
    for text in things - set(lexicon.organizations()):
        decided[normalize(text)] = Kind.UNKNOWN
    found: list[Found] = []
    for sentence, segs in zip(sentences, per_sentence, strict=True):
        for seg in segs:
            key = normalize(seg.text)
            if key in decided and (seg.kind is Kind.UNKNOWN or (seg.text in things and seg.kind is Kind.ORG)):
                seg = replace(seg, kind=decided[key])
            seg = context.weak(sentence.text, seg)
            anchored = seg.kind is Kind.PLACE and context.region_follows(sentence.text[seg.end :])
            found.append(Found(seg, sentence.index, _birth_name_of(sentence.text, seg, segs), anchored))
    return _promote_by_surname(found, sentences)


# "Cherie and Sean O'Donnell", "Bill and Hillary Clinton": a given name, "and", then a full name.
SHARED_SURNAME_RE = re.compile(r"\b([A-Z][a-z]+) (?:and|&) $")
_AND_ENDINGS = (" and ", " & ", " and \n", " & \n")


def _shared_surnames(text: str, segs: list[Segment]) -> list[Segment]:
    """'Guests of Honour Cherie and Sean O'Donnell': the given name before "and" shares the surname
    of the two-word name after it, when the lists know it as a given name and no other name holds it;
    "Jerry [O'Connell]": a surname in brackets completes the given name. The segment keeps the
    given name's place in the sentence and the full name as its text."""
    out = list(segs)
    for first, last in zip(segs, segs[1:], strict=False):
        # "Jerry [O'Connell] and I": the editor's brackets complete a given name in a quotation
        if (
            text[first.end : last.start] == " ["
            and text[last.end : last.end + 1] == "]"
            and first.text in lexicon.given_names()
            and len(last.text.split()) == 1
            and first.kind in (Kind.UNKNOWN, Kind.PERSON)
        ):
            out = [x for x in out if x is not first and x is not last]
            out.append(Segment(Kind.PERSON, f"{first.text} {last.text}", first.start, last.end + 1))
    for seg in segs:
        words = seg.text.split()
        if seg.kind is not Kind.PERSON or len(words) != 2 or seg.possessive:
            continue
        before = text[: seg.start]
        # The pattern only where "and" or "&" ends the text before ($ may stand before a final newline).
        match = SHARED_SURNAME_RE.search(before) if before.endswith(_AND_ENDINGS) else None
        if not match:
            continue
        given, start = match.group(1), match.start(1)
        taken = any(other.start <= start < other.end for other in segs)
        if given in lexicon.given_names() and not taken and given.lower() not in lexicon.common_words():
            out.append(Segment(Kind.PERSON, f"{given} {words[1]}", start, start + len(given)))
    return sorted(out, key=lambda s: s.start)


def _kinds_by_context(per_sentence: list[list[Segment]]) -> dict[str, Kind]:
    """A name that context typed once keeps that kind: 'pop band Busted' ... 'Busted's split'."""
    kinds: dict[str, set[Kind]] = defaultdict(set)
    for segs in per_sentence:
        for seg in segs:
            if seg.kind in (Kind.ORG, Kind.PLACE) and seg.role is None:
                kinds[normalize(seg.text)].add(seg.kind)
    return {text: next(iter(k)) for text, k in kinds.items() if len(k) == 1}


def _birth_name_of(text: str, seg: Segment, segs: list[Segment]) -> str | None:
    """'Ginger Baker was born Peter Edward Baker': the name the person had before."""
    if seg.kind not in (Kind.PERSON, Kind.UNKNOWN):
        return None
    before = text[: seg.start]
    # BORN_RE searches the whole text before: only where one of its words is there.
    if not ("born" in before or "nee" in before or "née" in before) or not BORN_RE.search(before):
        return None
    subjects = [s for s in segs if s.end <= seg.start and s.kind in (Kind.PERSON, Kind.UNKNOWN)]
    if subjects:
        return subjects[-1].text
    # "Day was born ...": a surname that starts the sentence is not a segment of its own.
    match = re.search(r"([A-Z][\w'’-]+)\s+(?:was|is)\s+born\s+$", before)
    return match.group(1) if match else None


def _promote_by_surname(found: list[Found], sentences: tuple[Sentence, ...]) -> list[Found]:
    """'Arsene Wenger' is a person when the text also writes 'Mr Wenger' or 'Wenger said'."""
    surnames = set()
    for f in found:
        seg = f.segment
        if " " in seg.text:
            continue
        after = sentences[f.sentence].text[seg.end + (2 if seg.possessive else 0) :]
        if (seg.kind is Kind.PERSON and seg.honorific) or (seg.kind is Kind.UNKNOWN and SPEECH_AFTER_RE.search(after)):
            surnames.add(seg.text)
    promoted = []
    for f in found:
        seg = f.segment
        words = seg.text.split()
        if (
            seg.kind is Kind.UNKNOWN
            and 2 <= len(words) <= 4
            and words[-1] in surnames
            and not has_common_word(words[:-1])
        ):
            seg = replace(seg, kind=Kind.PERSON)
        promoted.append(f if seg is f.segment else replace(f, segment=seg))
    return promoted


def link_entities(found: list[Found]) -> EntityIndex:
    people = _link_people(found)
    person_of = {normalize(form): c.name for c in people for form in c.forms}
    resolved = [
        Found(replace(f.segment, kind=Kind.PERSON, text=person_of[normalize(f.segment.text)]), f.sentence)
        if _names_person(f.segment, person_of)
        else f
        for f in found
    ]
    surnames = {normalize(form) for c in people for form in c.forms}
    orgs = _cluster(found, Kind.ORG, lexicon.organizations(), exclude=surnames)
    places = _cluster(found, Kind.PLACE, _place_names(), exclude=surnames)
    return EntityIndex(tuple(people), tuple(orgs), tuple(places), tuple(resolved), person_of)


NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _names_person(seg: Segment, person_of: dict[str, str]) -> bool:
    """A form of a person's name is that person, even where context guessed otherwise ("the row
    Wenger ..." read as an organisation), unless a gazetteer knows it as a country or organisation."""
    if normalize(seg.text) not in person_of:
        return False
    if seg.kind in (Kind.PERSON, Kind.UNKNOWN):
        return True
    return seg.text not in lexicon.countries() and seg.text not in lexicon.organizations()


def _link_people(found: list[Found]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    full = [f for f in found if f.segment.kind is Kind.PERSON and len(f.segment.text.split()) > 1]
    # A name's owner is the first cluster it is part of (`_parts`): the start or the end of a
    # longer name. Each cluster's parts are indexed as it is made, so a name is looked up, not
    # compared with every cluster (a long article names hundreds of people, each many times).
    part_of: dict[str, Cluster] = {}  # a part -> the first cluster made with it
    # Longest names first, so "Leo XIV" absorbs "Leo" and "Ursula von der Leyen" keeps "von der Leyen".
    for f in sorted(full, key=lambda f: -len(f.segment.text.split())):
        key = normalize(f.segment.text)
        owner = part_of.get(key)
        if owner is None:
            owner = clusters.get(key)
            if owner is None:
                owner = clusters[key] = Cluster(Kind.PERSON, f.segment.text)
                for part in _parts(key):
                    part_of.setdefault(part, owner)
        owner.add(f.segment.text, f.sentence)
    by_surname = _surname_index(clusters.values())
    # Clusters added below are of one word (no space): never a full name a first name points to.
    by_first_name = _first_name_index(clusters)
    for f in found:
        seg = f.segment
        if seg.kind is Kind.PERSON and len(seg.text.split()) > 1:
            continue
        candidates = by_surname.get(normalize(seg.text), [])
        parts = [p for p in re.split(r"[-–]", seg.text) if p] if seg.kind is Kind.UNKNOWN else []
        if len(candidates) == 1:
            form = f"{seg.honorific} {seg.text}" if seg.honorific else seg.text
            candidates[0].add(form, f.sentence)
        elif seg.kind is Kind.PERSON and not candidates and (named := _one_by_first_name(seg.text, by_first_name)):
            named.add(seg.text, f.sentence)  # "Pope Leo" and "Pope Leo XIV"
        elif seg.kind is Kind.PERSON and not candidates:
            key = normalize(seg.text)
            cluster = clusters.setdefault(key, Cluster(Kind.PERSON, seg.text))
            cluster.add(f"{seg.honorific} {seg.text}" if seg.honorific else seg.text, f.sentence)
        elif len(parts) > 1:  # "the Carney-Zelenskyy meeting" mentions both
            for part in parts:
                owners = by_surname.get(normalize(part), [])
                if len(owners) == 1:
                    owners[0].sentences.setdefault(f.sentence, None)
        elif (
            seg.kind is Kind.UNKNOWN
            and _lone_given_name(seg)
            and (named := _one_by_first_name(seg.text, by_first_name))
        ):
            named.add(seg.text, f.sentence)  # "Crown Prince Mohammad bin Salman" ... "Mohammad"
        elif seg.kind is Kind.UNKNOWN and _lone_given_name(seg):
            clusters.setdefault(normalize(seg.text), Cluster(Kind.PERSON, seg.text)).add(seg.text, f.sentence)
    _merge_birth_names(found, clusters)
    merge_spelling_variants(clusters)
    return sorted(clusters.values(), key=lambda c: min(c.sentences))


def _merge_birth_names(found: list[Found], clusters: dict[str, Cluster]) -> None:
    """'Ginger Baker was born Peter Edward Baker': the birth name joins the person's forms."""
    for f in found:
        if not f.born_as_of:
            continue
        owner_of = {normalize(form): c for c in clusters.values() for form in c.forms}
        born, owner = owner_of.get(normalize(f.segment.text)), owner_of.get(normalize(f.born_as_of))
        if born is None or owner is None or born is owner:
            continue
        for form in born.forms:
            owner.add(form, min(born.sentences))
        owner.sentences.update(born.sentences)
        del clusters[next(k for k, c in clusters.items() if c is born)]


def _first_name_index(clusters: dict[str, Cluster]) -> dict[str, list[Cluster]]:
    """The full names (with a space) by their first word, normalised."""
    index: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters.values():
        if " " in cluster.name:
            index[normalize(cluster.name).split()[0]].append(cluster)
    return index


def _one_by_first_name(name: str, by_first_name: dict[str, list[Cluster]]) -> Cluster | None:
    """The one full name whose first word is `name` ("Pope Leo" of "Pope Leo XIV"), if only one."""
    owners = by_first_name.get(normalize(name), [])
    return owners[0] if len(owners) == 1 else None


def _parts(name: str) -> Iterator[str]:
    """The shorter names that are the start or the end of a (normalised) full name, words whole:
    the same person ("Ursula von der Leyen": "Ursula", "von der Leyen", "Leyen", ...)."""
    for i, c in enumerate(name):
        if c == " ":
            yield name[:i]
            yield name[i + 1 :]


def _surname_index(clusters: Iterable[Cluster]) -> dict[str, list[Cluster]]:
    index: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        words = cluster.name.split()
        while len(words) > 2 and words[-1].rstrip(".") in NAME_SUFFIXES:
            words = words[:-1]  # "Robert Downey Jr." is "Downey" for short
        keys = {normalize(words[-1])}
        keys.update(normalize(" ".join(words[i:])) for i in range(1, len(words)))
        if len(words) > 2 and not words[1][0].isupper():  # "von der Leyen"
            keys.add(normalize(" ".join(words[1:])))
        for key in keys:
            if cluster not in index[key]:
                index[key].append(cluster)
    return index


def _lone_given_name(seg: Segment) -> bool:
    word = seg.text
    return (
        " " not in word
        and not seg.sentence_initial
        and word in lexicon.given_names()
        and word.lower() not in lexicon.common_words()
        and lexicon.place_kind(word) is None
        and word not in lexicon.organizations()
    )


def _cluster(found: list[Found], kind: Kind, canonical: Mapping[str, str], exclude: set[str]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for f in found:
        seg = f.segment
        if seg.kind is not kind or (normalize(seg.text) in exclude and not f.anchored):
            continue  # "Carney" is the person, unless the text writes "Allen, Texas"
        name = canonical.get(seg.text) or canonical.get(_listed_org(seg.text), seg.text)
        clusters.setdefault(_entity_key(name), Cluster(kind, name)).add(seg.text, f.sentence)
    if kind is Kind.PLACE:
        merge_misspellings(clusters, canonical)
    else:
        _merge_short_forms(clusters, canonical)
    for cluster in clusters.values():
        # Name the entity by the fullest form the text itself uses.
        cluster.name = max(cluster.forms, key=lambda form: (len(form.split()), len(form)))
    return sorted(clusters.values(), key=lambda c: min(c.sentences))


def _listed_org(text: str) -> str:
    """The listed name for another spelling: 'Paypal' and 'Paypal.com' are PayPal."""
    if gz.is_domain(text):
        text = text.split(".")[0]
    return gz.organization(text) or ""


LEADING_THE_RE = re.compile(r"^the ")


def _entity_key(name: str) -> str:
    """'The Times' is 'Times'; 'U.S. Congress' is 'United States Congress'."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in lexicon.countries():
            words = lexicon.countries()[" ".join(words[:n])].split() + words[n:]
            break
    return LEADING_THE_RE.sub("", normalize(" ".join(words)))


def _merge_short_forms(clusters: dict[str, Cluster], canonical: Mapping[str, str]) -> None:
    """'United' is Manchester United, 'the House' the House of Representatives, when the text
    names only one organisation that ends in, or starts with 'X of', the short form."""
    # The names each one-word name may be short for, by their last word or the word before " of ".
    longer: dict[str, set[str]] = defaultdict(set)
    for k in clusters:
        if " " in k:
            longer[k[k.rfind(" ") + 1 :]].add(k)
            if k[k.find(" ") :].startswith(" of "):
                longer[k[: k.find(" ")]].add(k)
    for key, cluster in list(clusters.items()):
        if " " in key or " " in canonical.get(cluster.name, "") or cluster.name in NATIONAL_BODIES:
            continue  # "Democrats" is the Democratic Party, not the Liberal Democrats
        owners = [clusters[k] for k in longer.get(key, ()) if k in clusters]
        if len(owners) == 1:
            for form in cluster.forms:
                owners[0].add(form, min(cluster.sentences))
            owners[0].sentences.update(cluster.sentences)
            del clusters[key]


@cache  # the lists are fixed: merged once, not for every article (tens of thousands of names)
def _place_names() -> Mapping[str, str]:
    return MappingProxyType({**lexicon.venues(), **lexicon.cities(), **lexicon.regions(), **lexicon.countries()})
