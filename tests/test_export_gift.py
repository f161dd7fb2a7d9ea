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
from quizgen.models import (
    ClozeQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    QuestionKind,
    Quiz,
    Source,
    TrueFalseQuestion,
)
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
    for number, (question, read) in enumerate(zip(quiz.questions, questions, strict=True), 1):
        assert read.name == f"{number:02d} {question.id}"
        CHECKS[type(question)](question, read)


def check_multiple_choice(question: MultipleChoiceQuestion, read) -> None:
    assert type(read.answer).__name__ == "MultipleChoiceRadio"
    assert feedback(read.answer.options[-1]) == one_line(question.source_sentence)
    assert html_field(read.text) == one_line(question.prompt)
    assert [html_field(o.text) for o in read.answer.options] == [one_line(c) for c in question.choices]
    right = [html_field(o.text) for o in read.answer.options if o.prefix == "="]
    assert right == [one_line(question.answer)]


def check_cloze(question: ClozeQuestion, read) -> None:
    assert type(read.answer).__name__ == "Short"
    [option] = read.answer.options
    assert feedback(option) == one_line(question.source_sentence)
    assert unescape(option.text) == one_line(question.answer)
    before, after = question.split()
    if read.text_continue is None:  # blank at the end: the prompt keeps its blank
        assert html_field(read.text) == one_line(question.prompt)
    else:
        assert html_field(read.text) == one_line(before)
        assert html.unescape(unescape(read.text_continue)) == one_line(after)


def check_true_false(question: TrueFalseQuestion, read) -> None:
    assert type(read.answer).__name__ == "TrueFalse"
    [option] = read.answer.options
    assert option.text == question.answer
    key, if_wrong, if_right, general = true_false_feedback(question.answer[0], option.feedback)
    assert key == question.answer[0]
    assert general == one_line(question.source_sentence)
    correction = one_line(question.correction) if question.correction else ""
    assert if_wrong == if_right == correction  # a false statement's correction, whatever the student answers
    assert html_field(read.text) == one_line(question.prompt)


def check_matching(question: MatchingQuestion, read) -> None:
    assert type(read.answer).__name__ == "Matching"
    assert feedback(read.answer.options[-1]) == one_line(question.source_sentence)
    assert html_field(read.text) == one_line(question.prompt)
    assert all(o.prefix == "=" and o.text.count("->") == 1 for o in read.answer.options)  # Moodle and this parser agree
    pairs = [read.answer.get_pair(o) for o in read.answer.options]
    assert [(html_field(p["first"]), html_field(p["second"])) for p in pairs] == [
        (one_line(p.left), one_line(p.right)) for p in question.pairs
    ]


CHECKS = {
    MultipleChoiceQuestion: check_multiple_choice,
    ClozeQuestion: check_cloze,
    TrueFalseQuestion: check_true_false,
    MatchingQuestion: check_matching,
}


def true_false_feedback(key: str, raw: str | None) -> tuple[str, str, str, str]:
    """(key, feedback if wrong, feedback if right, general feedback) as Moodle's importer splits a
    true/false answer: escapes set aside, general feedback after the last `####`, then the rest
    at its first two `#`. (pygiftparser keeps all of it, after the key's `#`, as one feedback.)"""
    hidden = re.sub(r"\\.", lambda m: f"\x00{ord(m.group()[1])}\x00", f"{key}#{raw or ''}")
    answer, general = hidden.rsplit("####", 1) if "####" in hidden else (hidden, "")
    key, if_wrong, if_right = (answer.split("#", 2) + ["", ""])[:3]

    def shown(part: str) -> str:
        return html.unescape(re.sub(r"\x00(\d+)\x00", lambda m: chr(int(m.group(1))), part)).strip()

    return shown(key), shown(if_wrong), shown(if_right), shown(general)


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
            TrueFalseQuestion(
                id="t1",
                kind=QuestionKind.STATEMENT,
                prompt="x = y ~ {z} #1: a\\b -> c",
                answer="False",
                correction="x = 2 ~ {z} #2: a\\b -> c ####",
                source_sentence="x = 2 ~ {z} #2: a\\b -> c ####",
            ),
            TrueFalseQuestion(
                id="t2",
                kind=QuestionKind.STATEMENT,
                prompt="{T} #F is ~true~",
                answer="True",
                source_sentence="{T} #F is ~true~",
            ),
            MatchingQuestion(
                id="p1",
                kind=QuestionKind.MATCH_ROLE,
                prompt="Match: a -> b = c?",
                pairs=(
                    MatchPair(left="=Alice -> x", right="~Bob {x} #1", source_sentence="=Alice -> x is ~Bob {x} #1."),
                    MatchPair(
                        left="%50% Carol", right="[html] -> Eve\\", source_sentence="%50% Carol: [html] -> Eve\\"
                    ),
                    MatchPair(left="[moodle]Dan -", right="> -> =>", source_sentence="[moodle]Dan - > -> =>"),
                    MatchPair(left="Ed ####", right="x:y", source_sentence="Ed #### x:y"),
                ),
            ),
        ),
    )


def moodle_kind(block: str) -> str:
    """The question type Moodle's importer gives a block, by its rules, in its order."""
    answers = moodle_answer_block(block)
    answers = answers.rsplit("####", 1)[0].strip()  # general feedback is set aside first
    if answers.startswith("#"):
        return "numerical"
    if "~" in answers:
        return "multichoice"
    if "=" in answers and "->" in answers:
        return "match"
    return "truefalse" if answers.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE") else "shortanswer"


def test_fixture_quiz_parses_with_the_right_answers(quiz):
    assert_parsed_like(quiz, gift.dumps(quiz))


def test_every_special_character_still_parses_with_the_right_answers():
    quiz = special_quiz()
    assert_parsed_like(quiz, gift.dumps(quiz))


def test_moodle_reads_the_answer_block_and_kind_from_escaped_text():
    blocks = gift.dumps(special_quiz()).split("\n\n")[2:]
    kinds = [moodle_kind(block) for block in blocks]
    assert kinds == ["multichoice", "shortanswer", "shortanswer", "truefalse", "truefalse", "match"]
    assert moodle_answer_block(blocks[2]).split("#")[0].strip() == "=T"  # "T" stays a short answer, not true/false
    assert moodle_answer_block(blocks[3]).startswith("F#") and moodle_answer_block(blocks[4]).startswith("T#")
    # Moodle splits a matching block at every "=", then each pair at its first "->": one each.
    pairs = moodle_answer_block(blocks[5]).rsplit("####", 1)[0].split("=")[1:]
    assert [p.count("->") for p in pairs] == [1, 1, 1, 1]


def test_true_false_and_matching_read_back_with_their_feedback(mixed_quiz):
    text = gift.dumps(mixed_quiz)
    assert_parsed_like(mixed_quiz, text)
    by_name = {read.name.split()[1]: read for read in parse(text)}
    false = by_name["q-tf-false"].answer.options[0]
    assert (false.text, true_false_feedback("F", false.feedback)[1]) == ("False", mixed_quiz.questions[5].correction)
    assert by_name["q-tf-true"].answer.options[0].text == "True"
    roles = [by_name["q-match-role"].answer.get_pair(o) for o in by_name["q-match-role"].answer.options]
    assert roles[0] == {"first": "Ursula von der Leyen", "second": "European Commission President"}
    assert len(roles) == 4 and len(by_name["q-match-quote"].answer.options) == 3
    statement = by_name["q-statement-1"]
    assert [html_field(o.text) for o in statement.answer.options if o.prefix == "="] == [mixed_quiz.questions[6].answer]


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
