"""People an article names as the role an actor plays or the subject of a film about them:
"Spacey, who, as Darin, sings all 18 songs", "Bosworth plays Darin's wife", "the Darin biopic".
Among the options of "Who said …?" such a person, often long dead, is ruled out at a glance
(36th review: weak-distractor, three raters of three), unless the article quotes them.
"""

from __future__ import annotations

import re

from ..models import Analysis
from .usage import once_per_analysis


def _portrayal_res(form: str) -> tuple[re.Pattern[str], ...]:
    name = re.escape(form)
    return (
        re.compile(
            rf",\s+as\s+{name}(?:['’]s)?\s*,|\bstarring\s+as\s+{name}\b|\b(?:plays|played|playing|portrays|portrayed|portraying)\s+{name}\b"
        ),
        re.compile(rf"\b(?:the\s+)?role\s+of\s+{name}\b|\b{name}\s+(?:biopic|biography)\b"),
        re.compile(rf"\b(?:the\s+)?(?:life|story|life\s+story)\s+of\s+(?:\w+\s+){{0,3}}{name}\b"),
    )


@once_per_analysis
def portrayed(analysis: Analysis) -> frozenset[str]:
    """The people of `analysis` the article writes about as portrayed and never quotes."""
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    texts = [s.text for s in analysis.sentences]
    out = set()
    for person in analysis.people:
        if person.name in speakers or any(f in speakers for f in person.forms):
            continue
        forms = {person.name, *person.forms, person.name.split()[-1]}
        if any(r.search(t) for f in forms for r in _portrayal_res(f) for t in texts):
            out.add(person.name)
    return frozenset(out)
