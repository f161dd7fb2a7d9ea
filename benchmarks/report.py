"""The quality benchmark's printed report: the table of figures, the misses article by article,
and two gold sets side by side (benchmarks/quality.py computes the figures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.scoring import ENTITY_CATEGORIES, LIST_CATEGORIES

if TYPE_CHECKING:
    from benchmarks.quality import Run

CATEGORY_LABELS = {
    "people": "people",
    "organizations": "organisations",
    "places": "places",
    "dates": "dates",
    "numbers": "numbers",
}


def lookup(data: dict, key: str):
    node = data
    for part in key.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _mark(f: dict, *keys: str) -> str:
    """'target  met' / 'short' for the targets on these figure keys."""
    found = [t for t in f["targets"] if t["figure"] in keys]
    if not found:
        return ""
    parts = []
    for t in found:
        what = t["figure"].split(".")[-1]
        short = {"precision": "P", "recall": "R"}.get(what, "")
        parts.append(f"{short}{t['shown']}")
    verdicts = [t["met"] for t in found]
    verdict = "n/a" if None in verdicts else ("met" if all(verdicts) else "SHORT")
    return f"{' '.join(parts):<16} {verdict}"


def table(f: dict, r: Run) -> str:
    lines = [f"quizgen quality on {f['articles']} articles ({f['corpus']})"]
    if r.analysis_unavailable:
        lines.append(f"analysis unavailable ({r.analysis_unavailable}): every gold item counts as missed")
    lines.append(f"{'category':<18}{'precision':>9}{'recall':>9}   {'gold / predicted':<18}target")
    for c in (*ENTITY_CATEGORIES, *LIST_CATEGORIES):
        d = f[c]
        lines.append(
            f"{CATEGORY_LABELS[c]:<18}{_pct(d['precision']):>9}{_pct(d['recall']):>9}   "
            f"{str(d['gold']) + ' / ' + str(d['predicted']):<18}{_mark(f, c + '.precision', c + '.recall')}"
        )
    d = f["roles"]
    lines.append(f"{'roles':<18}{'':>9}{_pct(d['recall']):>9}   {str(d['gold']):<18}{_mark(f, 'roles.recall')}")
    d = f["quotes"]
    lines.append(
        f"{'quotes':<18}{_pct(d['precision']):>9}{_pct(d['recall']):>9}   "
        f"{str(d['gold']) + ' / ' + str(d['predicted']):<18}{_mark(f, 'quotes.recall')}"
    )
    d = f["speaker_accuracy"]
    lines.append(
        f"{'speaker accuracy':<18}{_pct(d['accuracy']):>9}{'':>9}   {str(d['attributed']) + ' quotes':<18}"
        f"{_mark(f, 'speaker_accuracy.accuracy')}"
    )
    lines.append(f"{'':<18}(on attributed gold quotes that were recalled)")
    d = f["unattributed_with_speaker"]
    text = f"unattributed quotes given a speaker: {d['count']} of {d['of']}"
    lines.append(f"{text:<57}{_mark(f, 'unattributed_with_speaker.count')}")

    q = f["quiz"]
    if q is None:
        lines.append(f"quizzes: pipeline unavailable ({r.pipeline_unavailable})")
    else:
        avail = "-" if q["available_per_250_words"] is None else f"{q['available_per_250_words']:.1f}"
        final = "-" if q["in_quiz_per_250_words"] is None else f"{q['in_quiz_per_250_words']:.1f}"
        text = f"questions per 250 words: {avail} pass the checks, {final} in quiz"
        lines.append(f"{text:<57}{_mark(f, 'quiz.available_per_250_words')}")
        text = f"quizzes with 4+ questions per 250 words: {_pct(q['dense_share'])}"
        lines.append(f"{text:<57}{_mark(f, 'quiz.dense_share')}")
        text = f"quizzes with 3+ kinds: {_pct(q['varied_share'])}"
        lines.append(f"{text:<57}{_mark(f, 'quiz.varied_share')}")
        text = f"largest kind's share of all questions: {_pct(q['largest_kind_share'])}"
        lines.append(f"{text:<57}{_mark(f, 'quiz.largest_kind_share')}")
        text = f"the seed's quiz: {q['seed_questions']} questions"
        lines.append(f"{text:<57}{_mark(f, 'quiz.seed_questions')}")
        types = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in q["types"].items()) or "none"
        lines.append(
            f"quizzes: {q['articles_built']} built, {q['candidates']} candidates, {q['accepted']} accepted, "
            f"{q['in_quiz']} in quizzes ({types})"
        )
        total = sum(q["kinds"].values())
        kinds = ", ".join(f"{k} {v / total:.0%} ({v})" for k, v in q["kinds"].items()) if total else "none"
        lines.append(f"kinds in quizzes: {kinds}")
        passed = ", ".join(f"{k} {v}" for k, v in q["accepted_kinds"].items()) or "none"
        lines.append(f"kinds passing the checks: {passed}")
        rejected = ", ".join(f"{k} {v}" for k, v in q["rejections"].items()) or "none"
        lines.append(f"rejected candidates: {rejected}")
        lines.append(
            f"keys: quote questions keyed to another speaker than the gold: {len(r.quiz.wrong_quote_keys)} of "
            f"{r.quiz.quote_keys}; keys not in their source sentence: {len(r.quiz.unsupported_keys)}; "
            f"options that are another name of the answer: {len(r.quiz.alias_options)}"
        )
        if q["warnings"]:
            lines.append(f"build warnings: {q['warnings']}")
    met = [t["met"] for t in f["targets"]]
    short = [t["name"] for t in f["targets"] if t["met"] is False]
    lines.append(
        f"targets met: {sum(1 for m in met if m)} of {len(met)}" + (f"; short: {', '.join(short)}" if short else "")
    )
    if f["errors"]:
        lines.append(f"errors ({len(f['errors'])}):")
        lines.extend(f"  {e}" for e in f["errors"][:10])
        if len(f["errors"]) > 10:
            lines.append(f"  ... and {len(f['errors']) - 10} more (see --misses)")
    if r.missing_gold:
        lines.append(f"skipped (no gold .json): {', '.join(r.missing_gold)}")
    lines.append(f"time: analysis {r.analysis_seconds:.1f}s, quizzes {r.quiz_seconds:.1f}s")
    return "\n".join(lines)


GAP = 0.05  # rules that generalise score within five points on a set nobody tuned them on
COMPARED = (
    ("people precision", "people.precision"),
    ("people recall", "people.recall"),
    ("organisations precision", "organizations.precision"),
    ("organisations recall", "organizations.recall"),
    ("places precision", "places.precision"),
    ("places recall", "places.recall"),
    ("quotes recall", "quotes.recall"),
    ("speaker attribution", "speaker_accuracy.accuracy"),
)


def comparison(first: dict, second: dict) -> str:
    """The analysis figures of two gold sets side by side, with the gap between them."""
    lines = [
        f"{'':<26}{first['corpus'][-24:]:>24}{second['corpus'][-24:]:>24}   gap",
        f"{'articles':<26}{first['articles']:>24}{second['articles']:>24}",
    ]
    for label, key in COMPARED:
        a, b = lookup(first, key), lookup(second, key)
        gap = None if a is None or b is None else abs(a - b)
        mark = "" if gap is None else ("  within 5 points" if gap <= GAP else "  APART")
        lines.append(f"{label:<26}{_pct(a):>24}{_pct(b):>24}   {'-' if gap is None else f'{gap:.1%}'}{mark}")
    return "\n".join(lines)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def misses(r: Run) -> str:
    """Every false negative and false positive, per article and category, to be read."""
    lines = ["# misses: '-' gold item not found (false negative), '+' predicted item matching no gold (false positive)"]
    for s in r.scores:
        block = []
        for c in (*ENTITY_CATEGORIES, *LIST_CATEGORIES):
            res = s.category(c)
            notes = s.notes.get(c, {})
            for item in res.missed:
                note = f"   [{notes[item]}]" if item in notes else ""
                block.append(f"  {CATEGORY_LABELS[c]:<13} - {item}{note}")
            for item in res.spurious:
                note = f"   [{notes[item]}]" if item in notes else ""
                block.append(f"  {CATEGORY_LABELS[c]:<13} + {item}{note}")
        for person, role, predicted in s.roles.missed:
            block.append(
                f"  {'roles':<13} - {person}: {role!r}   (predicted: {', '.join(map(repr, predicted)) or 'none'})"
            )
        for opening in s.quotes.missed:
            block.append(f"  {'quotes':<13} - “{_short(opening)}”")
        for text in s.quotes.spurious:
            block.append(f"  {'quotes':<13} + “{_short(text)}”")
        for opening, gold, predicted in s.quotes.wrong_speaker:
            block.append(f"  {'speaker':<13} x “{_short(opening, 50)}”: gold {gold}, predicted {predicted}")
        for opening, predicted in s.quotes.unattributed_given:
            block.append(
                f"  {'unattributed':<13} x “{_short(opening, 50)}”: no speaker in the text, predicted {predicted}"
            )
        if block:
            lines.append(f"\n== {s.name}")
            lines.extend(block)
    if r.quiz.thin:
        lines.append("\n== quizzes short of 4 questions per 250 words")
        lines.extend(f"  {t}" for t in r.quiz.thin)
    key_problems = (*r.quiz.wrong_quote_keys, *r.quiz.unsupported_keys, *r.quiz.alias_options)
    if key_problems:
        lines.append("\n== quiz keys")
        lines.extend(f"  {p}" for p in key_problems)
    if r.errors:
        lines.append("\n== errors")
        lines.extend(f"  {e}" for e in r.errors)
    return "\n".join(lines) + "\n"
