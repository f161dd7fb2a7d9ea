"""Every rule matches the examples it was written for, and none of its counter-examples."""

from __future__ import annotations

import pytest

from quizgen.rules.furniture import FURNITURE_RULES

RULES = FURNITURE_RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_matches_its_examples(rule):
    for example in rule.examples:
        assert rule.search(example), f"{rule.name} should match {example!r}"
    for counter in rule.counter_examples:
        assert not rule.search(counter), f"{rule.name} should not match {counter!r}"
