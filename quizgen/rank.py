"""Ranking: score the accepted questions, drop near-duplicates, balance kinds, pick N.

A quiz should cover the article's main people, quotes and facts rather than one paragraph,
so the choice goes round the families of questions in turn, at most one question per
sentence and at most two about the same person or fact.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .generators import Candidate
from .generators.text import mentions_any
from .models import BLANK_RE, ClozeQuestion, MultipleChoiceQuestion, Question, QuestionKind, normalize

FAMILIES = {
    QuestionKind.QUOTE: "quote",
    QuestionKind.ROLE_HOLDER: "role",
    QuestionKind.PERSON_ROLE: "role",
    QuestionKind.AFFILIATION: "role",
    QuestionKind.SUBJECT: "fact",
    QuestionKind.PLACE: "fact",
    QuestionKind.DATE: "fact",
    QuestionKind.NUMBER: "fact",
    QuestionKind.ORGANIZATION: "fact",
    QuestionKind.CLOZE: "cloze",
}
FAMILY_ORDER = ("quote", "fact", "role", "cloze")
MAX_PER_TOPIC = 2
NEAR_DUPLICATE = 82  # rapidfuzz token_set_ratio above which two stems ask the same thing


def family_of(candidate: Candidate) -> str:
    """A completion ("which place completes this sentence") is a cloze with options: it takes the
    cloze family's turn, so natural questions are not crowded out by sentences with holes."""
    return "cloze" if candidate.completion else FAMILIES[candidate.kind]


def default_count(word_count: int) -> int:
    """About four questions per 250 words, between 4 and 20."""
    return max(4, min(20, round(word_count / 250 * 4)))


def score(question: Question, candidate: Candidate, sentence_count: int) -> float:
    position = candidate.source.index / max(sentence_count, 1)
    early = 0.15 * (1 - position)  # the top of a news story holds its main facts
    return candidate.weight + early


def select(scored: list[tuple[float, Question, Candidate]], count: int,
           max_holes: int | None = None) -> list[tuple[Question, Candidate]]:
    """Round-robin over the families, best first; when the article has too few distinct topics
    for `count`, allow more questions per topic rather than stop short. `max_holes` caps the
    sentences with a blank (cloze and completions), so a default quiz stays mostly questions."""
    ranked = sorted(scored, key=lambda x: (-x[0], x[1].id))
    chosen: list[tuple[Question, Candidate]] = []
    for per_topic, one_per_sentence in ((MAX_PER_TOPIC, True), (MAX_PER_TOPIC + 2, True), (count, False)):
        _fill(ranked, count, per_topic, one_per_sentence, chosen, max_holes)
        if len(chosen) >= count:
            break
    return chosen


def _fill(ranked, count: int, per_topic: int, one_per_sentence: bool, chosen: list[tuple[Question, Candidate]],
          max_holes: int | None) -> None:
    by_family: dict[str, list[tuple[float, Question, Candidate]]] = defaultdict(list)
    taken = {q.id for q, _ in chosen}
    for item in ranked:
        if item[1].id not in taken:
            by_family[family_of(item[2])].append(item)
    used_sentences = {c.source.index for _, c in chosen if c.kind is not QuestionKind.QUOTE and one_per_sentence}
    topics: Counter[str] = Counter(c.about for _, c in chosen)
    while len(chosen) < count and any(by_family.values()):
        for family in FAMILY_ORDER:
            queue = by_family.get(family, [])
            if family == "cloze" and max_holes is not None and sum(family_of(c) == "cloze" for _, c in chosen) >= max_holes:
                queue.clear()
            while queue:
                _, question, candidate = queue.pop(0)
                if _fits(question, candidate, chosen, used_sentences, topics, per_topic):
                    chosen.append((question, candidate))
                    if one_per_sentence:
                        used_sentences.add(candidate.source.index)
                    topics[candidate.about] += 1
                    break
            if len(chosen) == count:
                break


def _fits(question: Question, candidate: Candidate, chosen, used_sentences: set[int], topics: Counter,
          per_topic: int) -> bool:
    if candidate.source.index in used_sentences and candidate.kind is not QuestionKind.QUOTE:
        return False
    if topics[candidate.about] >= per_topic:
        return False
    holes = family_of(candidate) == "cloze"
    for other, other_candidate in chosen:
        if FAMILIES[other_candidate.kind] == FAMILIES[candidate.kind] == "role" and other_candidate.about == candidate.about:
            return False  # "How does the article describe X?" and "Who is the ROLE?" give each other away
        same_answer = normalize(other.answer) == normalize(question.answer)
        if same_answer and (other_candidate.kind == candidate.kind or holes or family_of(other_candidate) == "cloze"):
            return False  # one blank per answer: the word bank would give the second away
        if fuzz.token_set_ratio(other.prompt, question.prompt) > NEAR_DUPLICATE:
            return False
        # A blank's answer shown in another stem gives it away (options show names anyway).
        if holes and mentions_any(BLANK_RE.sub(" ", other.prompt), candidate.forms) or \
                family_of(other_candidate) == "cloze" and mentions_any(BLANK_RE.sub(" ", question.prompt), other_candidate.forms):
            return False
    return True


def balance_positions(questions: list[Question], rng: random.Random) -> list[Question]:
    """Put the correct option in each position about equally often, in a seeded order."""
    out: list[Question] = []
    slots: list[int] = []
    for question in questions:
        if not isinstance(question, MultipleChoiceQuestion):
            out.append(question)
            continue
        n = len(question.choices)
        if not slots:
            slots = list(range(4))
            rng.shuffle(slots)
        position = slots.pop() % n
        others = [c for c in question.choices if c != question.answer]
        rng.shuffle(others)
        others.insert(position, question.answer)
        out.append(question.model_copy(update={"choices": tuple(others)}))
    return out


def in_reading_order(items: list[tuple[Question, Candidate]]) -> list[Question]:
    """Multiple choice first, then cloze; each in the order of the article."""
    def key(item):
        question, candidate = item
        return (isinstance(question, ClozeQuestion), candidate.source.index, question.id)

    return [q for q, _ in sorted(items, key=key)]
