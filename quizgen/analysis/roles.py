"""People's roles: the noun phrases news text uses to say who someone is.

1. a title inside the name run: "Ukrainian President Volodymyr Zelenskyy", "Presidents A and B";
2. job words before the name: "London mayor Ken Livingstone", "school inspection chief David Bell",
   "US singer, actor and animal rights advocate Doris Day", "fellow students A and B" (each a student);
3. an appositive after the name: "Jason Easton, a former senior adviser to ex-prime minister Justin Trudeau,",
   "James Ford, 42, a convicted murderer", "Brett McGurk, who was Trump's special envoy";
4. a role before the name, set off by a comma: "Canada's newly elected Prime Minister, Mark Carney,",
   "the mayor of London, Sadiq Khan,", "its former chief executive, Mikhail Khodorkovsky.";
5. a role given by a verb or a noun: "Pelosi to serve as Speaker", "held the post of Speaker",
   "a Polish chef named Lukasz", "identified the suspect as X".
And an affiliation: "Roland Paris of the University of Ottawa".
A role is kept only when a job word (lexicon.role_nouns) or a title heads it: that is what keeps
clauses ("who is traveling with his wife") and lists of names ("X, Y and Z") out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Literal

from ..models import Role, Sentence, normalize
from ..rules import lexicon
from .entities import EntityIndex
from .names import NEVER_NAMES, Kind, Segment
from .role_words import (
    AGE_RE,
    AUXILIARIES,
    PARTIES,
    POSSESSIVE_RE,
    ROLE_MODIFIERS,
    STOP_WORDS,
    VERB_NOUNS,
    VERBS,
    head_is_job,
    is_job,
    is_name,
    is_role_phrase,
    modifier_ok,
    sentence_case,
    singular_forms,
    singular_title,
)

DETERMINERS = frozenset("the a an its his her their our".split())
# A comma after a fronted phrase is no apposition: "After meeting the president, X said".
FRONTED = frozenset(
    "after before with to in on at for from by during since following despite under about "
    "against without when if although because unlike like".split()
)
OF = ("of", "for", "to", "at")
APPOSITIVE_RE = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?(?:(?:now|currently|formerly|also|still|once)\s+)?"  # "X, 42," / "X, now a ..."
    r"(?P<intro>(?:a|an|the)\s+|who\s+(?:is|was|has\s+been|had\s+been)\s+(?:a\s+|an\s+|the\s+)?)?"
    r"(?P<role>[^,;:()“”\"]{3,160}?)(?=,|;|(?<![A-Z])\.\s|\.$| said\b| says\b| told\b| who\b|$)"
)
# A clause ends a role: "spokesman for X quoted in China Daily", "... that monitored the trial".
CLAUSE_RE = re.compile(
    r"\s+(?:that|which|who|whose|whom|where|when|while|until|since|because|this|last|next)\b.*$"
    r"|\s+\w+ed\s+(?:in|on|at|by|to|for|from|with|the|a|an|his|her|their|its)\b.*$"
    r"|\s+\w+ing\s+(?:the|a|an|his|her|their|its)\b.*$"
)
# After a verb the role is a short noun phrase: "worked as a restaurant critic on the paper".
AS_CUT_RE = re.compile(r"\s+(?:in|on|with|by|from|during|after|before|but|than|over|against)\b.*$")
AS_RE = re.compile(
    r"^(?:,\s+who)?(?P<gap>(?:\s+[\w'’-]+){0,6}?)\s+(?:(?:to\s+)?(?:serve[sd]?|serving|work(?:s|ed|ing)?"
    r"|act(?:s|ed|ing)?|(?:was|is|were|been|be)\s+(?:appointed|named|elected|sworn\s+in|installed)|known)\s+as"
    r"|(?:hold|holds|held|holding|resume[sd]?|resuming|assume[sd]?|assuming)\s+the\s+"
    r"(?:post|office|position|role)\s+of)"
    r"\s+(?P<rest>.+)$"
)
BECAME_RE = re.compile(r"^(?:,\s+who)?(?:\s+\w+ly)?\s+(?:became|becomes|has\s+become|had\s+become)\s+(?P<rest>.+)$")
AS_GAP_BLOCKERS = frozenset("him her them someone people anyone others you me us said says told asked".split())
NAMED_RE = re.compile(
    r"\b(?:a|an|the)\s+(?P<role>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:named|called)\s+$"  # "a Polish chef named X"
    r"|\b(?:identified|named|described)\s+(?:a|an|the)\s+(?P<object>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+as\s+"
    r"(?:(?:\d+|[a-z]+)-year-old\s+)?$"  # "police identified the suspect as 21-year-old X"
)
# An organisation after "of" is an affiliation, unless it is a piece of a longer name ("CU Boulder's").
AFFILIATION_RE = re.compile(r"^\s+(?:of|from|at)\s+(?:the\s+)?$")
CUT_NAME_RE = re.compile(r"^(?:['’]s| [A-Z]| (?:of|and|for|&) (?:the )?[A-Z])")
LIST_GAP_RE = re.compile(r"^(?:, | and |, and )$")
WORD_RE = re.compile(r"[\w.'’-]+")


def find_roles(sentences: tuple[Sentence, ...], index: EntityIndex) -> dict[str, list[Role]]:
    """Person name -> roles, in order of appearance, without repeats."""
    roles: dict[str, list[Role]] = defaultdict(list)
    found_by_sentence = defaultdict(list)
    for f in index.found:
        found_by_sentence[f.sentence].append(f.segment)
    for sentence in sentences:
        text = sentence.text
        segments = sorted(found_by_sentence[sentence.index], key=lambda s: s.start)
        for i, seg in enumerate(segments):
            if seg.kind is not Kind.PERSON:
                continue
            # "Mr Livingstone" is linked under its honorific form; the job words come before "Mr".
            name, start = seg.text, seg.start
            if seg.honorific:
                name = index.person_of.get(normalize(f"{seg.honorific} {seg.text}"), seg.text)
                start = text.rfind(seg.honorific, 0, seg.start)
            end = seg.end + (2 if seg.possessive else 0)
            for kind, role in _roles_of(text, segments, i, start, end):
                role = (role or "").strip(" ,")
                if role and text.lstrip(" \"'“‘").startswith(role):
                    role = sentence_case(role)
                if role and role.lower() != name.lower() and all(r.text.lower() != role.lower() for r in roles[name]):
                    roles[name].append(Role(text=role, sentence=sentence.index, kind=kind))
    return roles


def _roles_of(
    text: str, segments: list[Segment], i: int, start: int, end: int
) -> Iterator[tuple[Literal["title", "affiliation"], str | None]]:
    """(kind, role or None) for the person segments[i], whose name runs from `start` to `end`."""
    seg, previous = segments[i], (segments[i - 1] if i else None)
    gap = text[previous.end : start] if previous is not None else ""
    role_start = text.rfind(seg.role, 0, start) if seg.role else -1
    if seg.role and role_start >= 0:  # shape 1
        role_end = role_start + len(seg.role)
        if (
            previous is not None
            and previous.kind in (Kind.PERSON, Kind.UNKNOWN)
            and text[previous.end : role_start] == " "
        ):
            # "Deputy Emergency Situations Minister X": names.py took "Emergency Situations" for a name
            role_start = text.rfind(previous.role, 0, previous.start) if previous.role else previous.start
        yield "title", singular_title(_extend_left(text, role_start, text[role_start:role_end]))
        yield "title", _job_before(text[:role_start])  # "AU chairperson President el-Sisi"
        start = role_start
    else:  # shape 2
        yield "title", _job_before(text[:start])
        yield "title", _list_role(text, segments, i)
        party = re.search(r"\b([A-Z][a-z]+)\s$", text[:start])
        yield "title", party.group(1) if party and party.group(1) in PARTIES else None
    if previous is not None and previous.kind is Kind.TITLE and re.match(r"^(?:, | \([A-Z][\w.]{1,8}\) )$", gap):
        # shape 4 with a title: "Canada's Prime Minister, Mark Carney", "Member of Parliament (MP) X";
        # not in a list of names: "Jeremy Renner, Winston Duke, Mark Ruffalo".
        title = _extend_left(text, previous.end - len(previous.text), previous.text)
        if not re.search(r"(?:,|\band)\s*$", text[: previous.end - len(title)]):
            yield "title", title
    if previous is not None and i >= 2 and previous.kind in (Kind.ORG, Kind.PLACE) and gap == " ":
        title_segment = segments[i - 2]  # "former US Ambassador to the United Nations Nikki Haley"
        if title_segment.kind is Kind.TITLE and re.match(
            r"^ (?:of|to|for|at) (?:the )?$", text[title_segment.end : previous.start]
        ):
            begin = title_segment.end - len(title_segment.text)
            yield "title", _extend_left(text, begin, text[begin : previous.end])
    yield "title", _role_before_comma(text, start, end)  # shape 4
    yield "title", _appositive(text[end:])  # shape 3
    yield "title", _role_by_verb(text, end, segments[i + 1 :])  # shape 5
    named = NAMED_RE.search(text[:start])
    if named and head_is_job(named.group("role") or named.group("object")):
        yield "title", named.group("role") or named.group("object")
    following = segments[i + 1] if i + 1 < len(segments) else None
    if (
        following is not None
        and following.kind is Kind.ORG
        and AFFILIATION_RE.match(text[end : following.start])
        and not CUT_NAME_RE.match(text[following.end :])
    ):
        yield "affiliation", following.text


def _extend_left(text: str, role_start: int, role: str) -> str:
    """Add what is written before a title: 'former' + 'U.S. President', "the United Kingdom's" + 'Queen';
    but no job words: "AU chairperson" and "President" in "AU chairperson President X" are two roles."""
    begin = _modifiers_before(text, list(WORD_RE.finditer(text[:role_start])), role_start, title=True)
    return text[begin:role_start] + role


def _job_before(prefix: str, plural: bool = False) -> str | None:
    """'London mayor ', 'US singer, actor and animal rights advocate ' right before a name.
    With `plural`, a plural job word ('fellow students ') is made singular."""
    prefix = re.sub(r" \([^()]{1,40}\) $", " ", prefix)  # "Labour MP (Member of Parliament) Tom Watson"
    words = list(WORD_RE.finditer(prefix))
    if not words or prefix[words[-1].end() :] != " ":
        return None
    for size in (3, 2, 1):
        if len(words) >= size and prefix[words[-size].start() : words[-1].end()].count(" ") == size - 1:
            head = " ".join(w.group() for w in words[-size:])
            if is_job(head) or (size > 1 and head in lexicon.titles()):  # "Member of Parliament (MP) X"
                break
            singular = (
                [f for f in singular_forms(head) if is_job(f) and f not in VERB_NOUNS] if plural and size == 1 else []
            )
            if singular:
                head = singular[0]
                break
    else:
        return words[-1].group() if AGE_RE.match(words[-1].group()) and not plural else None  # "19-year-old X"
    job_begin = begin = _modifiers_before(prefix, words[:-size], words[-size].start())
    while True:  # a list of job words before it: "singer, actor, and " + "animal rights advocate"
        item = re.search(r"(?:^|\s)([\w'’/-]+(?: [\w'’/-]+){0,2})(?:,? (?:and|or) |, )$", prefix[:begin])
        item_words = item.group(1).split() if item else [""]
        if not item or not is_job(item_words[-1]) or not all(map(modifier_ok, item_words[:-1])):
            break
        begin = _modifiers_before(prefix, list(WORD_RE.finditer(prefix[: item.start(1)])), item.start(1))
    before = prefix[:begin].rstrip()
    if begin < job_begin and before and before[-1].isalnum() and before.rsplit(" ", 1)[-1].lower() not in STOP_WORDS:
        begin = job_begin  # the list must open its clause: not "He thanked his wife, and coach X"
    return (prefix[begin : words[-size].start()] + head).strip() if plural else prefix[begin:].strip()


def _modifiers_before(prefix: str, words: list[re.Match[str]], begin: int, title: bool = False) -> int:
    """Where the modifiers of a job word start: capitalised names, 'former', 'school inspection' (not
    before a `title`)."""
    starts, taken = [m.start() for m in words] + [begin], list[int]()  # taken: lowercase modifiers, right to left
    k, named = len(words), False  # named: a capitalised word is taken ("Tory" of "Tory co-chairman")
    while k > 0:
        k -= 1
        word, lower = words[k].group(), words[k].group().lower()
        if prefix[words[k].end() : begin] != " ":
            break
        initial = not prefix[: words[k].start()].strip(" \"'“‘([—–-")  # a capital that says nothing
        if (
            word[0].isupper()
            and word not in NEVER_NAMES
            and not (initial and lower in lexicon.common_words() and not is_name(word) and word not in PARTIES)
        ):
            begin = words[k].start()
            named = True
        elif (
            (not word[0].isupper() or initial)
            and modifier_ok(word)
            and (len(taken) < 3 or lower in ROLE_MODIFIERS)
            # left of a name only "former", "senior": "at their poster launch Tory co-chairman X"
            # is no "poster launch Tory co-chairman" (41st pre-review, bbc_politics_262)
            and (not named or word[0].isupper() or lower in ROLE_MODIFIERS)
            and (
                not title
                or lower in ROLE_MODIFIERS  # before a title only "former", and "Prime" of "Prime Minister"
                or f"{word} {prefix[begin:]}".startswith(tuple(lexicon.titles()))
            )
        ):
            taken.append(k)
            begin = words[k].start()
        elif (
            lower in ("of", "for")
            and k >= 1
            and words[k - 1].group()[0].isupper()
            and words[k - 1].group() not in NEVER_NAMES
            and prefix[begin].isupper()
        ):
            begin = words[k].start()  # "Johns Hopkins Center for Health Security medical anthropologist"
        elif (
            lower == "and"
            and taken
            and k >= 2
            and words[k - 1].group().islower()
            and modifier_ok(words[k - 1].group())
            and words[k - 2].group()[0].isupper()
            and words[k - 2].group() not in NEVER_NAMES
        ):
            k -= 1  # "AU trade and industry commissioner": two nouns joined, a name before them
            taken.append(k)
            begin = words[k].start()
        else:
            verb = words[taken[-1]].group().lower() if taken else ""
            if (
                lower in AUXILIARIES
                and verb
                and verb not in ROLE_MODIFIERS
                and not verb.startswith("ex-")
                and not prefix[: words[k].start()].endswith("according ")
            ):
                begin = starts[taken[-1] + 1]  # "will discipline striker X": that first word was a verb
            break
    return begin


def _list_role(text: str, segments: list[Segment], i: int) -> str | None:
    """'fellow students Ryan Crabbe and Gordon Rennie': a plural job word names each one listed."""
    j = i
    while j > 0:
        prev, gap = segments[j - 1], text[segments[j - 1].end : segments[j].start]
        if (
            prev.kind in (Kind.PLACE, Kind.ORG)
            and j >= 2
            and text[segments[j - 2].end : prev.start] == " of "
            and LIST_GAP_RE.match(gap)
            and segments[j - 2].kind in (Kind.PERSON, Kind.UNKNOWN)
        ):
            j -= 2  # "Muhammadu Buhari of Nigeria and Patrice Talon"
        elif prev.kind in (Kind.PERSON, Kind.UNKNOWN) and LIST_GAP_RE.match(gap):
            j -= 1
        else:
            break
    after = segments[i + 1] if i + 1 < len(segments) else None
    if j == i and not (
        after is not None and after.kind is Kind.PERSON and LIST_GAP_RE.match(text[segments[i].end : after.start])
    ):
        return None  # not in a list
    first = segments[j]
    if first.kind is Kind.PERSON and first.role:
        return singular_title(first.role) if j < i and first.role != singular_title(first.role) else None
    job = _job_before(text[: first.start], plural=True)
    return job if job != _job_before(text[: first.start]) else None


def _role_before_comma(text: str, start: int, end: int) -> str | None:
    """'the mayor of London, ' or "Day's son, " before a name in apposition (a comma or stop after it)."""
    prefix = text[:start]
    if not prefix.endswith(", ") or not re.match(r"^(?:[,.;)]|\s\(|$)", text[end:]):
        return None
    chunk = prefix[:-2]
    clause = re.split(r"[,;:()“”\"—–]", chunk)[-1].split()
    opener = clause[0].lower() if clause else ""
    if opener in FRONTED or (opener.endswith(("ing", "ed")) and opener != "according"):
        return None  # "Speaking to the reporter, X": the comma ends a fronted phrase, not an apposition
    begin, owner, head_seen = len(chunk), False, False  # owner: a possessive was taken ("Day's son")
    words = list(WORD_RE.finditer(chunk))
    for k in range(len(words) - 1, -1, -1):
        word, lower = words[k].group(), words[k].group().lower()
        if chunk[words[k].end() : begin].strip():
            break  # punctuation opens the apposition
        if lower in DETERMINERS:
            if head_seen or k == 0 or words[k - 1].group().lower() not in OF:
                break  # "its former chief executive"; but "the chief executive of the airline" goes on
        elif owner:
            if not word[0].isupper() or word in NEVER_NAMES:
                break
        elif POSSESSIVE_RE.search(word) and head_seen:
            owner = True  # "the company's chief executive"
        elif lower in OF:
            if begin == len(chunk):
                return None
        elif lower in STOP_WORDS or lower in VERBS or not (word[0].isupper() or modifier_ok(word)):
            return None
        begin = words[k].start()
        head_seen = head_seen or is_job(word)
    phrase = chunk[begin:]
    # A lowercase job word only: in "Jeremy Renner, Winston Duke, Mark Ruffalo" "Duke" is a title
    # in a list of names (capitalised titles come as TITLE segments).
    return phrase if phrase and head_is_job(phrase, titles=False) else None


def _appositive(after: str) -> str | None:
    """', a former senior adviser to ...,' or ', who was Trump's special envoy ...' after a name."""
    match = APPOSITIVE_RE.match(after)
    role = CLAUSE_RE.sub("", match.group("role")).strip() if match else ""
    return role if match and role and is_role_phrase(role, bool(match.group("intro"))) else None


def _role_by_verb(text: str, end: int, following: list[Segment]) -> str | None:
    """'Pelosi to serve as Speaker with 220 votes', 'who held the post of Speaker this past term'."""
    match = AS_RE.match(text[end:]) or BECAME_RE.match(text[end:])
    if not match or set((match.groupdict().get("gap") or "").lower().split()) & AS_GAP_BLOCKERS:
        return None
    if any(s.kind is Kind.PERSON and s.start < end + match.start("rest") for s in following):
        return None  # "X asked Y to serve as ...": Y is the one who serves
    rest = re.split(r"[,;:()“”\"]|\.(?:\s|$)", match.group("rest"), maxsplit=1)[0]
    rest = AS_CUT_RE.sub("", CLAUSE_RE.sub("", rest))
    # "the drummer and co-founder of Cream" is one role; "Speaker and held the post" ends at "and".
    joint = next((j for j in re.finditer(r"\s+and\s+(\S+)", rest) if not is_job(j.group(1))), None)
    role = re.sub(r"^(?:a|an|the)\s+", "", rest[: joint.start()] if joint else rest).strip()
    if not role or (match.re is BECAME_RE and not head_is_job(role)):
        return None  # "became the first woman to ...": a description, not a job
    return role if is_role_phrase(role, article=True) else None  # no list of names after a verb
