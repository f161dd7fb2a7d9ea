"""A fact inside someone's own words, the speaker named in the stem.

"Which date completes what Perttu Ahola told Wikinews? “I created the website sometime during
___.”" The facts generator (facts.py) leaves quotations and interview answers alone, because a
blank there hides whose words they are; here the speaker is named, so the blank tests a fact of
the story as someone told it. Two sources of words:
- an interview's turns ("((Perttu Ahola))  I created the website …"): every sentence of an
  interviewee's turn, and of the paragraphs that continue it before the next turn;
- a direct quotation whose speaker the attribution names in the quotation's own sentence or
  paragraph ("“We will hire 500 staff,” said Jane Smith."), when it opens a sentence of its own.
The blank itself is made by facts.py (`blankable`, `blank_candidates`): every rule that keeps a
blank worth asking (a fact, not a piece of a name, not given away, not famous) applies unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..models import Analysis, QuestionKind, Quote, Sentence, normalize
from .candidate import Candidate
from .facts import blank_candidates, blankable, usable_sentence
from .guessable import home_organization
from .leaning import leans_on_the_page
from .quotes import NAMED_RULES, attribution_sentence, entities_by_name, named_entity, quotable, quote_fact
from .text import mentions_any, plausible_person
from .usage import surnames_in_doubt

# The quotation's speaker named by its attribution (quotes.py), or by "he said" or a quotation that
# runs on from the paragraph before, resolved to someone named close by (_named_nearby).
ATTRIBUTED = (*NAMED_RULES, "after-pronoun", "before-pronoun", "continued")
# "((Perttu Ahola))" opening a paragraph; not a language tag ("((hi))Hindi language: …").
TURN_RE = re.compile(r"^\(\(([A-Z][^()]{1,60})\)\)\s*:?\s*")
# A quotation's text inside its sentence: between marks, or from the sentence's start to a
# closing mark when the quotation began in the sentence before.
QUOTED_RE = re.compile(r"[“\"]([^“”\"]+)[”\"]|^([^“”\"]+)[”\"]")
# "100%", "a million times", "a thousand per cent": a figure of speech, not a fact of the story.
FIGURE_OF_SPEECH_RE = re.compile(
    r"^(?:100|110|1,?000|a (?:hundred|thousand|million)|1 million)\s*(?:%|per ?cent|percent)?$", re.I
)
# Only a date or a number is blanked in someone's words: a name, a term or an organisation there
# is what the speaker talks about, not a fact a reader learns ("specialise in ___" Robotics, "___
# rightly said" Gary Morgan, "the Spanish Flu that shaped ___"; the lead's review of 17 interviews).
SPOKEN_FACTS = ("date", "number")
# An editor's word in square brackets ("Lectured in RMIT before launching [my] firm", "PR [pull
# request]"): the sentence is no longer the speaker's words alone.
EDITOR_RE = re.compile(r"\[[^\]]*\]")
# A speaker correcting themselves mid-sentence ("and then again in — around 2010", "we had...
# pretty much our final draft"): no clean statement to complete.
HESITATION_RE = re.compile(r"\.\.\.|…|\s[—–]\s|\b(?:I|was|is|were) like\b")
PERCENT_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per ?cent\b|percent\b)", re.I)
# Census figures an interviewee pasted ("aged 15 years and over, 23.7% were married and 5.8% …"):
# two shares in a sentence, a census, or a paragraph of three or more shares.
CENSUS_RE = re.compile(r"\bcensus\b", re.I)
# General science, not the speaker's story ("Oxygen (O2) fills our atmosphere to 20% by volume").
GENERAL_SCIENCE_RE = re.compile(r"\b(?:atmosphere|sea level|speed of light|boiling point)\b", re.I)
# "And so that was mostly done in 2019", "So that, trying …", "And then from there, I think …",
# "Well, like I said, we started back in 2017": what was done, the answer before says.
DEMONSTRATIVE_SUBJECT_RE = re.compile(
    r"^(?:(?:and|so|but|well|then|now)\b[\s,]*)*(?:(?:that|this|these|those|it)\s+(?:\w+\s+)?"
    r"(?:was|is|were|are|has|had|will|would|took)\b|that\s*,)",
    re.I,
)
SPOKEN_BACK_REFERENCE_RE = re.compile(
    r"\b(?:from there|(?:like|as) I (?:said|mentioned)|you(?:'re| are) (?:referring|talking))\b", re.I
)
# "…back in 2005, I would say": the speaker's modesty, not a guess.
MODEST_RE = re.compile(r"\b(?:I|we) (?:would|'d) say\b|\bI'd say\b", re.I)
# "like 3 block types", "it looks like 11 languages have ___": a filler before the number, no
# figure the speaker vouches for.
FILLER_BEFORE_RE = re.compile(r"\blike\b(?:\s+\S+){0,4}\s*$", re.I)
# "Growth will probably slow by ___", "If you are going at ___", "we expect growth to fall to ___":
# a guess, a plan or a case the speaker imagines ("we will show an increase for ___", "we will
# have ___ players on Tuesday"), no fact of the story.
SPOKEN_HEDGE_RE = re.compile(
    r"\b(?:probably|likely|expect\w*|doubt|[Ii]f|[Uu]nless|could|might|(?-i:may)|should|would|will|won't)\b|'ll\b"
)
DURATION_IN_RE = re.compile(r"\b\d+\s+(?:years?|months?|weeks?|days?)\b", re.I)
# "over 120 languages and over 80 cultures": a figure beside another (not a year) is a run of
# figures, one as likely as the other.
OTHER_FIGURE_RE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*")
# "30 to ___ minutes", "2 to ___": one end of a range.
RANGE_END_RE = re.compile(r"\d\s*(?:to|-|–)\s*$")
# "try again in 4 years", "within 30 minutes": a stretch of time, not an event of the story.
DURATION_RE = re.compile(r"^\d[\d,]*\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$", re.I)


@dataclass(frozen=True)
class Words:
    """Someone's words in one sentence of the article: `text` (without quotation marks), whose."""

    sentence: Sentence
    text: str
    speaker: str
    told: str  # "told Wikinews", "said": how the stem introduces the speaker
    reveals: frozenset[str] = frozenset()


