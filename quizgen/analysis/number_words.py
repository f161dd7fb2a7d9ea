"""The words of quantities and their values: number words, scales ("million", "bn"), ordinals,
fractions, multipliers, vague counts, currency symbols, units written against a number, and the
words that end a counted noun phrase."""

from __future__ import annotations

from .time_words import DURATION_UNITS, TIME_UNITS

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
