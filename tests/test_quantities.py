"""Golden table for find_numbers: each case is a sentence and the (text, value, unit) it must give."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis.quantities import NUMBER_RULES, counted_noun, find_numbers, is_ordinal

CASES = [
    # digits, separators, decimals
    pytest.param(
        "The shutdown left 800,000 employees unpaid.", [("800,000", 800000, "employees")], id="thousands-separator"
    ),
    pytest.param("The index rose 3.5 points.", [("3.5", 3.5, "points")], id="decimal"),
    pytest.param(
        "The delegation includes 13 Liberal MPs, many of them new.",
        [("13", 13, "Liberal MPs")],
        id="unit-with-adjective",
    ),
    pytest.param(
        "The assembly is made up of 25 members elected by lot.", [("25", 25, "members")], id="unit-before-participle"
    ),
    pytest.param("Officials said ten people died.", [("ten", 10, "people")], id="word-irregular-plural"),
    # percentages
    pytest.param("About 52% voted to leave.", [("52%", 52, "%")], id="percent-sign"),
    pytest.param("Prices rose 5 per cent in May.", [("5 per cent", 5, "%")], id="per-cent"),
    pytest.param("Tariffs fall on 90 percent of goods.", [("90 percent", 90, "%")], id="percent-word"),
    pytest.param("Only 16–17 percent of trade is regional.", [("16–17 percent", None, "%")], id="percent-range"),
    # money
    pytest.param("The fund raised $1 million.", [("$1 million", 1e6, "$")], id="dollars-million"),
    pytest.param("Savings of £5bn were found.", [("£5bn", 5e9, "£")], id="pounds-bn"),
    pytest.param("The deal is worth €2.3bn.", [("€2.3bn", 2.3e9, "€")], id="euros-decimal-bn"),
    pytest.param("Tickets cost $40 each.", [("$40", 40, "$")], id="dollars"),
    pytest.param(
        "Economies worth US$3.4 trillion joined.", [("US$3.4 trillion", 3.4e12, "US$")], id="us-dollars-trillion"
    ),
    # scaled and spelled-out numbers
    pytest.param("The region has two million refugees.", [("two million", 2e6, "refugees")], id="two-million"),
    pytest.param("It has 1.2 billion people.", [("1.2 billion", 1.2e9, "people")], id="decimal-billion"),
    pytest.param(
        "There were over three-and-a-half million at the peak.",
        [("three-and-a-half million", 3.5e6, None)],
        id="and-a-half-million",
    ),
    pytest.param(
        "A crowd of a hundred thousand gathered.", [("a hundred thousand", 1e5, None)], id="a-hundred-thousand"
    ),
    pytest.param("The firm has 113.5m ounces of gold.", [("113.5m", 113.5e6, "ounces")], id="abbreviated-million"),
    pytest.param("The ship held ninety-nine crew.", [("ninety-nine", 99, "crew")], id="hyphenated-word-number"),
    pytest.param(
        "The author wrote two hundred and fifty poems.", [("two hundred and fifty", 250, "poems")], id="hundred-and"
    ),
    pytest.param("Crowds of half a million came.", [("half a million", 5e5, None)], id="half-a-million"),
    pytest.param("Winds hit 120mph and shares fell 3p.", [("120mph", 120, "mph"), ("3p", 3, "p")], id="attached-units"),
    # fractions, multipliers, ordinals, scores
    pytest.param("Oil rose by a third since January.", [("a third", 1 / 3, None)], id="a-third-fraction"),
    pytest.param("He wants a third term.", [("third", 3, None)], id="a-third-ordinal"),
    pytest.param(
        "The tusk was one and two thirds metres long.", [("one and two thirds", 5 / 3, "metres")], id="mixed-fraction"
    ),
    pytest.param(
        "The talks took two and a half years.", [("two and a half", 2.5, "years")], id="and-a-half-count-in-duration"
    ),
    pytest.param("About a quarter of the staff left.", [("a quarter", 0.25, None)], id="a-quarter"),
    pytest.param("Two thirds of patients recovered.", [("Two thirds", 2 / 3, "patients")], id="two-thirds"),
    pytest.param("Profits were almost double the figure in 2000.", [("double", 2, None)], id="double"),
    pytest.param("Downloads rose tenfold.", [("tenfold", 10, None)], id="tenfold"),
    pytest.param("She became the first woman to lead the party.", [("first", 1, None)], id="ordinal-word"),
    pytest.param("The 116th Congress was sworn in.", [("116th", 116, None)], id="ordinal-digits"),
    pytest.param("He is the third-highest ranking official.", [("third", 3, None)], id="ordinal-superlative"),
    pytest.param("United won 2-0 at home.", [("2-0", None, None)], id="score"),
    pytest.param("He was in stage IV of the illness.", [("IV", 4, None)], id="roman-stage"),
    # vague quantities keep value None
    pytest.param("Thousands of people marched.", [("Thousands", None, "people")], id="thousands"),
    pytest.param("Dozens of bills were passed.", [("Dozens", None, "bills")], id="dozens"),
    pytest.param("The virus infected tens of thousands.", [("tens of thousands", None, None)], id="tens-of-thousands"),
    pytest.param("They want to play a couple more events.", [("a couple", None, None)], id="a-couple"),
    # counts inside time expressions stay; calendar numbers go
    pytest.param("The club won the cup two years ago.", [("two", 2, "years")], id="count-in-relative-date"),
    pytest.param(
        "The band played for 45 minutes on 12 March 2005.", [("45", 45, "minutes")], id="duration-count-not-day-or-year"
    ),
    pytest.param("The suspect is a 21-year-old man.", [("21", 21, "year-old")], id="age-compound"),
    pytest.param("One of these groups left.", [("One", 1, None)], id="one-of"),
    # must not
    pytest.param("The G7 discussed Covid-19 and the K2-18b planet.", [], id="not-names-with-digits"),
    pytest.param("A Boeing 747 landed under Article 50 rules.", [], id="not-number-after-name"),
    pytest.param("The Six Nations is a rugby event.", [], id="not-capitalised-number-word-in-name"),
    pytest.param("No one came, and the one who did left; they love one another.", [], id="not-pronoun-one"),
    pytest.param("The film Fahrenheit 9/11 opened 24/7.", [], id="not-slashed"),
    pytest.param("It was first detected in 2019, at first quietly.", [], id="not-adverb-first-or-year"),
    pytest.param("1. Prices went up.", [], id="not-list-marker"),
    pytest.param("The pair met at 11 Downing Street.", [], id="not-house-number"),
    pytest.param("Sales fell; Xbox 360 sales rose in the 2004-05 season.", [], id="not-name-or-season"),
    pytest.param("Some people and several others came.", [], id="not-vague-determiners"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_numbers(sentence: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    mentions = find_numbers(sentence, 5)
    assert [m.text for m in mentions] == [text for text, _, _ in expected]
    for mention, (_, value, unit) in zip(mentions, expected, strict=True):
        assert mention.value == (pytest.approx(value) if value is not None else None), mention.text
        assert mention.unit == unit, mention.text
        assert sentence[mention.start : mention.end] == mention.text
        assert mention.sentence == 5


@pytest.mark.parametrize("rule", NUMBER_RULES, ids=[r.name for r in NUMBER_RULES])
def test_every_rule_matches_its_examples_and_not_its_counter_examples(rule) -> None:
    for example in rule.examples:
        assert rule.search(example), example
        assert find_numbers(example, 0), example
    for counter in rule.counter_examples:
        assert not rule.search(counter), counter


@pytest.mark.parametrize(
    ("after", "singular", "unit"),
    [
        (" Liberal MPs, many", False, "Liberal MPs"),
        (" jobs had gone", False, "jobs"),
        (" were being moved", False, None),
        (" of Khan's victims died", False, "Khan's victims"),
        (" man sprayed", True, "man"),
        (" Department of Health posts", False, None),
        ("-foot tusk", False, "foot"),
    ],
)
def test_counted_noun(after: str, singular: bool, unit: str | None) -> None:
    assert counted_noun(after, singular) == unit


@pytest.mark.parametrize(
    ("text", "ordinal"), [("first", True), ("twenty-first", True), ("18th", True), ("18", False), ("one", False)]
)
def test_is_ordinal(text: str, ordinal: bool) -> None:
    assert is_ordinal(text) is ordinal


WORDS = st.sampled_from(
    [
        "one",
        "two",
        "million",
        "and",
        "a",
        "half",
        "$",
        "£5bn",
        "12",
        "800,000",
        "%",
        "per",
        "cent",
        "G7",
        "Covid-19",
        "no",
        "of",
        "the",
        "third",
        "-",
        "thousands",
        "2004",
        "years",
        "ago",
        "people",
        "first",
        "IV",
        "stage",
        "fold",
        "ten",
        "’s",
    ]
)


@given(st.lists(WORDS, max_size=12).map(" ".join) | st.text(max_size=60))
def test_any_text_gives_exact_non_overlapping_spans(sentence: str) -> None:
    mentions = find_numbers(sentence, 0)
    assert all(sentence[m.start : m.end] == m.text and m.text.strip() for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
