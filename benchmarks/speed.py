"""Speed benchmark: prints figures, asserts nothing (it is a measurement, not a test).

    python benchmarks/speed.py [CORPUS_DIR] [--copies N] [--jobs N] [--repeat N]

Measures, on the articles of CORPUS_DIR (default ../shared/corpus/dev):
- analysis and generation time per article (median and 90th percentile, in-process, warm);
- `quizgen build --jobs N` throughput (default --jobs 2) on a folder of at least 1,000
  articles made from the corpus (copies with a counter appended so every file is
  distinct), all three default outputs;
- CPU per article in a fresh process over 300 articles of ../shared/corpus/bulk it has never seen;
- how time grows when one article is 2, 4, 8 and 16 times longer (it should grow linearly);
- start-up time of `quizgen --help` (median of 5 fresh processes).

With --repeat N every figure is the best of N runs (the least disturbed by other work on
the machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def per_article(corpus: Path) -> dict:
    from quizgen.analysis import analyze
    from quizgen.articles import read_article
    from quizgen.pipeline import build_quiz_with_report

    articles = [read_article(p) for p in sorted(corpus.glob("*.txt"))]
    for article in articles:  # warm caches (word lists, compiled patterns)
        build_quiz_with_report(article)
    analysis_ms, total_ms = [], []
    for article in articles:
        started = time.perf_counter()
        analysis = analyze(article)
        middle = time.perf_counter()
        build_quiz_with_report(article, analysis=analysis)
        ended = time.perf_counter()
        analysis_ms.append((middle - started) * 1000)
        total_ms.append((ended - started) * 1000)
    words = statistics.mean(a.word_count for a in articles)
    return {
        "articles": len(articles),
        "mean_words": round(words),
        "analysis_ms_median": statistics.median(analysis_ms),
        "total_ms_median": statistics.median(total_ms),
        "total_ms_p90": statistics.quantiles(total_ms, n=10)[-1],
    }


def growth(corpus: Path) -> list[tuple[int, float]]:
    """Time to build one article repeated k times: linear growth keeps ms/k flat."""
    from quizgen.articles import parse_article
    from quizgen.pipeline import build_quiz

    text = sorted(corpus.glob("*.txt"))[0].read_text(encoding="utf-8")
    headline, _, body = text.partition("\n\n")
    rows = []
    for k in (1, 2, 4, 8, 16):
        article = parse_article(headline + "\n\n" + "\n\n".join([body] * k), name="growth")
        build_quiz(article)
        started = time.perf_counter()
        build_quiz(article)
        rows.append((k, (time.perf_counter() - started) * 1000))
    return rows


def throughput(corpus: Path, copies: int, jobs: int | None) -> dict:
    sources = sorted(corpus.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "articles", Path(tmp) / "decks"
        folder.mkdir()
        count = 0
        while count < copies:
            for source in sources:
                text = source.read_text(encoding="utf-8")
                (folder / f"{count:05d}-{source.name}").write_text(f"{text}\n\nCopy {count}.\n", encoding="utf-8")
                count += 1
                if count == copies:
                    break
        command = [sys.executable, "-m", "quizgen", "build", str(folder), "-o", str(out)]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        outputs = len(list(out.glob("*")))
    return {"articles": copies, "seconds": seconds, "per_second": copies / seconds,
            "outputs": outputs, "exit_code": done.returncode, "jobs": jobs}


COLD = """
import random, sys, time
from pathlib import Path
from quizgen.articles import read_article
from quizgen.errors import QuizgenError
from quizgen.pipeline import build_quiz
files = sorted(Path(sys.argv[1]).glob("*.txt"))
files = random.Random(99).sample(files, min(int(sys.argv[2]), len(files)))
started = time.process_time()
for path in files:
    try:
        build_quiz(read_article(path))
    except QuizgenError:
        pass
print((time.process_time() - started) / len(files) * 1000)
"""


def cold(bulk: Path, count: int) -> float | None:
    """CPU ms per article over `count` articles a fresh process has never seen (what a user meets:
    no cache warmed on them), from the bulk corpus; None when it is not there."""
    if not any(bulk.glob("*.txt")):
        return None
    done = subprocess.run([sys.executable, "-c", COLD, str(bulk), str(count)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return float(done.stdout.strip())


def startup() -> float:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--copies", type=int, default=1000, help="articles in the build folder [1000]")
    parser.add_argument("--jobs", type=int, default=2, help="passed to quizgen build --jobs [2]")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs for every figure [1]")
    parser.add_argument("--cold", type=int, default=300, help="bulk articles for the cold figure [300]")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not any(corpus.glob("*.txt")):
        print(f"no .txt articles in {corpus}", file=sys.stderr)
        return 1

    runs = range(max(1, args.repeat))
    a = min((per_article(corpus) for _ in runs), key=lambda r: r["total_ms_median"])
    print(f"quizgen speed on {a['articles']} articles of {a['mean_words']} words on average ({corpus})")
    print(f"analysis per article:              {a['analysis_ms_median']:6.1f} ms median")
    print(f"analysis + questions per article:  {a['total_ms_median']:6.1f} ms median, {a['total_ms_p90']:.1f} ms p90")
    bulk = ROOT.parent / "shared" / "corpus" / "bulk"
    fresh = [ms for ms in (cold(bulk, args.cold) for _ in runs) if ms is not None]
    if fresh:
        print(f"cold, {args.cold} bulk articles unseen by the process: {min(fresh):6.1f} ms CPU per article")
    rows = min((growth(corpus) for _ in runs), key=lambda rows: sum(ms for _, ms in rows))
    base = rows[0][1]
    print("growth with length (one article repeated k times):")
    for k, ms in rows:
        print(f"  x{k:<3} {ms:8.1f} ms   {ms / base / k:4.2f} x linear")
    t = max((throughput(corpus, args.copies, args.jobs) for _ in runs), key=lambda r: r["per_second"])
    jobs = f", --jobs {t['jobs']}" if t["jobs"] else ""
    print(f"quizgen build ({t['articles']} articles, json+apkg+html{jobs}): {t['seconds']:.1f} s, "
          f"{t['per_second']:.1f} articles/s, {t['outputs']} files, exit {t['exit_code']}")
    print(f"quizgen --help start-up:           {min(startup() for _ in runs) * 1000:6.0f} ms median of 5")
    best = f" (best of {args.repeat} runs)" if args.repeat > 1 else ""
    print(f"machine: {os.cpu_count()} processors{best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
