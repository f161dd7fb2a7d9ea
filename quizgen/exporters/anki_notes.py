"""What each question type puts into an Anki note: its note type and its field values.

`NOTE_TYPES` has one entry per question class: the note type (a fixed id, fixed fields, card
templates in templates/anki_<name>_front.html and _back.html) and a function from the
question to its fields. A new question type is one entry here and two templates; `anki.py`
turns the entries into genanki models and notes (this module imports no genanki).

Anki re-imports must update a student's notes, so a released note type never changes its id
or its fields: adding, renaming or removing a field makes every re-import conflict. If the
fields ever must change, make a new note type with a new id *and* a new name. Templates and
CSS may change freely.

Every field is HTML and Anki does not sanitise it, so all article text goes through `text()`,
which also makes the braces and brackets of Anki's own syntax inert.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
    normalize,
)


@dataclass(frozen=True)
class NoteType:
    model_id: int
    name: str
    fields: tuple[str, ...]
    card: str  # the card template's name, as Anki's browser shows it
    templates: str  # file name prefix of the front and back templates
    cloze: bool = False


MULTIPLE_CHOICE = NoteType(
    1993679685,
    "quizgen multiple choice",
    ("Question", "Choices", "Answer", "AnswerLetter", "Explanation", "Source", "QuestionId"),
    "Multiple choice",
    "anki_mcq",
)
CLOZE = NoteType(
    1715191418, "quizgen cloze", ("Text", "Explanation", "Source", "QuestionId"), "Cloze", "anki_cloze", cloze=True
)
TRUE_FALSE = NoteType(
    1249882700,
    "quizgen true or false",
    ("Statement", "Answer", "Correction", "Explanation", "Source", "QuestionId"),
    "True or false",
    "anki_true_false",
)
MATCHING = NoteType(
    1652983199,
    "quizgen matching",
    ("Prompt", "Left", "Right", "Pairs", "Explanation", "Source", "QuestionId"),
    "Matching",
    "anki_matching",
)

LETTERS = "ABCDEFGH"  # at most 8 choices and at most 8 pairs (models.py)

# Characters Anki's template engine gives a meaning inside field text: `{{c1::...}}` makes a
# cloze deletion, `[sound:...]` plays audio. As entities they display the same but mean nothing.
_ANKI_SYNTAX = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})
# Inside a cloze deletion `::` also starts the hint, so colons are escaped there too.
_CLOZE_SYNTAX = str.maketrans({":": "&#58;"})


def text(value: str) -> str:
    """Plain article text as an Anki field: HTML-escaped and inert to Anki's own syntax."""
    return html.escape(value).translate(_ANKI_SYNTAX)


def note_fields(quiz: Quiz, question: Question) -> tuple[NoteType, list[str]]:
    """The question's note type and its field values, in the note type's field order."""
    note_type, fill = NOTE_TYPES[type(question)]
    values = {"Source": source(quiz), "QuestionId": text(question.id), **fill(question, quiz)}
    # A field missed or misspelt here would shift every later field of every note.
    assert set(values) == set(note_type.fields), (note_type.name, sorted(values))
    return note_type, [values[name] for name in note_type.fields]


def source(quiz: Quiz) -> str:
    """Article title and credit, e.g. 'Headline — BBC News, 2 May 2025, https://...'."""
    title = quiz.source.title or quiz.title
    credit = quiz.source.credit()
    return text(f"{title} — {credit}" if credit else title)


def cloze_text(question: ClozeQuestion) -> str:
    """The prompt with its blank replaced by `{{c1::answer::hint}}`, all article text escaped."""
    before, after = question.split()
    deletion = text(question.answer).translate(_CLOZE_SYNTAX)
    if question.hint:
        deletion += "::" + text(question.hint).translate(_CLOZE_SYNTAX)
    return f"{text(before)}{{{{c1::{deletion}}}}}{text(after)}"


def explanation(question: Question) -> str:
    """The Explanation field: the article sentence(s) the answer comes from, each followed by its
    paragraph ("(paragraph 4)") when the quiz knows it. The paragraph rides in this field, not a
    new one, so the note types keep their fields and re-importing updates existing notes."""
    return " ".join(
        text(sentence) + (f' <span class="paragraph">(paragraph {paragraph})</span>' if paragraph else "")
        for sentence, paragraph in question.evidence
    )


def labelled_list(labels: Iterable[str], items: Iterable[str], css: str = "choices") -> str:
    """Items as an <ol>, each with its label (a letter or a number) in a span of its own."""
    rows = "".join(
        f'<li><span class="letter">{label}</span> <span class="choice">{text(item)}</span></li>'
        for label, item in zip(labels, items, strict=False)
    )
    return f'<ol class="{css}">{rows}</ol>'


def _multiple_choice(question: MultipleChoiceQuestion, quiz: Quiz) -> dict[str, str]:
    return {
        "Question": text(question.prompt),
        "Choices": labelled_list(LETTERS, question.choices),
        "Answer": text(question.answer),
        "AnswerLetter": LETTERS[question.answer_index],
        "Explanation": explanation(question),
    }


def _cloze(question: ClozeQuestion, quiz: Quiz) -> dict[str, str]:
    return {"Text": cloze_text(question), "Explanation": explanation(question)}


def _true_false(question: TrueFalseQuestion, quiz: Quiz) -> dict[str, str]:
    correction = question.correction or ""
    # Explanation is the source sentence in every note type; a correction that is that same
    # sentence is left out rather than shown twice on the back.
    if normalize(correction) == normalize(question.source_sentence):
        correction = ""
    return {
        "Statement": text(question.prompt),
        "Answer": question.answer,  # "True" or "False", never article text
        "Correction": text(correction),
        "Explanation": explanation(question),
    }


def _matching(question: MatchingQuestion, quiz: Quiz) -> dict[str, str]:
    # The right-hand side in the order every renderer shows (the worksheet's single version too).
    order = question.right_order(quiz.seed)
    numbers = [str(n) for n in range(1, len(question.pairs) + 1)]
    letters = [LETTERS[order.index(pair.right)] for pair in question.pairs]
    pairs = "".join(
        f'<li><span class="letter">{number}</span> <span class="choice">{text(pair.left)}</span>'
        f' <span class="arrow">→</span> <span class="letter">{letter}</span>'
        f' <span class="choice">{text(pair.right)}</span></li>'
        for number, letter, pair in zip(numbers, letters, question.pairs, strict=True)
    )
    return {
        "Prompt": text(question.prompt),
        "Left": labelled_list(numbers, (pair.left for pair in question.pairs), "choices match-left"),
        "Right": labelled_list(LETTERS, order, "choices match-right"),
        "Pairs": f'<ol class="pairs">{pairs}</ol>',
        "Explanation": explanation(question),  # each pair's sentence, once
    }


NOTE_TYPES: dict[type, tuple[NoteType, Callable[..., dict[str, str]]]] = {
    MultipleChoiceQuestion: (MULTIPLE_CHOICE, _multiple_choice),
    ClozeQuestion: (CLOZE, _cloze),
    TrueFalseQuestion: (TRUE_FALSE, _true_false),
    MatchingQuestion: (MATCHING, _matching),
}
