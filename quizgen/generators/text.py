"""Small text helpers shared by the generators and the checks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from ..models import Analysis, Entity, Person, Sentence, normalize
from ..rules import lexicon
from ..rules.comments import INTERVIEW_TURN_RE


def _is_word_char(char: str, also: str = "") -> bool:
    """What a regular expression's \\w matches in a str pattern (a letter, a digit or '_'), or one of `also`."""
    return char.isalnum() or char == "_" or char in also


def whole_words(text: str, form: str, also: str = "") -> Iterator[tuple[int, int]]:
    """Each place `form` occurs in `text` with no word character (nor one of `also`) on either side.

    The same spans, left to right and not overlapping, as re.finditer over (?<!\\w)FORM(?!\\w),
    without compiling a pattern per name: names differ from article to article, so such patterns
    were compiled anew for every article, and compiling one costs more than searching with it.
    """
    at, end_of_text = text.find(form), len(text)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_char(text[at - 1], also)) and (
            end == end_of_text or not _is_word_char(text[end], also)
        ):
            yield at, end
            at = text.find(form, max(end, at + 1))
        else:
            at = text.find(form, at + 1)


def _whole_word_at(text: str, form: str) -> int:
    return next(whole_words(text, form), (-1,))[0]


def unit_after(text: str, unit: str) -> int | None:
    """Where `unit` ends when it follows `text`'s leading spaces ('  phishing e-mails were'), as the
    pattern \\s+(UNIT)\\b would find it; None when it does not follow."""
    start = len(text) - len(text.lstrip())
    if start == 0 or not unit or unit[0].isspace() or not text.startswith(unit, start):
        return None
    end = start + len(unit)
    return end if _is_word_char(text[end - 1]) != (end < len(text) and _is_word_char(text[end])) else None


def mentions_any(text: str, forms: tuple[str, ...] | list[str]) -> bool:
    """Does `text` mention any of `forms` as whole words (case, accent and spacing ignored)?"""
    haystack = _normalized(text)
    return any(form and _whole_word_at(haystack, _normalized(form)) >= 0 for form in forms)


# The same sentences, names and stems are compared again and again while one article's questions are made.
_normalized = lru_cache(maxsize=16384)(normalize)


class NameIndex:
    """mentions_any() over many names at once: each name is tried only where its first word is a
    word of the text, as it must be to be found there as whole words."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        for form in filter(None, forms):
            first = _WORD_RUN_RE.search(_normalized(form))
            self.by_first.setdefault(first.group() if first else "", []).append(form)

    def mentioned_in(self, text: str) -> bool:
        words = {"", *_WORD_RUN_RE.findall(_normalized(text))}
        return any(mentions_any(text, self.by_first[word]) for word in words if word in self.by_first)


_WORD_RUN_RE = re.compile(r"\w+")  # a run of what _is_word_char() takes for word characters


class MentionIndex:
    """Many texts searched at once: which of them mention a form, as mentions_any would find it, from
    one search through them all rather than one per text (an article's sentences, a quiz's questions)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        normalized = [_normalized(text) for text in texts]
        self.starts, at = [], 0
        for text in normalized:
            self.starts.append(at)
            at += len(text) + 1
        # A line break is never part of a normalized text or form, so no match spans two texts.
        self.joined = "\n".join(normalized)
        # The same form is asked for again and again (every "one", "2004", "the BBC" of an
        # article): each is searched for once, a long article's length being read for each.
        self.found: dict[str, tuple[int, ...]] = {}

    def mentioning(self, forms: Iterable[str]) -> set[int]:
        """The positions in `texts` of the texts that mention any of `forms`."""
        found: set[int] = set()
        for form in forms:
            if not form:
                continue
            needle = _normalized(form)
            if not needle:  # an empty form matches at any word edge: ask each text
                found |= {i for i, text in enumerate(self.texts) if mentions_any(text, (form,))}
                continue
            texts = self.found.get(needle)
            if texts is None:
                texts = self.found[needle] = tuple(
                    dict.fromkeys(bisect_right(self.starts, at) - 1 for at, _ in whole_words(self.joined, needle))
                )
            found.update(texts)
        return found


_sentence_index: list[Any] = [None, None]  # the sentences last indexed and their index: one article at a time


