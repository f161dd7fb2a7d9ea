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
from .guessable import given_away, home_place
from .how_many import number_object, number_subject
from .leaning import leans_on_the_page
from .subjects import entity_subject
from .text import Quotations, certain_organization, plausible_person, plausible_place
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
        # Not someone or something known to all: "Who made several controversial statements?" of
        # Donald Trump, "Which organisation continued to edit Trump's tweets?" (19th review: obvious)
        subjects = (
            *((p, "person") for p in facts.people if plausible_person(p) and not lexicon.famous() & set(p.forms)),
            *(
                (o, "organization")
                for o in facts.organizations
                if certain_organization(o.name) and o.name not in lexicon.famous()
            ),
            *((p, "place") for p in facts.places if plausible_place(p.name)),
        )
        named = tuple(form for person in facts.people for form in person.forms)
        for entity, answer_type in subjects:
            if answer_type == "place" and given_away(entity.name, sentence.text, ""):
                continue  # "Which country extended curfews in the holy cities of Mecca and Medina?"
            candidate = entity_subject(sentence, entity, answer_type, named)
            if candidate:
                candidates.append(candidate)
        candidates += number_subject(sentence, analysis)
        candidates += number_object(sentence, analysis)
        candidates += year_opening(sentence, analysis)
        candidates += where_when(sentence, analysis, home)
    return candidates
