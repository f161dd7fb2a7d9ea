"""True/false and matching parts of the worksheet, and statement MCQs, read back through an HTML parser.

How the new parts print (whole questions on a page, large print, dyslexia friendly) is
checked in test_worksheet_print.py.
"""

from __future__ import annotations

import re
import typing
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_worksheet import _css_rule, by_class, numbers, one, parse, text
from test_worksheet_options import html_for

from quizgen.exporters.worksheet import PART_TYPES
from quizgen.models import MatchingQuestion, MatchPair, Question, QuestionKind, Quiz, TrueFalseQuestion

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
HOSTILE = "<script>alert(1)</script> & <img src=x onerror=alert(2)> <b>bold</b>"


@pytest.fixture
def page(mixed_quiz, tmp_path) -> ET.Element:
    return parse(html_for(mixed_quiz, tmp_path))


def question_in(quiz: Quiz, prompt: str):
    (found,) = [q for q in quiz.questions if q.prompt == prompt]
    return found


def table(item: ET.Element) -> list[tuple[str, str, str, str]]:
    """A matching question's rows: (left number, left item, right letter, right item)."""
    return [
        (
            text(one(row, "pair-number")),
            text(one(one(row, "match-left"), "text")),
            text(one(one(row, "match-right"), "letter")),
            text(one(one(row, "match-right"), "text")),
        )
        for row in by_class(item, "match-row")
    ]


def key_for(table_rows, question: MatchingQuestion) -> str:
    """The key a matching question must have, worked out from its printed table."""
    letter = {right: letter for _, _, letter, right in table_rows}
    return ", ".join(f"{n} {letter[pair.right]}" for n, pair in enumerate(question.pairs, start=1))


def test_every_question_type_has_a_part():
    union = typing.get_args(Question)[0]  # Question is Annotated[Union[...], Field(...)]
    assert set(PART_TYPES) == set(typing.get_args(union))


def test_each_type_is_a_part_and_numbering_runs_on(mixed_quiz, page):
    parts = by_class(page, "part")
    assert [text(p.find(".//h2")) for p in parts] == [
        "Part 1: Multiple choice",
        "Part 2: True or false",
        "Part 3: Matching",
        "Part 4: Fill in the blanks",
    ]
    assert numbers(by_class(page, "question")) == [f"{n}." for n in range(1, len(mixed_quiz.questions) + 1)]
    assert numbers(by_class(one(page, "part-true-false"), "question")) == ["4.", "5."]
    assert numbers(by_class(one(page, "part-matching"), "question")) == ["6.", "7."]
    assert re.search(r"Score:\s*/\s*9\b", text(one(page, "score")))


def test_one_version_numbers_the_questions_as_the_quiz_does(tmp_path):
    # The pipeline orders a quiz's questions by type as the worksheet's parts are, so question 7
    # on paper is question 7 in the JSON and in the LMS exports.
    from quizgen import build_quiz, read_article

    quiz = build_quiz(read_article(SEED), seed=2)
    assert {type(q) for q in quiz.questions} == set(PART_TYPES), "the seed article no longer gives every type"
    items = by_class(parse(html_for(quiz, tmp_path)), "question")
    assert len(items) == len(quiz.questions)
    for number, (item, question) in enumerate(zip(items, quiz.questions, strict=True), start=1):
        assert text(one(item, "number")) == f"{number}."
        assert question.prompt.split("___")[0] in text(item)  # a cloze prompt up to its blank


def test_true_false_part_has_t_and_f_to_circle_before_each_statement(mixed_quiz, page):
    part = one(page, "part-true-false")
    assert text(one(part, "instruction")) == "Circle T if the statement is true, F if it is false."
    items = by_class(part, "question")
    assert len(items) == len(mixed_quiz.true_false)
    for item, question in zip(items, mixed_quiz.true_false, strict=True):
        statement = one(item, "statement")
        assert [text(letter) for letter in by_class(one(statement, "circle"), "letter")] == ["T", "F"]
        assert text(one(statement, "text")) == question.prompt
        assert text(statement) == f"{text(one(item, 'number'))} T F {question.prompt}"
    assert not by_class(part, "correction") and "Correction" not in text(part)


