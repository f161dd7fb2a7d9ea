"""A candidate becomes a question of its shape: options chosen, a false statement picked, pairs set.

One maker per shape, found through MAKERS, so a new question family is one generator and
one entry here. Every maker validates through the models; a candidate that cannot make a
valid question (too few distinct options, no fair set of statements) gives None and is
counted as rejected.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from pydantic import ValidationError

from .generators import Candidate, Variant
from .generators.distractors import choose
from .generators.swaps import combined
from .models import (
    FALSE,
    TRUE,
    Analysis,
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    TrueFalseQuestion,
    normalize,
)
from .rules import lexicon

OPTIONS = 4


def make_question(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question | None:
    try:
        return MAKERS[candidate.shape](candidate, analysis, rng)
    except ValidationError:
        return None


def _choice(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question:
    distractors = choose(candidate, analysis, rng, OPTIONS - 1)
    return MultipleChoiceQuestion(
        id=candidate.question_id(),
        kind=candidate.kind,
        prompt=candidate.prompt,
        answer=candidate.answer,
        choices=(candidate.answer, *distractors),
        source_sentence=candidate.source.text,
        paragraph=candidate.paragraph,
    )


def _cloze(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question:
    return ClozeQuestion(
        id=candidate.question_id(),
        kind=candidate.kind,
        prompt=candidate.prompt,
        answer=candidate.answer,
        source_sentence=candidate.source.text,
        paragraph=candidate.paragraph,
        hint=candidate.hint,
    )


def _true_false(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question:
    """Built false (the harder version to get right, so the one the checks see); `as_true` turns it
    back into the article's own statement when the quiz needs a true one. A statement with no fact
    to swap is only ever true."""
    if not candidate.variants:
        return TrueFalseQuestion(
            id=candidate.question_id(),
            kind=candidate.kind,
            prompt=candidate.answer,
            answer=TRUE,
            source_sentence=candidate.source.text,
            paragraph=candidate.paragraph,
        )
    variant = _spread(candidate.variants, rng, 1)[0]
    return TrueFalseQuestion(
        id=candidate.question_id(),
        kind=candidate.kind,
        prompt=variant.statement,
        answer=FALSE,
        correction=candidate.answer,
        source_sentence=candidate.source.text,
        paragraph=candidate.paragraph,
    )


def as_true(question: TrueFalseQuestion, candidate: Candidate) -> TrueFalseQuestion:
    return question.model_copy(update={"prompt": candidate.answer, "answer": TRUE, "correction": None})


def _statement(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question | None:
    """Two facts of the statement, each kept or swapped: the four combinations are the options.

    Three options that each change a different fact would leave the article's statement as the
    one that agrees with the majority on every fact, findable without reading; with every fact
    right in exactly two options, only a reader knows which pair is the article's."""
    for first in _spread(candidate.variants, rng, len(candidate.variants)):
        # The second fact's new value must differ from the first's ("by 2001 ... by 2001"), and
        # the two facts must stand apart ("director Priya Shah" is one fact).
        apart = tuple(
            v
            for v in candidate.variants
            if v.original != first.original
            and normalize(v.replacement) not in (normalize(first.replacement), normalize(first.original))
            and normalize(first.replacement) != normalize(v.original)
            and combined(candidate.answer, first, v)
        )
        if apart:
            break
    else:
        return None
    second = _spread(apart, rng, 1)[0]
    both = combined(candidate.answer, first, second)
    assert both is not None  # `apart` holds only variants that combine with `first`
    choices = (candidate.answer, first.statement, second.statement, both)
    return MultipleChoiceQuestion(
        id=candidate.question_id(),
        kind=candidate.kind,
        prompt=candidate.prompt,
        answer=candidate.answer,
        choices=choices,
        source_sentence=candidate.source.text,
        paragraph=candidate.paragraph,
    )


def restated(candidate: Candidate, question: Question) -> Candidate | None:
    """A question with too few options asked as true or false instead: its statement with the
    answer is true, and with one of the options it did find (each of the article's own people,
    chosen by the same rules as any option), false. It keeps its kind: a true/false quote question
    is still about who said what."""
    if candidate.stated is None or not isinstance(question, MultipleChoiceQuestion):
        return None
    before, after = candidate.stated
    # Not someone the sentence speaks of: "Rinus Michels said: “He was one of the best coaches we
    # had”" of the coach the quotation praises is false at a glance.
    # Nor someone known to all beside an ordinary person: "Donald Trump said: “Saying I'm sorry I got
    # caught is not an inspiring plea …”" of a judge's words is false at a glance (24th review).
    famous = lexicon.famous()
    others = [
        choice
        for choice in question.choices
        if choice != question.answer
        and choice.split()[-1] not in candidate.source.text
        and (choice not in famous or candidate.answer in famous)
    ]
    if not others:
        return None
    variants = tuple(
        Variant(before + other + after, candidate.answer_type, candidate.answer, other) for other in others
    )
    statement = before + candidate.answer + after
    return replace(
        candidate,
        prompt=statement,
        answer=statement,
        shape="true_false",
        answer_type="statement",
        key=f"tf|{candidate.key}",
        variants=variants,
        preferred=(),
        stated=None,
        weight=candidate.weight - 0.1,
    )


def _spread(variants: tuple[Variant, ...], rng: random.Random, wanted: int) -> list[Variant]:
    """`wanted` variants with distinct statements, each from a different fact while facts last:
    three statements that differ in the same name test one fact, not the sentence."""
    by_fact: dict[str, list[Variant]] = {}
    for variant in variants:
        by_fact.setdefault(variant.original, []).append(variant)
    facts = list(by_fact)
    rng.shuffle(facts)
    chosen: list[Variant] = []
    while len(chosen) < wanted and any(by_fact.values()):
        for fact in facts:
            if by_fact[fact] and len(chosen) < wanted:
                variant = by_fact[fact].pop(0)
                if variant.statement not in {c.statement for c in chosen}:
                    chosen.append(variant)
    return chosen


def _matching(candidate: Candidate, analysis: Analysis, rng: random.Random) -> Question:
    return MatchingQuestion(
        id=candidate.question_id(),
        kind=candidate.kind,
        prompt=candidate.prompt,
        pairs=candidate.pairs,
        paragraph=candidate.paragraph,
    )


MAKERS: dict[str, Callable[[Candidate, Analysis, random.Random], Question | None]] = {
    "choice": _choice,
    "cloze": _cloze,
    "true_false": _true_false,
    "statement": _statement,
    "matching": _matching,
}
