"""Quantities in one sentence: numbers as written, with their value and the noun they count.

`find_numbers(sentence_text, sentence_index)` returns digits ("800,000", "3.5"), percentages
("52%", "5 per cent"), money ("$1 million", "£5bn"), scaled and spelled-out numbers ("two
million", "three-and-a-half million", "ninety-nine"), fractions ("two thirds"), multipliers
("tenfold"), ordinals ("first", "116th"), vague counts ("dozens", "tens of thousands") and
scores or ranges ("2-0", "16–17 percent").

`value` is a float for an exact quantity and None for a vague one ("thousands") or one that is
not a single number (a score, a range): callers that need a checkable fact keep numeric values.
Ordinals carry their position as value ("third" -> 3.0); `is_ordinal` tells them apart.
`unit` is the currency ("$", "£"), "%" or the counted noun after the number ("13 Liberal MPs"
-> "Liberal MPs"); None when no noun follows.

Not reported: numbers inside calendar dates and clock times (years, days of the month), which
find_dates reports; counts inside a date are kept ("two" in "two years ago"). Nor numbers that
are part of a name ("G7", "Covid-19", "Boeing 747", "Article 50"), list markers, or "one" used as
a pronoun ("no one", "the one", "one another").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.models import DateMention, NumberMention
from quizgen.rules import DIGIT_CHARACTERS, Rule, rule, rules_that_may_match

from .temporal import DURATION_UNITS, MONTHS, TIME_UNITS, WEEKDAYS, find_dates, keep_longest

# --- language data ---------------------------------------------------------------------------

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# Denominators of fractions; "second" is left out: "a second" is an ordinal or a moment.
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
MULTIPLIERS = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4}
VAGUE = (
    "tens of thousands",
    "tens of millions",
    "tens of billions",
    "hundreds of thousands",
    "hundreds of millions",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
)
# Units written against the number: "120mph", "3p" (pence), "40°C".
ATTACHED_UNITS = (
    "mph",
    "kph",
    "km/h",
    "km",
    "kg",
    "cm",
    "mm",
    "ft",
    "lb",
    "lbs",
    "oz",
    "mg",
    "ml",
    "GB",
    "MB",
    "TB",
    "GHz",
    "MHz",
    "kW",
    "MW",
    "GW",
    "°C",
    "°F",
    "°",
    "p",
)
CURRENCY_SYMBOLS = ("US$", "A$", "C$", "NZ$", "HK$", "S$", "$", "£", "€", "¥", "₹")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# Words that end a counted noun phrase: "12,500 jobs had gone" -> "jobs".
FUNCTION_WORDS = frozenset(
    """
