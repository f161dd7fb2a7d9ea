"""Is the article in English? A cheap offline check, since quizgen's rules are English only.

English text of any kind is at least a tenth function words ("the", "of", "and", "said";
quizgen/rules/data/english_function_words.txt): at least 10% in every article of the shared
corpus, and none at all in Spanish, French or German news. Text mostly in another script
(Cyrillic, Greek, Arabic, Chinese...) is not English either. The article is still read: the
warning tells the user why its questions will be few or poor.
"""

from __future__ import annotations

import re
import warnings

from ..errors import QuizgenWarning
from ..rules.lexicon import english_function_words

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 20  # too little text to judge: a headline and a sentence or two
MIN_FUNCTION_SHARE = 0.04  # English: 0.10 and more; Spanish, French, German: 0
MIN_LATIN_SHARE = 0.5
LATIN_END = 0x250  # Basic Latin to Latin Extended-B: the letters of English and its neighbours


NOT_LATIN = re.compile(f"[^\\x00-\\u{LATIN_END - 1:04x}]")


def looks_english(text: str) -> bool:
    if not text.isascii():  # (every ASCII letter is Latin) counted by the regex engine, not letter by letter
        letters = "".join(filter(str.isalpha, text))
        latin = len(letters) - len(NOT_LATIN.findall(letters))
        if letters and latin / len(letters) < MIN_LATIN_SHARE:
            return False
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return True
    markers = english_function_words()
    return sum(map(markers.__contains__, words)) / len(words) >= MIN_FUNCTION_SHARE


def warn_unless_english(paragraphs: tuple[str, ...] | list[str], shown: str) -> None:
    """A QuizgenWarning (shown as `Warning: ...`) when the paragraphs are not English."""
    if not looks_english(" ".join(paragraphs)):
        warnings.warn(
            f"{shown} does not look like English. quizgen understands English articles only, so its "
            "questions will be few or wrong; give it the article in English if you can.",
            QuizgenWarning,
            stacklevel=2,
        )
