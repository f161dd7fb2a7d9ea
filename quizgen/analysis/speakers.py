"""Who an attribution names: the people and organisations of a paragraph as candidate speakers,
and how a clause, a pronoun or a description such as "the mayor" resolves to one of them.

Split from quotes.py (which finds the quotations and tries the attribution rules in order);
the mentions themselves are built by mentions.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..models import Person
from ..rules import lexicon
from .mentions import OBJECT_OF_VERB_RE, SPOKESPERSON, SPOKESPERSON_FIRST_RE, Mention, verb_pattern
from .names import Kind

# A noun that stands for whichever organisation the text is about, as "it" does ("the organisation
# said in a statement"); not one that names a kind an article may hold several of ("the party").
GENERIC_ORGANISATION_RE = re.compile(r"the\s+(?:organi[sz]ation|company|firm|group)", re.I)
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organization", "i": "person"}
PRONOUN_GENDERS = {"he": "m", "she": "f"}
# "Trump's statement read:", "the WHO's website said:": a text speaks for its owner.
OWNED_TEXT_RE = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:statement|letter|tweet|post|message|note|website|account|blog|"
    r"press release|announcement|memoir|speech|report)s?\b"
)
# "The account for The Bernie and Sid Show, which replaced …, tweeted:": an account speaks for its
# owner, named after "of" or "for" even where the analysis found no entity in the name.
ACCOUNT_OF_RE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:The|An?)\s+(?:official\s+)?(?:(?:Twitter|Facebook|Instagram|YouTube)\s+)?"
    r"(?:account|feed)\s+(?:of|for)\s+(?P<owner>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’&.-]*)*)"
)
CLAUSE_END_RE = re.compile(r"[.;:!?“\"]|, (?:who|which|and)\b")


@dataclass(frozen=True)
class Cast:
    """Who a description such as "the mayor" or "the party" can name."""

    people: tuple[Person, ...]
    organizations: tuple[str, ...]


@cache
def _speech_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_pattern()})\b")


def attribution_clause_end(paragraph: str, at: int) -> int:
    """End of the attribution clause: 'said Yukos chief executive Steven Theede.'"""
    match = CLAUSE_END_RE.search(paragraph, at)
    return match.start() if match else len(paragraph)


def named_at(
    at: int, mentions: list[Mention], cast: Cast, paragraph: str, limit: int, earlier: Sequence[Mention] = ()
) -> str | None:
    """Who an attribution clause names: a person before an organisation ("said Yukos chief
    executive Steven Theede"), else the organisation, else 'the mayor'."""
    # Not the one whose agent speaks: 'said Aguilera's agent Meghan Prophet' ("Erdogan's office" speaks for him)
    named = [
        m
        for m in mentions
        if at <= m.start < max(limit, at + 1)
        and not _affiliation(paragraph, m)
        and not m.modifier
        and not (m.possessive and _owner_of_a_person(paragraph, m))
    ]
    people = [m for m in named if m.kind is Kind.PERSON]
    if len(people) > 1 and _owner_of_a_person(paragraph, people[0]):
        # 'said Cobain biographer Charles Cross', 'said Obama adviser David Axelrod': the first name
        # says whose biographer; the words are the biographer's (35th review: wrong key)
        return people[1].name
    if people:
        return people[0].name
    if named and not re.search(r"\b[A-Z]", paragraph[at : named[0].start]):
        job = re.match(r"\s+([a-z-]+)", paragraph[named[0].end :])
        if job and re.fullmatch(SPOKESPERSON, job.group(1)):
            return named[0].name  # "a Home Office spokesman said" speaks for the organisation
        return named[0].name  # an organisation, unless an unrecognised name stands before it
    # "the Arsenal boss said": a person described by their job (the name is a `modifier`), the one who holds it
    words = paragraph[at:limit].split()
    if SPOKESPERSON_FIRST_RE.match(" ".join(words[:2])):
        voices = [
            *(m for m in earlier if m.voice),
            *(m for m in mentions if m.voice and m.start < at),
        ]  # "the spokesman added"
        return voices[-1].name if voices else None
    if GENERIC_ORGANISATION_RE.fullmatch(" ".join(words[:2])):
        # '“…,” the organisation said': the organisation the paragraph last made a subject, never a person
        return resolve_pronoun("it", at, mentions, list(earlier))
    return _definite_description(" ".join(words[:4]), cast)


def _owner_of_a_person(paragraph: str, mention: Mention) -> bool:
    """'Aguilera's agent', 'Nogar's son Stephen': the words are the agent's or the son's."""
    owned = re.match(r"(?:['’]s?)?\s+([\w-]+)(?:\s+([\w-]+))?", paragraph[mention.end : mention.end + 60])
    nouns = lexicon.role_nouns()  # 'Nogar's son', "Aguilera's long-time agent"
    words = [w.lower() for w in owned.groups() if w] if owned else []
    return any(w in nouns or w.endswith("s") and w[:-1] in nouns for w in words)  # "Mr Jackson's lawyers"


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


def subject_before(
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
    according = re.match(r"\s*According\s+to\s+", paragraph[clause_start:cut], re.I)
    source = next((m for m in mentions if according and clause_start + according.end() <= m.start < cut), None)
    if source:  # "According to Mr Peston the prime minister said:": Peston reports who said it
        clause_start = source.end
    account = ACCOUNT_OF_RE.match(paragraph, clause_start)
    if account and account.end() <= cut:
        owner = next((m for m in mentions if m.start == account.start("owner")), None)
        return owner.name if owner else account.group("owner")
    relative = re.search(r",\s*(?:who|whose|which)\b", paragraph[clause_start:cut])
    after_relative = paragraph[clause_start + relative.end() : cut].rsplit(",", 1) if relative else []
    if len(after_relative) == 2 and re.match(r"\s*(?:his|her|their|its|the|a|an)\s", after_relative[1]):
        relative = None  # "Of the cut due to Lee, 82, who created Spider-Man, his lawyer said": the lawyer speaks
    if relative:  # "The actor, whose films include … Michael Collins …, said": the speaker is before "whose"
        named = [m for m in mentions if clause_start <= m.start < clause_start + relative.start()]
        if named:
            persons = [m for m in named if m.kind is Kind.PERSON]
            return (persons or named)[0].name
        return _definite_description(paragraph[clause_start : clause_start + relative.start()], cast)
    clause = paragraph[clause_start:cut]
    named = [m for m in mentions if clause_start <= m.start < cut and not m.modifier]
    described = DESCRIBED_AT_VERB_RE.search(clause)
    if described and not any(clause_start + described.start(1) <= m.start < cut for m in named):
        # "Reacting to a comment by chairman Tim Phillips, the American said": the description at
        # the verb is its subject, not the name before it (a blind review's wrong key).
        return _definite_description(described.group(1), cast)
    conjoined = re.search(r"\b(?:but|and)\s+(?:\w+ly\s+)?$", clause)
    # the latest verb of saying before "and": "… but his lawyer told X it was … and added:"
    earlier = (
        _speech_verb_re().finditer(paragraph, sentence_start, clause_start + conjoined.start()) if conjoined else ()
    )
    earlier_verb = next(reversed(list(earlier)), None)
    if earlier_verb:
        # "The girl said she hoped to meet DiCaprio and Keanu Reeves but joked that": the verb shares
        # the subject of the earlier verb of saying; the names after that verb are what was said
        return subject_before(paragraph, sentence_start, earlier_verb.start(), mentions, recent, cast)
    if re.search(r",\s*(?:\w+ly\s+)?$", clause) and re.match(r"\w+ing\b", paragraph[cut:]):
        # "He also commented on the agreement, calling it “…”", "He said Mr Blair had spoken …, adding:":
        # the pronoun opening the sentence, never a name after its verb
        opening_pronoun = re.match(r"\s*(?:(?:But|And|Then)\s+)?(he|she)\s", paragraph[sentence_start:cut], re.I)
        if opening_pronoun:
            return resolve_pronoun(opening_pronoun.group(1), sentence_start, mentions, recent)
        main_verb = _main_speech_verb(paragraph, clause_start, cut)
        if main_verb is not None and INTRODUCING_PARTICIPLE_RE.match(paragraph, cut):
            # "Amanda's uncle, Lewis Champion, told the BBC Ford did not deserve …, saying: “…”": the
            # participle shares the subject of the clause's verb of saying; a name after that verb is
            # in what was reported (41st blind review: wrong key). Only a subject named before that
            # verb, not "It said …" or "Her uncle told …" resolved from afar: else no speaker.
            who = subject_before(paragraph, sentence_start, main_verb, mentions, recent, cast)
            named_first = any(m.name == who and clause_start <= m.start < main_verb for m in mentions)
            return who if named_first else None
        opening = [
            m
            for m in mentions
            if sentence_start <= m.start < cut and m.subject and not m.modifier and not object_of_verb(paragraph, m)
        ]
        if opening:
            return opening[0].name
    pronoun = re.search(r"\b(he|she|they|it)\s+(?:\w+\s+){0,2}$", clause, re.I)  # "he had once told"
    if pronoun and (not named or named[-1].end < clause_start + pronoun.start()):
        # "Speaking to Martin Smith of PBS, he said": a name after a preposition in the same
        # sentence is not who "he" is; look before the sentence unless a subject opened it.
        subject_named = any(m.subject for m in named)
        at = clause_start + pronoun.start() if subject_named else sentence_start
        return resolve_pronoun(pronoun.group(1), at, mentions, recent)
    persons = [m for m in named if m.kind is Kind.PERSON]
    if len(persons) >= 2 and re.fullmatch(r"\s+and\s+", paragraph[persons[-2].end : persons[-1].start]):
        return persons[-2].name  # "students Ryan Crabbe and Gordon Rennie, who observed"
    if persons and re.fullmatch(r"\s*(?:\w+ly\s+)?", paragraph[persons[-1].end : cut]) and not persons[-1].possessive:
        return persons[-1].name  # "Imus in the Morning writer Rob Bartlett tweeted": the name at the verb
    # A preposition's object is not the clause's subject: "decided by Congress and not by judges:",
    # nor an owner, unless what is owned is a text: "Trump's statement read:", not "Trump's lawyer said:"
    named = [m for m in named if not m.oblique and (not m.possessive or OWNED_TEXT_RE.match(paragraph, m.end))]
    # Nor a verb's object: "An All England club spokesperson denied Phillips made the remark, insisting:"
    named = [m for m in named if not object_of_verb(paragraph, m)]
    persons = [m for m in named if m.kind is Kind.PERSON]
    opens = named[:1] if named and _only_a_title(paragraph[clause_start : named[0].start]) else []
    for choice in ([m for m in opens if m.kind is Kind.PERSON], persons, opens, named):
        if choice:
            return (choice[0] if choice is opens else choice[-1]).name
    return _definite_description(clause, cast)


# A participle of speech that introduces the quotation itself (", saying: “…”", ", adding “…”"); not
# one with an object of its own (", telling him to “hit our books”"), which may belong to the report.
INTRODUCING_PARTICIPLE_RE = re.compile(r"\w+ing\s*[:,]?\s*[“\"]")


def _main_speech_verb(paragraph: str, start: int, cut: int) -> int | None:
    """Where the first finite verb of saying of a clause starts ("told", "said"), the clause's main
    verb, whose subject a later ", saying:" shares; not a participle ("Speaking to the BBC"), "to
    say", or "according"."""
    for verb in _speech_verb_re().finditer(paragraph, start, cut):
        word = verb.group().lower()
        if start < verb.start() and not word.endswith("ing") and not paragraph[: verb.start()].endswith("to "):
            return verb.start()
    return None


def object_of_verb(paragraph: str, mention: Mention) -> bool:
    return OBJECT_OF_VERB_RE.search(paragraph, max(0, mention.start - 30), mention.start) is not None


# ", the American said", ", the 30-year-old club captain added": a description right before the verb.
DESCRIBED_AT_VERB_RE = re.compile(r",\s+(the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:\w+ly\s+)?$")


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


def resolve_pronoun(pronoun: str, at: int, mentions: list[Mention], recent: list[Mention]) -> str | None:
    """The latest sentence subject or speaker of the right kind; else the latest name of that kind.

    "The Scot defended Beattie, saying Gallas overreacted. ... He said:" means the Scot, not Gallas.
    """
    wanted = PRONOUNS[pronoun.lower()]
    gender = PRONOUN_GENDERS.get(pronoun.lower())

    def fits(m: Mention) -> bool:
        return (
            not m.possessive
            and (wanted == "any" or (wanted == "person") == (m.kind is Kind.PERSON))
            and m.gender in (None, gender)  # "he" is never a woman the article or her given name says is one
        )

    here = [m for m in mentions if m.start < at and fits(m)]
    # A name earlier in the same paragraph: its subject if it has one, else the latest name that
    # is no preposition's object ("accepted responsibility for the murder of journalist X").
    if here:
        subjects = [m for m in here if m.subject]
        direct = [m for m in here if not m.oblique]
        chosen = (subjects or direct or here)[-1]
        if gender and _another_may_be_meant(chosen, here, gender):
            return None
        return chosen.name
    if gender and any(m.start < at and m.gender not in (None, gender) for m in mentions):
        # '… with inductee Neil Young. “…,” she said': the paragraph names only a man; the woman
        # meant is one the analysis missed, not someone of an earlier paragraph
        return None
    spoke = [m for m in mentions if m.start < at and m.subject and quoted_speaker(m)]
    if wanted == "person" and spoke and spoke[-1].kind is Kind.ORG:
        # 'A spokesman for the BPI said … “…”. “…,” he said': a paragraph naming no one, whose
        # organisation has spoken, quotes its unnamed spokesperson, not a person of an earlier paragraph
        return spoke[-1].name
    earlier = [m for m in recent if fits(m)]
    if not earlier:
        return None
    subjects = [m for m in earlier if m.subject]
    if subjects and _named_in_a_later_paragraph(earlier, max(i for i, m in enumerate(earlier) if m.subject)):
        # 'John Snow said … ¶ But that was not enough for Mr Sarkozy. ¶ “…,” he said': a paragraph
        # after the latest subject's names someone else: unsure, no speaker
        return None
    direct = [m for m in earlier if not m.oblique]
    return (subjects or direct or earlier)[-1].name


def _another_may_be_meant(chosen: Mention, here: list[Mention], gender: str) -> bool:
    """'… said Mr French. Staunton is also the choice of Steven Gaydos. … “…,” he told': someone who
    may be "he", named after the chosen subject as no verb's subject or object, in a later
    sentence, or in the same one when the subject's verb is "is" (the other may be who acts, see `_rather`):
    unsure, no speaker (`here`: the fitting mentions before the pronoun). A verb's object ("he
    tipped Swank") is not who "he" is, nor a preposition's after a verb that acts ("Lopes accepted
    blame for the death of reporter Reis")."""
    if chosen.sentence < 0:
        return False
    return any(
        m.start > chosen.start
        and m.name != chosen.name
        and not m.subject
        and not m.object
        and (m.sentence > chosen.sentence or (m.sentence == chosen.sentence and _rather(m, chosen, gender)))
        for m in here
    )


def _rather(other: Mention, chosen: Mention, gender: str) -> bool:
    """'Staunton is also the choice of Steven Gaydos': the subject of "is" does nothing, and only
    the other is known to be of the pronoun's gender ("Dementieva is also angry and says that
    Dechy …" leaves "she" to Elena Dementieva)."""
    return chosen.linking and chosen.gender is None and other.gender == gender


def _named_in_a_later_paragraph(earlier: list[Mention], subject: int) -> bool:
    """Does a mention after `earlier[subject]` (the mentions of earlier paragraphs, in reading
    order, each with an offset into its own paragraph) belong to a later paragraph and name someone
    else? A later paragraph starts where the offsets start again."""
    after = earlier[subject:]
    surname = after[0].name.split()[-1]
    for i, (previous, mention) in enumerate(pairwise(after), start=1):
        if mention.start < previous.start:
            return any(m.name.split()[-1] != surname for m in after[i:])
    return False


def quoted_speaker(mention: Mention) -> bool:
    """The mention quotes.py adds at a quotation's end for its speaker: it has no text of its own."""
    return mention.start == mention.end
