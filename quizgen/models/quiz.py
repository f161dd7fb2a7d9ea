"""Questions and the quiz: each validates when it is built, so an invalid quiz (hand-edited JSON
included) never reaches an exporter."""

from __future__ import annotations

import random
from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, Field, model_validator

from .article import Source
from .base import BLANK_RE, Frozen, normalize


class QuestionKind(StrEnum):
    QUOTE = "quote"  # who said "..."?
    ROLE_HOLDER = "role_holder"  # who is the Italian Prime Minister?
    PERSON_ROLE = "person_role"  # what role does X hold?
    AFFILIATION = "affiliation"  # X is with which organisation?
    SUBJECT = "subject"  # who/which ... did <rest of the sentence>?
    PLACE = "place"
    DATE = "date"
    NUMBER = "number"
    ORGANIZATION = "organization"
    CLOZE = "cloze"
    STATEMENT = "statement"  # true or false? / which statement does the article support?
    MATCH_ROLE = "match_role"  # match each person to their role
    MATCH_QUOTE = "match_quote"  # match each person to what they said


TRUE: Final = "True"  # Final: typed as the literal a TrueFalseQuestion answer must be
FALSE: Final = "False"
MIN_PAIRS, MAX_PAIRS = 3, 8


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


# Text a question shows: at least one character that is not a space.
Text = Annotated[str, Field(min_length=1), AfterValidator(_not_blank)]
# Where in the article the evidence is: optional, so quiz JSON written before it still renders.
ParagraphNumber = Annotated[
    int | None, Field(ge=1, description="the 1-based paragraph of the article holding source_sentence")
]


class _QuestionBase(Frozen):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    kind: QuestionKind
    prompt: Annotated[str, Field(min_length=3), AfterValidator(_not_blank)]
    answer: Text
    source_sentence: Text
    paragraph: ParagraphNumber = None

    @property
    def evidence(self) -> tuple[tuple[str, int | None], ...]:
        """The article sentences the answer comes from, each with its paragraph number."""
        return ((self.source_sentence, self.paragraph),)


class MultipleChoiceQuestion(_QuestionBase):
    type: Literal["multiple_choice"] = "multiple_choice"
    choices: tuple[str, ...] = Field(min_length=2, max_length=8)

    @model_validator(mode="after")
    def _answer_is_one_choice(self) -> MultipleChoiceQuestion:
        keys = [normalize(c) for c in self.choices]
        if any(not k for k in keys):
            raise ValueError("choices must not be empty")
        if len(set(keys)) != len(keys):
            raise ValueError("choices must be distinct (ignoring case and spacing)")
        if self.choices.count(self.answer) != 1:
            raise ValueError(f"answer {self.answer!r} must be exactly one of the choices")
        return self

    @property
    def answer_index(self) -> int:
        return self.choices.index(self.answer)


class ClozeQuestion(_QuestionBase):
    type: Literal["cloze"] = "cloze"
    hint: str | None = Field(default=None, description="what kind of word fills the blank")

    @model_validator(mode="after")
    def _one_blank(self) -> ClozeQuestion:
        if len(BLANK_RE.findall(self.prompt)) != 1:
            raise ValueError("a cloze prompt must contain exactly one blank (a run of underscores)")
        return self

    def filled(self) -> str:
        """The prompt with the answer in place of the blank."""
        return BLANK_RE.sub(lambda _: self.answer, self.prompt, count=1)

    def split(self) -> tuple[str, str]:
        """The prompt's text before and after its blank."""
        before, after = BLANK_RE.split(self.prompt, maxsplit=1)
        return before, after


class TrueFalseQuestion(_QuestionBase):
    """A statement to judge: the article's own words (True) or the same with one fact swapped (False)."""

    type: Literal["true_false"] = "true_false"
    answer: Literal["True", "False"]
    correction: str | None = Field(
        default=None, description="the article's fact the false statement changed; only when the answer is False"
    )

    @model_validator(mode="after")
    def _correction_only_when_false(self) -> TrueFalseQuestion:
        if self.answer == FALSE and not (self.correction or "").strip():
            raise ValueError("a false statement needs its correction (the article's fact)")
        if self.answer == TRUE and self.correction is not None:
            raise ValueError("a true statement has no correction")
        return self


