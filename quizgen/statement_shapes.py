"""Shapes of a true/false statement that read wrong on their own, from the 39th blind review
(ungrammatical or vague, two or three raters of three):

- a dash left hanging where a cut took the aside it opened ("… the fourth head of the business -.");
- a subject and its relative clause with no main verb ("Portal sites which offer casual games,
  like AOL, Yahoo, and RealArcade."): the verb was in the part cut away;
- people called "which" ("hardcore gamers who are more attracted to blockbuster gamers which usually
  require hi-spec PCs"): an article's slip ("games") copied into the statement;
- quoted words whose subject is a pronoun for something the statement does not show
  ("Ferrero said: “I don't know when it is going to happen”", "“This is a big messy argument”").
"""

from __future__ import annotations

import re

from .rules import lexicon

DANGLING_DASH_RE = re.compile(r"\s[-–—]\s*[.!?”\"]*\s*$")


def dangling_dash(text: str) -> str | None:
    if DANGLING_DASH_RE.search(text):
        return f"a dash left open: {text!r}"
    return None


# "Portal sites which offer casual games, like AOL, Yahoo, and RealArcade.": a noun phrase, its
# relative clause, then only a list of names; the main verb was cut away with the rest ("that"
# is left out: after "said" it opens what was said, not a relative clause)
NAME = r"[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*)*"
VERBLESS_RELATIVE_RE = re.compile(
    rf"^[\w'’-]+(?:\s+[\w'’-]+){{0,4}}\s+(?:which|who)\s+[^,;]+"
    rf",\s*(?:like|such as|including)\s+{NAME}(?:,?\s+(?:and|or)\s+{NAME}|,\s*{NAME})*\.?$"
)


def verbless_relative(text: str) -> str | None:
    if VERBLESS_RELATIVE_RE.match(text.strip()):
        return f"no main verb after the relative clause: {text!r}"
    return None


PLURAL_THEN_WHICH_RE = re.compile(r"\b([a-z]+)s\s+which\b")


def people_which(text: str) -> str | None:
    """People (a role noun of rules/data/role_nouns.txt, plural) followed by "which"."""
    for match in PLURAL_THEN_WHICH_RE.finditer(text):
        if match.group(1) in lexicon.role_nouns():
            return f"{match.group(0)!r}: people are not 'which'; the article's own slip"
    return None


QUOTE_RE = re.compile(r"[“\"]([^”\"]+)[”\"]")
# "it is going to", "This is", "that was": a pronoun as the subject of the quoted words
PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:it|this|that|they)\s+(?:is|was|will|has|had|does|did|are|were|can|could|would|should|may|might|"
    r"isn't|wasn't|won't|doesn't|didn't|aren't|weren't)\b|\b(?:it|this|that)['’]s\b",
    re.I,
)
# words that name what the quote is about: a capitalised name past its first word, or a figure
SUBSTANCE_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b(?!I\b|I['’])[A-Z][a-z]|\d")
SHORT_QUOTE_WORDS = 10


def pointing_quote(text: str) -> str | None:
    for quoted in QUOTE_RE.findall(text):
        words = quoted.split()
        if len(words) > SHORT_QUOTE_WORDS or not PRONOUN_SUBJECT_RE.search(quoted):
            continue
        if SUBSTANCE_RE.search(quoted.strip()):
            continue  # "It is a great day for Spanish tennis": the quote says what it is about
        return f"the quoted words point to what the statement does not show: {quoted!r}"
    return None


STATEMENT_SHAPES = (dangling_dash, verbless_relative, people_which, pointing_quote)
