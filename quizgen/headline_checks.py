"""Checks that a question's key is not given away by its article's headline, nor its fact
restated there ("Brown ally rejects …" above "Who is the Chancellor?")."""

from __future__ import annotations

import re

from .generators import Candidate
from .generators.text import mentions_any
from .models import BLANK_RE, Analysis, Question
from .rules import lexicon

# Kinds whose key a headline gives away; who said a quotation or holds a role is not given
# away by a name in the headline (the headline names several people).
HEADLINE_SENSITIVE = frozenset({"subject", "place", "date", "number", "organization", "cloze", "role_holder"})


COUNTRY_SHORT_FORMS = (("United States", ("US", "U.S.")), ("United Kingdom", ("UK", "U.K.", "Britain")))


def not_in_headline(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if c.kind.value in HEADLINE_SENSITIVE:
        forms: tuple[str, ...] = c.forms
    else:
        return None
    variants = {*forms}
    if c.answer_type == "person":
        variants.update(f.split()[-1] for f in forms if len(f.split()) > 1)  # "Brown ally rejects …"
        variants.update(given for f in forms if (given := _given_name(f)))  # "Britney attacks 'false tabloids'"
    if c.answer_type == "organization":  # "The Telegraph Group" under "Telegraph newspapers axe 90 jobs"
        variants.update(short for f in forms if (short := _without_corporate_words(f)))
    variants.update(f + "s" for f in forms if not f.endswith("s"))  # "Oscar" / "Oscars"
    variants.update(f[:-1] for f in forms if f.endswith("s") and len(f) > 4)
    for full, shorts in COUNTRY_SHORT_FORMS:  # "US House of Representatives" is "United States House …"
        for form in forms:
            variants.update(form.replace(full, short) for short in shorts if full in form)
            variants.update(form.replace(short, full) for short in shorts if short in form.split())
    return f"the headline gives the answer {q.answer!r} away" if mentions_any(analysis.title, tuple(variants)) else None


# A company's own name without what says it is a company: "The Telegraph Group" is "Telegraph"
CORPORATE_WORDS_RE = re.compile(
    r"^(?:The\s+)?(.+?)\s+(?:Group|Holdings|Corporation|Corp\.?|Inc\.?|plc|PLC|Ltd\.?|Limited|Company|Co\.)$"
)


def _without_corporate_words(name: str) -> str | None:
    """'The Telegraph Group' -> 'Telegraph', 'BT Group' -> 'BT': a headline naming the firm so
    gives its blank away (35th review: obvious, two raters of three). Not 'Bank of England'."""
    match = CORPORATE_WORDS_RE.match(name)
    return match.group(1) if match and match.group(1)[:1].isupper() else None


STOP = frozenset(
    "the a an of in on at to for from with by and or but that this these those was were is are has "
    "have had its their his her who which what when where article described".split()
)


def _given_name(name: str) -> str | None:
    """The first name of a full name when a headline would use it alone for the person ("Britney"
    of Britney Spears): not an everyday word ("Will", "Mark") nor a title ("President")."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 3 or not words[0].isalpha() or not words[0][0].isupper():
        return None
    first = words[0]
    if first.lower() in lexicon.common_words() or first in lexicon.titles() or first.isupper():
        return None
    return first


# "$25.4bn", "£1.2m", "30.5%": a currency sign, a figure, a scale or a unit
FIGURE_RE = re.compile(r"([$£€]?)(\d+(?:\.\d+)?)\s?(bn|billion|m|million|%|p|cents?)?(?![\w.])")


def headline_rounds_figure(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'… agreed to buy … Guidant for ___' ($25.4bn) under the headline 'J&J in $25bn deal for
    Guidant' (obvious, two raters of three): the headline gives the figure rounded, so the option
    next to it is the key."""
    if c.answer_type != "number" or not (key := FIGURE_RE.fullmatch(q.answer.strip())) or "." not in key.group(2):
        return None
    value = float(key.group(2))
    for shown in FIGURE_RE.finditer(analysis.title):
        if (shown.group(1), shown.group(3)) == (key.group(1), key.group(3)) and "." not in shown.group(2):
            if abs(float(shown.group(2)) - value) < 1:
                return f"the headline gives {q.answer!r} rounded ({shown.group(0)})"
    return None


def headline_restated(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Which organisation is the largest broadcaster in the Philippines?' under the headline
    'Philippines' largest television network …': the headline states the fact asked."""
    if c.kind.value not in ("subject", "role_holder"):
        return None

    def words(text: str) -> set[str]:
        return {w.lower().rstrip("'’s") for w in re.findall(r"[\w'’-]{4,}", text)} - STOP

    shared = words(BLANK_RE.sub(" ", q.prompt)) & words(analysis.title)
    return f"the headline restates the question ({', '.join(sorted(shared))})" if len(shared) >= 3 else None
