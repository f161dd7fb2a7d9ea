"""People an article names as the role an actor plays or the subject of a film about them:
"Spacey, who, as Darin, sings all 18 songs", "Bosworth plays Darin's wife", "the Darin biopic".
Among the options of "Who said …?" such a person, often long dead, is ruled out at a glance
(36th review: weak-distractor, three raters of three), unless the article quotes them.
"""

from __future__ import annotations

import re

from ..models import Analysis
from .usage import once_per_analysis

NAME = r"(?<![\w'’.-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*?)(?:['’]s)?"
# Fixed patterns that capture the name portrayed (one pattern per name would be compiled again for
# every article: tests/test_speed.py); a name starts a word, so a long run of capitals is read once
PORTRAYAL_RES = (
    re.compile(rf",\s+as\s+{NAME}\s*,"),
    re.compile(rf"\b(?:starring\s+as|plays|played|playing|portrays|portrayed|portraying|role\s+of)\s+{NAME}\b"),
    re.compile(rf"\b(?:life|story)\s+of\s+(?:[a-z0-9]+\s+){{0,3}}{NAME}(?!\s*[A-Z])"),
    # "the Darin biopic"; not "Scorsese's biopic", whose maker the possessive names
    re.compile(r"(?<![\w'’.-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)\s+(?:biopic|biography)\b"),
    # "The Aviator, Martin Scorsese's biopic of aviation pioneer and Hollywood player Howard Hughes"
    re.compile(rf"\b(?:biopic|biography|film|drama|movie)\s+(?:of|about)\s+(?:[\w-]+\s+){{0,6}}{NAME}(?![\w\s]*[A-Z])"),
)


@once_per_analysis
def portrayed(analysis: Analysis) -> frozenset[str]:
    """The people of `analysis` the article writes about as portrayed and never quotes."""
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    shown = {m.group(1).rstrip(".") for s in analysis.sentences for r in PORTRAYAL_RES for m in r.finditer(s.text)}
    out = set()
    for person in analysis.people:
        if person.name in speakers or any(f in speakers for f in person.forms):
            continue
        forms = {person.name, *person.forms, person.name.split()[-1]}
        if forms & shown:
            out.add(person.name)
    return frozenset(out)
