"""A candidate question and a statement variant: what every generator produces.

Its own module so that the generators import it without importing the package that
registers them (quizgen/generators/__init__.py imports each generator).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Analysis, MatchPair, QuestionKind, Sentence


@dataclass(frozen=True)
class Variant:
    """A statement altered in exactly one fact: `original` (as the article writes it) became `replacement`."""

    statement: str
    slot: str  # the kind of fact swapped: person, place, organization, number, date, role
    original: str
    replacement: str


@dataclass(frozen=True)
class Candidate:
    kind: QuestionKind
    prompt: str
    answer: str  # for a statement, the article's own statement; for matching, a summary of the pairs
    source: Sentence
    answer_type: str  # person, organization, place, date, number, role, statement, pairs: what distractors must be
    key: str  # identifying data: the question's id is derived from it, not from its wording
    shape: str = "choice"  # choice, cloze, true_false, statement (which statement is true?), matching
    completion: bool = False  # a sentence with a hole and options: ranked with the cloze, not as a question
    hint: str | None = None
    answer_forms: tuple[str, ...] = ()  # every form of the answer (aliases): never a distractor, never in the stem
    preferred: tuple[str, ...] = ()  # distractors to try first (e.g. other speakers for a quote)
    about: str = ""  # the entity or fact the question is about, for coverage and de-duplication
    weight: float = 1.0  # how much a teacher values this shape of question
    variants: tuple[Variant, ...] = ()  # true_false and statement: the statement with one fact swapped
    pairs: tuple[MatchPair, ...] = ()  # matching
    reveals: frozenset[str] = frozenset()  # facts the question shows whole (a quote and its speaker): one question each
    # The question as a statement, split where the answer goes ("", " said: “…”."): when too few
    # options can be found, it is asked as true or false instead (shapes.restated).
    stated: tuple[str, str] | None = None

    @property
    def paragraph(self) -> int:
        """The 1-based paragraph of the source sentence, as the quiz JSON and the worksheet number it."""
        return self.source.paragraph + 1

    @property
    def cloze(self) -> bool:
        return self.shape == "cloze"

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.answer, *self.answer_forms)

    def question_id(self) -> str:
        digest = hashlib.sha1(f"{self.kind.value}|{self.key}".encode()).hexdigest()[:12]
        return f"{self.kind.value.replace('_', '-')}-{digest}"


Generator = Callable[[Analysis], list[Candidate]]
