"""Ranking: score the accepted questions, drop near-duplicates, balance kinds, pick N.

A quiz should cover the article's main people, quotes and facts rather than one paragraph,
so the choice goes round the families of questions in turn, at most one question per
sentence and at most two about the same person or fact.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .generators import Candidate
from .generators.text import MentionIndex
from .models import (
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    QuestionKind,
    TrueFalseQuestion,
    normalize,
)
from .rank_texts import figure_spellings, near_duplicate, shows_answer, unblanked, without_template

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
    QuestionKind.STATEMENT: "statement",
    QuestionKind.MATCH_ROLE: "match",
    QuestionKind.MATCH_QUOTE: "match",
}
# Matching first: it asks about four to six people at once, where quote and role questions ask one each.
FAMILY_ORDER = ("match", "quote", "statement", "fact", "role", "completion", "cloze")
HOLES = ("completion", "cloze")  # sentences with a blank: with options, or to fill in
PER_250_WORDS = 5  # with the share a teacher accepts (85%), about four usable questions per 250 words
# A long feature keeps about the same density up to a worksheet of 40 (2,000 words); --count asks for more.
MIN_COUNT, MAX_COUNT = 4, 40
MAX_PER_TOPIC = 2
TYPE_SHARE = 0.6  # of a default quiz, at most this share of one type (multiple choice, true/false, ...)


def family_of(candidate: Candidate) -> str:
    """A completion ("which place completes this sentence") is a sentence with a hole and options:
    a family of its own, capped with the cloze, so natural questions are not crowded out."""
    return "completion" if candidate.completion else FAMILIES[candidate.kind]


def default_count(word_count: int) -> int:
    """About five questions per 250 words, between 4 and 40."""
    return max(MIN_COUNT, min(MAX_COUNT, round(word_count / 250 * PER_250_WORDS)))


def hole_cap(count: int) -> int:
    """Sentences with a blank (cloze and completions) in a default quiz: at most half."""
    return max(2, count // 2)


def shown_text(question: Question, candidate: Candidate) -> str:
    """Everything a question shows a student that could give another question away. A true/false
    statement may be shown true or false (balance_truth decides later): both versions count."""
    if isinstance(question, TrueFalseQuestion):
        return f"{question.prompt} {candidate.answer}"
    if isinstance(question, MatchingQuestion):
        return " ".join(f"{p.left} {p.right}" for p in question.pairs)
    if isinstance(question, MultipleChoiceQuestion) and question.kind is QuestionKind.STATEMENT:
        return " ".join(question.choices)
    return unblanked(question.prompt)


def _stem(question: Question, candidate: Candidate) -> str:
    """What two questions compare to see whether they ask the same thing: a statement's own words,
    or the words of a question that are not its template's."""
    if candidate.shape in ("true_false", "statement"):
        return candidate.answer
    return without_template(question.prompt)


def score(question: Question, candidate: Candidate, sentence_count: int) -> float:
    position = candidate.source.index / max(sentence_count, 1)
    early = 0.15 * (1 - position)  # the top of a news story holds its main facts
    return candidate.weight + early


def select(
    scored: list[tuple[float, Question, Candidate]],
    count: int,
    max_holes: int | None = None,
    max_share: float | None = None,
) -> list[tuple[Question, Candidate]]:
    """Round-robin over the families, best first; when the article has too few distinct topics
    for `count`, allow more questions per topic rather than stop short. `max_holes` caps the
    sentences with a blank (cloze and completions), so a default quiz stays mostly questions;
    `max_share` caps every family's share of `count`, so no kind fills half a quiz, and then
    TYPE_SHARE caps each type of question (true/false, multiple choice, ...)."""
    chosen = _trade_up(scored, count, max_holes, max_share, _select(scored, count, max_holes, max_share))
    if len(chosen) < count and any(c.shape == "matching" for _, c in chosen):
        # A matching question shows four to six people with their roles or words, so it rules
        # out every role question and every blank of those names: on an article short of
        # questions, the quiz without it is kept when it holds more.
        rest = [item for item in scored if item[2].shape != "matching"]
        without = _trade_up(rest, count, max_holes, max_share, _select(rest, count, max_holes, max_share))
        if len(without) > len(chosen):
            return without
    return chosen


