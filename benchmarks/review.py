"""Blind review packets: a fresh random sample of articles and their default quizzes, laid out for
raters who see the article, the questions with their keys and the rubric, and nothing about how
the questions were made; then the tally of their ratings.

    python benchmarks/review.py make OUT_DIR [--corpus DIR] [--sample N] [--seed S] [--exclude LIST]
    python benchmarks/review.py tally OUT_DIR

`make` draws N articles at random (seeded by S) from the corpus (default ../shared/corpus/bulk),
leaving out the files named in LIST (one per line: samples used before), and writes:
- `sample.txt`: the files drawn, in order;
- `key.json`: for the tally, each question's family;
- `packet/`: all a rater sees (no file names, nothing about how questions were made):
  `RUBRIC.md` (shared/docs/questions.md), `articles/NN.txt` (each article as quizgen read it:
  headline, then paragraphs) and `questions/NN.md` (its default quiz, every question numbered
  with its options, key and source sentence);
- `ratings/`: where each rater writes `RATER.json`, a list of
  `{"article": "NN", "question": n, "acceptable": bool, "wrong_key": bool, "problems": [label, ...]}`
  (labels: obvious-answer, trivial, weak-distractor, ungrammatical, vague, formatting, wrong-key,
  not-in-article, other).

`tally` prints, from the ratings, the share of questions at least two of three raters accept,
the figure for each family, the majority labels, wrong keys (any question a majority says has a
wrong key), and acceptable questions per 250 words. Standard library and quizgen only.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path
from string import ascii_uppercase

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "bulk"
LABELS = (
    "obvious-answer",
    "trivial",
    "weak-distractor",
    "ungrammatical",
    "vague",
    "formatting",
    "wrong-key",
    "not-in-article",
    "other",
)


def family(question) -> str:
    """The family a question is reported under: its type, and its kind where the type has several."""
    kind = question.kind.value
    if question.type == "multiple_choice":
        return {
            "quote": "quote",
            "statement": "which-statement",
            "role_holder": "role",
            "person_role": "role",
            "affiliation": "role",
            "subject": "wh-question",
        }.get(kind, f"completion ({kind})")
    return {"true_false": "true/false", "matching": "matching", "cloze": "cloze"}[question.type]


def render(question, number: int, seed: int) -> str:
    """One question as a rater sees it: prompt, options and key, in plain Markdown."""
    lines = [f"### Q{number}"]
    if question.type == "multiple_choice":
        lines.append(question.prompt)
        for letter, choice in zip(ascii_uppercase, question.choices, strict=False):
            lines.append(f"- {letter}) {choice}")
        lines.append(f"**Key:** {ascii_uppercase[question.choices.index(question.answer)]}) {question.answer}")
    elif question.type == "cloze":
        lines.append(f"Fill in the blank: {question.prompt}")
        lines.append(f"**Key:** {question.answer}")
    elif question.type == "true_false":
        lines.append(f"True or false? {question.prompt}")
        lines.append(
            f"**Key:** {question.answer}"
            + (f" (the article says: {question.correction})" if question.correction else "")
        )
    else:
        lines.append(question.prompt)
        rights = question.right_order(seed)
        for n, pair in enumerate(question.pairs, 1):
            lines.append(f"- {n}. {pair.left}")
        for letter, right in zip(ascii_uppercase, rights, strict=False):
            lines.append(f"- {letter}) {right}")
        key = ", ".join(f"{n}-{ascii_uppercase[rights.index(p.right)]}" for n, p in enumerate(question.pairs, 1))
        lines.append(f"**Key:** {key}")
    lines.append(f"*Source sentence:* {question.source_sentence}")
    return "\n".join(lines)


def make(out: Path, corpus: Path, sample: int, seed: int, exclude: Path | None) -> None:
    from quizgen.articles import read_article
    from quizgen.errors import QuizgenError
    from quizgen.pipeline import build_quiz

    used = set(exclude.read_text().split()) if exclude else set()
    files = sorted(p for p in corpus.glob("*.txt") if p.name not in used)
    drawn = random.Random(seed).sample(files, sample)
    for folder in ("packet/articles", "packet/questions", "ratings"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    rubric = REPO.parent / "shared" / "docs" / "questions.md"
    if rubric.exists():
        (out / "packet" / "RUBRIC.md").write_text(rubric.read_text(encoding="utf-8"), encoding="utf-8")
    key, names = {}, []
    for n, path in enumerate(drawn, 1):
        code = f"{n:02d}"
        article = read_article(path)
        try:
            quiz = build_quiz(article)
        except QuizgenError as exc:
            print(f"{path.name}: no quiz ({exc})", file=sys.stderr)
            continue
        names.append(path.name)
        text = "\n\n".join([article.title, *article.paragraphs])
        (out / "packet" / "articles" / f"{code}.txt").write_text(text + "\n", encoding="utf-8")
        blocks = [f"# Article {code}: {len(quiz.questions)} questions"]
        blocks += [render(q, i, quiz.seed) for i, q in enumerate(quiz.questions, 1)]
        (out / "packet" / "questions" / f"{code}.md").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        key[code] = {"file": path.name, "words": article.word_count, "families": [family(q) for q in quiz.questions]}
    (out / "sample.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    total = sum(len(k["families"]) for k in key.values())
    print(f"{len(key)} articles, {total} questions in {out}")


def tally(out: Path) -> str:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    votes: dict[tuple[str, int], list[dict]] = defaultdict(list)
    raters = sorted((out / "ratings").glob("*.json"))
    for rater in raters:
        for rating in json.loads(rater.read_text(encoding="utf-8")):
            votes[(str(rating["article"]).zfill(2), int(rating["question"]))].append(rating)
    accepted, wrong, labels = Counter(), [], Counter()
    by_family, total = Counter(), 0
    per_article: list[float] = []  # acceptable questions per 250 words of each article
    for code, entry in key.items():
        good_here = 0
        for number, fam in enumerate(entry["families"], 1):
            ballots = votes.get((code, number), [])
            if not ballots:
                continue
            total += 1
            by_family[fam] += 1
            majority = len(ballots) // 2 + 1
            if sum(b["acceptable"] for b in ballots) >= majority:
                accepted[fam] += 1
                good_here += 1
            if sum(bool(b.get("wrong_key")) for b in ballots) >= majority:
                wrong.append(f"{code} Q{number} ({fam})")
            counted = Counter(label for b in ballots for label in set(b.get("problems", ())))
            labels.update(label for label, n in counted.items() if n >= majority)
        per_article.append(good_here / max(entry["words"], 1) * 250)
    words = sum(entry["words"] for entry in key.values())
    good = sum(accepted.values())
    lines = [
        f"{len(raters)} raters, {len(key)} articles, {total} questions rated",
        f"acceptable (majority): {good} of {total} = {good / total:.1%}" if total else "nothing rated",
        f"questions per 250 words: {total / words * 250:.2f}; acceptable per 250 words: {good / words * 250:.2f}",
        # The pooled figure weighs long articles by their words; a teacher meets one article at a time.
        f"acceptable per 250 words, article by article: median {statistics.median(per_article or [0]):.2f}; "
        f"articles with 4 or more: {sum(rate >= 4 for rate in per_article)} of {len(per_article)}",
        f"wrong keys (majority): {len(wrong)}" + (f": {', '.join(wrong)}" if wrong else ""),
        "by family:",
        *(f"  {fam:<28} {accepted[fam]:>3} of {n:>3} = {accepted[fam] / n:.0%}" for fam, n in by_family.most_common()),
        "majority problem labels: " + (", ".join(f"{label} {n}" for label, n in labels.most_common()) or "none"),
    ]
    guess = sum(labels[x] for x in ("obvious-answer", "trivial", "weak-distractor"))
    if total:
        lines.append(
            f"obvious-answer, trivial and weak-distractor together: {guess} = {guess / total:.1%} of questions"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Blind review packets and their tally.")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("out", type=Path)
    m.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    m.add_argument("--sample", type=int, default=30)
    m.add_argument("--seed", type=int, required=True)
    m.add_argument("--exclude", type=Path)
    t = sub.add_parser("tally")
    t.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "make":
        make(args.out, args.corpus, args.sample, args.seed, args.exclude)
    else:
        print(tally(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
