"""Measure find_dates and find_numbers against the gold corpus.

    python benchmarks/eval_dates_numbers.py [CORPUS_DIR] [--misses] [--extras]

For each article (headline included: the gold lists cover it) the text is split into sentences
with a crude regex, both finders run on every sentence, and their texts are compared with the
gold "dates" and "numbers" lists. A gold item is found when some predicted text, ignoring case,
equals it, contains it, or is contained in it and shares at least one word with it. Precision
uses the same test per distinct predicted text. Prints per-kind recall and precision, and with
--misses / --extras the gold items not found and the predictions matching no gold item. Where
benchmarks/scoring.py is present, also prints the project's stricter one-to-one figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).absolute().parents[1]))

from quizgen.analysis.quantities import find_numbers  # noqa: E402
from quizgen.analysis.temporal import find_dates  # noqa: E402

try:  # the quality benchmark's stricter, one-to-one scoring, when it is there
    from benchmarks.scoring import score_items
except ImportError:  # pragma: no cover - this script also runs on its own
    score_items = None

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Prof",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "No",
    "U.S",
    "U.K",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "a.m",
    "p.m",
)
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def split_sentences(text: str) -> list[str]:
    """Paragraphs on blank lines, then sentences after . ! ? unless an abbreviation ends there."""
    sentences = []
    for paragraph in re.split(r"\n\s*\n", text):
        start = 0
        for match in SENTENCE_END_RE.finditer(paragraph):
            before = paragraph[start : match.start()].rstrip(".!?\"”’'")
            if before.split()[-1:] and before.split()[-1] in ABBREVIATIONS:
                continue
            sentences.append(paragraph[start : match.end()].strip())
            start = match.end()
        sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def matches(predicted: str, gold: str) -> bool:
    p, g = predicted.casefold(), gold.casefold()
    if p == g or g in p:
        return True
    return p in g and bool(set(re.findall(r"\w+", p)) & set(re.findall(r"\w+", g)))


def evaluate(corpus: Path) -> dict[str, dict]:
    results = {
        kind: {"gold": 0, "found": 0, "predicted": 0, "correct": 0, "misses": [], "extras": [], "strict": [0, 0, 0]}
        for kind in ("dates", "numbers")
    }
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        predicted = {"dates": [], "numbers": []}
        for index, sentence in enumerate(split_sentences(text)):
            predicted["dates"] += [m.text for m in find_dates(sentence, index)]
            predicted["numbers"] += [m.text for m in find_numbers(sentence, index)]
        for kind, result in results.items():
            gold_items = gold.get(kind, [])
            texts = list(dict.fromkeys(predicted[kind]))
            for item in gold_items:
                hit = any(matches(p, item) for p in texts)
                result["found"] += hit
                if not hit:
                    result["misses"].append((gold_path.stem, item))
            for p in texts:
                ok = any(matches(p, item) for item in gold_items)
                result["correct"] += ok
                if not ok:
                    result["extras"].append((gold_path.stem, p))
            result["gold"] += len(gold_items)
            result["predicted"] += len(texts)
            if score_items:
                counts = score_items(gold_items, texts, kind).counts
                strict = (counts.gold, counts.predicted, counts.matched_gold)
                result["strict"] = [a + b for a, b in zip(result["strict"], strict, strict=True)]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list gold items not found")
    parser.add_argument("--extras", action="store_true", help="list predictions not in gold")
    args = parser.parse_args()
    for kind, r in evaluate(args.corpus).items():
        recall = r["found"] / r["gold"] if r["gold"] else 1.0
        precision = r["correct"] / r["predicted"] if r["predicted"] else 1.0
        print(
            f"{kind:8} recall {recall:6.1%} ({r['found']}/{r['gold']})   "
            f"precision {precision:6.1%} ({r['correct']}/{r['predicted']})"
        )
        gold, predicted, matched = r["strict"]
        if score_items and gold and predicted:
            print(
                f"{'':8} one-to-one (benchmarks/scoring.py): recall {matched / gold:6.1%}   "
                f"precision {matched / predicted:6.1%}"
            )
        for flag, key in ((args.misses, "misses"), (args.extras, "extras")):
            if flag:
                for article, item in r[key]:
                    print(f"    {key[:-2]:6} {article[:34]:34} {item!r}")


if __name__ == "__main__":
    main()