def sentences_mentioning(analysis: Analysis, form: str) -> list[int]:
    """The indexes of the article's sentences that mention `form`, in order."""
    return sorted(analysis.sentences[i].index for i in _sentences_indexed(analysis).mentioning((form,)))


def count_sentences_mentioning(analysis: Analysis, forms: Iterable[str]) -> int:
    """How many of the article's sentences mention any of `forms`."""
    return len(_sentences_indexed(analysis).mentioning(forms))


def _sentences_indexed(analysis: Analysis) -> MentionIndex:
    if _sentence_index[0] is not analysis.sentences:
        _sentence_index[:] = [analysis.sentences, MentionIndex([s.text for s in analysis.sentences])]
    index: MentionIndex = _sentence_index[1]
    return index


def find_form(text: str, form: str) -> tuple[int, int] | None:
    """Offsets of `form` in `text` as whole words (exact case first, then ignoring case)."""
    at = _whole_word_at(text, form)
    if at < 0:
        # Ignoring case, an ASCII form matches only ASCII letters, and four others: lower() keeps
        # every offset of a text without those four, and folds case exactly as the pattern would.
        if not form.isascii() or any(char in text for char in "\u0130\u0131\u017f\u212a"):
            match = _ignoring_case_pattern(form).search(text)
            return match.span() if match else None
        at = _whole_word_at(text.lower(), form.lower())
    return (at, at + len(form)) if at >= 0 else None


@lru_cache(maxsize=1024)
def _ignoring_case_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])", re.I)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def with_article(role: str) -> str:
    """'Italian Prime Minister' -> 'the Italian Prime Minister'; keeps 'a'/'an' and possessives."""
    lowered = role.lower()
    owner = re.match(r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)*(?=['’]s\b|s['’](?=\s))", role)
    if owner and owner.group(0).split()[-1] in lexicon.org_words():
        return f"the {role}"  # "the Scottish National Party's Holyrood leader" (24th review: ungrammatical)
    if lowered.startswith(("the ", "a ", "an ", "another ", "one ", "his ", "her ", "its ", "their ")) or owner:
        return role  # "Canada's newly elected Prime Minister", "Denise Lewis' coach"
    if re.search(r"\sand\s+an?\s", lowered):
        # "a Labour peer and a human rights lawyer": two roles, each with its own article (24th review)
        return f"{'an' if lowered[0] in 'aeiou' else 'a'} {role}"
    if lowered.startswith(("then ", "topmost ", "most ", "top ", "current ", "first ", "last ", "only ")):
        return f"the {role}"  # "the then Home Secretary", not "a then Home Secretary"
    if re.match(r"^(?:\w+\s+){0,2}\w+\s+of\s", lowered) and not lowered.startswith(("member", "one ")):
        return f"the {role}"  # "the news editor of trade magazine Screen International": one post
    if role[0].islower() and len(role.split()) >= 3 and not re.match(r"^[\w.-]+['’]s\b", role):
        return f"{'an' if lowered[0] in 'aeiou' else 'a'} {role}"  # "a former engineer at the rail company"
    return f"the {role}"  # "the Italian Prime Minister", "the venue's Promotions Coordinator"


# "Google is one of the net giants", "firms such as Ogilvy", "Who is among the ...?": another name
# may belong there too, so a question keyed to one name, or a swap of it, may be wrong.
MEMBERSHIP_RE = re.compile(
    r"\b(?:one of|such as|among|including|like|as well as|along with|together with|both|"
    r"other|others|also|too)\b",
    re.I,
)

NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
RELIGIONS = frozenset(
    "catholic catholicism christian christianity islam muslim jewish judaism buddhist hindu church".split()
)


def plausible_person(person: Entity) -> bool:
    """A name a teacher would accept as a person's: not 'Emergency Situations'.

    Trusted when it starts with a known given name, when the text gives it an honorific
    ("Mr Finegold"), or when its last word is not an ordinary English word.
    """
    words = person.name.split()
    if words[-1].lower() in NUMBER_WORDS:
        return False  # "Marine One", "Air Force One": a vehicle, not a person
    if any(w.lower() in RELIGIONS for w in words[1:]):
        return False  # "Roman Catholic Christianity" starts with a given name but names a faith
    if len(words) > 1 and (
        words[-1] in lexicon.place_words() or words[-1] in lexicon.org_words() or words[-1] == "World"
    ):
        return False  # "Walt Disney World" starts with a given name but names a place
    if words[0] in lexicon.given_names():
        return True
    if _has_honorific(person):
        return True
    last = words[-1].lower()
    return last not in lexicon.common_words() and last not in lexicon.role_nouns() and len(words) > 1


