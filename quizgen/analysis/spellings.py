"""One name written two ways in one article, merged into one cluster: a person's spelling
variants ("Usama bin Ladin" and "Osama bin Laden", "Zach" beside "Zachary") and a place one
letter off a listed one ("Magnitigorsk"). entities.py links names otherwise."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..models import normalize
from .entity_index import Cluster


def merge_spelling_variants(clusters: dict[str, Cluster]) -> None:
    """One person spelt two ways: "Usama bin Ladin" in a quoted statement and "Osama bin Laden" in
    the text, "Deirdre" beside "Dierdre Coleman", "Zach" beside "Zachary". A later name joins an
    earlier one when its words are the other's words or spelling variants of them (one vowel
    changed, not the last letter; two letters swapped); a lone name joins the one person whose
    first name it is, spells or shortens ("Hamza", once the two spellings are one person)."""
    for single in (False, True):
        ordered = sorted(clusters.items(), key=lambda kc: min(kc[1].sentences))
        # Only clusters that may pass the test are tested: each pair cost the square of the
        # article's people (a long article names thousands).
        may_match = _spelling_index(ordered, single)
        for key, cluster in ordered:
            words = normalize(cluster.name).split()
            if (len(words) == 1) != single:
                continue
            owners = [
                c
                for k, c in _spelling_candidates(may_match, words, single).items()
                if c is not cluster
                and clusters.get(k) is c
                and (
                    _variant_words(words, normalize(c.name).split())
                    if not single
                    else _first_name_form(words[0], normalize(c.name).split()[0])
                )
                and (single or min(c.sentences) <= min(cluster.sentences))
            ]
            if len(owners) == 1:
                for form in cluster.forms:
                    owners[0].add(form, min(cluster.sentences))
                owners[0].sentences.update(cluster.sentences)
                del clusters[key]


def _spelling_index(ordered: list[tuple[str, Cluster]], single: bool) -> dict[tuple[object, ...], dict[str, Cluster]]:
    """The clusters by what any name they may be a variant of shares with them: for a full name,
    its number of words and one word in its place (_variant_words needs one the same); for a lone
    name, the length of the first name (a variant spelling) and its first three letters (a short form)."""
    index: dict[tuple[object, ...], dict[str, Cluster]] = defaultdict(dict)
    for key, cluster in ordered:
        words = normalize(cluster.name).split()
        if single:
            index[("length", len(words[0]))][key] = cluster
            index[("start", words[0][:3])][key] = cluster
        else:
            for i, word in enumerate(words):
                index[(len(words), i, word)][key] = cluster
    return index


def _spelling_candidates(
    index: dict[tuple[object, ...], dict[str, Cluster]], words: list[str], single: bool
) -> dict[str, Cluster]:
    if single:
        keys: list[tuple[object, ...]] = [("length", len(words[0]))]
        if len(words[0]) >= 3:
            keys.append(("start", words[0][:3]))
    else:
        keys = [(len(words), i, word) for i, word in enumerate(words)]
    found: dict[str, Cluster] = {}
    for key in keys:
        found.update(index.get(key, {}))
    return found


def _variant_words(words: list[str], other: list[str]) -> bool:
    pairs = list(zip(words, other, strict=False))
    return (
        len(words) == len(other) > 1
        and any(a == b for a, b in pairs)
        and all(a == b or _spelling_variant(a, b) for a, b in pairs)
    )


def _first_name_form(word: str, first: str) -> bool:
    """'Hamza' of Hamza bin Laden, 'Deirdre' of Dierdre Coleman, 'Zach' of Zachary Cates."""
    return word == first or _spelling_variant(word, first) or (len(word) >= 3 and first.startswith(word))


def _spelling_variant(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]  # "Deirdre", "Dierdre"
    return len(diff) == 1 and diff[0] < len(a) - 1 and a[diff[0]] in "aeiou" and b[diff[0]] in "aeiou"


def merge_misspellings(clusters: dict[str, Cluster], canonical: Mapping[str, str]) -> None:
    """'Magnitigorsk' beside 'Magnitogorsk': an unlisted place one letter off a listed one is a typo."""
    listed = [c for c in clusters.values() if c.name in canonical]
    for key, cluster in list(clusters.items()):
        if cluster.name in canonical or len(key) < 7:
            continue
        owner = next((c for c in listed if _one_letter_apart(key, normalize(c.name))), None)
        if owner is not None:
            for form in cluster.forms:
                owner.add(form, min(cluster.sentences))
            owner.sentences.update(cluster.sentences)
            del clusters[key]


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
