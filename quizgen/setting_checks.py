"""Checks of a blank that asks for a speech's audience or a broadcast's event, not a fact of the
story: '… said in a speech to the ___' (a club), 'The ___ will be shown on BBC One at 2010 GMT'
(the ceremony's long name). 39th blind review: trivial or vague, two or three raters of three.
The phrases are data (rules/data/speech_settings.txt, schedule_predicates.txt).
"""

from __future__ import annotations

import re
from functools import cache

from .generators import Candidate
from .models import BLANK_RE, Analysis, Question
from .rules import lexicon


@cache
def _speech_setting_re() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, lexicon.speech_settings()))
    return re.compile(rf"\b(?:{phrases})\s+(?:the\s+|a\s+|an\s+)?$", re.I)


@cache
def _schedule_re() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, lexicon.schedule_predicates()))
    return re.compile(rf"^\s*(?:{phrases})\b", re.I)


def speech_audience(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if c.answer_type in ("number", "date") or not (blank := BLANK_RE.search(q.prompt)):
        return None
    if match := _speech_setting_re().search(q.prompt[: blank.start()]):
        return f"{q.answer!r} is only where the words were said ({match.group(0).strip()!r})"
    return None


# the blank is the sentence's subject: nothing but "The" (or nothing) before it
SUBJECT_BEFORE_RE = re.compile(r"^(?:Fill in the blank:\s*)?(?:The\s+)?$")


def scheduled_event(q: Question, c: Candidate, analysis: Analysis) -> str | None:
    if c.answer_type in ("number", "date", "person") or not (blank := BLANK_RE.search(q.prompt)):
        return None
    if not SUBJECT_BEFORE_RE.match(q.prompt[: blank.start()]):
        return None
    if _schedule_re().search(q.prompt[blank.end() :]):
        return f"{q.answer!r} is only the subject of when or where it is shown"
    return None
