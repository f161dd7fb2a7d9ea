"""People, organisations and places: typed name segments, promoted by context and linked.

Every form of a name in the text is linked to one entity: "Volodymyr Zelenskyy",
"Zelenskyy" and "President Zelenskyy" are one person; "US", "U.S." and "United States"
one place; "SDF" introduced as "Syrian Democratic Forces (SDF)" one organisation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..models import Sentence, normalize
from ..rules import lexicon
from .names import Kind, Segment, name_spans, segment

SPEECH_AFTER_RE = re.compile(r"^,?\s+(?:\w+ly\s+)?(said|says|told|tells|added|adds|wrote|writes|explained|argued|warned|insisted|claimed|continued|replied|asked|noted|stated|tweeted)\b")
SPEECH_BEFORE_RE = re.compile(r"\b(said|says|according to|added|told)\s*$")
APPOSITIVE_RE = re.compile(r"^,\s+(?:a|an|the|who\s+(?:is|was|has been))\s+(?:[\w'’-]+\s+){0,6}?(\w+)")
PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|at|near|outside|across|to|from)\s+(?:the\s+)?$")
ACRONYM_IN_BRACKETS_RE = re.compile(r"^\s*\(([A-Z][A-Za-z.&]{1,9})\)")
EXPANSION_IN_BRACKETS_RE = re.compile(r"^\s*\(([A-Z][^()]{3,80})\)")


@dataclass(frozen=True)
class Found:
    """A segment in a sentence."""

    segment: Segment
    sentence: int


@dataclass
class Cluster:
    kind: Kind
    name: str
    forms: dict[str, None] = field(default_factory=dict)  # ordered set of surface forms
    sentences: dict[int, None] = field(default_factory=dict)

    def add(self, form: str, sentence: int) -> None:
        self.forms.setdefault(form, None)
        self.sentences.setdefault(sentence, None)

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(f for f in self.forms if normalize(f) != normalize(self.name))


@dataclass(frozen=True)
class EntityIndex:
    people: tuple[Cluster, ...]
    organizations: tuple[Cluster, ...]
    places: tuple[Cluster, ...]
    found: tuple[Found, ...]  # every typed segment, people resolved to their cluster's name
    person_of: dict[str, str]  # normalised surface form -> person name


def find_segments(sentences: tuple[Sentence, ...]) -> list[Found]:
    found: list[Found] = []
    for sentence in sentences:
        for span in name_spans(sentence.text):
            for seg in segment(sentence.text, span):
                found.append(Found(_promote(sentence.text, seg), sentence.index))
    return _promote_by_surname(found, sentences)


def _promote_by_surname(found: list[Found], sentences: tuple[Sentence, ...]) -> list[Found]:
    """'Arsene Wenger' is a person when the text also writes 'Mr Wenger' or 'Wenger said'."""
    surnames = set()
    for f in found:
        seg = f.segment
        if " " in seg.text:
            continue
        after = sentences[f.sentence].text[seg.end + (2 if seg.possessive else 0):]
        if (seg.kind is Kind.PERSON and seg.honorific) or (seg.kind is Kind.UNKNOWN and SPEECH_AFTER_RE.search(after)):
            surnames.add(seg.text)
    promoted = []
    for f in found:
        seg = f.segment
        words = seg.text.split()
        if seg.kind is Kind.UNKNOWN and 2 <= len(words) <= 4 and words[-1] in surnames and not _has_common_word(words[:-1]):
            seg = replace(seg, kind=Kind.PERSON)
        promoted.append(Found(seg, f.sentence))
    return promoted


def _promote(text: str, seg: Segment) -> Segment:
    """Decide an unknown segment's kind from its context in the sentence."""
    if seg.kind is not Kind.UNKNOWN:
        return seg
    after, before = text[seg.end + (2 if seg.possessive else 0):], text[: seg.start]
    words = seg.text.split()
    all_capitalised = all(w[0].isupper() for w in words)
    if 2 <= len(words) <= 4 and all_capitalised:
        if _job_word_before(before) and not _has_common_word(words[:1]):
            return replace(seg, kind=Kind.PERSON)  # "rock drummer Ginger Baker", "prosecutor Josh Bash"
        determined = re.search(r"\b(?:the|a|an|his|her|its|their|\w+['’]s)\s$", before, re.I)
        if not _has_common_word(words) and not determined and (
            SPEECH_AFTER_RE.search(after) or SPEECH_BEFORE_RE.search(before) or _appositive_role(after)
        ):
            return replace(seg, kind=Kind.PERSON)
    if len(words) <= 3 and all_capitalised and not seg.sentence_initial:
        following = after[:40]
        if re.match(r"^,\s+", following) and _starts_with_place(following[1:].lstrip()):
            return replace(seg, kind=Kind.PLACE)
        if PLACE_PREPOSITION_RE.search(before) and not _has_common_word(words):
            return replace(seg, kind=Kind.PLACE)
    return seg


