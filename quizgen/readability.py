"""How hard an article is to read: its word count and Flesch-Kincaid grade, offline.

The Flesch-Kincaid grade level (Kincaid et al., 1975) is

    0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

roughly the US school grade that can read the text. The well-known package for it, textstat,
looks syllables up in NLTK's CMU dictionary, which it downloads on first use; quizgen
downloads nothing, so syllables are counted here by the usual rule of thumb: a syllable per
group of vowels, less a silent final "e", "-ed" or "-es". It is right for most words and off
by one for some ("poem", "naive"); over a whole article those errors mostly cancel, and the
grade is shown rounded, as a guide for a teacher choosing texts, not a measurement.
Sentences are counted by their ends: ".", "!" or "?" (closing quotation marks allowed) before a
word that starts with a capital, a digit or a quotation mark, or at the end of a paragraph, but
not after initials and a few abbreviations of titles ("U.S.", "Mr.", "Dr."). The analysis's
splitter (syntok) agrees on nearly every sentence of the dev articles but takes about as long
as the rest of the worksheet; the count only needs to be close.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[^\W_]", re.UNICODE)  # a token is a word when it has a letter or digit
NOT_LETTERS = re.compile(r"[^a-z]")
VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# Vowels said as two syllables that one group would count once: "me-di-a", "ra-di-o", "vi-de-o",
# "i-de-a", "be-ing", "di-et" (but "so-cial", "peo-ple", "friend").
TWO_VOWEL_SYLLABLES = re.compile(
    r"[^aeioucstg]ia|[^aeiou]eo(?!p)|[^aeiouq]ua|ea$|io(?!n|u)|iu|uo|[^aeiou]ie(?=r|t)|[aeiouy]i(?=ng)"
)
# A silent "e": at the end ("make", "whole", but not "table"), in "-ed" and "-es" where no vowel is
# heard ("jumped", "makes", but not "wanted", "boxes"), and before a suffix ("statement", "lately").
SILENT_ENDINGS = re.compile(r"(?:[^aeiouyl]e|[aeiouy]le|[^aeiouytd]ed|[^aeiouyszxhgc]es)$")
SILENT_INSIDE = re.compile(r"[^aeiouyl]e(?=ment|ful|less|ly)")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
NEXT_STARTS = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")
ABBREVIATION = re.compile(
    r"^[\"“‘(]?(?:(?:[A-Za-z]\.)+|Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|No|Co|vs|etc)\.?$"
)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade level (can be below 0 for very simple text)."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59


@lru_cache(maxsize=65536)  # news reuses its words: most lookups in a batch build are repeats
def syllables(word: str) -> int:
    """Syllables in one English word by the vowel-group rule; at least one for any word."""
    word = word.lower().replace("’", "'").split("'")[0]  # "council's" has the syllables of "council"
    letters = NOT_LETTERS.sub("", word)
    if not letters:
        return 1  # a number or symbol read as one word
    count = len(VOWEL_GROUPS.findall(letters)) + len(TWO_VOWEL_SYLLABLES.findall(letters))
    if len(letters) > 3 and SILENT_ENDINGS.search(letters):
        count -= 1
    count -= len(SILENT_INSIDE.findall(letters))
    return max(count, 1)


def measure(paragraphs: Sequence[str]) -> Readability:
    """Words, sentences and syllables of the article's paragraphs."""
    words = [token for paragraph in paragraphs for token in paragraph.split() if WORD.search(token)]
    return Readability(len(words), sum(_sentences(p) for p in paragraphs), sum(syllables(w) for w in words))


def _sentences(paragraph: str) -> int:
    tokens = paragraph.split()
    ends = sum(
        1
        for token, following in zip(tokens, tokens[1:], strict=False)
        if SENTENCE_END.search(token) and NEXT_STARTS.match(following) and not ABBREVIATION.match(token)
    )
    return ends + 1 if tokens else 0  # the paragraph's end closes its last sentence
