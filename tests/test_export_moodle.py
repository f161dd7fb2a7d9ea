"""The Moodle XML export, read back by xml.etree (well-formed) and moodle-xml-parser (Moodle's layout).

moodle-xml-parser splits cloze codes at every `~ # }` without looking at escapes, so the quiz full
of those characters is checked by `cloze_answer`, a reader of the rule Moodle's cloze importer
applies: a short answer ends at the first `~`, `#` or `}` not preceded by `\\` or `&`, and is
then HTML-decoded with `\\}` and `\\#` unescaped.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from moodle_xml_parser.parser import parse_string

from quizgen.articles import read_article
from quizgen.exporters import moodle, write_quiz
from quizgen.exporters.text import cdata, one_line
from quizgen.models import (
    ClozeQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    QuestionKind,
    Quiz,
    TrueFalseQuestion,
)
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
_SHORT_ANSWER = re.compile(r"\{1:SHORTANSWER:=(.+?)(?<![\\&])[~#}]")


class Tags(HTMLParser):
    """The element names in a piece of HTML."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def visible(markup: str) -> str:
    """What a browser shows for simple HTML: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def cloze_answer(questiontext: str) -> str:
    match = _SHORT_ANSWER.search(questiontext)
    return html.unescape(match.group(1)).replace("\\}", "}").replace("\\#", "#")


def questions(xml_text: str) -> list[ET.Element]:
    root = ET.fromstring(xml_text.encode("utf-8"))
    assert root.tag == "quiz"
    return root.findall("question")


def assert_read_back(quiz: Quiz, xml_text: str) -> None:
    assert xml_text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    category, *elements = questions(xml_text)
    assert category.get("type") == "category"
    assert category.findtext("category/text") == moodle.category_path(quiz)
    assert len(elements) == len(quiz.questions)
    for number, (question, element) in enumerate(zip(quiz.questions, elements, strict=True), 1):
        assert element.findtext("name/text") == f"{number:02d} {question.id}"
        assert visible(element.findtext("generalfeedback/text")) == one_line(question.source_sentence)
        CHECKS[type(question)](question, element)


def check_multiple_choice(question: MultipleChoiceQuestion, element: ET.Element) -> None:
    assert element.get("type") == "multichoice"
    assert visible(element.findtext("questiontext/text")) == one_line(question.prompt)
    answers = [(visible(a.findtext("text")), a.get("fraction")) for a in element.findall("answer")]
    assert answers == [(one_line(c), "100" if c == question.answer else "0") for c in question.choices]


def check_cloze(question: ClozeQuestion, element: ET.Element) -> None:
    assert element.get("type") == "cloze"
    text = element.findtext("questiontext/text")
    assert cloze_answer(text) == one_line(question.answer).replace("*", "\\*")
    before, _ = question.split()
    assert visible(_SHORT_ANSWER.sub("", text.split("{1:SHORTANSWER:=")[0])) == one_line(before, True)


def check_true_false(question: TrueFalseQuestion, element: ET.Element) -> None:
    assert element.get("type") == "truefalse"
    assert visible(element.findtext("questiontext/text")) == one_line(question.prompt)
    correct, feedback = read_true_false(element)
    assert correct == (question.answer == "True")
    correction = one_line(question.correction) if question.correction else ""
    assert feedback == {"true": correction, "false": correction}


def check_matching(question: MatchingQuestion, element: ET.Element) -> None:
    assert element.get("type") == "matching"
    assert visible(element.findtext("questiontext/text")) == one_line(question.prompt)
    shuffle, pairs = read_matching(element)
    assert shuffle and pairs == [(one_line(p.left), one_line(p.right)) for p in question.pairs]


CHECKS = {
    MultipleChoiceQuestion: check_multiple_choice,
    ClozeQuestion: check_cloze,
    TrueFalseQuestion: check_true_false,
    MatchingQuestion: check_matching,
}


def read_true_false(element: ET.Element) -> tuple[bool, dict[str, str]]:
    """(is the statement true, feedback shown for each answer) as Moodle's importer reads a truefalse
    question (qformat_xml::import_truefalse): the answer texts must be exactly "true" and "false";
    the statement is true when "true" has fraction 100, and false when "false" has; both must agree."""
    verdicts, feedback = set(), {}
    for answer in element.findall("answer"):
        text, full = answer.findtext("text"), answer.get("fraction") == "100"
        assert text in ("true", "false") and answer.get("format") == "moodle_auto_format"
        verdicts.add(full if text == "true" else not full)
        feedback[text] = visible(answer.findtext("feedback/text") or "")
    assert len(verdicts) == 1 and set(feedback) == {"true", "false"}
    return verdicts.pop(), feedback


def read_matching(element: ET.Element) -> tuple[bool, list[tuple[str, str]]]:
    """(shuffleanswers, [(left, right) shown]) as Moodle's importer reads a matching question
    (qformat_xml::import_match): each subquestion's HTML text, and its answer's text, which Moodle
    shows through format_string (tags dropped, entities as characters)."""
    pairs = []
    for sub in element.findall("subquestion"):
        assert sub.get("format") == "html"
        right = sub.findtext("answer/text")
        assert not Tags(right).tags  # format_string would drop a tag: article text has none
        pairs.append((visible(sub.findtext("text")), html.unescape(right)))
    return element.findtext("shuffleanswers") == "true", pairs


def test_fixture_quiz_reads_back(quiz):
    assert_read_back(quiz, moodle.dumps(quiz))


def test_true_false_and_matching_read_back_with_feedback_and_pairs(mixed_quiz):
    text = moodle.dumps(mixed_quiz)
    assert_read_back(mixed_quiz, text)
    by_name = {e.findtext("name/text").split()[1]: e for e in questions(text)[1:]}
    assert read_true_false(by_name["q-tf-true"]) == (True, {"true": "", "false": ""})
    correction = mixed_quiz.questions[5].correction
    assert read_true_false(by_name["q-tf-false"]) == (False, {"true": correction, "false": correction})
    assert by_name["q-tf-false"].findtext("penalty") == "1"  # a second try at two answers is worth nothing
    assert read_matching(by_name["q-match-role"])[1][1] == ("Giorgia Meloni", "Italian Prime Minister")
    assert len(read_matching(by_name["q-match-quote"])[1]) == 3
    # moodle-xml-parser reads the multiple choice (the statement one too) and the cloze, and skips the rest.
    parsed = parse_string(text)
    assert [q.name.split()[1] for q in parsed["multichoice"]] == [q.id for q in mixed_quiz.multiple_choice]
    assert len(parsed["cloze"]) == len(mixed_quiz.cloze)
    statement = parsed["multichoice"][-1]
    assert [o.answer for o in statement.options if o.score_fraction == 100] == [mixed_quiz.questions[6].answer]


def test_true_false_and_matching_keep_every_special_character():
    specials = "a ]]> b & <c> {1:SHORTANSWER:=x} ~ # } \\ *"
    quiz = Quiz(
        title="Specials",
        slug="specials",
        questions=(
            TrueFalseQuestion(
                id="t1",
                kind=QuestionKind.STATEMENT,
                prompt=f"It is {specials}.",
                answer="False",
                correction=f"It is not {specials}.",
                source_sentence=f"It is not {specials}.",
            ),
            MatchingQuestion(
                id="p1",
                kind=QuestionKind.MATCH_QUOTE,
                prompt=f"Match {specials}",
                pairs=(
                    MatchPair(left=f"L1 {specials}", right=f"R1 {specials}", source_sentence="s1"),
                    MatchPair(left="L2 ]]>", right="&amp; is not &", source_sentence="s2"),
                    MatchPair(left="L3 <b>", right="<script>x</script>", source_sentence="s3"),
                ),
            ),
        ),
    )
    text = moodle.dumps(quiz)
    assert_read_back(quiz, text)
    element = questions(text)[2]
    assert read_matching(element)[1][1:] == [("L2 ]]>", "&amp; is not &"), ("L3 <b>", "<script>x</script>")]


def test_moodle_xml_parser_reads_choices_fractions_and_cloze_gaps(quiz):
    parsed = parse_string(moodle.dumps(quiz))
    assert len(parsed["multichoice"]) == len(quiz.multiple_choice)
    assert len(parsed["cloze"]) == len(quiz.cloze)
    for question, read in zip(quiz.multiple_choice, parsed["multichoice"], strict=True):
        assert read.single and read.shuffle_answers
        assert [o.answer for o in read.options] == list(question.choices)
        assert [o.answer for o in read.options if o.score_fraction == 100] == [question.answer]
        assert visible(read.general_feedback) == question.source_sentence
    for question, read in zip(quiz.cloze, parsed["cloze"], strict=True):
        [gap] = read.gaps
        assert gap.sub_type == "SHORTANSWER" and gap.sub_grade == 1
        assert [(o.answer, o.score) for o in gap.options] == [(question.answer, 100)]


def test_the_seed_article_through_the_real_pipeline_reads_back():
    quiz = build_quiz(read_article(SEED))
    text = moodle.dumps(quiz)
    assert_read_back(quiz, text)
    parsed = parse_string(text)  # it reads only these two types; assert_read_back checked the others
    assert (len(parsed["multichoice"]), len(parsed["cloze"])) == (len(quiz.multiple_choice), len(quiz.cloze))


def test_markup_in_article_text_stays_inert_text(hostile_quiz):
    text = moodle.dumps(hostile_quiz)
    assert_read_back(hostile_quiz, text)
    html_fields = [f.find("text") for e in questions(text) for f in e.iter() if f.get("format") == "html"]
    assert len(html_fields) == 1 + 10 + 2  # category info; MCQ text, feedback, 4 answers and theirs; cloze's two
    for field in html_fields:
        assert set(Tags(field.text or "").tags) <= {"p"}, field.text  # no <script>, <img> or <b>
    mcq = questions(text)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mcq.findtext("questiontext/text")


def test_cloze_codes_survive_every_special_character():
    quiz = Quiz(
        title="Specials",
        slug="specials",
        questions=(
            ClozeQuestion(
                id="c1",
                kind=QuestionKind.CLOZE,
                prompt="{1:SHORTANSWER:=trap} x ]]> _______ ~ # } {2:MC:=a~b} ]]>",
                answer="a~b#c}d{e\\f*g&h ]]>",
                source_sentence="x ]]> a~b#c}d{e\\f*g&h ]]> ~ # }",
            ),
            MultipleChoiceQuestion(
                id="m1",
                kind=QuestionKind.QUOTE,
                prompt="Which one ]]> is it?",
                choices=("a ]]> b", "c"),
                answer="a ]]> b",
                source_sentence="It is a ]]> b.",
            ),
        ),
    )
    text = moodle.dumps(quiz)
    assert_read_back(quiz, text)
    cloze_text = questions(text)[1].findtext("questiontext/text")
    assert len(re.findall(r"\{\d*:[A-Z_]+:", cloze_text)) == 1  # article text opens no code of its own


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param("<p>plain</p>", id="plain"),
        pytest.param("a]]>b", id="terminator"),
        pytest.param("]]>]]>x]]", id="repeated"),
    ],
)
def test_cdata_splits_its_terminator(markup):
    assert ET.fromstring(f"<t>{cdata(markup)}</t>").text == markup


def test_a_pinned_option_turns_shuffling_off(quiz):
    question = quiz.questions[0].model_copy(update={"choices": ("Mark Carney", "Roland Paris", "None of these")})
    element = questions(moodle.dumps(quiz.model_copy(update={"questions": (question,)})))[1]
    assert element.findtext("shuffleanswers") == "false"


def test_write_quiz_names_the_file_moodle_xml(quiz, tmp_path):
    path = write_quiz(quiz, "moodle", tmp_path)
    assert path.name == "zelenskyy-carney-g7.moodle.xml"
    assert_read_back(quiz, path.read_text(encoding="utf-8"))
