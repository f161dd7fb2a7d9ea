"""Direct quotations and who the text says said them.

Attribution rules, tried in order for each quote (the first that names someone wins):
  after       “…,” said X / “…,” X said / “…,” he said / “…”, according to X
              (not across a sentence end, not when X's verb opens the next quotation)
  before      X said: “…” / According to X, …: “…” / X, …, defended his decision, “…”
  embedded    X says he is “standing by” his remarks; with X describing the “…”; told by X of “…”
  context     a quotation opening the sentence after "X says / believes / criticised …"
  introduced  a new person named between two quotations of one paragraph speaks the second
  continued   a later quote in the same paragraph, or a paragraph carrying a quote on
The speaker of a clause is its subject (the name opening it, else the last person before the
verb); pronouns go to the latest subject or speaker; "the mayor" to the one person whose role
is mayor; "a Home Office spokesman" speaks for the Home Office. A quoted question, slogan or
title has no speaker, and when no rule applies the speaker stays None: a quote the text does
not attribute is never given a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..models import Person, Quote, Sentence, normalize
from ..rules import lexicon
from .entities import EntityIndex, Found
from .names import Kind
from .quote_spans import QuoteSpan, quote_spans
from .scans import ends_with, matches_before

PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organization", "i": "person"}
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
# Verbs of opinion that, like verbs of saying, announce a quotation in the next sentence.
STANCE_VERBS = (
    "believes",
    "believed",
    "thinks",
    "thought",
    "feels",
    "criticized",
    "criticised",
    "reacted",
    "responded",
    "praised",
    "condemned",
    "welcomed",
    "defended",
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
# Each quotation is weighed against every name of its paragraph, so a paragraph of 100 kB
# full of quotation marks would cost the square of its length. The longest paragraph of
# 2,510 real articles has 3,444 characters; longer ones are read in pieces of this size.
MAX_PARAGRAPH = 4_000
SPOKESPERSON = r"(?:spokes(?:man|woman|person)|representative|official|source)"
SPOKESPERSON_BEFORE_RE = re.compile(rf"\b(?:a|an|the)\s+{SPOKESPERSON}\s+(?:for|from|of|at)\s+(?:the\s+)?$", re.I)
SPOKESPERSON_AFTER_RE = re.compile(rf"^\s+{SPOKESPERSON}\b", re.I)
SPOKESPERSON_FIRST_RE = re.compile(rf"\s*(?:a|an|the)\s+{SPOKESPERSON}", re.I)
NAMING_NOUN_AT_END_RE = re.compile(rf"\b(?:{'|'.join(NAMING_NOUNS)}),?\s*$", re.I)
NAMING_NOUN_REACH = max(map(len, NAMING_NOUNS)) + len(",")
THAT_AT_END_RE = re.compile(r"\bthat\s*$")
# "Trump's statement read:", "the WHO's website said:": a text speaks for its owner.
OWNED_TEXT_RE = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:statement|letter|tweet|post|message|note|website|account|blog|"
    r"press release|announcement|memoir|speech|report)s?\b"
)
# "was described", "has been called", "were told": the sentence's subject is spoken about, not speaking
PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
CLAUSE_END_RE = re.compile(r"[.;:!?“\"]|, (?:who|which|and)\b")
# A preposition, then at most an article and a job word or a title, right before a name: the
# name is the object of the preposition ("met with President Trump", "by Congress").
OBLIQUE_RE = re.compile(
    r"\b(?:of|to|by|with|for|from|at|in|on|against|about|than|like|toward|towards)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<word>[\w-]+\s+)?$",
    re.I,
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


@dataclass(frozen=True)
class Cast:
    """Who a description such as "the mayor" or "the party" can name."""

    people: tuple[Person, ...]
    organizations: tuple[str, ...]


def find_quotes(
    sentences: tuple[Sentence, ...], paragraphs: tuple[str, ...], index: EntityIndex, people: tuple[Person, ...]
) -> tuple[Quote, ...]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    org_of = {normalize(form): c.name for c in index.organizations for form in c.forms}
    found_in: dict[int, list[Found]] = {}
    for f in index.found:
        found_in.setdefault(f.sentence, []).append(f)
    cast = Cast(people, tuple(c.name for c in index.organizations))
    quotes: list[Quote] = []
    recent: list[Mention] = []  # mentions from earlier paragraphs, for pronouns
    previous_quote: Quote | None = None
    previous_text = ""
    for p, paragraph, in_paragraph in _pieces(paragraphs, by_paragraph):
        spans = quote_spans(paragraph)
        mentions = _mentions(in_paragraph, found_in, org_of, spans)
        paragraph_speaker: str | None = None
        last_end = 0
        for span in spans:
            sentence = _sentence_at(in_paragraph, span.start)
            speaker, how = _attribute(paragraph, span, sentence, mentions, recent, cast)
            between = [m for m in mentions if last_end <= m.start < span.start and m.kind is Kind.PERSON]
            # "X has been described as a “…”" names who is spoken about: no neighbour speaks it either.
            open_quote = speaker is None and how != "passive"
            if open_quote and paragraph_speaker is None and sentence is not None:
                speaker = _speaker_of_previous_sentence(in_paragraph, sentence, span, mentions, recent)
                how = "context" if speaker else how
            if open_quote and paragraph_speaker is not None and between and last_end:
                # "...," said Nadal. US coach Patrick McEnroe wants ... "I think ...": a new subject
                speaker, how = between[0].name, "introduced"
            elif open_quote and speaker is None and paragraph_speaker is not None:
                speaker, how = paragraph_speaker, "continued"
            follows = previous_quote is not None and previous_quote.paragraph == p - 1
            if open_quote and speaker is None and span.start == 0 and previous_quote is not None and follows:
                if previous_quote.speaker and _ends_paragraph(previous_text, previous_quote):
                    speaker, how = previous_quote.speaker, "continued"
            quote = Quote(
                text=span.text, speaker=speaker, sentence=sentence.index if sentence else 0, paragraph=p, how=how
            )
            quotes.append(quote)
            previous_quote = quote
            last_end = _sentence_end(in_paragraph, span.end - 1)
            if speaker:
                paragraph_speaker = speaker
                # The speaker is the latest one named: "he added" after the next quote means them.
                kind = Kind.PERSON if any(x.name == speaker for x in people) else Kind.ORG
                mentions = sorted([*mentions, Mention(span.end, span.end, speaker, kind, True)], key=lambda m: m.start)
        recent = (recent + mentions)[-12:]
        previous_text = paragraph
    return tuple(quotes)


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


def _pieces(
    paragraphs: tuple[str, ...], by_paragraph: dict[int, list[Sentence]]
) -> list[tuple[int, str, list[Sentence]]]:
    """(index, text, sentences) of each paragraph; one over MAX_PARAGRAPH characters comes in
    pieces of whole sentences, each piece's sentences with offsets into the piece."""
    pieces = []
    for p, paragraph in enumerate(paragraphs):
        sentences = by_paragraph.get(p, [])
        if len(paragraph) <= MAX_PARAGRAPH or len(sentences) < 2:
            pieces.append((p, paragraph, sentences))
            continue
        group: list[Sentence] = []
        for sentence in [*sentences, None]:
            if group and (sentence is None or sentence.start - group[0].start > MAX_PARAGRAPH):
                start = group[0].start
                end = sentence.start if sentence is not None else len(paragraph)
                shifted = [s.model_copy(update={"start": s.start - start}) for s in group]
                pieces.append((p, paragraph[start:end], shifted))
                group = []
            if sentence is not None:
                group.append(sentence)
    return pieces


