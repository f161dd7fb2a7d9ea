"""What a number found in a sentence is worth and what it counts: "three-and-a-half million" ->
3500000.0, "13 Liberal MPs, many" -> "Liberal MPs", "$5bn" -> "$"."""

from __future__ import annotations

import re

from .number_words import (
    CURRENCY_SYMBOLS,
    FRACTIONS,
    FUNCTION_WORDS,
    INVARIANT_UNITS,
    IRREGULAR_PLURALS,
    MULTIPLIERS,
    ONES,
    ORDINALS,
    ROMAN,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
)

HYPHEN_UNIT_RE = re.compile(r"^-([a-z]+(?:-old)?)\b")
WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*|[^\w\s]")
DIGIT_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")
PERCENT_END_RE = re.compile(r"\s*(?:%|per\s?cent|percent)$")
RANGE_RE = re.compile(r"\d\s*[-–]\s*\d")
DIGITS_SUFFIX_RE = re.compile(r"(\d+(?:\.\d+)?)(st|nd|rd|th|s|k|m|mn|bn|b|tn|trn)?")


def is_ordinal(mention_text: str) -> bool:
    """True for "first", "twenty-first", "116th": a position, not a quantity."""
    word = mention_text.lower().split("-")[-1]
    return word in ORDINALS or bool(DIGIT_ORDINAL_RE.fullmatch(mention_text.lower()))


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    return low in IRREGULAR_PLURALS or (
        len(low) > 2 and low.endswith("s") and low != "news" and not low.endswith(("ss", "us", "is", "'s", "’s"))
    )


def counted_noun(after: str, singular: bool = False) -> str | None:
    """The noun phrase a number counts, from the text right after it: " Liberal MPs, many" ->
    "Liberal MPs"; "-year-old" -> "year-old". Up to four content words, cut after the first
    plural noun; a trailing participle is a verb ("ten people died"), not part of the noun. A
    count above one with no plural noun in reach has no unit we can trust (None)."""
    hyphenated = HYPHEN_UNIT_RE.match(after)
    if hyphenated:
        return hyphenated[1]
    words: list[str] = []
    plural = False
    for token in WORD_RE.findall(re.sub(r"^\s+of\s+", " ", after))[:5]:
        if (
            not token[0].isalpha()
            or token.lower() in FUNCTION_WORDS
            or token.lower() in SCALES
            or (words and token.endswith("ed"))
        ):  # "one man sprayed": a verb ends it
            break
        words.append(token.rstrip(".'’"))
        plural = _is_plural_noun(words[-1])
        if plural or len(words) == 4:
            break
    while words and re.search(r"(?:ed|ing|ly)$", words[-1]) and not _is_plural_noun(words[-1]):
        words.pop()
    if words and not plural and not singular and " ".join(words) not in INVARIANT_UNITS:
        return None  # "thousands of hard working civil", "300 Department (of Health posts)"
    return " ".join(words) or None


def _word_value(text: str) -> float | None:
    """The value of a spelled-out or mixed number: "three-and-a-half million" -> 3500000."""
    tokens = re.split(r"[\s-]+", text.lower().replace(",", ""))
    total, current, seen = 0.0, 0.0, False
    for i, token in enumerate(tokens):
        if token == "and" or (token in ("a", "an") and tokens[i + 1 : i + 2] == ["half"]):
            continue
        if token in ("a", "an"):
            current, seen = current or 1.0, True
        elif token == "half":
            current, seen = current + 0.5, True
        elif re.fullmatch(r"\d+(?:\.\d+)?", token):
            current, seen = current + float(token), True
        elif token in ONES or token in TENS:
            current, seen = current + ONES.get(token, TENS.get(token, 0)), True
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token in SCALES:
            total, current = total + (current or 1.0) * SCALES[token], 0.0
        else:
            return None
    return total + current if seen else None


def _fraction_value(text: str) -> float | None:
    whole, _, part = text.lower().rpartition(" and ")
    *count, denominator = re.split(r"[\s-]+", part)
    numerator = _word_value(" ".join(count)) if count else 1.0
    whole_value = _word_value(whole) if whole else 0.0
    if numerator is None or whole_value is None or denominator not in FRACTIONS:
        return None
    return whole_value + numerator / FRACTIONS[denominator]


def value_of(rule: str, text: str) -> float | None:
    """The value of a number found by `rule`; None for a vague one ("thousands"), a score or a range."""
    plain = text.lower().replace(",", "")
    for symbol in CURRENCY_SYMBOLS:
        plain = plain.replace(symbol.lower(), "")
    plain = PERCENT_END_RE.sub("", plain).strip()
    if rule in ("vague", "score or range") or RANGE_RE.search(plain):
        return None
    if rule == "fraction":
        return _fraction_value(plain)
    if rule == "half":
        return 0.5
    if rule == "multiplier":
        word = plain.removesuffix("fold").strip("-")
        return float(MULTIPLIERS.get(word) or _word_value(word) or 0) or None
    if rule == "a dozen":
        return 12 * (_word_value(plain.split()[0]) or 1) if not plain.startswith("half") else 6.0
    if rule == "ordinal":
        *tens, last = plain.split("-")
        return float(ORDINALS[last] + (TENS[tens[0]] if tens else 0))
    if rule == "roman":
        return float(ROMAN[text])
    if rule == "attached unit":
        digits = re.match(r"[\d.]+", plain)
        assert digits is not None  # the rule starts with digits
        return float(digits[0])
    match = DIGITS_SUFFIX_RE.fullmatch(plain)
    if match:
        return float(match[1]) * SCALE_ABBREVIATIONS.get(match[2] or "", 1.0)
    return _word_value(plain)


def unit_of(rule: str, text: str, after: str) -> str | None:
    """The currency, "%" or the counted noun of a number found by `rule`; `after` is the text after it."""
    for symbol in CURRENCY_SYMBOLS:
        if text.startswith(symbol):
            return symbol
    if re.search(r"(?:%|per\s?cent|percent)$", text, re.IGNORECASE):
        return "%"
    if rule in ("ordinal", "roman", "multiplier") or is_ordinal(text):
        return None
    if rule == "attached unit":
        return re.sub(r"^[\d,.]+", "", text)
    return counted_noun(after, singular=value_of(rule, text) == 1)
