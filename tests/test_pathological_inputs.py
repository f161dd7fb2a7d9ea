"""Inputs that once crashed or stalled quizgen (issue 13's fuzzing run), each a quick test.

Times are CPU seconds of this process, with room for a loaded machine: the stalls they guard
against took 13 to 40 seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from contextlib import suppress
from pathlib import Path

import pytest

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
        start = time.process_time()
        with suppress(QuizgenError):  # a quiz or a clean error: only the time counts here
            build_quiz(parse_article(TEXT.splitlines()[0] + "\n\n" + " ".join([body] * copies)))
        spent.append(time.process_time() - start)
    assert spent[1] < 4 * spent[0] * 1.6, f"{spent}: four times the text took more than four times as long"