def _sentence_end(sentences: list[Sentence], offset: int) -> int:
    """End of the sentence holding `offset`: a quote's attribution ends with its sentence."""
    holder = _sentence_at(sentences, offset)
    return holder.start + len(holder.text) if holder else offset


def _speaker_of_previous_sentence(
    sentences: list[Sentence], sentence: Sentence, span: QuoteSpan, mentions: list[Mention], recent: list[Mention]
) -> str | None:
    """'Kirwan says his side will be hoping ... "We have to ...': a quote opening a sentence
    right after one in which a person says, believes or criticises something is theirs."""
    if span.start != sentence.start:
        return None
    previous = [s for s in sentences if s.start < sentence.start]
    if not previous or re.search(r"[“”\"]", previous[-1].text):
        return None
    before = previous[-1]
    verb = _speech_or_stance_re().search(before.text)
    if not verb:
        return None
    cut = before.start + verb.start()
    named = [m for m in mentions if before.start <= m.start < cut and m.kind is Kind.PERSON and not m.possessive]
    if named:
        return named[-1].name
    pronoun = re.search(r"\b(he|she)\s+(?:\w+\s+)?$", before.text[: verb.start()], re.I)
    return _resolve_pronoun(pronoun.group(1), before.start + pronoun.start(), mentions, recent) if pronoun else None


