"""The Quizlet import text, read back as Quizlet splits it: cards at newlines, term and definition at the tab."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from quizgen.articles import read_article
from quizgen.exporters import quizlet, write_quiz
from quizgen.exporters.text import one_line
from quizgen.models import ClozeQuestion, MultipleChoiceQuestion, QuestionKind, Quiz
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
    assert len(cards) == len(quiz.questions)
    for question, (term, definition) in zip(quiz.questions, cards):
        assert definition == one_line(question.answer)
        if isinstance(question, ClozeQuestion):
            before, after = question.split()
            assert term == one_line(f"{before}____{after}") and question.answer not in term
        else:
            assert term == one_line(question.prompt)


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
            MultipleChoiceQuestion(id="m", kind=QuestionKind.QUOTE, prompt="Who\tsaid\n“a\r\nb”?",
                                   choices=("Ann\tLee", "Bo"), answer="Ann\tLee", source_sentence="x"),
            ClozeQuestion(id="c", kind=QuestionKind.CLOZE, prompt="Line one\n\nline\ttwo _______\x0b end.",
                          answer="the\nword", source_sentence="x"),
        ),
    )
    cards = read_cards(quizlet.dumps(quiz))
    assert cards == [("Who said “a b”?", "Ann Lee"), ("Line one line two ____ end.", "the word")]


def test_markup_stays_as_typed(hostile_quiz):
    assert_cards_match(hostile_quiz, quizlet.dumps(hostile_quiz))


def test_the_seed_article_through_the_real_pipeline():
    quiz = build_quiz(read_article(SEED))
    assert_cards_match(quiz, quizlet.dumps(quiz))
