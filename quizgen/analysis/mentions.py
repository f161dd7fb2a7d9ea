"""The people and organisations of a paragraph that could be speaking: each `Mention` with what
its place in the sentence says of it (opens the sentence, owns something, follows a preposition,
describes a job or an account, speaks through a spokesperson).

Split from speakers.py, which resolves an attribution clause, a pronoun or "the mayor" to one of
these; this module knows nothing of quotation marks beyond skipping the names inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..models import Sentence, normalize
from ..rules import lexicon
from .entities import Found
from .names import Kind
from .quote_spans import QuoteSpan
from .scans import ends_with

SPOKESPERSON = r"(?:spokes(?:man|woman|person)|representative|official|source)"
SPOKESPERSON_RE = re.compile(SPOKESPERSON)
# Words before a name that show it is not the sentence's subject: a comma, "of", "to", "saying" …
NOT_OPENING_RE = re.compile(r"[,;:]|\b(?:of|to|by|with|for|from|at|in|on|that|saying)\b")
CONNECTIVE_ONLY_RE = re.compile(r"\s*(?:(?:And|But|Meanwhile|However),?\s+)?")
ACCORDING_TO_END_RE = re.compile(r"\baccording\s+to\s+\S*\s*$", re.I)
SPOKESPERSON_BEFORE_RE = re.compile(rf"\b(?:a|an|the)\s+{SPOKESPERSON}\s+(?:for|from|of|at)\s+(?:the\s+)?$", re.I)
SPOKESPERSON_AFTER_RE = re.compile(rf"^\s+{SPOKESPERSON}\b", re.I)
SPOKESPERSON_FIRST_RE = re.compile(rf"\s*(?:a|an|the)\s+{SPOKESPERSON}", re.I)
# "The government of American Samoa said": the place speaks, and opens its sentence
GOVERNMENT_OF_RE = re.compile(
    r"^(?:(?:But|And)\s+)?(?:the\s+)?(?:government|authorities|administration)\s+of\s+(?:the\s+)?$", re.I
)
# A preposition, then at most an article and a job word or a title, right before a name: the
# name is the object of the preposition ("met with President Trump", "by Congress").
# The last preposition before a name (".*" is greedy), and the words between them.
OBLIQUE_RE = re.compile(
    r".*(?:^|[^\w-])(?P<prep>of|to|by|with|for|from|at|in|on|against|about|than|like|toward|towards)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<word>(?:[\w-]+\s+){1,3})?$",
    re.I | re.S,
)


@dataclass(frozen=True)
class Mention:
    """A person or organisation named in a paragraph, outside quotation marks."""

    start: int
    end: int
    name: str
    kind: Kind
    subject: bool = False  # opens its sentence (or is a speaker): what "he" most likely refers to
    possessive: bool = False  # "Moore's film": a modifier, never what a later "he" refers to
    voice: bool = False  # "a Home Office spokesman": an organisation speaking through a person
    oblique: bool = False  # "the murder of journalist X", "decided by Congress": an object, not who speaks
    modifier: bool = False  # "Jupiter Research analyst X", "a Twitter account": describes who speaks
    object: bool = False  # "But while he tipped Swank": a verb's object, never its subject
    linking: bool = False  # "Staunton is also the choice of Gaydos": the subject of "is", doing nothing
    sentence: int = -1  # the index of its sentence (-1: a speaker quotes.py adds, of no sentence)
    gender: str | None = None  # "m" or "f" when the article or the given name says (quotes.py)


def paragraph_mentions(
    sentences: list[Sentence],
    found_in: dict[int, list[Found]],
    org_of: dict[str, str],
    spans: list[QuoteSpan],
    place_of: dict[str, str] | None = None,
) -> list[Mention]:
    """The people and organisations of a paragraph outside its quotations, and the places that
    speak through their government (`place_of`: normalised form -> place name)."""
    place_of = place_of or {}
    out = []
    for sentence in sentences:
        for f in found_in.get(sentence.index, ()):
            seg = f.segment
            start, end = sentence.start + seg.start, sentence.start + seg.end
            if any(span.start < start < span.end for span in spans):
                continue  # a name inside a quotation is not who is speaking
            # A name opening its sentence (after "But", a role, or a title) is the sentence's subject.
            before = sentence.text[: seg.start]  # "says Tim Dams" ends with a verb
            subject = not NOT_OPENING_RE.search(before) or ends_with(_verb_at_end_re(), before, _longest_verb())
            # "But while he tipped Swank to win": a verb's object after its subject is no subject
            named_before = any(g.segment.end <= seg.start for g in found_in[sentence.index])
            verb_object = object_after_subject(before, named_before)
            subject = subject and not verb_object
            oblique = _oblique(sentence.text[: seg.start])
            modifier = _modifier(sentence.text[seg.end :], seg.kind is Kind.PERSON)
            if seg.kind is Kind.PERSON:
                person = Mention(start, end, seg.text, Kind.PERSON, subject, seg.possessive, oblique=oblique)
                linking = subject and LINKING_VERB_RE.match(sentence.text, seg.end) is not None
                out.append(
                    replace(person, modifier=modifier, object=verb_object, linking=linking, sentence=sentence.index)
                )
            elif seg.kind is Kind.ORG and normalize(seg.text) in org_of:
                # "a spokesman for the BPI" is someone "he said" can refer to, speaking for the BPI
                voice = SPOKESPERSON_BEFORE_RE.search(sentence.text[: seg.start]) or SPOKESPERSON_AFTER_RE.match(
                    sentence.text[seg.end :]
                )
                # "A spokesman for the BPI said …": the spokesperson is the sentence's subject
                subject = subject or bool(voice and SPOKESPERSON_FIRST_RE.match(sentence.text))
                out.append(
                    Mention(
                        start,
                        end,
                        org_of[normalize(seg.text)],
                        Kind.PERSON if voice else Kind.ORG,
                        subject,
                        voice=bool(voice),
                        oblique=oblique and not voice,
                        modifier=modifier and not voice,
                        sentence=sentence.index,
                    )
                )
            elif seg.kind is Kind.PLACE and normalize(seg.text) in place_of:
                # "The government of American Samoa issued a statement: …", "Northern Ireland has suggested"
                # The place opens its sentence: not "Sustainable Australia describes", "it was “plain” Iraq continued"
                if GOVERNMENT_OF_RE.match(sentence.text[: seg.start]) or (
                    CONNECTIVE_ONLY_RE.fullmatch(sentence.text[: seg.start])
                    and _place_verb_re().match(sentence.text[seg.end :])
                ):
                    out.append(
                        Mention(
                            start, end, place_of[normalize(seg.text)], Kind.ORG, subject=True, sentence=sentence.index
                        )
                    )
    return sorted(out, key=lambda m: m.start)


# A name right after a verb in the past ("denied", "thanked", "told") is its object; "named" and
# "called" give a name ("a man named John Smith said").
OBJECT_OF_VERB_RE = re.compile(
    r"\b(?!(?:named|called|nicknamed|dubbed)\b)(?:[a-z]+ed|told|met|beat|urged|thank|thanks)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$"
)
LINKING_VERB_RE = re.compile(r"\s+(?:is|was|are|were|remains|remained|became|becomes)\b")
PRONOUN_SUBJECT_RE = re.compile(r"\b(?:he|she|they|it|He|She|They|It)\b")


def object_after_subject(before: str, named_before: bool) -> bool:
    """Is a name after `before` (its sentence up to the name) the object of a verb whose subject,
    a pronoun or another name (`named_before`), comes first ("But while he tipped Swank", "Smith
    beat Jones")? Not "Newly appointed Jones said", where the name is the subject."""
    if not OBJECT_OF_VERB_RE.search(before, max(0, len(before) - 30)):
        return False
    return named_before or PRONOUN_SUBJECT_RE.search(before) is not None


# Words that may stand before a job word between a preposition and a name ("to AIP vice chairman X").
ROLE_WORD_MODIFIERS = frozenset("vice deputy former acting chief senior junior assistant executive".split())


def _according_to_at_end(before: str) -> bool:
    """ACCORDING_TO_END_RE searches all of `before`: only where "according" is there. Ignoring case,
    the pattern's 'i' also matches a dotless 'ı', so a text other than ASCII is always searched."""
    if before.isascii() and "according" not in before.lower():
        return False
    return bool(ACCORDING_TO_END_RE.search(before))


def _oblique(before: str) -> bool:
    """Is a name starting after `before` the object of a preposition ("the murder of journalist
    Jamal Khashoggi", "then with President Trump")? A word between the preposition and the name
    counts only if it is a job or a title, and the words before it its modifiers ("a message he
    sent to AIP vice chairman Mark Seidenberg:"): after "on Tuesday" a name opens a clause."""
    match = OBLIQUE_RE.match(before)
    if not match or _according_to_at_end(before):
        return False  # "according to X" names a speaker
    preceding = before[: match.start("prep")].split()
    words = (match.group("word") or "").split()
    if match.group("prep").lower() == "of" and preceding and preceding[-1][0].isupper() and words:
        return False  # "House of Commons Speaker John Bercow": the "of" is inside a name; not "Ana Lima of UNICEF"
    if not words:
        return True
    head = words[-1]
    return (
        head.lower() in lexicon.role_nouns() or " ".join(words) in lexicon.titles() or head in lexicon.titles()
    ) and (len(words) == 1 or all(w[0].isupper() or w.lower() in ROLE_WORD_MODIFIERS for w in words[:-1]))


# Nouns a name can describe rather than be: "an official government Twitter account made the announcement:".
ACCOUNT_NOUNS = frozenset("account accounts feed page channel handle profile".split())
FOLLOWING_WORDS_RE = re.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
NAME_FOLLOWS_RE = re.compile(r"(?:\s+[a-z-]+){0,2}\s+[A-Z]")


def _modifier(after: str, person: bool) -> bool:
    """Is a name followed by `after` a modifier of a job or an account ("Jupiter Research analyst
    Olivier Beauvillian said", "New Metropolitan Police Commissioner Sir Ian Blair has backed",
    "the two-time Academy Award winner", "a government Twitter account")? The
    speaker is who holds the job; a spokesperson speaks for the name (`Mention.voice`). A
    person's name is one only before another name: "Paul Boateng MP, Labour's …" is Boateng."""
    match = FOLLOWING_WORDS_RE.match(after)
    if not match:
        return False
    first, second = match.group(1).lower(), (match.group(2) or "").lower()
    nouns = lexicon.role_nouns()
    if first in ACCOUNT_NOUNS or SPOKESPERSON_RE.fullmatch(first) or SPOKESPERSON_RE.fullmatch(second):
        return first in ACCOUNT_NOUNS
    if first in nouns:
        job_end = match.end(1)
    elif f"{first} {second}" in nouns or (first in ROLE_WORD_MODIFIERS and second in nouns):
        job_end = match.end(2)
    else:
        return False
    # "Richard and Judy executive producer Amanda Ross"
    return not person or NAME_FOLLOWS_RE.match(after[job_end:]) is not None


@cache
def verb_pattern() -> str:
    verbs = sorted(lexicon.speech_verbs(), key=len, reverse=True)
    # A lookahead for the verbs' first letters spares the engine trying each verb at every
    # position of a sentence (the patterns run over every paragraph): the same matches, twice as fast.
    first = "".join(sorted({re.escape(v[0]) for v in verbs}))
    return f"(?=[{first}])(?:{'|'.join(re.escape(v) for v in verbs)})"


@cache
def _place_verb_re() -> re.Pattern[str]:
    """A place as the subject of a verb of saying: "Northern Ireland has suggested", "China said"."""
    return re.compile(rf"\s+(?:(?:has|have|had|also)\s+)*(?:\w+ly\s+)?(?:{verb_pattern()})\b(?!\s+to\b)")


@cache
def _longest_verb() -> int:
    return max(map(len, lexicon.speech_verbs()))


@cache
def _verb_at_end_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_pattern()})\s+$")
