"""Language rules as data: each rule is a named, compiled pattern with examples it must match.

`tests/test_rules.py` checks every rule against its own examples, so a rule cannot silently
stop matching what it was written for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = field(default=())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def rule(
    name: str, pattern: str, examples: tuple[str, ...], counter_examples: tuple[str, ...] = (), flags: int = 0
) -> Rule:
    return Rule(name, re.compile(pattern, flags), examples, counter_examples)


DIGIT_CHARACTERS = tuple("0123456789")


def starting_with(*word_lists: Iterable[str]) -> str:
    """A lookahead for a digit or the first letter of one of the words (the rules ignore case): put
    before an alternation of counts and words, it spares the engine trying each alternative at
    every word of the sentence, and finds the same matches."""
    return "(?=[\\d" + "".join(sorted({word[0].lower() for words in word_lists for word in words})) + "])"


def rules_that_may_match(rules: tuple[Rule, ...], needs: Mapping[str, tuple[str, ...]], text: str) -> tuple[Rule, ...]:
    """The rules worth running over `text`: a rule listed in `needs` cannot match a text without one
    of its words (lower case, as substrings), so it is skipped when none is there.

    Most sentences hold no month, unit or number word, and a cheap look for a few words spares
    running a long case-insensitive alternation at every position. Only for ASCII text: there
    lower() is exactly the case folding of IGNORECASE (which also matches 'ſ' to 's' and 'K' to 'k').
    """
    if not text.isascii():
        return rules
    words, wanted = _needed_words(rules, needs)
    lowered = text.lower()
    present = {word for word in words if word in lowered}  # each word looked for once, whichever rules share it
    return tuple(r for r, its_words in wanted if its_words is None or not its_words.isdisjoint(present))


_NEEDED: dict[
    tuple[int, int],
    tuple[
        tuple[Rule, ...], Mapping[str, tuple[str, ...]], tuple[str, ...], tuple[tuple[Rule, frozenset[str] | None], ...]
    ],
] = {}


def _needed_words(
    rules: tuple[Rule, ...], needs: Mapping[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[tuple[Rule, frozenset[str] | None], ...]]:
    """All the words of `needs`, and each rule with its own (None: always run); made once per rule set."""
    found = _NEEDED.get((id(rules), id(needs)))
    if found is None or found[0] is not rules or found[1] is not needs:
        words = tuple(sorted({word for its_words in needs.values() for word in its_words}))
        wanted = tuple((r, frozenset(needs[r.name]) if r.name in needs else None) for r in rules)
        found = _NEEDED[(id(rules), id(needs))] = (rules, needs, words, wanted)
    return found[2], found[3]