def test_matching_part_is_a_lettered_table_in_the_seeded_order(mixed_quiz, page):
    part = one(page, "part-matching")
    assert text(one(part, "instruction")).startswith("Write the letter of the matching item on the line")
    items = by_class(part, "question")
    assert len(items) == len(mixed_quiz.matching) == 2
    for item, question in zip(items, mixed_quiz.matching, strict=True):
        assert text(one(item, "prompt")) == f"{text(one(item, 'number'))} {question.prompt}"
        rows = table(item)
        assert [(n, left) for n, left, _, _ in rows] == [(f"{i}.", p.left) for i, p in enumerate(question.pairs, 1)]
        # The same right-hand order as the Anki card and every other renderer shows.
        assert [(letter, right) for _, _, letter, right in rows] == list(
            zip("ABCD", question.right_order(mixed_quiz.seed), strict=False)
        )
        for row in by_class(item, "match-row"):
            (line,) = by_class(row, "letter-line")  # a line for the student's letter, left empty
            assert text(line) == "" and "line" in line.get("class").split()
    assert len(table(items[1])) == 3 and [row[2] for row in table(items[1])] == ["A", "B", "C"]


def test_key_lists_t_or_f_with_the_correction_and_matching_letters(mixed_quiz, page):
    entries = {text(one(e, "number")): e for e in by_class(one(page, "key"), "key-entry")}
    assert list(entries) == [f"{n}." for n in range(1, 10)]
    true_entry, false_entry = entries["4."], entries["5."]
    assert text(one(true_entry, "letter")) == "T" and not by_class(true_entry, "correction")
    assert text(true_entry) == f"4. T {text(one(true_entry, 'evidence'))}"  # the evidence, no correction
    false = question_in(mixed_quiz, text(one(by_class(page, "question")[4], "text")))
    assert false.answer == "False"
    assert text(one(false_entry, "letter")) == "F"
    assert text(one(false_entry, "correction")) == f"Correction: {false.correction}"
    for number, item in zip(("6.", "7."), by_class(one(page, "part-matching"), "question"), strict=True):
        question = question_in(mixed_quiz, text(one(item, "prompt")).split(" ", 1)[1])
        assert text(one(entries[number], "answer")) == key_for(table(item), question)
        assert by_class(entries[number], "letter") == []
    assert text(one(entries["6."], "answer")) == "1 B, 2 D, 3 A, 4 C"  # the fixture, worked out by hand


def test_statement_mcq_prints_its_long_options_whole(mixed_quiz, page):
    statement = next(q for q in mixed_quiz.multiple_choice if q.kind == QuestionKind.STATEMENT)
    (item,) = [i for i in by_class(one(page, "part-choice"), "question") if statement.prompt in text(one(i, "prompt"))]
    options = by_class(item, "option")
    assert [(text(one(o, "letter")), text(one(o, "text"))) for o in options] == list(
        zip("ABCD", statement.choices, strict=False)
    )
    # Each option is a row: a long option's later lines start under its text, not under its letter.
    assert "display: flex" in _css_rule(page, ".option")
    assert "flex: none" in _css_rule(page, ".option .letter")


