"""The author of a saved page, kept only when it reads as a byline: a few people's names.

A page's metadata often holds more than its byline: some sites list every author of the
stories linked around the article ("Dana A Ford; James S A Corey; Chien-Ming Wang; ..."),
and a byline may carry a job ("Jane Holloway, Environment Correspondent"). A byline names
at most MAX_NAMES people; a longer list was scraped from elsewhere on the page and is
dropped whole, since a wrong author on a worksheet is worse than none.
"""

from __future__ import annotations

import re

from ..rules.lexicon import given_names, news_sites, role_nouns, site_key

MAX_NAMES = 3
SPLIT = re.compile(r"\s*(?:[;,|/\n]|\band\b|&)\s*")
BY = re.compile(r"^(?:by|words by|written by)\s+", re.I)
# A word of a name: a capitalised word ("O'Brien", "Chien-Ming"), an initial ("A", "S."), a particle.
NOT_NAME_WORDS = frozenset(
    {"staff", "wire", "desk", "team", "news", "newsroom", "agencies", "contributors", "images", "photo", "photos"}
)
NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.?|de|da|van|von|der|al|el|bin|le|la)$")


def clean_author(author: str | None, site: str | None = None) -> str | None:
    """The people of a byline ("Jane Smith and John Doe"), or None when `author` is no byline."""
    if not author or not author.strip():
        return None
    parts = [BY.sub("", part) for part in SPLIT.split(" ".join(author.split())) if part]
    sites = news_sites() | ({site_key(site)} if site else set())
    names = [part for part in parts if looks_like_a_name(part)]
    agencies = [part for part in parts if site_key(part) in sites]
    if len(names) > MAX_NAMES:
        return None  # a list of names from around the page, not the article's byline
    if not names:
        return agencies[0] if len(agencies) == 1 and len(parts) == 1 else None  # "Reuters"
    if len(names) > 1 and not all(_given_name_first(name) for name in names):
        return None  # several "names" that are not all people: not a byline
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def looks_like_a_name(text: str) -> bool:
    """Two to five words of a person's name: "Jane Holloway", "James S A Corey"."""
    words = text.split()
    if any(word.lower() in NOT_NAME_WORDS or word.lower() in role_nouns() for word in words):
        return False  # "Environment Correspondent", "CNN Wire Staff"
    return (
        2 <= len(words) <= 5
        and all(NAME_WORD.match(word) for word in words)
        and words[-1][0].isupper()
        and len(words[-1].rstrip(".")) > 1
    )


def _given_name_first(name: str) -> bool:
    first = name.split()[0].split("-")[0]
    return first in given_names() or bool(re.fullmatch(r"[A-Z]\.?", first))
