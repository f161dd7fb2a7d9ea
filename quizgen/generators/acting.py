"""An organisation that acts, told from one used as a modifier.

The cloze rules refuse an organisation followed by a lowercase word ("___ museums", "the ___
conglomerate"): a modifier, whose blank asks nothing. But the word after a body is as often its
verb: "Eidos announced the next CM game", "On Tuesday, the United States Democratic Party held
primary elections", "Apple sued a website". The body is then the sentence's subject, the one who
did what: the fact a teacher wants asked. A verb is told by its past form (the irregular verbs'
list, or "-ed" on a known word: rules/verbs.py), never by a guessed "-s", which plural nouns share
("Fifa regulations", "IPTV services").
"""

from __future__ import annotations

import re

from ..rules.verbs import base_of_past

# "the Fiat owned company was sold": the past form is an adjective when a noun and a verb follow it
ADJECTIVE_AFTER_RE = re.compile(r"^\s+(?:[a-z][\w-]*\s+){1,2}(?:is|was|were|are|has|had|will|said)\b")
# "a Nato led force", "an IRA backed campaign": an article before the body leaves it a modifier
ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|A|An)\s+$")


def organisation_acts(before: str, after: str) -> bool:
    """The organisation between `before` and `after` is the subject of a verb in the past."""
    verb = re.match(r"^\s+([a-z]+)\b", after)
    if verb is None or base_of_past(verb.group(1)) is None:
        return False
    if ARTICLE_BEFORE_RE.search(before) or ADJECTIVE_AFTER_RE.match(after[verb.end() :]):
        return False
    return True
