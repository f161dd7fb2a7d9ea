"""The note about the writer that closes an opinion piece ("Bill Thompson is a regular
commentator on the BBC World Service programme Go Digital."): page furniture, not the article,
so never the source of a question (40th blind review: a blank made of it, rated 'other').

Only the last paragraph, only when it is one sentence, and only in its shape: a name of two or
three words, no title before it ("Mr", "The"), then "is a/an", then within a few words a noun a
writer is called by (data/writer_nouns.txt). "Mr Smith is a columnist …" in a story, or "Bill
Thompson is a lawyer …" at its end, are the article's.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon

NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,2}"


@cache
def _note_re() -> re.Pattern[str]:
    nouns = sorted(lexicon.writer_nouns())
    return re.compile(
        rf"^(?!(?:Mr|Mrs|Ms|Dr|The|This|It)\b){NAME}\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:{'|'.join(nouns)})s?\b[^.!?]*[.!]?$"
    )


def closing_author_note(paragraphs: list[str] | tuple[str, ...]) -> bool:
    """True when the last paragraph is the one-sentence note about the piece's writer."""
    if len(paragraphs) < 2:
        return False
    last = " ".join(paragraphs[-1].split())
    return bool(_note_re().match(last))
