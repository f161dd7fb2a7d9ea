"""The article on the worksheet: numbered paragraphs, each question's paragraph in the quiz JSON,
and the answer key's paragraph and evidence sentence, read back through an HTML parser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import old_quiz_json
from pydantic import ValidationError
from test_worksheet import by_class, one, parse, text

from quizgen import build_quiz, read_article
from quizgen.cli import cli
from quizgen.exporters import ExportOptions, write_quiz
from quizgen.models import MatchingQuestion, Quiz
from quizgen.readability import measure

SEED = Path("seeds/zelenskyy-carney-g7.txt")
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def seed_quiz() -> Quiz:
    return build_quiz(read_article(SEED), seed=1)


def page_of(quiz: Quiz, tmp_path: Path, **options):
    return parse(write_quiz(quiz, "html", tmp_path, ExportOptions(**options)).read_text(encoding="utf-8"))


def sources(question) -> list[tuple[str, int | None]]:
    """(sentence, paragraph) of a question, or of each pair of a matching question."""
    items = question.pairs if isinstance(question, MatchingQuestion) else [question]
    return [(item.source_sentence, item.paragraph) for item in items]


def printed_paragraphs(article) -> list[tuple[str, str]]:
    return [(text(one(p, "paragraph-number")), text(p.find("p"))) for p in by_class(article, "paragraph")]


def test_the_article_comes_first_with_its_paragraphs_numbered(seed_quiz, tmp_path):
    page = page_of(seed_quiz, tmp_path)
    sheet = one(page, "sheet")
    children = [c.get("class", "").split()[0] for c in sheet if c.get("class")]
    assert children == ["sheet-header", "article", "questions"]
    article = one(sheet, "article")
    assert printed_paragraphs(article) == [(str(n), p) for n, p in enumerate(seed_quiz.paragraphs, 1)]
    assert text(one(page, "title")) == seed_quiz.title
    assert by_class(page, "source") == []  # the seed has no site, author, date or address to add
    facts = measure(seed_quiz.paragraphs)
    assert text(one(article, "word-count")) == f"{facts.words} words"
    assert text(one(article, "reading-level")) == f"reading level: grade {facts.grade:.1f} (Flesch-Kincaid)"
    assert 8 <= facts.grade <= 16  # a news report for adults


def test_the_key_gives_each_answer_its_paragraph_and_evidence_sentence(seed_quiz, tmp_path):
    page = page_of(seed_quiz, tmp_path)
    paragraphs = dict(printed_paragraphs(one(page, "article")))
    entries = by_class(one(page, "key"), "key-entry")
    assert len(entries) == len(seed_quiz.questions)
    items = {text(one(q, "number")).rstrip("."): q for q in by_class(page, "question")}
    for entry in entries:
        number = text(one(entry, "number")).rstrip(".")
        assert number in items
        evidence = by_class(entry, "evidence")
        assert evidence, f"key entry {number} has no evidence"
        for piece in evidence:
            ref = re.fullmatch(r"Paragraph (\d+):?", text(one(piece, "paragraph-ref")))
            assert ref, text(piece)
            sentences = by_class(piece, "sentence")
            shown = text(sentences[0]) if sentences else text(one(entry, "correction")).removeprefix("Correction: ")
            assert shown in paragraphs[ref.group(1)], f"key entry {number}: not in paragraph {ref.group(1)}"
    # every question of the quiz is in the key with its own paragraph(s)
    refs = sorted(int(re.search(r"\d+", text(r)).group()) for r in by_class(one(page, "key"), "paragraph-ref"))
    assert refs == sorted(n for q in seed_quiz.questions for n in dict.fromkeys(p for _, p in sources(q)))


def test_no_article_leaves_the_article_out(tmp_path):
    runner = CliRunner()
    for command in (["generate", str(SEED)], ["build", str(SEED)]):
        out = tmp_path / command[0]
        result = runner.invoke(cli, [*command, "-o", str(out), "--format", "html", "--no-article"])
        assert result.exit_code == 0, result.output
        page = parse((out / "zelenskyy-carney-g7.html").read_text(encoding="utf-8"))
        assert by_class(page, "article") == [] and by_class(page, "paragraph") == []
        assert by_class(page, "question") and by_class(page, "paragraph-ref")  # the key still points to them
    quiz_json = tmp_path / "generate" / "quiz.json"
    assert runner.invoke(cli, ["generate", str(SEED), "-o", str(tmp_path / "j"), "--format", "json"]).exit_code == 0
    quiz_json.write_bytes((tmp_path / "j" / "zelenskyy-carney-g7.json").read_bytes())
    for flag, has_article in (([], True), (["--no-article"], False)):
        out = tmp_path / f"render{len(flag)}"
        assert runner.invoke(cli, ["render", str(quiz_json), "-o", str(out), "--format", "html", *flag]).exit_code == 0
        page = parse(next(out.glob("*.html")).read_text(encoding="utf-8"))
        assert bool(by_class(page, "article")) is has_article


def test_versions_print_the_same_article(seed_quiz, tmp_path):
    page = page_of(seed_quiz, tmp_path, versions=2)
    a, b = by_class(page, "sheet")
    assert printed_paragraphs(one(a, "article")) == printed_paragraphs(one(b, "article"))
    assert [text(one(q, "number")) for q in by_class(a, "question")] == [
        text(one(q, "number")) for q in by_class(b, "question")
    ]


def test_quiz_json_written_before_paragraphs_still_renders(seed_quiz, tmp_path):
    old = old_quiz_json(seed_quiz)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(path), "-o", str(tmp_path / "out"), "--format", "html"])
    assert result.exit_code == 0, result.output
    page = parse(next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8"))
    assert by_class(page, "article") == [] and by_class(page, "paragraph-ref") == []
    assert len(by_class(one(page, "key"), "sentence")) >= len(seed_quiz.questions)


def test_a_paragraph_past_the_article_is_a_named_mistake(seed_quiz):
    data = json.loads(seed_quiz.model_dump_json())
    data["questions"][0]["paragraph"] = len(seed_quiz.paragraphs) + 1
    with pytest.raises(ValidationError, match=f"paragraph {len(seed_quiz.paragraphs) + 1} is past"):
        Quiz.model_validate(data)
    data["questions"][0]["paragraph"] = 0
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        Quiz.model_validate(data)


def _dev_articles() -> list[Path]:
    return sorted(DEV.glob("*.txt")) if DEV.is_dir() else []


@pytest.mark.skipif(not _dev_articles(), reason="../shared/corpus/dev is not beside the repository")
def test_every_paragraph_number_points_to_the_paragraph_holding_its_sentence():
    """Over every dev article's default quiz: each question's (and pair's) 1-based paragraph holds
    its source sentence, as the JSON export writes it."""
    checked = 0
    for path in _dev_articles():
        quiz = Quiz.model_validate_json(build_quiz(read_article(path)).model_dump_json())
        for question in quiz.questions:
            for sentence, paragraph in sources(question):
                assert paragraph is not None and 1 <= paragraph <= len(quiz.paragraphs), (path.name, question.id)
                assert sentence in quiz.paragraphs[paragraph - 1], (path.name, question.id, paragraph)
                checked += 1
            if isinstance(question, MatchingQuestion):
                assert question.paragraph == question.pairs[0].paragraph
    assert checked > 100
