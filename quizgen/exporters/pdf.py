"""The printable worksheet as a PDF: the same HTML as `worksheet.py`, laid out by WeasyPrint.

WeasyPrint is an optional extra (`pip install 'quizgen[pdf]'`), imported only here and only
when a PDF is asked for. Same quiz and options, same pages; WeasyPrint stamps no creation
date unless asked; the fonts it embeds are subset by fontTools, which stamps each subset
with the current time unless SOURCE_DATE_EPOCH (the reproducible-builds convention) says
otherwise, so the export fixes it for its own duration: same quiz, same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..models import Quiz
from . import ExportOptions
from .worksheet import build_worksheet, render

INSTALL_HINT = "PDF output needs WeasyPrint: pip install 'quizgen[pdf]'"


def check_available() -> None:
    """Raise ExportError, saying how to install it, when WeasyPrint cannot be imported."""
    _weasyprint()


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    weasyprint = _weasyprint()
    html = render(build_worksheet(quiz, options))
    # base_url: the page is self-contained, but WeasyPrint wants one to resolve nothing against.
    document = weasyprint.HTML(string=html, base_url=str(Path(path).parent))
    with _fixed_font_timestamps():
        document.write_pdf(str(path))


@contextmanager
def _fixed_font_timestamps() -> Iterator[None]:
    """SOURCE_DATE_EPOCH=0 while the PDF is written, unless the caller already chose one."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def _weasyprint() -> Any:  # the weasyprint module: it ships no type hints
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the package is there but Pango is missing
        detail = "" if isinstance(exc, ImportError) else f" ({exc})"
        raise ExportError(INSTALL_HINT + detail) from exc
    return weasyprint
