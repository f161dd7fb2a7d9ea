"""The work every process does before its first article (word lists, patterns compiled on first
use, generator and exporter modules, templates), done once in the parent of a pool of workers.

Workers are forked from the parent (Linux), so they start with all of it in memory instead of
each paying for it again on its first article.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from .articles import parse_article
from .batch_article import BatchSettings, build_one

# Written for this purpose: a little of everything the analysis and the generators look for
# (people and their roles, quotations, places, organisations, an acronym, dates, numbers), with a
# quotation inside a sentence and one left unclosed, whose patterns are compiled on first use.
ARTICLE = """\
# Harbour council approves new ferry link after two-year review

Oslo, 4 March 2024 - The city council of Bergen voted on Tuesday to build a ferry link to
Stavanger, ending a review that began in 2022. The project will cost 1.2 billion kroner and
carry about 3,500 passengers a day.

"This is the biggest investment in the harbour for fifty years," said Mayor Marit Hansen, who
first proposed the route. Ola Berg, the head of the Norwegian Transport Agency (NTA), said the
agency would publish a timetable by June.

Critics, including the opposition Green Party, argue that the money should go to rail. Hansen
told reporters that work would start next spring and that the first boats would sail in 2027.
She called the vote "a turning point for the whole coast".

"We have waited long enough. Berg added: "The boats are ready."
"""


def warm_up(settings: BatchSettings) -> None:
    """Build and stage one small article as `settings` would, into a folder removed afterwards."""
    if multiprocessing.get_start_method() != "fork":  # spawned workers start from nothing anyway
        return
    article = parse_article(ARTICLE, name="warm-up")
    with tempfile.TemporaryDirectory(prefix="quizgen-warm-up-") as folder:
        # build_one never raises: a failure here is simply work the first article does instead
        build_one(article, replace(settings, output_dir=Path(folder), one_deck=None))
    _call_cached_loaders()
    # Everything loaded so far lives as long as the process: frozen, the workers' collections
    # never walk it (about 2% of a cold article's instructions) nor write to the pages they
    # share with the parent (the freeze-before-fork the gc module's documentation recommends).
    gc.freeze()


def _call_cached_loaders() -> None:
    """Load every word list and compile every pattern that quizgen keeps in a cached function of
    no arguments: the ones the article above did not need are needed by some article of a batch."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("quizgen."):
            continue
        for value in list(vars(module).values()):
            code = getattr(getattr(value, "__wrapped__", None), "__code__", None)
            if (
                hasattr(value, "cache_info")
                and getattr(value, "__module__", None) == name
                and code is not None
                and code.co_argcount + code.co_kwonlyargcount == 0
            ):
                value()
