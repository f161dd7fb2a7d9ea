"""The blind review tool (benchmarks/review.py): packets raters can read, and the majority tally."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import review  # noqa: E402

ARTICLES = {
    "leeds.txt": """Leeds approves flood defence plan after winter storms

Leeds City Council has approved a £40m flood defence plan for the River Aire after storms flooded 300 homes in January 2024. The plan was drawn up by engineer Sarah Collins and council leader James Lewis.

Residents' group chair Tom Baker told the meeting that 1,000 people had signed a petition for the scheme in March 2023.

Environment Agency director Priya Shah welcomed the vote. Yorkshire Water chief executive Nicola Shaw said the company would pay £5m towards the cost.
""",
    "rome.txt": """Carney meets Zelenskyy in Rome

Prime Minister Mark Carney met Ukrainian President Volodymyr Zelenskyy in Rome on 18 May 2025, promising new support for Ukraine.

"There can be no peace without Ukraine," Carney told Zelenskyy after the meeting.

Foreign policy expert Roland Paris of the University of Ottawa said the meeting in Rome mattered. Jason Easton, a former adviser to Justin Trudeau, said the G7 summit in Kananaskis would follow in June 2025.
""",
}


def test_packet_shows_raters_articles_and_questions_but_not_how_they_were_made(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "review"
    review.make(out, corpus, sample=2, seed=1, exclude=None)
    packet = sorted(p.relative_to(out / "packet").as_posix() for p in (out / "packet").rglob("*.*"))
    assert [p for p in packet if p != "RUBRIC.md"] == [
        "articles/01.txt",
        "articles/02.txt",
        "questions/01.md",
        "questions/02.md",
    ]
    shown = " ".join((out / "packet" / p).read_text(encoding="utf-8") for p in packet if p != "RUBRIC.md")
    assert "leeds.txt" not in shown and "kind" not in shown.lower()
    assert sorted((out / "sample.txt").read_text().split()) == sorted(ARTICLES)

    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    first = key["01"]["families"]
    assert first and all(isinstance(f, str) for f in first)
    # Three raters: the first question is accepted by two of them, the second by one only.
    for rater, votes in (("a", (True, True)), ("b", (True, False)), ("c", (False, False))):
        ratings = [
            {
                "article": "01",
                "question": n,
                "acceptable": vote,
                "wrong_key": n == 2 and rater != "c",
                "problems": ["trivial"] if not vote else [],
            }
            for n, vote in zip((1, 2), votes, strict=True)
        ]
        (out / "ratings" / f"{rater}.json").write_text(json.dumps(ratings), encoding="utf-8")
    text = review.tally(out)
    assert "3 raters, 2 articles, 2 questions rated" in text
    assert "acceptable (majority): 1 of 2 = 50.0%" in text
    assert "wrong keys (majority): 1: 01 Q2" in text
    assert "trivial 1" in text
    # Article by article: one acceptable question in the first, none in the second (not rated).
    first_rate = 250 / key["01"]["words"]
    assert f"median {first_rate / 2:.2f}; articles with 4 or more: {int(first_rate >= 4)} of 2" in text


def test_two_gold_sets_side_by_side_show_the_gap():
    from benchmarks.report import comparison

    def figures(corpus: str, people: float, speakers: float) -> dict:
        entity = {"precision": people, "recall": people}
        return {
            "corpus": corpus,
            "articles": 3,
            "people": entity,
            "organizations": entity,
            "places": entity,
            "quotes": {"recall": 1.0},
            "speaker_accuracy": {"accuracy": speakers},
        }

    text = comparison(figures("dev", 0.97, 0.95), figures("dev2", 0.95, 0.67))
    people = next(line for line in text.splitlines() if line.startswith("people precision"))
    speakers = next(line for line in text.splitlines() if line.startswith("speaker attribution"))
    assert "97.0%" in people and "95.0%" in people and "within 5 points" in people
    assert "28.0%" in speakers and "APART" in speakers
