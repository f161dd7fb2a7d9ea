"""People's roles, from the four shapes news text gives them in.

1. a title inside the name run: "Ukrainian President Volodymyr Zelenskyy", "former U.S. President Donald Trump";
2. a lowercase job word before the name: "London mayor Ken Livingstone", "reporter Oliver Finegold";
3. an appositive after the name: "Jason Easton, a former senior adviser to ex-prime minister Justin Trudeau,";
4. a title before the name, set off by a comma: "Canada's newly elected Prime Minister, Mark Carney,".
And an affiliation: "Roland Paris of the University of Ottawa".
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Role, Sentence
from ..rules import lexicon
from .entities import EntityIndex
from .names import Kind

# Words that may stand before a title and belong to the role ("former", "newly elected").
ROLE_MODIFIERS = frozenset(
    "former ex then newly elected acting interim outgoing incoming deputy late current new veteran "
    "senior junior top chief assistant associate founding longtime long-time retired sitting".split()
)
# Words that end the search for modifiers to the left of a job word.
STOP_WORDS = frozenset(
    "the a an and or but of to by with for from on in at as that this these those who which whose "
    "is was are were be been has have had said says told tells says added his her their its our "
    "my your he she they it we i after before when while where also".split()
)
APPOSITIVE_RE = re.compile(r"^,\s+(?:(?:a|an|the)\s+|who\s+(?:is|was|has\s+been|had\s+been)\s+(?:a\s+|an\s+|the\s+)?)?(?P<role>[^,;:.()“”\"]{3,120}?)(?=,|;|\.\s|\.$| said\b| says\b| told\b| who\b|$)")
AFFILIATION_RE = re.compile(r"^\s+(?:of|from|at)\s+(?:the\s+)?$")
WORD_RE = re.compile(r"[\w.'’-]+")


def find_roles(sentences: tuple[Sentence, ...], index: EntityIndex) -> dict[str, list[Role]]:
    """Person name -> roles, in order of appearance, without repeats."""
    roles: dict[str, list[Role]] = defaultdict(list)
    found_by_sentence = defaultdict(list)
    for f in index.found:
        found_by_sentence[f.sentence].append(f.segment)

    def add(person: str, text: str, sentence: int, kind: str = "title") -> None:
        text = text.strip(" ,")
        first = text.split(" ", 1)[0]
        if first.lower() in ROLE_MODIFIERS and first[0].isupper():
            text = first.lower() + text[len(first):]  # "Newly elected Pope" at a sentence start
        if text and all(r.text.lower() != text.lower() for r in roles[person]) and text.lower() != person.lower():
            roles[person].append(Role(text=text, sentence=sentence, kind=kind))

    for sentence in sentences:
        text = sentence.text
        segments = sorted(found_by_sentence[sentence.index], key=lambda s: s.start)
        for i, seg in enumerate(segments):
            if seg.kind is not Kind.PERSON:
                continue
            name = seg.text
            start = seg.start
            if seg.role:
                add(name, _extend_left(text, text.rfind(seg.role, 0, start), seg.role), sentence.index)
            job = _job_before(text[:start])
            if job:
                add(name, job, sentence.index)
            previous = segments[i - 1] if i else None
            if previous is not None and previous.kind is Kind.TITLE and text[previous.end:start] == ", ":
                add(name, _extend_left(text, previous.start, previous.text), sentence.index)
            after = text[_person_end(text, seg):]
            appositive = APPOSITIVE_RE.match(after)
            if appositive and _is_role_phrase(appositive.group("role")):
                add(name, appositive.group("role"), sentence.index)
            following = segments[i + 1] if i + 1 < len(segments) else None
            if following is not None and following.kind is Kind.ORG:
                if AFFILIATION_RE.match(text[_person_end(text, seg):following.start]):
                    add(name, following.text, sentence.index, kind="affiliation")
    return roles


def _person_end(text: str, seg) -> int:
    return seg.end + (2 if seg.possessive else 0)


def _extend_left(text: str, role_start: int, role: str) -> str:
    """Add modifiers written before a title: 'former' + 'U.S. President', "Canada's newly elected"."""
    if role_start < 0:
        return role
    words = list(WORD_RE.finditer(text[:role_start]))
    begin = role_start
    for match in reversed(words):
        word = match.group()
        if text[match.end():begin].strip() not in ("",):
            break
        lower = word.lower().rstrip(".")
        if lower in ROLE_MODIFIERS or lower.startswith("ex-") or re.search(r"['’]s$", word):
            begin = match.start()
            if re.search(r"['’]s$", word):  # a possessive ("Canada's") opens the phrase
                break
        else:
            break
    return text[begin:role_start] + role


def _job_before(prefix: str) -> str | None:
    """'London mayor ' or 'Evening Standard journalist ' right before a name."""
    words = list(WORD_RE.finditer(prefix))
    if not words or prefix[words[-1].end():] != " ":
        return None
    nouns = lexicon.role_nouns()
    for size in (2, 1):
        if len(words) < size:
            continue
        head = " ".join(w.group() for w in words[-size:])
        if head.lower() == head and head in nouns:
            begin = words[-size].start()
            for match in reversed(words[:-size]):
                word = match.group()
                if prefix[match.end():begin].strip() or word.lower() in STOP_WORDS:
                    break
                if not (word[0].isupper() or word.lower() in ROLE_MODIFIERS or word.lower().startswith("ex-")):
                    break
                begin = match.start()
            return prefix[begin:].strip()
    return None


def _is_role_phrase(phrase: str) -> bool:
    """A noun phrase with a job word early on: not a clause ("who is traveling with his wife")."""
    words = phrase.split()
    if words[0][0].isupper() and words[0].lower() not in ROLE_MODIFIERS:
        return False  # "Jeremy Renner, Winston Duke, ...": a list of names, not a description
    first = words[0].lower()
    if first.endswith("ing") or (first.endswith("ed") and first not in ROLE_MODIFIERS):
        return False
    if re.search(r"\b(his|her|their|its)\b", phrase, re.I):
        return False
    return _has_role_noun(" ".join(words[:6]))


def _has_role_noun(phrase: str) -> bool:
    lowered = phrase.lower()
    return any(re.search(rf"\b{re.escape(noun)}s?\b", lowered) for noun in lexicon.role_nouns())
