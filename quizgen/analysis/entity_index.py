"""What entity linking produces: the people, organisations and places of an article, with every
form of each name. Its own module because both the linker (entities.py) and the acronym
merger (acronyms.py) work on it, and neither may import the other both ways.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import normalize
from .names import Kind, Segment


@dataclass(frozen=True)
class Found:
    """A segment in a sentence."""

    segment: Segment
    sentence: int
    born_as_of: str | None = None  # for a birth name: the name the text mostly uses
    anchored: bool = False  # a place written with its region: "Allen, Texas"


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
