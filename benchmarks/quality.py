"""quizgen quality benchmark: analysis and quizzes scored against gold-annotated articles.

    python benchmarks/quality.py [CORPUS_DIR]            compact table (default ../shared/corpus/dev)
    python benchmarks/quality.py --misses                 ... then every miss, article by article
    python benchmarks/quality.py --misses-file misses.txt write the listing to a file instead
    python benchmarks/quality.py --json                   the figures as JSON (README, CI)
    python benchmarks/quality.py --check                  exit 1 when a target is short
    python benchmarks/quality.py --compare benchmarks/dev2 the analysis on a second gold set beside the first

CORPUS_DIR holds NAME.txt articles with NAME.json gold annotations (shared/corpus/README.md).
The matching rules are documented at the top of benchmarks/scoring.py. Standard library and
quizgen only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.quiz_stats import QuizStats  # noqa: E402
from benchmarks.report import comparison, lookup, misses, table  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    ENTITY_CATEGORIES,
    LIST_CATEGORIES,
    ArticleScore,
    Totals,
    aggregate,
    score_article,
)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
SEED = REPO / "seeds" / "zelenskyy-carney-g7.txt"
EMPTY_PREDICTION = {"people": [], "organizations": [], "places": [], "dates": [], "numbers": [], "quotes": []}


# --- targets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    key: str  # the figure's path in the JSON, e.g. "people.precision"
    label: str
    op: str  # ">=" or "=="
    value: float

    def met(self, figure: float | None) -> bool | None:
        if figure is None:
            return None
        if self.op == "<=":
            return figure <= self.value + 1e-12
        return figure >= self.value - 1e-12 if self.op == ">=" else abs(figure - self.value) < 1e-12

    def describe(self) -> str:
        op = "=" if self.op == "==" else self.op
        if self.key.endswith("_share"):
            return f"{op}{self.value:.0%}"
        if self.key.endswith("count") or self.key.startswith("quiz."):
            return f"{op}{self.value:g}"
        return f"{op}{self.value:.0%}"


TARGETS = (
    Target("people.precision", "people precision", ">=", 0.95),
    Target("people.recall", "people recall", ">=", 0.90),
    Target("organizations.precision", "organisations precision", ">=", 0.90),
    Target("organizations.recall", "organisations recall", ">=", 0.80),
    Target("places.precision", "places precision", ">=", 0.90),
    Target("places.recall", "places recall", ">=", 0.80),
    Target("dates.recall", "dates recall", ">=", 0.90),
    Target("numbers.recall", "numbers recall", ">=", 0.90),
    Target("roles.recall", "roles recall", ">=", 0.75),
    Target("quotes.recall", "quotes recall", ">=", 0.90),
    Target("speaker_accuracy.accuracy", "speaker accuracy", ">=", 0.95),
    Target("unattributed_with_speaker.count", "unattributed quotes given a speaker", "==", 0),
    Target("quiz.available_per_250_words", "questions passing the checks per 250 words", ">=", 8),
    Target("quiz.dense_share", "quizzes with 4+ questions per 250 words", ">=", 0.9),
    Target("quiz.varied_share", "quizzes with 3+ kinds", ">=", 0.8),
    Target("quiz.largest_kind_share", "largest kind's share", "<=", 0.5),
    Target("quiz.seed_questions", "questions in the seed's quiz", ">=", 10),
)


# --- running ------------------------------------------------------------------------------


@dataclass
class Run:
    corpus: str
    scores: list[ArticleScore] = field(default_factory=list)
    quiz: QuizStats = field(default_factory=QuizStats)
    errors: list[str] = field(default_factory=list)
    analysis_unavailable: str | None = None
    pipeline_unavailable: str | None = None
    analysis_seconds: float = 0.0
    quiz_seconds: float = 0.0
    missing_gold: list[str] = field(default_factory=list)
    seed_questions: int | None = None  # the default quiz of the shipped seed article


def _import_analyze():
    try:
        from quizgen.analysis import analyze
    except Exception as exc:  # being written: absent or broken for a while
        return None, f"{type(exc).__name__}: {exc}"
    return analyze, None


def _import_pipeline():
    try:
        from quizgen.pipeline import build_quiz_with_report
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return build_quiz_with_report, None


def _error(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"


def run(corpus: Path, *, display: str | None = None, seed: int | None = None, quizzes: bool = True) -> Run:
    from quizgen.articles import read_article

    result = Run(corpus=display or str(corpus))
    analyze, result.analysis_unavailable = _import_analyze()
    build, result.pipeline_unavailable = _import_pipeline() if quizzes else (None, "skipped (--no-quiz)")
    for txt in sorted(corpus.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            result.missing_gold.append(txt.name)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            article = read_article(txt)
        except Exception as exc:
            result.errors.append(f"{txt.stem}: read_article: {_error(exc)}")
            result.scores.append(score_article(gold, EMPTY_PREDICTION, txt.stem))
            continue

        predicted = EMPTY_PREDICTION
        if analyze is not None:
            started = time.perf_counter()
            try:
                predicted = analyze(article).to_gold_dict()
            except Exception as exc:  # scored as an empty analysis: every gold item missed
                result.errors.append(f"{txt.stem}: analyze: {_error(exc)}")
            result.analysis_seconds += time.perf_counter() - started
        result.scores.append(score_article(gold, predicted, txt.stem))

        if build is not None:
            stats = result.quiz
            stats.words += article.word_count
            started = time.perf_counter()
            try:
                quiz, report = build(article, seed=seed)
            except NotImplementedError as exc:
                result.pipeline_unavailable = _error(exc)
                build = None
                continue
            except Exception as exc:  # counted as an article with no questions
                result.errors.append(f"{txt.stem}: build_quiz: {_error(exc)}")
                continue
            finally:
                result.quiz_seconds += time.perf_counter() - started
            stats.record(txt.stem, article.word_count, quiz, report, gold)
    if build is not None and SEED.exists():
        result.seed_questions = len(build(read_article(SEED), seed=seed)[0].questions)
    return result


# --- figures ------------------------------------------------------------------------------


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def figures(r: Run) -> dict:
    t: Totals = aggregate(r.scores)
    out: dict = {
        "corpus": r.corpus,
        "articles": t.articles,
        "analysis_available": r.analysis_unavailable is None,
        "pipeline_available": r.pipeline_unavailable is None,
    }
    for c in (*ENTITY_CATEGORIES, *LIST_CATEGORIES):
        counts = t.categories[c]
        out[c] = {
            "precision": counts.precision,
            "recall": counts.recall,
            "gold": counts.gold,
            "predicted": counts.predicted,
            "matched": counts.matched_gold,
        }
    out["roles"] = {"recall": t.role_recall, "gold": t.roles_total, "recalled": t.roles_recalled}
    out["quotes"] = {
        "precision": t.quotes.precision,
        "recall": t.quotes.recall,
        "gold": t.quotes.gold,
        "predicted": t.quotes.predicted,
        "matched": t.quotes.matched_gold,
    }
    out["speaker_accuracy"] = {"accuracy": t.speaker_accuracy, "correct": t.speaker_correct, "attributed": t.attributed}
    out["unattributed_with_speaker"] = {"count": t.unattributed_given, "of": t.unattributed}
    q = r.quiz
    out["quiz"] = None
    if r.pipeline_unavailable is None:
        out["quiz"] = {**q.figures(), "seed_questions": r.seed_questions}
    out["targets"] = []
    for target in TARGETS:
        value = lookup(out, target.key)
        if target.key == "unattributed_with_speaker.count" and not t.unattributed:
            value = None  # no unattributed gold quote was recalled: nothing to judge
        out["targets"].append(
            {
                "name": target.label,
                "figure": target.key,
                "target": f"{target.op} {target.value:g}",
                "shown": target.describe(),
                "value": value,
                "met": target.met(value),
            }
        )
    out["errors"] = r.errors
    out["seconds"] = {"analysis": round(r.analysis_seconds, 3), "quizzes": round(r.quiz_seconds, 3)}
    return out


# --- printing -----------------------------------------------------------------------------


# --- command line -------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score quizgen's analysis and quizzes against gold-annotated articles."
    )
    parser.add_argument("corpus", nargs="?", help="folder of NAME.txt + NAME.json (default ../shared/corpus/dev)")
    parser.add_argument("--misses", action="store_true", help="also print every miss, article by article")
    parser.add_argument("--misses-file", metavar="PATH", help="write the listing of misses to PATH")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when any target is short")
    parser.add_argument("--seed", type=int, default=None, help="seed passed to the quiz builder")
    parser.add_argument("--no-quiz", action="store_true", help="score the analysis only")
    parser.add_argument("--compare", metavar="DIR", help="also score the gold set in DIR and print both side by side")
    args = parser.parse_args(argv)

    if args.corpus:
        corpus, display = Path(args.corpus), args.corpus
    else:
        corpus, display = DEFAULT_CORPUS, "../shared/corpus/dev"
    if not corpus.is_dir():
        print(f"error: {corpus} is not a folder of articles", file=sys.stderr)
        return 2
    result = run(corpus, display=display, seed=args.seed, quizzes=not args.no_quiz)
    if not result.scores:
        print(f"error: no article with a gold .json in {corpus}", file=sys.stderr)
        return 2
    f = figures(result)
    if args.json:
        print(json.dumps(f, indent=2, ensure_ascii=False))
    else:
        print(table(f, result))
    if args.misses_file:
        Path(args.misses_file).write_text(misses(result), encoding="utf-8")
        if not args.json:
            print(f"misses written to {args.misses_file}")
    if args.misses and not args.json:
        print()
        print(misses(result), end="")
    if args.compare:
        other = run(Path(args.compare), display=args.compare, seed=args.seed, quizzes=False)
        print()
        print(comparison(f, figures(other)))
    if args.check and any(t["met"] is not True for t in f["targets"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
