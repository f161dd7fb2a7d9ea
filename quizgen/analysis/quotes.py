"""Direct quotations and who the text says said them.

Attribution rules, tried in order for each quote (the first that names someone wins):
  after, before, embedded
              a verb of saying in the quote's own sentence (attribution.py)
  context     a quotation opening the sentence after "X says / believes / criticised …"
  introduced  a new person named between two quotations of one paragraph speaks the second
  continued   a later quote in the same paragraph, or a paragraph carrying a quote on
  implicit    first-person words of the sentence's subject, a cited saying, a report's author
              (implicit_speakers.py)
The speaker of a clause is its subject (the name opening it, else the last person before the
verb); pronouns go to the latest subject or speaker; "the mayor" to the one person whose role
is mayor; "a Home Office spokesman" speaks for the Home Office; "The government of X" and a
place opening a sentence with a verb of saying ("Northern Ireland has suggested") speak for X.
A quoted question, slogan or title has no speaker, and when no rule applies the speaker stays
None: a quote the text does not attribute is never given a speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..models import Person, Quote, Sentence, normalize
from .attribution import attribute
from .entities import EntityIndex, Found
from .implicit_speakers import implicit_speaker, named_quote, report_authors, same_sentence
from .mentions import Mention, paragraph_mentions, verb_pattern
from .names import Kind
from .quote_spans import QuoteSpan, quote_spans
from .speakers import Cast, resolve_pronoun

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
# Each quotation is weighed against every name of its paragraph, so a paragraph of 100 kB
# full of quotation marks would cost the square of its length. The longest paragraph of
# 2,510 real articles has 3,444 characters; longer ones are read in pieces of this size.
MAX_PARAGRAPH = 4_000


def find_quotes(
    sentences: tuple[Sentence, ...],
    paragraphs: tuple[str, ...],
    index: EntityIndex,
    people: tuple[Person, ...],
    genders: dict[str, str] | None = None,
) -> tuple[Quote, ...]:
    """The quotations of the article and their speakers; `genders` (person -> "m" or "f") keeps
    "he said" from a woman and "she said" from a man."""
    genders = genders or {}
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    org_of = {normalize(form): c.name for c in index.organizations for form in c.forms}
    place_of = {normalize(form): c.name for c in index.places for form in c.forms}
    found_in: dict[int, list[Found]] = {}
    for f in index.found:
        found_in.setdefault(f.sentence, []).append(f)
    cast = Cast(people, tuple(c.name for c in index.organizations))
    people_names = {x.name for x in people}  # asked for each quotation: a long article has thousands
    authors = report_authors(paragraphs, {f: c.name for c in index.organizations for f in c.forms})
    quotes: list[Quote] = []
    recent: list[Mention] = []  # mentions from earlier paragraphs, for pronouns
    previous_quote: Quote | None = None
    previous_text = ""
    for p, paragraph, in_paragraph in _pieces(paragraphs, by_paragraph):
        spans = quote_spans(paragraph)
        mentions = [
            replace(m, gender=genders.get(m.name))
            for m in paragraph_mentions(in_paragraph, found_in, org_of, spans, place_of)
        ]
        paragraph_speaker: str | None = None
        last_end = 0
        for span in spans:
            sentence = _sentence_at(in_paragraph, span.start)
            # "citing the Mark Twain quote that “…”": the saying's author, whatever opens the sentence
            cited = named_quote(paragraph[: span.start], sentence.start, mentions) if sentence else None
            speaker, how = (
                (cited, "named-quote") if cited else attribute(paragraph, span, sentence, mentions, recent, cast)
            )
            between = [m for m in mentions if last_end <= m.start < span.start and m.kind is Kind.PERSON]
            # "X has been described as a “…”" names who is spoken about: no neighbour speaks it either.
            # "Parry said: “…”" of someone the analysis missed: no neighbour speaks it either.
            # '“…,” he told' where "he" may be either of two men: unsure, no neighbour speaks it either.
            open_quote = speaker is None and how not in ("passive", "unnamed", "after-pronoun")
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
            if open_quote and speaker is None and sentence is not None:
                implicit, rule = implicit_speaker(paragraph, span, sentence, mentions, recent, authors)
                speaker, how = (implicit, rule) if implicit else (speaker, how)
            quote = Quote(
                text=span.text, speaker=speaker, sentence=sentence.index if sentence else 0, paragraph=p, how=how
            )
            quotes.append(quote)
            previous_quote = quote
            last_end = _sentence_end(in_paragraph, span.end - 1)
            if speaker is None and how == "after-pronoun":
                paragraph_speaker = None  # the next quotation carries on the words of that unsure "he"
            if speaker and how != "named-quote":  # a saying cited from someone absent says nothing more
                paragraph_speaker = speaker
                # The speaker is the latest one named: "he added" after the next quote means them.
                kind = Kind.PERSON if speaker in people_names else Kind.ORG
                at = sentence.index if sentence else -1
                spoke = Mention(span.end, span.end, speaker, kind, True, sentence=at, gender=genders.get(speaker))
                mentions = sorted([*mentions, spoke], key=lambda m: m.start)
        recent = (recent + mentions)[-12:]
        previous_text = paragraph
    return same_sentence(quotes)


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
    named = [
        m
        for m in mentions
        if before.start <= m.start < cut
        and m.kind is Kind.PERSON
        and not m.possessive
        and not _in_brackets(before.text[: m.start - before.start])
    ]
    if named:
        return named[-1].name
    pronoun = re.search(r"\b(he|she)\s+(?:\w+\s+)?$", before.text[: verb.start()], re.I)
    return resolve_pronoun(pronoun.group(1), before.start + pronoun.start(), mentions, recent) if pronoun else None


def _in_brackets(before: str) -> bool:
    """A name after an unclosed bracket is a credit, not the subject: "Comic artist Jenn St-Onge
    (Nancy Drew, Jem and the Misfits) told of …" (35th review: the comic's heroine got the quote)."""
    return before.count("(") > before.count(")")


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


# The patterns built from the word lists, compiled once at first use (each holds every speech verb:
# compiling one costs more than running it over a whole article).
@cache
def _speech_or_stance_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{verb_pattern()}|{'|'.join(STANCE_VERBS)})\b")
