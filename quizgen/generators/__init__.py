"""Question generators: each turns an Analysis into candidates of one family.

A candidate is a question before its distractors are chosen: what is asked, the keyed
answer, the sentence it comes from, and what kind of thing the answer is (so distractors
can be of the same kind). Generators are registered in GENERATORS and run in that order.
"""

from __future__ import annotations

from ..models import Analysis
from .candidate import Candidate, Generator, Variant

__all__ = ["Candidate", "Generator", "Variant", "generate_all", "registered"]


def registered() -> tuple[Generator, ...]:
    from . import conversions, facts, matching, people, quoted_facts, quotes, statements, terms, wh, when

    return (
        quotes.generate,
        people.generate,
        wh.generate,
        facts.generate,
        quoted_facts.generate,
        conversions.generate,
        terms.generate,
        when.generate,
        statements.generate,
        matching.generate,
    )


def generate_all(analysis: Analysis) -> list[Candidate]:
    return [c for generator in registered() for c in generator(analysis)]