def plausible_place(name: str) -> bool:
    """A place a teacher would accept: known to the gazetteer, or a plain capitalised name
    ("Magnitogorsk", "Carmel Valley"), never "Ferguson-Wenger", "Catholic-majority" or "PCs"."""
    if lexicon.place_kind(name):
        return True
    words = name.split()
    if any("-" in w or not w[0].isupper() or re.fullmatch(r"[A-Z]{2,}s", w) for w in words if w not in ("of", "the")):
        return False
    return True


def plausible_organization(name: str) -> bool:
    """Not a lone head word ("Office", "Ministry"), a piece of a longer name, nor a lone common
    word the word lists do not know as an organisation ("Science", the journal, or science)."""
    if " " in name or name in lexicon.organizations():
        return True
    return name not in lexicon.org_words() and (name.isupper() or name.lower() not in lexicon.common_words())


def certain_organization(name: str) -> bool:
    """An organisation a question may call one ("Which organisation said …?"): known to the word
    lists, an acronym, or named with an organisation's word ("Party", "Council", "Bank"). The
    analysis also finds teams, films and people it could not place ("Tait", "School of Rock" is
    let through by its "School"), and an option or key of the wrong kind is what blind raters
    reject as a weak distractor."""
    if name in lexicon.organizations() or re.fullmatch(r"[A-Z][A-Z&.-]+", name):
        return True
    words = name.split()
    return len(words) > 1 and any(w in lexicon.org_words() for w in (words[0], words[-1]))


