"""Natural wh-questions made from a sentence, for the shapes handled exactly.

1. Subject questions: when the answer is the sentence's subject, a wh-phrase replaces it and
   the rest is kept. "Jason Easton, a former senior adviser ..., said the G7 summit will ..."
   becomes "Who said the G7 summit will ...?"; "Two motions were passed by ..." becomes
   "How many motions were passed by ...?".
2. Where/when questions: when a place or a date closes the sentence after a preposition,
   the auxiliary is moved before the subject ("Where was Doris Day born?"), or "did"/"does"
   is added for a simple past or present verb ("Where did the leaders meet?").
Anything else is left to the completion and cloze generators rather than risk bad grammar.
"""

from __future__ import annotations

import re

from ..models import Analysis, Entity, QuestionKind, Sentence, normalize
from ..rules import lexicon
from ..rules.verbs import base_of_past, base_of_present
from .candidate import Candidate
from .guessable import home_place, place_given_away
from .openers import stand_alone
from .text import (
    Quotations,
    certain_organization,
    find_form,
    mentions_any,
    plausible_person,
    plausible_place,
    unit_after,
)

# A predicate must start with a verb; these words show it does not.
NOT_VERBS = frozenset(
    "and or but of in on at to for from with by as that which who whose whom the a an this these "
    "its his her their also".split()
)
AUXILIARIES = frozenset("has had have is was are were will would can could may might must should".split())
SPEECH_AUXILIARIES = frozenset("did does do said says told tells".split())
OPEN_PRONOUNS = re.compile(r"\b(he|she|they|him|them|it|this|these|those)\b", re.I)
PERSONAL_PRONOUN_RE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|themselves)\b", re.I)
FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")  # a speaker's words, not the article's
CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Today Yesterday Tomorrow Last Next This".split()
)
ACRONYM_RE = re.compile(r"^\s\((?=(?:[a-z]*[A-Z]){2})[A-Za-z&]{2,10}\)(?=\s)")
# ", the statement said,": an attribution inside the predicate reads as a second sentence.
INNER_ATTRIBUTION_RE = re.compile(r",\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported|added),")
APPOSITIVE_RE = re.compile(r"^,\s+(?:a|an|the|who|which|whose|himself|herself)\b[^,]*,\s*")
PLACE_WH = {"country": "Which country", "city": "Which city"}
ARTICLES = ("The ", "A ", "An ")
PREPOSITIONS = frozenset("to in on at for from by with into across over under after before during".split())
PLURAL_VERBS = frozenset({"have", "are", "were", "do"})
MAX_REST = 3  # words between the verb and a closing place/date: longer, and the phrase may belong to a noun


def generate(analysis: Analysis) -> list[Candidate]:
    candidates = []
    quoted = Quotations(analysis)
    home = home_place(analysis)  # once: it reads the whole article
    previous = None
    for sentence in analysis.sentences:
        after_quote = (
            previous is not None
            and previous.paragraph == sentence.paragraph
            and re.search(r"[”\"]\W*$", previous.text)
            and any(w.lower() in lexicon.speech_verbs() for w in sentence.text.split()[:8])
        )
        previous = sentence
        if after_quote:
            continue  # '“…” Macron told the world on Thursday': the tail of a quotation's attribution
        if re.search(r"[“”\"]", sentence.text) or FIRST_PERSON.search(sentence.text):
            continue  # quotations have their own questions; a quote in a stem needs care
        if quoted.hold(sentence.text):
            continue  # a sentence inside a multi-sentence quotation is someone's words
        facts = analysis.by_sentence[sentence.index]
        subjects = (
            *((p, "person") for p in facts.people if plausible_person(p)),
            *((o, "organization") for o in facts.organizations if certain_organization(o.name)),
            *((p, "place") for p in facts.places if plausible_place(p.name)),
        )
        named = tuple(form for person in facts.people for form in person.forms)
        for entity, answer_type in subjects:
            candidate = _entity_subject(sentence, entity, answer_type, named)
            if candidate:
                candidates.append(candidate)
        candidates += _number_subject(sentence, analysis)
        candidates += _number_object(sentence, analysis)
        candidates += _year_opening(sentence, analysis)
        candidates += _where_when(sentence, analysis, home)
    return candidates


# --- 1. subject questions ------------------------------------------------------------------


