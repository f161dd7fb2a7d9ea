"""Moodle XML (`<slug>.moodle.xml`): for Question bank > Import > Moodle XML format.

A category pseudo-question names the article, then one `<question>` per quiz question:

- multiple choice: `type="multichoice"`, one right answer (`fraction="100"`, the others `0`),
  lettered A, B, C; answers shuffle in a Moodle quiz unless an option such as "None of these"
  must keep its place;
- cloze: `type="cloze"` (Embedded answers) with a typed short answer in place of the blank,
  `{1:SHORTANSWER:=answer}`, matched without regard to case;
- true/false: `type="truefalse"`, the answers `true` and `false` with fraction 100 on the right
  one; a false statement's correction is the feedback on both, so whatever the student picks
  they read the article's fact; penalty 1, as Moodle sets for a question with two answers;
- matching: `type="matching"`, one `<subquestion>` per pair (the left item as HTML, the right
  item in `<answer><text>`), in the article's order; Moodle shuffles the right-hand items in
  every attempt, and `shuffleanswers` shuffles the left-hand ones too.

Each question's general feedback is the article sentence it comes from. All HTML goes in CDATA
(any `]]>` split). Article text is HTML-escaped, so markup stays text; the right-hand items of a
matching question too, since Moodle shows them through `format_string` (tags stripped, entities
shown as characters). Inside a cloze code the answer ends at `~ # }`, so the key writes those
(and `{ \\`) as HTML character references, which Moodle's cloze reader decodes; `*` (a wildcard
there) becomes `\\*`. Braces in the text around a cloze code are references too, so article text
can never open a code of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape as xml_escape

from ..models import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
    normalize,
)
from . import ExportOptions
from .text import category_path, cdata, html_text, question_name, source_credit
from .worksheet import PINNED_OPTION

PENALTY = "0.3333333"  # Moodle's default penalty for each wrong try in adaptive mode
_CODE_REFS = str.maketrans({"~": "&#126;", "#": "&#35;", "}": "&#125;", "{": "&#123;", "\\": "&#92;", "*": "\\*"})
_BRACE_REFS = str.maketrans({"{": "&#123;", "}": "&#125;"})


class _Body(NamedTuple):
    """What a question type writes: Moodle's type name, the question text as HTML, its own elements."""

    type: str
    text: str
    lines: list[str]
    penalty: str = PENALTY


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write `quiz` as Moodle XML at `path`."""
    path.write_text(dumps(quiz), encoding="utf-8")


def dumps(quiz: Quiz) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>", *_category(quiz)]
    for number, question in enumerate(quiz.questions, 1):
        lines += _question(number, question)
    lines.append("</quiz>")
    return "\n".join(lines) + "\n"


def cloze_code(answer: str) -> str:
    """A typed answer as a cloze short-answer code: `{1:SHORTANSWER:=...}`."""
    return "{1:SHORTANSWER:=" + html_text(answer).translate(_CODE_REFS) + "}"


def cloze_html(question: ClozeQuestion) -> str:
    """The cloze prompt as HTML with the blank replaced by its short-answer code."""
    before, after = (html_text(part, keep_ends=True).translate(_BRACE_REFS) for part in question.split())
    return f"<p>{before}{cloze_code(question.answer)}{after}</p>"


def _category(quiz: Quiz) -> list[str]:
    return [
        '  <question type="category">',
        f"    <category><text>{xml_escape(category_path(quiz))}</text></category>",
        f'    <info format="html"><text>{cdata(_paragraph(source_credit(quiz)))}</text></info>',
        "  </question>",
    ]


def _question(number: int, question: Question) -> list[str]:
    body = _BODIES[type(question)](question)
    return [
        f'  <question type="{body.type}">',
        f"    <name><text>{xml_escape(question_name(number, question))}</text></name>",
        f'    <questiontext format="html"><text>{cdata(body.text)}</text></questiontext>',
        f'    <generalfeedback format="html"><text>{cdata(_paragraph(question.source_sentence))}</text>'
        "</generalfeedback>",
        "    <defaultgrade>1</defaultgrade>",
        f"    <penalty>{body.penalty}</penalty>",
        "    <hidden>0</hidden>",
        *body.lines,
        "  </question>",
    ]


def _multiple_choice(question: MultipleChoiceQuestion) -> _Body:
    shuffle = not any(PINNED_OPTION.match(normalize(c)) for c in question.choices)
    lines = [
        "    <single>true</single>",
        f"    <shuffleanswers>{'true' if shuffle else 'false'}</shuffleanswers>",
        "    <answernumbering>ABCD</answernumbering>",
    ]
    for choice in question.choices:
        lines += _answer(choice == question.answer, "html", cdata(html_text(choice)))
    return _Body("multichoice", _paragraph(question.prompt), lines)


def _cloze(question: ClozeQuestion) -> _Body:
    return _Body("cloze", cloze_html(question), [])


def _true_false(question: TrueFalseQuestion) -> _Body:
    feedback = _paragraph(question.correction) if question.correction is not None else ""
    lines = []
    for value in ("true", "false"):  # Moodle matches these exact words
        lines += _answer(value == question.answer.lower(), "moodle_auto_format", value, feedback)
    return _Body("truefalse", _paragraph(question.prompt), lines, penalty="1")


def _matching(question: MatchingQuestion) -> _Body:
    lines = ["    <shuffleanswers>true</shuffleanswers>"]
    for pair in question.pairs:
        lines += [
            '    <subquestion format="html">',
            f"      <text>{cdata(_paragraph(pair.left))}</text>",
            f"      <answer><text>{cdata(html_text(pair.right))}</text></answer>",
            "    </subquestion>",
        ]
    return _Body("matching", _paragraph(question.prompt), lines)


# Keyed by question type: each function takes the type it is filed under, which a dict's type cannot say.
_BODIES: dict[type, Callable[[Any], _Body]] = {
    MultipleChoiceQuestion: _multiple_choice,
    ClozeQuestion: _cloze,
    TrueFalseQuestion: _true_false,
    MatchingQuestion: _matching,
}


def _answer(right: bool, text_format: str, text: str, feedback: str = "") -> list[str]:
    return [
        f'    <answer fraction="{100 if right else 0}" format="{text_format}">',
        f"      <text>{text}</text>",
        f'      <feedback format="html"><text>{cdata(feedback) if feedback else ""}</text></feedback>',
        "    </answer>",
    ]


def _paragraph(text: str) -> str:
    return f"<p>{html_text(text)}</p>"
