"""Who said it? One question per attributed quotation a reader can recognise."""

from __future__ import annotations

import re

from ..models import Analysis, Entity, QuestionKind, Quote, Sentence, normalize
from .candidate import Candidate
from .text import mentions_any, plausible_person
from .usage import surnames_in_doubt

MIN_WORDS, MAX_WORDS = 6, 40
# Attributions that name the speaker in the quote's own sentence: the key can be verified there.
NAMED_RULES = ("after-post", "after-pre", "after-acc", "before", "before-subject")


def generate(analysis: Analysis) -> list[Candidate]:
    entities = {e.name: e for e in (*analysis.people, *analysis.organizations)}
    by_name = _by_name(entities)
    named = (_named(q.speaker, entities, by_name) for q in analysis.quotes)
    speakers = tuple(dict.fromkeys(e.name for e in named if e is not None))
    people = {p.name for p in analysis.people}
    doubtful = surnames_in_doubt(analysis)
    candidates = []
    for quote in analysis.quotes:
        speaker = _named(quote.speaker, entities, by_name)
        if speaker is None or quote.how not in NAMED_RULES:
            continue
        shown = quotable(quote.text)
        source = attribution_sentence(analysis, quote, speaker.forms)
        if shown is None or source is None:
            continue
        if speaker.name not in people:
            # "Which organisation said “Britain's working, don't let the Tories wreck it again”?": a
            # party's or a firm's words give it away among other bodies, or its options are of
            # another kind (a radio station beside parties); blind raters accepted none of five
            # (23rd to 34th reviews).
            continue
        if not plausible_person(speaker) or speaker.name in doubtful:
            continue  # doubtful: "Edwards" may be Richey or his mother Sherry (usage.surnames_in_doubt)
        candidates.append(
            Candidate(
                kind=QuestionKind.QUOTE,
                prompt=_stem(shown),
                answer=speaker.name,
                source=source,
                answer_type="person",
                key=f"{normalize(speaker.name)}|{normalize(' '.join(quote.text.split()[:8]))}",
                answer_forms=speaker.aliases,
                preferred=tuple(s for s in speakers if s != speaker.name and s in people),
                stated=("", _said(shown)),
                about=speaker.name,
                weight=1.0,
                reveals=frozenset({quote_fact(quote)}),
            )
        )
    return candidates


def _named(speaker: str | None, entities: dict[str, Entity], by_name: dict[str, list[Entity]]) -> Entity | None:
    """The entity a quotation's speaker names: "Mr Dams said: “…”" is Tim Dams, when exactly
    one person or organisation of the article goes by that name (`_by_name`)."""
    if speaker is None or speaker in entities:
        return entities.get(speaker or "")
    named = by_name.get(speaker, ())
    return named[0] if len(named) == 1 else None


def _by_name(entities: dict[str, Entity]) -> dict[str, list[Entity]]:
    """The entities each name may stand for: their forms and the ends of their names after a space
    ("Dams", "Tim Dams" of "Mr Tim Dams"). Made once per article, so a long article's quotations
    do not each look through every person and organisation."""
    by_name: dict[str, list[Entity]] = {}
    for entity in entities.values():
        ends = {entity.name[i + 1 :] for i, c in enumerate(entity.name) if c == " "}
        for name in dict.fromkeys((*entity.forms, *ends)):
            by_name.setdefault(name, []).append(entity)
    return by_name


def quote_fact(quote: Quote) -> str:
    """What a question showing this quotation with its speaker reveals: no two questions show the same."""
    return f"quote:{normalize(' '.join(quote.text.split()[:8]))}"


def quotable(text: str) -> str | None:
    """The quotation as shown in a stem: whole, or its first whole sentence when very long."""
    text = re.sub(r"\[[.,;]\]$", "", " ".join(text.split())).rstrip(",;: ")  # "...say[.]"
    text = re.sub(r"[,;:]\s*(['’])$", r"\1", text)  # "… 'get straight back on the horse,'" loses the comma
    if len(text.split()) > MAX_WORDS:
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text, maxsplit=1)[0]
        text = first if len(first.split()) <= MAX_WORDS else ""
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    if re.search(r"[“”\"]", text) or not text[0].isalnum() and text[0] not in "[":
        return None  # nested or broken quotation marks would show unbalanced in the stem
    if text[0].islower():
        # "… would create a “welfare state that is truly family-friendly …”", "… said “but there's a
        # strong social argument too”": words worked into a sentence, no whole saying (25th review:
        # ungrammatical, twice)
        return None
    if re.match(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b", text):
        return None  # 'Exxon "were not planning to bid"': the verb of someone's sentence, its subject left out
    if NARRATION_RE.search(text):
        return None  # '“… 'I'm very sorry'. He said that police should …”': an article's unclosed quotation
    if SUBORDINATE_RE.match(text) and not re.search(r"[,;:.!?]|\s[-–—]\s", text.rstrip(".")):
        return None  # '“Whenever there are signs of sending a palm branch,” wrote …': half a sentence (34th review)
    return text.rstrip(".")


# A sentence of the reporter's inside the marks: the article left its quotation open and the
# narration ran into it ("… to say, 'I'm very sorry'. He said that police should make sure …";
# a strict pre-review: formatting). Speakers do report others ("He said we would win"), so only
# "he said that" and "she added that", the reporter's own way of putting it, refuse a quotation.
NARRATION_RE = re.compile(r"[.!?]['’]?\s+(?:He|She|They)\s+(?:said|says|added|adds|told \w+)\s+that\b")


# A clause that needs a main clause after it; a quotation of it alone is half of what was said.
SUBORDINATE_RE = re.compile(
    r"(?:Whenever|When|If|Unless|Because|Although|Though|While|Whereas|Once|Until|Since|As soon as|As long as|"
    r"Even if|Even though|Wherever|Whether)\b"
)


def attribution_sentence(analysis: Analysis, quote: Quote, forms: tuple[str, ...]) -> Sentence | None:
    """The sentence naming the speaker, from the quote's first sentence to the end of its paragraph."""
    for sentence in analysis.sentences[quote.sentence :]:
        if sentence.paragraph != quote.paragraph:
            break
        if mentions_any(sentence.text, forms):
            return sentence
    return None


def _said(shown: str) -> str:
    """What follows the speaker's name in a statement: a colon before whole sentences, none
    before a fragment ('said “a last resort to preserve …”')."""
    colon = ":" if shown[0].isupper() else ""
    return f" said{colon} “{shown}”" + ("" if shown.endswith(("?", "!", ".")) else ".")


def _stem(shown: str) -> str:
    """'Who said “…”?', without a second question mark after a quoted question."""
    mark = "" if shown.endswith(("?", "!")) else "?"
    return f"Who said “{shown}”{mark}"


# quoted_facts.py names a quotation's speaker in its stems: the same reading of who spoke.
named_entity = _named
entities_by_name = _by_name