class MatchPair(Frozen):
    left: Text
    right: Text
    source_sentence: Text
    paragraph: ParagraphNumber = None


class MatchingQuestion(Frozen):
    """Left items (people) matched to right items (roles, quotations); pairs in the article's order.

    Renderers show the right-hand side in `right_order(seed)`, a seeded shuffle."""

    type: Literal["matching"] = "matching"
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    kind: QuestionKind
    prompt: str = Field(min_length=3)
    pairs: tuple[MatchPair, ...] = Field(min_length=MIN_PAIRS, max_length=MAX_PAIRS)
    paragraph: ParagraphNumber = Field(
        default=None, description="the 1-based paragraph of the first pair's sentence (each pair has its own)"
    )

    @model_validator(mode="after")
    def _distinct_sides(self) -> MatchingQuestion:
        for side in ("left", "right"):
            keys = [normalize(getattr(p, side)) for p in self.pairs]
            if len(set(keys)) != len(keys):
                raise ValueError(f"every {side} item must be distinct (ignoring case and spacing)")
        return self

    @property
    def answer(self) -> str:
        """The pairs on one line ('A: a; B: b'), where a single answer is expected (flashcards, reports)."""
        return "; ".join(f"{p.left}: {p.right}" for p in self.pairs)

    @property
    def source_sentence(self) -> str:
        return " ".join(dict.fromkeys(p.source_sentence for p in self.pairs))

    @property
    def evidence(self) -> tuple[tuple[str, int | None], ...]:
        """Each pair's sentence with its paragraph number, once each, in the pairs' order."""
        return tuple(dict.fromkeys((p.source_sentence, p.paragraph) for p in self.pairs))

    def right_order(self, seed: int | str) -> tuple[str, ...]:
        """The right-hand items in a seeded order that is never the pairs' own order."""
        rights = [p.right for p in self.pairs]
        rng = random.Random(f"quizgen matching {seed} {self.id}")
        shuffled = rights[:]
        while shuffled == rights:
            rng.shuffle(shuffled)
        return tuple(shuffled)


Question = Annotated[
    MultipleChoiceQuestion | ClozeQuestion | TrueFalseQuestion | MatchingQuestion, Field(discriminator="type")
]


class Quiz(Frozen):
    """The public quiz format: what `quizgen render` reads and every exporter writes from."""

    title: str = Field(min_length=1)
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    source: Source = Source()
    seed: int = 0
    paragraphs: tuple[str, ...] = Field(
        default=(),
        description="the article's paragraphs, which a question's `paragraph` counts from 1; "
        "the worksheet prints them (empty in quizzes written before quizgen kept the article)",
    )
    questions: tuple[Question, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Quiz:
        ids = [q.id for q in self.questions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"question ids must be unique; repeated: {', '.join(duplicates)}")
        return self

    @model_validator(mode="after")
    def _paragraphs_exist(self) -> Quiz:
        if self.paragraphs:
            numbers = [q.paragraph for q in self.questions] + [p.paragraph for q in self.matching for p in q.pairs]
            beyond = sorted({n for n in numbers if n is not None and n > len(self.paragraphs)})
            if beyond:
                raise ValueError(f"paragraph {beyond[0]} is past the article's {len(self.paragraphs)} paragraphs")
        return self

    @property
    def multiple_choice(self) -> list[MultipleChoiceQuestion]:
        return [q for q in self.questions if isinstance(q, MultipleChoiceQuestion)]

    @property
    def cloze(self) -> list[ClozeQuestion]:
        return [q for q in self.questions if isinstance(q, ClozeQuestion)]

    @property
    def true_false(self) -> list[TrueFalseQuestion]:
        return [q for q in self.questions if isinstance(q, TrueFalseQuestion)]

    @property
    def matching(self) -> list[MatchingQuestion]:
        return [q for q in self.questions if isinstance(q, MatchingQuestion)]
