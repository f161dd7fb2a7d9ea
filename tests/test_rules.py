"""Every rule matches the examples it was written for, and none of its counter-examples."""

from __future__ import annotations

import pytest

from quizgen.rules.datelines import DATELINE_RULES
from quizgen.rules.furniture import FURNITURE_RULES, INLINE_RULES, is_furniture, strip_furniture

RULES = FURNITURE_RULES + INLINE_RULES + DATELINE_RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_matches_its_examples(rule):
    assert rule.examples, f"{rule.name} has no examples"
    for example in rule.examples:
        assert rule.search(example), f"{rule.name} should match {example!r}"
    for counter in rule.counter_examples:
        assert not rule.search(counter), f"{rule.name} should not match {counter!r}"


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", FURNITURE_RULES, ids=lambda r: r.name)
def test_no_furniture_rule_drops_another_rules_counter_example(rule):
    # A counter-example is a real sentence: no rule at all may call it furniture.
    for counter in rule.counter_examples:
        assert not is_furniture(counter), f"{counter!r} is a sentence, not furniture"


@pytest.mark.parametrize("rule", INLINE_RULES, ids=lambda r: r.name)
def test_inline_rules_leave_counter_examples_unchanged(rule):
    for counter in rule.counter_examples:
        assert strip_furniture(counter) == counter


@pytest.mark.parametrize(
    "block, expected",
    [
        pytest.param("Leaders met in Rome. (Photo: Reuters)", "Leaders met in Rome.", id="trailing-credit"),
        pytest.param("Carney arrived [Photo: EPA] on Saturday.", "Carney arrived on Saturday.", id="credit-inside"),
        pytest.param(
            "Carney met Zelenskyy. Read more: Why the summit matters. Talks resume in June.",
            "Carney met Zelenskyy. Talks resume in June.",
            id="read-more-sentence",
        ),
        pytest.param(
            "Image caption Mr Carney arrived in Rome. He wore a blue suit.", "", id="two-sentence-caption-dropped-whole"
        ),
        pytest.param(
            "Image caption Mr Carney arrived in Rome. The talks began on Monday. They lasted two hours.",
            "The talks began on Monday. They lasted two hours.",
            id="caption-sentence-in-long-paragraph",
        ),
        pytest.param(
            "By Monday, the talks had failed. Read the statement, she said.",
            "By Monday, the talks had failed. Read the statement, she said.",
            id="sentences-kept",
        ),
        pytest.param("Advertisement", "", id="all-furniture"),
    ],
)
def test_strip_furniture(block, expected):
    assert strip_furniture(block) == expected