def _entity_subject(
    sentence: Sentence, entity: Entity, answer_type: str, named: tuple[str, ...] = ()
) -> Candidate | None:
    text = stand_alone(sentence.text) or sentence.text.strip()  # "However, Judge Clark said …"
    span = _subject_span(text, entity)
    if span is None:
        return None
    predicate = _predicate(text[span:], strict=answer_type != "person")
    if predicate is None or mentions_any(predicate, entity.forms):
        return None
    if re.search(r"[:;]", predicate) or INNER_ATTRIBUTION_RE.search(predicate):
        return None  # "Who received news …: Fox News reported …?": two sentences in one question
    if not re.search(r"[A-Z\d]", predicate) and re.search(r"\bthe\s+[a-z][\w-]*$", predicate):
        # "Who was involved in the deliberations?", "… behind the scheme?": which ones? With no
        # name, number or date the question leans on the sentence before (raters: vague).
        return None
    if answer_type == "organization" and re.match(r"report(?:s|ed)\b|ha(?:s|ve) learn[te]d?\b", predicate):
        return None  # "Which organisation reported …" or "has learnt …": the news outlet cited, nothing worth knowing
    # As a statement, only a person's own predicate: a pronoun in it would need the swapped
    # person's gender, and an organisation's or place's verb may have been changed below.
    stated = ("", f" {predicate}.") if answer_type == "person" and not PERSONAL_PRONOUN_RE.search(predicate) else None
    if answer_type == "person":
        wh = "Who"
        # "Who had her home searched?" would rule out every man among the options
        predicate = _neutral(predicate, tuple(f for f in named if f not in entity.forms))
        if predicate is None:
            return None
    elif answer_type == "organization":
        wh = "Which organisation"
        first, _, tail = predicate.partition(" ")
        if first + "s" in lexicon.speech_verbs() or first in ("want", "plan", "need", "hope", "believe", "think"):
            predicate = f"{first}s {tail}".strip()  # "the Tories say ..." -> "Which organisation says ...?"
    else:
        wh = PLACE_WH.get(lexicon.place_kind(entity.name) or "", "Which place")
    return Candidate(
        kind=QuestionKind.SUBJECT,
        prompt=f"{wh} {predicate}?",
        answer=entity.name,
        source=sentence,
        answer_type=answer_type,
        key=f"{normalize(entity.name)}|{normalize(' '.join(predicate.split()[:8]))}",
        answer_forms=entity.aliases,
        about=entity.name,
        weight=0.95,
        stated=stated,
    )


def _neutral(predicate: str, others: tuple[str, ...]) -> str | None:
    """'Who took his new band … after announcing his departure?' as 'their … their': a 'his' or
    'her' before any other person the predicate names stands for the answer, and would rule out
    every man or woman among the options. None for an object 'her' ('told her'), whose person is
    unnamed."""
    starts = [found[0] for form in others if (found := find_form(predicate, form))]
    limit = min(starts, default=len(predicate))
    head, tail = predicate[:limit], predicate[limit:]
    if any(not _possessive(m, head) for m in re.finditer(r"\bher\b", head)) or re.search(
        r"\b(?:him|himself|herself)\b", head
    ):
        return None
    return re.sub(r"\b(?:his|her)\b(?=\s+[a-z])", "their", head) + tail


def _possessive(her: re.Match[str], text: str) -> bool:
    """'her home' is hers; 'told her the plan', 'met her.' name her without saying who she is."""
    following = re.match(r"\s+([a-z][\w-]*)", text[her.end() :])
    return bool(following and following.group(1) not in NOT_VERBS)


