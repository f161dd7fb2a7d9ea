"""The `quizgen` command, run through click's CliRunner (and once as a real subprocess).

Errors must read `Error: ...` on stderr with exit code 1 (2 for a usage mistake) and never
show a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import make_quiz

import quizgen.pipeline
from quizgen.articles import slugify
from quizgen.cli import cli
from quizgen.exporters.json_export import dumps
from quizgen.quizfile import load_quiz

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"
STDIN_SLUG = slugify("Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire")  # named from the title


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # click < 8.2 mixes stderr into output by default
    except TypeError:
        return CliRunner()  # click >= 8.2 keeps result.stderr separate


def run(*args: str, input: str | bytes | None = None):
    return _runner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=True)


def use_build(monkeypatch, build) -> None:
    """Make the CLI call `build(article, count=..., seed=...)` instead of the pipeline (run with --jobs 1)."""
    report = quizgen.pipeline.BuildReport(candidates=0, accepted=0)
    monkeypatch.setattr(quizgen.pipeline, "build_quiz_with_report", lambda a, **kw: (build(a, **kw), report))


def fake_build(article, *, count=None, seed=None):
    return make_quiz(article.title).model_copy(update={"slug": article.slug})


def assert_clean_error(result, starts_with: str = "Error: ", exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, (result.stdout, result.stderr, result.exception)
    assert result.stderr.startswith(starts_with), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def write_quiz_file(path: Path, edit=None) -> Path:
    data = json.loads(dumps(make_quiz()))
    if edit:
        edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --- build --------------------------------------------------------------------------------


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "first.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "second.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.json").write_text("not an article: only .txt, .md and .html files are built", encoding="utf-8")
    return folder


def test_build_writes_three_files_per_article(articles, tmp_path):
    out = tmp_path / "decks"
    result = run("build", articles, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "first.apkg",
        "first.html",
        "first.json",
        "second.apkg",
        "second.html",
        "second.json",
    ]
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[0].startswith(f"{articles / 'first.txt'}: ")
    assert "questions -> " in lines[0] and lines[0].endswith("first.html")
    assert lines[-1].startswith("Built 2 of 3 articles (") and lines[-1].endswith("; 1 skipped:")
    assert result.stderr == (
        f"Skipped: {articles / 'notes.json'}: not an article (quizgen's outputs and data files "
        "are not read from folders).\n"
    )


def test_build_reports_a_bad_file_and_builds_the_others(articles, tmp_path):
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04 binary junk")
    out = tmp_path / "decks"
    result = run("build", articles, "-o", out)
    assert_clean_error(result, f"Skipped: {articles / 'notes.json'}: not an article")
    assert result.stderr.splitlines()[1].startswith(f"Error: {articles / 'broken.txt'} is a binary file")
    assert len(result.stderr.splitlines()) == 2
    assert {p.stem for p in out.iterdir()} == {"first", "second"}
    assert "Built 2 of 4 articles" in result.stdout and "1 skipped, 1 failed" in result.stdout


def test_build_prints_output_paths_relative_to_the_current_folder(articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("build", "articles", "-o", "out", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(f"-> {Path('out') / 'first.json'}")


def test_build_count_and_seed_reach_the_pipeline(articles, tmp_path, monkeypatch):
    seen = []

    def spy(article, *, count=None, seed=None):
        seen.append((count, seed))
        return fake_build(article)

    use_build(monkeypatch, spy)
    result = run("build", articles, "-o", tmp_path / "out", "--count", "3", "--seed", "42", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert seen == [(3, 42), (3, 42)]


def test_build_folder_without_articles(tmp_path):
    assert_clean_error(run("build", tmp_path, "-o", tmp_path / "out"), f"Error: {tmp_path} has no articles (.txt, ")


def test_build_missing_folder_fails_like_a_missing_file(tmp_path):
    result = run("build", tmp_path / "nope", "-o", tmp_path / "out")
    assert_clean_error(result, f"Error: {tmp_path / 'nope'} does not exist.")


# --- generate -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "apkg", "html"])
def test_generate_one_format(fmt, tmp_path):
    result = run("generate", SEED, "-o", tmp_path, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == [f"zelenskyy-carney-g7.{fmt}"]


def test_generate_default_is_all_three_formats_and_json_renders_back(tmp_path):
    result = run("generate", SEED, "-o", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".apkg", ".html", ".json"]
    quiz = load_quiz(tmp_path / "zelenskyy-carney-g7.json")
    assert f"{len(quiz.questions)} questions" in result.stdout


def test_generate_same_seed_same_quiz_and_count_is_a_maximum(tmp_path):
    for out in ("a", "b"):
        result = run("generate", SEED, "-o", tmp_path / out, "--format", "json", "--seed", "5", "--count", "3")
        assert result.exit_code == 0, result.stderr
    first, second = (tmp_path / out / "zelenskyy-carney-g7.json" for out in ("a", "b"))
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert 1 <= len(load_quiz(first).questions) <= 3


def test_generate_repeated_format(tmp_path):
    result = run("generate", SEED, "-o", tmp_path, "--format", "json", "--format", "html", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".html", ".json"]


def test_generate_from_standard_input_is_named_from_the_title(tmp_path):
    result = run("generate", "-", "-o", tmp_path, "--format", "json", input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == [f"{STDIN_SLUG}.json"]
    assert result.stdout.startswith("standard input: ")


def test_generate_binary_standard_input(tmp_path):
    result = run("generate", "-", "-o", tmp_path, input=b"\x00\x00\x00")
    assert_clean_error(result, "Error: standard input is a binary file")


def test_generate_a_directory(tmp_path):
    result = run("generate", tmp_path, "-o", tmp_path / "out")
    assert_clean_error(result, f"Error: {tmp_path} is a folder, not an article.")


def test_generate_a_missing_file(tmp_path):
    result = run("generate", tmp_path / "missing.txt", "-o", tmp_path)
    assert_clean_error(result, f"Error: {tmp_path / 'missing.txt'} does not exist.")


def test_generate_keeps_going_after_a_bad_article(tmp_path):
    result = run("generate", tmp_path / "missing.txt", SEED, "-o", tmp_path / "out", "--format", "json")
    assert_clean_error(result)
    assert (tmp_path / "out" / "zelenskyy-carney-g7.json").exists()


def test_generate_refuses_two_quizzes_with_one_name(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "zelenskyy-carney-g7.txt").write_bytes(SEED.read_bytes())
    result = run("generate", SEED, tmp_path / "a" / "zelenskyy-carney-g7.txt", "-o", tmp_path / "out")
    assert_clean_error(result, f"Error: {tmp_path / 'a' / 'zelenskyy-carney-g7.txt'}: its quiz is named")


def test_generate_into_an_unwritable_place(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    result = run("generate", SEED, "-o", blocker / "sub", "--format", "json")
    assert_clean_error(result, f"Error: could not create the output folder {blocker / 'sub'}")


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["generate", SEED, "--format", "odt"], "Error: Invalid value for '--format'", id="unknown-format"),
        pytest.param(["generate", SEED, "--count", "0"], "Error: Invalid value for '--count'", id="count-zero"),
        pytest.param(["generate"], "Error: Missing argument 'ARTICLES...'", id="no-article"),
        pytest.param(["generate", "-", "-"], "Error: Invalid value for ARTICLES", id="stdin-twice"),
        pytest.param(["generate", SEED, "--colour"], "Error: No such option", id="unknown-option"),
        pytest.param(["frobnicate"], "Error: No such command 'frobnicate'", id="unknown-command"),
    ],
)
def test_usage_errors_exit_2_with_error_prefix(args, message):
    assert_clean_error(run(*args), message, exit_code=2)


def test_unexpected_exceptions_are_named_as_bugs_not_swallowed(monkeypatch, tmp_path):
    def broken(article, *, count=None, seed=None):
        raise RuntimeError("a bug")

    use_build(monkeypatch, broken)
    result = run("generate", SEED, "-o", tmp_path)
    assert_clean_error(result, f"Error: {SEED}: quizgen failed on it (RuntimeError: a bug in test_cli.py, line ")
    assert result.stderr.endswith("This is a bug in quizgen: please report it with the article.\n")


# --- render -------------------------------------------------------------------------------


def test_render_a_valid_quiz(tmp_path):
    quiz_file = write_quiz_file(tmp_path / "quiz.json")
    result = run("render", quiz_file, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "zelenskyy-carney-g7.apkg",
        "zelenskyy-carney-g7.html",
        "zelenskyy-carney-g7.json",
    ]
    assert load_quiz(tmp_path / "out" / "zelenskyy-carney-g7.json") == make_quiz()
    assert result.stdout.startswith(f"{quiz_file}: 4 questions -> ")


def test_render_after_deleting_a_question(tmp_path):
    quiz_file = write_quiz_file(tmp_path / "quiz.json", lambda d: d["questions"].pop(0))
    result = run("render", quiz_file, "-o", tmp_path, "--format", "html")
    assert result.exit_code == 0, result.stderr
    assert "3 questions" in result.stdout


def test_render_answer_not_among_choices(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_quiz_file(tmp_path / "quiz.json", lambda d: d["questions"][1].update(answer="X"))
    result = run("render", "quiz.json", "-o", "out")
    assert_clean_error(result)
    assert result.stderr == (
        "Error: quiz.json: question 2 (multiple choice, id q-role-1): answer 'X' must be exactly one of the choices\n"
    )
    assert not (tmp_path / "out").exists()


def test_render_malformed_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("quiz.json").write_text('{\n  "title": "t",\n  "slug": "t",\n  "questions" []\n}\n', encoding="utf-8")
    result = run("render", "quiz.json")
    assert_clean_error(result)
    assert result.stderr == "Error: quiz.json is not valid JSON (line 4, column 15: Expecting ':' delimiter)\n"


def test_render_missing_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert_clean_error(run("render", "gone.json"), "Error: gone.json does not exist.")


def test_render_a_folder(tmp_path):
    assert_clean_error(run("render", tmp_path), f"Error: {tmp_path} is a folder, not a quiz file.")


def _set(index: int, **fields):
    return lambda d: d["questions"][index].update(fields)


def _delete(index: int, field: str):
    return lambda d: d["questions"][index].pop(field)


def _append(question: dict):
    return lambda d: d["questions"].append(question)


MC1, MC2, CLOZE1, CLOZE2 = (
    "question 1 (multiple choice, id q-quote-1)",
    "question 2 (multiple choice, id q-role-1)",
    "question 3 (fill in the blank, id q-cloze-1)",
    "question 4 (fill in the blank, id q-cloze-2)",
)
TYPES = '"multiple_choice", "cloze", "true_false" or "matching"'
PAIR = {"left": "Carney", "right": "Prime Minister", "source_sentence": "Prime Minister Mark Carney spoke."}

# What a teacher's edits turn into: (edit, message after "quiz.json: "). No message may use Pydantic's
# words (see test_render_messages_are_plain_words): the question, its type and the field, then what to do.
EDITS = [
    pytest.param(
        _set(1, answer="X"), f"{MC2}: answer 'X' must be exactly one of the choices", id="answer-not-a-choice"
    ),
    pytest.param(
        _set(0, prompt=""), f"{MC1}, field 'prompt': is too short; write at least 3 characters", id="empty-prompt"
    ),
    pytest.param(_set(2, answer="   "), f"{CLOZE1}, field 'answer': is only spaces; write the text", id="blank-answer"),
    pytest.param(_set(3, answer=""), f"{CLOZE2}, field 'answer': is empty; write the text", id="empty-answer"),
    pytest.param(
        _set(2, prompt="No blank here."),
        f"{CLOZE1}: a cloze prompt must contain exactly one blank (a run of underscores)",
        id="cloze-without-blank",
    ),
    pytest.param(_delete(3, "answer"), f"{CLOZE2}, field 'answer' is missing", id="missing-field"),
    pytest.param(_delete(0, "type"), f"question 1 (id q-quote-1): 'type' is missing; use {TYPES}", id="missing-type"),
    pytest.param(
        _set(0, type="essay"),
        f"question 1 (id q-quote-1): type 'essay' is not a question type; use {TYPES}",
        id="unknown-type",
    ),
    pytest.param(
        _set(0, colour="red"),
        f"{MC1}: unknown field 'colour' (remove it; `quizgen schema` lists the fields)",
        id="extra-field",
    ),
    pytest.param(
        _set(0, choices=["A", "A", "Mark Carney"]),
        f"{MC1}: choices must be distinct (ignoring case and spacing)",
        id="duplicate-choices",
    ),
    pytest.param(
        _set(0, choices=["Mark Carney", 5, "Roland Paris"]),
        f"{MC1}, choice 2: must be text in double quotes, not the number 5",
        id="choice-not-text",
    ),
    pytest.param(
        _set(0, choices=["Mark Carney"]), f"{MC1}, field 'choices': has 1 choice; give at least 2", id="one-choice"
    ),
    pytest.param(
        _set(0, choices=[f"Person {i}" for i in range(9)] + ["Mark Carney"]),
        f"{MC1}, field 'choices': has 10 choices; give at most 8",
        id="ten-choices",
    ),
    pytest.param(
        _set(0, choices="Mark Carney, Roland Paris"),
        f"{MC1}, field 'choices': must be a list in square brackets [...], not the text \"Mark Carney, Roland Paris\"",
        id="choices-not-a-list",
    ),
    pytest.param(
        _set(0, answer=None), f"{MC1}, field 'answer': must be text in double quotes, not null", id="answer-null"
    ),
    pytest.param(
        _set(0, kind="poem"),
        f"{MC1}, field 'kind': must be 'quote', 'role_holder', 'person_role', "
        "'affiliation', 'subject', 'place', 'date', 'number', 'organization', 'cloze', 'statement', "
        "'match_role' or 'match_quote'",
        id="unknown-kind",
    ),
    pytest.param(
        _set(0, id="q 1"),
        "question 1 (multiple choice, id q 1), field 'id': may hold only letters, digits, '-' and '_', 1 to 64 of them",
        id="id-with-a-space",
    ),
    pytest.param(_delete(1, "id"), "question 2 (multiple choice, no id), field 'id' is missing", id="missing-id"),
    pytest.param(_set(1, id="q-quote-1"), "question ids must be unique; repeated: q-quote-1", id="duplicate-ids"),
    pytest.param(
        _append(
            {
                "type": "true_false",
                "id": "t",
                "kind": "statement",
                "prompt": "It rained in Rome.",
                "answer": "Yes",
                "source_sentence": "It rained in Rome.",
            }
        ),
        "question 5 (true or false, id t), field 'answer': must be 'True' or 'False'",
        id="true-false-yes",
    ),
    pytest.param(
        _append(
            {
                "type": "matching",
                "id": "m",
                "kind": "match_role",
                "prompt": "Match them.",
                "pairs": [PAIR, {**PAIR, "left": ""}],
            }
        ),
        "question 5 (matching, id m), pair 2, field 'left': is empty; write the text\n"
        "  quiz.json: question 5 (matching, id m), field 'pairs': has 2 pairs; give at least 3",
        id="matching-empty-left",
    ),
    pytest.param(
        _append(5),
        "question 5 (no id): must be an object in curly braces {...}, not the number 5",
        id="question-not-an-object",
    ),
    pytest.param(lambda d: d.update(questions=[]), "the quiz has no questions; keep at least one", id="no-questions"),
    pytest.param(
        lambda d: d.update(questions={}),
        "field 'questions': must be a list in square brackets [...], not an object",
        id="questions-object",
    ),
    pytest.param(lambda d: d.pop("title"), "field 'title' is missing", id="missing-title"),
    pytest.param(lambda d: d.update(title=""), "field 'title': is empty; write the text", id="empty-title"),
    pytest.param(
        lambda d: d.update(slug="My Quiz"),
        "field 'slug': may hold only lowercase letters, digits and '-', and starts with a letter or digit",
        id="slug-with-capitals",
    ),
    pytest.param(
        lambda d: d.update(seed=1.5), "field 'seed': must be a whole number, not the number 1.5", id="seed-fraction"
    ),
    pytest.param(
        lambda d: d["source"].update(title=3),
        "field 'source.title': must be text in double quotes, not the number 3",
        id="source-title-number",
    ),
]


@pytest.mark.parametrize("edit, message", EDITS)
def test_render_names_the_question_and_field_of_a_bad_edit(edit, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_quiz_file(tmp_path / "quiz.json", edit)
    result = run("render", "quiz.json")
    assert_clean_error(result)
    assert result.stderr == f"Error: quiz.json: {message}\n"


def test_render_reports_every_problem(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_quiz_file(tmp_path / "quiz.json", lambda d: (_set(0, answer="X")(d), _set(3, answer="")(d)))
    result = run("render", "quiz.json")
    assert_clean_error(result)
    assert result.stderr.splitlines() == [
        "Error: quiz.json: question 1 (multiple choice, id q-quote-1): answer 'X' must be exactly one of the choices",
        "  quiz.json: question 4 (fill in the blank, id q-cloze-2), field 'answer': is empty; write the text",
    ]


@pytest.mark.parametrize("text", ["[]", '"a quiz"', "null"])
def test_render_json_that_is_not_a_quiz(text, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("quiz.json").write_text(text, encoding="utf-8")
    assert_clean_error(run("render", "quiz.json"), 'Error: quiz.json: expected a JSON object with "title"')


# Pydantic's own phrasing, which a teacher editing JSON should never have to decode.
PYDANTIC_WORDS = (
    "after validation",
    "input should",
    "should be a valid",
    "string should",
    "tuple should",
    "type=",
    "errors.pydantic.dev",
    "value error",
    "at least 1 item",
)


@pytest.mark.parametrize("edit, message", EDITS)
def test_render_messages_are_plain_words(edit, message):
    assert not [w for w in PYDANTIC_WORDS if w in message.lower()], message


def test_a_number_out_of_bounds_is_said_in_plain_words():
    """No quiz field has bounds today; a paragraph number (1 or more) would, and must read as well."""
    from pydantic import BaseModel, Field, ValidationError

    from quizgen.quizfile import describe_errors

    class Numbered(BaseModel):
        paragraph: int = Field(ge=1)

    with pytest.raises(ValidationError) as caught:
        Numbered.model_validate({"paragraph": 0})
    assert (
        describe_errors(caught.value, {"paragraph": 0}, "quiz.json")
        == "quiz.json: field 'paragraph': must be 1 or more, not the number 0"
    )


def test_every_question_type_has_a_name_teachers_know():
    from quizgen.quizfile import TYPE_NAMES

    schema = json.loads(run("schema").stdout)
    types = {d["properties"]["type"]["const"] for name, d in schema["$defs"].items() if name.endswith("Question")}
    assert types == set(TYPE_NAMES)


def test_render_a_number_too_long_for_python(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("quiz.json").write_text(dumps(make_quiz()).replace('"seed": 7', '"seed": ' + "9" * 4301), encoding="utf-8")
    assert_clean_error(
        run("render", "quiz.json"),
        "Error: quiz.json holds a number of more than 4,300 digits, which no quiz field needs.",
    )


# --- analyze, schema, version, help -------------------------------------------------------


def test_analyze_json():
    result = run("analyze", SEED, "--json")
    assert result.exit_code == 0, result.stderr
    gold = json.loads(result.stdout)
    assert set(gold) == {"title", "people", "organizations", "places", "dates", "numbers", "quotes"}
    assert any(p["name"] == "Mark Carney" for p in gold["people"])
    assert "Carney" in result.stdout and "\\u" not in result.stdout  # ensure_ascii=False


def test_analyze_summary():
    result = run("analyze", SEED)
    assert result.exit_code == 0, result.stderr
    for heading in ("People (", "Organisations (", "Places (", "Dates (", "Numbers (", "Quotes ("):
        assert heading in result.stdout
    carney = next(line for line in result.stdout.splitlines() if line.startswith("  Mark Carney; "))
    assert "Prime Minister" in carney and carney.endswith("; also Carney")
    assert any(line.startswith("  “") and line.endswith("” — Mark Carney") for line in result.stdout.splitlines())


def test_analyze_missing_file(tmp_path):
    assert_clean_error(run("analyze", tmp_path / "nope.txt"), "Error: ")


def test_schema_is_json_with_questions():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "questions" in schema["properties"]


def test_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"quizgen, version {version('quizgen')}\n"


@pytest.mark.parametrize("command", ["build", "generate", "render", "analyze", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    example = next(line for line in result.stdout.splitlines() if line.strip().startswith(f"quizgen {command}"))
    assert example.startswith("    quizgen")  # \b kept the example on its own line


def test_python_dash_m_help_runs_for_real():
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "generate" in result.stdout
    assert result.stderr == ""


def test_help_does_not_import_the_heavy_modules():
    code = (
        "import sys; from quizgen.cli import cli; "
        "print([m for m in ('quizgen.pipeline', 'quizgen.analysis', 'genanki', 'jinja2') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr
