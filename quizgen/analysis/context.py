"""The kind of a name from the words around it in its sentence.

names.segment() types what the word lists know; the rest stays UNKNOWN until its context
says more. Strong evidence ("X said", "security firm X", "X manager", "the towns of X") is
read first; a name typed that way keeps its kind everywhere in the article (entities.py).
Weak evidence ("in X") only types what nothing else explains: "to Fightstar" is a place
only if the article never calls Fightstar a band. Rules over the sequence of names in a
sentence (lists of one kind, "X of Y" affiliations) are in name_sequences.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..rules import lexicon
from .names import Kind, Segment

SPEECH_AFTER_RE = re.compile(
    r"^,?\s+(?:\w+ly\s+)?(said|says|told|tells|added|adds|wrote|writes|explained|argued|warned|insisted|claimed|continued|replied|asked|noted|stated|tweeted)\b"
)
SPEECH_BEFORE_RE = re.compile(r"\b(said|says|according to|added|told)\s*$")
APPOSITIVE_RE = re.compile(r"^,\s+(?:a|an|the|who\s+(?:is|was|has been))\s+(?:[\w'’-]+\s+){0,6}?(\w+)")
# "the El Paso mayor, Dee Margo,": a job noun, a comma, then the name and another comma.
ROLE_THEN_NAME_RE = re.compile(r"\b([a-z][a-z-]+),\s$")
WHO_AFTER_RE = re.compile(r"^,\s+who\s")  # "Ric Grech, who joined later"
# "Brenton Tarrant, aged 28, appeared", "Ana Costa, 45, said": an age after a name.
AGE_AFTER_RE = re.compile(r"^,\s+(?:aged\s+)?\d{1,3},")
# "a university student named Wong", "their two sons Wyatt and Zachary": a lone name after a
# noun for a person. Relatives by name, and "named" after a job or a person word.
KIN_BEFORE_RE = re.compile(
    r"\b(?:sons?|daughters?|children|brothers?|sisters?|siblings|grandsons?|granddaughters?|grandchildren|"
    r"wife|husband|partner|twins)\s*,?\s$"
)
NAMED_BEFORE_RE = re.compile(r"\b([a-z][a-z-]+)\s+named\s$")
PERSON_WORDS = frozenset("man woman boy girl person child baby teenager student".split())
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|its|their|\w+['’]s)\s$", re.I)
PLACE_PREPOSITION_RE = re.compile(
    r"\b(?:in|at|near|outside|across)\s+(?:the\s+)?$"
    # "to" and "from" only after a journey: "flew to X", not "with How to Dismantle" or "from Eminem"
    r"|\b(?:travel(?:led|ed|s|ling)?|fl(?:ew|y|own|ights?)|mov(?:ed|e|ing)|return(?:ed|s|ing)?|came|come|went|"
    r"go(?:ing)?|head(?:ed|ing)|fled|flee(?:ing)?|arriv(?:ed|ing)|deported|evacuated|miles|km|kilometres|"
    r"kilometers|trips?|visits?|journey|route|road|border|way)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?$"
)
# "the towns of Beni, Butembo and Katwa", "the city of Rotterdam".
PLACE_NOUN_BEFORE_RE = re.compile(
    r"\b(?:towns?|city|cities|villages?|provinces?|regions?|states?|districts?|counties|county|"
    r"islands?|suburbs?|municipality|neighbourhoods?|neighborhoods?)\s+(?:of|including|such\s+as)\s+$"
    r"|\b(?:residents|inhabitants|outskirts|mayor|streets)\s+of\s+$"
)
# "analysts at Barclays", "data from Kantar": where people work or figures come from is an
# organisation, not a place.
ORG_SOURCE_BEFORE_RE = re.compile(
    r"\b(?:analysts?|economists?|researchers?|scientists?|experts?|strategists?|executives?|engineers?|"
    r"data|figures|research|report|survey|poll|analysis|statement|funding|support)\s+(?:at|from)\s+(?:the\s+)?$",
    re.I,
)
# "security firm Sophos", "pop band Busted", "magazine The Bark", "chains Woolworths and Coles".
ORG_NOUN_BEFORE_RE = re.compile(
    r"\b(firms?|compan(?:y|ies)|bands?|supergroup|groups?|magazines?|newspapers?|tabloid|journals?|"
    r"chains?|supermarkets?|retailers?|giants?|websites?|site|carmakers?|airlines?|lenders?|insurers?|"
    r"label|studios?|publishers?|charity|charities|start-?ups?|manufacturers?|conglomerates?|"
    r"operators?|brands?|clubs?|outfits?|consultancy|watchdog|regulator|agency|agencies|authority|"
    r"party|parties|movement|militia|faction|alliance|coalition|association|foundation|institute|"
    r"think[- ]?tank|daily|dailies|broadcasters?|unions?|ruling)\s+(?:The\s+)?$"
)
ORG_NOUN_LONGEST = 16  # characters of the longest noun it or ORG_SOURCE_BEFORE_RE looks for, and more
# "The Independent newspaper", "Grateful Dead drummer", "Everton manager", "Chelsea defender".
ORG_NOUN_AFTER_RE = re.compile(
    r"^\s+(newspaper|magazine|journal|tabloid|band|drummer|guitarist|bassist|frontman|keyboardist|singer|vocalist|"
    r"manager|boss|coach|striker|defender|midfielder|goalkeeper|winger|full-back|fly-half|skipper|"
    r"captain|chairman|vice-chairman|supporters|fans|players?|squad|team-mates?|spokes(?:man|woman|person)|"
    r"chief executive|shareholders|share price|website|headquarters|subscribers)\b"
)
# Of these, a team word makes even a listed place a club or a national side ("Italy coach"),
# but not "Hollywood player" or "Texas fans".
SPORT_NOUNS = frozenset(
    "manager boss coach striker defender midfielder goalkeeper winger full-back fly-half skipper captain squad".split()
)
# "Tesco said its profits rose": "its" makes the speaker an organisation.
SAID_ITS_RE = re.compile(
    r"^,?\s+(?:\w+ly\s+)?(?:said|says|added|announced|reported|confirmed|denied|warned|admitted|insisted)\s+"
    r"(?:that\s+|on\s+\w+\s+)?its\b"
)
# "Tesco, the UK's biggest supermarket,": an appositive ending in an organisation noun.
ORG_APPOSITIVE_RE = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:firm|company|group|retailer|bank|carmaker|airline|"
    r"supermarket|chain|band|newspaper|broadcaster|charity|website|network|agency|manufacturer|maker|"
    r"operator|insurer|lender|publisher|label|studio|club|party|organi[sz]ation|giant|conglomerate|"
    r"start-?up|think[- ]?tank|watchdog|regulator)(?=[,.;]|\s+(?:which|that|whose|based|in|of|with|and|said|says)\b)"
)
# "Kimberly-Clark, which makes Kleenex": a maker is a company.
ORG_CLAUSE_AFTER_RE = re.compile(
    r"^,?\s+(?:which|that)\s+(?:also\s+)?(?:makes|made|produces|produced|owns|owned|operates|sells|sold|"
    r"manufactures|publishes|published|employs|runs)\b"
)
# "the James Webb space telescope", "the Doris Day show": a thing named after a person.
NAMED_THING_AFTER_RE = re.compile(
    r"^\s+(?:space\s+)?(?:telescope|spacecraft|probe|show|award|prize|trophy|stadium|airport|building|"
    r"(?:oil\s+|gas\s+)?field)\b"
)
# "the Ural region", "the Donbas region": a lowercase place noun after a name.
PLACE_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:region|province|district|county|peninsula|valley|mountains|desert|coast|oblast)\b"
)
# "Tesco's chief executive", "Billboard's pop chart", "shares in BP".
ORG_POSSESSIVE_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(chief executive|chairman|shareholders|shares|board|profits?|revenues?|"
    r"subsidiary|headquarters|website|customers|subscribers|chart)\b"
)
ORG_PREPOSITION_RE = re.compile(
    r"\b(?:shares (?:in|of)|stake in|takeover of|subsidiary of|published\s+(?:\w+\s+){0,2}in)\s+$"
)
# A word of every match of ORG_PREPOSITION_RE: most texts hold none, and are not searched.
ORG_PREPOSITION_WORDS = ("shares", "stake", "takeover", "subsidiary", "published")
# Words for storms and operations: "Hurricane Katrina" names an event, not a place.
EVENT_WORDS = frozenset("Hurricane Storm Typhoon Cyclone Tropical Operation Tropical".split())
# A place name is not followed by a number ("Fahrenheit 9/11", "Apollo 11").
NUMBER_AFTER_RE = re.compile(r"^\s+\d")
LANGUAGE_ENDING_RE = re.compile(r"(?:ic|ish|ese)$")
NATURAL_FEATURE_AFTER_RE = re.compile(r"^\s+(?:rainforest|river|basin|jungle|region)\b")


def strong(text: str, seg: Segment) -> Segment:
    """A segment's kind from strong context, or the segment unchanged."""
    after, before = _after(text, seg), text[: seg.start]
    words = seg.text.split()
    if seg.kind is Kind.UNKNOWN or _overridable_person(seg):
        org = _org_context(before, after, seg)
        if org:
            return replace(seg, kind=Kind.ORG)
    if _overridable_person(seg) and NAMED_THING_AFTER_RE.match(after):
        return replace(seg, kind=Kind.UNKNOWN)  # "the James Webb space telescope"
    if seg.kind is Kind.PLACE and " " not in seg.text and not seg.possessive:
        match = ORG_NOUN_AFTER_RE.match(after)
        if match and match.group(1) in SPORT_NOUNS:
            return replace(seg, kind=Kind.ORG)  # "Italy coach John Kirwan": the national side
    if seg.kind is Kind.ORG and " " not in seg.text and NATURAL_FEATURE_AFTER_RE.match(after):
        return replace(seg, kind=Kind.PLACE)  # "the Amazon rainforest" is no company
    if seg.kind is Kind.ORG and seg.text.isupper() and after.startswith("$"):
        return replace(seg, kind=Kind.UNKNOWN)  # "CDN$11,000", "NZ$5": a currency's prefix
    if seg.kind is not Kind.UNKNOWN:
        return seg
    all_capitalised = all(w[0].isupper() for w in words)
    if 2 <= len(words) <= 4 and all_capitalised and ends_like_a_name(words):
        if _job_word_before(before) and (not has_common_word(words[:1]) or not has_common_word(words[-1:])):
            # "rock drummer Ginger Baker", "prosecutor Josh Bash", "ecologist Chip Taylor"
            return replace(seg, kind=Kind.PERSON)
        # "the Doris Day Show said": a name after a determiner is a thing's name.
        determined = DETERMINER_BEFORE_RE.search(before)
        # A surname may be a common word ("Kent Walker") when a given name comes first.
        checked = words[:-1] if words[0] in lexicon.given_names() else words
        if (
            not has_common_word(checked)
            and not determined
            and (
                SPEECH_AFTER_RE.search(after)
                or SPEECH_BEFORE_RE.search(before)
                or _appositive_role(after)
                or _role_then_name(before, after)
                or WHO_AFTER_RE.match(after)
                or AGE_AFTER_RE.match(after)
            )
        ):
            return replace(seg, kind=Kind.PERSON)
    if len(words) == 1 and words[0][0].isupper() and not has_common_word(words) and person_noun_before(before):
        return replace(seg, kind=Kind.PERSON)  # "a university student named Wong"
    # "classical composer Mozart", "model Caprice"; not an award: "her second best actress Oscar"
    job = re.search(r"(?<!\bbest )(?<!\bsupporting )\b([a-z]+)\s$", before)
    if len(words) == 1 and words[0].istitle() and job and job.group(1) in lexicon.one_name_jobs():
        return replace(seg, kind=Kind.PERSON)
    if (
        len(words) <= 3
        and all_capitalised
        and (PLACE_NOUN_BEFORE_RE.search(before) or (before.endswith("the ") and PLACE_NOUN_AFTER_RE.match(after)))
    ):
        return replace(seg, kind=Kind.PLACE)
    return seg


