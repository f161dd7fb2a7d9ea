"""Builds that are killed, crash, collide or run out of disk leave nothing half done (issue 13).

Real processes where it matters: a build killed with SIGKILL, two builds into one folder.
"""

from __future__ import annotations

import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch import files, settings
from test_cli import SEED, run

import quizgen.exporters.worksheet
import quizgen.pipeline
import quizgen.progress
from quizgen.batch import BUILT, FAILED, collect_inputs, run_batch
from quizgen.fileio import folder_lock, remove_stale, replace_all
from quizgen.progress import ProgressLine

ROOT = Path(__file__).resolve().parents[1]


def quizgen_process(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# --- one article's failure ---------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bug_on_one_article_fails_it_and_the_batch_goes_on(folder, tmp_path, monkeypatch, jobs):
    original = quizgen.pipeline.build_quiz_with_report

    def build(article, **kw):
        if "Copy 1." in article.paragraphs[-1]:
            raise OverflowError("cannot convert float infinity to integer")
        return original(article, **kw)

    monkeypatch.setattr(quizgen.pipeline, "build_quiz_with_report", build)
    result = run_batch(collect_inputs([folder]), settings(tmp_path / "out"), jobs=jobs)
    assert [o.status for o in result.outcomes] == [BUILT, FAILED, BUILT, BUILT, BUILT]
    assert "quizgen failed on it (OverflowError: cannot convert float infinity" in result.outcomes[1].reason
    assert result.questions == sum(
        len(json.loads((tmp_path / "out" / f"a{i}.json").read_text())["questions"]) for i in (0, 2, 3, 4)
    )


def test_a_worker_killed_fails_its_article_only(folder, tmp_path, monkeypatch):
    original = quizgen.exporters.worksheet.export

    def export(quiz, path, options):
        if quiz.slug == "a2":
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        original(quiz, path, options)

    monkeypatch.setattr(quizgen.exporters.worksheet, "export", export)
    result = run_batch(collect_inputs([folder]), settings(tmp_path / "out"), jobs=2)
    assert [o.status for o in result.outcomes] == [BUILT, BUILT, FAILED, BUILT, BUILT]
    assert "the process building it stopped" in result.outcomes[2].reason
    assert sorted(files(tmp_path / "out")) == sorted(
        f"a{i}.{e}" for i in (0, 1, 3, 4) for e in ("apkg", "html", "json")
    )


# --- all of an article's files or none ---------------------------------------------------


def test_an_article_whose_anki_path_is_a_folder_keeps_all_its_earlier_files(folder, tmp_path):
    out = tmp_path / "out"
    assert run("build", folder, "-o", out, "--jobs", "1").exit_code == 0
    (out / "a1.apkg").unlink()
    (out / "a1.apkg").mkdir()
    (out / "a1.apkg" / "notes.txt").write_text("a teacher's own file", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    for path in folder.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\nA later edition.\n", encoding="utf-8")
    result = run("build", folder, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert f"Error: {folder / 'a1.txt'}: could not write {out / 'a1.apkg'}: Is a directory." in result.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after["a1.json"] == before["a1.json"] and after["a1.html"] == before["a1.html"], "not half updated"
    assert after["a0.json"] != before["a0.json"], "the other articles were built"
    assert sorted(after) == sorted(before), "no temporary file left"


def test_replace_all_undoes_the_renames_done_when_one_fails(tmp_path):
    (tmp_path / "a.json").write_text("old json", encoding="utf-8")
    (tmp_path / "a.apkg").mkdir()
    (tmp_path / "a.apkg" / "x").write_text("x", encoding="utf-8")
    staged = []
    for name in ("a.json", "a.html", "a.apkg"):
        tmp = tmp_path / f".{name}.1.quizgen-1.tmp"
        tmp.write_text(f"new {name}", encoding="utf-8")
        staged.append((tmp, tmp_path / name))
    with pytest.raises(OSError):
        replace_all(staged)
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "old json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.apkg", "a.json"]


# --- the summary counts what was written ---------------------------------------------------


def test_an_article_refused_for_its_name_counts_no_question(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = run("build", tmp_path / "a", tmp_path / "b", "-o", out, "--format", "json")
    written = len(json.loads((out / "story.json").read_text(encoding="utf-8"))["questions"])
    assert f"Built 1 of 2 articles ({written} questions) into " in result.stdout
    assert "like " in result.stderr and result.exit_code == 1


# --- workers die with their parent, and leftovers are cleaned ------------------------------


def test_a_killed_build_leaves_no_worker_and_the_next_run_cleans_its_temporary_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(30):
        (folder / f"s{i:02}.txt").write_text(f"Story number {i}\n{text}", encoding="utf-8")
    out = tmp_path / "out"
    build = quizgen_process("build", folder, "-o", out, "--jobs", "2", "--quiet")
    children: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (len(children) >= 2 and out.is_dir() and any(out.iterdir())):
        try:
            tasks = Path(f"/proc/{build.pid}/task").iterdir()
            children |= {int(pid) for task in tasks for pid in (task / "children").read_text().split()}
        except OSError:
            pass
        time.sleep(0.05)
    assert children, "the build started its workers"
    build.kill()
    build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in children):
        time.sleep(0.1)
    orphans = [pid for pid in children if alive(pid)]
    for pid in orphans:  # not left running if this fails
        os.kill(pid, signal.SIGKILL)
    assert not orphans, "every worker exited with its parent"
    # What the killed run staged (or a run killed at any point) is removed by the next run.
    stale = out / ".s00.json.abcd1234.quizgen-999999999.tmp"
    stale.write_text("half a file", encoding="utf-8")
    mine = out / "notes.tmp"
    mine.write_text("not quizgen's", encoding="utf-8")
    assert run("build", folder / "s00.txt", "-o", out, "--quiet", "--format", "json").exit_code == 0
    assert sorted(p.name for p in out.iterdir() if ".quizgen-" in p.name) == []
    assert mine.exists()


def test_remove_stale_keeps_the_files_of_a_running_process(tmp_path):
    running = tmp_path / f".a.json.x.quizgen-{os.getpid()}.tmp"
    running.write_text("being written", encoding="utf-8")
    remove_stale(tmp_path)
    assert running.exists()


# --- one build at a time per folder -------------------------------------------------------


def test_a_second_build_into_a_locked_folder_says_so_and_waits(folder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with folder_lock(out, "unused"):  # held by this test, as another build would
        build = quizgen_process("build", folder, "-o", out, "--jobs", "1", "--format", "json")
        ready, _, _ = select.select([build.stderr], [], [], 120)
        assert ready, "it says so"
        said = build.stderr.readline()
        assert said == f"Warning: another quizgen run is writing into {out}; waiting for it to finish.\n"
        time.sleep(1)
        assert build.poll() is None, "it waits"
        assert list(out.iterdir()) == [], "and writes nothing meanwhile"
    stdout, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == [f"a{i}.json" for i in range(5)]


def test_two_builds_into_one_folder_leave_each_article_whole_from_one_run(folder, tmp_path):
    references = {}
    for seed in ("1", "2"):
        ref = tmp_path / f"ref{seed}"
        assert (
            run(
                "build", folder, "-o", ref, "--jobs", "1", "--seed", seed, "--format", "json", "--format", "html"
            ).exit_code
            == 0
        )
        references[seed] = files(ref)
    out = tmp_path / "out"
    builds = [
        quizgen_process(
            "build", folder, "-o", out, "--jobs", "2", "--seed", seed, "--format", "json", "--format", "html"
        )
        for seed in ("1", "2")
    ]
    for build in builds:
        build.communicate(timeout=300)
        assert build.returncode == 0
    got = files(out)
    for i in range(5):
        pair = (got[f"a{i}.json"], got[f"a{i}.html"])
        assert pair in [(ref[f"a{i}.json"], ref[f"a{i}.html"]) for ref in references.values()], f"a{i} mixed"


# --- full disk, progress -------------------------------------------------------------------


def test_a_full_disk_during_the_kahoot_export_prints_no_ignored_exception():
    script = (
        "import gc, warnings; from pathlib import Path\n"
        "warnings.simplefilter('ignore')\n"
        "from quizgen.articles import read_article; from quizgen.pipeline import build_quiz\n"
        "from quizgen.exporters import ExportOptions, kahoot\n"
        f"quiz = build_quiz(read_article({str(SEED)!r}))\n"
        "try:\n    kahoot.export(quiz, Path('/dev/full'), ExportOptions())\n"
        "except OSError as exc:\n    print(exc.strerror)\n"
        "gc.collect()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "No space left on device"
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_an_article_that_takes_long_is_named_on_the_progress_line(monkeypatch):
    monkeypatch.setattr(quizgen.progress, "SLOW", 0.1)
    stream = io.StringIO()
    progress = ProgressLine(total=1, stream=stream)
    progress.watch(lambda done: "building huge.txt", every=0.05)
    time.sleep(0.5)
    progress.close()
    assert "0/1    building huge.txt (0 s)" in stream.getvalue()
    assert stream.getvalue().endswith("\r\x1b[K"), "cleared at the end"


def test_render_replaces_all_of_a_quizs_files_or_none(tmp_path):
    out = tmp_path / "out"
    assert run("generate", SEED, "-o", out).exit_code == 0
    quiz_file = out / f"{SEED.stem}.json"
    data = json.loads(quiz_file.read_text(encoding="utf-8"))
    data["questions"] = data["questions"][:3]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    html_before = (out / f"{SEED.stem}.html").read_bytes()
    (out / f"{SEED.stem}.apkg").unlink()
    (out / f"{SEED.stem}.apkg").mkdir()
    (out / f"{SEED.stem}.apkg" / "keep.txt").write_text("x", encoding="utf-8")
    result = run("render", edited, "-o", out, "--format", "html", "--format", "apkg")
    assert result.exit_code == 1 and result.stderr.startswith("Error: could not write into")
    assert (out / f"{SEED.stem}.html").read_bytes() == html_before, "the worksheet was put back"
    assert not [p.name for p in out.iterdir() if ".quizgen-" in p.name]
