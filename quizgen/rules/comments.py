"""Readers' comments printed below a story ("I use free anti-virus software ...", "How about a
monthly cap?"): not the article, so never the source of a question.

A page that prints comments switches voice: the story is in the third person, the comments
that follow are in the first or second person, or ask questions. `comments_start` finds that
switch: the last run of at least MIN_COMMENTS paragraphs, most of them in the readers' voice,
after at least MIN_BODY paragraphs that mostly are not. A column written in the first person
throughout has no switch, and is kept whole; so is an interview, whose turns ("((WN))  What
prompted your interest?", "((Anthony Boccaletti))  I was involved because …") are in the first
and second person too.
"""

from __future__ import annotations

import re

MIN_BODY, MIN_COMMENTS = 4, 4
COMMENT_SHARE = 0.75  # of the tail's paragraphs in the readers' voice
BODY_SHARE = 0.2  # at most, of the story's paragraphs

# An interview's turn: the speaker's name in double brackets (Wikinews), or "Q:" / "A:". Not a
# language tag ("((ko))").
INTERVIEW_TURN_RE = re.compile(r"\(\([A-Z][^()]{1,60}\)\)|(?:Q|A):\s")
READERS_VOICE_RE = re.compile(
    r"\b(?:I|I'm|I've|I'd|me|my|we|We|(?:our|Our)(?!\s+(?:own\s+)?(?:exclusive|correspondent|reporter|interview|"
    # "BBC Sport reflects on … after our exclusive interview with …": the outlet of itself, not a reader
    r"website|coverage|poll|survey|readers|team)\b)|us|you|You|your|Your)\b"
)


def readers_voice(paragraph: str) -> bool:
    """First or second person, or a question, in a paragraph that quotes no one: how comments
    read. Any quotation mark makes it a journalist's paragraph (a quotation may run on over
    several paragraphs, its "I" the speaker's)."""
    if re.search(r"[“”\"]", paragraph) or INTERVIEW_TURN_RE.match(paragraph):
        return False
    return bool(READERS_VOICE_RE.search(paragraph)) or paragraph.rstrip().endswith("?")


def comments_start(paragraphs: list[str] | tuple[str, ...]) -> int | None:
    """The index of the first readers' comment, or None when the text has none."""
    voice = [readers_voice(p) for p in paragraphs]
    for start in range(MIN_BODY, len(paragraphs) - MIN_COMMENTS + 1):
        tail, body = voice[start:], voice[:start]
        if voice[start] and sum(tail) >= COMMENT_SHARE * len(tail) and sum(body) <= BODY_SHARE * len(body):
            return start
    return None
