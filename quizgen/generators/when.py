"""When-questions about a relative date, resolved against the publication date and saying so.

"The planning committee met on Monday." in an article published on Friday 2 May 2025 gives
"When did the planning committee meet? (The article was published on Friday 2 May 2025.)"
with the answer "28 April 2025" and the other days of that week as options: the student must
read that it was Monday and work out the date. Only dates that analysis/relative.py resolved
(one named day, told unambiguously) are asked, and only in the sentence shape the where/when
questions of where_when.py handle exactly: the date closes a simple clause.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..analysis.relative import long_date
from ..models import Analysis, QuestionKind, Sentence, normalize
from .candidate import Candidate
from .clauses import FIRST_PERSON, OPEN_PRONOUNS, invert_clause
from .text import mentions_any

DAYS_AROUND = (-3, -2, -1, 1, 2, 3)


def generate(analysis: Analysis) -> list[Candidate]:
    if analysis.published is None:
        return []
    published = dt.date.fromisoformat(analysis.published)
    note = f"(The article was published on {long_date(published, weekday=True)}.)"
    out = []
    for sentence in analysis.sentences:
        for date in analysis.by_sentence[sentence.index].dates:
            if date.resolved:
                candidate = _when(sentence, date.text, dt.date.fromisoformat(date.resolved), published, note, analysis)
                if candidate:
                    out.append(candidate)
    return out


@lru_cache(maxsize=256)
def _ending_with(written: str) -> re.Pattern[str]:
    return re.compile(rf"\s(?:on\s+)?{re.escape(written)}\.$")


def _when(
    sentence: Sentence, written: str, day: dt.date, published: dt.date, note: str, analysis: Analysis
) -> Candidate | None:
    text = sentence.text.strip()
    if re.search(r"[“”\"]", text) or FIRST_PERSON.search(text):
        return None  # someone's words: "yesterday" is the speaker's, not the article's
    # Only a sentence ending with the date can match: the pattern is made for those few alone.
    match = text.endswith(f"{written}.") and _ending_with(written).search(text)
    if not match:
        return None
    clause = invert_clause(text[: match.start()], analysis)
    others = analysis.by_sentence[sentence.index].dates
    if clause is None or OPEN_PRONOUNS.search(clause) or any(d.text in clause for d in others):
        return None
    answer = long_date(day)
    # Days around the answer, on the same side of publication: "yesterday" is never after it.
    near = [day + dt.timedelta(days=n) for n in DAYS_AROUND]
    near = [d for d in near if (d <= published if day <= published else d >= published)]
    prompt = f"When {clause}? {note}"
    if mentions_any(prompt, (written,)):
        return None
    return Candidate(
        kind=QuestionKind.DATE,
        prompt=prompt,
        answer=answer,
        source=sentence,
        answer_type="date",
        key=f"{normalize(written)}|{normalize(clause[:60])}",
        answer_forms=(written,),
        preferred=tuple(long_date(d) for d in near),
        about=answer,
        weight=1.0,
    )
