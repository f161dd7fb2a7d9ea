"""The analysis tries some patterns only where a cheap test says they can match, or searches only
the end of a text for a pattern anchored at its end. Each shortcut must answer exactly as the
full search: checked on every prefix of the dev articles' sentences and on generated texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.analysis import context, entities, implicit_speakers, mentions
from quizgen.analysis.sentences import split_sentences
from quizgen.articles import read_article

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

# Texts that end the way the patterns look for, with the spaces, newlines and "The" that decide them.
ENDINGS = st.sampled_from(
    [
        "security firm ",
        "the firm The ",
        "pop band  The\t",
        "think-tank \n",
        "manufacturers ",
        "conglomerates The  ",
        "website",
        "supergroup The",
        "xThe ",
        " and ",
        "Cherie and ",
        "Bill & \n",
        "who was born ",
        "née ",
        "according to ",
        "accordıng to the ",
        "shares in ",
        "published last week in ",
        "a report by ",
        "analysts at ",
        "data FROM The ",
        "support at the",
        "breathe ",
        "experts  at\nthe \n",
        "Researchers at ",
        "",
    ]
)
TEXTS = st.tuples(st.text(alphabet=st.sampled_from("aT hé\n\u00a0,.-s")), ENDINGS).map("".join)


def _agree(before: str) -> None:
    assert context._org_noun_at_end(before) == bool(context.ORG_NOUN_BEFORE_RE.search(before)), before
    assert context._org_source_at_end(before) == bool(context.ORG_SOURCE_BEFORE_RE.search(before)), before
    words_there = any(w in before for w in context.ORG_PREPOSITION_WORDS)
    assert words_there or not context.ORG_PREPOSITION_RE.search(before), before
    assert mentions._according_to_at_end(before) == bool(mentions.ACCORDING_TO_END_RE.search(before)), before
    if entities.SHARED_SURNAME_RE.search(before):
        assert before.endswith(entities._AND_ENDINGS), before
    if entities.BORN_RE.search(before):
        assert "born" in before or "nee" in before or "née" in before, before
    if implicit_speakers.WORK_CUE_RE.search(before):
        assert any(w in before for w in implicit_speakers.WORK_CUE_WORDS), before


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_shortcuts_agree_with_the_full_search_on_generated_texts(text: str) -> None:
    _agree(text)


def test_shortcuts_agree_with_the_full_search_on_every_dev_sentence_prefix() -> None:
    paths = sorted(DEV.glob("*.txt"))
    if not paths:
        pytest.skip("no dev corpus beside the checkout")
    for path in paths:
        for sentence in split_sentences(read_article(path)):
            for end in range(len(sentence.text) + 1):
                _agree(sentence.text[:end])