def test_versions_have_their_own_orders_and_keys(mixed_quiz, tmp_path):
    page = parse(html_for(mixed_quiz, tmp_path, versions=4))
    sheets, keys = by_class(page, "sheet"), by_class(page, "key")
    orders = {q.id: set() for q in mixed_quiz.matching}
    statement_orders = set()
    for sheet, key in zip(sheets, keys, strict=True):
        entries = {text(one(e, "number")): e for e in by_class(key, "key-entry")}
        statements = [text(one(i, "text")) for i in by_class(one(sheet, "part-true-false"), "question")]
        statement_orders.add(tuple(statements))
        for item in by_class(one(sheet, "part-true-false"), "question"):
            question = question_in(mixed_quiz, text(one(item, "text")))
            assert text(one(entries[text(one(item, "number"))], "letter")) == question.answer[0]
        for item in by_class(one(sheet, "part-matching"), "question"):
            question = question_in(mixed_quiz, text(one(item, "prompt")).split(" ", 1)[1])
            rows = table(item)
            assert sorted(right for *_, right in rows) == sorted(p.right for p in question.pairs)
            assert [left for _, left, _, _ in rows] == [p.left for p in question.pairs]
            assert text(one(entries[text(one(item, "number"))], "answer")) == key_for(rows, question)
            orders[question.id].add(tuple(right for *_, right in rows))
    assert all(len(seen) > 1 for seen in orders.values()), "every version shows the same right-hand column"
    assert len(statement_orders) > 1, "every version has the same true/false order"
    assert html_for(mixed_quiz, tmp_path, versions=4) == html_for(mixed_quiz, tmp_path, versions=4)


def test_print_rules_hold_for_the_new_parts(mixed_quiz, tmp_path):
    page = parse(html_for(mixed_quiz, tmp_path))
    assert re.search(r"break-inside:\s*avoid", _css_rule(page, "li.question"))
    assert re.search(r"break-inside:\s*avoid", _css_rule(page, "tr.match-row"))
    large = parse(html_for(mixed_quiz, tmp_path, large_print=True))
    # The letter line is sized in ems, so it grows with large print (the name lines' 45 mm would not fit).
    assert re.search(r"width:\s*[\d.]+em;", _css_rule(large, ".match .line.letter-line"))
    friendly = parse(html_for(mixed_quiz, tmp_path, dyslexia_friendly=True))
    assert "text-align: center" in _css_rule(friendly, ".dyslexia-friendly .circle .letter")


def test_hostile_text_in_the_new_parts_stays_text(tmp_path):
    quiz = Quiz(
        title="Hostile",
        slug="hostile",
        questions=(
            TrueFalseQuestion(
                id="tf",
                kind=QuestionKind.STATEMENT,
                prompt=f"Carney met {HOSTILE}.",
                answer="False",
                correction=f"Carney met Zelenskyy, not {HOSTILE}.",
                source_sentence="s",
            ),
            MatchingQuestion(
                id="m",
                kind=QuestionKind.MATCH_QUOTE,
                prompt=f"Match {HOSTILE}.",
                pairs=(
                    MatchPair(left=f"A {HOSTILE}", right=f"“{HOSTILE}”", source_sentence="s"),
                    MatchPair(left="B <i>x</i>", right="</td></tr></table>", source_sentence="s"),
                    MatchPair(left="C {{c1::x}}", right="]]>", source_sentence="s"),
                ),
            ),
        ),
    )
    html = html_for(quiz, tmp_path)
    ET.fromstring(html.removeprefix("<!DOCTYPE html>\n"))  # still well-formed
    page = parse(html)
    assert not {e.tag for e in page.iter()} & {"script", "img", "b", "i"}
    assert not any(name.startswith("on") for e in page.iter() for name in e.attrib)
    assert text(one(one(page, "part-true-false"), "text")) == quiz.questions[0].prompt
    rows = table(one(one(page, "part-matching"), "question"))
    assert [left for _, left, _, _ in rows] == [f"A {HOSTILE}", "B <i>x</i>", "C {{c1::x}}"]
    assert {right for *_, right in rows} == {f"“{HOSTILE}”", "</td></tr></table>", "]]>"}
    assert text(one(one(page, "key"), "correction")) == f"Correction: {quiz.questions[0].correction}"


def test_mixed_quiz_page_is_well_formed_and_the_quiz_unchanged(mixed_quiz, tmp_path):
    before = mixed_quiz.model_dump_json()
    ET.fromstring(html_for(mixed_quiz, tmp_path, versions=2).removeprefix("<!DOCTYPE html>\n"))
    assert mixed_quiz.model_dump_json() == before
