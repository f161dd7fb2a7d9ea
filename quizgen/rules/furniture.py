"""Leftovers of web pages that are not article text: they never reach a question."""

from __future__ import annotations

import re

from . import Rule, rule

FURNITURE_RULES: tuple[Rule, ...] = (
    rule("read-more", r"^(read more|related topics|related stories|related|see also|more on this story|most read|also read)\s*(?:[:|›»-]|$)",
         ("Read more: Why the summit matters", "Related Topics", "More on this story"), ("Read more widely, experts say.",),
         re.I),
    rule("caption", r"^(image|photo|picture|video|media) (caption|copyright|source|credit)\b|^(image|photo) by\b",
         ("Image caption Mr Carney arrived in Rome", "Image copyright Getty Images", "Photo credit: AP"), (), re.I),
    rule("credit-line", r"^(photograph|photo|image|picture)s?\s*:|(getty images|reuters|afp|\bap photo)\s*\)?\s*$",
         ("Photograph: Reuters", "Leaders meet in Rome (Getty Images)"), ("He spoke to Reuters.",), re.I),
    rule("byline", r"^[Bb]y [A-Z][\w'’-]+( [A-Z][\w'’-]+){0,3}(,.*)?$",
         ("By Jane Smith", "By Jane Smith, BBC News"), ("By Monday the talks had failed.",)),
    rule("dateline", r"^(published|updated|last updated|posted)\b.{0,40}\d",
         ("Published 3 June 2025", "Last updated 14:02 GMT"), (), re.I),
    rule("share", r"^(share this|share on|follow us|sign up|subscribe|advertisement|cookie|copyright ©|©)",
         ("Share this page", "Advertisement", "© 2025 BBC"), (), re.I),
    rule("legend", r"^[█■●◆▪▶►•]+\s", ("██ Syrian Democratic Forces",), ()),
)


def is_furniture(block: str) -> bool:
    return any(r.search(block) for r in FURNITURE_RULES)
