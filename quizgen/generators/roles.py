"""What reads as a role a student can match or be asked about: "IMF boss", "analyst at UBS",
"House of Commons Speaker"; not a fragment the analysis took for one ("Lock", "The Times",
"the Greek striker found the bottom corner", "may seek a shareholder vote")."""

from __future__ import annotations

from functools import cache

from ..rules import lexicon
from ..rules.verbs import irregular_past, third_person_forms

# A role starts with a noun or adjective; a verb or a connective shows the analysis took a clause
# for a role ("But British Casino Association chairman").
NOT_A_ROLE_START = frozenset(
    "include includes including is was are were has had have be been said says but and or so yet only".split()
)


def reads_as_role(text: str) -> bool:
    """A role a student can match: its head noun, before any "of" ("director general of the
    Association") or last, is a job or title of the word lists ("analyst at UBS" heads on
    "analyst"). Blind raters rejected every matching question with a fragment on the right
    ("Lock", "The Times", "many non-Indian stars want to make the most of")."""
    words = text.split()
    if not words or words[0].lower() in NOT_A_ROLE_START:
        return False
    if any(w.lower() in irregular_past() or w.lower() in third_person_forms() for w in words):
        # "viewer poll saw director", "news leaves Wales boss" (35th review: ungrammatical, three
        # of three): a clause, not a role
        return False
    lowered = [w.strip(",.;:'’").lower().removesuffix("'s").removesuffix("’s") for w in words]

    def is_role(head: list[str]) -> bool:
        if not head:
            return False
        last = head[-1].split("-")[-1]  # "vice-chairman"
        if last.endswith(("ist", "ists", "ian", "ians")):
            return True  # "medical anthropologist", "historian": a job by its ending
        ends = (head[-1], " ".join(head[-2:]), last, last.removesuffix("s"))
        return any(w in lexicon.role_nouns() or w in _lower_titles() for w in ends)

    cut = next((i for i, w in enumerate(lowered) if w in PREPOSITIONS), len(lowered))
    only_of = all(w == "of" for w in lowered if w in PREPOSITIONS)
    return is_role(lowered[:cut]) or only_of and is_role(lowered)


PREPOSITIONS = frozenset("of at for to with in alongside from by on".split())


@cache
def _lower_titles() -> frozenset[str]:
    """The word lists' titles in lower case, made once rather than for every role read."""
    return frozenset(t.lower() for t in lexicon.titles())
