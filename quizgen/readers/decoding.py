"""Bytes to clean text: the encodings articles come in, and the characters pasted web text carries.

UTF-8 is the norm (UTF-16 with a byte-order mark is accepted); Windows-1252 is read with a
warning; PDFs, word-processor files and binary data are refused with a message that says what
to do. `normalize_text` then gives one kind of line break, no invisible characters and
entities shown as characters, whatever the layout.
"""

from __future__ import annotations

import html
import re
import unicodedata
import warnings

from ..errors import ArticleError, QuizgenWarning

MAX_BYTES = 5_000_000  # about a thousand long articles; anything bigger is not one article
MAX_HTML_BYTES = 20_000_000  # a saved page carries its scripts and styles; the text is a small part
# Control characters no text file holds (tab, line breaks and form feed aside): bytes that
# decode as Windows-1252 but contain these are binary data, not a legacy-encoded article.
LEGACY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Invisible characters pasted along with web text: soft hyphens and zero-width spaces split
# names ("Zelen\u00adskyy"), a BOM can sit at the start of a string, other controls are noise.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None) | {
    c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0))
}
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Line and paragraph separators that are not "\n" (Unicode, old Mac, form feed, NEL).
LINE_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", 0x0B: "\n", 0x0C: "\n\n", 0x85: "\n"}


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (UTF-16 with a byte-order mark is accepted too), or a clear error for
    PDFs, word-processor files and other binary files. Text in the legacy Windows-1252 or
    Latin-1 encodings is read with a QuizgenWarning; other encodings are refused."""
    if data.startswith(b"%PDF"):
        raise ArticleError(f"{name} is a PDF; copy its text into a .txt file (saved as UTF-8) first.")
    if data.startswith(b"PK\x03\x04"):
        raise ArticleError(
            f"{name} is a Word document or ZIP archive, not plain text. "
            "Save the article as plain text (.txt, UTF-8) and try again."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not really UTF-16: reported as binary below
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name} is a binary file, not text. quizgen reads UTF-8 .txt articles.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        position = exc.start
    # Not UTF-8: most likely Windows-1252 (a superset of Latin-1's letters), what Windows
    # editors saved by default. Read as such, with a warning; anything else is refused.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or LEGACY_CONTROLS.search(text):
        raise ArticleError(
            f"{name} is not UTF-8 text (bad byte at position {position}), nor Windows-1252/Latin-1. "
            "Save it as UTF-8 (in most editors: Save As > Encoding > UTF-8) and try again."
        )
    warnings.warn(
        f"{name} is not UTF-8; read it as Windows-1252 (Western European, which covers Latin-1). "
        "If any letters look wrong, save it as UTF-8 and build it again.",
        QuizgenWarning,
        stacklevel=2,
    )
    return text


def normalize_text(text: str) -> str:
    """One kind of line break, no invisible characters, entities shown as characters."""
    # Text copied from web pages keeps entities such as "&#233;"; show the characters instead.
    # Only complete entities (with ";"): "AT&T" and "&nothing" stay as they are.
    # Unescaping can give back line breaks and controls ("&#13;"), so it comes first.
    text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(LINE_BREAKS)
    text = LOST_APOSTROPHE.sub("’", text)
    return unicodedata.normalize("NFC", text.translate(INVISIBLE))


# "Mr Blair¿s government": a curly apostrophe that went through a wrong encoding on its way to the
# page. Only in an English contraction or possessive, so Spanish "¿Qué?" is left alone.
LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])¿(?=(?:s|t|ll|re|ve|d|m)\b)")
