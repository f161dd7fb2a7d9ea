"""Sentence splitting with syntok (abbreviations such as "Mr." and "U.S." are handled for us)."""

from __future__ import annotations

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from ..models import Article, Sentence

_TOKENIZER = Tokenizer(replace_not_contraction=False)


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
        for start, end in spans:
            text = paragraph[start:end]
            if text.strip():
                sentences.append(Sentence(index=len(sentences), paragraph=paragraph_index, start=start, text=text))
    return tuple(sentences)