def _has_honorific(person: Entity) -> bool:
    return any(alias.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame") for alias in person.aliases)


# Offices whose holder many readers know without the article ("the French President").
FAMOUS_OFFICE_RE = re.compile(
    r"\b(?:president|prime minister|chancellor|king|queen|pope|premier|secretary[- ]general|"
    r"speaker of the house|supreme leader|first minister|secretary of state)\b",
    re.I,
)


def famous_person(person: Person) -> bool:
    """Known to all: a name of rules/data/famous.txt, or the holder of a famous office."""
    return any(f in lexicon.famous() for f in person.forms) or any(famous_office(r.text) for r in person.roles)


MAYOR_RE = re.compile(r"\bmayor of (.+)$|^(.+?)\s+mayor$", re.I)
POSSESSIVE_END_RE = re.compile(r"['’]s$")
OFFICE_ALONE_RE = re.compile(r"\b(?:pope|secretary[- ]general)\b", re.I)


def famous_office(role: str) -> bool:
    """'French President', 'UK Prime Minister', 'Pope': asking who holds it tests general knowledge.

    Only when the office is national or global: a country, nationality or the office alone.
    """
    mayor = MAYOR_RE.search(role)
    if mayor and (mayor.group(1) or mayor.group(2)).strip() in lexicon.major_cities():
        return True  # "the mayor of London": a capital's mayor is widely known
    if not FAMOUS_OFFICE_RE.search(role):
        return False
    rest = FAMOUS_OFFICE_RE.sub(" ", role)
    words = [
        POSSESSIVE_END_RE.sub("", w).strip(",")
        for w in rest.split()
        if w.lower() not in ("the", "of", "former", "then", "ex", "current", "vice", "deputy")
    ]
    phrase = " ".join(w for w in words if w)
    if not phrase:  # "Prime Minister" alone names no country; a pope or a secretary-general is one of a kind
        return bool(OFFICE_ALONE_RE.search(role))
    return (
        phrase in lexicon.countries()
        or phrase in lexicon.demonyms()  # "South African President", "Ukraine's new president"
        or all(w in lexicon.demonyms() or w in lexicon.countries() for w in words if w)
    )


# Letters of scripts other than the Latin, Greek and Cyrillic: Arabic, Hebrew, the Indian scripts,
# Thai, Hangul, kana and Chinese characters.
OTHER_SCRIPT_RE = re.compile(
    r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
# "who recently quit the UK Independence Party,said …": the article's typo, which a question would
# print as it is (23rd blind review: formatting, three raters of three). Not "1,000" nor "U.S.".
# "Over ___ of mobiles sold …, it said.": who said it, the sentence before said (29th review: vague)
UNNAMED_SOURCE_RE = re.compile(r",\s+(?:it|they)\s+(?:said|says|added|reported|claimed)\.[”\"]?$")
# "WHEN AND WHERE The tradition of holding the awards …": a heading run into the paragraph
HEADING_GLUED_RE = re.compile(r"^(?:[A-Z]{2,}[,:]?\s+){2,}")
# 'of"squabbling' too. The letters before the mark are looked behind for, so the engine jumps from
# mark to mark instead of trying every letter (a yes or no: the match starts at the mark).
MISSING_SPACE_RE = re.compile(r"(?<=[a-z]{2})(?:[,;][A-Za-z]{2}|[\"“][a-z]{2})")

INDEXED_QUOTATIONS = 50_000  # characters of quotations from which a sentence is looked up by its words


class Quotations:
    """Is a sentence inside one of the article's quotations (someone's words, not the article's)?

    One search through the quotations joined by line breaks, which no normalised text holds, so a
    match never runs from one quotation into the next: the same answer as asking each quotation,
    without a loop over every quotation for every sentence (the square of a long article's length).
    """

    def __init__(self, analysis: Analysis) -> None:
        self.any = bool(analysis.quotes)
        self.joined = "\n".join(normalize(q.text) for q in analysis.quotes)
        self._answers: dict[str, bool] | None = None
        self._places: dict[str, list[int]] | None = None
        # An interview's turns ("((Rich Bowen))  I'm the Community Manager …", "Q: …") are printed
        # without quotation marks: from the first on, the paragraphs are the speakers' words.
        self.interview_from = next((s.paragraph for s in analysis.sentences if INTERVIEW_TURN_RE.match(s.text)), None)

    def hold(self, sentence: str) -> bool:
        if not self.any:
            return False
        if self._answers is None:  # looked up once: the cache compares the whole text to find it
            self._answers = _answers(self.joined)
        held = self._answers.get(sentence)
        if held is None:  # each generator asks of the same sentences: each is searched for once
            held = self._answers[sentence] = self._search(normalize(sentence))
        return held

    def _search(self, text: str) -> bool:
        words = text.split(" ")
        if len(self.joined) < INDEXED_QUOTATIONS or len(words) < 3:
            return text in self.joined
        # A long article's quotations: a sentence inside one has each word between two of its own
        # words (" word ") where the quotation has it too, so only the places of its rarest such
        # word are tried. The same answer as the search, without reading every quotation for each
        # sentence.
        if self._places is None:  # as above
            self._places = _word_places(self.joined)
        places = self._places
        found = [places.get(word, ()) for word in words[1:-1]]
        counts = [len(f) for f in found]
        inner = counts.index(min(counts))
        offset = len(" ".join(words[: inner + 1])) + 1
        return any(self.joined.startswith(text, place - offset) for place in found[inner])

    def spoken(self, sentence: Sentence) -> bool:
        """Someone's words, not the article's: inside a quotation, or among an interview's turns."""
        return self.hold(sentence.text) or (
            self.interview_from is not None and sentence.paragraph >= self.interview_from
        )


@lru_cache(maxsize=2)  # one article's quotations, asked of by each generator's Quotations
def _answers(joined: str) -> dict[str, bool]:
    """Which sentences are inside one of the quotations `joined`, as found so far."""
    return {}


@lru_cache(maxsize=2)
def _word_places(joined: str) -> dict[str, list[int]]:
    """Where each word between two spaces starts in `joined`."""
    places: dict[str, list[int]] = {}
    place = 0
    for word in joined.split(" "):
        places.setdefault(word, []).append(place)
        place += len(word) + 1
    return places


def initials(name: str) -> str:
    """'NUJ' of 'National Union of Journalists'; an acronym inside the name gives all its letters:
    'UKIP' of 'UK Independence Party'."""
    words = [w for w in name.split() if w[0].isupper() and w.lower() not in ("of", "the", "and", "for")]
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words) if len(words) > 1 else ""
