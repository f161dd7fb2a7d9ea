"""The attribution a quotation's own sentence makes with a verb of saying or of describing.

  after       “…,” said X / “…,” X said / “…,” he said / “…”, according to X
              (not across a sentence end, not when X's verb opens the next quotation)
  before      X said: “…” / According to X, …: “…” / X, …, defended his decision, “…”
  embedded    X says he is “standing by” his remarks; with X describing the “…”; told by X of “…”

Split from quotes.py, which tries these first and then the rules that look beyond the sentence
(the previous sentence, the paragraph, implicit_speakers.py). Who a clause names is speakers.py's.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Sentence
from ..rules import lexicon
from .mentions import Mention, verb_pattern
from .names import Kind
from .quote_spans import QuoteSpan
from .scans import ends_with, matches_before
from .speakers import (
    GENERIC_ORGANISATION_RE,
    Cast,
    attribution_clause_end,
    named_at,
    object_of_verb,
    resolve_pronoun,
    subject_before,
)

# Nouns that name a text rather than a speaker: 'the question, “…”', 'the slogan “…”'.
NAMING_NOUNS = (
    "question",
    "questions",
    "slogan",
    "slogans",
    "title",
    "headline",
    "sign",
    "signs",
    "banner",
    "placard",
    "placards",
    "motto",
    "phrase",
    "hashtag",
    "message reading",
    "words",
    "event",
    "events",
    "post",
    "book",
    "film",
    "song",
    "album",
    "show",
    "campaign",
    "page",
    "group",
    "petition",
)
EMBEDDING_VERBS = frozenset(
    {
        "accused",
        "called",
        "described",
        "dubbed",
        "branded",
        "labelled",
        "labeled",
        "urged",
        "characterized",
        "characterised",
        "termed",
        "referred",
        # participles: "with Zinichev describing the “real threat …”", "Beattie, …, insisting Gallas “…”"
        "saying",
        "adding",
        "insisting",
        "describing",
        "calling",
        "claiming",
        "arguing",
        "warning",
        "noting",
        "telling",
        "writing",
        "stating",
        "explaining",
        "accusing",
        "branding",
        "labelling",
    }
)
MAX_AFTER = 80  # characters after a closing mark searched for "…," he said
NAMING_NOUN_AT_END_RE = re.compile(rf"\b(?:{'|'.join(NAMING_NOUNS)}),?\s*$", re.I)
NAMING_NOUN_REACH = max(map(len, NAMING_NOUNS)) + len(",")
PRONOUN_SUBJECT_RE = re.compile(r"\b(?:he|she|they|He|She|They)\s+(?:\w+\s+)?$")
# A name after the verb of saying that opens a clause of its own: "recalls how Bill Clinton …".
CLAUSE_OPENING_RE = re.compile(r"\b(?:how|that|when|as|after|while)\s+(?:\w+\s+){0,2}$", re.I)
THAT_AT_END_RE = re.compile(r"\bthat\s*$")
# "was described", "has been called", "were told": the sentence's subject is spoken about, not speaking
PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


# "to Mr Blair not to try …": a name after a preposition is no speaker; "in a statement, Smith said"
# opens the attribution with a phrase of its own.
LEADING_PREPOSITION_RE = re.compile(r"(?:to|for|with|from|at|on|in|of|against|about|by)\s[^,]*$", re.I)


# A clause of its own after the quotation: '“…”, while Klimov indicated', '“…” Mr Howard on his stance, but said',
# '“New” Labour - although that may continue to irritate'
NEW_CLAUSE_RE = re.compile(
    r"(?:(?:while|whereas|and|but|as|when|although|though)\b|.*(?:,|\s[-–—])\s*(?:while|whereas|but|although|though)\b)",
    re.I,
)
# A speaker described, not named: "the group", "a spokesman for the team", "one official".
DESCRIBED_SPEAKER_RE = re.compile(r"(?:the|a|an|one)\s+[a-z]", re.I)
# A relative clause with a subject of its own: the name before "who" is its object.
OBJECT_RELATIVE_RE = re.compile(r",\s*(?:who|whom|which)\s+(?:he|she|they|I|we|you)$", re.I)


def _person_before(span: QuoteSpan, sentence_start: int, mentions: list[Mention]) -> bool:
    """A person named in the quotation's sentence before it: whose words "according to" reports."""
    return any(m.kind is Kind.PERSON and sentence_start <= m.start < span.start for m in mentions)


