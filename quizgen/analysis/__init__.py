"""analyze(article) -> Analysis: sentences, people and roles, organisations, places, dates,
numbers and quotations, all found by rules (no statistical model, nothing downloaded)."""

from __future__ import annotations

from ..models import Analysis, Article, Organization, Person, Place
from .entities import find_segments, link_entities, merge_acronyms
from .quantities import find_numbers
from .quotes import find_quotes
from .roles import find_roles
from .sentences import split_sentences
from .temporal import find_dates

__all__ = ["analyze"]


def analyze(article: Article) -> Analysis:
    sentences = split_sentences(article)
    index = merge_acronyms(link_entities(find_segments(sentences)), sentences)
    roles = find_roles(sentences, index)
    people = tuple(
        Person(name=c.name, aliases=c.aliases, sentences=tuple(sorted(c.sentences)), roles=tuple(roles.get(c.name, ())))
        for c in index.people
    )
    organizations = tuple(
        Organization(name=c.name, aliases=c.aliases, sentences=tuple(sorted(c.sentences))) for c in index.organizations
    )
    places = tuple(Place(name=c.name, aliases=c.aliases, sentences=tuple(sorted(c.sentences))) for c in index.places)
    dates = tuple(d for s in sentences for d in find_dates(s.text, s.index))
    numbers = tuple(n for s in sentences for n in find_numbers(s.text, s.index))
    quotes = find_quotes(sentences, article.paragraphs, index, people)
    return Analysis(
        title=article.title,
        sentences=sentences,
        people=people,
        organizations=organizations,
        places=places,
        dates=dates,
        numbers=numbers,
        quotes=quotes,
    )
