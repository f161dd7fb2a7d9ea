"""The article and what the analysis finds in it: sentences, mentions, people, organisations,
places, quotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cached_property
from typing import Any, Literal

from pydantic import Field, field_validator

from .base import Frozen


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
