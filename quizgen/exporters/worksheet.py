"""A printable HTML worksheet: questions in parts, a word bank, and the answer key on its own page.

The export is two steps, so later features slot in without touching the template's logic:

1. `build_sheet(quiz, options)` turns the quiz into a `Sheet`: plain, already-numbered data
   (parts, lettered options, the word bank, the key). Versions A/B will shuffle the question
   and option order here, with a seeded RNG, before anything is numbered or lettered.
2. `render(sheet)` fills `templates/worksheet.html.j2`. Print modes (large print, dyslexia
   friendly) will be extra classes on <body> with their own rules in `worksheet.css.j2`.

All article text reaches the page through Jinja's autoescape; nothing here builds markup.
The output depends only on the quiz (no dates or timestamps), so the same quiz always gives
byte-identical HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import ascii_uppercase

from ..models import ClozeQuestion, MultipleChoiceQuestion, Quiz
from ..templating import environment
from . import ExportOptions

TEMPLATE = "worksheet.html.j2"

# Every blank is this same run of underscores, whatever the answer: a blank sized to its
# answer would tell students how long the missing word is.
BLANK_LINE = "_" * 16

MCQ_INSTRUCTION = "Circle the letter of the best answer."
CLOZE_INSTRUCTION = "Write a word or phrase from the word bank in each blank."


@dataclass(frozen=True)
class Option:
    letter: str
    text: str


@dataclass(frozen=True)
class ChoiceItem:
    """A numbered multiple-choice question with its options lettered A, B, C..."""

    number: int
    prompt: str
    options: tuple[Option, ...]
    answer: Option


@dataclass(frozen=True)
class ClozeItem:
    """A numbered sentence with one blank between `before` and `after`."""

    number: int
    before: str
    after: str
    answer: str


@dataclass(frozen=True)
class Part:
    kind: str  # "choice" or "cloze": the template picks the item layout by it
    heading: str
    instruction: str
    items: tuple[ChoiceItem, ...] | tuple[ClozeItem, ...]


@dataclass(frozen=True)
class KeyEntry:
    number: int
    letter: str | None  # None for a cloze answer, which has no letter
    answer: str


@dataclass(frozen=True)
class Sheet:
    """Everything the template shows, already numbered and ordered."""

    title: str
    headline: str | None  # the article's headline, shown only when it differs from the title
    credit: str
    total: int
    parts: tuple[Part, ...]
    word_bank: tuple[str, ...]
    key: tuple[KeyEntry, ...]
    blank: str = BLANK_LINE


def build_sheet(quiz: Quiz, options: ExportOptions = ExportOptions()) -> Sheet:
    """Number and letter the quiz's questions into a `Sheet`; the quiz is left unchanged."""
    # Multiple choice first, then cloze, each in the quiz's order; numbering runs on across
    # parts, so question 3 is the first cloze sentence when there are two MCQs.
    mcqs = quiz.multiple_choice
    clozes = quiz.cloze
    choice_items = tuple(_choice_item(n, q) for n, q in enumerate(mcqs, start=1))
    cloze_items = tuple(_cloze_item(n, q) for n, q in enumerate(clozes, start=len(mcqs) + 1))

    candidates = (
        Part("choice", "Multiple choice", MCQ_INSTRUCTION, choice_items),
        Part("cloze", "Fill in the blanks", CLOZE_INSTRUCTION, cloze_items),
    )
    # A part with no questions is left out, and the remaining parts are renumbered
    # ("Part 1", "Part 2") by the template from their position.
    parts = tuple(p for p in candidates if p.items)

    headline = quiz.source.title if quiz.source.title and quiz.source.title != quiz.title else None
    return Sheet(
        title=quiz.title,
        headline=headline,
        credit=quiz.source.credit(),
        total=len(choice_items) + len(cloze_items),
        parts=parts,
        word_bank=word_bank(item.answer for item in cloze_items),
        key=_key(choice_items, cloze_items),
    )


def word_bank(answers) -> tuple[str, ...]:
    """The cloze answers sorted alphabetically, ignoring case.

    Repeated answers stay repeated (one entry per blank). The original text breaks ties
    between case variants ("rome", "Rome") so the order never depends on the input order.
    """
    return tuple(sorted(answers, key=lambda a: (a.casefold(), a)))


def render(sheet: Sheet) -> str:
    return environment().get_template(TEMPLATE).render(sheet=sheet)


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    # newline="\n": identical bytes on every platform, not just identical text.
    Path(path).write_text(render(build_sheet(quiz, options)), encoding="utf-8", newline="\n")


def _choice_item(number: int, question: MultipleChoiceQuestion) -> ChoiceItem:
    # The model allows up to 8 choices, so letters run A..H; the usual case is A..D.
    options = tuple(Option(letter, text) for letter, text in zip(ascii_uppercase, question.choices))
    return ChoiceItem(number, question.prompt, options, options[question.answer_index])


def _cloze_item(number: int, question: ClozeQuestion) -> ClozeItem:
    before, after = question.split()
    return ClozeItem(number, before, after, question.answer)


def _key(choice_items: tuple[ChoiceItem, ...], cloze_items: tuple[ClozeItem, ...]) -> tuple[KeyEntry, ...]:
    choices = (KeyEntry(i.number, i.answer.letter, i.answer.text) for i in choice_items)
    words = (KeyEntry(i.number, None, i.answer) for i in cloze_items)
    return (*choices, *words)
