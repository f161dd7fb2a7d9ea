"""Moodle XML (`<slug>.moodle.xml`): for Question bank > Import > Moodle XML format.

A category pseudo-question names the article, then one `<question>` per quiz question:

- multiple choice: `type="multichoice"`, one right answer (`fraction="100"`, the others `0`),
  lettered A, B, C; answers shuffle in a Moodle quiz unless an option such as "None of these"
  must keep its place;
- cloze: `type="cloze"` (Embedded answers) with a typed short answer in place of the blank,
  `{1:SHORTANSWER:=answer}`, matched without regard to case.

Each question's general feedback is the article sentence it comes from. All HTML goes in CDATA
(any `]]>` split). Article text is HTML-escaped, so markup stays text. Inside a cloze code the
answer ends at `~ # }`, so the key writes those (and `{ \\`) as HTML character references,
which Moodle's cloze reader decodes; `*` (a wildcard there) becomes `\\*`. Braces in the text
around a cloze code are references too, so article text can never open a code of its own.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from ..models import ClozeQuestion, MultipleChoiceQuestion, Question, Quiz, normalize
from .text import category_path, cdata, html_text, question_name, source_credit
from .worksheet import PINNED_OPTION

PENALTY = "0.3333333"  # Moodle's default penalty for each wrong try in adaptive mode
_CODE_REFS = str.maketrans({"~": "&#126;", "#": "&#35;", "}": "&#125;", "{": "&#123;", "\\": "&#92;", "*": "\\*"})
_BRACE_REFS = str.maketrans({"{": "&#123;", "}": "&#125;"})


def export(quiz: Quiz, path: Path, options) -> None:
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
        f'    <info format="html"><text>{cdata(f"<p>{html_text(source_credit(quiz))}</p>")}</text></info>',
        "  </question>",
    ]


def _question(number: int, question: Question) -> list[str]:
    if isinstance(question, MultipleChoiceQuestion):
        kind, text = "multichoice", f"<p>{html_text(question.prompt)}</p>"
    else:
        kind, text = "cloze", cloze_html(question)
    lines = [
        f'  <question type="{kind}">',
        f"    <name><text>{xml_escape(question_name(number, question))}</text></name>",
        f'    <questiontext format="html"><text>{cdata(text)}</text></questiontext>',
        f'    <generalfeedback format="html"><text>{cdata(f"<p>{html_text(question.source_sentence)}</p>")}</text></generalfeedback>',
        "    <defaultgrade>1</defaultgrade>",
        f"    <penalty>{PENALTY}</penalty>",
        "    <hidden>0</hidden>",
    ]
    if isinstance(question, MultipleChoiceQuestion):
        lines += _choices(question)
    return lines + ["  </question>"]


def _choices(question: MultipleChoiceQuestion) -> list[str]:
    shuffle = not any(PINNED_OPTION.match(normalize(c)) for c in question.choices)
    lines = [
        "    <single>true</single>",
        f"    <shuffleanswers>{'true' if shuffle else 'false'}</shuffleanswers>",
        "    <answernumbering>ABCD</answernumbering>",
    ]
    for choice in question.choices:
        fraction = 100 if choice == question.answer else 0
        lines += [
            f'    <answer fraction="{fraction}" format="html">',
            f"      <text>{cdata(html_text(choice))}</text>",
            '      <feedback format="html"><text></text></feedback>',
            "    </answer>",
        ]
    return lines