def _predicate(rest: str, strict: bool = False, plural: bool = False) -> str | None:
    """The verb phrase after a subject, or None when what follows is not one.

    `strict` (after an organisation or a place) refuses a word in -s, which there is more
    often a plural noun ("U.S. officials identified ...") than a verb.
    """
    rest = ACRONYM_RE.sub("", rest, count=1)  # "The United States Coast Guard (USCG) called off …"
    appositive = APPOSITIVE_RE.match(rest)
    if appositive:
        rest = rest[appositive.end() :]
    rest = rest.strip().split(";")[0]
    first = rest.split(" ", 1)[0].lower() if rest else ""
    if not first or not first.isalpha() or first in NOT_VERBS or not rest[0].islower() or not _looks_like_verb(first):
        return None
    if first in PLURAL_VERBS and not plural:
        return None  # "Which place have ...": the wh-subject is singular
    if strict and not (first in AUXILIARIES or first in lexicon.speech_verbs() or base_of_past(first)):
        return None
    predicate = re.sub(r"^(\w+) also\b", r"\1", rest.rstrip(" .!"))  # "has also offered" -> "has offered"
    if OPEN_PRONOUNS.search(predicate) or FIRST_PERSON.search(predicate) or len(predicate.split()) < 4:
        return None
    if re.search(
        r",\s+(?:and|but|while|whereas)\s+(?:the\s+|a\s+|many\s+|most\s+|some\s+)?[A-Za-z]+\s+(?:\w+\s+)?"
        r"(?:is|are|was|were|has|have|had|will|would|said|say|says|believe|believes)\b",
        predicate,
    ):
        return None  # ", and many commentators believe …": a second clause with its own subject
    if re.match(r"(?:is|was|are|were)\s+(?:a|an|one)\b", predicate):
        return None  # "Which country is a Catholic-majority nation?": a definition fits many answers
    if re.search(r"\bmore\s+\w+", predicate) and not re.search(r"\bthan\b", predicate):
        return None  # "was more forceful": more than whom?
    if (
        re.search(r"\bboth\b", predicate)
        and not re.search(r"\band\b", predicate)
        or re.search(r"\beither\b", predicate)
        and not re.search(r"\bor\b", predicate)
    ):
        return None  # cut at a semicolon, "has both a federal body" lost its second half
    return predicate


def _looks_like_verb(word: str) -> bool:
    """'has', 'announced', 'urges' start a predicate; 'boss' or 'analysis' do not."""
    if word in AUXILIARIES or word in SPEECH_AUXILIARIES or word in lexicon.speech_verbs():
        return True
    if word in lexicon.role_nouns() or word.endswith(("ss", "us", "is", "ness")):
        return False
    return word.endswith(("ed", "es")) or (word.endswith("s") and len(word) > 3) or base_of_past(word) is not None


def _subject_span(text: str, entity: Entity) -> int | None:
    """End of the subject when the sentence opens with the entity (and perhaps its role)."""
    best = None
    for form in entity.forms:
        found = find_form(text, form)
        if found is None:
            continue
        start, end = found
        prefix = text[:start].strip()
        if prefix and not _is_role_prefix(prefix, entity):
            continue
        if text[end : end + 2] in ("'s", "’s"):
            continue  # "Carney's stop in Rome": the subject is the stop, not Carney
        best = max(best or 0, end)
    return best


def _is_role_prefix(prefix: str, entity: Entity) -> bool:
    roles = [r.text for r in getattr(entity, "roles", ())]
    cleaned = re.sub(r"^(the|former|then)\s+", "", prefix, flags=re.I)
    if prefix.lower() == "the":
        return True
    return any(normalize(cleaned) in normalize(r) or normalize(r).endswith(normalize(cleaned)) for r in roles)


