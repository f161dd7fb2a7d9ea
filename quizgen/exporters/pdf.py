"""The printable worksheet as a PDF: the same HTML as `worksheet.py`, laid out by WeasyPrint.

WeasyPrint is an optional extra (`pip install 'quizgen[pdf]'`), imported only here and only
when a PDF is asked for. Same quiz and options, same pages; WeasyPrint stamps no creation
date unless asked, so the bytes stay the same too.
"""

from __future__ import annotations

from pathlib import Path

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
    document.write_pdf(str(path))


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the package is there but Pango is missing
        detail = "" if isinstance(exc, ImportError) else f" ({exc})"
        raise ExportError(INSTALL_HINT + detail) from exc
    return weasyprint
