"""What a long article's questions consult is indexed once per article, with the answers the
comparison of every name with every other gave (the square of the article's length)."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis.entities import _first_name_index, _one_by_first_name, _parts
from quizgen.analysis.entity_index import Cluster
from quizgen.analysis.names import Kind
from quizgen.generators.people import _held_by_another
from quizgen.generators.quotes import _by_name, _named
from quizgen.models import normalize

WORDS = st.sampled_from(["Tim", "Dams", "Mr", "Leyen", "von", "der", "Ursula", "Bank", "of", "England", "É"])
NAMES = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)


@given(NAMES, NAMES)
def test_a_name_is_part_of_a_longer_one_as_its_start_or_end(shorter, longer):
    key, name = normalize(shorter), normalize(longer)
    assert (key in set(_parts(name))) == (name.endswith(" " + key) or name.startswith(key + " "))


@given(st.lists(st.tuples(NAMES, st.lists(NAMES, max_size=3)), max_size=6), NAMES)
def test_a_speaker_is_the_one_entity_going_by_that_name(entities, speaker):
    found = {name: SimpleNamespace(name=name, forms=(name, *forms)) for name, forms in entities}
    named = [e for e in found.values() if speaker in e.forms or e.name.endswith(f" {speaker}")]
    expected = found.get(speaker) if speaker in found else named[0] if len(named) == 1 else None
    assert _named(speaker, found, _by_name(found)) is expected  # type: ignore[arg-type]


@given(st.lists(st.tuples(NAMES, NAMES), max_size=8), NAMES, NAMES)
def test_a_role_is_held_by_another_when_another_persons_role_holds_it_or_is_held_in_it(roles, role, name):
    def same(a: str, b: str) -> bool:
        a, b = normalize(a), normalize(b)
        return a == b or a in b or b in a

    expected = any(other != name and same(role, text) for other, text in roles)
    assert _held_by_another(role, name, [(other, normalize(text)) for other, text in roles]) == expected


@given(st.lists(NAMES, max_size=8, unique=True), NAMES)
def test_a_first_name_points_to_the_one_full_name_it_starts(names, name):
    clusters = {normalize(n): Cluster(Kind.PERSON, n) for n in names}
    owners = [c for c in clusters.values() if normalize(c.name).split()[0] == normalize(name) and " " in c.name]
    expected = owners[0] if len(owners) == 1 else None
    assert _one_by_first_name(name, _first_name_index(clusters)) is expected
