"""Speed benchmark: what a user meets, on articles quizgen has never seen. Prints figures, asserts nothing.

    python benchmarks/speed.py [--cold N] [--build N] [--jobs N] [--growth-max BYTES] [--seed N]

Every figure is taken on first-seen articles of ../shared/corpus/bulk (2,474 distinct real
articles) and, for `quizgen generate`, on the 36 of ../shared/corpus/dev; nothing is warmed up on
the articles it times, and nothing is a copy of another article:

- cold: one fresh process reads N bulk articles drawn at random (default 300) and times the
  analysis and the questions of each with `time.process_time()` (CPU time, so other work on the
  machine does not count). Before the first timed article it builds the seed article's quiz, which
  is not timed, so loading the word lists is not charged to one article. Median, mean and 90th
  percentile, per article and per 500 words;
- `quizgen generate` on the dev articles (JSON): wall and CPU time of the whole process;
- `quizgen build --jobs N` over N distinct bulk articles (default 2,000) with the three default
  outputs (JSON, Anki, HTML): articles per second of wall time, and the process's CPU time;
- growth: distinct bulk articles joined into one article of about 10 kB, 100 kB, 1 MB (and 5 MB,
  the size limit, with --growth-max 5000000), CPU time per kB against the smallest;
- `quizgen --help`: median wall and CPU time of 5 fresh processes.

Wall times count whatever else runs on the machine; the CPU figures do not. quizgen's bytecode
is compiled first, as `pip install` does for a user: a checkout run with PYTHONDONTWRITEBYTECODE
(or from a read-only folder) would otherwise compile every module's source again in each process,
a tenth of a second that no installed quizgen spends.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"

# Run in a fresh process: the analysis and the questions of each article, CPU milliseconds and words.
COLD = """
import json, sys, time
from pathlib import Path
from quizgen.analysis import analyze
from quizgen.articles import read_article
from quizgen.errors import QuizgenError
from quizgen.pipeline import build_quiz_with_report
build_quiz_with_report(read_article(sys.argv[1]))  # the seed: loads the word lists, not timed
rows = []
for path in sys.argv[2:]:
    article = read_article(path)
    started = time.process_time()
    try:
        build_quiz_with_report(article, analysis=analyze(article))
    except QuizgenError:
        pass  # too short for a quiz: the time spent finding that out still counts
    rows.append(((time.process_time() - started) * 1000, article.word_count))
print(json.dumps(rows))
"""


def _sample(folder: Path, count: int, seed: int) -> list[Path]:
    files = sorted(folder.glob("*.txt"))
    return random.Random(seed).sample(files, min(count, len(files)))


def _spread(values: list[float]) -> str:
    p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
    return f"median {statistics.median(values):6.1f}, mean {statistics.mean(values):6.1f}, 90th percentile {p90:6.1f}"


def cold(count: int, seed: int) -> None:
    files = _sample(BULK, count, seed)
    done = subprocess.run(
        [sys.executable, "-c", COLD, str(SEED), *map(str, files)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    rows = json.loads(done.stdout)
    per_article = [ms for ms, _ in rows]
    per_500 = [ms * 500 / max(words, 1) for ms, words in rows]
    words = statistics.mean(w for _, w in rows)
    print(
        f"cold: {len(rows)} bulk articles never seen by the process ({words:.0f} words on average), "
        "analysis + questions, CPU ms"
    )
    print(f"  per article:    {_spread(per_article)}")
    print(f"  per 500 words:  {_spread(per_500)}")


def _run(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and CPU seconds (user + system, the children's included) of a whole command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done


def generate_dev() -> None:
    files = sorted(DEV.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu, done = _run(
            [sys.executable, "-m", "quizgen", "generate", *map(str, files), "-o", tmp, "--format", "json"]
        )
    print(
        f"quizgen generate, {len(files)} dev articles, JSON: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {done.returncode}"
    )


def build(count: int, jobs: int, seed: int) -> None:
    files = _sample(BULK, count, seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "articles", Path(tmp) / "decks"
        folder.mkdir()
        for path in files:  # links to the bulk articles themselves: distinct, never copies of each other
            (folder / path.name).symlink_to(path.resolve())
        wall, cpu, done = _run(
            [sys.executable, "-m", "quizgen", "build", str(folder), "-o", str(out), "--jobs", str(jobs)]
        )
        outputs = sum(1 for _ in out.glob("*"))
    print(
        f"quizgen build --jobs {jobs}, {len(files)} distinct bulk articles, JSON + Anki + HTML: {wall:.1f} s wall, "
        f"{len(files) / wall:.1f} articles/s, {cpu:.1f} s CPU, {outputs} files, exit {done.returncode}"
    )


def growth(largest: int, seed: int) -> None:
    """Distinct articles joined into one ever longer article: CPU time per kB should stay flat."""
    from quizgen.articles import parse_article
    from quizgen.errors import QuizgenError
    from quizgen.pipeline import build_quiz

    bodies = [p.read_text(encoding="utf-8").partition("\n\n")[2] for p in _sample(BULK, 10_000, seed + 2)]
    build_quiz(parse_article(SEED.read_text(encoding="utf-8"), name="seed"))  # word lists loaded, not timed
    sizes = [s for s in (10_000, 100_000, 1_000_000, 5_000_000) if s <= largest]
    print("growth: distinct bulk articles joined into one, CPU time")
    base = None
    for size in sizes:
        parts, length = [], 0
        for body in bodies:
            bytes_ = len(body.encode("utf-8")) + 2
            if length + bytes_ > min(size, 4_990_000):  # the reader refuses more than 5 MB
                break
            parts.append(body)
            length += bytes_
        article = parse_article(f"Growth {size}\n\n" + "\n\n".join(parts), name="growth")
        started = time.process_time()
        try:
            build_quiz(article)
        except QuizgenError:
            pass
        ms_per_kb = (time.process_time() - started) * 1000 / (length / 1000)
        base = base or ms_per_kb
        print(
            f"  {length / 1000:8.0f} kB: {ms_per_kb * length / 1e6:7.2f} s, {ms_per_kb:5.2f} ms per kB, "
            f"{ms_per_kb / base:4.2f} x linear"
        )


def startup() -> None:
    runs = [_run([sys.executable, "-m", "quizgen", "--help"])[:2] for _ in range(5)]
    print(
        f"quizgen --help: {statistics.median(w for w, _ in runs) * 1000:.0f} ms wall, "
        f"{statistics.median(c for _, c in runs) * 1000:.0f} ms CPU (median of 5)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", type=int, default=300, help="bulk articles timed in one fresh process [300]")
    parser.add_argument("--build", type=int, default=2000, help="bulk articles for quizgen build [2000]")
    parser.add_argument("--jobs", type=int, default=2, help="passed to quizgen build --jobs [2]")
    parser.add_argument("--growth-max", type=int, default=1_000_000, help="largest joined article in bytes [1000000]")
    parser.add_argument("--seed", type=int, default=99, help="which bulk articles are drawn [99]")
    args = parser.parse_args(argv)
    if not any(BULK.glob("*.txt")) or not any(DEV.glob("*.txt")):
        print(f"the corpora are missing: {BULK} and {DEV}", file=sys.stderr)
        return 1
    compileall.compile_dir(ROOT / "quizgen", quiet=1)  # what an installed quizgen starts from
    print(f"machine: {os.cpu_count()} processors, load average {os.getloadavg()[0]:.1f} at the start")
    cold(args.cold, args.seed)
    generate_dev()
    build(args.build, args.jobs, args.seed)
    growth(args.growth_max, args.seed)
    startup()
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
