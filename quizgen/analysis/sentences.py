"""Sentence splitting with syntok (abbreviations such as "Mr." and "U.S." are handled for us).

syntok is pure Python and walks every token, which made it the largest single cost of reading an
article. Two shortcuts spare it where its answer is certain, so the sentences are exactly its own
(`tests/test_speed.py` compares both over real articles):

- a paragraph is cut first where syntok always ends a sentence: a plain word that is no
  abbreviation or a year, then ".", "!" or "?" (and maybe a closing quote), a space and a capital letter
  (maybe behind an opening quote), with every bracket before it closed (syntok may skip over
  bracketed text, terminals and all);
- a piece with no sentence terminal and no opening bracket before its last letter or digit (a
  decimal point between digits is neither) is one sentence, and syntok is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

from ..models import Article, Sentence

_TOKENIZER = Tokenizer(replace_not_contraction=False)
# The longest sentence in 2,474 real articles has 1,860 characters. Rules look around every
# mention in its sentence, so a "sentence" of 300 kB without a full stop (or a run of 40,000
# capitals) would cost the square of its length: it is cut into pieces of this size instead.
MAX_SENTENCE = 2_000

_OPENING = "".join(sorted(State.opening_brackets))
_CLOSING = "".join(sorted(State.closing_brackets))
_TERMINAL_CHARACTERS = "".join(sorted({c for t in State.terminals for c in t}))
# Where syntok surely ends a sentence: " word." or " 2005." (maybe " word\".") + optional closing quote + spaces + a
# capital (maybe behind an opening quote; after a year, no month abbreviation such as "Jan").
_SURE_END_RE = re.compile(
    r"(?<= )([A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,}|\d{4})[\"”]?[.!?][\"”’']?"
    r"(?=( +)[\"“]?([A-Z][a-z]*))"
)
_BRACKET_RE = re.compile(f"[{re.escape(_OPENING + _CLOSING)}]")
# Anything that could make syntok split a piece: a terminal (but a decimal point) or an opening bracket.
_MAY_SPLIT_RE = re.compile(f"[{re.escape(_TERMINAL_CHARACTERS.replace('.', '') + _OPENING)}]|(?<!\\d)\\.|\\.(?!\\d)")
_PLAIN_END_RE = re.compile(r"[%\"”’']*[.!?]?[\"”’']?")
# Where syntok runs two sentences together: "… down from October's £3.6bn. Overall UK exports
# rose …" (it takes "3.6bn." for one token, though it cuts after "£5m." or "3.75p."), and
# "… Hoobastank and Jay-Z. Soul singer Stevie Wonder will …" (it takes "Z." for an initial). A
# decimal sum with its unit, or a hyphenated name ending in a capital, then a full stop, a space
# and a capital (a word, after the name) ends a sentence.
_MISSED_END_RE = re.compile(r"\d\.\d+[a-z]{0,3}\.(?= +[\"“]?[A-Z])|\b[A-Z][a-z]+-[A-Z]\.(?= +[\"“]?[A-Z][a-z])")


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(article.paragraphs):
        spans: list[list[int]] = []
        for start, end in _syntok_spans(paragraph):
            if spans and paragraph[spans[-1][0] : spans[-1][1]].rstrip().endswith(";"):
                spans[-1][1] = end  # a semicolon does not end a sentence: "…; Sanders trailed him"
            else:
                spans.append([start, end])
        cut = (piece for span in spans for piece in _after_missed_ends(paragraph, *span))
        for start, end in (piece for span in cut for piece in _bounded(paragraph, *span)):
            text = paragraph[start:end]
            if text.strip():
                sentences.append(Sentence(index=len(sentences), paragraph=paragraph_index, start=start, text=text))
    return tuple(sentences)


def _after_missed_ends(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut wherever a sentence ends that syntok missed."""
    pieces = []
    for match in _MISSED_END_RE.finditer(paragraph, start, end):
        following = match.end() + len(paragraph[match.end() : end]) - len(paragraph[match.end() : end].lstrip(" "))
        pieces.append((start, match.end()))
        start = following
    pieces.append((start, end))
    return pieces


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


def _syntok_spans(paragraph: str) -> list[tuple[int, int]]:
    """syntok's sentences of the paragraph, as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in _sure_ends(paragraph):
        spans.extend(_piece_spans(paragraph[start:end], start))
        start = next_start
    spans.extend(_piece_spans(paragraph[start:], start))
    return spans


def _sure_ends(paragraph: str) -> list[tuple[int, int]]:
    """Where syntok ends a sentence whatever the rest of the paragraph: the offset just past it
    and that of the next sentence. One pass, so a long paragraph costs no more than its length."""
    if not paragraph.isprintable():
        return []  # a space other than " ": words are cut where syntok's tokenizer may not cut them
    ends: list[tuple[int, int]] = []
    brackets = _bracket_tokens(paragraph)
    depth, bracket = 0, next(brackets, None)  # brackets opened since the last cut
    for match in _SURE_END_RE.finditer(paragraph):
        while bracket is not None and bracket[0] < match.start():
            if depth >= 0:  # once a bracket closes that never opened, no cut until the paragraph ends
                depth += 1 if bracket[1] in _OPENING else -1
            bracket = next(brackets, None)
        word, following = match[1], match[3]
        if (
            depth != 0
            or word in State.abbreviations
            or word in State.roman_numerals
            or word.lower() == "no"
            or (word.isdigit() and following in State.months)
        ):
            continue  # syntok may skip a bracket; "Henry VIII. The", "No. A4", "2005. Jan" may be one sentence
        ends.append((match.end(), match.end(2)))
    return ends


def _bracket_tokens(paragraph: str) -> Iterator[tuple[int, str]]:
    """The brackets syntok's tokenizer makes tokens of, with their offsets: every one in a word
    with a letter or digit, and those standing alone, but not those of '")' or ').' (one token)."""
    chunk_end, counts = -1, False
    for match in _BRACKET_RE.finditer(paragraph):
        at = match.start()
        if at >= chunk_end:  # a new word, between spaces
            chunk_start = paragraph.rfind(" ", 0, at) + 1
            chunk_end = paragraph.find(" ", at) % (len(paragraph) + 1)  # -1: the paragraph's end
            counts = chunk_end - chunk_start == 1 or any(c.isalnum() for c in paragraph[chunk_start:chunk_end])
        if counts:
            yield at, match.group()


def _piece_spans(piece: str, offset: int) -> list[tuple[int, int]]:
    if _one_sentence(piece):
        return [(offset, offset + len(piece))]
    return [
        (offset + tokens[0].offset, offset + tokens[-1].offset + len(tokens[-1].value))
        for tokens in segmenter.split(_TOKENIZER.tokenize(piece))
    ]


def _one_sentence(piece: str) -> bool:
    if not piece or not (piece[0] + piece[-1]).isprintable() or " " in (piece[0], piece[-1]):
        return False  # syntok's sentence starts at its first word, ends at its last
    last = len(piece)
    while last and not piece[last - 1].isalnum():
        last -= 1
    return bool(last) and not _MAY_SPLIT_RE.search(piece, 0, last) and bool(_PLAIN_END_RE.fullmatch(piece, last))