def generate(analysis: Analysis) -> list[Candidate]:
    home = home_organization(analysis)
    statistics = _statistics_paragraphs(analysis)
    candidates: list[Candidate] = []
    seen: set[str] = set()
    for words in (*interview_answers(analysis), *quoted_words(analysis)):
        if normalize(words.text) in seen or not told_as_a_fact(words.text) or words.sentence.paragraph in statistics:
            continue  # a sentence the article prints twice is asked once
        seen.add(normalize(words.text))
        shown = words.sentence.model_copy(update={"text": words.text})  # the blank is looked for in the words alone
        for answer, answer_type, forms, about in blankable(shown, analysis):
            if answer_type not in SPOKEN_FACTS or about == home or _not_a_fact(answer, answer_type, about, words.text):
                continue
            for made in blank_candidates(shown, answer, answer_type, forms, about):
                candidates.append(_attributed(made, words))
    return candidates


def _attributed(made: Candidate, words: Words) -> Candidate:
    """The facts generator's blank, its stem naming the speaker and its source the article's sentence."""
    blanked = made.prompt.split("“", 1)[-1].rstrip("”") if made.completion else made.prompt
    if made.completion:
        noun = "date" if made.kind is QuestionKind.DATE else "number"
        prompt = f"Which {noun} completes what {words.speaker} {words.told}? “{blanked}”"
    else:
        prompt = f"{words.speaker} {words.told}: “{blanked}”"
    return replace(
        made,
        prompt=prompt,
        source=words.sentence,
        key=f"said|{made.key}",
        reveals=words.reveals,
    )


def told_as_a_fact(text: str) -> bool:
    """Someone's sentence that states a fact of their story as it stands: not leaning on the
    sentence before, no editor's bracket, no self-correction, no run of statistics, no general
    science."""
    return not (
        leans_on_the_page(text)
        or EDITOR_RE.search(text)
        or HESITATION_RE.search(text)
        or len(PERCENT_RE.findall(text)) >= 2
        or CENSUS_RE.search(text)
        or GENERAL_SCIENCE_RE.search(text)
        or DEMONSTRATIVE_SUBJECT_RE.match(text)
        or SPOKEN_BACK_REFERENCE_RE.search(text)
        or SPOKEN_HEDGE_RE.search(MODEST_RE.sub("", text))
    )


