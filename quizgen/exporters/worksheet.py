"""A printable HTML worksheet: questions in parts, a word bank, and the answer key on its own page.

The export is two steps:

1. `build_worksheet(quiz, options)` turns the quiz into a `Worksheet`: plain, already-numbered
   data. With `options.versions` > 1 each version (A, B, ...) gets its own question and option
   order from a `random.Random` seeded by the quiz seed and the version letter (never the
   global RNG), so a version always comes out the same; each version has its own key.
2. `render(worksheet)` fills `templates/worksheet.html.j2`. Print modes (large print, dyslexia
   friendly) are classes on <body> with their rules in `worksheet.css.j2`; the paper size and
   the page footer go into @page rules.

All article text reaches the page through Jinja's autoescape; the one place it enters CSS (the
page footer) goes through `css_string`, which writes every character that is not a letter,
digit or space as a CSS escape. The output depends only on the quiz and the options (no dates
or timestamps), so the same quiz always gives byte-identical HTML.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from string import ascii_uppercase

from markupsafe import Markup

from ..models import ClozeQuestion, MultipleChoiceQuestion, Quiz, normalize
from ..templating import environment
from . import ExportOptions

TEMPLATE = "worksheet.html.j2"

# Every blank is this same run of underscores, whatever the answer: a blank sized to its
# answer would tell students how long the missing word is.
BLANK_LINE = "_" * 16

MCQ_INSTRUCTION = "Circle the letter of the best answer."
CLOZE_INSTRUCTION = "Write a word or phrase from the word bank in each blank."
CLOZE_INSTRUCTION_NO_BANK = "Write the missing word or phrase in each blank."

# Options that refer to the others ("None of these") keep their place when options shuffle.
PINNED_OPTION = re.compile(r"^(none|all|both|neither) of (the )?(these|those|them|above|the above)\b")
# Characters of the source line that fit the page footer in about three lines (9 pt; 12 pt when
# dyslexia friendly; 18 pt in large print); the header has it whole.
FOOTER_LIMIT = {"normal": 150, "dyslexia_friendly": 110, "large_print": 60}
DRAWS = 20  # shuffles tried per version to get an order no earlier version has


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
    """One version of the questions with its key, already numbered and ordered."""

    version: str | None  # "A", "B", ...; None when there is a single version
    parts: tuple[Part, ...]
    word_bank: tuple[str, ...]  # empty when the word bank is left out
    key: tuple[KeyEntry, ...]


@dataclass(frozen=True)
class Worksheet:
    """Everything the template shows: the shared header and footer, and one sheet per version."""

    title: str
    source: str  # the article's headline and credit, for the header
    footer: str  # the same, shortened, for every page's footer
    total: int
    paper: str  # "a4" or "letter"
    large_print: bool
    dyslexia_friendly: bool
    sheets: tuple[Sheet, ...]
    blank: str = BLANK_LINE

    @property
    def body_class(self) -> str:
        modes = (("large-print", self.large_print), ("dyslexia-friendly", self.dyslexia_friendly))
        return " ".join([f"paper-{self.paper}", *(name for name, on in modes if on)])


def build_worksheet(quiz: Quiz, options: ExportOptions = ExportOptions()) -> Worksheet:
    """Number and letter the quiz's questions into a `Worksheet`; the quiz is left unchanged."""
    if options.versions == 1:
        layouts = [(None, _layout(quiz, None))]
    else:
        layouts, seen = [], set()
        for letter in ascii_uppercase[: options.versions]:
            layout = _shuffled_layout(quiz, letter, seen)
            seen.add(layout)
            layouts.append((letter, layout))
    source = source_line(quiz)
    mode = "large_print" if options.large_print else "dyslexia_friendly" if options.dyslexia_friendly else "normal"
    limit = FOOTER_LIMIT[mode]
    footer = source if len(source) <= limit else source[: limit - 1].rstrip() + "…"
    return Worksheet(
        title=quiz.title,
        source=source,
        footer=f"Source: {footer}",
        total=len(quiz.questions),
        paper=options.paper,
        large_print=options.large_print,
        dyslexia_friendly=options.dyslexia_friendly,
        sheets=tuple(_sheet(letter, mcqs, clozes, options.word_bank) for letter, (mcqs, clozes) in layouts),
    )


build_sheet = build_worksheet  # its earlier name, still used by callers


def source_line(quiz: Quiz) -> str:
    """The article's headline in quotation marks, then its credit (site, author, date, URL)."""
    credit = quiz.source.credit()
    return f"“{quiz.source.title or quiz.title}”" + (f", {credit}" if credit else "")