def _job_word_before(before: str) -> bool:
    """'Arsenal boss Arsene Wenger', 'reporter Oliver Finegold', 'study co-author Ted Scambos'."""
    match = re.search(r"\b([a-z][a-z-]+)\s$", before)
    if not match:
        return False
    word = match.group(1)
    return word in lexicon.role_nouns() or (word.split("-")[-1] in lexicon.role_nouns() and "-" in word)


def _appositive_role(after: str) -> bool:
    match = APPOSITIVE_RE.match(after)
    if not match:
        return False
    clause = after[: after.find(",", 1) if after.find(",", 1) > 0 else len(after)].lower()
    return any(re.search(rf"\b{re.escape(noun)}\b", clause) for noun in lexicon.role_nouns())


def _starts_with_place(text: str) -> bool:
    for length in (3, 2, 1):
        phrase = " ".join(re.findall(r"[\w.'’-]+", text)[:length])
        if lexicon.place_kind(phrase) in ("country", "region"):
            return True
    return False


def _has_common_word(words: list[str]) -> bool:
    common = lexicon.common_words()
    given = lexicon.given_names()
    return any(w.lower() in common and w not in given for w in words)


def link_entities(found: list[Found]) -> EntityIndex:
    people = _link_people(found)
    person_of = {normalize(form): c.name for c in people for form in c.forms}
    resolved = [
        Found(replace(f.segment, kind=Kind.PERSON, text=person_of[normalize(f.segment.text)]), f.sentence)
        if f.segment.kind in (Kind.PERSON, Kind.UNKNOWN) and normalize(f.segment.text) in person_of
        else f
        for f in found
    ]
    surnames = {normalize(form) for c in people for form in c.forms}
    orgs = _cluster(found, Kind.ORG, lexicon.organizations(), exclude=surnames)
    places = _cluster(found, Kind.PLACE, _place_names(), exclude=surnames)
    return EntityIndex(tuple(people), tuple(orgs), tuple(places), tuple(resolved), person_of)