def weak(text: str, seg: Segment) -> Segment:
    """An unknown segment's kind from a preposition or a following region ("Kananaskis, Alberta")."""
    if seg.kind is not Kind.UNKNOWN or seg.sentence_initial:
        return seg
    after, before = _after(text, seg), text[: seg.start]
    words = seg.text.split()
    if len(words) > 3 or not all(w[0].isupper() for w in words) or words[0] in EVENT_WORDS:
        return seg
    if len(words) == 1 and re.search(r"\w[-–][A-Z]", seg.text):
        return seg  # "the Ferguson-Wenger saga", "PKK-YPG": two names joined, not a place
    if NUMBER_AFTER_RE.match(after) or (len(words) == 1 and LANGUAGE_ENDING_RE.search(seg.text)):
        return seg  # "Fahrenheit 9/11", "in Aramaic"
    if region_follows(after):
        return replace(seg, kind=Kind.PLACE)
    match = PLACE_PREPOSITION_RE.search(before)
    if match and not has_common_word(words):
        if before.endswith("the ") and re.match(r"^\s+[a-z]", after) and not seg.possessive:
            return seg  # "in the Ferguson-Wenger saga": a modifier of the noun after it
        return replace(seg, kind=Kind.PLACE)
    return seg


def _after(text: str, seg: Segment) -> str:
    return text[seg.end + (2 if seg.possessive else 0) :]


