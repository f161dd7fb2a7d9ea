"""The parent of a pool of workers does the first-use work once (word lists, the large rule
patterns, exporters and templates), so forked workers start their first article without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quizgen.articles import parse_article
from quizgen.batch_article import BatchSettings
from quizgen.pipeline import build_quiz_with_report
from quizgen.warm_up import ARTICLE, warm_up

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"

# In a fresh process: the lengths of the patterns compiled while building the seed article's
# three default outputs, after the warm-up (argv[1] == "1") or without it.
COMPILED = """
import json, re._compiler, sys, tempfile
from pathlib import Path
from quizgen.batch_article import BatchSettings, build_one
from quizgen.warm_up import warm_up
with tempfile.TemporaryDirectory() as folder:
    settings = BatchSettings(output_dir=Path(folder))
    if sys.argv[1] == "1":
        warm_up(settings)
    lengths = []
    compile_ = re._compiler.compile
    def counting(pattern, flags=0):
        lengths.append(len(pattern))
        return compile_(pattern, flags)
    re._compiler.compile = counting
    outcome = build_one(sys.argv[2], settings)
    assert outcome.status == "built", outcome
    print(json.dumps(lengths))
"""


def _compiled(warm: bool) -> list[int]:
    run = subprocess.run(
        [sys.executable, "-c", COMPILED, "1" if warm else "0", str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(run.stdout)


def test_after_the_warm_up_an_article_compiles_none_of_the_large_rule_patterns():
    cold, warm = _compiled(False), _compiled(True)
    assert max(cold) > 2000  # without it the first article compiles the speech-verb and role-noun patterns
    assert max(warm) < 500
    assert sum(warm) < sum(cold) / 10


def test_the_warm_up_article_reaches_the_questions_and_their_checks():
    quiz, report = build_quiz_with_report(parse_article(ARTICLE, name="warm-up"))
    assert quiz.questions
    assert report.candidates > len(quiz.questions)  # some were refused: the checks ran too


def test_the_warm_up_leaves_nothing_behind(tmp_path):
    (tmp_path / "kept.json").write_text("{}", encoding="utf-8")
    warm_up(BatchSettings(output_dir=tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]
