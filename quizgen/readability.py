"""How hard an article is to read: its word count and Flesch-Kincaid grade, offline.

The Flesch-Kincaid grade level (Kincaid et al., 1975) is

    0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

roughly the US school grade that can read the text. The well-known package for it, textstat,
looks syllables up in NLTK's CMU dictionary, which it downloads on first use; quizgen
downloads nothing, so syllables are counted here by the usual rule of thumb: a syllable per
group of vowels, less a silent final "e", "-ed" or "-es". It is right for most words and off
by one for some ("poem", "naive"); over a whole article those errors mostly cancel, and the
grade is shown rounded, as a guide for a teacher choosing texts, not a measurement.
Sentences are split by syntok, the splitter the analysis uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter
from syntok.tokenizer import Tokenizer

WORD = re.compile(r"[^\W_]", re.UNICODE)  # a token is a word when it has a letter or digit
VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# Vowels said as two syllables that one group would count once: "me-di-a", "ra-di-o", "vi-de-o",
# "i-de-a", "be-ing", "di-et" (but "so-cial", "peo-ple", "friend").
TWO_VOWEL_SYLLABLES = re.compile(r"[^aeioucstg]ia|[^aeiou]eo(?!p)|[^aeiouq]ua|ea$|io(?!n|u)|iu|uo|[^aeiou]ie(?=r|t)|[aeiouy]i(?=ng)")
# A silent "e": at the end ("make", "whole", but not "table"), in "-ed" and "-es" where no vowel is
# heard ("jumped", "makes", but not "wanted", "boxes"), and before a suffix ("statement", "lately").
SILENT_ENDINGS = re.compile(r"(?:[^aeiouyl]e|[aeiouy]le|[^aeiouytd]ed|[^aeiouyszxhgc]es)$")
SILENT_INSIDE = re.compile(r"[^aeiouyl]e(?=ment|ful|less|ly)")
_TOKENIZER = Tokenizer()


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


def syllables(word: str) -> int:
    """Syllables in one English word by the vowel-group rule; at least one for any word."""
    word = word.lower().replace("’", "'").split("'")[0]  # "council's" has the syllables of "council"
    letters = re.sub(r"[^a-z]", "", word)
    if not letters:
        return 1  # a number or symbol read as one word
    count = len(VOWEL_GROUPS.findall(letters)) + len(TWO_VOWEL_SYLLABLES.findall(letters))
    if len(letters) > 3 and SILENT_ENDINGS.search(letters):
        count -= 1
    count -= len(SILENT_INSIDE.findall(letters))
    return max(count, 1)


def measure(paragraphs) -> Readability:
    """Words, sentences and syllables of the article's paragraphs."""
    words = [token for paragraph in paragraphs for token in paragraph.split() if WORD.search(token)]
    sentences = sum(len(segmenter.split(_TOKENIZER.tokenize(p))) for p in paragraphs)
    return Readability(len(words), sentences, sum(syllables(w) for w in words))
