"""The worksheet's printed questions: one item type per question type, numbered and lettered.

Each builder takes the question's number on the sheet, the question and its arrangement (the
order the sheet shows: an MCQ's choices, a matching question's right-hand items; empty for
the others) and returns plain data for the template; each item gives its answer-key entry:
the answer, and the article sentence it comes from with its paragraph number.
The template lays out each item type with its own macro (worksheet.html.j2).
"""

from __future__ import annotations

from dataclasses import dataclass
from string import ascii_uppercase

from ..models import ClozeQuestion, MatchingQuestion, MultipleChoiceQuestion, Question, TrueFalseQuestion, normalize


@dataclass(frozen=True)
class Option:
    letter: str
    text: str


@dataclass(frozen=True)
class Evidence:
    """An article sentence that holds an answer, and its paragraph (None in quizzes from before paragraphs)."""

    paragraph: int | None
    sentence: str | None  # None when the entry already shows it (a false statement's correction)


@dataclass(frozen=True)
class KeyEntry:
    number: int
    letter: str | None  # an MCQ's letter, T or F; None for a cloze word or a matching question
    answer: str | None  # the answer in words; None when the letter says it all (T, F)
    correction: str | None = None  # the article's fact, for a false statement, when not its sentence
    evidence: tuple[Evidence, ...] = ()  # the sentence(s) the answer comes from: one per matching pair's


@dataclass(frozen=True)
class ChoiceItem:
    """A numbered multiple-choice question with its options lettered A, B, C..."""

    number: int
    prompt: str
    options: tuple[Option, ...]
    answer: Option
    evidence: tuple[Evidence, ...]

    def key_entry(self) -> KeyEntry:
        return KeyEntry(self.number, self.answer.letter, self.answer.text, evidence=self.evidence)


@dataclass(frozen=True)
class ClozeItem:
    """A numbered sentence with one blank between `before` and `after`."""

    number: int
    before: str
    after: str
    answer: str
    evidence: tuple[Evidence, ...]

    def key_entry(self) -> KeyEntry:
        return KeyEntry(self.number, None, self.answer, evidence=self.evidence)


@dataclass(frozen=True)
class TrueFalseItem:
    """A numbered statement with T and F to circle."""

    number: int
    statement: str
    answer: str  # "T" or "F"
    correction: str | None  # only for a false statement (models.py)
    evidence: tuple[Evidence, ...]

    def key_entry(self) -> KeyEntry:
        # A correction that is the evidence sentence itself is printed once, as the correction.
        said = normalize(self.correction) if self.correction else None
        evidence = tuple(Evidence(e.paragraph, None) if normalize(e.sentence) == said else e for e in self.evidence)
        evidence = tuple(e for e in evidence if e.paragraph or e.sentence)
        return KeyEntry(self.number, self.answer, None, self.correction, evidence)


@dataclass(frozen=True)
class MatchRow:
    """One row of a matching table: left item `number` (with a line for a letter) and right item `right`.

    The two sides of a row are unrelated: the right column is in its own shuffled order."""

    number: int
    left: str
    right: Option
    answer: str  # the letter of the left item's match


@dataclass(frozen=True)
class MatchingItem:
    """A numbered matching question: its prompt and a table of numbered and lettered items."""

    number: int
    prompt: str
    rows: tuple[MatchRow, ...]
    evidence: tuple[Evidence, ...]

    def key_entry(self) -> KeyEntry:
        answer = ", ".join(f"{row.number} {row.answer}" for row in self.rows)
        return KeyEntry(self.number, None, answer, evidence=self.evidence)


def evidence(question: Question) -> tuple[Evidence, ...]:
    """Where the answer is in the article: the question's sentence, or each matching pair's, once each."""
    return tuple(Evidence(paragraph, sentence) for sentence, paragraph in question.evidence)


def choice_item(number: int, question: MultipleChoiceQuestion, choices: tuple[str, ...]) -> ChoiceItem:
    # The model allows up to 8 choices, so letters run A..H; the usual case is A..D.
    options = tuple(Option(letter, text) for letter, text in zip(ascii_uppercase, choices, strict=False))
    return ChoiceItem(number, question.prompt, options, options[choices.index(question.answer)], evidence(question))


def cloze_item(number: int, question: ClozeQuestion, _: tuple[str, ...]) -> ClozeItem:
    before, after = question.split()
    return ClozeItem(number, before, after, question.answer, evidence(question))


def true_false_item(number: int, question: TrueFalseQuestion, _: tuple[str, ...]) -> TrueFalseItem:
    answer = question.answer[0]  # "T" or "F"
    return TrueFalseItem(number, question.prompt, answer, question.correction, evidence(question))


def matching_item(number: int, question: MatchingQuestion, rights: tuple[str, ...]) -> MatchingItem:
    letters = dict(zip(rights, ascii_uppercase, strict=False))  # at most 8 pairs: A..H
    rows = tuple(
        MatchRow(n, pair.left, Option(letters[right], right), letters[pair.right])
        for n, (pair, right) in enumerate(zip(question.pairs, rights, strict=True), start=1)
    )
    return MatchingItem(number, question.prompt, rows, evidence(question))
