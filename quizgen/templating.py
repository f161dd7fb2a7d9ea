"""The one Jinja environment: autoescape on, StrictUndefined, templates from the package."""

from __future__ import annotations

from functools import cache

import jinja2


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("quizgen", "templates"),
        autoescape=jinja2.select_autoescape(["html", "xml", "j2"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
