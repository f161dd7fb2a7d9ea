"""Text helpers shared by the LMS exporters (GIFT, Moodle XML, QTI, Kahoot, Quizlet).

Article text reaches every format through one of these: `one_line` for plain-text fields,
`html_text` for fields an LMS shows as HTML, `cdata` to wrap HTML in XML. Exporter-specific
escaping (GIFT's backslashes, Moodle's cloze codes) lives in the exporter that needs it.
"""

from __future__ import annotations

import hashlib
import html
import re

from ..models import Question, Quiz

# Characters XML 1.0 forbids anywhere (even in CDATA), and other C0/C1 controls: dropped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def one_line(text: str, keep_ends: bool = False) -> str:
    """`text` with control characters dropped and every run of whitespace (tabs, newlines) one space.

    With `keep_ends`, whitespace at either end stays as one space: for the text around a blank.
    """
    text = _CONTROL.sub("", text)
    line = " ".join(text.split())
    if keep_ends and line:
        line = (" " if text[0].isspace() else "") + line + (" " if text[-1].isspace() else "")
    return line


def html_text(text: str, keep_ends: bool = False) -> str:
    """Plain article text as inert HTML: `<script>` shows as text, never runs."""
    return html.escape(one_line(text, keep_ends), quote=False)


def cdata(markup: str) -> str:
    """`markup` as an XML CDATA section; a `]]>` inside is split across two sections."""
    return "<![CDATA[" + markup.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def question_name(number: int, question: Question) -> str:
    """A question's name in an LMS question bank: its number, then its stable id ('03 q-cloze-1')."""
    return f"{number:02d} {question.id}"


def category_path(quiz: Quiz) -> str:
    """A Moodle question-bank category for the article: `$course$/top/quizgen/<title>`.

    Moodle splits category paths at `/` and reads `//` as a literal slash.
    """
    # Without backslashes, spaces left at an end ("Title \\") would end the category line.
    title = " ".join(one_line(quiz.title).replace("\\", "").split()) or quiz.slug
    return f"$course$/top/quizgen/{title.replace('/', '//')}"


def source_credit(quiz: Quiz) -> str:
    """The article's title and credit on one line, e.g. 'Headline — BBC News, https://...'."""
    title = quiz.source.title or quiz.title
    credit = quiz.source.credit()
    return one_line(f"{title} — {credit}" if credit else title)


def stable_id(*parts: str, length: int = 24) -> str:
    """A hex id from hashing `parts`: the same quiz and question always get the same id."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:length]