def word_bank(answers) -> tuple[str, ...]:
    """The cloze answers sorted alphabetically, ignoring case.

    Repeated answers stay repeated (one entry per blank). The original text breaks ties
    between case variants ("rome", "Rome") so the order never depends on the input order.
    """
    return tuple(sorted(answers, key=lambda a: (a.casefold(), a)))


def css_string(text: str) -> Markup:
    """`text` as a double-quoted CSS string made only of letters, digits, spaces and escapes.

    Safe inside <style> whatever the text holds (quotes, backslashes, `</style>`, `&`), and it
    keeps the page well-formed XML.
    """
    escaped = "".join(c if c.isascii() and (c.isalnum() or c == " ") else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


def render(worksheet: Worksheet) -> str:
    return environment().get_template(TEMPLATE).render(worksheet=worksheet, css_string=css_string)


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    # newline="\n": identical bytes on every platform, not just identical text.
    Path(path).write_text(render(build_worksheet(quiz, options)), encoding="utf-8", newline="\n")


# A layout is the order of the questions in each part and, for each MCQ, the order of its choices.
Layout = tuple[tuple[tuple[MultipleChoiceQuestion, tuple[str, ...]], ...], tuple[ClozeQuestion, ...]]


def _layout(quiz: Quiz, rng: random.Random | None) -> Layout:
    mcqs, clozes = list(quiz.multiple_choice), list(quiz.cloze)
    if rng is None:
        return tuple((q, q.choices) for q in mcqs), tuple(clozes)
    rng.shuffle(mcqs)
    rng.shuffle(clozes)
    return tuple((q, _shuffled_choices(q.choices, rng)) for q in mcqs), tuple(clozes)


def _shuffled_layout(quiz: Quiz, letter: str, seen: set[Layout]) -> Layout:
    """Version `letter`'s layout: seeded by the quiz seed and the letter, unlike earlier ones if it can be."""
    rng = random.Random(f"quizgen worksheet {quiz.seed} version {letter}")
    layout = _layout(quiz, rng)
    for _ in range(DRAWS):
        if layout not in seen:
            break
        layout = _layout(quiz, rng)
    return layout


def _shuffled_choices(choices: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """The choices in a new order; pinned ones ("None of these") stay where they were."""
    free = [i for i, c in enumerate(choices) if not PINNED_OPTION.match(normalize(c))]
    moved = [choices[i] for i in free]
    rng.shuffle(moved)
    order = list(choices)
    for i, choice in zip(free, moved):
        order[i] = choice
    return tuple(order)


def _sheet(letter: str | None, mcqs, clozes, with_bank: bool) -> Sheet:
    # Multiple choice first, then cloze; numbering runs on across parts, so question 3 is
    # the first cloze sentence when there are two MCQs.
    choice_items = tuple(_choice_item(n, q, choices) for n, (q, choices) in enumerate(mcqs, start=1))
    cloze_items = tuple(_cloze_item(n, q) for n, q in enumerate(clozes, start=len(mcqs) + 1))
    cloze_instruction = CLOZE_INSTRUCTION if with_bank else CLOZE_INSTRUCTION_NO_BANK
    candidates = (
        Part("choice", "Multiple choice", MCQ_INSTRUCTION, choice_items),
        Part("cloze", "Fill in the blanks", cloze_instruction, cloze_items),
    )
    # A part with no questions is left out, and the remaining parts are renumbered
    # ("Part 1", "Part 2") by the template from their position.
    return Sheet(
        version=letter,
        parts=tuple(p for p in candidates if p.items),
        word_bank=word_bank(item.answer for item in cloze_items) if with_bank else (),
        key=_key(choice_items, cloze_items),
    )


def _choice_item(number: int, question: MultipleChoiceQuestion, choices: tuple[str, ...]) -> ChoiceItem:
    # The model allows up to 8 choices, so letters run A..H; the usual case is A..D.
    options = tuple(Option(letter, text) for letter, text in zip(ascii_uppercase, choices))
    return ChoiceItem(number, question.prompt, options, options[choices.index(question.answer)])


def _cloze_item(number: int, question: ClozeQuestion) -> ClozeItem:
    before, after = question.split()
    return ClozeItem(number, before, after, question.answer)


def _key(choice_items: tuple[ChoiceItem, ...], cloze_items: tuple[ClozeItem, ...]) -> tuple[KeyEntry, ...]:
    choices = (KeyEntry(i.number, i.answer.letter, i.answer.text) for i in choice_items)
    words = (KeyEntry(i.number, None, i.answer) for i in cloze_items)
    return (*choices, *words)
