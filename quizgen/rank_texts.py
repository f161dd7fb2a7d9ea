"""What the ranker reads of question texts: stems without their template, words that carry
meaning, answers shown. Each is kept by text (`lru_cache`): the ranker weighs each question
against each chosen one, again at every refill, and would otherwise work them out per pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .generators.text import mentions_any
from .models import BLANK_RE, normalize
from .rules.lexicon import english_function_words, role_nouns

NEAR_DUPLICATE = 82  # rapidfuzz token_set_ratio above which two stems ask the same thing

CACHED_TEXTS = 4096


@lru_cache(maxsize=CACHED_TEXTS)
def unblanked(prompt: str) -> str:
    return BLANK_RE.sub(" ", prompt)


# The fixed words of a question template: "Who is described in the article as the Labour MP?" and
# "… as the First Minister of Scotland?" share seven words and ask different things.
TEMPLATE_RE = re.compile(
    r"^(?:Who is described in the article as|How does the article describe|Which organisation is|"
    r"Which \w+ completes this sentence from the article\?)\s+|\s+associated with in the article\?$"
)


@lru_cache(maxsize=CACHED_TEXTS)
def without_template(prompt: str) -> str:
    return TEMPLATE_RE.sub("", prompt)


@lru_cache(maxsize=CACHED_TEXTS)
def near_duplicate(stem: str, other_stem: str) -> bool:
    return fuzz.token_set_ratio(stem, other_stem) > NEAR_DUPLICATE


@lru_cache(maxsize=CACHED_TEXTS)
def shows_answer(shown: str, forms: tuple[str, ...], exact: bool, sentence: str) -> bool:
    """`rank._gives_away` on the texts alone, for a blank of `forms` in `sentence`."""
    if exact:
        forms = tuple(spelling for form in forms for spelling in figure_spellings(form))
    if not mentions_any(shown, forms):
        return False
    if exact:
        return True
    answer_words = set().union(*(content_words(form) for form in forms))
    if (content_words(sentence) - answer_words) & content_words(shown):
        return True
    # "school inspection chief _______" beside "Ofsted boss Mr Bell": two roles, other words.
    return names_a_role(sentence) and names_a_role(shown)


WORD_RE = re.compile(r"\w+")
CONTENT_WORD_RE = re.compile(r"\w{3,}")


# "300m" and "300 million", "$1.13bn" and "$1.13 billion": one figure in a news style's two
# spellings (41st pre-review, bbc_tech_318: two blanks keyed to the archive's 300m articles).
SCALED_FIGURE_RE = re.compile(r"([$£€]?\d[\d,]*(?:\.\d+)?)\s?(bn|billion|m|mn|million|tn|trillion)", re.I)
SCALE_WORDS = {"bn": "billion", "m": "million", "mn": "million", "tn": "trillion"}


@lru_cache(maxsize=CACHED_TEXTS)
def figure_spellings(answer: str) -> tuple[str, ...]:
    """A scaled figure's answer in both spellings of its scale ("300m": "300 million", "300m");
    any other answer alone."""
    match = SCALED_FIGURE_RE.fullmatch(answer.strip())
    if not match:
        return (answer,)
    number, scale = match.group(1), match.group(2).lower()
    word = SCALE_WORDS.get(scale, scale)
    short = next(abbreviation for abbreviation, long in SCALE_WORDS.items() if long == word)
    return (f"{number} {word}", f"{number}{short}")


@lru_cache(maxsize=CACHED_TEXTS)
def names_a_role(text: str) -> bool:
    return any(word in role_nouns() for word in WORD_RE.findall(normalize(text)))


@lru_cache(maxsize=CACHED_TEXTS)
def content_words(text: str) -> frozenset[str]:
    """The words of `text` that carry its meaning, cut to their first five letters so that
    "headbutt" meets "headbutted" and "German" meets "Germany"."""
    function_words = english_function_words()
    return frozenset(word[:5] for word in CONTENT_WORD_RE.findall(normalize(text)) if word not in function_words)
