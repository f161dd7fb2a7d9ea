"""Frozen, validated data passed between the pipeline's steps.

Article -> Analysis -> Question candidates -> Quiz. Every model validates when it is
built, so an invalid quiz (hand-edited JSON included) never reaches an exporter.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

BLANK = "_______"
BLANK_RE = re.compile(r"_{3,}")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


@lru_cache(maxsize=16384)  # called for the same names and sentences again and again
def normalize(text: str) -> str:
    """Case-, accent- and spacing-insensitive form used to compare options and names."""
    if text.isascii():  # nothing to decompose, no curly apostrophe: the same result, faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("’", "'").split())


# --- the article ---------------------------------------------------------------------------


class Source(Frozen):
    """Where an article came from; every field is optional."""

    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None

    def credit(self) -> str:
        """One line naming the source, e.g. 'BBC News, by Jane Smith, 2 May 2025, https://...'."""
        author = f"by {self.author}" if self.author and not self.author.lower().startswith("by ") else self.author
        parts = [p for p in (self.site, author, self.shown_date(), self.url) if p]
        return ", ".join(parts)

    def shown_date(self) -> str | None:
        """The date as people write it ('2 May 2025') when stored as YYYY-MM-DD, else as stored."""
        published = self.published()
        return f"{published.day} {published:%B %Y}" if published else self.date

    def published(self) -> dt.date | None:
        """The publication date, when `date` is a YYYY-MM-DD date."""
        if self.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", self.date):
            try:
                return dt.date.fromisoformat(self.date)
            except ValueError:
                return None
        return None


class Article(Frozen):
    """An article's text as paragraphs, without its title and section headings."""

    title: str
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    paragraphs: tuple[str, ...]
    headings: tuple[str, ...] = ()
    source: Source = Source()

    @field_validator("paragraphs")
    @classmethod
    def _has_text(cls, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
        if not any(p.strip() for p in paragraphs):
            raise ValueError("the article has no paragraphs of text")
        return paragraphs

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


# --- the analysis --------------------------------------------------------------------------


class Sentence(Frozen):
    index: int
    paragraph: int
    start: int = Field(description="offset of the sentence in its paragraph")
    text: str


class Mention(Frozen):
    """A span of one sentence: `text == sentence.text[start:end]`."""

    text: str
    sentence: int
    start: int
    end: int


class DateMention(Mention):
    relative: bool = False
    resolved: str | None = Field(
        default=None, description="YYYY-MM-DD: a relative date ('yesterday') resolved against the publication date"
    )


class NumberMention(Mention):
    value: float | None = None
    unit: str | None = None


class Role(Frozen):
    """A job or description ("Ukrainian President"), or an affiliation ("University of Ottawa")."""

    text: str
    sentence: int
    kind: Literal["title", "affiliation"] = "title"


class Entity(Frozen):
    name: str
    aliases: tuple[str, ...] = ()
    sentences: tuple[int, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Person(Entity):
    roles: tuple[Role, ...] = ()


class Organization(Entity):
    pass


class Place(Entity):
    pass


class Quote(Frozen):
    text: str
    speaker: str | None
    sentence: int
    paragraph: int
    how: str = Field(description="which attribution rule named the speaker, or 'none'")


@dataclass
class SentenceFacts:
    """The entities, dates and numbers one sentence mentions (see Analysis.by_sentence)."""

    people: list[Person] = dc_field(default_factory=list)
    organizations: list[Organization] = dc_field(default_factory=list)
    places: list[Place] = dc_field(default_factory=list)
    dates: list[DateMention] = dc_field(default_factory=list)
    numbers: list[NumberMention] = dc_field(default_factory=list)


class Analysis(Frozen):
    title: str
    published: str | None = Field(default=None, description="YYYY-MM-DD: the article's publication date, if known")
    sentences: tuple[Sentence, ...]
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @cached_property
    def by_sentence(self) -> dict[int, SentenceFacts]:
        """What each sentence mentions, built once, so generators stay linear in article length."""
        index: dict[int, SentenceFacts] = {s.index: SentenceFacts() for s in self.sentences}
        for group, items in (("people", self.people), ("organizations", self.organizations), ("places", self.places)):
            for entity in items:
                for i in entity.sentences:
                    getattr(index[i], group).append(entity)
        for date in self.dates:
            index[date.sentence].dates.append(date)
        for number in self.numbers:
            index[number.sentence].numbers.append(number)
        return index

    def to_gold_dict(self) -> dict[str, Any]:
        """The analysis in the shape of the corpus gold files (shared/corpus/README.md)."""

        def entities(items: tuple[Entity, ...]) -> list[dict[str, Any]]:
            return [{"name": e.name, "aliases": list(e.aliases)} for e in items]

        return {
            "title": self.title,
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "roles": _unique(r.text for r in p.roles)}
                for p in self.people
            ],
            "organizations": entities(self.organizations),
            "places": entities(self.places),
            "dates": _unique(d.text for d in self.dates),
            "numbers": _unique(n.text for n in self.numbers),
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in self.quotes],
        }


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


# --- questions and the quiz ----------------------------------------------------------------


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
