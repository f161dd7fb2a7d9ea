"""A sentence without the words that tie it to the one before, when what is left reads alone.

"But the Home Office wants more initiatives ..." and "According to CNN, Turkey has an
estimated two million Syrian refugees ..." say a fact of their own; only the opening word
or the attribution leans on the article around them. Dropping it keeps the fact true: a
connective ("And", "But", "However,"), a sentence adverb ("Secondly", "Still,"), or a
leading "According to X," (the source, as an attribution tail is). What is left must still
pass every test of a statement or a question (pronouns, hedges, a subject that names
someone): this module only strips, and the generators decide.

Not stripped: words that change what the sentence claims ("Only", "Even", "Now", "Then",
"Instead of"); a leading clause ("Although A, B."), whose end a comma inside it hides; and what
still leans on the sentence before once the connective is gone: a subject that names no one
("But the company said …") or "the rumours", "the deal" that sentence told of.
"""

from __future__ import annotations

import re

from ..rules import lexicon

# Connectives and sentence adverbs whose removal leaves the claim as it was. A comma after
# them is optional ("But the …", "However, the …"); "In addition" and "For example" need
# one ("In addition to Green Day, …" is a phrase, not a connective).
CONNECTIVES = (
    r"and|but|yet|also|however|meanwhile|indeed|moreover|furthermore|additionally|similarly|likewise|"
    r"nevertheless|nonetheless|none the less|firstly|secondly|thirdly|finally|lastly|separately|elsewhere|"
    r"crucially|importantly|notably|significantly|in turn"
)
# "Elsewhere on the top 10, …" is a place, not a connective: without it "On the top 10, …" is another
# claim, and reads wrong (39th review: ungrammatical, three raters of three).
CONNECTIVE_RE = re.compile(
    rf"^(?!elsewhere\s+(?:on|in|at|across|among|around|within)\b)(?:{CONNECTIVES})\b,?\s+(?=\S)", re.I
)
COMMA_ONLY_RE = re.compile(
    r"^(?:still|in addition|for example|for instance|in fact|in particular|at the same time|as a result|"
    r"in the end|so),\s+",
    re.I,
)
# "According to CNN, …", "According to police, …": a short source without a comma of its own.
# Not when an aside naming the source follows: "According to a new book, Brown's Britain by
# Sunday Telegraph journalist Robert Peston, Mr Blair went back …" (24th review: ungrammatical).
ACCORDING_RE = re.compile(r"^according to [^,]{2,80},\s+(?![^,]{3,80},\s)", re.I)
# What a stripped remainder must not start with: a second connective that changes the claim,
# or a lowercase word that was a continuation ("and then", "but not").
KEEPS_MEANING_RE = re.compile(r"^(?:only|even|not|then|now|instead|so|too|either|neither|nor|rather)\b", re.I)
# "And the EU's monetary affairs commissioner, made it clear …": the article lost a name, and a
# comma now parts the subject from its verb.
SPLIT_SUBJECT_RE = re.compile(r"^[^,]{3,80},\s+(?:made|said|was|is|were|are|has|had|have|did|does|told|added)\b")
# "The company said …", "New technology, including …": after a connective, a subject that
# names no one was named in the sentence before.
UNNAMED_SUBJECT_RE = re.compile(r"^(?:The|A|An|This|That|New|Some|Many|Several|Most)\s+(?![A-Z\d])\S+\s+(?![A-Z\d])")
# "Los Angeles police discounted the rumours": which rumours the sentence before told.
TOLD_BEFORE_RE = re.compile(
    r"\bthe\s+(?:rumou?r|claim|move|deal|decision|plan|idea|proposal|report|allegation|scheme|change|issue|problem|"
    r"incident|attack|comment|remark|row|dispute|talk|offer|bid|case|game|match)s?\b(?!\s+(?:of|to|for|by|that)\b)"
    r"|\b(?:either|too|as well)\.$",
    re.I,
)
# "But Downing Street said she was …", "But Roddick saves them": who she is, or they are, the
# sentence before told. (A possessive after a name, "Ford … its product range", is fair.)
PERSONAL_RE = re.compile(r"\b(?:he|she|him|they|them)\b", re.I)
# "However, the South African has been appointed …", "The 31-year-old also missed …": an epithet
# for someone the sentence before named.
EPITHET_RE = re.compile(r"^The\s+(?:\d+-year-old|(?P<people>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b")


def stand_alone(text: str) -> str | None:
    """`text` without its opening connectives, attribution or concessive clause, capitalised;
    None when there is nothing to strip or what is left may not say the same thing."""
    text = " ".join(text.split())
    stripped = text
    for _ in range(3):  # "But, according to police, …", "And yet, …": a few openers in a row
        match = CONNECTIVE_RE.match(stripped) or COMMA_ONLY_RE.match(stripped) or ACCORDING_RE.match(stripped)
        if match is None:
            break
        stripped = stripped[match.end() :]
    if stripped == text or len(stripped.split()) < 3 or KEEPS_MEANING_RE.match(stripped):
        return None
    if not (stripped[0].isalpha() or stripped[0].isdigit()):
        return None
    stripped = stripped[0].upper() + stripped[1:]
    if SPLIT_SUBJECT_RE.match(stripped) or UNNAMED_SUBJECT_RE.match(stripped) or TOLD_BEFORE_RE.search(stripped):
        return None
    if PERSONAL_RE.search(stripped) or _epithet(stripped):
        return None
    return stripped


def _epithet(text: str) -> bool:
    match = EPITHET_RE.match(text)
    return bool(match and (match.group("people") is None or match.group("people") in lexicon.demonyms()))