def _trade_up(
    scored: list[tuple[float, Question, Candidate]],
    count: int,
    max_holes: int | None,
    max_share: float | None,
    chosen: list[tuple[Question, Candidate]],
) -> list[tuple[Question, Candidate]]:
    """The round-robin takes the best question first, and one question can rule out two: a blank
    of "Brett McGurk" beside his role question and his quotation, or a sentence's statement where
    its date and its figure would each have fitted elsewhere. While the quiz is short, each chosen
    question (the weakest first) is given back in turn and the quiz filled again without it; the
    first refill that holds more is kept. Every rule holds as before: only the choice changes."""
    while len(chosen) < count:
        blockers = _blockers(scored, chosen, count)
        for given_back in sorted(chosen, key=lambda item: (_score_of(scored, item[0]), item[0].id)):
            # A refill holds more only if two questions or more could join once it is given back.
            if sum(found <= {given_back[0].id} for found in blockers) < 2:
                continue
            others = [item for item in chosen if item is not given_back]
            pool = [item for item in scored if item[1].id != given_back[0].id]
            refilled = _select(pool, count, max_holes, max_share, start=others)
            if len(refilled) > len(chosen):
                chosen = refilled
                break
        else:
            return chosen
    return chosen


def _blockers(
    scored: list[tuple[float, Question, Candidate]], chosen: list[tuple[Question, Candidate]], count: int
) -> list[set[str]]:
    """For each question not chosen, the chosen ones it conflicts with, pair by pair. The balance of
    true and false is left out (one more statement that can be false may make room), so a question
    none of the chosen blocks may still be refused later, never the other way round."""
    taken = {question.id for question, _ in chosen}
    return [
        {
            other.id
            for other, other_candidate in chosen
            if conflict(question, candidate, [(other, other_candidate)], set(), Counter(), count)
            not in (None, "true-only-balance")
        }
        for _, question, candidate in scored
        if question.id not in taken
    ]


def _score_of(scored: list[tuple[float, Question, Candidate]], question: Question) -> float:
    return next(value for value, q, _ in scored if q.id == question.id)


def _select(
    scored: list[tuple[float, Question, Candidate]],
    count: int,
    max_holes: int | None,
    max_share: float | None,
    start: list[tuple[Question, Candidate]] | None = None,
) -> list[tuple[Question, Candidate]]:
    ranked = sorted(_spare_shown_answers(scored), key=lambda x: (-x[0], x[1].id))
    # Statements that can only be true fill what is left: one shows a whole sentence, so taken
    # early it would rule out the blanks and dates of that sentence.
    firsts = [item for item in ranked if not _true_only(item[2])]
    chosen: list[tuple[Question, Candidate]] = list(start or ())
    per_family = None if max_share is None else max(1, int(count * max_share))
    per_type = None if max_share is None else max(1, round(count * TYPE_SHARE))
    for per_topic, one_per_sentence in ((MAX_PER_TOPIC, True), (MAX_PER_TOPIC + 2, True), (count, False)):
        for pool in (firsts, ranked):
            _fill(pool, count, per_topic, one_per_sentence, chosen, max_holes, per_family, per_type)
            if len(chosen) >= count:
                return chosen
    return chosen


EXACT = ("number", "date")  # answers no other question may show
BLOCKING = 0.05  # score lost by a blank for each other question that shows its answer