def _overridable_person(seg: Segment) -> bool:
    """A person typed only by a given name at its start ('band Green Day' beats 'Green')."""
    return seg.kind is Kind.PERSON and not seg.role and not seg.honorific


def _org_noun_at_end(before: str) -> bool:
    """ORG_NOUN_BEFORE_RE.search(before), searching only the end: a match ends with spaces and
    perhaps "The " (no noun of it ends in "The"), so its noun ends where `tail` ends and starts at
    most ORG_NOUN_LONGEST characters earlier. The pattern looked for at every word of a long text
    was the analysis's costliest search."""
    tail = before.rstrip()
    if tail.endswith("The"):
        tail = tail[:-3].rstrip()
    return ORG_NOUN_BEFORE_RE.search(before, max(0, len(tail) - ORG_NOUN_LONGEST)) is not None


def _org_source_at_end(before: str) -> bool:
    """ORG_SOURCE_BEFORE_RE.search(before), searching only the end, as _org_noun_at_end: its word
    ends before "at"/"from" and perhaps "the" (which only ASCII letters match, ignoring case)."""
    tail = before.rstrip()
    if tail[-3:].lower() == "the":
        tail = tail[:-3].rstrip()
    if tail[-2:].lower() == "at":
        tail = tail[:-2].rstrip()
    elif tail[-4:].lower() == "from":
        tail = tail[:-4].rstrip()
    else:
        return False
    return ORG_SOURCE_BEFORE_RE.search(before, max(0, len(tail) - ORG_NOUN_LONGEST)) is not None


