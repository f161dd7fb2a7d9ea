"""Golden cases for people's roles: each shape of quizgen.analysis.roles on a sentence of its own,
run through the real pipeline, and the near misses that must not become roles."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article


def _roles(text: str, person: str) -> list[str]:
    analysis = analyze(parse_article("Headline\n\n" + text))
    matches = [p for p in analysis.people if person in p.forms]
    assert matches, f"{person!r} not found among {[p.name for p in analysis.people]}"
    return [r.text for r in matches[0].roles]


CASES = [
    # 1. a title inside the name run, with what stands before it
    (
        "title-in-run",
        "Spanish Prime Minister Pedro Sanchez arrived in Brussels on Monday.",
        "Pedro Sanchez",
        "Spanish Prime Minister",
    ),
    (
        "title-with-former",
        "On Monday, former Australian Prime Minister John Howard opened the library.",
        "John Howard",
        "former Australian Prime Minister",
    ),
    (
        "title-with-to-phrase",
        "The letter was signed by former British Ambassador to the United Nations Karen Pierce.",
        "Karen Pierce",
        "former British Ambassador to the United Nations",
    ),
    ("plural-title", "On Friday Presidents Emmanuel Macron and Olaf Scholz met in Paris.", "Olaf Scholz", "President"),
    (
        "job-before-title",
        "The summit was opened by EU chairperson President Charles Michel on Sunday.",
        "Charles Michel",
        "EU chairperson",
    ),
    # 2. job words before the name
    (
        "job-capitalised-modifier",
        "Last night Chelsea boss Frank Lampard praised his players.",
        "Frank Lampard",
        "Chelsea boss",
    ),
    (
        "job-lowercase-compound",
        "The advice was questioned by public health expert Laura Mendes on Friday.",
        "Laura Mendes",
        "public health expert",
    ),
    (
        "job-before-honorific",
        "Ravi Patel unveiled the plan on Tuesday. Critics said transport boss Mr Patel had ignored cyclists.",
        "Ravi Patel",
        "transport boss",
    ),
    (
        "job-list",
        "British actor, writer and director Emma Thompson received the award.",
        "Emma Thompson",
        "British actor, writer and director",
    ),
    (
        "job-nouns-joined-by-and",
        "The deal was announced by EU trade and industry commissioner Maria Keller.",
        "Maria Keller",
        "EU trade and industry commissioner",
    ),
    (
        "plural-job-first",
        "The prize went to fellow researchers Anna Berg and Thomas Keller.",
        "Anna Berg",
        "fellow researcher",
    ),
    (
        "plural-job-second",
        "The prize went to fellow researchers Anna Berg and Thomas Keller.",
        "Thomas Keller",
        "fellow researcher",
    ),
    ("age", "Police said 34-year-old Daniel Moore was arrested at the scene.", "Daniel Moore", "34-year-old"),
    (
        "job-with-acronym",
        "A question came from Conservative MP (Member of Parliament) David Davis.",
        "David Davis",
        "Conservative MP",
    ),
    ("party", "Republican Susan Collins voted against the bill.", "Susan Collins", "Republican"),
    # 3. an appositive after the name
    (
        "appositive-a",
        "Helen Carter, a senior economist at the central bank, said rates would rise.",
        "Helen Carter",
        "senior economist at the central bank",
    ),
    (
        "appositive-the-of",
        "Peter Lang, the head of trade publication Retail Week, said sales were falling.",
        "Peter Lang",
        "head of trade publication Retail Week",
    ),
    (
        "appositive-after-age",
        "One of the rescuers was Mark Evans, 51, a retired firefighter from Leeds.",
        "Mark Evans",
        "retired firefighter from Leeds",
    ),
    (
        "appositive-who-was",
        "Maria Lopez, who was the city's first female mayor, died on Sunday.",
        "Maria Lopez",
        "city's first female mayor",
    ),
    (
        "appositive-title",
        "Professor Alan Reed, Director General of the National Science Institute, welcomed the result.",
        "Alan Reed",
        "Director General of the National Science Institute",
    ),
    (
        "appositive-ends-before-clause",
        "Tom Baker, 42, a convicted burglar facing a new trial, was released.",
        "Tom Baker",
        "convicted burglar",
    ),
    # 4. a role before the name, set off by a comma
    (
        "before-comma-of",
        "The chief executive of the airline, Michael Brandt, apologised to passengers.",
        "Michael Brandt",
        "chief executive of the airline",
    ),
    (
        "before-comma-possessive",
        "The band's drummer, Tom Riley, left the group in 2010.",
        "Tom Riley",
        "band's drummer",
    ),
    ("before-comma-its", "Investors blamed its former chairman, Robert Hale.", "Robert Hale", "former chairman"),
    (
        "before-comma-according-to",
        "According to the Leeds coroner, Janet Price, the death was accidental.",
        "Janet Price",
        "Leeds coroner",
    ),
    # 5. a role given by a verb or a noun
    ("served-as", "Linda Ross served as finance minister from 2015 to 2019.", "Linda Ross", "finance minister"),
    ("held-the-post-of", "Anna Novak held the post of Chief Justice until 2018.", "Anna Novak", "Chief Justice"),
    (
        "known-as",
        "Sam Cole was best known as the lead singer and founder of the band Tide.",
        "Sam Cole",
        "lead singer and founder of the band Tide",
    ),
    ("named", "The boat was found by a local farmer named John Baxter.", "John Baxter", "local farmer"),
    ("identified-as", "Police identified the victim as 19-year-old Sophie Turner.", "Sophie Turner", "victim"),
]


@pytest.mark.parametrize("text, person, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_is_found(text, person, expected):
    assert expected in _roles(text, person)


NOT_ROLES = [
    # a clause is not a role
    (
        "clause-after-who",
        "Mark Carney flew to Rome. Carney, who is traveling with his wife, will meet the Pope.",
        "Mark Carney",
        "traveling",
    ),
    # a list of names gives nobody a role
    ("list-of-names", "The cast includes Jeremy Irons, Winston Duke, Helen Mirren and Paul Rudd.", "Helen Mirren", ""),
    # an object of a fronted phrase is not in apposition to the subject
    (
        "fronted-phrase",
        "Speaking to the reporter, Anna Kowalski said the plan had failed.",
        "Anna Kowalski",
        "reporter",
    ),
    # a verb is not a modifier of the job word after it
    ("verb-before-job", "Club owner Richard Hall will sack striker Tom Evans.", "Tom Evans", "sack"),
    # another person is the one who serves
    ("asked-to-serve", "Peter Grant asked Laura Bell to serve as chair of the committee.", "Peter Grant", "chair"),
    # a list of job words must open its clause
    ("list-after-verb", "He thanked his wife, and coach Tom Hardy waved.", "Tom Hardy", "wife"),
]


@pytest.mark.parametrize("text, person, fragment", [c[1:] for c in NOT_ROLES], ids=[c[0] for c in NOT_ROLES])
def test_no_role(text, person, fragment):
    roles = _roles(text, person)
    assert not [r for r in roles if fragment in r], roles


def test_the_one_asked_to_serve_gets_the_role():
    assert "chair of the committee" in _roles(
        "Peter Grant asked Laura Bell to serve as chair of the committee.", "Laura Bell"
    )


def test_plain_job_word_before_a_list_goes_to_the_first_only():
    text = "The winners were singer Ella Brown and Simon Hart."
    assert _roles(text, "Ella Brown") == ["singer"]
    assert _roles(text, "Simon Hart") == []