def _spare_shown_answers(scored: list[tuple[float, Question, Candidate]]) -> list[tuple[float, Question, Candidate]]:
    """A blank whose answer other questions show rules all of them out once chosen ("Russia" in
    a completion, and in three questions that name Russia): such a blank ranks lower, by how many
    questions it would rule out, so the quiz keeps more questions."""
    texts = [shown_text(question, candidate) for _, question, candidate in scored if family_of(candidate) not in HOLES]
    shown = MentionIndex(texts)
    out = []
    for value, question, candidate in scored:
        if family_of(candidate) in HOLES:
            value -= BLOCKING * sum(_gives_away(texts[i], candidate) for i in shown.mentioning(candidate.forms))
        out.append((value, question, candidate))
    return out


def _fill(
    ranked: list[tuple[float, Question, Candidate]],
    count: int,
    per_topic: int,
    one_per_sentence: bool,
    chosen: list[tuple[Question, Candidate]],
    max_holes: int | None,
    per_family: int | None,
    per_type: int | None,
) -> None:
    by_family: dict[str, list[tuple[float, Question, Candidate]]] = defaultdict(list)
    taken = {q.id for q, _ in chosen}
    for item in ranked:
        if item[1].id not in taken:
            by_family[family_of(item[2])].append(item)
    used_sentences = {c.source.index for _, c in chosen if _owns_sentence(c) and one_per_sentence}
    topics: Counter[str] = Counter(c.about for _, c in chosen)
    # What `chosen` holds of each family and type, kept up to date as it grows rather than counted
    # again for each family and each question tried.
    families: Counter[str] = Counter(family_of(c) for _, c in chosen)
    types: Counter[type] = Counter(type(q) for q, _ in chosen)
    while len(chosen) < count and any(by_family.values()):
        for family in FAMILY_ORDER:
            queue = by_family.get(family, [])
            taken_here = families[family]
            holes = sum(families[hole] for hole in HOLES)
            if (
                family in HOLES
                and max_holes is not None
                and holes >= max_holes
                or per_family is not None
                and taken_here >= per_family
            ):
                queue.clear()
            while queue:
                _, question, candidate = queue.pop(0)
                if per_type is not None and types[type(question)] >= per_type:
                    continue  # a quiz of several kinds: no one type of question (true/false, say) fills most of it
                if conflict(question, candidate, chosen, used_sentences, topics, per_topic) is None:
                    chosen.append((question, candidate))
                    families[family_of(candidate)] += 1
                    types[type(question)] += 1
                    if one_per_sentence:
                        used_sentences.add(candidate.source.index)
                    topics[candidate.about] += 1
                    break
            if len(chosen) == count:
                break


def _true_only(candidate: Candidate) -> bool:
    return candidate.shape == "true_false" and not candidate.variants


def _room_for_true_only(chosen: list[tuple[Question, Candidate]]) -> bool:
    """One more statement that can only be true keeps at most two in three of the quiz's
    statements true (balance_truth makes the others false): a student who answers True
    throughout still loses a third. A quiz of one statement may hold a true one."""
    can_be_false = sum(c.shape == "true_false" and bool(c.variants) for _, c in chosen)
    return sum(_true_only(c) for _, c in chosen) + 1 <= max(1, 2 * can_be_false)


def _owns_sentence(candidate: Candidate) -> bool:
    """Quotes may share a sentence (two quotations in one); a matching question spans several."""
    return candidate.kind is not QuestionKind.QUOTE and candidate.shape != "matching"


