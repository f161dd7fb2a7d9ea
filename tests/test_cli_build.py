"""`quizgen build` over many articles: inputs, jobs, progress, summary, one deck, nothing lost."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_batch import files
from test_cli import SEED, run
from test_robustness import news_text

import quizgen.exporters.worksheet
from quizgen.progress import ProgressLine


def test_folders_files_and_patterns_together(folder, tmp_path):
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.md").write_bytes(SEED.read_bytes())
    single = tmp_path / "single.text"
    single.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = run("build", folder, str(tmp_path / "more" / "*.md"), single, "-o", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"a{i}.json" for i in range(5)] + ["b.json", "single.json"]
    assert result.stdout.splitlines()[-1].startswith("Built 7 of 7 articles (")


def test_jobs_1_and_jobs_2_write_the_same_bytes(folder, tmp_path):
    for jobs in ("1", "2"):
        result = run(
            "build",
            folder,
            "-o",
            tmp_path / jobs,
            "--format",
            "json",
            "--format",
            "html",
            "--jobs",
            jobs,
            "--seed",
            "7",
        )
        assert result.exit_code == 0, result.stderr
    assert files(tmp_path / "1") == files(tmp_path / "2")
    assert len(files(tmp_path / "1")) == 10


@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(texts=st.lists(news_text(), min_size=2, max_size=5), seed=st.integers(0, 2**32 - 1))
def test_any_articles_give_the_same_bytes_with_one_or_two_jobs(texts, seed):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        for i, text in enumerate(texts):
            (tmp / "in" / f"article-{i}.txt").write_text(text, encoding="utf-8")
        results = [
            run(
                "build",
                tmp / "in",
                "-o",
                tmp / jobs,
                "--format",
                "json",
                "--format",
                "html",
                "--seed",
                seed,
                "--jobs",
                jobs,
            )
            for jobs in ("1", "2")
        ]
        assert results[0].exit_code == results[1].exit_code
        assert results[0].stdout.replace(str(tmp / "1"), "OUT") == results[1].stdout.replace(str(tmp / "2"), "OUT")
        assert results[0].stderr == results[1].stderr
        assert all("Traceback" not in r.stderr for r in results)
        if (tmp / "1").exists():
            assert files(tmp / "1") == files(tmp / "2")


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8", "replace"))))
def test_any_bytes_are_built_skipped_or_named_never_a_traceback(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(data)
        result = run("build", path, "-o", Path(tmp) / "out", "--format", "json", "--jobs", "1")
        assert result.exit_code in (0, 1), (result.exception, result.stderr)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        # build names each skipped file under its summary, `Skipped: <file>: <reason>` (README)
        lines = result.stderr.splitlines()
        assert all(line.startswith(("Error: ", "Warning: ", "Skipped: ")) for line in lines), result.stderr
        written = list((Path(tmp) / "out").iterdir())
        assert len(written) == (1 if result.stdout.startswith(f"{path}: ") else 0)


def test_build_without_inputs_and_without_seeds_says_what_to_give(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: give the folders, files or patterns of articles to build (there is no")


# --- what is printed ----------------------------------------------------------------------


def test_summary_and_each_failure_on_its_own_line(folder, tmp_path):
    (folder / "bad.txt").write_bytes(b"\x00 binary")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "thin.txt").write_text("hello world\n\nthis is some text without much in it.\n", encoding="utf-8")
    (folder / "lesson.docx").write_bytes(b"PK\x03\x04 a word document")
    result = run("build", folder, "-o", tmp_path / "out", "--format", "json", "--jobs", "2")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1].startswith("Built 5 of 9 articles (")
    assert result.stdout.splitlines()[-1].endswith("; 2 skipped, 2 failed:")
    assert result.stderr.splitlines() == [
        f"Skipped: {folder / 'lesson.docx'}: a word-processor file; save it as plain text (.txt) or a web page "
        "(.html) to quiz it.",
        f"Skipped: {folder / 'thin.txt'}: no question passed the checks for 'hello world' (0 candidates). "
        "The text may be too short or hold no names, numbers or quotations.",
        f"Error: {folder / 'bad.txt'} is a binary file, not text. quizgen reads UTF-8 .txt articles.",
        f"Error: {folder / 'empty.txt'} is empty. Give quizgen an article with at least a few sentences.",
    ]


def test_no_progress_line_when_stderr_is_not_a_terminal_and_quiet_prints_only_the_summary(folder, tmp_path):
    loud = run("build", folder, "-o", tmp_path / "a", "--format", "json")
    assert "\r" not in loud.stderr and "\x1b" not in loud.stderr and loud.stderr == ""
    assert len(loud.stdout.splitlines()) == 6
    quiet = run("build", folder, "-o", tmp_path / "b", "--format", "json", "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout.splitlines() == [loud.stdout.splitlines()[-1].replace(str(tmp_path / "a"), str(tmp_path / "b"))]


def test_progress_line_shows_the_bar_the_counts_and_the_current_file(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    stream = io.StringIO()
    progress = ProgressLine(total=4, stream=stream)
    progress.update(1, "1 built", "articles/first.txt")
    progress.clear()
    progress.update(4, "3 built, 1 failed", "articles/" + "x" * 100 + ".txt")
    progress.close()
    first, second, *_ = stream.getvalue().split("\r\x1b[K")[1::2]
    assert first == "[######------------------] 1/4  1 built  articles/first.txt"
    assert second.startswith("[########################] 4/4  3 built, 1 failed  …") and second.endswith("x.txt")
    assert len(second) == 79
    assert stream.getvalue().endswith("\r\x1b[K"), "the line is erased at the end"
    silent = io.StringIO()
    ProgressLine(total=4, stream=silent, enabled=False).update(1, "1 built", "a.txt")
    assert silent.getvalue() == ""


# --- one deck -----------------------------------------------------------------------------


def test_one_deck_is_named_after_the_output_folder_or_the_deck_name(folder, tmp_path):
    result = run("build", folder, "-o", tmp_path / "term-1", "--one-deck")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.suffix for p in (tmp_path / "term-1").iterdir()).count(".apkg") == 1
    assert (tmp_path / "term-1" / "term-1.apkg").exists()
    assert f"One deck: {tmp_path / 'term-1' / 'term-1.apkg'} (5 subdecks, " in result.stdout
    named = run(
        "build", folder, "-o", tmp_path / "out", "--deck-name", "Year 9: News", "--format", "json", "--format", "apkg"
    )
    assert named.exit_code == 0, named.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.suffix == ".apkg") == ["year-9-news.apkg"]


# --- nothing lost -------------------------------------------------------------------------


@pytest.mark.parametrize("error", [quizgen.errors.ExportError, RuntimeError])
def test_a_build_that_fails_half_way_leaves_earlier_outputs_byte_identical(folder, tmp_path, monkeypatch, error):
    out = tmp_path / "out"
    first = run("build", folder, "-o", out, "--jobs", "2")
    assert first.exit_code == 0, first.stderr
    before = files(out)
    for path in folder.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\nA later edition.\n", encoding="utf-8")
    original = quizgen.exporters.worksheet.export

    def export(quiz, path, options):
        Path(path).write_text("<html>half a page", encoding="utf-8")
        if quiz.slug == "a2":
            raise error("the disk is full")
        original(quiz, path, options)

    monkeypatch.setattr(quizgen.exporters.worksheet, "export", export)
    second = run("build", folder, "-o", out, "--jobs", "2")
    after = files(out)
    assert sorted(after) == sorted(before), "no file lost, no temporary file left"
    assert all(after[f"a2.{ext}"] == before[f"a2.{ext}"] for ext in ("json", "apkg", "html"))
    # Whatever the cause, a QuizgenError or a bug in quizgen, it fails that article only.
    assert second.exit_code == 1
    if error is RuntimeError:
        assert second.stderr.startswith(
            f"Error: {folder / 'a2.txt'}: quizgen failed on it (RuntimeError: the disk "
            "is full in test_cli_build.py, line "
        )
        assert second.stderr.endswith("This is a bug in quizgen: please report it with the article.\n")
    else:
        assert second.stderr == f"Error: {folder / 'a2.txt'}: the disk is full\n"
    assert all(after[f"a{i}.json"] != before[f"a{i}.json"] for i in (0, 1, 3, 4))


def test_ctrl_c_stops_the_run_with_a_clear_message(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run("build", folder, "-o", out, "--format", "json", "--jobs", "1")
    before = files(out)
    original = quizgen.exporters.worksheet.export

    def export(quiz, path, options):
        if quiz.slug == "a1":
            raise KeyboardInterrupt
        original(quiz, path, options)

    monkeypatch.setattr(quizgen.exporters.worksheet, "export", export)
    for path in folder.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\nA later edition.\n", encoding="utf-8")
    result = run("build", folder, "-o", out, "--format", "json", "--format", "html", "--jobs", "1")
    assert result.exit_code == 130
    assert (
        result.stderr
        == "Error: interrupted. Files reported above are complete; every other output was left as it was.\n"
    )
    assert result.stdout.startswith(f"{folder / 'a0.txt'}: ") and len(result.stdout.splitlines()) == 1
    after = files(out)
    assert sorted(after) == ["a0.html", *sorted(before)], "a0 is complete, nothing else was touched"
    assert all(after[name] == before[name] for name in before if not name.startswith("a0"))


def test_recursive_build_and_generate_reach_the_folders_inside(tmp_path):
    (tmp_path / "term" / "week-1").mkdir(parents=True)
    (tmp_path / "term" / "week-1" / "story.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "term" / "week-1" / "plan.rtf").write_text("{\\rtf1 lesson plan}", encoding="utf-8")
    flat = run("build", tmp_path / "term", "-o", tmp_path / "flat", "--format", "json")
    assert flat.exit_code == 1  # no article at the top: the folder fails, its folder inside is named
    assert f"Skipped: {tmp_path / 'term' / 'week-1'}: a folder inside the folder; add -r" in flat.stderr
    deep = run("build", "-r", tmp_path / "term", "-o", tmp_path / "deep", "--format", "json")
    assert deep.exit_code == 0, deep.stderr
    assert deep.stdout.splitlines()[-1].startswith("Built 1 of 2 articles (")
    assert deep.stderr == (
        f"Skipped: {tmp_path / 'term' / 'week-1' / 'plan.rtf'}: a word-processor file; save it "
        "as plain text (.txt) or a web page (.html) to quiz it.\n"
    )
    generated = run("generate", "--recursive", tmp_path / "term", "-o", tmp_path / "gen", "--format", "json")
    assert generated.exit_code == 0, generated.stderr
    assert [p.name for p in (tmp_path / "gen").iterdir()] == ["story.json"]
    assert "plan.rtf: a word-processor file" in generated.stderr


def test_files_written_through_a_linked_folder_are_named_where_they_are(tmp_path, monkeypatch):
    """Each folder is resolved once for all its files: the lines name the files as before, by the
    real folder when it is inside the current one, else as the folder was given."""
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "here").mkdir()
    for cwd, out, shown in ((tmp_path, "link", "real"), (tmp_path / "here", "../link", "../link")):
        monkeypatch.chdir(cwd)
        result = run("build", str(SEED), "-o", out, "--format", "json", "--format", "html")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines()[0].endswith(
            f" -> {shown}/zelenskyy-carney-g7.json, {shown}/zelenskyy-carney-g7.html"
        )
