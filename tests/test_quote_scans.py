"""A paragraph full of quotations costs about what its length costs; the scans shared by the
quotations of one sentence find what a scan of each quotation's own stretch finds, and one search
through all quotations answers as asking each."""

from __future__ import annotations

import random
import time
from contextlib import suppress
from pathlib import Path
from types import SimpleNamespace
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis.attribution import NAMING_NOUN_AT_END_RE, NAMING_NOUN_REACH, _speech_or_embedding_re
from quizgen.analysis.mentions import _longest_verb, _verb_at_end_re
from quizgen.analysis.scans import ends_with, matches_before
from quizgen.articles import parse_article
from quizgen.errors import QuizgenError
from quizgen.generators.text import Quotations
from quizgen.models import normalize
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
TEXT = SEED.read_text(encoding="utf-8")


def cpu_per_character(text: str) -> float:
    """The best of three runs, in CPU seconds per character: a loaded machine slows both alike."""
    article = parse_article(text)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        with suppress(QuizgenError):  # a quiz or a clean error: only the time counts here
            build_quiz(article)
        best = min(best, time.process_time() - start)
    return best / len(text)


def test_a_giant_paragraph_of_quoted_words_costs_per_character_about_what_an_article_costs():
    # The fuzzing run's shape: one paragraph of 17 KB, its full stops made commas (so its
    # sentences are as long as the splitter allows), seven words in ten quoted.
    lines = TEXT.splitlines()
    rng = random.Random(1)
    words = " ".join(line for line in lines[1:] if line.strip()).replace(".", ",").split()
    body = " ".join(f"“{word}”" if rng.random() < 0.7 else word for word in words)
    giant = lines[0] + "\n\n" + " ".join([body] * 4)
    normal, quoted = cpu_per_character(TEXT), cpu_per_character(giant)
    # 4.4 to 6.8 times an article's cost per character now on a quiet machine (the quoted facts of
    # each quotation are its own work), up to 7.2 under load; 11 to 14 times when each quotation
    # scanned its sentence again for speech verbs, which the bound still catches.
    assert quoted < 9 * normal, f"{quoted / normal:.1f} times the cost per character of the article it was made from"


WORDS = [
    "said",
    "told",
    "saying",
    "said in a statement",
    "points out",
    "he",
    "the",
    "question",
    "called",
    "to",
    "'s",
    "that",
    "Smith",
    "“",
    "”",
]
PIECES = st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", ", ", ": ", "  "]))


@given(st.lists(PIECES, max_size=40))
def test_one_scan_of_a_sentence_finds_what_a_scan_up_to_each_quotation_finds(pieces):
    text = "".join(word + gap for word, gap in pieces)
    pattern = _speech_or_embedding_re()
    for cut in [i for i, ch in enumerate(text) if ch == "“"]:
        found = [(m.start(), m.end()) for m in matches_before(pattern, text, 0, cut, len(text))]
        assert found == [(m.start(), m.end()) for m in pattern.finditer(text[:cut])]
        before = text[:cut]
        assert ends_with(NAMING_NOUN_AT_END_RE, before, NAMING_NOUN_REACH) == bool(NAMING_NOUN_AT_END_RE.search(before))
        assert ends_with(_verb_at_end_re(), before, _longest_verb()) == bool(_verb_at_end_re().search(before))


TEXTS = st.lists(
    st.sampled_from(["He", "said", "the", "plan", "“", "works.", " ", "\n", "É", "e\u0301"]), max_size=8
).map("".join)


@given(st.lists(TEXTS, max_size=4), TEXTS)
def test_one_search_through_all_quotations_answers_as_asking_each(quotations, sentence):
    analysis = SimpleNamespace(quotes=[SimpleNamespace(text=text) for text in quotations], sentences=[])
    expected = any(normalize(sentence) in normalize(text) for text in quotations)
    assert Quotations(analysis).hold(sentence) == expected
    # A long article's quotations are looked up by the sentence's words: the same answers.
    with patch("quizgen.generators.text.INDEXED_QUOTATIONS", 0):
        assert Quotations(analysis).hold(sentence) == expected


def test_a_sentence_among_many_quotations_is_found_where_a_plain_search_finds_it():
    words = "the minister said plans would change after the vote in parliament".split()
    rng = random.Random(5)
    quotations = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 30))) for _ in range(20_000)]
    analysis = SimpleNamespace(quotes=[SimpleNamespace(text=text) for text in quotations], sentences=[])
    quoted = Quotations(analysis)
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(300)]
    sentences += [" ".join(q.split()[1:5]) for q in quotations[:300]] + ["said plans would change zebra"]
    joined = "\n".join(quotations)
    assert [quoted.hold(s) for s in sentences] == [s in joined for s in sentences]
