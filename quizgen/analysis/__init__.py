"""analyze(article) -> Analysis: sentences, people and roles, organisations, places, dates,
numbers and quotations, all found by rules (no statistical model, nothing downloaded)."""

from __future__ import annotations

from ..models import Analysis, Article, Organization, Person, Place
from ..rules import lexicon
from .entities import find_segments, link_entities, merge_acronyms
from .quantities import find_numbers
from .quotes import find_quotes
from .relative import resolve_dates
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
    dates_in = [find_dates(s.text, s.index) for s in sentences]  # found once, used twice
    dates = tuple(d for found in dates_in for d in found)
    published = article.source.published()
    dates = resolve_dates(dates, sentences, published)
    numbers = tuple(
        n for s, found in zip(sentences, dates_in, strict=True) for n in find_numbers(s.text, s.index, dates=found)
    )
    found = Analysis(
        title=article.title,
        published=published.isoformat() if published else None,
        sentences=sentences,
        people=people,
        organizations=organizations,
        places=places,
        dates=dates,
        numbers=numbers,
    )
    quotes = find_quotes(sentences, article.paragraphs, index, people, _speaker_genders(found))
    return found.model_copy(update={"quotes": quotes})


def _speaker_genders(found: Analysis) -> dict[str, str]:
    """Person -> "m" or "f" where "he said" must not go to a woman: the gender the generators
    read (generators/antecedents.py), kept only when an honorific or the given name says it
    too. The article's pronouns alone mislead ("According to Jacinda Ardern, Tarrant had the
    guns he used" makes her "he"), and a wrong gender there takes the quotation from its speaker.
    Imported here: the generators build on the analysis."""
    from ..generators.antecedents import known_genders
    from ..generators.usage import honorific_gender

    by_name = lexicon.given_name_genders()
    people = {p.name: p for p in found.people}
    return {
        name: gender
        for name, gender in known_genders(found).items()
        if honorific_gender(people[name]) == gender or by_name.get(name.split()[0]) == gender
    }
