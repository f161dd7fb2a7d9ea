"""The benchmark's matching rules (benchmarks/scoring.py), as golden tables of cases."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import quality  # noqa: E402
from benchmarks.quiz_stats import _resolved_pronoun, _words  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    aggregate,
    item_strength,
    match_entities,
    match_quotes,
    norm_form,
    role_recalled,
    score_article,
    score_entities,
    score_items,
    speaker_matches,
)

CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def ent(name: str, *aliases: str, roles: tuple[str, ...] = ()) -> dict:
    return {"name": name, "aliases": list(aliases), "roles": list(roles)}


# --- entities -----------------------------------------------------------------------------

ENTITY_CASES = [
    # (gold entity, predicted entity, match?)
    (ent("Nancy Pelosi", "Pelosi"), ent("Pelosi"), True),  # alias
    (ent("Nancy Pelosi", "Pelosi"), ent("Speaker Nancy Pelosi", "Pelosi"), True),  # via a predicted alias
    (ent("Nancy Pelosi", "Pelosi"), ent("NANCY PELOSI"), True),  # case
    (ent("Ken Livingstone", "Livingstone"), ent("Mr Livingstone"), True),  # honorific off the prediction
    (ent("Ken Livingstone", "Mr Livingstone"), ent("Livingstone"), True),  # honorific off the gold alias
    (ent("Alex Ferguson", "Ferguson"), ent("Sir Alex Ferguson"), True),
    (ent("Jorge Eduardo Scheinig"), ent("Monseñor Jorge Eduardo Scheinig"), True),
    (ent("Mark Dyer", "Mr Dyer"), ent("Mr. Dyer"), True),  # US-style dot
    (ent("Britain"), ent("Britain's"), True),  # possessive
    (ent("Reuters"), ent("Reuters'"), True),
    (ent("European Union", "EU"), ent("the European Union"), True),  # leading "the"
    (ent("Alberto Fernández"), ent("Alberto Fernandez"), True),  # accents
    (ent("Conan O'Brien"), ent("Conan O’Brien"), True),  # apostrophes
    (ent("United States", "U.S."), ent("US"), True),  # initials' dots
    (ent("George W Bush"), ent("George W. Bush"), True),
    (ent("Tony Blair"), ent("Blair"), False),  # a surname needs a gold alias
    (ent("Ken Livingstone"), ent("Mr Livingstone"), False),
    (ent("Donald Trump", "Trump"), ent("President Trump"), False),  # titles are not honorifics
    (ent("United States"), ent("US"), False),  # no guessing abbreviations
    (ent("Labour"), ent("Labour Party"), False),  # no partial matches
    (ent("Chelsea"), ent("Chelsea Clinton"), False),
]


@pytest.mark.parametrize("gold, predicted, expected", ENTITY_CASES)
def test_entity_matching(gold, predicted, expected):
    assert bool(match_entities([gold], [predicted])) is expected


def test_entities_are_one_to_one():
    # A person found twice (a failed merge): one match, the duplicate is a false positive.
    result = score_entities([ent("Tony Blair", "Blair", "Mr Blair")], [ent("Tony Blair"), ent("Mr Blair")])
    assert (result.counts.matched_gold, result.counts.predicted) == (1, 2)
    assert result.counts.precision == 0.5 and result.counts.recall == 1.0
    assert result.spurious == ["Mr Blair"]
    # One predicted entity cannot count for two gold entities.
    result = score_entities([ent("Gordon Brown", "Brown"), ent("Nick Brown", "Brown")], [ent("Brown")])
    assert result.counts.matched_gold == 1 and result.counts.recall == 0.5


def test_entity_pairing_maximises_matches():
    # Greedy in order would give "Brown" to Gordon and leave Nick unmatched.
    gold = [ent("Gordon Brown", "Brown"), ent("Nick Brown", "Brown")]
    predicted = [ent("Brown"), ent("Gordon Brown")]
    assert match_entities(gold, predicted) == {0: 1, 1: 0}


def test_name_matches_are_preferred_to_alias_matches():
    gold = [ent("Tony Blair", "Blair")]
    predicted = [ent("Cherie Blair", "Blair"), ent("Tony Blair")]
    assert match_entities(gold, predicted) == {0: 1}


def test_norm_form():
    assert norm_form("  The  Hague ") == "hague"
    assert norm_form("Macy’s") == "macy"
    assert norm_form("U.S.") == "us"


# --- roles --------------------------------------------------------------------------------

ROLE_CASES = [
    # (gold role, predicted roles, recalled?)
    ("US Treasury Secretary", ["US Treasury Secretary"], True),
    ("US Treasury Secretary", ["us treasury secretary"], True),
    ("US Treasury Secretary", ["former US Treasury Secretary"], True),  # contains it
    ("US Treasury Secretary", ["finance chief", "Treasury Secretary"], True),  # 2 of 3 content words
    ("Ukrainian President", ["President"], True),  # 1 of 2: at least half
    ("European Union's monetary affairs commissioner", ["monetary affairs commissioner"], True),
    ("analyst at JPMorgan Chase bank in Tokyo", ["analyst"], False),  # 1 of 5
    ("Prime Minister", ["Deputy Prime Minister"], False),
    ("President", ["Vice President"], False),
    ("Arsenal vice-chairman", ["chairman"], False),
    ("finance minister of France", ["French finance minister"], False),  # not a run of words
    ("Labour MP", ["Labour leader"], False),
    ("mayor", ["mayoral candidate"], False),  # words, not characters
    ("mayor", [], False),
]


@pytest.mark.parametrize("gold, predicted, expected", ROLE_CASES)
def test_role_recall(gold, predicted, expected):
    assert role_recalled(gold, predicted) is expected


def test_roles_of_unmatched_people_are_missed():
    gold = {
        "people": [
            ent("Tony Blair", "Mr Blair", roles=("Prime Minister", "Labour leader")),
            ent("Jo Bloggs", roles=("baker",)),
        ]
    }
    predicted = {"people": [ent("Tony Blair", roles=("prime minister",))]}
    roles = score_article(gold, predicted).roles
    assert (roles.total, roles.recalled) == (3, 1)
    assert [(p, r) for p, r, _ in roles.missed] == [("Tony Blair", "Labour leader"), ("Jo Bloggs", "baker")]


# --- dates and numbers --------------------------------------------------------------------

ITEM_CASES = [
    # (kind, gold, predicted, found?)
    ("dates", "Tuesday", "tuesday", True),
    ("dates", "Tuesday", "last Tuesday", True),  # contains it
    ("dates", "late Tuesday", "Tuesday", True),  # 1 of 2 content words
    ("dates", "The last week of December 2004", "December 2004", True),  # 2 of 4
    ("dates", "June 15 to 17", "June 15", True),  # 2 of 3
    ("dates", "the night of Monday to Tuesday", "Monday", False),  # 1 of 3
    ("dates", "Oct. 31", "Oct 31", True),
    ("dates", "10:39 a.m.", "10:39 am", True),
    ("dates", "2004", "2005", False),
    ("dates", "2004", "20", False),  # tokens, not characters
    ("numbers", "$27bn", "$27bn", True),
    ("numbers", "US$370m", "$370m", True),  # currency marks may go
    ("numbers", "$413.50", "413.50", True),
    ("numbers", "$1.29", "$1.29 billion", True),
    ("numbers", "16 million", "16", False),  # magnitude must stay
    ("numbers", "52%", "52", False),  # so must a per cent sign
    ("numbers", "16–17 percent", "16-17", False),
    ("numbers", "12", "120", False),
    ("numbers", "1,000", "1,000", True),
    ("numbers", "one million", "a million", False),
    ("numbers", "Thousands", "thousands", True),
]


@pytest.mark.parametrize("kind, gold, predicted, expected", ITEM_CASES)
def test_date_and_number_matching(kind, gold, predicted, expected):
    assert (item_strength(gold, predicted, kind) > 0) is expected


def test_items_are_deduplicated_and_one_to_one():
    result = score_items(["Thousands", "thousands", "12"], ["thousands", "12", "12"], "numbers")
    assert (result.counts.gold, result.counts.predicted, result.counts.matched_gold) == (2, 2, 2)
    result = score_items(["Tuesday", "late Tuesday"], ["late Tuesday"], "dates")
    assert result.counts.matched_gold == 1 and result.counts.recall == 0.5
    # ... and the pairing still finds both when both are there, in any order.
    result = score_items(["Tuesday", "late Tuesday"], ["late Tuesday", "Tuesday"], "dates")
    assert result.counts.matched_gold == 2 and result.missed == [] and result.spurious == []


# --- quotes -------------------------------------------------------------------------------

QUOTE_CASES = [
    # (gold opening, predicted text, recalled?)
    ("We are concerned about these developments", "We are concerned about these developments, and we will act.", True),
    ("We are concerned about these developments", "“We are concerned about these developments”", True),
    ("in America's interest", "in America’s interest", True),
    ("defend [their] children's right to live and", "defend [their] children's right to live and work", True),
    ("If the imbalances in the US economy", "That is bad. If the imbalances in the US economy persist", True),  # merged
    ("We are concerned about these developments", "We are concerned about developments", False),
    ("lousy", "a lousyness of spirit", False),  # whole words
    ("I pledge that this Congress will", "", False),
]


@pytest.mark.parametrize("opening, text, expected", QUOTE_CASES)
def test_quote_opening(opening, text, expected):
    pairs = match_quotes([{"opening": opening, "speaker": None}], [{"text": text, "speaker": None}])
    assert bool(pairs) is expected


def test_quotes_are_one_to_one_in_order():
    gold = [
        {"opening": "We are concerned about these developments"},
        {"opening": "If the Americans were to change their"},
    ]
    merged = [{"text": "We are concerned about these developments. If the Americans were to change their policy"}]
    assert match_quotes(gold, merged) == {0: 0}
    swapped = [
        {"text": "If the Americans were to change their policy"},
        {"text": "We are concerned about these developments"},
    ]
    assert match_quotes(gold, swapped) == {0: 1, 1: 0}
    # A predicted quote that starts with the opening beats an earlier one that only contains it.
    gold = [{"opening": "We will win this election"}]
    predicted = [{"text": "He said: we will win this election"}, {"text": "We will win this election, she said"}]
    assert match_quotes(gold, predicted) == {0: 1}


GOLD_FOR_SPEAKERS = {
    "people": [
        ent("Nicolas Sarkozy", "Mr Sarkozy"),
        ent("Alex Ferguson", "Sir Alex Ferguson", "Ferguson"),
        ent("Robert Downey Jr."),
    ],
    "organizations": [ent("European Union", "EU")],
}

SPEAKER_CASES = [
    # (gold speaker, predicted speaker, correct?)
    ("Nicolas Sarkozy", "Nicolas Sarkozy", True),
    ("Nicolas Sarkozy", "Mr Sarkozy", True),  # alias
    ("Nicolas Sarkozy", "Sarkozy", True),  # surname
    ("Nicolas Sarkozy", "nicolas sarkozy", True),
    ("Alex Ferguson", "Sir Alex Ferguson", True),
    ("Alex Ferguson", "Mr Ferguson", True),
    ("European Union", "EU", True),
    ("Robert Downey Jr.", "Downey", True),
    ("Robert Downey Jr.", "Robert Downey Jr", True),
    ("Robert Downey Jr.", "Jr", False),
    ("European Union", "the European Union", True),
    ("European Union", "Union", False),  # no "surname" for an organisation
    ("Nicolas Sarkozy", "Nicolas", False),
    ("Nicolas Sarkozy", "Alex Ferguson", False),
    ("Nicolas Sarkozy", None, False),
    ("Nicolas Sarkozy", "", False),
]


@pytest.mark.parametrize("gold, predicted, expected", SPEAKER_CASES)
def test_speaker_matching(gold, predicted, expected):
    assert speaker_matches(predicted, gold, GOLD_FOR_SPEAKERS) is expected


def test_speaker_accuracy_and_unattributed_quotes():
    gold = {
        **GOLD_FOR_SPEAKERS,
        "quotes": [
            {"opening": "We are concerned about these developments", "speaker": "Nicolas Sarkozy"},
            {"opening": "I fully welcome the words of Mr", "speaker": "European Union"},
            {"opening": "defend their children's right to live", "speaker": None},
            {"opening": "We know that 16 million people wanted", "speaker": None},
            {"opening": "never recalled by anyone at all", "speaker": "Alex Ferguson"},
        ],
    }
    predicted = {
        "quotes": [
            {"text": "We are concerned about these developments.", "speaker": "Sarkozy"},
            {"text": "I fully welcome the words of Mr Snow", "speaker": "Mr Snow"},
            {"text": "defend their children's right to live and work", "speaker": None},
            {"text": "We know that 16 million people wanted to leave", "speaker": "Nicolas Sarkozy"},
            {"text": "something nobody said", "speaker": None},
        ]
    }
    q = score_article(gold, predicted).quotes
    assert (q.counts.gold, q.counts.predicted, q.counts.matched_gold) == (5, 5, 4)
    assert (q.attributed, q.speaker_correct) == (2, 1)
    assert q.wrong_speaker == [("I fully welcome the words of Mr", "European Union", "Mr Snow")]
    assert q.unattributed == 2
    assert q.unattributed_given == [("We know that 16 million people wanted", "Nicolas Sarkozy")]
    assert q.missed == ["never recalled by anyone at all"]
    assert q.spurious == ["something nobody said"]


# --- whole articles -----------------------------------------------------------------------


def test_empty_prediction_scores_zero_recall():
    gold = {
        "people": [ent("A B")],
        "dates": ["Monday"],
        "quotes": [{"opening": "one two three four", "speaker": "A B"}],
    }
    totals = aggregate([score_article(gold, {})])
    assert totals.categories["people"].recall == 0.0 and totals.categories["people"].precision is None
    assert totals.categories["dates"].recall == 0.0
    assert totals.quotes.recall == 0.0 and totals.speaker_accuracy is None


def _gold_files():
    return sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not _gold_files(), reason="shared corpus not available")
def test_gold_against_itself_scores_100_percent():
    scores = [
        score_article(json.loads(p.read_text(encoding="utf-8")), json.loads(p.read_text(encoding="utf-8")), p.stem)
        for p in _gold_files()
    ]
    totals = aggregate(scores)
    for name, counts in totals.categories.items():
        assert counts.precision == 1.0 and counts.recall == 1.0, name
    assert totals.role_recall == 1.0
    assert totals.quotes.recall == 1.0 and totals.quotes.precision == 1.0
    assert totals.speaker_accuracy == 1.0
    assert totals.unattributed_given == 0


@pytest.mark.skipif(not _gold_files(), reason="shared corpus not available")
def test_gold_with_aliases_as_names_and_full_quotes_scores_100_percent():
    """Predictions shaped like to_gold_dict(): a different form as the name, quote texts longer than openings."""

    def reshape(gold: dict) -> dict:
        out = dict(gold)
        for category in ("people", "organizations", "places"):
            out[category] = [
                {**e, "name": (e["aliases"] or [e["name"]])[-1], "aliases": [e["name"], *e["aliases"][:-1]]}
                for e in gold[category]
            ]
        out["quotes"] = [
            {"text": f"“{q['opening']} and then some more words,”", "speaker": q["speaker"]} for q in gold["quotes"]
        ]
        return out

    scores = []
    for p in _gold_files():
        gold = json.loads(p.read_text(encoding="utf-8"))
        scores.append(score_article(gold, reshape(gold), p.stem))
    totals = aggregate(scores)
    for name, counts in totals.categories.items():
        assert counts.recall == 1.0, name
    assert totals.quotes.recall == 1.0 and totals.speaker_accuracy == 1.0


# --- the benchmark script, with a stand-in analysis and pipeline --------------------------


@pytest.mark.skipif(not _gold_files(), reason="shared corpus not available")
def test_benchmark_end_to_end_with_gold_as_the_analysis(monkeypatch, tmp_path, capsys):
    from conftest import make_quiz

    from quizgen.articles import slugify

    gold_by_slug = {slugify(p.stem): json.loads(p.read_text(encoding="utf-8")) for p in _gold_files()}

    class FakeAnalysis:
        def __init__(self, gold):
            self.gold = gold

        def to_gold_dict(self):
            return self.gold

    def fake_build(article, count=None, seed=None):
        report = SimpleNamespace(
            candidates=10,
            accepted=6,
            rejections={"answer-in-stem": 3, "duplicate": 1},
            accepted_kinds={"quote": 6},
            warnings=(),
        )
        return make_quiz(), report  # a stand-in BuildReport: the pipeline may not import yet

    monkeypatch.setattr(
        quality, "_import_analyze", lambda: (lambda article: FakeAnalysis(gold_by_slug[article.slug]), None)
    )
    monkeypatch.setattr(quality, "_import_pipeline", lambda: (fake_build, None))
    misses_file = tmp_path / "misses.txt"
    assert quality.main([str(CORPUS), "--json", "--misses-file", str(misses_file)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == len(gold_by_slug)
    assert figures["people"]["recall"] == 1.0 and figures["quotes"]["recall"] == 1.0
    assert figures["quiz"]["rejections"] == {"answer-in-stem": 3 * len(gold_by_slug), "duplicate": len(gold_by_slug)}
    assert figures["quiz"]["accepted"] == 6 * len(gold_by_slug)
    assert sum(figures["quiz"]["types"].values()) == figures["quiz"]["in_quiz"]
    assert misses_file.read_text(encoding="utf-8").startswith("# misses")

    assert quality.main([str(CORPUS)]) == 0
    table = capsys.readouterr().out
    assert "people" in table and "speaker accuracy" in table and "rejected candidates: answer-in-stem" in table


def test_the_benchmark_takes_the_organisation_s_name_for_no_wrong_key_only_when_the_gold_has_it():
    source = "The firm said it hoped to pay $100m now and another $120m over eight years."
    shown = "China Aviation Oil said it hoped to pay $100m now and another $120m over eight years."
    extra = set(_words(shown)) - set(_words(source))
    gold = {"people": [], "organizations": [{"name": "China Aviation Oil", "aliases": ["CAO"]}]}
    assert _resolved_pronoun(extra, source, gold)
    assert not _resolved_pronoun(extra, source, {"people": [], "organizations": [{"name": "Aviation Week"}]})