a an the this that these those some any each every all both no not nor and or but so yet than
as of in on at by for from to into onto with without over under about after before since until
between among per via against across through during is are was were be been being has have had
will would can could may might must shall should do does did said says say told according who
whom whose which what when where while it its they them their he she his her we our you your i
me my more less most least up down out off also already still just now ago later earlier each
apiece respectively only even again other others then there here if because like including
either neither another include includes remain
remains make makes take takes go goes come comes get gets appear appears seem seems become
becomes show shows mean means need needs lasts
""".split()
)
IRREGULAR_PLURALS = frozenset(
    "people men women children police staff cattle sheep fish deer "
    "aircraft feet teeth mice personnel troops media data".split()
)
# Units whose plural has no "s": "105.6 yen", "75 ft", "415 km2".
INVARIANT_UNITS = frozenset(
    "crew yen yuan renminbi baht won rand km km2 kg ft m cm mm mph kph lb oz mg ml sq mi hp bhp".split()
)
TIME_UNIT_WORDS = frozenset(TIME_UNITS) | frozenset(DURATION_UNITS) | {"seconds"}


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True)) + ")"


CARDINAL_STEM = f"(?:{_alt(TENS)}(?:[-\\s]{_alt(k for k in ONES if ONES[k] < 10)})?|{_alt(ONES)})"
CARDINAL_WORD = CARDINAL_STEM + r"(?![\w])"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A number starts at a word edge that is not a hyphen after a word ("Covid-19", "K2-18b"),
# a letter ("G7"), a decimal point, a slash ("9/11", "24/7") or an HTML entity ("&#233;").
START = r"(?<![\w.,$£€#/])(?<!\w-)"
END = r"(?![\w/]|[.,]\d)"
CURRENCY = _alt(CURRENCY_SYMBOLS)
SCALE_WORD = _alt(SCALES)
SCALED = (
    f"(?:{DIGITS}|{CARDINAL_WORD}|an?|half\\s+an?)(?:[-\\s]+and[-\\s]+a[-\\s]+half)?"
    f"(?:[-\\s]+{SCALE_WORD}(?![\\w-]))+(?:\\s+and\\s+{CARDINAL_WORD})?"
)
AMOUNT = f"(?:{SCALED}|{DIGITS}(?:{_alt(SCALE_ABBREVIATIONS)}(?![\\w]))?)"
# "a third" is a fraction before "of", a preposition or punctuation; "a third term" is an ordinal.
FRACTION_FOLLOWS = (
    r"\s+(?:of|since|in|on|at|to|from|by|for|than|and|or|but|as|more|less)\b"
    r"|\W*$|[^\w\s]"
)
PERCENT = r"(?:%|\s*per\s?cent\b|\s*percent\b)"
# An ordinal before a hyphen is an idiom ("third-party", "second-hand") unless a superlative
# follows ("third-largest").
ORDINAL_WORD = f"(?:{_alt(TENS)}-)?{_alt(ORDINALS)}" + r"(?!\w|-(?!\w+est\b))"


def _rule(name: str, pattern: str, examples: tuple[str, ...], counters: tuple[str, ...] = ()) -> Rule:
    return rule(name, pattern, examples, counters, re.IGNORECASE)


# Rules run in the order written; where two overlap, the longest match wins. A rule with a
# group named "n" reports that group only ("IV" in "stage IV").
NUMBER_RULES = (
    _rule("money", f"{START}{CURRENCY}\\s?{AMOUNT}{END}", ("it cost $1.5bn", "US$3.4 trillion", "£15,000")),
    _rule(
        "percent",
        f"{START}(?:{DIGITS}(?:\\s*[-–]\\s*{DIGITS})?|{CARDINAL_WORD}){PERCENT}",
        ("rose 5 per cent", "52%", "16–17 percent"),
        ("a percentage",),
    ),
    _rule("scaled", f"{START}{SCALED}{END}", ("three-and-a-half million", "350 thousand", "a million")),
    _rule("abbreviated scale", f"{START}{DIGITS}{_alt(SCALE_ABBREVIATIONS)}{END}", ("113.5m ounces",), ("the M25",)),
    _rule("score or range", f"{START}{DIGITS}\\s*[-–]\\s*{DIGITS}{END}", ("won 2-0",), ("Covid-19",)),
    _rule(
        "digits",
        f"{START}{DIGITS}(?:st|nd|rd|th|s)?{END}",
        ("800,000 workers", "the 116th", "3.5"),
        ("the G7", "Covid-19", "K2-18b", "Fahrenheit 9/11", "&#233;"),
    ),
    _rule("attached unit", f"{START}{DIGITS}(?-i:{_alt(ATTACHED_UNITS)}){END}", ("winds of 120mph", "3p")),
    _rule(
        "fraction",
        f"\\b(?:{CARDINAL_WORD}[-\\s]+and[-\\s]+(?:{CARDINAL_WORD}|an?)[-\\s]+"
        f"{_alt(FRACTIONS)}|(?:{CARDINAL_WORD}|an?)[-\\s]+{_alt(FRACTIONS)}(?!-)(?={FRACTION_FOLLOWS})"
        f"|{CARDINAL_WORD}[-\\s]+{_alt(k for k in FRACTIONS if k.endswith('s'))})\\b",
        ("two thirds of voters", "a quarter of", "one and two thirds"),
        ("a third term",),
    ),
    _rule(
        "half",
        r"(?<![\w-])(?<!first )(?<!second )(?<!the )(?<!a )half(?![\w-])",
        ("less than half",),
        ("the second half", "centre-half", "half-time"),
    ),
    _rule(
        "multiplier",
        f"\\b(?:{_alt(MULTIPLIERS)}(?=\\s+(?:the|that|its|their|his|her|what"
        f"|as)\\b)|(?:{CARDINAL_STEM}|\\d+)-?fold)\\b",
        ("almost double the figure", "tenfold"),
        ("a double murder",),
    ),
    _rule(
        "vague",
        f"\\b(?:{_alt(VAGUE)}|a\\s+couple(?=\\s+(?:of|more)\\b))\\b(?!-)",
        ("thousands of people", "tens of millions", "a couple of"),
        ("a couple who",),
    ),
    _rule("a dozen", r"\b(?:a|one|two|three|half\s+a)\s+dozen\b", ("a dozen eggs", "half a dozen")),
    _rule(
        "cardinal word",
        f"\\b{CARDINAL_WORD}(?![-\\s]+(?:{SCALE_WORD}|another)\\b)",
        ("seven people", "ninety-nine"),
        ("someone", "one another"),
    ),
    _rule("ordinal", f"\\b{ORDINAL_WORD}", ("the third time", "third-highest"), ("third-party",)),
    _rule(
        "roman",
        r"\b(?:stage|phase|category|grade|level)\s+(?-i:(?P<n>IV|IX|VI{0,3}|I{1,3}|X))\b",
        ("stage IV cancer",),
        ("World War II",),
    ),
)

# Words without one of which a rule cannot match (see rules_that_may_match).
NUMBER_RULE_NEEDS = {
    "money": CURRENCY_SYMBOLS,
    "percent": ("%", "cent"),
    "scaled": tuple(SCALES),
    "abbreviated scale": DIGIT_CHARACTERS,
    "score or range": DIGIT_CHARACTERS,
    "digits": DIGIT_CHARACTERS,
    "attached unit": DIGIT_CHARACTERS,
    "fraction": ("half", "halves", "third", "quarter", "fifth", "sixth", "eighth", "tenth"),
    "half": ("half",),
    "multiplier": (*MULTIPLIERS, "fold"),
    "vague": ("dozens", "hundreds", "thousands", "millions", "billions", "couple"),
    "a dozen": ("dozen",),
    "cardinal word": (*ONES, *TENS),
    "ordinal": tuple(ORDINALS),
    "roman": ("stage", "phase", "category", "grade", "level"),
}

# "one" is a pronoun after these words ("no one", "the one"), or before "another".
PRONOUN_ONE_BEFORE_RE = re.compile(
    r"\b(?:(?:no|the|any|every|each|this|which|little|loved"
    r"|another)|(?:a|an|the)\s+[a-z]+)\W*$",
    re.IGNORECASE,
)
# "first" is an adverb, not a position, in "at first" and before a participle ("first detected").
ADVERB_FIRST_BEFORE_RE = re.compile(r"\bat\s+$", re.IGNORECASE)
ADVERB_FIRST_AFTER_RE = re.compile(r"^\s+(?:\w+ly\s+)?\w+ed\b")
SENTENCE_START_RE = re.compile(r"^[\s\"“‘'(\[]*$")
NUMBER_WORD_CAPITALISED_RE = re.compile(r"[A-Z][a-z]+(?:[- ][a-z]+)*$")
PRONOUN_ONE_AFTER_RE = re.compile(r"^(?:\s+another\b|['’]s\b)", re.IGNORECASE)
# A capitalised word (not a sentence's first) right before a plain integer makes it part of a
# name: "Boeing 747", "Article 50", "iPhone 6", "No 10". Dates are not names: "Monday 12 people".
NAME_BEFORE_RE = re.compile(r"[^.!?\"“(\s]\s+(\w*[A-Z]\w*\.?)\s$")
NOT_NAME_WORDS = frozenset(MONTHS + WEEKDAYS)
# A house number: "11 Downing Street".
ADDRESS_AFTER_RE = re.compile(
    r"^\s+(?:[A-Z]\w+\s+)+(?:Street|Road|Avenue|Lane|Drive|Square|Place"
    r"|Boulevard|Terrace|Crescent|Way)\b"
)
LIST_MARKER_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
PLAIN_INTEGER_RE = re.compile(r"^\d+$")
HYPHEN_UNIT_RE = re.compile(r"^-([a-z]+(?:-old)?)\b")
WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*|[^\w\s]")


def is_ordinal(mention_text: str) -> bool:
    """True for "first", "twenty-first", "116th": a position, not a quantity."""
    word = mention_text.lower().split("-")[-1]
    return word in ORDINALS or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", mention_text.lower()))


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


def _value(rule: str, text: str) -> float | None:
    plain = text.lower().replace(",", "")
    for symbol in CURRENCY_SYMBOLS:
        plain = plain.replace(symbol.lower(), "")
    plain = re.sub(r"\s*(?:%|per\s?cent|percent)$", "", plain).strip()
    if rule in ("vague", "score or range") or re.search(r"\d\s*[-–]\s*\d", plain):
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
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(st|nd|rd|th|s|k|m|mn|bn|b|tn|trn)?", plain)
    if match:
        return float(match[1]) * SCALE_ABBREVIATIONS.get(match[2] or "", 1.0)
    return _word_value(plain)


def _unit(rule: str, text: str, after: str) -> str | None:
    for symbol in CURRENCY_SYMBOLS:
        if text.startswith(symbol):
            return symbol
    if re.search(r"(?:%|per\s?cent|percent)$", text, re.IGNORECASE):
        return "%"
    if rule in ("ordinal", "roman", "multiplier") or is_ordinal(text):
        return None
    if rule == "attached unit":
        return re.sub(r"^[\d,.]+", "", text)
    return counted_noun(after, singular=_value(rule, text) == 1)


def _keep(text: str, start: int, end: int, rule: str, dates: list[DateMention]) -> bool:
    """False for numbers that belong to a date, a name, a list marker, or are pronoun "one"."""
    matched, before, after = text[start:end], text[:start], text[end:]
    for date in dates:
        if start < date.end and end > date.start:
            # a count in a date stays ("two years ago"); a year, a day or a time does not
            unit = re.match(r"\s+(\w+)", text[end : date.end])
            if is_ordinal(matched) or not unit or unit[1].lower() not in TIME_UNIT_WORDS:
                return False
    if NUMBER_WORD_CAPITALISED_RE.match(matched) and not SENTENCE_START_RE.match(before):
        return False  # a capitalised number word mid-sentence names something: "Six Nations"
    if matched.lower() == "first" and (ADVERB_FIRST_BEFORE_RE.search(before) or ADVERB_FIRST_AFTER_RE.match(after)):
        return False
    if matched.lower() == "one":
        return not (PRONOUN_ONE_BEFORE_RE.search(before) or PRONOUN_ONE_AFTER_RE.match(after))
    name_before = NAME_BEFORE_RE.search(before)
    if PLAIN_INTEGER_RE.match(matched) and (
        (name_before and name_before[1] not in NOT_NAME_WORDS) or ADDRESS_AFTER_RE.match(after)
    ):
        return False
    return not (start == 0 and LIST_MARKER_RE.match(text))


def find_numbers(
    sentence_text: str, sentence_index: int, *, dates: list[DateMention] | None = None
) -> list[NumberMention]:
    """Every quantity in the sentence, as written, with its value and counted noun.

    `dates` are the sentence's `find_dates` results when the caller has them already."""
    dates = find_dates(sentence_text, sentence_index) if dates is None else dates
    spans = []
    for number_rule in rules_that_may_match(NUMBER_RULES, NUMBER_RULE_NEEDS, sentence_text):
        for match in number_rule.pattern.finditer(sentence_text):
            start, end = match.span("n") if match.groupdict().get("n") else match.span()
            if end > start and _keep(sentence_text, start, end, number_rule.name, dates):
                spans.append((start, end, number_rule.name))
    mentions = []
    for start, end, rule_name in keep_longest(spans):
        text = sentence_text[start:end]
        mentions.append(
            NumberMention(
                text=text,
                sentence=sentence_index,
                start=start,
                end=end,
                value=_value(rule_name, text),
                unit=_unit(rule_name, text, sentence_text[end:]),
            )
        )
    return mentions
