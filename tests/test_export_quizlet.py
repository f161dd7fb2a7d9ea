"""The Quizlet import text, read back as Quizlet splits it: cards at newlines, term and definition at the tab."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from quizgen.articles import read_article
from quizgen.exporters import quizlet, write_quiz
from quizgen.exporters.text import one_line
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


def read_cards(text: str) -> list[tuple[str, str]]:
    assert text.endswith("\n") and "\r" not in text
    lines = text.splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [tuple(r) for r in rows] == [tuple(line.split("\t")) for line in lines]
    return [tuple(r) for r in rows]


def assert_cards_match(quiz: Quiz, text: str) -> None:
    cards = read_cards(text)
    assert cards == [card for question in quiz.questions for card in EXPECTED[type(question)](question)]


def question_card(question: MultipleChoiceQuestion) -> list[tuple[str, str]]:
    if len(question.answer) > len(question.prompt):  # which statement: the term shows the options
        options = " ".join(f"({letter}) {choice}" for letter, choice in zip("abcd", question.choices, strict=False))
        return [(one_line(f"{question.prompt} {options}"), one_line(question.answer))]
    return [(one_line(question.prompt), one_line(question.answer))]


def cloze_card(question: ClozeQuestion) -> list[tuple[str, str]]:
    before, after = question.split()
    assert question.answer not in one_line(f"{before}{after}")
    return [(one_line(f"{before}____{after}"), one_line(question.answer))]


def statement_card(question: TrueFalseQuestion) -> list[tuple[str, str]]:
    return [
        (one_line(question.prompt), "True" if question.answer == "True" else one_line(f"False: {question.correction}"))
    ]


def pair_cards(question: MatchingQuestion) -> list[tuple[str, str]]:
    return [(one_line(p.left), one_line(p.right)) for p in question.pairs]


EXPECTED = {
    MultipleChoiceQuestion: question_card,
    ClozeQuestion: cloze_card,
    TrueFalseQuestion: statement_card,
    MatchingQuestion: pair_cards,
}


def test_fixture_quiz_one_card_per_question(quiz, tmp_path):
    path = write_quiz(quiz, "quizlet", tmp_path)
    assert path.name == "zelenskyy-carney-g7.quizlet.txt"
    text = path.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    assert_cards_match(quiz, text)
    assert read_cards(text)[2] == (
        "As a practicing Catholic, he is attending Pope Leo’s installation alongside a Canadian delegation that "
        "includes Indigenous leaders, bishops, and ____ Liberal MPs, many of whom represent Catholic communities.",
        "13",
    )


def test_tabs_and_newlines_inside_fields_are_spaces():
    quiz = Quiz(
        title="Tabs",
        slug="tabs",
        questions=(
            MultipleChoiceQuestion(
                id="m",
                kind=QuestionKind.QUOTE,
                prompt="Who\tsaid\n“a\r\nb”?",
                choices=("Ann\tLee", "Bo"),
                answer="Ann\tLee",
                source_sentence="x",
            ),
            ClozeQuestion(
                id="c",
                kind=QuestionKind.CLOZE,
                prompt="Line one\n\nline\ttwo _______\x0b end.",
                answer="the\nword",
                source_sentence="x",
            ),
        ),
    )
    cards = read_cards(quizlet.dumps(quiz))
    assert cards == [("Who said “a b”?", "Ann Lee"), ("Line one line two ____ end.", "the word")]


def test_true_false_and_matching_cards(mixed_quiz):
    text = quizlet.dumps(mixed_quiz)
    assert_cards_match(mixed_quiz, text)
    cards = read_cards(text)
    assert cards[4:6] == [
        (
            "The request came during their first in-person meeting, held in Rome ahead of the upcoming G7 summit in Canada.",
            "True",
        ),
        (
            "Carney, who is visiting Kananaskis for the installation of Pope Leo XIV, met Zelenskyy on the sidelines of the "
            "ceremony.",
            "False: Carney, who is visiting Rome for the installation of Pope Leo XIV, met Zelenskyy on the sidelines of the "
            "ceremony.",
        ),
    ]
    assert cards[7:11] == [
        ("Ursula von der Leyen", "European Commission President"),
        ("Giorgia Meloni", "Italian Prime Minister"),
        ("Jason Easton", "former senior adviser to ex-prime minister Justin Trudeau"),
        ("Roland Paris", "University of Ottawa"),
    ]
    assert len(cards) == len(mixed_quiz.questions) - 2 + 4 + 3  # one card a pair


def test_tabs_and_newlines_in_statements_and_pairs_are_spaces():
    quiz = Quiz(
        title="Tabs",
        slug="tabs",
        questions=(
            TrueFalseQuestion(
                id="t",
                kind=QuestionKind.STATEMENT,
                prompt="It\trained\nin\r\nRome.",
                answer="False",
                correction="It\tsnowed\x0b in\nRome.",
                source_sentence="x",
            ),
            MatchingQuestion(
                id="p",
                kind=QuestionKind.MATCH_ROLE,
                prompt="Match.",
                pairs=(
                    MatchPair(left="Ann\tLee", right="the\nmayor", source_sentence="x"),
                    MatchPair(left="Bo\r\n", right="\tchief", source_sentence="x"),
                    MatchPair(left="Cy", right="a\u2028b", source_sentence="x"),
                ),
            ),
        ),
    )
    cards = read_cards(quizlet.dumps(quiz))
    assert cards == [
        ("It rained in Rome.", "False: It snowed in Rome."),
        ("Ann Lee", "the mayor"),
        ("Bo", "chief"),
        ("Cy", "a b"),
    ]


def test_markup_stays_as_typed(hostile_quiz):
    assert_cards_match(hostile_quiz, quizlet.dumps(hostile_quiz))


def test_the_seed_article_through_the_real_pipeline():
    quiz = build_quiz(read_article(SEED))
    assert_cards_match(quiz, quizlet.dumps(quiz))


def test_which_statement_card_shows_the_statements_to_choose_from(mixed_quiz, tmp_path):
    text = write_quiz(mixed_quiz, "quizlet", tmp_path).read_text(encoding="utf-8")
    [card] = [c for c in read_cards(text) if c[0].startswith("Which statement does the article support?")]
    assert "(a) The request came during" in card[0] and "(d)" in card[0]
    assert card[1].startswith("The request came during") and "Rome" in card[1]
