"""A printable HTML worksheet: the article, questions in parts, a word bank, and the answer key on its own page.

The export is two steps:

1. `build_worksheet(quiz, options)` turns the quiz into a `Worksheet`: plain, already-numbered
   data. The article comes first (unless `options.article` is off, or the quiz JSON predates
   quizgen keeping the article): its word count, reading level and paragraphs, numbered as
   the questions' `paragraph` and the answer key count them; every version prints the same.
   Each question type is a part of its own, described once in `PART_TYPES`: its heading,
   instruction, the item it prints (worksheet_items.py) and how the order of what it shows is
   chosen (an MCQ's options, a matching question's right-hand column). With `options.versions`
   > 1 each version (A, B, ...) gets its own question order in each part and its own such
   orders from a `random.Random` seeded by the quiz seed and the version letter (never the
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from string import ascii_uppercase
from typing import Any

from markupsafe import Markup

from ..models import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
    normalize,
)
from ..readability import measure
from ..templating import environment
from . import ExportOptions
from .worksheet_items import (
    ChoiceItem,
    ClozeItem,
    KeyEntry,
    MatchingItem,
    TrueFalseItem,
    choice_item,
    cloze_item,
    matching_item,
    true_false_item,
)

TEMPLATE = "worksheet.html.j2"

# Every blank is this same run of underscores, whatever the answer: a blank sized to its
# answer would tell students how long the missing word is.
BLANK_LINE = "_" * 16

MCQ_INSTRUCTION = "Circle the letter of the best answer."
TRUE_FALSE_INSTRUCTION = "Circle T if the statement is true, F if it is false."
CLOZE_INSTRUCTION = "Write a word or phrase from the word bank in each blank."
CLOZE_INSTRUCTION_NO_BANK = "Write the missing word or phrase in each blank."
MATCHING_INSTRUCTION = "Write the letter of the matching item on the line beside each number. Use each letter once."

# Options that refer to the others ("None of these") keep their place when options shuffle.
PINNED_OPTION = re.compile(r"^(none|all|both|neither) of (the )?(these|those|them|above|the above)\b")
# Characters of the source line that fit the page footer in about three lines (9 pt; 12 pt when
# dyslexia friendly; 18 pt in large print); the header has it whole.
FOOTER_LIMIT = {"normal": 150, "dyslexia_friendly": 110, "large_print": 60}
DRAWS = 20  # shuffles tried per version to get an order no earlier version has

Item = ChoiceItem | TrueFalseItem | ClozeItem | MatchingItem
# What a question shows in an order of its own: an MCQ's options, a matching question's right column.
Arrangement = tuple[str, ...]


@dataclass(frozen=True)
class PartType:
    """How one question type is printed: as a part of its own, with these items."""

    kind: str  # the part's CSS class (part-<kind>) and the template macro that prints its items
    heading: str
    instruction: str
    item: Callable[[int, Any, Arrangement], Item]
    # The arrangement as written (rng None, a single version) or for a version; `seed` is the quiz's.
    arrange: Callable[[Any, random.Random | None, int], Arrangement] = lambda question, rng, seed: ()
    bank_instruction: str | None = None  # set for a part with a word bank of its answers: the instruction then


@dataclass(frozen=True)
class Part:
    kind: str
    heading: str
    instruction: str
    items: tuple[Item, ...]
    word_bank: tuple[str, ...] = ()  # empty when the part has none or the word bank is left out


@dataclass(frozen=True)
class Sheet:
    """One version of the questions with its key, already numbered and ordered."""

    version: str | None  # "A", "B", ...; None when there is a single version
    parts: tuple[Part, ...]
    key: tuple[KeyEntry, ...]


@dataclass(frozen=True)
class ArticleText:
    """The article as the sheet prints it: how long and hard it is, then its paragraphs."""

    words: int
    grade: float  # Flesch-Kincaid grade level (readability.py)
    paragraphs: tuple[str, ...]  # printed numbered from 1, as the questions' `paragraph` counts

    @property
    def shown_grade(self) -> str:
        return f"{max(self.grade, 0.0):.1f}"


@dataclass(frozen=True)
class Worksheet:
    """Everything the template shows: the shared header and footer, the article, one sheet per version."""

    title: str
    source: str | None  # the header's source line: the credit, and a headline only when it is not the title
    footer: str  # the headline and credit, shortened, for every page's footer
    total: int
    paper: str  # "a4" or "letter"
    large_print: bool
    dyslexia_friendly: bool
    sheets: tuple[Sheet, ...]
    article: ArticleText | None = None  # None: left out (--no-article) or not in the quiz JSON
    blank: str = BLANK_LINE

    @property
    def body_class(self) -> str:
        modes = (("large-print", self.large_print), ("dyslexia-friendly", self.dyslexia_friendly))
        return " ".join([f"paper-{self.paper}", *(name for name, on in modes if on)])


def build_worksheet(quiz: Quiz, options: ExportOptions = ExportOptions()) -> Worksheet:
    """Number and letter the quiz's questions into a `Worksheet`; the quiz is left unchanged."""
    if options.versions == 1:
        layouts: list[tuple[str | None, Layout]] = [(None, _layout(quiz, None))]
    else:
        layouts, seen = [], set[Layout]()
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
        source=header_source(quiz),
        footer=f"Source: {footer}",
        total=len(quiz.questions),
        paper=options.paper,
        large_print=options.large_print,
        dyslexia_friendly=options.dyslexia_friendly,
        sheets=tuple(_sheet(letter, layout, options.word_bank) for letter, layout in layouts),
        article=article_text(quiz) if options.article and quiz.paragraphs else None,
    )


