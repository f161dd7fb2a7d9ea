"""Fuzz quizgen with hostile variants of real articles and count what comes out.

    python benchmarks/fuzz.py                      # 10,000 inputs from ../shared/corpus/bulk
    python benchmarks/fuzz.py -n 2000 --jobs 2 --keep failures/

Each input is a real article with one to three mutations of benchmarks/mutations.py
(unbalanced quotes, giant numbers, extreme dates, long runs of capitals, control and
zero-width characters, right-to-left text, a giant paragraph, many quotations). It is read,
turned into a quiz and written in every format (PDF for one input in `--pdf-every`), timed
in CPU seconds against the bound of one second per 10 KB of input (at least one second).

It prints the counts of quizzes, clean errors (a QuizgenError: what a user sees as
`Error: ...`), tracebacks (any other exception) and inputs over the time bound, then the
tracebacks by type and place. `--keep DIR` saves each input that gave a traceback or went
over the bound. Not part of CI: tests/test_fuzz.py runs a few dozen such inputs there.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.mutations import mutate  # noqa: E402
from quizgen.articles import parse_article  # noqa: E402
from quizgen.errors import QuizgenError  # noqa: E402
from quizgen.exporters import FORMATS, write_quiz  # noqa: E402
from quizgen.pipeline import build_quiz  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bulk"
QUIZ, CLEAN, TRACEBACK, SLOW = "quizzes", "clean errors", "tracebacks", "over the time bound"
GIVE_UP = 30  # times the bound: an input still running then is stopped and counted slow


def time_bound(text: str) -> float:
    """One second of CPU per 10 KB of input, at least one second."""
    return max(1.0, len(text.encode("utf-8", "surrogatepass")) / 10_000)


class _Stalled(Exception):
    pass


def _alarm(signum, frame):
    raise _Stalled


def run_one(text: str, formats: tuple[str, ...], out: Path) -> tuple[str, float, str]:
    """(outcome, CPU seconds, where a traceback came from) for one input."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(int(GIVE_UP * time_bound(text)))
    start = time.process_time()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quiz = build_quiz(parse_article(text, name="fuzz"))
            for fmt in formats:
                write_quiz(quiz, fmt, out)
        outcome, where = QUIZ, ""
    except QuizgenError:
        outcome, where = CLEAN, ""
    except _Stalled:
        outcome, where = SLOW, "stopped"
    except Exception as exc:  # what the fuzzing is for: anything but a QuizgenError is a bug
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        outcome, where = TRACEBACK, f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} {frame.name}"
    finally:
        signal.alarm(0)
    spent = time.process_time() - start
    if outcome != TRACEBACK and spent > time_bound(text):
        outcome = SLOW
    return outcome, spent, where


def _batch(args: tuple[list[int], list[str], int, str | None]) -> list[tuple[int, str, float, str, list[str], int]]:
    indices, bases, pdf_every, keep = args
    plain = tuple(f for f in FORMATS if f != "pdf")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in indices:
            rng = random.Random(i)
            text, names = mutate(rng.choice(bases), rng, rounds=rng.randint(1, 3))
            formats = plain + (("pdf",) if pdf_every and i % pdf_every == 0 else ())
            outcome, spent, where = run_one(text, formats, Path(tmp))
            if keep and outcome in (TRACEBACK, SLOW):
                Path(keep).mkdir(parents=True, exist_ok=True)
                (Path(keep) / f"input-{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
            results.append((i, outcome, spent, where, names, len(text)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="inputs to run [10,000]")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of real .txt articles to mutate")
    parser.add_argument("--jobs", type=int, default=1, help="processes [1]")
    parser.add_argument(
        "--pdf-every", type=int, default=100, help="write a PDF for one input in this many [100]; 0: never"
    )
    parser.add_argument("--keep", help="save inputs that gave a traceback or went over the bound into this folder")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        parser.error(f"no .txt articles in {args.corpus}")
    bases = [p.read_text(encoding="utf-8") for p in paths]
    pdf_every = args.pdf_every
    if pdf_every:
        try:
            import weasyprint  # noqa: F401
        except ImportError:
            pdf_every = 0
    step = 10
    work = [(list(range(i, min(i + step, args.n))), bases, pdf_every, args.keep) for i in range(0, args.n, step)]
    counts: Counter[str] = Counter()
    places: Counter[str] = Counter()
    slowest: list[tuple[float, int, int, list[str]]] = []
    started = time.time()
    pool = ProcessPoolExecutor(max_workers=args.jobs)
    try:
        for results in pool.map(_batch, work):
            for i, outcome, spent, where, names, size in results:
                counts[outcome] += 1
                if where:
                    places[where] += 1
                slowest.append((spent, i, size, names))
            print(f"\r{sum(counts.values())}/{args.n}", end="", file=sys.stderr, flush=True)
    except KeyboardInterrupt:  # Ctrl-C (or SIGINT): the figures of the inputs done so far
        for process in list(pool._processes.values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
    else:
        pool.shutdown()
    print(file=sys.stderr)
    print(f"{sum(counts.values())} inputs in {time.time() - started:.0f} s ({len(bases)} articles mutated)")
    for outcome in (QUIZ, CLEAN, TRACEBACK, SLOW):
        print(f"  {outcome:<20} {counts[outcome]:>6}")
    for where, n in places.most_common():
        print(f"  {n:>6}  {where}")
    print("slowest (CPU s, input, characters, mutations):")
    for spent, i, size, names in sorted(slowest, reverse=True)[:5]:
        print(f"  {spent:6.2f}  #{i}  {size:>9,}  {', '.join(names)}")
    return 1 if counts[TRACEBACK] or counts[SLOW] else 0


if __name__ == "__main__":
    sys.exit(main())
