"""Inputs that once crashed or stalled quizgen (issue 13's fuzzing run), each a quick test.

Times are CPU seconds of this process, with room for a loaded machine: the stalls they guard
against took 13 to 40 seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from contextlib import suppress
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.analysis.relative import resolve
from quizgen.analysis.sentences import MAX_SENTENCE, split_sentences
from quizgen.articles import parse_article
from quizgen.errors import QuizgenError
from quizgen.exporters.gift import dumps as gift_dumps
from quizgen.generators.nearby import nearby_numbers
from quizgen.models import DateMention
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
TEXT = SEED.read_text(encoding="utf-8")


def timed_quiz(text: str):
    start = time.process_time()
    quiz = build_quiz(parse_article(text))
    return quiz, time.process_time() - start


@pytest.mark.parametrize("digits", [308, 400, 5_000])
def test_a_number_of_hundreds_of_digits_as_a_how_many_answer_gives_a_quiz(digits):
    huge = "9" * digits
    assert nearby_numbers(huge, random.Random(1)) == []  # was OverflowError: float infinity to integer
    quiz, _ = timed_quiz(TEXT + f"\n\nThe council counted {huge} people at the rally on Monday, officials said.\n")
    assert quiz.questions


@pytest.mark.parametrize("date, word", [("9999-12-31", "tomorrow"), ("0001-01-01", "yesterday")])
def test_a_relative_day_past_the_calendars_end_stays_unresolved(date, word):
    mention = DateMention(text=word, sentence=0, start=20, end=20 + len(word), relative=True)
    assert resolve(mention, f"The minister visits {word}.", dt.date.fromisoformat(date)) is None  # was OverflowError
    verb = "will visit" if word == "tomorrow" else "visited"
    quiz, _ = timed_quiz(f"---\ndate: {date}\n---\n{TEXT}\n\nThe minister {verb} Ottawa {word}, officials said.\n")
    assert quiz.questions


@pytest.mark.parametrize("run", [20_000, 40_000])
def test_a_long_run_of_capitals_inside_a_paragraph_takes_no_longer_than_its_length(run):
    text = TEXT.replace("held in Rome", "held in Rome " + "A" * run)
    quiz, spent = timed_quiz(text)
    assert quiz.questions
    assert spent < 3, f"{spent:.1f} s (was 13.6 s for 20,000 capitals, 40 s for 40,000)"


def test_a_paragraph_without_a_full_stop_is_cut_into_bounded_sentences():
    body = " ".join(line for line in TEXT.splitlines()[1:] if line.strip()).replace(".", ",")
    text = TEXT.splitlines()[0] + "\n\n" + " ".join([body] * 6)  # about 30 KB, one "sentence"
    article = parse_article(text)
    sentences = split_sentences(article)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert all(article.paragraphs[s.paragraph][s.start : s.start + len(s.text)] == s.text for s in sentences)
    _, spent = timed_quiz(text)
    assert spent < len(text) / 10_000, f"{spent:.1f} s for {len(text):,} characters: over 1 s per 10 KB"


def test_a_title_ending_in_a_backslash_gives_a_gift_category_without_a_trailing_space():
    lines = TEXT.splitlines()
    lines[1] += " \\"
    quiz = build_quiz(parse_article("\n".join(lines)))
    category = next(line for line in gift_dumps(quiz).splitlines() if line.startswith("$CATEGORY:"))
    assert (
        category == "$CATEGORY: $course$/top/quizgen/Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire"
    )


def test_a_giant_paragraph_of_quoted_words_grows_linearly():
    body = " ".join(f"“{word}”" for line in TEXT.splitlines()[1:] for word in line.split())
    spent = []
    for copies in (2, 8):
        article = parse_article(TEXT.splitlines()[0] + "\n\n" + " ".join([body] * copies))
        best = float("inf")
        for _ in range(3):  # the quickest of three: another job on the machine only ever adds time
            start = time.process_time()
            with suppress(QuizgenError):  # a quiz or a clean error: only the time counts here
                build_quiz(article)
            best = min(best, time.process_time() - start)
        spent.append(best)
    # Linear growth gives about 4 times (measured 3.8 to 4.7); the square would give 16.
    assert spent[1] < 4 * spent[0] * 2, f"{spent}: four times the text took more than eight times as long"


# A 5 MB article holds thousands of people and organisations. The rules below once weighed each
# against all the others (the square of the article's length); each test counts the work done
# for n and for 4n of them, which no load on the machine changes: 4 times the names may cost at
# most 6 times the work (the square would be 16 times).
GIVEN = "Ana Maria Sofia Rui Joao Lena Omar Ivan Nina Paul Hugo Lara".split()
SURNAMES = "Lopez Silva Costa Moreau Novak Berg Haddad Petrov Okafor Tanaka Keller Romano".split()
JOBS = "chief executive|finance director|senior adviser|head coach|lead researcher|deputy mayor".split("|")


def _count_calls(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counted(*args):
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_matching_weighs_each_role_once_not_against_every_other_person(monkeypatch):
    from quizgen.analysis import analyze
    from quizgen.generators import matching

    work = []
    for n in (36, 144):
        people = [(GIVEN[i % 12], SURNAMES[(i * 5 + i // 12) % 12]) for i in range(n)]
        lines = [
            f"{g} {s}, the {JOBS[i % 6]} of Company{i} Holdings, said the plan works."
            for i, (g, s) in enumerate(people)
        ]
        analysis = analyze(parse_article("Many people\n\n" + "\n\n".join(lines)))
        assert len(analysis.people) >= n * 0.9 and sum(len(p.roles) for p in analysis.people) >= n * 0.9
        calls = _count_calls(monkeypatch, matching, "normalize")
        matching.generate(analysis)
        work.append(len(calls))
        monkeypatch.undo()
    assert work[1] <= 6 * work[0], f"{work}: four times the people, more than six times the comparisons"


def test_an_acronym_is_matched_to_its_organisation_without_reading_every_other_one(monkeypatch):
    from quizgen.analysis import acronyms
    from quizgen.analysis.entity_index import Cluster
    from quizgen.analysis.names import Kind

    words = "Alder Birch Cedar Dune Elm Fern Grove Heath Iris Juniper Kestrel Linden".split()
    work = []
    for n in (50, 200):
        names = [f"{words[i % 12]} {words[i // 12 % 12]} {words[i // 144 % 12]} Authority" for i in range(n)]
        longs = [Cluster(Kind.ORG, name, {name: None}, {i: None}) for i, name in enumerate(names)]
        shorts = [
            Cluster(Kind.ORG, acronyms._initials(name), {acronyms._initials(name): None}, {n + i: None})
            for i, name in enumerate(names)
        ]
        calls = _count_calls(monkeypatch, acronyms, "_initials")
        acronyms._merge_initials((*longs, *shorts))
        work.append(len(calls))
        monkeypatch.undo()
        assert sum(1 for c in shorts if not c.forms) >= n * 0.9  # most are merged into their long name
    assert work[1] <= 6 * work[0], f"{work}: four times the organisations, more than six times the work"


def test_report_authors_are_searched_for_with_patterns_that_grow_with_the_article_not_its_square(monkeypatch):
    from quizgen.analysis import implicit_speakers

    work: list[int] = []  # characters searched times the names each pattern tries at every one

    class Counted:
        def __init__(self, pattern, names):
            self.pattern, self.names = pattern, names

        def finditer(self, text):
            work.append(len(text) * self.names)
            return self.pattern.finditer(text)

    pattern = implicit_speakers._report_pattern
    monkeypatch.setattr(
        implicit_speakers, "_report_pattern", lambda rule, forms: Counted(pattern(rule, forms), len(forms))
    )
    totals = []
    for n in (400, 1600):
        paragraphs = tuple(f"A study by the Institute{i} of Marine Science found {i} new species." for i in range(n))
        names = {f"Institute{i} of Marine Science": f"Institute{i} of Marine Science" for i in range(n)}
        work.clear()
        assert implicit_speakers.report_authors(paragraphs, names) == frozenset(names.values())
        totals.append(sum(work))
    assert totals[1] <= 6 * totals[0], f"{totals}: four times the paragraphs and names, more than six times the work"


# Words and phrases the rules on the text before a blank read: names, lists, ranges, sources.
BEFORE_WORDS = (
    "a new report from the|according to the|told|the Queen and Prince|St Margaret's at the|2 hours and|"
    "between six and|six to|1999 -|the capital city of|Paris,|per|the top|flight|series|Maryland's seventh|"
    "12th|halving|legally adults at|Windsor|British Prime Minister|aged nine, ten, 49, and|of|the|,"
).split("|")
AFTER_BLANK = [" was.", ".", " of the Arts", ", and", " and Tom", " 4", " senator", "' show", " or so"]
ANSWER_TYPES = ["person", "organization", "place", "date", "number"]
SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u2003 "])


def _as_on_the_whole_text(before: str, after: str, answer_type: str) -> None:
    from quizgen.generators import blanks

    near = blanks.bad_blank(before, after, answer_type)
    with mock.patch.object(blanks, "WORDS_BEFORE", len(before)):  # every word: the rules read all of it
        assert near == blanks.bad_blank(before, after, answer_type), before[-80:]


def test_the_rules_before_a_blank_find_in_its_last_words_what_they_find_in_the_whole_paragraph():
    """They read only the last few words (a long paragraph or run of capitals once cost a scan
    per rule and start position): what they find there is what they found in the whole text."""
    paragraph = "The council met in Leeds, " + " ".join(["and the mayor said so"] * 20) + " " + "A" * 300
    for phrase in BEFORE_WORDS:
        for after in AFTER_BLANK:
            for answer_type in ANSWER_TYPES:
                _as_on_the_whole_text(f"{phrase} ", after, answer_type)
                _as_on_the_whole_text(f"{paragraph} {phrase} ", after, answer_type)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*BEFORE_WORDS, "A" * 3_000, "“", "(", "x"]), SPACES), max_size=12),
    st.sampled_from(AFTER_BLANK),
    st.sampled_from(ANSWER_TYPES),
)
def test_the_words_before_a_blank_that_its_rules_skip_never_change_what_they_find(words, after, answer_type):
    _as_on_the_whole_text("".join(word + space for word, space in words), after, answer_type)


@pytest.mark.parametrize("answer_type", ANSWER_TYPES)
def test_a_long_run_of_capitals_before_a_blank_is_read_once(answer_type):
    from quizgen.generators.blanks import bad_blank

    start = time.process_time()
    for phrase in ("the", "Paris,", ", and", "1999 -"):
        bad_blank(f"Flags of {'A' * 40_000} {phrase} ", " was.", answer_type)
    spent = time.process_time() - start
    assert spent < 0.5, f"{spent:.2f} s (the rules once scanned the run from each letter: 4 s a blank)"


# The rules before a blank as first written: each tried from every letter of a word, so a run of
# 40,000 capitals cost seconds. Their linear forms must find the same.
FIRST_WRITTEN = {
    "CUT_B": r"\b([A-Z][\w.'’-]*)\s+(?:(?:at|of|and|de|du|la)\s+(?:the\s+)?)?$",
    "NAMED_ITEM_B": r"[A-Z][\w.'’-]*,\s+(?:and\s+)?$",
    "REGION_B": r"[A-Z][\w.'’-]+,\s+$|\bcapital\s+(?:city\s+)?(?:of\s+)?$",
    "RANGE_B": r"\d[\w.,%]*\s*(?:[-–]|to|and)\s*[$£€]?$|\bbetween\s+$",
    "RANGE_OR_B": r"\d[\w.,%]*\s+or\s+$",
}
PIECES = [*"aAZ1.,'’-_ %$–éÉ\u00a0", "at ", "of ", "the ", "and ", "to", "or ", "capital ", "city ", "between "]


@settings(max_examples=1_000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_linear_rules_before_a_blank_match_what_they_first_matched(text):
    from quizgen.generators import blanks

    for name, pattern in FIRST_WRITTEN.items():
        first, now = re.search(pattern, text), getattr(blanks, name).search(text)
        assert bool(first) == bool(now), (name, text)
        if name == "CUT_B" and first and now:  # the word cut off is read from the match
            assert (first.group(1), first.start(1)) == (now.group(1), now.start(1)), text
