"""Relative dates resolved against the article's publication date, where that is safe.

"Yesterday" in an article published on Friday 2 May 2025 is Thursday 1 May 2025. Only
expressions that name one day are resolved: yesterday, today, tonight, tomorrow (with a part of
the day: "yesterday morning"), and a bare weekday ("on Monday") in a sentence told in the past
tense with no word of the future in it, which is then the last such day before publication.
A weekday that is the publication's own weekday (today or a week ago?), "last Monday",
"next week", "two years ago" and every other relative expression stay unresolved, and so are
never asked about (see generators/wh.py).
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import DateMention, Sentence
from ..rules.verbs import base_of_past
from .time_words import PARTS_OF_DAY, WEEKDAYS

PART = "(?:\\s+(?:" + "|".join(PARTS_OF_DAY) + "))?"
DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
DAY_WORD_RE = re.compile(f"^({'|'.join(DAY_WORDS)}){PART}$", re.I)
WEEKDAY_RE = re.compile(f"^({'|'.join(WEEKDAYS)}){PART}$")
# Any of these and a weekday may be the coming one: "will meet on Monday", "from Monday".
FUTURE_RE = re.compile(
    r"\b(?:will|won['’]t|shall|going to|due|expected|set to|scheduled|plans? to|next|coming"
    r"|upcoming)\b|['’]ll\b",
    re.I,
)
# A weekday after these is a deadline, a start or a habit, not the day something happened.
NOT_THE_DAY_RE = re.compile(r"\b(?:by|from|until|till|before|after|since|every|each|through|to)\s+$", re.I)
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
NOT_PAST = frozenset({"need", "needed", "speed", "seed", "feed", "indeed", "proceed", "exceed", "succeed", "hundred"})


def resolve_dates(
    dates: tuple[DateMention, ...], sentences: tuple[Sentence, ...], published: dt.date | None
) -> tuple[DateMention, ...]:
    """`dates` with `resolved` set on each relative date that names one day."""
    if published is None:
        return dates
    texts = {s.index: s.text for s in sentences}
    out = []
    for mention in dates:
        day = resolve(mention, texts[mention.sentence], published) if mention.relative else None
        out.append(mention.model_copy(update={"resolved": day.isoformat()}) if day else mention)
    return tuple(out)


def resolve(mention: DateMention, sentence: str, published: dt.date) -> dt.date | None:
    """The day `mention` names in `sentence` of an article published on `published`, or None."""
    words = " ".join(mention.text.split())
    try:
        match = DAY_WORD_RE.match(words)
        if match:
            return published + dt.timedelta(days=DAY_WORDS[match.group(1).lower()])
        match = WEEKDAY_RE.match(words)
        if match and not NOT_THE_DAY_RE.search(sentence[: mention.start]) and _told_in_the_past(sentence):
            back = (published.weekday() - WEEKDAYS.index(match.group(1))) % 7
            return published - dt.timedelta(days=back) if back else None
    except OverflowError:  # "tomorrow" of 31 December 9999: no day the calendar can name
        return None
    return None


def _told_in_the_past(sentence: str) -> bool:
    if FUTURE_RE.search(sentence):
        return False
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(
        w in PAST_AUXILIARIES or (w not in NOT_PAST and (base_of_past(w) or (len(w) > 4 and w.endswith("ed"))))
        for w in words
    )


def long_date(day: dt.date, weekday: bool = False) -> str:
    """'2 May 2025', or 'Friday 2 May 2025'."""
    return (f"{day:%A} " if weekday else "") + f"{day.day} {day:%B %Y}"