build_sheet = build_worksheet  # its earlier name, still used by callers


def source_line(quiz: Quiz) -> str:
    """The article's headline in quotation marks, then its credit (site, author, date, URL)."""
    credit = quiz.source.credit()
    return f"“{quiz.source.title or quiz.title}”" + (f", {credit}" if credit else "")


def header_source(quiz: Quiz) -> str | None:
    """The header's source line under the title: the credit, and the source's headline only
    when it is not the title above it; None when there is nothing to add to the title."""
    headline = quiz.source.title
    parts = [f"“{headline}”"] if headline and normalize(headline) != normalize(quiz.title) else []
    parts += [quiz.source.credit()]
    return ", ".join(p for p in parts if p) or None


def article_text(quiz: Quiz) -> ArticleText:
    readability = measure(quiz.paragraphs)
    return ArticleText(readability.words, readability.grade, quiz.paragraphs)


def word_bank(answers: Iterable[str]) -> tuple[str, ...]:
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


def _choice_order(question: MultipleChoiceQuestion, rng: random.Random | None, seed: int) -> Arrangement:
    return question.choices if rng is None else _shuffled_choices(question.choices, rng)


def _right_order(question: MatchingQuestion, rng: random.Random | None, seed: int) -> Arrangement:
    # A single version shows the quiz's own order, the one the Anki card shows too; a version
    # draws its own seed from its RNG, and `right_order` never gives the pairs' own order.
    return question.right_order(seed if rng is None else rng.getrandbits(64))


# One part per question type, printed in this order; numbering runs on across parts, so the
# first true/false statement is question 3 after two MCQs. The order is the one the pipeline
# gives a quiz (arrange.TYPE_ORDER), so a single version numbers its questions as the quiz's JSON
# and LMS exports do.
PART_TYPES: dict[type, PartType] = {
    MultipleChoiceQuestion: PartType("choice", "Multiple choice", MCQ_INSTRUCTION, choice_item, _choice_order),
    TrueFalseQuestion: PartType("true-false", "True or false", TRUE_FALSE_INSTRUCTION, true_false_item),
    MatchingQuestion: PartType("matching", "Matching", MATCHING_INSTRUCTION, matching_item, _right_order),
    ClozeQuestion: PartType(
        "cloze", "Fill in the blanks", CLOZE_INSTRUCTION_NO_BANK, cloze_item, bank_instruction=CLOZE_INSTRUCTION
    ),
}

# A layout is, for each part type in turn, its questions in order, each with its arrangement.
Layout = tuple[tuple[tuple[Any, Arrangement], ...], ...]


def _layout(quiz: Quiz, rng: random.Random | None) -> Layout:
    groups: dict[type, list[Question]] = {cls: [] for cls in PART_TYPES}
    for question in quiz.questions:
        groups[type(question)].append(question)
    if rng is not None:
        # Every part's question order first, then the arrangements: a quiz without the newer
        # types draws exactly what it drew before they came, so its versions are unchanged.
        for questions in groups.values():
            rng.shuffle(questions)
    return tuple(tuple((q, part.arrange(q, rng, quiz.seed)) for q in groups[cls]) for cls, part in PART_TYPES.items())


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
    for i, choice in zip(free, moved, strict=True):
        order[i] = choice
    return tuple(order)


def _sheet(letter: str | None, layout: Layout, with_bank: bool) -> Sheet:
    parts, first = [], 1
    for part_type, arranged in zip(PART_TYPES.values(), layout, strict=True):
        items = tuple(part_type.item(n, q, arrangement) for n, (q, arrangement) in enumerate(arranged, start=first))
        first += len(items)
        if items:  # a part with no questions is left out; the template numbers the rest "Part 1", "Part 2"
            parts.append(_part(part_type, items, with_bank))
    return Sheet(
        version=letter, parts=tuple(parts), key=tuple(item.key_entry() for part in parts for item in part.items)
    )


def _part(part_type: PartType, items: tuple[Item, ...], with_bank: bool) -> Part:
    bank = (
        word_bank(item.answer for item in items if isinstance(item, ClozeItem))
        if part_type.bank_instruction and with_bank
        else ()
    )
    instruction = part_type.bank_instruction if bank and part_type.bank_instruction else part_type.instruction
    return Part(part_type.kind, part_type.heading, instruction, items, bank)
