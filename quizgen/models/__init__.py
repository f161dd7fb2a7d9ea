"""Frozen, validated data passed between the pipeline's steps.

Article -> Analysis (article.py) -> Question candidates -> Quiz (quiz.py). Every model validates
when it is built, so an invalid quiz (hand-edited JSON included) never reaches an exporter.
"""

from .article import (
    Analysis,
    Article,
    DateMention,
    Entity,
    Mention,
    NumberMention,
    Organization,
    Person,
    Place,
    Quote,
    Role,
    Sentence,
    SentenceFacts,
    Source,
)
from .base import BLANK, BLANK_RE, Frozen, normalize
from .quiz import (
    FALSE,
    MAX_PAIRS,
    MIN_PAIRS,
    TRUE,
    ClozeQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    ParagraphNumber,
    Question,
    QuestionKind,
    Quiz,
    Text,
    TrueFalseQuestion,
)

__all__ = [
    "Analysis",
    "Article",
    "BLANK",
    "BLANK_RE",
    "ClozeQuestion",
    "DateMention",
    "Entity",
    "FALSE",
    "Frozen",
    "MAX_PAIRS",
    "MIN_PAIRS",
    "MatchPair",
    "MatchingQuestion",
    "Mention",
    "MultipleChoiceQuestion",
    "NumberMention",
    "Organization",
    "ParagraphNumber",
    "Person",
    "Place",
    "Question",
    "QuestionKind",
    "Quiz",
    "Quote",
    "Role",
    "Sentence",
    "SentenceFacts",
    "Source",
    "TRUE",
    "Text",
    "TrueFalseQuestion",
    "normalize",
]
