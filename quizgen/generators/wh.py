"""Natural wh-questions made from a sentence, for the shapes handled exactly.

Each sentence is offered to three kinds of question, each in its own module:
1. subjects.py, who did what: a wh-phrase replaces the sentence's subject and the rest is kept
   ("Who said the G7 summit will ...?", "Which organisation called off its search ...?");
2. how_many.py, a count as subject or object ("How many motions were passed by ...?");
3. where_when.py, a place or date closing the sentence ("Where was Doris Day born?").
Anything else is left to the completion and cloze generators rather than risk bad grammar.
"""

from __future__ import annotations

import re

from ..models import Analysis
from ..rules import lexicon
from .candidate import Candidate
from .clauses import FIRST_PERSON
from .guessable import home_place
from .how_many import number_object, number_subject
from .leaning import leans_on_the_page
from .subjects import person_subject
from .text import Quotations, plausible_person
from .usage import surnames_in_doubt
from .where_when import where_when, year_opening


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
        if quoted.spoken(sentence):
            continue  # a sentence inside a multi-sentence quotation is someone's words
        if leans_on_the_page(sentence.text):
            continue  # "Who slaps that aside …?", "In which year was the figure 29%?" (18th review: vague)
        facts = analysis.by_sentence[sentence.index]
        # People only, and not someone known to all ("Who made several controversial statements?" of
        # Donald Trump, 19th review: obvious). "Which organisation …?" and "Which country …?" of a
        # sentence's subject: blind raters accepted 2 of 15 over ten reviews (options of another
        # kind, a famous body, a country its cities give away), against half of "Who …?".
        named = tuple(form for person in facts.people for form in person.forms)
        doubtful = surnames_in_doubt(analysis)
        for person in facts.people:
            if not plausible_person(person) or lexicon.famous() & set(person.forms) or person.name in doubtful:
                continue
            candidate = person_subject(sentence, person, named)
            if candidate:
                candidates.append(candidate)
        candidates += number_subject(sentence, analysis)
        candidates += number_object(sentence, analysis)
        candidates += year_opening(sentence, analysis)
        candidates += where_when(sentence, analysis, home)
    return candidates