def _number_subject(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'Two motions were passed by the London Assembly' -> 'How many motions were passed by ...?'"""
    for number in analysis.by_sentence[sentence.index].numbers:
        if number.start != 0 or number.value is None or not number.unit:
            continue
        after = sentence.text[number.end :]
        unit_end = unit_after(after, number.unit)
        if unit_end is None or number.unit in ("%", "$", "£", "€"):
            continue
        predicate = _predicate(after[unit_end:], plural=True)
        if predicate is None:
            continue
        return [
            Candidate(
                kind=QuestionKind.NUMBER,
                prompt=f"How many {number.unit} {predicate}?",
                answer=number.text,
                source=sentence,
                answer_type="number",
                key=f"{normalize(number.text)}|{normalize(predicate[:60])}",
                about=f"{number.text} {number.unit}",
                weight=0.95,
            )
        ]
    return []


# --- 2. where and when ---------------------------------------------------------------------


def _where_when(sentence: Sentence, analysis: Analysis, home: str | None) -> list[Candidate]:
    text = stand_alone(sentence.text) or sentence.text.strip()
    if not text.endswith("."):
        return []
    facts = analysis.by_sentence[sentence.index]
    answers: list[tuple[str, str, Entity | None]]
    answers = [(form, "place", place) for place in facts.places if plausible_place(place.name) for form in place.forms]
    answers += [(d.text, "date", None) for d in facts.dates if not d.relative and re.search(r"\d", d.text)]
    out = []
    for answer, answer_type, entity in answers:
        start = _where_when_start(text, answer)
        if start is None:
            continue
        question = invert_clause(text[:start], analysis)
        if question is None:
            continue
        wh = "Where" if answer_type == "place" else "When"
        forms = entity.forms if entity is not None else (answer,)
        prompt = f"{wh} {question}?"
        if mentions_any(prompt, forms) or _names_another(question, answer_type, sentence, analysis):
            continue
        if answer_type == "place" and place_given_away(answer, question, home):
            continue  # "Where did the Austrian court rule?", the article's own country
        at = text.find(answer, start)
        out.append(
            Candidate(
                kind=QuestionKind.PLACE if answer_type == "place" else QuestionKind.DATE,
                prompt=prompt,
                answer=answer,
                source=sentence,
                answer_type=answer_type,
                key=f"{normalize(answer)}|{normalize(question[:60])}",
                answer_forms=tuple(f for f in forms if f != answer),
                about=entity.name if entity else answer,
                weight=1.0,
                # Too few places or dates for options: "Boseman was born in South Carolina." to
                # judge, true or with another the article gives (shapes.restated).
                stated=(text[:at], text[at + len(answer) :]),
            )
        )
    return out


REGION_AND_END_RE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\.")
PLACE_PREPOSITION_RE = re.compile(r"\s(?:in|at|near|on|outside)\s+(?:the\s+)?\Z")


def _where_when_start(text: str, answer: str) -> int | None:
    """Where ' in Ottawa, Ontario.' starts when the sentence ends with the answer after a preposition
    (and perhaps a region): the leftmost start over every place the answer occurs, found without a
    pattern per answer."""
    starts = []
    at = text.find(answer)
    while at >= 0:
        if REGION_AND_END_RE.fullmatch(text, at + len(answer)):
            before = PLACE_PREPOSITION_RE.search(text, 0, at)
            if before:
                starts.append(before.start())
        at = text.find(answer, at + 1)
    return min(starts) if starts else None


def invert_clause(clause: str, analysis: Analysis) -> str | None:
    """'The summit will be held' -> 'will the summit be held'; 'Carney met Meloni' -> 'did Carney meet Meloni'."""
    parts = _split_clause(clause)
    if parts is None:
        return None
    subject, verb, rest = parts
    if len(rest) > MAX_REST or any(w in ("of", "about", "with", "for", "to", "from") for w in rest):
        return None  # "the role of faith schools in Britain": the place may not belong to the verb
    return _inverted(subject, verb, rest)


def _split_clause(clause: str) -> tuple[str, str, list[str]] | None:
    """Subject, verb and the words after it, for a clause that opens with a plain noun phrase."""
    words = clause.split()
    if "," in clause or len(words) < 2 or OPEN_PRONOUNS.match(words[0]):
        return None
    for i in range(1, min(len(words), 6)):
        subject, verb = " ".join(words[:i]), words[i]
        if not _plain_subject(subject):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        present = base_of_present(verb) and verb not in ("is", "has", "was")
        if present and (base_of_past(following) or following in AUXILIARIES):
            continue  # "Environment Agency engineers inspected": "engineers" is a noun here
        if verb in AUXILIARIES or base_of_past(verb) or present:
            subject = subject[0].lower() + subject[1:] if subject.startswith(ARTICLES) else subject
            return subject, verb, words[i + 1 :]
    return None


def _inverted(subject: str, verb: str, rest: list[str], main_verb_have: bool = False) -> str | None:
    """Question word order: 'will the summit be held', 'did Carney meet Meloni', 'does China have'."""
    if verb in ("has", "have", "had") and (
        main_verb_have or not (rest and (rest[0] == "been" or base_of_past(rest[0])))
    ):
        return " ".join(["did" if verb == "had" else "does", subject, "have", *rest])
    if verb in AUXILIARIES:
        return " ".join([verb, subject, *rest]) if rest else None
    base = base_of_past(verb)
    if base:
        return " ".join(["did", subject, base, *rest])
    base = base_of_present(verb)
    return " ".join(["does", subject, base, *rest]) if base else None


def _number_object(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'MessageLabs caught 273 phishing e-mails' -> 'How many phishing e-mails did MessageLabs catch?'"""
    out = []
    for number in analysis.by_sentence[sentence.index].numbers:
        if number.value is None or not number.unit or number.start == 0:
            continue
        if number.unit in ("%", "$", "£", "€") or not re.fullmatch(
            r"[\d,.]+(?: (?:million|billion|thousand))?", number.text
        ):
            continue
        parts = _split_clause(sentence.text[: number.start].strip())
        unit_end = unit_after(sentence.text[number.end :], number.unit)
        if parts is None or unit_end is None or parts[2]:
            continue  # words between the verb and the number ("more than 20") would make the key inexact
        subject, verb, _ = parts
        tail = sentence.text[number.end + unit_end :]
        rest = re.split(r"[,;.]|\b(?:who|which|that|while|but|and)\b", tail, maxsplit=1)[0].split()
        if re.search(r"\d", " ".join(rest)) or len(rest) > 8 or "ago" in rest:
            continue  # "… began 50 years ago": "ago" would be left behind the question
        counted = number.unit
        if rest[:1] == ["of"]:  # "3,217 tonnes of gold": what is counted includes the "of" phrase
            end = next((i for i, w in enumerate(rest[1:], 1) if w in PREPOSITIONS), len(rest))
            counted, rest = f"{counted} {' '.join(rest[:end])}", rest[end:]
        clause = _inverted(subject, verb, rest, main_verb_have=True)
        if clause is None or verb in AUXILIARIES - {"has", "have", "had"}:
            continue
        prompt = f"How many {counted} {clause}?"
        if FIRST_PERSON.search(prompt) or OPEN_PRONOUNS.search(prompt):
            continue
        out.append(
            Candidate(
                kind=QuestionKind.NUMBER,
                prompt=prompt,
                answer=number.text,
                source=sentence,
                answer_type="number",
                key=f"{normalize(number.text)}|{normalize(prompt[:60])}",
                about=f"{number.text} {number.unit}",
                weight=0.95,
            )
        )
    return out


def _year_opening(sentence: Sentence, analysis: Analysis) -> list[Candidate]:
    """'In 2004, MessageLabs caught 273 ...' -> 'In which year did MessageLabs catch 273 ...?'"""
    match = re.match(
        r"^In ((?:(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) )?(?:1[89]|20)\d\d),? (.+)\.$",
        sentence.text.strip(),
    )
    if not match or "," in match.group(2) or re.search(r"\b(?:1[89]|20)\d\d\b", match.group(2)):
        return []
    parts = _split_clause(match.group(2))
    clause = _inverted(*parts) if parts else None
    if clause is None or FIRST_PERSON.search(clause) or OPEN_PRONOUNS.search(clause):
        return []
    wh = "In which year" if match.group(1).isdigit() else "When"
    return [
        Candidate(
            kind=QuestionKind.DATE,
            prompt=f"{wh} {clause}?",
            answer=match.group(1),
            source=sentence,
            answer_type="date",
            key=f"{normalize(match.group(1))}|{normalize(clause[:60])}",
            about=match.group(1),
            weight=1.0,
        )
    ]


def _plain_subject(subject: str) -> bool:
    """'The summit', 'Mark Carney', 'The Walt Disney Company': a noun phrase without a verb in it."""
    words = subject.split()
    article = words[0].lower() in ("the", "a", "an")
    if not (words[0][0].isupper() or article) or (article and len(words) < 2):
        return False
    if any(w in CALENDAR_WORDS for w in words):
        return False  # "Monday saw armed police ...": a date, not who did it
    if not article and not all(
        w[0].isupper() or w in ("of", "the", "and", "de", "von", "van", "der", "al") for w in words
    ):
        return False  # "Mijares further": a name ends where lowercase words begin
    if words[0].lower() in (
        "he",
        "she",
        "they",
        "it",
        "this",
        "these",
        "those",
        "that",
        "there",
        "but",
        "and",
        "however",
        "his",
        "her",
        "its",
        "their",
        "such",
        "both",
    ):
        return False  # "When was that ban lifted?": the referent is in another sentence
    return all(not _looks_like_verb(w.lower()) or w[0].isupper() for w in words[1:])


def _names_another(question: str, answer_type: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Another place (or date) left in the question would make two answers defensible."""
    if answer_type == "place":
        return any(mentions_any(question, p.forms) for p in analysis.by_sentence[sentence.index].places)
    return any(d.text in question for d in analysis.by_sentence[sentence.index].dates)
