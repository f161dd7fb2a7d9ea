"""An optional front-matter block at the top of a pasted article: who published it, when.

    ---
    title: Leeds approves £40m flood defence plan
    source: The Northern Courier
    author: Jane Holloway
    date: 2025-05-02
    url: https://www.northern-courier.example/news/leeds-flood-defence-plan
    ---

It looks like YAML but is read strictly and simply: one `key: value` per line, only the keys
above (`site` is another name for `source`), each at most once, values on one line (quotes
around a value are dropped). Blank lines are allowed. A date is stored as YYYY-MM-DD and may
be written 2025-05-02, 2 May 2025 or May 2, 2025. Anything else is an error naming the line,
so a typo never silently ends up in the article text.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import ArticleError

KEYS = {"title": "title", "source": "site", "site": "site", "author": "author", "date": "date", "url": "url"}
FENCE = re.compile(r"^-{3,}[^\S\n]*$")
FIELD = re.compile(r"^([A-Za-z][A-Za-z_-]*)[^\S\n]*:[^\S\n]*(.*?)[^\S\n]*$")
MAX_LINES = 20  # a front-matter block is a few lines; a longer "---" section is article text
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH = r"([A-Za-z]{3,9})\.?"  # a month's name or its first three or more letters (Sept)
DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+(\d{{4}})$", re.I)
MONTH_DAY_YEAR = re.compile(rf"^{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)


def split_front_matter(text: str, shown: str) -> tuple[dict[str, str], str]:
    """(fields by Source field name, the text after the block); ({}, text) without a block.

    A block starts with `---` on the first non-blank line and a `key:` line right after it.
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not FENCE.match(lines[first].strip()):
        return {}, text
    following = next((line for line in lines[first + 1 :] if line.strip()), "")
    if not FIELD.match(following.strip()):
        return {}, text  # a rule above the article, not front matter
    end = next(
        (i for i in range(first + 1, min(len(lines), first + 2 + MAX_LINES)) if FENCE.match(lines[i].strip())), None
    )
    if end is None:
        raise ArticleError(
            f"{shown}: the front matter that starts on line {first + 1} has no closing `---` line "
            f"within {MAX_LINES} lines. End it with a line of three dashes."
        )
    fields: dict[str, str] = {}
    for number in range(first + 1, end):
        line = lines[number].strip()
        if not line:
            continue
        key, value = _field(line, number + 1, shown)
        if key in fields:
            raise ArticleError(
                f"{shown}, line {number + 1}: `{line.split(':')[0]}` is given twice in the front matter."
            )
        if value:
            fields[key] = value
    return fields, "\n".join(lines[end + 1 :])


def _field(line: str, number: int, shown: str) -> tuple[str, str]:
    where = f"{shown}, line {number}"
    match = FIELD.match(line)
    if not match:
        raise ArticleError(f"{where}: front matter lines read `key: value`; got {line!r}.")
    key, value = match.group(1).lower(), _unquote(match.group(2))
    if key not in KEYS:
        raise ArticleError(
            f"{where}: unknown front matter key {match.group(1)!r}; use title, source, author, date or url."
        )
    key = KEYS[key]
    if key == "date" and value:
        value = parse_date(value, where)
    if key == "url" and value and not re.match(r"^https?://\S+$", value):
        raise ArticleError(f"{where}: url must be a web address starting with http:// or https://; got {value!r}.")
    return key, value


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def parse_date(value: str, where: str) -> str:
    """`value` as YYYY-MM-DD: from 2025-05-02, 2 May 2025 or May 2, 2025 (never 02/05/2025)."""
    text = " ".join(value.replace(",", ", ").split()).replace(" ,", ",")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        match = DAY_MONTH_YEAR.match(text)
        if match:
            return date(int(match.group(3)), _month(match.group(2)), int(match.group(1))).isoformat()
        match = MONTH_DAY_YEAR.match(text)
        if match:
            return date(int(match.group(3)), _month(match.group(1)), int(match.group(2))).isoformat()
    except ValueError:
        pass  # 2025-02-30 and the like: reported below
    raise ArticleError(
        f"{where}: cannot read the date {value!r}; write it as 2025-05-02 or 2 May 2025 "
        "(a date such as 02/05/2025 could be February or May)."
    )


def _month(name: str) -> int:
    """1-12 for "May", "Sept", "december"; ValueError for anything else."""
    key = name.lower()
    for number, month in enumerate(MONTHS, 1):
        if month.startswith(key):
            return number
    raise ValueError(name)
