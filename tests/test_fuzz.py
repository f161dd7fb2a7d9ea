"""Fuzzing in CI: mutated real articles give a quiz or a QuizgenError, within a second per 10 KB.

The mutations (benchmarks/mutations.py) are the shapes that once crashed or stalled quizgen:
unbalanced quotes, giant numbers, extreme dates, long runs of capitals, control and
zero-width characters, right-to-left text, a giant paragraph, many quotations. Hypothesis
draws a few dozen combinations (derandomized, so CI is stable); `benchmarks/fuzz.py` runs
thousands. Each example is built and written in every format but PDF.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import warnings
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.articles import parse_article
from quizgen.errors import QuizgenError
from quizgen.exporters import FORMATS, write_quiz
from quizgen.pipeline import build_quiz

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.fuzz import time_bound  # noqa: E402
from benchmarks.mutations import MUTATIONS  # noqa: E402

ARTICLES = [
    (ROOT / "seeds" / "zelenskyy-carney-g7.txt").read_text(encoding="utf-8"),
    (ROOT / "tests" / "data" / "articles" / "school-meals.md").read_text(encoding="utf-8"),
]


@settings(
    max_examples=15,
    deadline=timedelta(seconds=60),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    article=st.sampled_from(ARTICLES),
    names=st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3),
    seed=st.integers(0, 2**32),
)
def test_a_mutated_article_gives_a_quiz_or_a_clean_error_in_time(article, names, seed):
    rng = random.Random(seed)
    text = article
    for name in names:
        text = MUTATIONS[name](text, rng)
    start = time.process_time()
    with tempfile.TemporaryDirectory() as out, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Kahoot's warnings about the questions it leaves out
        try:
            quiz = build_quiz(parse_article(text, name="fuzz"))
            for fmt in FORMATS:
                if fmt != "pdf":
                    write_quiz(quiz, fmt, Path(out))
        except QuizgenError:
            pass
    spent = time.process_time() - start
    assert spent < time_bound(text), f"{spent:.1f} s of CPU for {len(text):,} characters ({', '.join(names)})"
