"""A sentence that opens on "It", "Its" or "The company" read with the organisation it stands for.

"Eidos announced a new game on Monday. It said the game would ship in March." gives the
statement "Eidos said the game would ship in March." A wrong organisation is a wrong key, and
"it" stands for anything, so the organisation is resolved only when no reader could hesitate:

- the sentence before is the article's own words, in the same paragraph or ending the one
  before, with no quotation mark in it (a sentence right after a quotation may go on with it);
- it names the organisation as its subject ("Channel Tunnel operator Eurotunnel has seen …",
  "Metrovias, the private firm which runs …, has offered …"): the name followed by a verb, not
  by a noun it qualifies ("Ericsson shares dropped", "The IPPR report points");
- it names no other organisation, no person's or product's name the analysis did not take
  for an organisation ("Nintendo DS", "Halo 2"), and no place but after a preposition ("in
  London"); for a paragraph that opens on the pronoun, the paragraph before names no other
  organisation either;
- "It" goes on with a verb only an organisation does (rules/data/body_verbs.txt: "said",
  "employs", "acquired"), so "it" is no dummy ("It is thought …", "It emerged …", "It was the
  first time …") and no thing the sentence before spoke of ("a new game", "the deal", "the
  law": a game ships, a deal collapses, a law comes into force; none of them "said");
- "The company", "The firm" and "The group" stand for a body of any kind; "The bank" only for
  one whose name says it is a bank ("Deutsche Bank"), and "The club" for a club's.

Everything else a statement must be (no hedge, no quotation, …) statements.py decides on
the sentence with the name in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Analysis, Organization, Sentence
from ..rules import lexicon
from ..rules.verbs import base_of_present, past_or_auxiliary
from .antecedents import OPENING_PHRASE_RE, QUOTE_MARK_RE, article_apostrophe, sentence_before, without_connective
from .text import find_form, whole_words

# "It said …", "Its shares rose …", "The company also said …"; a lowercase word follows.
OPENING_RE = re.compile(r"^(?:(?P<pronoun>It|Its)|The\s+(?P<noun>company|firm|group|bank|club))\s+(?=[a-z])")
# What the noun of "The bank …" or "The club …" asks of the name.
NAME_SAYS = {"bank": re.compile(r"\bBank\b"), "club": re.compile(r"\b(?:Club|FC|AFC|United|City|Rovers)\b")}
# Between "It" and its verb: an adverb of time or degree, or an auxiliary of the perfect.
ADVERBS = r"(?:(?:also|now|later|then|previously|recently|already|still|has|had|last\s+year|this\s+year)\s+)*"
# What may stand before the organisation's name besides a date opening: words of a title
# ("Channel Tunnel operator", "Japanese electronics giant", "The").
TITLE_WORD_RE = re.compile(r"^(?:[A-Z][\w&.'’-]*|the|a|an|[a-z]+(?:-[a-z]+)*)$")
NOT_TITLE = frozenset(
    "in on at of for from to with by about after before over under into than as and or but that which who whom "
    "whose said says has have is are were be been do does did shares stake chief boss head".split()
)
# A place the sentence before names after one of these is where something happened, not a
# body that could speak ("opened a plant in Wales").
# Things that speak as a body does ("The report said …", "The law bans …"): when the sentence
# before names one, "It said" may be it.
SPEAKING_THING_RE = re.compile(
    r"\b(?:report|study|survey|poll|statement|letter|document|paper|book|website|site|blog|filing|lawsuit|suit|"
    r"complaint|ruling|judgment|judgement|decision|verdict|law|bill|act|directive|rule|regulation|plan|scheme|deal|"
    r"agreement|contract|treaty|proposal|memo|note|e-mail|email|advert|advertisement|ad|campaign|programme|program|"
    r"show|film|album|game|software|system|device|service|product|index|fund|project|study|review|inquiry|"
    r"investigation|probe|audit|analysis|research|guide|manual|policy|strategy|budget|charter|code|licence|license)s?\b",
    re.I,
)
PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|at|near|across|throughout|from|to|into|outside)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class ResolvedBody:
    """The sentence with its opening pronoun replaced, and the organisation it stands for."""

    text: str
    organization: Organization


def resolve_body(sentence: Sentence, analysis: Analysis) -> ResolvedBody | None:
    """`sentence` with "It"/"Its"/"The company" at its start replaced by the organisation meant,
    or None when the article leaves any doubt which that is."""
    text = without_connective(sentence.text, r"(?:it|its|the\s+(?:company|firm|group|bank|club))\s")
    match = OPENING_RE.match(text)
    previous = None if match is None else sentence_before(sentence, analysis)
    if match is None or previous is None or QUOTE_MARK_RE.search(previous.text):
        return None
    if match.group("pronoun") and SPEAKING_THING_RE.search(previous.text):
        return None  # "Greenpeace published a report on Monday. It said …": the report may speak
    body = _subject(previous, analysis)
    if body is None or not _alone(body, previous, analysis):
        return None
    if previous.paragraph != sentence.paragraph:
        before = (s for s in analysis.sentences if s.paragraph == previous.paragraph)
        if any(o.name != body.name for s in before for o in analysis.by_sentence[s.index].organizations):
            return None
    rest = text[match.end() :]
    if match.group("pronoun") == "It" and not _acts(rest):
        return None
    noun = match.group("noun")
    if noun in NAME_SAYS and not NAME_SAYS[noun].search(body.name):
        return None
    if match.group("pronoun") == "Its":
        return ResolvedBody(f"{body.name}{article_apostrophe(analysis)}s {rest}", body)
    return ResolvedBody(f"{body.name} {rest}", body)


def _acts(rest: str) -> bool:
    """'said …', 'also said …', 'has acquired …': a verb only an organisation does."""
    verb = re.match(rf"{ADVERBS}([a-z]+)\b", rest)
    return verb is not None and verb.group(1) in lexicon.body_verbs()


def _subject(previous: Sentence, analysis: Analysis) -> Organization | None:
    """The only organisation the sentence names, when it is the sentence's subject."""
    bodies = analysis.by_sentence[previous.index].organizations
    if len({b.name for b in bodies}) != 1:
        return None
    body, text = bodies[0], previous.text
    found = min((span for f in body.forms if (span := find_form(text, f))), default=None)
    if found is None:
        return None
    opening = OPENING_PHRASE_RE.match(text)
    before = text[opening.end() if opening else 0 : found[0]].split()
    if len(before) > 5 or not all(_title_word(w) for w in before):
        return None  # "Shares in Microsoft rose …", "Microsoft's …": the body is not the subject
    return body if _verb_follows(text[found[1] :]) else None


