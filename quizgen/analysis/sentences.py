"""Sentence splitting with syntok (abbreviations such as "Mr." and "U.S." are handled for us)."""

from __future__ import annotations

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from ..models import Article, Sentence

_TOKENIZER = Tokenizer(replace_not_contraction=False)
# The longest sentence in 2,474 real articles has 1,860 characters. Rules look around every
# mention in its sentence, so a "sentence" of 300 kB without a full stop (or a run of 40,000
# capitals) would cost the square of its length: it is cut into pieces of this size instead.
MAX_SENTENCE = 2_000


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(article.paragraphs):
        spans: list[list[int]] = []
        for tokens in segmenter.split(_TOKENIZER.tokenize(paragraph)):
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and paragraph[spans[-1][0]:spans[-1][1]].rstrip().endswith(";"):
                spans[-1][1] = end  # a semicolon does not end a sentence: "…; Sanders trailed him"
            else:
                spans.append([start, end])
        for start, end in (piece for span in spans for piece in _bounded(paragraph, *span)):
            text = paragraph[start:end]
            if text.strip():
                sentences.append(Sentence(index=len(sentences), paragraph=paragraph_index, start=start, text=text))
    return tuple(sentences)


def _bounded(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut into pieces of at most MAX_SENTENCE characters, at a space where there is one."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = paragraph.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut + (paragraph[cut] == " ")
    pieces.append((start, end))
    return pieces
