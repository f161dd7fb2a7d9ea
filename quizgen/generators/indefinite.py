"""'a' or 'an': which one a word takes by its sound, for swaps that change the word after it and
for checks that refuse a sentence whose article disagrees ("in an bid", copied from the text)."""

from __future__ import annotations

import re

# "a one-off", "a European", "a university" (a consonant sound); "an hour", "an honest" (a vowel one)
INDEFINITE_RE = re.compile(r"\b((?i:an?))\s+([a-z][\w'’-]*)")


def agree(before: str, replacement: str) -> str:
    """Fix 'a'/'an' just before the swapped value: 'an Italian' -> 'a Canadian'."""
    match = re.search(r"\b(an?)\s+$", before, re.I)
    if not match:
        return before
    article = "an" if vowel_sound(replacement) else "a"
    if match.group(1)[0].isupper():
        article = article.capitalize()
    return before[: match.start(1)] + article + before[match.end(1) :]


def vowel_sound(word: str) -> bool:
    if figure := re.match(r"[£$€]|\d[\d,.]*", word):
        return figure.group(0)[0].isdigit() and _figure_has_vowel_sound(figure.group(0))
    if re.match(r"^[A-Z]{2,}", word):  # an acronym is read by its letters: "an FBI agent", "a BBC report"
        return word[0] in "AEFHILMNORSX"
    if re.match(r"^(?:hour|honou?r|honest|heir)", word, re.I):
        return True
    return bool(re.match(r"^(?!eu|ewe|one\b|once\b)(?:[aeio]|u(?!ni|s[aeu]|r[aeiou]|k|t[ae]))", word, re.I))


def disagreeing_article(text: str) -> str | None:
    """The first 'a'/'an' of `text` before a lower-case word that takes the other one ("an bid",
    "a apple"). Only clear cases: a word opening on a consonant letter other than 'h' after "an"
    (an "h" may be silent, and "an historic" is still written), on 'a', 'e', 'i' or 'o' after
    "a" (a 'u' or an 'eu' may sound like "you", an 'o' in "one" like "w": only "un" other than
    "uni", "unan" and a 'u' before two consonants are clear); names and acronyms are left alone."""
    for match in INDEFINITE_RE.finditer(text):
        article, word = match.group(1).lower(), match.group(2).lower()
        if article == "an" and re.match(r"[bcdfgjklmnpqrstvwxyz]", word):
            return match.group(0)
        # "a undecided fee" (34th review): 'un' and 'u' before two consonants sound as written
        if article == "a" and re.match(r"[ai]|e(?!u|we)|o(?!ne\b|nce\b)|u(?:n(?!i|an)|[b-df-hj-np-tv-z]{2})", word):
            return match.group(0)
    for match in FIGURE_INDEFINITE_RE.finditer(text):
        article, currency, digits = match.group(1).lower(), match.group(2), match.group(3)
        if (article == "an") != (not currency and _figure_has_vowel_sound(digits)):
            return match.group(0)  # "A 18-year-old woman", "an £150m investment" (35th review)
    return None


# A figure after "a"/"an": said with its currency sign first ("a £5 note": "pound", "dollar" and
# "euro" all take "a"), else by its first word ("an 8", "an 11", "an 18", "an 80", "an 1850s").
FIGURE_INDEFINITE_RE = re.compile(r"\b((?i:an?))\s+([£$€]?)(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)")


def _figure_has_vowel_sound(digits: str) -> bool:
    first = digits.split(",")[0].split(".")[0]
    return first.startswith("8") or first in ("11", "18") or len(first) == 4 and first[:2] in ("11", "18")
