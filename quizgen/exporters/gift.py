"""Moodle GIFT (`<slug>.gift.txt`): paste-able text for Question bank > Import > GIFT format.

Layout: a `//` comment naming the article, a `$CATEGORY:` line putting the questions in a
category named after the article (braces in the title become parentheses there), then one
block per question with a blank line between; each question is named `NN id` (`::03 q-1::`)
and ends with its source sentence as general feedback (`####...`).

- Multiple choice: `::01 id::[html]Prompt{ =right ~wrong ~wrong ####source sentence }`.
- Cloze: a "missing word" question with a distractor-free short answer: the student types the
  word in place of the blank (`[html]Before {=answer ####source} after`), matched without
  regard to case (Moodle's default). When nothing follows the blank, the prompt keeps its
  blank and the answer block goes at the end (Moodle only draws a blank when text follows).
- True/false: `[html]Statement{T####source}`, or `{F#correction#correction####source}` for a
  false statement: Moodle shows the first feedback to a student who answers True, the second
  to one who answers False, so either way the student reads what the article really says.
- Matching: `[html]Prompt{ =left -> right =left -> right ... ####source }`, the pairs in the
  article's order (Moodle shuffles the right-hand items itself); Moodle needs 3 pairs or more.

Escaping: question text and choices are HTML (the `[html]` prefix; `<script>` stays text), then
every GIFT special character `\\ ~ = # { } :` gets a backslash, as Moodle's own exporter does.
Short-answer keys are compared as typed, so they are GIFT-escaped but not HTML-escaped, and a
`*` (Moodle's wildcard) is escaped as `\\*`. Some GIFT readers end feedback at `= ~ }` even when
escaped, so feedback writes those (and `{`) as HTML character references, which Moodle shows
as the characters themselves. A choice or left-hand item starting with `%` (a grade in GIFT) or
`[` (a text format) starts with a character reference instead. Moodle splits a matching pair at
its first `->` and no escape hides one, but HTML-escaping writes every `>` as `&gt;`, so article
text never holds a `->`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..models import (
    TRUE,
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
)
from . import ExportOptions
from .text import category_path, html_text, one_line, question_name, source_credit

# The characters Moodle's own exporter escapes; translate() works in one pass, so added backslashes stay single.
_SPECIAL = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"}
)
_FEEDBACK_REFS = str.maketrans({"=": "&#61;", "~": "&#126;", "{": "&#123;", "}": "&#125;"})
_LEADING_REFS = {"%": "&#37;", "[": "&#91;"}
_CATEGORY_BRACES = str.maketrans("{}", "()")


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write `quiz` as a GIFT file at `path`."""
    path.write_text(dumps(quiz), encoding="utf-8")


def dumps(quiz: Quiz) -> str:
    header = f"// quizgen quiz: {source_credit(quiz)}"
    # The category line is read up to its end, unescaped; braces there trip some GIFT readers.
    category = category_path(quiz).translate(_CATEGORY_BRACES)
    blocks = [header, f"$CATEGORY: {category}"]
    blocks += [question_block(n, q) for n, q in enumerate(quiz.questions, 1)]
    return "\n\n".join(blocks) + "\n"


def escape(text: str) -> str:
    """`text` with every GIFT special character escaped by a backslash."""
    return text.translate(_SPECIAL)


def question_block(number: int, question: Question) -> str:
    title = f"::{escape(question_name(number, question))}::"
    general_feedback = f"####{_feedback(question.source_sentence)}"
    return title + _BODIES[type(question)](question, general_feedback)


def _multiple_choice(question: MultipleChoiceQuestion, general_feedback: str) -> str:
    answers = [("=" if c == question.answer else "~") + _choice(c) for c in question.choices]
    return _answer_lines(question.prompt, answers, general_feedback)


def _missing_word(question: ClozeQuestion, general_feedback: str) -> str:
    before, after = question.split()
    block = f"{{={short_answer(question.answer)} {general_feedback}}}"
    if not one_line(after):
        return f"[html]{_html(question.prompt)} {block}"
    return f"[html]{_html(before, keep_ends=True)}{block}{_html(after, keep_ends=True)}"


def _true_false(question: TrueFalseQuestion, general_feedback: str) -> str:
    key = "T" if question.answer == TRUE else "F"
    if question.correction is not None:
        correction = _feedback(question.correction)
        key += f"#{correction}#{correction}"  # feedback to "True", then to "False"
    return f"[html]{_html(question.prompt)}{{{key}{general_feedback}}}"


def _matching(question: MatchingQuestion, general_feedback: str) -> str:
    pairs = [f"={_choice(p.left)} -> {_choice(p.right)}" for p in question.pairs]
    return _answer_lines(question.prompt, pairs, general_feedback)


def _answer_lines(prompt: str, answers: list[str], general_feedback: str) -> str:
    """The prompt, then one answer a line and the general feedback inside the braces."""
    return "\n".join([f"[html]{_html(prompt)}{{", *answers, general_feedback, "}"])


# Keyed by question type: each function takes the type it is filed under, which a dict's type cannot say.
_BODIES: dict[type, Callable[[Any, str], str]] = {
    MultipleChoiceQuestion: _multiple_choice,
    ClozeQuestion: _missing_word,
    TrueFalseQuestion: _true_false,
    MatchingQuestion: _matching,
}


def short_answer(answer: str) -> str:
    """A typed answer as GIFT: escaped, not HTML (Moodle compares it with what the student types)."""
    return escape(one_line(answer)).replace("*", "\\*")


def _html(text: str, keep_ends: bool = False) -> str:
    return escape(html_text(text, keep_ends))


def _choice(choice: str) -> str:
    text = html_text(choice)
    if text[:1] in _LEADING_REFS:
        text = _LEADING_REFS[text[0]] + text[1:]
    return escape(text)


def _feedback(text: str) -> str:
    return escape(html_text(text).translate(_FEEDBACK_REFS))