def _title_word(word: str) -> bool:
    """'Scandal-hit', 'jet', 'supplier', 'The', 'Channel': a word of a title, not a preposition
    ('Shares in'), a verb or an owner ('Henry's')."""
    if not TITLE_WORD_RE.match(word) or word.endswith(("'s", "’s", ",")):
        return False
    return word[0].isupper() or word in ("the", "a", "an") or not (word in NOT_TITLE or past_or_auxiliary(word))


def _verb_follows(after: str) -> bool:
    """', the private firm which runs …, has offered' or ' has seen': a verb next, not a noun the
    name qualifies ('shares dropped', 'report points') nor a second name ('and Yukos')."""
    after = re.sub(r"^,\s[^,“”\"]{1,90},", "", after)
    words = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", after)
    if words is None or words.group(1) in ("and", "or", "nor"):
        return False
    first, second = words.group(1), words.group(2) or ""
    if first in ("is", "was", "has", "had", "will", "also", "now") or first in lexicon.body_verbs():
        return True
    if past_or_auxiliary(first):
        return True
    # "Wippit offers a download …" but not "Ericsson shares dropped …"
    return base_of_present(first) is not None and not past_or_auxiliary(second)


def _alone(body: Organization, previous: Sentence, analysis: Analysis) -> bool:
    """The sentence before speaks of no other body "it" could be: no place but after a
    preposition, and no capitalised name past its first word that the analysis does not cover."""
    text = previous.text
    facts = analysis.by_sentence[previous.index]
    for place in facts.places:
        for start, _ in (span for f in place.forms for span in whole_words(text, f)):
            if not PLACE_PREPOSITION_RE.search(text[:start]):
                return False
    others = (o for o in analysis.organizations if o.name != body.name)
    if any(next(whole_words(text, f), None) for o in others for f in o.forms):
        return False  # a second body the analysis found elsewhere in the article
    covered = [span for e in (body, *facts.people, *facts.places) for f in e.forms for span in whole_words(text, f)]
    covered += [(m.start, m.end) for m in (*facts.dates, *facts.numbers)]
    for word in re.finditer(r"(?<=\s)(?:[A-Z]|[a-z]+[A-Z])[\w’'-]*", text):
        if not any(a <= word.start() < b for a, b in covered) and word.group(0).lower() not in lexicon.common_words():
            return False  # "Nintendo DS", "Halo 2", "iPod": a product the analysis did not name
    return True