def conflict(
    question: Question,
    candidate: Candidate,
    chosen: list[tuple[Question, Candidate]],
    used_sentences: set[int],
    topics: Counter[str],
    per_topic: int,
) -> str | None:
    """Why `question` cannot join `chosen` (a short name of the rule), or None when it can."""
    if candidate.source.index in used_sentences and _owns_sentence(candidate):
        return "sentence-taken"
    if topics[candidate.about] >= per_topic:
        return "topic-cap"
    if _true_only(candidate) and not _room_for_true_only(chosen):
        return "true-only-balance"  # statements that can only be true need ones beside them that can be false
    # What depends on `question` alone is worked out once, not for each chosen question: conflict
    # runs for every pair of a question tried and one already chosen, again at every refill.
    role = FAMILIES[candidate.kind] == "role"
    stem = _stem(question, candidate)
    exposed = _exposed(candidate)
    shown: str | None = None  # what `question` shows, needed only beside a question it could give away
    for other, other_candidate in chosen:
        if role and FAMILIES[other_candidate.kind] == "role":
            # "How does the article describe X?" and "Who is the ROLE?" give each other away
            if other_candidate.about == candidate.about:
                return "role-same-person"
            # "Who is the Labour MP?" offering the key of "Who is the PM?": matched by elimination
            if _crossed(question, other):
                return "role-crossed"
        if _same_answer_given_away(candidate, other_candidate):
            return "same-answer"
        if near_duplicate(_stem(other, other_candidate), stem):
            return "near-duplicate"
        if _shows_sentence_of(other_candidate, candidate) or _shows_sentence_of(candidate, other_candidate):
            return "sentence-shown"  # "X, executive director of Y, said …" beside "The article describes X as …"
        if candidate.reveals & other_candidate.reveals:
            return "reveals-same"  # "Who said ...?" beside a matching question pairing the same quote with its speaker
        # A blank's answer shown in another stem with words of the blank's sentence gives it away
        # (options show names anyway), and so does a figure or date another question shows,
        # whatever the family.
        if exposed and _shows_answer_of(shown_text(other, other_candidate), candidate):
            return "answer-shown-elsewhere"
        if _exposed(other_candidate):
            if shown is None:
                shown = shown_text(question, candidate)
            if _shows_answer_of(shown, other_candidate):
                return "shows-another-answer"
    return None


def _shows_sentence_of(one: Candidate, other: Candidate) -> bool:
    """A statement to judge shows its sentence whole: no other question of that sentence beside
    it, even once the quiz allows two per sentence (two quotations of one sentence still may)."""
    return (
        one.source.index == other.source.index
        and one.shape in ("true_false", "statement")
        and not one.kind is other.kind is QuestionKind.QUOTE
    )


def _gives_away(shown: str, candidate: Candidate) -> bool:
    """Does a question showing `shown` give away the answer of `candidate`? A figure or a date
    shown anywhere does; a name does when it comes with a word of the blank's own sentence:
    "IMF boss _______ was asked …" beside a matching pair "Rodrigo Rato – IMF boss", or "asking
    reporter _______ if he is a German war criminal" beside "Oliver Finegold said: “I wasn't a
    German war criminal”". Beside "the screaming girls to which Simpson had become accustomed",
    "_______ took his new band Fightstar to the stage" still asks who did it: the word bank shows
    the name anyway."""
    return _exposed(candidate) and _shows_answer_of(shown, candidate)


def _exposed(candidate: Candidate) -> bool:
    """Can another question give `candidate` away at all: a figure or date, or a blank."""
    return candidate.answer_type in EXACT or family_of(candidate) in HOLES


def _shows_answer_of(shown: str, candidate: Candidate) -> bool:
    return shows_answer(shown, candidate.forms, candidate.answer_type in EXACT, candidate.source.text)


def _same_answer_given_away(candidate: Candidate, other: Candidate) -> bool:
    """One blank per answer: the word bank would give the second away; and a statement or a
    restated quote shows its person, so a second question keyed to them would be read off it.
    Two questions with options that share a key ("Who said “…”?" twice of one speaker) show it
    nowhere: a student still has to know both."""
    if normalize(figure_spellings(other.answer)[0]) != normalize(figure_spellings(candidate.answer)[0]):
        return False  # "300m" and "300 million" are one answer
    if family_of(candidate) in HOLES or family_of(other) in HOLES:
        return True
    return other.kind == candidate.kind and not (candidate.shape == other.shape == "choice")


def _crossed(one: Question, other: Question) -> bool:
    """One question's key is among the other's options."""
    if not isinstance(one, MultipleChoiceQuestion) or not isinstance(other, MultipleChoiceQuestion):
        return False
    return one.answer in other.choices or other.answer in one.choices