def _link_people(found: list[Found]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    full = [f for f in found if f.segment.kind is Kind.PERSON and len(f.segment.text.split()) > 1]
    # Longest names first, so "Leo XIV" absorbs "Leo" and "Ursula von der Leyen" keeps "von der Leyen".
    for f in sorted(full, key=lambda f: -len(f.segment.text.split())):
        key = normalize(f.segment.text)
        owner = next((c for c in clusters.values() if _is_part_of(key, c)), None)
        if owner is None:
            owner = clusters.setdefault(key, Cluster(Kind.PERSON, f.segment.text))
        owner.add(f.segment.text, f.sentence)
    by_surname = _surname_index(clusters.values())
    for f in found:
        seg = f.segment
        if seg.kind is Kind.PERSON and len(seg.text.split()) > 1:
            continue
        candidates = by_surname.get(normalize(seg.text), [])
        parts = [p for p in re.split(r"[-–]", seg.text) if p] if seg.kind is Kind.UNKNOWN else []
        if len(candidates) == 1:
            form = f"{seg.honorific} {seg.text}" if seg.honorific else seg.text
            candidates[0].add(form, f.sentence)
        elif seg.kind is Kind.PERSON and not candidates and _one_by_first_name(seg.text, clusters):
            _one_by_first_name(seg.text, clusters).add(seg.text, f.sentence)  # "Pope Leo" and "Pope Leo XIV"
        elif seg.kind is Kind.PERSON and not candidates:
            key = normalize(seg.text)
            cluster = clusters.setdefault(key, Cluster(Kind.PERSON, seg.text))
            cluster.add(f"{seg.honorific} {seg.text}" if seg.honorific else seg.text, f.sentence)
        elif len(parts) > 1:  # "the Carney-Zelenskyy meeting" mentions both
            for part in parts:
                owners = by_surname.get(normalize(part), [])
                if len(owners) == 1:
                    owners[0].sentences.setdefault(f.sentence, None)
        elif seg.kind is Kind.UNKNOWN and _lone_given_name(seg):
            clusters.setdefault(normalize(seg.text), Cluster(Kind.PERSON, seg.text)).add(seg.text, f.sentence)
    return sorted(clusters.values(), key=lambda c: min(c.sentences))


def _one_by_first_name(name: str, clusters: dict[str, Cluster]) -> Cluster | None:
    key = normalize(name)
    owners = [c for c in clusters.values() if normalize(c.name).split()[0] == key and " " in c.name]
    return owners[0] if len(owners) == 1 else None


def _is_part_of(key: str, cluster: Cluster) -> bool:
    """A shorter full name that is the start or the end of a longer one: same person."""
    longer = normalize(cluster.name)
    return longer.endswith(" " + key) or longer.startswith(key + " ")


def _surname_index(clusters) -> dict[str, list[Cluster]]:
    index: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        words = cluster.name.split()
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


def _cluster(found: list[Found], kind: Kind, canonical: dict[str, str], exclude: set[str]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for f in found:
        seg = f.segment
        if seg.kind is not kind or normalize(seg.text) in exclude:
            continue
        name = canonical.get(seg.text, seg.text)
        clusters.setdefault(normalize(name), Cluster(kind, name)).add(seg.text, f.sentence)
    for cluster in clusters.values():
        # Name the entity by the fullest form the text itself uses.
        cluster.name = max(cluster.forms, key=lambda form: (len(form.split()), len(form)))
    return sorted(clusters.values(), key=lambda c: min(c.sentences))


def _place_names() -> dict[str, str]:
    return {**lexicon.cities(), **lexicon.regions(), **lexicon.countries()}


def merge_acronyms(index: EntityIndex, sentences: tuple[Sentence, ...]) -> EntityIndex:
    """'Syrian Democratic Forces (SDF)' and 'IOC (International Olympic Committee)': one organisation."""
    by_form = {normalize(form): c for c in index.organizations for form in c.forms}
    for f in index.found:
        if f.segment.kind is not Kind.ORG:
            continue
        after = sentences[f.sentence].text[f.segment.end:]
        match = ACRONYM_IN_BRACKETS_RE.match(after) or EXPANSION_IN_BRACKETS_RE.match(after)
        if not match:
            continue
        owner, other = by_form.get(normalize(f.segment.text)), by_form.get(normalize(match.group(1)))
        if owner is None:
            continue
        if other is None:
            owner.add(match.group(1), f.sentence)
        elif other is not owner:
            for form in other.forms:
                owner.add(form, f.sentence)
            owner.sentences.update(other.sentences)
            other.forms.clear()
        owner.name = max(owner.forms, key=lambda form: (len(form.split()), len(form)))
        by_form = {normalize(form): c for c in index.organizations for form in c.forms}
    orgs = tuple(c for c in index.organizations if c.forms)
    return replace(index, organizations=orgs)
