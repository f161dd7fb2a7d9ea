"""A "He" or "She" that goes on a run of sentences about one person, read with that person.

"Lib Dem leader Charles Kennedy said voters had lost trust in Tony Blair. He said backing his
party was no wasted vote. He made his comments on Channel Five." The first "He" is resolved by
antecedents.py (the sentence before names him as its subject); the second has only a "He"
before it, so it is resolved through the first: "Charles Kennedy made his comments on Channel
Five." The same goes on after "The chancellor said …" (role_antecedents.py) or "The 28-year-old
fractured …" (epithet_antecedents.py). A wrong person is a
wrong key, so the chain holds only when no reader could hesitate:

- the sentence before is resolved to the person by one of those rules (or by this one, up to
  MAX_LINKS sentences back), with the person as its subject: after "His father was a policeman."
  a "He" may be the father;
- both sentences are in one paragraph, and the sentence before is the article's own words (no
  line of a quotation: antecedents.sentence_before);
- the person is of the pronoun's gender, and everyone else either sentence names is of the
  other; the sentence before speaks of no one of that gender without a name ("his brother",
  "a spokesman"), and neither holds a name the analysis did not take for a person.

Everything else a statement must be statements.py decides on the sentence with the name in place.
"""

from __future__ import annotations

import re

from ..models import Analysis, Sentence
from .antecedents import (
    GENDER_OF,
    OPENING_PHRASE_RE,
    OPENING_RE,
    Resolved,
    article_apostrophe,
    known_as,
    known_genders,
    only_one_of_gender,
    resolve_opening,
    sentence_before,
    unlinked_name,
    unnamed_of_gender,
    without_connective,
)
from .epithet_antecedents import resolve_epithet
from .role_antecedents import resolve_role

# How many sentences back a chain may reach: a long run of "He …" is a profile of one person,
# but the further back the name, the likelier a reader has lost who is meant.
MAX_LINKS = 3


def resolve_chained(sentence: Sentence, analysis: Analysis, links: int = MAX_LINKS) -> Resolved | None:
    """`sentence` with "He"/"She"/"His"/"Her" at its start replaced by the person the sentence
    before was resolved to, or None when the article leaves any doubt who that is."""
    text = without_connective(sentence.text, r"(?:he|she|his|her)\s")
    match = OPENING_RE.match(text)
    previous = None if match is None else sentence_before(sentence, analysis)
    if match is None or previous is None or previous.paragraph != sentence.paragraph:
        return None
    earlier = (
        resolve_opening(previous, analysis) or resolve_role(previous, analysis) or resolve_epithet(previous, analysis)
    )
    if earlier is None and links > 1:
        earlier = resolve_chained(previous, analysis, links - 1)
    if earlier is None:
        return None
    person, gender = earlier.person, GENDER_OF[match.group("pronoun")]
    opening = OPENING_PHRASE_RE.match(earlier.text)
    subject = earlier.text[opening.end() if opening else 0 :]
    if not re.match(rf"{re.escape(known_as(person))}\s+[a-z]", subject):
        return None  # "Henry's father was a policeman.": "He" may be the father
    if known_genders(analysis).get(person.name) != gender:
        return None
    if not only_one_of_gender(person, (previous, sentence), analysis, gender):
        return None
    if unnamed_of_gender(earlier.text, person, gender) or unlinked_name(sentence, analysis):
        return None
    rest = text[match.end() :]
    if re.match(r"[a-z]+,", rest):
        return None  # "However, he said, now 45% …": a spoken aside, not a sentence once named
    if match.group("pronoun") in ("His", "Her"):
        return Resolved(f"{known_as(person)}{article_apostrophe(analysis)}s {rest}", person)
    return Resolved(f"{known_as(person)} {rest}", person)