def _statistics_paragraphs(analysis: Analysis) -> set[int]:
    """Paragraphs holding three or more shares, or a census: figures pasted from a report."""
    shares: dict[int, int] = {}
    for sentence in analysis.sentences:
        count = 3 if CENSUS_RE.search(sentence.text) else len(PERCENT_RE.findall(sentence.text))
        shares[sentence.paragraph] = shares.get(sentence.paragraph, 0) + count
    return {paragraph for paragraph, count in shares.items() if count >= 3}


def _not_a_fact(answer: str, answer_type: str, about: str, text: str) -> bool:
    """Spoken words hold more numbers and names than facts of the story: refused here, on top of
    every rule of facts.py, are an editor's gloss and the words it explains ("a ___ [Just-in-time]
    compiled version", "thank [___]", "the ___ (Chin) emperor"), a version number ("the initial ___
    development": 0.4), a bare number that counts nothing named ("we have ___ at the moment", "since I was ___"), and a
    figure of speech ("100%", "a million times")."""
    at = text.find(answer)
    before, after = text[: max(at, 0)], text[at + len(answer) :]
    if before.count("[") > before.count("]") or re.match(r"^\s*[\[\]]|^\s+\([A-Z]", after):
        return True
    if RANGE_END_RE.search(before) or DURATION_RE.match(answer.strip()) or re.search(r"\bcentur", answer):
        return True  # "30 to ___" (60 minutes), "try again in ___" (4 years), "the Spanish Flu that shaped ___"
    if answer_type == "date" and DURATION_IN_RE.search(before + " " + after):
        return True  # "Each mayor term is 4 years, that takes it to ___": sums, not reading
    year = re.fullmatch(r"(?:19|20)(\d\d)", answer.strip())
    if year and re.search(rf"['’]{year.group(1)}\b", before + " " + after):
        return True  # "___ was when I was first elected … all class of '83": the year is given
    if answer_type != "number":
        return False
    others = OTHER_FIGURE_RE.findall(before + " " + after)
    if FILLER_BEFORE_RE.search(before) or others:
        return True
    if re.fullmatch(r"\d+\.\d+", answer.strip()) or (about == answer and not re.search(r"[%$£€]|per ?cent", answer)):
        return True
    return _figure_of_speech(answer, text)


def _figure_of_speech(answer: str, text: str) -> bool:
    """'We gave it 100%', 'I've said it a thousand times': no count a reader should learn."""
    if FIGURE_OF_SPEECH_RE.match(answer.strip()):
        return True
    round_figure = re.fullmatch(r"1(?:,?000)*|100", answer.strip())
    at = text.find(answer)
    return bool(round_figure) and at >= 0 and bool(re.match(r"^\s*times\b", text[at + len(answer) :]))


# --- interviews ------------------------------------------------------------------------------


def interview_answers(analysis: Analysis) -> Iterator[Words]:
    """Each usable sentence of an interviewee's turn. A paragraph without a marker continues the
    turn before it only when another turn follows: after the last one, the article speaks again."""
    named = _interviewees(analysis)
    if not named:
        return
    told = "told Wikinews" if "wikinews" in analysis.title.lower() or _mentions_wikinews(analysis) else "said"
    marked = {s.paragraph: m.group(1).strip() for s in analysis.sentences if (m := TURN_RE.match(s.text))}
    last_turn = max(marked)
    speaker: str | None = None
    for sentence in analysis.sentences:
        if sentence.paragraph in marked:
            speaker = named.get(marked[sentence.paragraph])
        elif sentence.paragraph > last_turn:
            return
        if speaker is None or "((" in sentence.text or not usable_sentence(sentence.text):
            continue
        if re.search(r"[“”\"]", sentence.text):
            continue  # someone the interviewee quotes, or a title: whose words are these?
        yield Words(sentence, sentence.text, speaker, told)