def _someone_speaks_after(before: str, at: int) -> bool:
    """A verb of saying with a subject of its own after `at`: 'According to Peston, the premier
    said: “…”' quotes the premier, not 'the manifesto if written by the suspect could …: “…”'."""
    return any(
        not re.search(r"\b(?:if|when|once|unless|be|been|being|is|are|was|were|to)\s+$", before[: m.start()], re.I)
        for m in _speech_verb_re().finditer(before, at)
    )


# Verbs of saying a speaker's name may follow ("said X", "added X"); not those that take a person
# as their object ("denied Phillips made the remark", "told Smith").
INVERTING_VERBS = frozenset(
    "said says added adds continued explained wrote writes noted notes remarked commented stated insisted argued "
    "concluded replied recalled admitted acknowledged declared announced confirmed claimed observed".split()
)


UNKNOWN_NAME_RE = re.compile(r"(?:^|[\s,])([A-Z][a-z][\w'’-]*)\s*$")


def _unknown_name_at(paragraph: str, sentence_start: int, cut: int, mentions: list[Mention]) -> bool:
    """A capitalised word right before the speech verb that names no one the analysis found: the
    speaker is someone it missed. Not a title ("the Prime Minister said") nor the sentence's
    first word ("Officials said")."""
    found = UNKNOWN_NAME_RE.search(paragraph, sentence_start, cut)
    if found is None or found.start(1) == sentence_start:
        return False
    word = found.group(1)
    if word.lower() in lexicon.role_nouns() or word in lexicon.titles() or word.lower() in lexicon.common_words():
        return False
    return not any(m.start <= found.start(1) < m.end for m in mentions)


def _inverted(head: str) -> bool:
    """Can the name after a verb of saying be its subject? Only when the verb opens its clause ('The
    ministers' comments, said Junya Tanase of JPMorgan, were “…”'), not after one ('Katrina Bull, a
    candidate said Mr Blair had shown …: “…”')."""
    return re.search(r"(?:^|[,;—–(])\s*(?:\w+ly\s+)?$", head) is not None


def _word_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Is `text[:at]` a whole word of `words` followed by spaces? (Looked at from `at` back,
    so a sentence with hundreds of quotations is not read again for each.)"""
    head = text[:at]
    stripped = head.rstrip()
    if stripped == head:
        return False
    return any(
        stripped.endswith(w)
        and (len(stripped) == len(w) or not (stripped[-len(w) - 1].isalnum() or stripped[-len(w) - 1] == "_"))
        for w in words
    )


@cache
def _attribution_after_re() -> re.Pattern[str]:
    verbs = verb_pattern()
    return re.compile(
        rf"^[,!?]?\s*(?:(?P<pron>he|she|they|it)\s+(?:\w+ly\s+)?(?:{verbs})\b"
        rf"|(?:{verbs})\s+(?P<post>\S)"
        rf"|according\s+to\s+(?P<acc>\S)"
        rf"|(?P<pre>[^\s.!?“”\"][^.!?“”\"]{{0,60}}?)\s+(?:\w+ly\s+)?(?:{verbs})\b)",
        re.I,
    )


@cache
def _speech_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_pattern()})\b", re.I)


@cache
def _speech_or_embedding_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_pattern()}|{'|'.join(EMBEDDING_VERBS)})\b", re.I)


def _someone_else_after(before: str, verb_end: int, sentence_start: int, mentions: list[Mention]) -> bool:
    """A person named after the verb of saying, opening a clause of their own before the quotation
    ("X recalls how Bill Clinton once advised him: “…”"): the words may be theirs, not X's."""
    for mention in mentions:
        at = mention.start - sentence_start
        if mention.kind is Kind.PERSON and verb_end <= at < len(before) and CLAUSE_OPENING_RE.search(before[:at]):
            return True
    return False