def _org_context(before: str, after: str, seg: Segment) -> bool:
    if seg.sentence_initial and seg.kind is not Kind.UNKNOWN:
        return False
    if _org_noun_at_end(before) or (
        any(w in before for w in ORG_PREPOSITION_WORDS) and ORG_PREPOSITION_RE.search(before)
    ):
        return True
    if seg.kind is Kind.UNKNOWN and _org_source_at_end(before):
        return True
    if seg.possessive:
        return seg.kind is Kind.UNKNOWN and bool(ORG_POSSESSIVE_RE.match(after))
    if seg.kind is Kind.UNKNOWN and (
        ORG_NOUN_AFTER_RE.match(after)
        or ORG_CLAUSE_AFTER_RE.match(after)
        or SAID_ITS_RE.match(after)
        or ORG_APPOSITIVE_RE.match(after)
    ):
        return True
    # "of The Rolling Stones": a plural name after a capitalised "The" inside a sentence is a
    # band or a team.
    words = seg.text.split()
    after_the = before.endswith("The ") and before[:-4].strip(" \"'“‘([—–-") != ""
    if words[0] == "The" and len(words) > 1 and not seg.sentence_initial:
        after_the, words = True, words[1:]
    return seg.kind is Kind.UNKNOWN and after_the and words[-1].endswith("s") and not words[-1].endswith("ss")


def ends_like_a_name(words: list[str]) -> bool:
    """'Promotions Coordinator' ends in a job, 'Strategy Unit' in an organisation word."""
    last = words[-1]
    return last.lower() not in lexicon.role_nouns() and last not in lexicon.org_words()


def _job_word_before(before: str) -> bool:
    """'Arsenal boss Arsene Wenger', 'reporter Oliver Finegold', 'study co-author Ted Scambos'."""
    match = re.search(r"\b([a-z][a-z-]+)\s$", before)
    if not match:
        return False
    word = match.group(1)
    nouns = lexicon.role_nouns()
    singular = word[:-1] if word.endswith("s") else word  # "visual artists Moth Monarch and …"
    return word in nouns or singular in nouns or (word.split("-")[-1] in nouns and "-" in word)


def person_noun_before(before: str) -> bool:
    """'his son Wyatt', 'a student named Wong': a lone name right after a word for a person."""
    if KIN_BEFORE_RE.search(before):
        return True
    named = NAMED_BEFORE_RE.search(before)
    return named is not None and (named.group(1) in PERSON_WORDS or named.group(1) in lexicon.role_nouns())


def _role_then_name(before: str, after: str) -> bool:
    match = ROLE_THEN_NAME_RE.search(before)
    return match is not None and match.group(1) in lexicon.role_nouns() and after.startswith(",")


def _appositive_role(after: str) -> bool:
    match = APPOSITIVE_RE.match(after)
    if not match:
        return False
    clause = after[: after.find(",", 1) if after.find(",", 1) > 0 else len(after)].lower()
    return bool(_role_noun_word_re().search(clause))


@cache
def _role_noun_word_re() -> re.Pattern[str]:
    """Any role noun as a whole word: one pattern for them all, compiled once."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(noun) for noun in sorted(lexicon.role_nouns()))})\b")


COMMA_SPACE_RE = re.compile(r"^,\s+")


def region_follows(after: str) -> bool:
    """', Alberta', ', Texas': a country or region right after a comma."""
    return bool(COMMA_SPACE_RE.match(after[:40])) and _starts_with_place(after[1:40].lstrip())


def _starts_with_place(text: str) -> bool:
    for length in (3, 2, 1):
        phrase = " ".join(re.findall(r"[\w.'’-]+", text)[:length])
        if lexicon.place_kind(phrase) in ("country", "region"):
            return True
    return False


def has_common_word(words: list[str]) -> bool:
    common = lexicon.common_words()
    given = lexicon.given_names()
    return any(w.lower() in common and w not in given for w in words)