def _interviewees(analysis: Analysis) -> dict[str, str]:
    """Turn marker -> the person's name as the stem gives it: a person of the article the text
    names outside the markers too ("Finnish developer Perttu Ahola discussed …"), never the
    interviewer ("WN", "WSS", "Wikinews"), nor a marker's typo ("((Richard Sanskrit))")."""
    people = {f: p for p in analysis.people if plausible_person(p) for f in p.forms}
    doubtful = surnames_in_doubt(analysis)
    body = [TURN_RE.sub("", s.text) for s in analysis.sentences]
    named = {}
    for marker in {m.group(1).strip() for s in analysis.sentences if (m := TURN_RE.match(s.text))}:
        person = people.get(marker)
        if person is None or person.name in doubtful or len(person.name.split()) < 2:
            continue
        if sum(mentions_any(text, person.forms) for text in body) >= 1:
            named[marker] = person.name
    return named


def _mentions_wikinews(analysis: Analysis) -> bool:
    return any("Wikinews" in s.text for s in analysis.sentences[:12])


# --- quotations in news text -----------------------------------------------------------------


def quoted_words(analysis: Analysis) -> Iterator[Words]:
    """Each direct quotation with a named person as its speaker, as it stands in each of its
    sentences: a whole sentence of someone's words, opening with a capital ("“We will …"), not a
    phrase taken into the article's own sentence ("called it “a disaster for 300 workers”")."""
    people = {p.name: p for p in analysis.people}
    by_name = entities_by_name({**people, **{o.name: o for o in analysis.organizations}})
    doubtful = surnames_in_doubt(analysis)
    known: dict[int, list[tuple[str, str | None, str]]] = {}

    def shown_pieces(index: int) -> list[tuple[str, str | None, str]]:
        """Each quoted stretch of the sentence, normalised and as a stem shows it, worked out once
        for all the quotations of a sentence (a paragraph of 1,500 quotations: 17 KB of fuzzing)."""
        if index not in known:
            pieces = ((normalize(p), quotable(p)) for p in _pieces(analysis.sentences[index].text))
            known[index] = [(piece, shown, normalize(shown or "")) for piece, shown in pieces]
        return known[index]

    for quote in analysis.quotes:
        speaker = named_entity(quote.speaker, {**people}, by_name) if quote.how in ATTRIBUTED else None
        if speaker is None or speaker.name not in people or speaker.name in doubtful:
            continue
        if not plausible_person(speaker) or not _named_nearby(analysis, quote, speaker.forms):
            continue
        inside = normalize(quote.text)
        for sentence in analysis.sentences[quote.sentence :]:
            pieces = shown_pieces(sentence.index)
            if sentence.paragraph != quote.paragraph or (
                sentence.index > quote.sentence and not any(piece[:30] in inside for piece, _, _ in pieces)
            ):
                break  # the quotation ended: a paragraph of many quotations is read once, not once for each
            for _, shown, plain in pieces:
                if shown is None or plain not in inside or not re.match(r"[A-Z0-9]", shown):
                    continue
                shown += "" if shown.endswith(("?", "!", ".")) else "."
                if usable_sentence(shown) and not mentions_any(shown, speaker.forms):
                    yield Words(sentence, shown, speaker.name, "said", frozenset({quote_fact(quote)}))


def _named_nearby(analysis: Analysis, quote: Quote, forms: tuple[str, ...]) -> bool:
    """The speaker is named by the quotation's own attribution (quotes.py's rule), or, for "he said"
    and a quotation running on from the paragraph before, in that paragraph or the one before it."""
    if quote.how in NAMED_RULES:
        return attribution_sentence(analysis, quote, forms) is not None
    return any(
        quote.paragraph - 1 <= s.paragraph <= quote.paragraph and mentions_any(s.text, forms)
        for s in analysis.sentences[max(0, quote.sentence - 12) : quote.sentence + 3]
    )


def _pieces(text: str) -> Iterator[str]:
    """The quoted stretches of a sentence, or the sentence itself when it has no quotation marks
    (a middle sentence of a quotation that runs over several)."""
    if not re.search(r"[“”\"]", text):
        yield text
        return
    for match in QUOTED_RE.finditer(text):
        yield (match.group(1) or match.group(2)).strip()