def _ends_paragraph(paragraph: str, quote: Quote) -> bool:
    """The attributed quote is the paragraph's last: a quote opening the next carries it on."""
    tail = paragraph[paragraph.rfind(quote.text[-20:]) + 20 :] if quote.text else paragraph
    return not re.search(r"[“\"]", tail)


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    current = None
    for s in sentences:
        if s.start <= offset:
            current = s
    return current


def _mentions(
    sentences: list[Sentence], found_in: dict[int, list[Found]], org_of: dict[str, str], spans: list[QuoteSpan]
) -> list[Mention]:
    out = []
    for sentence in sentences:
        for f in found_in.get(sentence.index, ()):
            seg = f.segment
            start, end = sentence.start + seg.start, sentence.start + seg.end
            if any(span.start < start < span.end for span in spans):
                continue  # a name inside a quotation is not who is speaking
            # A name opening its sentence (after "But", a role, or a title) is the sentence's subject.
            subject = not re.search(
                r"[,;:]|\b(?:of|to|by|with|for|from|at|in|on|that|saying)\b", sentence.text[: seg.start]
            ) or ends_with(_verb_at_end_re(), sentence.text[: seg.start], _longest_verb())  # "says Tim Dams"
            oblique = _oblique(sentence.text[: seg.start])
            if seg.kind is Kind.PERSON:
                out.append(Mention(start, end, seg.text, Kind.PERSON, subject, seg.possessive, oblique=oblique))
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
                    )
                )
    return sorted(out, key=lambda m: m.start)


def _oblique(before: str) -> bool:
    """Is a name starting after `before` the object of a preposition ("the murder of journalist
    Jamal Khashoggi", "then with President Trump")? A word between the preposition and the name
    counts only if it is a job or a title: after "on Tuesday" a name opens a clause."""
    match = OBLIQUE_RE.search(before)
    if not match or re.search(r"\baccording\s+to\s+\S*\s*$", before, re.I):
        return False  # "according to X" names a speaker
    word = (match.group("word") or "").strip()
    return not word or word.lower() in lexicon.role_nouns() or word in lexicon.titles()


@cache
def _verb_pattern() -> str:
    verbs = sorted(lexicon.speech_verbs(), key=len, reverse=True)
    return "|".join(re.escape(v) for v in verbs)


# The patterns built from the word lists, compiled once at first use (each holds every speech verb:
# compiling one costs more than running it over a whole article).
@cache
def _speech_or_stance_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verb_pattern()}|{'|'.join(STANCE_VERBS)})\b")


@cache
def _longest_verb() -> int:
    return max(map(len, lexicon.speech_verbs()))


@cache
def _verb_at_end_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verb_pattern()})\s+$")


@cache
def _attribution_after_re() -> re.Pattern[str]:
    verbs = _verb_pattern()
    return re.compile(
        rf"^[,!?]?\s*(?:(?P<pron>he|she|they|it)\s+(?:\w+ly\s+)?(?:{verbs})\b"
        rf"|(?:{verbs})\s+(?P<post>\S)"
        rf"|according\s+to\s+(?P<acc>\S)"
        rf"|(?P<pre>[^\s.!?“”\"][^.!?“”\"]{{0,60}}?)\s+(?:\w+ly\s+)?(?:{verbs})\b)",
        re.I,
    )


@cache
def _speech_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verb_pattern()})\b", re.I)


