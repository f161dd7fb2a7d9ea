"""Markup in the newer question types (true/false, statements, matching) stays text in every LMS export.

The same checks as tests/test_hostile_article.py, on a hand-made quiz: the shared hostile
fixture has only multiple choice and cloze, and the generators of the newer types are not what
is tested here. Each format is read back by the reader its own tests use.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook
from test_export_gift import assert_parsed_like
from test_export_kahoot import PAYLOADS, injected_quiz
from test_export_moodle import assert_read_back
from test_export_qti import assert_items_match, parts
from test_export_quizlet import assert_cards_match
from test_hostile_article import Elements, assert_inert

from quizgen.errors import QuizgenWarning
from quizgen.exporters import ExportOptions, gift, kahoot, moodle, qti, quizlet
from quizgen.exporters.text import one_line
from quizgen.models import MatchingQuestion, MatchPair, MultipleChoiceQuestion, QuestionKind, Quiz, TrueFalseQuestion

HOSTILE = "<script>alert(1)</script> & <img src=x onerror=alert(2)> <b>bold</b>"
SENTENCE = f"Carney met Zelenskyy in Rome {HOSTILE}."


def hostile_quiz() -> Quiz:
    return Quiz(
        title=f"Markup {HOSTILE}",
        slug="hostile-types",
        questions=(
            TrueFalseQuestion(
                id="tf-false",
                kind=QuestionKind.STATEMENT,
                answer="False",
                source_sentence=SENTENCE,
                prompt=f"Carney met Zelenskyy in <i>Paris</i> {HOSTILE}.",
                correction=SENTENCE,
            ),
            TrueFalseQuestion(
                id="tf-true", kind=QuestionKind.STATEMENT, answer="True", source_sentence=SENTENCE, prompt=SENTENCE
            ),
            MultipleChoiceQuestion(
                id="statement",
                kind=QuestionKind.STATEMENT,
                source_sentence=SENTENCE,
                prompt="Which statement does the article support?",
                answer=SENTENCE,
                choices=(SENTENCE, f"Carney met Zelenskyy in <i>Kyiv</i> {HOSTILE}."),
            ),
            MatchingQuestion(
                id="match",
                kind=QuestionKind.MATCH_QUOTE,
                prompt=f"Match <b>each</b> person {HOSTILE}",
                pairs=(
                    MatchPair(left="<b>Carney</b>", right=f"“{HOSTILE}”", source_sentence=SENTENCE),
                    MatchPair(
                        left=f"Zelenskyy {HOSTILE}", right="<script>steal()</script> -> =", source_sentence=SENTENCE
                    ),
                    MatchPair(left="Meloni -> <i>", right="&amp; <p>", source_sentence="<img src=x onerror=alert(3)>"),
                ),
            ),
        ),
    )


@pytest.fixture
def quiz() -> Quiz:
    return hostile_quiz()


def test_gift(quiz):
    text = gift.dumps(quiz)
    assert_parsed_like(quiz, text)
    for block in text.split("\n\n")[2:]:
        assert not Elements(block.replace("\\", "")).tags & {"script", "img", "b", "i", "p"}, block


def test_moodle_xml(quiz):
    text = moodle.dumps(quiz)
    assert_read_back(quiz, text)
    root = ET.fromstring(text)
    html_fields = [e.findtext("text") or "" for e in root.iter() if e.get("format") == "html"]
    html_fields += [sub.findtext("answer/text") for sub in root.iter("subquestion")]  # shown through format_string
    for field in html_fields:
        assert_inert(field)
    assert sum(HOSTILE in Elements(field).text for field in html_fields) >= 5  # shown as text, not dropped


def test_qti_items(quiz, tmp_path):
    path = tmp_path / "quiz.qti.zip"
    qti.export(quiz, path, ExportOptions(timestamp=1_700_000_000))
    _, assessment, _ = parts(zipfile.ZipFile(path))
    assert_items_match(quiz, assessment)
    texts = [m.text or "" for m in assessment.iter() if m.tag.endswith("mattext")]
    for text in texts:
        assert_inert(text)
    assert sum(HOSTILE in Elements(text).text for text in texts) >= 5


def test_kahoot_cells_are_plain_text(quiz, tmp_path):
    path = tmp_path / "quiz.xlsx"
    with pytest.warns(QuizgenWarning, match="left out 1 matching question"):
        kahoot.export(quiz, path, ExportOptions())
    rows = list(load_workbook(path).active.iter_rows(min_row=9, max_col=8, values_only=True))
    assert [(r[1], r[2:4], r[7]) for r in rows[:2]] == [
        (one_line(q.prompt), ("True", "False"), 2 if q.answer == "False" else 1) for q in quiz.true_false
    ]


def test_quizlet_cards_as_typed(quiz):
    text = quizlet.dumps(quiz)
    assert_cards_match(quiz, text)
    assert f"False: {html.unescape(SENTENCE)}" in text  # nothing escaped: Quizlet shows text as typed


@pytest.mark.parametrize("payload", [*PAYLOADS, "a ]]> b & <c> \"q\" 's' \x0b\x01"])
def test_spreadsheet_payloads_stay_text_in_the_xml_and_quizlet_exports(payload, tmp_path):
    """Formula payloads mean nothing to Moodle, Canvas or Quizlet: the XML keeps them as text (its
    own readers get back exactly what the article said) and Quizlet's paste box shows them as typed."""
    quiz = injected_quiz(payload)
    assert_read_back(quiz, moodle.dumps(quiz))
    path = tmp_path / "quiz.qti.zip"
    qti.export(quiz, path, ExportOptions(timestamp=1_700_000_000))
    assert_items_match(quiz, parts(zipfile.ZipFile(path))[1])
    assert_cards_match(quiz, quizlet.dumps(quiz))
