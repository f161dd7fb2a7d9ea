"""Checks a question must pass; problems are returned as data so reports can count them.

Each check is a named function over (question, candidate). They encode the failure shapes
that blind raters reject most often (shared/docs/questions.md): a key the source sentence
does not support, the answer visible in the stem, an option that is the answer under
another name, an unresolved pronoun, a broken quotation, a trivial blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .blank_checks import coming_year, fine_decimal, group_label, name_cut, quantifier_opening
from .figure_checks import computed_from_sentence, known_figure
from .generators import Candidate
from .generators.antecedents import GENDERED, known_genders
from .generators.guessable import home_place, place_given_away
from .generators.indefinite import disagreeing_article
from .generators.statements import NO_COMMENT_RE
from .generators.text import MEMBERSHIP_RE, mentions_any
from .generators.usage import once_per_analysis
from .giveaway_checks import company_described, possessive_in_name
from .headline_checks import headline_restated, headline_rounds_figure, not_in_headline
from .models import BLANK_RE, Analysis, ClozeQuestion, MultipleChoiceQuestion, Question, normalize
from .rules import lexicon
from .rules.verbs import bare_verb_after_have, may_hold_a_verb
from .setting_checks import scheduled_event, speech_audience
from .slip_shapes import reads_wrong
from .statement_shapes import STATEMENT_SHAPES

QUOTED_RE = re.compile(r"“[^”]*”")
OPEN_PRONOUN_RE = re.compile(
    r"^\W*(?:(?:But|And|Yet|So|However|Meanwhile),?\s+)?(he|she|they|it|this|these|those|that|him|them|his|her|their|its)\b",
    re.I,
)
NAME_THEN_DESCRIPTION_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*,\s+(.+?)[.!]?")


@dataclass(frozen=True)
class Problem:
    check: str
    detail: str


Check = Callable[[Question, Candidate, Analysis], str | None]


def _key_supported(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if not mentions_any(q.source_sentence, c.forms):
        return f"the source sentence does not contain {q.answer!r}"
    return None


def _answer_not_in_stem(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    stem = BLANK_RE.sub(" ", q.prompt)
    return f"the stem shows the answer {q.answer!r}" if mentions_any(stem, c.forms) else None


def _options_not_aliases(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if not isinstance(q, MultipleChoiceQuestion) or c.answer_type in ("date", "number"):
        return None
    answer_words = {w for f in c.forms for w in normalize(f).split() if len(w) > 2}
    for choice in q.choices:
        if choice != q.answer and answer_words & set(normalize(choice).split()):
            return f"option {choice!r} shares a name with the answer"
    return None


ECHO_WORD_RE = re.compile(r"[A-Za-z][a-z'’-]{4,}")


def _answer_not_echoed(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """A stem like "Which organisation said Britain's retailers had endured their worst Christmas?" among the
    Bank of England, the MPC, the EEF and the British Retail Consortium: the stem spells out a word
    of the answer (its first five letters) and of no other option (13th blind review, three raters
    of three). A person's name is no word a stem spells out ("Downey" and "down")."""
    if not isinstance(q, MultipleChoiceQuestion) or c.answer_type not in ("organization", "place"):
        return None
    stems = {w.lower()[:5] for w in ECHO_WORD_RE.findall(BLANK_RE.sub(" ", q.prompt))}

    def spelt(option: str) -> bool:
        return any(w.lower()[:5] in stems for w in ECHO_WORD_RE.findall(option))

    if spelt(q.answer) and not any(spelt(choice) for choice in q.choices if choice != q.answer):
        return f"the stem spells out a word of {q.answer!r} and of no other option"
    return None


