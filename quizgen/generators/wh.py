"""Natural wh-questions made from a sentence, for the shapes handled exactly.

Each sentence is offered to two kinds of question, each in its own module:
1. how_many.py, a count as subject or object ("How many motions were passed by ...?");
2. where_when.py, a place or date closing the sentence ("Where was Doris Day born?").
Anything else is left to the completion and cloze generators rather than risk bad grammar.

Who did what ("Who said the G7 summit will ...?", the sentence's subject replaced by Who) is not
asked: blind raters accepted 15 of 33 over the 10th to 22nd reviews (other people offered who
plainly could not have done it, a second clause about someone else, a famous name), the lowest
of any family. The sentence is still asked as a statement, with one person swapped for another
the article names (statements.py, swap_people.py).
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
from .text import Quotations
from .where_when import where_when, year_opening

QUOTE_CLOSES_RE = re.compile(r"[”\"]\W*$")
QUOTE_MARK_RE = re.compile(r"[“”\"]")


def generate(analysis: Analysis) -> list[Candidate]:
    candidates = []
    quoted = Quotations(analysis)
    home = home_place(analysis)  # once: it reads the whole article
    previous = None
    for sentence in analysis.sentences:
        after_quote = (
            previous is not None
            and previous.paragraph == sentence.paragraph
            and QUOTE_CLOSES_RE.search(previous.text)
            and any(w.lower() in lexicon.speech_verbs() for w in sentence.text.split()[:8])
        )
        previous = sentence
        if after_quote:
            continue  # '“…” Macron told the world on Thursday': the tail of a quotation's attribution
        if QUOTE_MARK_RE.search(sentence.text) or FIRST_PERSON.search(sentence.text):
            continue  # quotations have their own questions; a quote in a stem needs care
        if quoted.spoken(sentence):
            continue  # a sentence inside a multi-sentence quotation is someone's words
        if leans_on_the_page(sentence.text):
            continue  # "In which year was the figure 29%?" (18th review: vague)
        candidates += number_subject(sentence, analysis)
        candidates += number_object(sentence, analysis)
        candidates += year_opening(sentence, analysis)
        candidates += where_when(sentence, analysis, home)
    return candidates
