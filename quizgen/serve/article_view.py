"""The article as the page shows it: paragraphs cut into plain text and the sentences questions come from."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Article, MatchingQuestion, Question, Quiz


@dataclass(frozen=True)
class Segment:
    text: str
    numbers: tuple[int, ...] = ()  # the questions (1-based) made from this sentence; () for plain text
    anchor: str = ""  # the id the questions' "in the article" links point to


def source_sentences(question: Question) -> list[str]:
    if isinstance(question, MatchingQuestion):
        return list(dict.fromkeys(p.source_sentence for p in question.pairs))
    return [question.source_sentence]


def highlighted_paragraphs(article: Article, quiz: Quiz) -> list[list[Segment]]:
    """Each paragraph as segments; a source sentence is its own segment naming its questions."""
    wanted: dict[str, list[int]] = {}
    for number, question in enumerate(quiz.questions, 1):
        for sentence in source_sentences(question):
            wanted.setdefault(sentence, []).append(number)
    paragraphs: list[list[Segment]] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        spans: list[tuple[int, int, tuple[int, ...]]] = []
        for sentence, numbers in wanted.items():
            start = paragraph.find(sentence)
            if start >= 0 and not any(s < start + len(sentence) and start < e for s, e, _ in spans):
                spans.append((start, start + len(sentence), tuple(numbers)))
        segments: list[Segment] = []
        at = 0
        for start, end, asked in sorted(spans):
            if start > at:
                segments.append(Segment(paragraph[at:start]))
            segments.append(Segment(paragraph[start:end], asked, f"src-{p_index}-{start}"))
            at = end
        if at < len(paragraph):
            segments.append(Segment(paragraph[at:]))
        paragraphs.append(segments)
    return paragraphs


def anchors(paragraphs: list[list[Segment]]) -> dict[int, str]:
    """Question number -> the anchor of (the first of) its source sentences in the article."""
    found: dict[int, str] = {}
    for segments in paragraphs:
        for segment in segments:
            for number in segment.numbers:
                found.setdefault(number, segment.anchor)
    return found