@cache
def _speech_or_embedding_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verb_pattern()}|{'|'.join(EMBEDDING_VERBS)})\b", re.I)


def _attribute(
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
                return _resolve_pronoun(match.group("pron"), span.start, mentions, recent), "after-pronoun"
            for group in ("post", "acc", "pre"):
                if match.group(group):
                    at = span.end + match.start(group)
                    clause_end = _clause_end(paragraph, at) if group != "pre" else at + len(match.group("pre"))
                    ended = paragraph[span.end - 2 : span.end - 1] in ("?", "!")  # the quotation closed its sentence
                    if (
                        group == "pre"
                        and re.match(r"^\s*\w*\s*:", paragraph[span.end + match.end() :])
                        or ended
                        and re.match(r"^\s*\w*\s*,\s*[“\"]", paragraph[span.end + match.end() :])
                    ):
                        break  # "An angry Beattie said:" / "Scicluna said, “…" introduces the next quotation
                    if group == "pre" and re.match(
                        r"(?:while|whereas|and|but|as|when|although|though)\b", match.group("pre"), re.I
                    ):
                        break  # '…", while Deputy Governor Oleg Klimov indicated …': a new clause
                    who = _named_at(at, mentions, cast, paragraph, limit=clause_end, earlier=recent)
                    if who:
                        return who, f"after-{group}"
    # before: X said: “…” (the attribution ends right before the opening mark)
    before = paragraph[sentence_start : span.start]
    according = re.match(r"\s*According\s+to\s+", before)
    if according and "," in before[according.end() :]:  # "According to U.S. Attorney Bash, …: “…”"
        at = sentence_start + according.end()
        who = _named_at(at, mentions, cast, paragraph, limit=sentence_start + before.index(",", according.end()))
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
        if verb is not None or before.rstrip().endswith(":"):
            cut = sentence_start + (verb.start() if verb else len(before))
            who = _subject_before(paragraph, sentence_start, cut, mentions, recent, cast)
            if not who and verb is not None:  # inverted: 'said Junya Tanase of JPMorgan, were "…"'
                who = _named_at(
                    sentence_start + verb.end(),
                    [m for m in mentions if m.kind is Kind.PERSON],
                    cast,
                    paragraph,
                    limit=span.start,
                )
            if who:
                # A speaker found through "he" is not named in the quote's sentence: no quiz key.
                named_here = any(m.name == who and sentence_start <= m.start < span.start for m in mentions)
                return who, "before" if named_here else "before-pronoun"
        subject = next((m for m in mentions if sentence_start <= m.start < span.start), None)
        if subject and subject.kind is Kind.PERSON and subject.start - sentence_start < 40 and not subject.possessive:
            return subject.name, "before-subject"  # 'Trump, also on Twitter, defended his decision, "…"'

    # "… a “sharp increase” last week, according to a Woolworths spokesperson."
    if sentence is not None:
        later = re.search(r",\s+according\s+to\s+", paragraph[span.end : sentence_end])
        if later:
            at = span.end + later.end()
            who = _named_at(at, mentions, cast, paragraph, limit=_clause_end(paragraph, at))
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
            who = _named_at(
                at, [m for m in mentions if m.kind is Kind.PERSON] + orgs, cast, paragraph, limit=span.start
            )
            return (who, "embedded") if who else (None, "passive")
        if PASSIVE_RE.search(before[: embedded.start()]):
            # "… was announced to be a “pandemic” by the WHO": the agent follows; the subject is no speaker
            by = re.match(r"[^.;:!?“”\"]{0,30}?\bby\s+(?:the\s+)?", paragraph[span.end :])
            at = span.end + by.end() if by else span.end
            who = _named_at(at, mentions, cast, paragraph, limit=_clause_end(paragraph, at)) if by else None
            return (who, "embedded") if who else (None, "passive")
        who = _subject_before(paragraph, sentence_start, sentence_start + embedded.start(), mentions, recent, cast)
        if who:
            return who, "embedded"
    return None, "none"


def _clause_end(paragraph: str, at: int) -> int:
    """End of the attribution clause: 'said Yukos chief executive Steven Theede.'"""
    match = CLAUSE_END_RE.search(paragraph, at)
    return match.start() if match else len(paragraph)


def _named_at(
    at: int, mentions: list[Mention], cast: Cast, paragraph: str, limit: int, earlier: Sequence[Mention] = ()
) -> str | None:
    """Who an attribution clause names: a person before an organisation ("said Yukos chief
    executive Steven Theede"), else the organisation, else 'the mayor'."""
    named = [m for m in mentions if at <= m.start < max(limit, at + 1) and not _affiliation(paragraph, m)]
    person = next((m for m in named if m.kind is Kind.PERSON), None)
    if person:
        return person.name
    if named and not re.search(r"\b[A-Z]", paragraph[at : named[0].start]):
        job = re.match(r"\s+([a-z-]+)", paragraph[named[0].end :])
        if job and re.fullmatch(SPOKESPERSON, job.group(1)):
            return named[0].name  # "a Home Office spokesman said" speaks for the organisation
        if job and job.group(1) in lexicon.role_nouns():
            # "the Arsenal boss said" is a person described by their job: the one who holds it, if known
            return _definite_description(paragraph[at:limit], cast)
        return named[0].name  # an organisation, unless an unrecognised name stands before it
    words = paragraph[at:limit].split()
    if SPOKESPERSON_FIRST_RE.match(" ".join(words[:2])):
        voices = [
            *(m for m in earlier if m.voice),
            *(m for m in mentions if m.voice and m.start < at),
        ]  # "the spokesman added"
        return voices[-1].name if voices else None
    return _definite_description(" ".join(words[:4]), cast)


def _affiliation(paragraph: str, mention: Mention) -> bool:
    """'co-author Ted Scambos of CU Boulder's Cooperative Institute': the organisation is where
    the speaker works, not the speaker."""
    if mention.kind is not Kind.ORG:
        return False
    return bool(
        re.search(
            r"\b(?:of|at|from|for|with)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}$",
            paragraph[max(0, mention.start - 60) : mention.start],
        )
    )


def _subject_before(
    paragraph: str, sentence_start: int, cut: int, mentions: list[Mention], recent: list[Mention], cast: Cast
) -> str | None:
    """The speaker of a speech verb: the subject of its clause.

    The clause starts after ", while" or ";" ("Coles reported …, while ALDI … called it"). Its
    subject is the name that opens it ("Actor Denzel Washington, who paid for Boseman …,
    stated"), else the last person before the verb ("House of Commons Speaker John Bercow
    commented"), else a pronoun or "the mayor". After a participle ("Trump congratulated
    Pelosi, saying") it is the sentence's subject; of two names joined by "and", the first.
    """
    text = paragraph[sentence_start:cut]
    boundaries = list(re.finditer(r",\s*(?:while|but|whereas|and)\s+|;\s*", text))
    boundary = boundaries[-1] if boundaries else None  # the last clause boundary before the verb
    clause_start = sentence_start + (boundary.end() if boundary else 0)
    relative = re.search(r",\s*(?:who|whose|which)\b", paragraph[clause_start:cut])
    if relative:  # "The actor, whose films include … Michael Collins …, said": the speaker is before "whose"
        named = [m for m in mentions if clause_start <= m.start < clause_start + relative.start()]
        if named:
            persons = [m for m in named if m.kind is Kind.PERSON]
            return (persons or named)[0].name
        return _definite_description(paragraph[clause_start : clause_start + relative.start()], cast)
    clause = paragraph[clause_start:cut]
    named = [m for m in mentions if clause_start <= m.start < cut]
    if re.search(r",\s*(?:\w+ly\s+)?$", clause) and re.match(r"\w+ing\b", paragraph[cut:]):
        opening = [m for m in mentions if sentence_start <= m.start < cut and m.subject]
        if opening:
            return opening[0].name
        # "He also commented on the agreement, calling it “…”": the pronoun opening the sentence
        opening_pronoun = re.match(r"\s*(?:(?:But|And|Then)\s+)?(he|she)\s", paragraph[sentence_start:cut], re.I)
        if opening_pronoun:
            return _resolve_pronoun(opening_pronoun.group(1), sentence_start, mentions, recent)
    pronoun = re.search(r"\b(he|she|they|it)\s+(?:\w+\s+)?$", clause, re.I)
    if pronoun and (not named or named[-1].end < clause_start + pronoun.start()):
        # "Speaking to Martin Smith of PBS, he said": a name after a preposition in the same
        # sentence is not who "he" is; look before the sentence unless a subject opened it.
        subject_named = any(m.subject for m in named)
        at = clause_start + pronoun.start() if subject_named else sentence_start
        return _resolve_pronoun(pronoun.group(1), at, mentions, recent)
    persons = [m for m in named if m.kind is Kind.PERSON]
    if len(persons) >= 2 and re.fullmatch(r"\s+and\s+", paragraph[persons[-2].end : persons[-1].start]):
        return persons[-2].name  # "students Ryan Crabbe and Gordon Rennie, who observed"
    if persons and re.fullmatch(r"\s*(?:\w+ly\s+)?", paragraph[persons[-1].end : cut]) and not persons[-1].possessive:
        return persons[-1].name  # "Imus in the Morning writer Rob Bartlett tweeted": the name at the verb
    # A preposition's object is not the clause's subject: "decided by Congress and not by judges:",
    # nor an owner, unless what is owned is a text: "Trump's statement read:", not "Trump's lawyer said:"
    named = [m for m in named if not m.oblique and (not m.possessive or OWNED_TEXT_RE.match(paragraph, m.end))]
    persons = [m for m in named if m.kind is Kind.PERSON]
    opens = named[:1] if named and _only_a_title(paragraph[clause_start : named[0].start]) else []
    for choice in ([m for m in opens if m.kind is Kind.PERSON], persons, opens, named):
        if choice:
            return (choice[0] if choice is opens else choice[-1]).name
    return _definite_description(clause, cast)


def _only_a_title(prefix: str) -> bool:
    """Does only a title stand before the name ("Actor ", "Former US Ambassador ")? Not a
    fronted clause ("Reminded that Ferguson called him …, Wenger added")."""
    words = re.findall(r"[\w.'’-]+", prefix)
    if re.search(r"[,(;]", prefix):
        return False
    return all(w[0].isupper() or w.lower() in lexicon.role_nouns() for w in words)


def _definite_description(text: str, cast: Cast) -> str | None:
    """'the mayor', 'The president', 'the Arsenal boss' name the one person whose role has that job
    word; 'the party', 'the council' the one organisation of the article whose name ends in it."""
    nouns = lexicon.role_nouns()
    org_heads = {w.lower() for w in lexicon.org_words()}
    for match in reversed(list(re.finditer(r"\bthe\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\b", text, re.I))):
        noun = match.group(1).lower()
        if noun in nouns:
            holders = [
                p.name
                for p in cast.people
                if any(r.kind == "title" and noun in r.text.lower().replace("-", " ").split() for r in p.roles)
            ]
            return holders[0] if len(holders) == 1 else None
        if noun in org_heads and match.group(1).islower() and match.group(0).lower() == f"the {noun}":
            owners = [name for name in cast.organizations if name.lower().split()[-1] == noun]
            return owners[0] if len(owners) == 1 else None
    return None


def _resolve_pronoun(pronoun: str, at: int, mentions: list[Mention], recent: list[Mention]) -> str | None:
    """The latest sentence subject or speaker of the right kind; else the latest name of that kind.

    "The Scot defended Beattie, saying Gallas overreacted. ... He said:" means the Scot, not Gallas.
    """
    wanted = PRONOUNS[pronoun.lower()]

    def fits(m: Mention) -> bool:
        return not m.possessive and (wanted == "any" or (wanted == "person") == (m.kind is Kind.PERSON))

    here = [m for m in mentions if m.start < at and fits(m)]
    # A name earlier in the same paragraph: its subject if it has one, else the latest name that
    # is no preposition's object ("accepted responsibility for the murder of journalist X").
    for candidates in (here, [m for m in recent if fits(m)]):
        if candidates:
            subjects = [m for m in candidates if m.subject]
            direct = [m for m in candidates if not m.oblique]
            return (subjects or direct or candidates)[-1].name
    return None