def attribute(
    paragraph: str,
    span: QuoteSpan,
    sentence: Sentence | None,
    mentions: list[Mention],
    recent: list[Mention],
    cast: Cast,
) -> tuple[str | None, str]:
    sentence_start = sentence.start if sentence else 0
    # after: the closing mark is followed by the attribution
    # A quotation that ends with a full stop ended its sentence: what follows is not its attribution.
    if span.closed and not span.text.endswith("."):
        after = paragraph[span.end : span.end + MAX_AFTER]
        match = _attribution_after_re().match(after)
        if match:
            if match.group("pron"):
                return resolve_pronoun(match.group("pron"), span.start, mentions, recent), "after-pronoun"
            for group in ("post", "acc", "pre"):
                if match.group(group):
                    at = span.end + match.start(group)
                    clause_end = (
                        attribution_clause_end(paragraph, at) if group != "pre" else at + len(match.group("pre"))
                    )
                    ended = paragraph[span.end - 2 : span.end - 1] in ("?", "!")  # the quotation closed its sentence
                    if (
                        group == "pre"
                        and re.match(r"^\s*\w*\s*:", paragraph[span.end + match.end() :])
                        or ended
                        and re.match(r"^\s*\w*\s*,\s*[“\"]", paragraph[span.end + match.end() :])
                    ):
                        break  # "An angry Beattie said:" / "Scicluna said, “…" introduces the next quotation
                    if group == "pre" and NEW_CLAUSE_RE.match(match.group("pre")):
                        break  # '…", while Deputy Governor Oleg Klimov indicated …', '“…” Mr Howard …, but said'
                    if ended and re.match(r"\s+(?:that|he|she|they|it|we|I)\b", paragraph[span.end + match.end() :]):
                        break  # '…?" The party's spokeswoman, Eleanor Scott, said she was pleased': a new report
                    said = after[: match.start(group)] if group != "pre" else after[match.end(group) : match.end()]
                    said = said.strip(" ,!?").lower()
                    if said.endswith("ing") or group == "pre" and LEADING_PREPOSITION_RE.match(match.group("pre")):
                        break  # ', adding Iran will pursue … Trump', '“a warning shot” to Mr Blair … writing'
                    if group == "pre" and OBJECT_RELATIVE_RE.search(match.group("pre")):
                        break  # '“…” with Mr Campbell, who he described as': "he" speaks, of Campbell
                    if (group == "acc" or said.startswith("according")) and _person_before(
                        span, sentence_start, mentions
                    ):
                        break  # 'Pelosi called it a “…”, according to NBC': NBC reports Pelosi's words
                    who = named_at(at, mentions, cast, paragraph, limit=clause_end, earlier=recent)
                    if who and group == "pre" and GENERIC_ORGANISATION_RE.fullmatch(match.group("pre")):
                        return who, "after-pronoun"  # "the organisation said" refers back, as "it said" does
                    if who:
                        return who, f"after-{group}"
                    if group == "pre" and DESCRIBED_SPEAKER_RE.match(match.group("pre")):
                        # '“…,” the group said' of no one the analysis knows: someone the text names
                        # speaks, never the paragraph's earlier speaker
                        return None, "unnamed"
    # before: X said: “…” (the attribution ends right before the opening mark)
    before = paragraph[sentence_start : span.start]
    according = re.match(r"\s*According\s+to\s+", before)
    comma = before.find(",", according.end()) if according else -1
    if (
        according
        and comma >= 0
        and not _someone_speaks_after(before, comma)  # 'According to Peston, the premier said: “…”'
        and not any(  # "According to U.S. Attorney Bash, …: “…”"
            m.kind is Kind.PERSON and sentence_start + comma < m.start < span.start for m in mentions
        )
    ):  # not 'According to Forbes, West claimed … “almost daily”': West's words
        at = sentence_start + according.end()
        who = named_at(at, mentions, cast, paragraph, limit=sentence_start + before.index(",", according.end()))
        if who:
            return who, "before"
    if ends_with(NAMING_NOUN_AT_END_RE, before, NAMING_NOUN_REACH):
        return None, "none"  # 'to add the question, “Is this person a citizen?”': a text, not speech
    # The speech verbs of the sentence up to the mark, from one scan of the sentence.
    sentence_end = sentence.start + len(sentence.text) if sentence else span.start
    if re.search(r"[:,—–]\s*$", before) or ends_with(THAT_AT_END_RE, before, len("that")):
        verb = None
        for match in matches_before(_speech_verb_re(), paragraph, sentence_start, span.start, sentence_end):
            if not _word_before(before, match.start(), ("to",)):  # "trying to add": no one speaks yet
                verb = match
        if verb is not None and re.search(r"\b(?:I|we|We|you|You)\s+(?:\w+\s+)?$", before[: verb.start()]):
            return None, "none"  # 'To dissatisfied Democrats …, I say, “…”': the writer speaks, not the Democrats
        if verb is not None and _someone_else_after(before, verb.end(), sentence_start, mentions):
            return None, "none"  # 'Mr Blair recalls how Bill Clinton once advised him: “…”': Clinton's words
        if verb is not None or before.rstrip().endswith(":"):
            cut = sentence_start + (verb.start() if verb else len(before))
            if _unknown_name_at(paragraph, sentence_start, cut, mentions):
                # "…if Gerrard would be a Liverpool player…, Parry said: “…”", where "Parry" is no one
                # the analysis knows: never the other person of the sentence (26th review: wrong key)
                return None, "unnamed"
            who = subject_before(paragraph, sentence_start, cut, mentions, recent, cast)
            if (
                not who
                and verb is not None
                and _inverted(before[: verb.start()])
                and verb.group().lower() in INVERTING_VERBS
            ):
                # inverted: 'said Junya Tanase of JPMorgan, were "…"'; never 'denied Phillips made …''
                who = named_at(
                    sentence_start + verb.end(),
                    [m for m in mentions if m.kind is Kind.PERSON],
                    cast,
                    paragraph,
                    limit=span.start,
                )
            if who:
                # A speaker found through "he" is not named in the quote's sentence, or is named
                # there beside someone else ('Dallas said …, but the Kiwi said …; later he
                # exclaimed: “…”'): no quiz key.
                named_here = any(m.name == who and sentence_start <= m.start < span.start for m in mentions)
                through_pronoun = verb is not None and PRONOUN_SUBJECT_RE.search(before[: verb.start()])
                return who, "before" if named_here and not through_pronoun else "before-pronoun"
        # The sentence's subject, not a name after "According to" or "from model Naomi Campbell, U2 frontman Bono said:"
        subject = next((m for m in mentions if sentence_start <= m.start < span.start), None)
        opens = (
            subject is not None
            and subject.subject
            and not subject.possessive
            and not object_of_verb(paragraph, subject)  # 'US Customs claimed Mr Griffiths was …'
        )
        if subject and opens and subject.kind is Kind.PERSON and subject.start - sentence_start < 40:
            return subject.name, "before-subject"  # 'Trump, also on Twitter, defended his decision, "…"'

    # "… a “sharp increase” last week, according to a Woolworths spokesperson."
    if sentence is not None:
        later = re.search(r",\s+according\s+to\s+", paragraph[span.end : sentence_end])
        if later and not _person_before(span, sentence_start, mentions):
            at = span.end + later.end()
            who = named_at(at, mentions, cast, paragraph, limit=attribution_clause_end(paragraph, at))
            if who:
                return who, "after-acc"
    # embedded: a speech verb earlier in the same sentence
    embedded = None
    for match in matches_before(_speech_or_embedding_re(), paragraph, sentence_start, span.start, sentence_end):
        head = before[: match.start()]
        if not (head.rstrip() != head and head.rstrip().endswith(("'s", "’s"))):  # "Mr Bell's comments" is a noun
            embedded = match
    if embedded is not None:
        agent = re.match(r"\s+by\s+(?:the\s+)?", before[embedded.end() :])
        if agent:  # passive: "he was told by Emergencies Minister Yevgeny Zinichev of “…”"
            at = sentence_start + embedded.end() + agent.end()
            first = next((m for m in mentions if at <= m.start < span.start), None)
            orgs = [first] if first and first.start == at and first.kind is Kind.ORG else []  # "by the Daily Hive"
            who = named_at(at, [m for m in mentions if m.kind is Kind.PERSON] + orgs, cast, paragraph, limit=span.start)
            return (who, "embedded") if who else (None, "passive")
        if PASSIVE_RE.search(before[: embedded.start()]):
            # "… was announced to be a “pandemic” by the WHO": the agent follows; the subject is no speaker
            by = re.match(r"[^.;:!?“”\"]{0,30}?\bby\s+(?:the\s+)?", paragraph[span.end :])
            at = span.end + by.end() if by else span.end
            who = named_at(at, mentions, cast, paragraph, limit=attribution_clause_end(paragraph, at)) if by else None
            return (who, "embedded") if who else (None, "passive")
        who = subject_before(paragraph, sentence_start, sentence_start + embedded.start(), mentions, recent, cast)
        if who:
            return who, "embedded"
    return None, "none"
