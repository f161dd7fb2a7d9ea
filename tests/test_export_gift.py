"""The GIFT export, read back by a strict GIFT parser (pygiftparserrgmf, module `pygiftparser`).

pygiftparser keeps escapes in answers and in the text after a blank, and unescapes `\\: \\= ...`
but not `\\\\` in question text; `unescape` below undoes what it leaves. A second, small reader
checks the rule Moodle's importer applies on top of any grammar: after escapes are set aside, the
first `{` and first `}` hold the answers, and a `~` there makes a multiple-choice question.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from pygiftparser import parser as gift_parser

from quizgen.articles import read_article
from quizgen.exporters import gift, write_quiz
from quizgen.exporters.text import one_line
from quizgen.models import ClozeQuestion, MultipleChoiceQuestion, QuestionKind, Quiz, Source
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse(text: str):
    return gift_parser.parse(text).questions


def html_field(text: str) -> str:
    """A question-text or choice field as the student sees it: [html] prefix gone, entities decoded."""
    return html.unescape(unescape(text.removeprefix("[html]")))


def feedback(option) -> str:
    # "####text" is general feedback; this parser files it as the last option's feedback.
    return html.unescape(unescape(option.feedback.removeprefix("###")))


def assert_parsed_like(quiz: Quiz, text: str) -> None:
    questions = parse(text)
    assert len(questions) == len(quiz.questions)
    assert {read.category for read in questions} == {gift.category_path(quiz).replace("{", "(").replace("}", ")")}
    for number, (question, read) in enumerate(zip(quiz.questions, questions), 1):
        assert read.name == f"{number:02d} {question.id}"
        assert feedback(read.answer.options[-1]) == one_line(question.source_sentence)
        if isinstance(question, MultipleChoiceQuestion):
            assert type(read.answer).__name__ == "MultipleChoiceRadio"
            assert html_field(read.text) == one_line(question.prompt)
            assert [html_field(o.text) for o in read.answer.options] == [one_line(c) for c in question.choices]
            right = [html_field(o.text) for o in read.answer.options if o.prefix == "="]
            assert right == [one_line(question.answer)]
        else:
            assert type(read.answer).__name__ == "Short"
            [option] = read.answer.options
            assert unescape(option.text) == one_line(question.answer)
            before, after = question.split()
            if read.text_continue is None:  # blank at the end: the prompt keeps its blank
                assert html_field(read.text) == one_line(question.prompt)
            else:
                assert html_field(read.text) == one_line(before)
                assert html.unescape(unescape(read.text_continue)) == one_line(after)


def moodle_answer_block(block: str) -> str:
    """The answer text Moodle's importer would take: between the first unescaped `{` and `}`."""
    hidden = re.sub(r"\\.", "__", block)  # escaped characters never delimit anything
    start, end = hidden.index("{"), hidden.index("}")
    return hidden[start + 1 : end]


def special_quiz() -> Quiz:
    """Every GIFT special character, at the start, middle and end of every field."""
    return Quiz(
        title="Maths: {a} = ~b # c\\d // e",
        slug="specials",
        source=Source(site="Site = {x}", url="https://example.org/a#b"),
        questions=(
            MultipleChoiceQuestion(
                id="m1",
                kind=QuestionKind.QUOTE,
                prompt="Who wrote “a = b ~ c {d} #1: e\\f”?",
                choices=("=Alice", "~Bob: {x}", "#Carol \\ d", "%50% Dave", "[html] Eve"),
                answer="~Bob: {x}",
                source_sentence="“a = b ~ c {d} #1: e\\f,” wrote ~Bob: {x} # end}",
            ),
            ClozeQuestion(
                id="c1",
                kind=QuestionKind.CLOZE,
                prompt="{Set} x := _______ # then ~y = z}",
                answer="a=b~c{d}#e:f\\g*",
                source_sentence="{Set} x := a=b~c{d}#e:f\\g* # then ~y = z}",
            ),
            ClozeQuestion(
                id="c2",
                kind=QuestionKind.CLOZE,
                prompt="The code ends with :: _______",
                answer="T",
                source_sentence="The code ends with :: T",
            ),
        ),
    )


def test_fixture_quiz_parses_with_the_right_answers(quiz):
    assert_parsed_like(quiz, gift.dumps(quiz))


def test_every_special_character_still_parses_with_the_right_answers():
    quiz = special_quiz()
    assert_parsed_like(quiz, gift.dumps(quiz))


def test_moodle_reads_the_answer_block_and_kind_from_escaped_text():
    mcq, cloze, end = gift.dumps(special_quiz()).split("\n\n")[2:]
    assert "~" in moodle_answer_block(mcq)  # a tilde makes Moodle read multiple choice
    for block in (cloze, end):
        answers = moodle_answer_block(block)
        assert "~" not in answers and answers.startswith("=")  # typed short answers
    assert moodle_answer_block(end).split("#")[0].strip() == "=T"  # "T" stays a short answer, not true/false


def test_markup_in_article_text_stays_text(hostile_quiz):
    text = gift.dumps(hostile_quiz)
    questions = text.split("\n\n")[2:]
    assert all("<script" not in q and "&lt;script&gt;" in q for q in questions)
    assert_parsed_like(hostile_quiz, text)
    cloze = parse(text)[1]
    assert unescape(cloze.answer.options[0].text) == "<b>Carney</b>"  # typed answers are compared as typed


def test_the_seed_article_through_the_real_pipeline_parses():
    quiz = build_quiz(read_article(SEED))
    assert_parsed_like(quiz, gift.dumps(quiz))


def test_one_question_per_block_with_a_blank_line_between(quiz):
    blocks = gift.dumps(quiz).rstrip("\n").split("\n\n")
    assert blocks[0].startswith("// ") and blocks[1].startswith("$CATEGORY: ")
    assert len(blocks) == 2 + len(quiz.questions)
    assert all(block.startswith("::") and block.count("{") - block.count("\\{") == 1 for block in blocks[2:])


@pytest.mark.parametrize(
    "text, escaped",
    [
        pytest.param("a~b=c#d{e}f:g", "a\\~b\\=c\\#d\\{e\\}f\\:g", id="each-special"),
        pytest.param("back\\slash", "back\\\\slash", id="backslash-doubled"),
        pytest.param("\\=", "\\\\\\=", id="backslash-before-special"),
        pytest.param("two\nlines", "two\\nlines", id="newline"),
    ],
)
def test_escape(text, escaped):
    assert gift.escape(text) == escaped


def test_write_quiz_names_the_file_gift_txt(quiz, tmp_path):
    path = write_quiz(quiz, "gift", tmp_path)
    assert path.name == "zelenskyy-carney-g7.gift.txt"
    assert_parsed_like(quiz, path.read_text(encoding="utf-8"))
