"""Language rules as data: each rule is a named, compiled pattern with examples it must match.

`tests/test_rules.py` checks every rule against its own examples, so a rule cannot silently
stop matching what it was written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = field(default=())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def rule(name: str, pattern: str, examples: tuple[str, ...], counter_examples: tuple[str, ...] = (), flags: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, flags), examples, counter_examples)