def _enough_options(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if isinstance(q, MultipleChoiceQuestion) and len(q.choices) < 4:  # four options or none
        return f"only {len(q.choices)} options of the answer's kind"
    return None


def _no_open_pronoun(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if c.kind.value in ("quote",):
        return None
    stem = BLANK_RE.sub(" ", q.prompt)
    if c.completion:  # "Which place completes this sentence? “He left ___ ...”": the sentence counts
        inner = stem.split("“", 1)[-1]
    else:
        inner = QUOTED_RE.sub(" ", stem) if not isinstance(q, ClozeQuestion) else stem
    # also after a connective: "But its president ___ changed his mind" (25th review: vague)
    match = OPEN_PRONOUN_RE.match(inner.split("“", 1)[-1].strip())
    if match:
        return f"the stem starts with the pronoun {match.group(1)!r}"
    fronted = fronted_pronoun(inner.split("“", 1)[-1].strip())
    return f"the clause after {fronted.group(1)!r} opens on the pronoun {fronted.group(2)!r}" if fronted else None


# "In ___, it sued a former contractor", "If confirmed, that would be the best showing since ___",
# "In a report, it said", "In both cases, their shares fell by some ___" (22nd review: vague): a
# phrase with no name in it, then a pronoun as the subject or its owner.
FRONTED_PRONOUN_RE = re.compile(r"^([A-Z][^A-Z,;:“”\"]{0,60}),\s+(it|they|this|that|these|those|their|its)\s")


# "So far it has only received ___ from the US", "In ___ it bought Romanian firm GeCAD" (24th
# review: vague): a short phrase of time, with no comma, then "it" or "they" as the subject.
SHORT_FRONTED_PRONOUN_RE = re.compile(
    r"^((?:In|On|At|By|Since|Until|After|Before|During|Over|For|Last|This|Next|So far|Now|Then|Earlier|Later)"
    r"(?:\s+[^\s,;:“”\"]+){0,2})\s+(it|they)\s"
)


def fronted_pronoun(text: str) -> re.Match[str] | None:
    """The fronted phrase and the pronoun after it, when the pronoun says nothing of whom. An owner
    ("their", "its") only after a short phrase: "Singapore's economy grew by 8.1%, its best
    performance …" is an aside about the clause before it, not an unnamed owner."""
    fronted = FRONTED_PRONOUN_RE.match(text) or SHORT_FRONTED_PRONOUN_RE.match(text)
    if fronted and fronted.group(2) in ("their", "its") and len(fronted.group(1).split()) > 4:
        return None
    return fronted


PERSON_PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)


def _pronoun_has_a_name(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Mourinho said ___ would ...' is fine; 'The coach said he wanted ___' never says who 'he' is."""
    if not (c.cloze or c.completion):
        return None
    text = q.prompt.split("“", 1)[-1] if c.completion else q.prompt
    pronoun = PERSON_PRONOUN_RE.search(text)
    if pronoun is None:
        return None
    before = text[: pronoun.start()]
    if BLANK_RE.search(before) and c.answer_type == "person":
        return None  # the blank is the name
    facts = analysis.by_sentence[c.source.index]
    gender = GENDERED[pronoun.group(0).lower()]
    # "Police press officer Monika Kosiec stated police believe him to be aged ___": a woman is
    # named, "him" is someone else (25th review: vague)
    people = [p for p in facts.people if known_genders(analysis).get(p.name) in (None, gender)]
    if mentions_any(before, [f for person in people for f in person.forms]):
        return None
    return f"{pronoun.group(0)!r} with no name before it"


def _balanced_marks(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    opening, closing = q.prompt.count("“"), q.prompt.count("”")
    straight = q.prompt.count('"')
    if opening != closing or straight % 2:
        return "unbalanced quotation marks"
    if q.prompt.count("(") != q.prompt.count(")"):
        return "an opening bracket with no closing one ('Which country may lose 30bn baht (£398m?')"
    return None


def _place_known(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Which country is encouraging state-owned companies to sell shares to foreign investors?'
    in a story about China: the place the whole article is about, or one whose people the stem
    names, is the answer a reader gives without reading."""
    if c.answer_type != "place":
        return None
    return place_given_away(q.answer, BLANK_RE.sub(" ", q.prompt), _home_place(analysis))


_home_place = once_per_analysis(home_place)


def _indefinite_agrees(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'in an bid to help the ailing company': a slip copied from the article reads as ours."""
    for text in _texts(q, c):
        if slip := disagreeing_article(text):
            return f"{slip!r}: 'a' or 'an' disagrees with the word after it"
    return None


def _texts(q: Question, c: Candidate) -> list[str]:
    """What a reader sees of the article's words: the stem, and a statement's options."""
    if c.shape in ("true_false", "statement"):
        return [q.prompt, *(q.choices if isinstance(q, MultipleChoiceQuestion) else ())]
    return [q.prompt]


# "Pech-de-l’Azé I. These tools were …": a sentence split missed after an initial or a name
NEXT_SENTENCE_RE = re.compile(
    r"(?<![A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.\s+(?:The|These|This|Those|It|He|She|They|We|His|Her|Their|Its)\s+[a-z]"
    # "… down 2.1% at 1,011.15. Bar a slight dip …", "… the mass of the Sun. AB Aurigae is …" (18th review)
    # "… ended the day down at ___. Traders said …": the blank ends the first (22nd review)
    r"|(?<=[a-z0-9%)_])\.\s+(?:[A-Z][\w'’-]*\s+[a-z]|[A-Z]{2,}\s)"
    # "… in the here and now The hard drive …": the full stop lost
    r"|(?<=[a-z])\s+The\s+[a-z]"
    # "… than there were 30 years ago, With more people buying …": a comma for a full stop (36th review)
    r"|,\s+(?:With|But|And|However|It|They|He|She|We|This|These)\s+(?!(?:or|and|of|the|a|in)\b)[a-z]"
    # "… the National Hi-Tech Crime Unit (NHTCU) A survey conducted …": the full stop lost after a
    # bracket (41st review: formatting, three of three)
    r"|(?<=\))\s+(?:A|An|The)\s+[a-z]"
)
ABBREVIATION_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|vs|Inc|Ltd|Co|Jr|Sr|Mt)$")


def _one_sentence(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """A question from one sentence shows one: 'found in a site called ___ and the other one was
    from Pech-de-l’Azé I. These tools were …' runs on into the next (blind raters: formatting)."""
    if c.kind.value == "quote":
        return None  # a quotation may hold several sentences
    for text in _texts(q, c):
        shown = text.split("“", 1)[-1] if c.completion else text
        for match in NEXT_SENTENCE_RE.finditer(shown):
            if not ABBREVIATION_RE.search(shown[: match.start()]):
                return f"two sentences in one: {shown[max(0, match.start() - 20) : match.end() + 10]!r}"
    return None


def _worth_learning(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    answer = normalize(q.answer)
    # "Rome" and "Ukraine" are frequent words too; a name the word lists know is still a fact.
    known = lexicon.place_kind(q.answer) or q.answer in lexicon.organizations() or c.answer_type == "person"
    if answer in lexicon.common_words() and c.answer_type not in ("number", "date") and not known:
        return f"{q.answer!r} is a common word, not a fact"
    if c.answer_type == "number" and re.fullmatch(r"[01]", answer):
        return "blanking 0 or 1 tests nothing"
    if len(q.answer.strip()) < 2 and c.answer_type not in ("number", "date"):
        return f"{q.answer!r} is one letter: a piece of a name, not a fact"
    return None


def _one_answer(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Which organisation is one of the net giants muscling in on search?': Google is one too."""
    if c.kind.value not in ("subject", "role_holder"):
        return None
    match = MEMBERSHIP_RE.search(BLANK_RE.sub(" ", q.prompt))
    return f"{match.group(0)!r}: more than one name may be right" if match else None


def _readable_length(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    words = len(q.prompt.split())
    return f"the stem is {words} words long" if words > 60 else None


def _no_surname_in_stem(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Who is described as the wife of Valery Tsapkala?' (Veranika Tsapkala): a shared surname."""
    if c.answer_type != "person":
        return None
    stem = BLANK_RE.sub(" ", q.prompt)
    names = [w for w in q.answer.split() if len(w) > 3 and w[0].isupper()]
    return f"the stem shows {names[-1]!r}, part of the answer" if names and mentions_any(stem, (names[-1],)) else None


DOUBLED_RE = re.compile(r"\b(\w+(?:\s+\w+){0,2})\s+\1\b", re.I)
WORD_RE = re.compile(r"\w+")


def _doubled_word(text: str) -> str | None:
    if text.isascii():  # a doubled run is one to three whole words written twice in a row; most texts hold none
        words = WORD_RE.findall(text.lower())
        if not any(words[i : i + k] == words[i + k : i + 2 * k] for k in (1, 2, 3) for i in range(len(words) - k)):
            return None
    match = DOUBLED_RE.search(text)
    return (
        f"a doubled word {match.group(0)!r} copied from the article" if match and not match.group(1).isdigit() else None
    )


def _no_doubled_word(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    return _doubled_word(BLANK_RE.sub(" ", q.prompt))


def _news_not_reporting(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'No-one from the ___ was immediately available for comment': the reporting, not the news
    (35th review: trivial); statements refuse the same sentences as they are made."""
    return "a sentence about the reporting, not the news" if NO_COMMENT_RE.search(c.source.text) else None


def _reads_right(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """An article's slip copied, or a subject that is only a quantity (slip_shapes.py)."""
    return next(filter(None, map(reads_wrong, _texts(q, c))), None)


CHECKS: dict[str, Check] = {
    "key-not-supported": _key_supported,
    "answer-in-stem": _answer_not_in_stem,
    "option-is-alias": _options_not_aliases,
    "too-few-options": _enough_options,
    "answer-echoed": _answer_not_echoed,
    "open-pronoun": _no_open_pronoun,
    "pronoun-without-name": _pronoun_has_a_name,
    "unbalanced-marks": _balanced_marks,
    "trivial-answer": _worth_learning,
    "too-long": _readable_length,
    "several-answers": _one_answer,
    "answer-in-headline": not_in_headline,
    "headline-restated": headline_restated,
    "surname-in-stem": _no_surname_in_stem,
    "doubled-word": _no_doubled_word,
    "place-known": _place_known,
    "a-or-an": _indefinite_agrees,
    "two-sentences": _one_sentence,
    "no-comment": _news_not_reporting,
    "company-described": company_described,
    "possessive-in-name": possessive_in_name,
    "coming-year": coming_year,
    "group-label": group_label,
    "fine-decimal": fine_decimal,
    "quantifier-answer": quantifier_opening,
    "name-cut": name_cut,
    "headline-rounds-figure": headline_rounds_figure,
    "computed-figure": computed_from_sentence,
    "known-figure": known_figure,
    "speech-audience": speech_audience,
    "scheduled-event": scheduled_event,
    "reads-wrong": _reads_right,
}


def _has_a_verb(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'Adam Kokesh, an Iraq War veteran, activist, radio show host.': a name and what it is, cut
    from a longer sentence, states nothing (blind raters: ungrammatical). Only that shape is
    refused, a name then descriptions set off by commas with no verb in any of them."""
    for text in _texts(q, c):
        match = NAME_THEN_DESCRIPTION_RE.fullmatch(text.strip())
        rest = match.group(1) if match else None
        if rest is not None and not may_hold_a_verb(rest):
            return f"no verb: {text!r}"
    return None


SHARED_BY_ALL_RE = re.compile(r"\b(?:both|each|all)\b", re.I)


def _no_pointer_back(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """'a policy aimed at the issue', 'On the same day, the group issued a press release': words
    that point back to a sentence the statement does not show (rules/data/pointers_back.txt)."""
    for text in _texts(q, c):
        if not _any_pointer_back().search(text):
            continue  # most texts hold none: one pass, then each phrase only to say which
        for phrase in lexicon.pointers_back():
            if re.search(rf"\b{re.escape(phrase)}\b", text, re.I):
                return f"{phrase!r} points back to a sentence the statement does not show"
    return None


@cache
def _any_pointer_back() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon.pointers_back()))})\b", re.I)


# "After Trump tweeted the same advice", "Ben Sasse had the same response": the same as what, the
# sentence before said (33rd review: vague, three raters of three); "the same salary as" says it
SAME_AS_BEFORE_RE = re.compile(r"\bthe same\s+(?!as\b)[a-z]+\b(?![^.;]*\b(?:as|that)\b)", re.I)


def _no_same_as_before(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    for text in _texts(q, c):
        if (match := SAME_AS_BEFORE_RE.search(text)) and not SHARED_BY_ALL_RE.search(text):
            return f"{match.group(0)!r}: the same as what the statement does not show"
    return None


def _participle_after_have(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    for text in _texts(q, c):
        if slip := bare_verb_after_have(text):
            return f"{slip.group(0).strip()!r}: a base form where 'have' wants a participle"
    return None


def _reads_alone(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    """A dash left open, a relative clause with no main verb, quoted words about an unshown "it"
    (statement_shapes.py, 39th blind review)."""
    for text in _texts(q, c):
        for shape in STATEMENT_SHAPES:
            if detail := shape(text):
                return detail
    return None


def _statement_no_doubled_word(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    return _doubled_word(c.answer)


# Statements are the article's own sentences, filtered as they are made (generators/statements.py);
# their length is bounded there too; matching pairs are checked as they are made
# (generators/matching.py). What is left to check:
STATEMENT_CHECKS: dict[str, Check] = {
    "too-few-options": _enough_options,
    "doubled-word": _statement_no_doubled_word,
    "a-or-an": _indefinite_agrees,
    "two-sentences": _one_sentence,
    "no-verb": _has_a_verb,
    "points-back": _no_pointer_back,
    "same-as-before": _no_same_as_before,
    "bare-verb": _participle_after_have,
    "reads-alone": _reads_alone,
    "reads-wrong": _reads_right,
}
CHECKS_BY_SHAPE: dict[str, dict[str, Check]] = {
    "choice": CHECKS,
    "cloze": CHECKS,
    "true_false": STATEMENT_CHECKS,
    "statement": STATEMENT_CHECKS,
    "matching": {},
}


def check(question: Question, candidate: Candidate, analysis: Analysis) -> list[Problem]:
    problems = []
    for name, rule in CHECKS_BY_SHAPE[candidate.shape].items():
        detail = rule(question, candidate, analysis)
        if detail:
            problems.append(Problem(name, detail))
    return problems
