"""Batch builds (quizgen/batch.py): inputs, outcomes, parallel = serial, nothing lost, one deck.

The one-deck package is read back with Anki's own library, the way the app imports it.
"""

from __future__ import annotations

import html
from pathlib import Path

import genanki
import pytest
from anki_import import import_package

import quizgen.exporters.worksheet
from quizgen.batch import (
    BUILT,
    FAILED,
    SKIPPED,
    BatchSettings,
    Ignored,
    Unusable,
    collect_inputs,
    deck_path,
    run_batch,
    supported_suffixes,
)
from quizgen.errors import ExportError
from quizgen.exporters import FORMATS, ExportOptions
from quizgen.exporters import anki as anki_export

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
T1 = 1_700_000_000.0


def corpus_texts(n: int) -> list[str]:
    paths = sorted(CORPUS.glob("*.txt"))[:n] if CORPUS.is_dir() else []
    texts = [p.read_text(encoding="utf-8") for p in paths]
    # Without the corpus, copies of the seed under headlines of their own, as distinct articles have.
    return texts or [f"Seed story number {i}\n" + SEED.read_text(encoding="utf-8") for i in range(n)]


@pytest.fixture
def folder(tmp_path) -> Path:
    """Six good articles and one binary file, in a folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(corpus_texts(6)):
        (folder / f"a{i}.txt").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
    (folder / "a3-broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return folder


def settings(out: Path, **kw) -> BatchSettings:
    return BatchSettings(output_dir=out, options=ExportOptions(timestamp=T1), **kw)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- inputs -------------------------------------------------------------------------------


def test_the_suffixes_come_from_the_readers():
    assert ".txt" in supported_suffixes()


def test_folders_patterns_and_files_in_order_each_once(tmp_path):
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "sub").mkdir()
    for name in ("b.txt", "a.txt", "notes.json", ".hidden.txt", "sub/c.txt"):
        (tmp_path / "f" / name).write_text("x", encoding="utf-8")
    other = tmp_path / "other.text"
    other.write_text("x", encoding="utf-8")
    f = tmp_path / "f"
    found = collect_inputs([f, f / "a.txt", str(f / "**" / "*.txt"), other, tmp_path / "missing.txt"])
    assert [x if isinstance(x, str) else x.source for x in found] == [
        str(f / "a.txt"),
        str(f / "b.txt"),
        str(f / "notes.json"),
        str(f / "sub"),
        str(f / "sub" / "c.txt"),
        str(other),
        str(tmp_path / "missing.txt"),
    ]
    assert [type(x) for x in found[2:4]] == [Ignored, Ignored], "named as skipped, with why"


def test_recursive_folders_give_the_articles_of_the_folders_inside_and_name_every_other_file(tmp_path):
    for name in ("a.txt", "notes.docx", "sub/b.md", "sub/deeper/c.html", "sub/scan.pdf", ".git/x.txt", "sub/.d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a link back up the tree: followed once
    found = collect_inputs([tmp_path], recursive=True)
    assert [x for x in found if isinstance(x, str)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "b.md"),
        str(tmp_path / "sub" / "deeper" / "c.html"),
    ]
    assert {Path(x.source).name: x.reason for x in found if isinstance(x, Ignored)} == {
        "notes.docx": "a word-processor file; save it as plain text (.txt) or a web page (.html) to quiz it.",
        "scan.pdf": "a PDF; copy its text into a .txt file to quiz it.",
    }
    flat = collect_inputs([tmp_path])
    assert (
        Ignored(
            str(tmp_path / "sub"), "a folder inside the folder; add -r (--recursive) to build the articles in it too."
        )
        in flat
    )


def test_a_folder_or_pattern_without_articles_is_an_input_that_fails(tmp_path):
    found = collect_inputs([tmp_path, str(tmp_path / "*.md")])
    assert found == [
        Unusable(
            str(tmp_path), f"{tmp_path} has no articles (.{', .'.join(s[1:] for s in supported_suffixes())} files)."
        ),
        Unusable(
            str(tmp_path / "*.md"),
            f"{tmp_path / '*.md'} matches no article (" + ", ".join(supported_suffixes()) + " files).",
        ),
    ]


# --- outcomes -----------------------------------------------------------------------------


def test_a_bad_file_among_good_ones(folder, tmp_path):
    out = tmp_path / "out"
    result = run_batch(collect_inputs([folder]), settings(out), jobs=1)
    statuses = [(Path(o.source).name, o.status) for o in result.outcomes]
    assert statuses == [
        ("a0.txt", BUILT),
        ("a1.txt", BUILT),
        ("a2.txt", BUILT),
        ("a3-broken.txt", FAILED),
        ("a3.txt", BUILT),
        ("a4.txt", BUILT),
        ("a5.txt", BUILT),
    ]
    broken = result.outcomes[3]
    assert broken.message.startswith(f"{folder / 'a3-broken.txt'} is a binary file")
    assert (result.count(BUILT), result.count(FAILED)) == (6, 1)
    assert sorted(files(out)) == sorted(f"a{i}.{ext}" for i in (0, 1, 2, 3, 4, 5) for ext in ("apkg", "html", "json"))
    assert all(
        o.paths == tuple(out / f"{Path(o.source).stem}.{e}" for e in ("json", "apkg", "html"))
        for o in result.outcomes
        if o.status == BUILT
    )


def test_an_article_without_questions_is_skipped_and_writes_nothing(tmp_path):
    path = tmp_path / "thin.txt"
    path.write_text("hello world\n\nthis is some text without much in it.\n", encoding="utf-8")
    result = run_batch([str(path)], settings(tmp_path / "out"))
    [outcome] = result.outcomes
    assert outcome.status == SKIPPED and "no question passed the checks" in outcome.reason
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_later_article_named_like_an_earlier_one_fails_whatever_the_jobs(tmp_path, jobs):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_bytes(SEED.read_bytes())
    first = (tmp_path / "x" / "same.txt").read_bytes()
    (tmp_path / "y" / "same.txt").write_bytes(first.replace(b"Rome", b"Milan"))
    out = tmp_path / "out"
    result = run_batch(collect_inputs([tmp_path / "x", tmp_path / "y"]), settings(out, formats=("json",)), jobs=jobs)
    assert [o.status for o in result.outcomes] == [BUILT, FAILED]
    assert (
        result.outcomes[1].reason
        == f"its quiz is named 'same' like {tmp_path / 'x' / 'same.txt'}'s; rename one of them."
    )
    assert b"Milan" not in (out / "same.json").read_bytes()
    assert [p.name for p in out.iterdir()] == ["same.json"], "no temporary file left behind"


def test_parallel_output_is_byte_identical_to_serial(folder, tmp_path):
    sources = collect_inputs([folder])
    serial = run_batch(sources, settings(tmp_path / "serial", formats=("json", "html")), jobs=1)
    parallel = run_batch(sources, settings(tmp_path / "parallel", formats=("json", "html")), jobs=2)
    assert files(tmp_path / "serial") == files(tmp_path / "parallel")
    strip = [(o.source, o.status, o.reason, o.questions) for o in serial.outcomes]
    assert strip == [(o.source, o.status, o.reason, o.questions) for o in parallel.outcomes]


# --- nothing lost -------------------------------------------------------------------------


def _break_worksheet_for(monkeypatch, marker: str, error: type[BaseException]) -> None:
    original = quizgen.exporters.worksheet.export

    def export(quiz, path, options):
        Path(path).write_text("half a worksheet", encoding="utf-8")  # a partial file, then the failure
        if marker in quiz.slug:
            raise error("the disk caught fire")
        original(quiz, path, options)

    monkeypatch.setattr(quizgen.exporters.worksheet, "export", export)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_fails_to_export_leaves_its_earlier_outputs(folder, tmp_path, monkeypatch, jobs):
    out = tmp_path / "out"
    sources = collect_inputs([folder])
    run_batch(sources, settings(out), jobs=jobs)
    before = files(out)
    (folder / "a2.txt").write_text((folder / "a2.txt").read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    _break_worksheet_for(monkeypatch, "a2", ExportError)
    result = run_batch(sources, settings(out), jobs=jobs)
    assert [o.status for o in result.outcomes].count(FAILED) == 2  # the binary file and a2
    assert "the disk caught fire" in result.outcomes[2].reason
    assert files(out) == before  # a2's json and apkg were written, but never put in place


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_stopped_half_way_leaves_earlier_outputs_byte_identical(folder, tmp_path, monkeypatch, jobs):
    out = tmp_path / "out"
    sources = collect_inputs([folder])
    run_batch(sources, settings(out), jobs=jobs)
    before = files(out)
    for i in range(6):  # every article changes, so every output would change
        path = folder / f"a{i}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("Copy", "Version two, copy"), encoding="utf-8")
    _break_worksheet_for(monkeypatch, "a4", KeyboardInterrupt)  # Ctrl-C: the run stops there
    with pytest.raises(KeyboardInterrupt, match="the disk caught fire"):
        run_batch(sources, settings(out), jobs=jobs)
    after = files(out)
    assert sorted(after) == sorted(before), "no file lost, no temporary file left"
    for name in ("a4.json", "a4.apkg", "a4.html", "a5.json", "a5.apkg", "a5.html"):
        assert after[name] == before[name], name
    changed = [name for name in before if after[name] != before[name]]
    assert set(changed) <= {f"a{i}.{e}" for i in range(4) for e in ("json", "apkg", "html")}


def test_an_unwritable_output_folder_fails_once_before_any_work(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError, match="could not create the output folder"):
        run_batch([str(SEED)], settings(blocker / "out"))


# --- one deck -----------------------------------------------------------------------------


@pytest.fixture
def col(tmp_path):
    collection = pytest.importorskip("anki.collection")  # Anki's own library, as the app imports decks
    col = collection.Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_deck_holds_a_subdeck_per_article(folder, tmp_path, col, jobs):
    out = tmp_path / "out"
    result = run_batch(collect_inputs([folder]), settings(out, one_deck="Term 1: news"), jobs=jobs)
    assert result.deck == deck_path(out, "Term 1: news") == out / "term-1-news.apkg"
    assert not any(p.suffix == ".apkg" for p in out.iterdir() if p != result.deck), "no deck per article"
    import_package(col, result.deck)
    from quizgen.quizfile import load_quiz

    quizzes = [load_quiz(out / f"a{i}.json") for i in range(6)]
    subdecks = {q.slug: f"Term 1: news::{anki_export.deck_name(q.title)}" for q in quizzes}
    assert set(subdecks.values()) <= set(col.decks.all_names())
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    assert len(notes) == sum(len(q.questions) for q in quizzes) == result.questions
    for quiz in quizzes:
        for question in quiz.questions:
            [nid] = col.find_notes(f'"QuestionId:{question.id}" tag:article::{quiz.slug}')
            note = col.get_note(nid)
            assert note.guid == genanki.guid_for("quizgen", quiz.slug, question.id), "same GUID as the article's deck"
            assert {col.decks.name(card.did) for card in note.cards()} == {subdecks[quiz.slug]}
            assert all(html.escape(sentence) in note["Explanation"] for sentence, _ in question.evidence)


def test_one_deck_imported_again_updates_its_notes(folder, tmp_path, col):
    first = run_batch(collect_inputs([folder]), settings(tmp_path / "v1", one_deck="Term"))
    import_package(col, first.deck)
    ids = sorted(col.find_notes(""))
    later = BatchSettings(output_dir=tmp_path / "v2", options=ExportOptions(timestamp=T1 + 60), one_deck="Term")
    log = import_package(col, run_batch(collect_inputs([folder]), later).deck)
    assert not log.new and not log.duplicate and len(log.updated) == len(ids)
    assert sorted(col.find_notes("")) == ids


def test_no_deck_when_no_article_was_built(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    result = run_batch([str(tmp_path / "bad.txt")], settings(tmp_path / "out", one_deck="Term"))
    assert result.deck is None and list((tmp_path / "out").iterdir()) == []


# --- every format is written atomically ----------------------------------------------------


@pytest.mark.filterwarnings("ignore::quizgen.errors.QuizgenWarning")  # Kahoot leaves out the cloze questions
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_leaves_the_earlier_file_when_its_export_fails(fmt, tmp_path, monkeypatch):
    import importlib

    from quizgen.articles import read_article
    from quizgen.exporters import check_formats, write_quiz
    from quizgen.pipeline import build_quiz

    try:
        check_formats([fmt])
    except ExportError as exc:
        pytest.skip(str(exc))  # PDF without WeasyPrint
    quiz = build_quiz(read_article(SEED))
    path = write_quiz(quiz, fmt, tmp_path, ExportOptions(timestamp=T1))
    before = path.read_bytes()
    module = importlib.import_module(f"quizgen.exporters.{FORMATS[fmt].module}")

    def export(quiz, tmp, options):
        Path(tmp).write_bytes(b"half a file")
        raise ExportError("the disk is full")

    monkeypatch.setattr(module, "export", export)
    with pytest.raises(ExportError):
        write_quiz(quiz, fmt, tmp_path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file left"
