"""Sums with a conversion in brackets: "a $27bn (£14bn) back tax bill".

News copy gives a sum in a second currency in brackets. The bracket gives a blank away (the
reader converts) and makes the sentence no statement (an aside), so such sentences gave no
question at all. Without the conversion the sentence says the same fact in one currency:
"Which number completes this sentence from the article? “… to help pay a _______ back tax
bill …”" (answer $27bn). The question shows the sentence without the bracket; its
source_sentence stays the article's own, so the key is checked against the article's words.

Only a bracket that holds a sum and nothing else is dropped ("(£14bn)", "(US$370m)",
"(€1.2m)"); an aside with words in it ("(the second in ten years)") is kept, and the
sentence is left to the other generators' rules.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import Analysis, normalize
from .candidate import Candidate
from .facts import blank_candidates, usable_sentence

# A sum in brackets right after another sum: "$27bn (£14bn)", "US$370m (£196m)", "£5.2m ($10m)".
SCALE = r"(?:bn|m|k|billion|million|trillion)?"
BRACKETED_SUM = rf"\s+\((?:[A-Z]{{0,3}}[$£€¥]|[$£€¥])\s?[\d.,]+\s?{SCALE}\)"
CONVERSION_RE = re.compile(rf"(?<=[\d%]){SCALE}{BRACKETED_SUM}")
AFTER_SUM_RE = re.compile(rf"{SCALE}{BRACKETED_SUM}")
TWO_SENTENCES_RE = re.compile(r"[a-z\d][.!?]\s+[A-Z]")


def without_conversions(text: str) -> str | None:
    """`text` with every bracketed conversion after a sum dropped, or None when it has none."""
    stripped = CONVERSION_RE.sub(lambda m: m.group(0).split("(")[0].rstrip(), text)
    return stripped if stripped != text else None


def generate(analysis: Analysis) -> list[Candidate]:
    """Number completions and cloze for the sums of sentences that convert them in brackets."""
    quoted = [normalize(q.text) for q in analysis.quotes]
    out: list[Candidate] = []
    for sentence in analysis.sentences:
        shown = without_conversions(sentence.text)
        if shown is None or not usable_sentence(shown) or any(normalize(sentence.text) in q for q in quoted):
            continue
        if TWO_SENTENCES_RE.search(shown):
            continue  # "… EA's $17.8bn. Some of the games industry's …": the splitter missed a full stop
        plain = sentence.model_copy(update={"text": shown})
        for number in analysis.by_sentence[sentence.index].numbers:
            if number.value is None or not AFTER_SUM_RE.match(sentence.text, number.end):
                continue  # only the sum the bracket converts: the sentence's other numbers are blanked as they are
            about = f"{number.text} {number.unit or ''}".strip()
            for candidate in blank_candidates(plain, number.text, "number", (number.text,), about):
                out.append(dataclasses.replace(candidate, source=sentence))
    return out
