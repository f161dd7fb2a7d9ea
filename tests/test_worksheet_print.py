"""The worksheet on paper: the PDF export (WeasyPrint), and the HTML printed by a real browser.

Both are read back with pypdf, one text per page. The browser test prints with Debian's
Chromium (`--headless --print-to-pdf`) and checks the page count and that no question is split
across pages; it is skipped when Chromium is not installed (`.ci/run` installs it).
"""

from __future__ import annotations

import importlib.util
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.errors import ExportError
from quizgen.exporters import ExportOptions, write_quiz
from quizgen.exporters.worksheet import Worksheet, build_worksheet
from quizgen.exporters.worksheet_items import ChoiceItem, ClozeItem, MatchingItem, TrueFalseItem

pypdf = pytest.importorskip("pypdf", reason="pypdf reads the printed pages: pip install '.[test]'")

SEED = Path("seeds/zelenskyy-carney-g7.txt")
INSTALL = "PDF output needs WeasyPrint: pip install 'quizgen[pdf]'"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-headless-shell")
SIZES = {"a4": (595, 842), "letter": (612, 792)}  # points

needs_weasyprint = pytest.mark.skipif(
    importlib.util.find_spec("weasyprint") is None, reason="WeasyPrint is not installed: pip install '.[pdf]'"
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); .ci/run installs it"
)


@pytest.fixture(scope="module")
def seed_quiz():
    from quizgen import build_quiz, read_article

    return build_quiz(read_article(SEED), seed=1)


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def choice_text(item: ChoiceItem) -> list[str]:
    return [flat(f"{item.number}. {item.prompt}")[:40], *(flat(f"{o.letter} {o.text}") for o in item.options)]


def cloze_text(item: ClozeItem) -> list[str]:
    whole = flat(f"{item.before}{'_' * 16}{item.after}")
    return [flat(f"{item.number}. {whole}")[:40], whole[-25:]]


def true_false_text(item: TrueFalseItem) -> list[str]:
    return [flat(f"{item.number}. T F {item.statement}")[:40], flat(item.statement)[-25:]]


def matching_text(item: MatchingItem) -> list[str]:
    # WeasyPrint and Chromium draw a table cell by cell: each row's left item, then its right one.
    rows = [
        piece for row in item.rows for piece in (f"{row.number}. {row.left}", f"{row.right.letter} {row.right.text}")
    ]
    return [flat(f"{item.number}. {item.prompt}")[:40], *map(flat, rows)]


ITEM_TEXT = {
    ChoiceItem: choice_text,
    ClozeItem: cloze_text,
    TrueFalseItem: true_false_text,
    MatchingItem: matching_text,
}


def item_text(item) -> list[str]:
    """An item as the printed pieces in order: number and prompt start, then each option, row or the end."""
    return ITEM_TEXT[type(item)](item)


def on_one_page(pieces: list[str], pages: list[str]) -> list[int]:
    """The pages holding all `pieces`, in order, after the first one."""
    found = []
    for i, page in enumerate(pages):
        at = page.find(pieces[0])
        for piece in pieces[1:]:
            at = -1 if at < 0 else page.find(piece, at)
        if at >= 0:
            found.append(i)
    return found


def key_runs(pages: list[str]) -> list[range]:
    """The pages of each answer key: from its heading's page up to the next key's, or the end."""
    starts = [i for i, p in enumerate(pages) if "Answer key" in p]
    return [range(start, end) for start, end in zip(starts, [*starts[1:], len(pages)], strict=True)]


def check_printed(pages: list[str], worksheet: Worksheet) -> None:
    """Each version's sheet, then each version's key from a new page; every question whole on one page."""
    versions = [s.version for s in worksheet.sheets]
    keys = key_runs(pages)
    assert len(keys) == len(versions) and keys[-1][-1] == len(pages) - 1
    for n, page in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in page
        if versions != [None]:  # the version letter on every page, and only one letter
            assert sum(f"Version {v}" in page for v in versions) == 1
    article_pages = len(worksheet.article.paragraphs) if worksheet.article else 0
    for sheet, key in zip(worksheet.sheets, keys, strict=True):
        label = f"Version {sheet.version}" if sheet.version else ""
        assert f"Answer key{', version ' + sheet.version if sheet.version else ''}:" in pages[key[0]]
        first_key = keys[0][0]
        own = [i for i, p in enumerate(pages[:first_key]) if label in p] if label else list(range(first_key))
        assert own and own == list(range(own[0], own[-1] + 1))  # one run of pages per version
        assert len(own) <= worksheet.total + article_pages  # no blank or runaway pages
        sheet_pages = [pages[i] for i in own]
        for part in sheet.parts:
            first = on_one_page(item_text(part.items[0]), sheet_pages)
            assert first and f"{part.heading}" in sheet_pages[first[0]], (
                f"{part.heading} is parted from its first question"
            )
            for item in part.items:
                where = on_one_page(item_text(item), sheet_pages)
                assert len(where) == 1, f"version {sheet.version} question {item.number} is split across pages"
        # The key pages list the answers, and nothing of the questions.
        for part in sheet.parts:
            assert not any(item_text(i)[0] in pages[k] for i in part.items for k in key)


# --- the PDF export (WeasyPrint) ---------------------------------------------------------------


@needs_weasyprint
def test_pdf_key_starts_on_its_own_page(quiz, tmp_path):
    path = write_quiz(quiz, "pdf", tmp_path)
    assert path == tmp_path / "zelenskyy-carney-g7.pdf"
    pages = page_texts(path)
    assert len(pages) == 2
    check_printed(pages, build_worksheet(quiz))


@needs_weasyprint
def test_pdf_of_the_seed_carries_both_versions_and_both_keys(seed_quiz, tmp_path):
    options = ExportOptions(versions=2)
    pages = page_texts(write_quiz(seed_quiz, "pdf", tmp_path, options))
    worksheet = build_worksheet(seed_quiz, options)
    check_printed(pages, worksheet)
    assert "Version A" in pages[0] and "Version B" in pages[-1]


MIXED_OPTIONS = [
    pytest.param(ExportOptions(), id="one-version"),
    pytest.param(ExportOptions(versions=2, paper="letter"), id="two-versions-letter"),
    pytest.param(ExportOptions(versions=2, large_print=True, dyslexia_friendly=True), id="large-print-dyslexia"),
]


@needs_weasyprint
@pytest.mark.parametrize("options", MIXED_OPTIONS)
def test_pdf_of_every_question_type_keeps_each_question_whole(mixed_quiz, tmp_path, options):
    pages = page_texts(write_quiz(mixed_quiz, "pdf", tmp_path, options))
    check_printed(pages, build_worksheet(mixed_quiz, options))
    for sheet, key in zip(build_worksheet(mixed_quiz, options).sheets, key_runs(pages), strict=True):
        key_page = " ".join(pages[k] for k in key)
        for e in sheet.key:  # "1. B Mark Carney", "5. F Correction: ...", "8. 1 B, 2 D, 3 A, 4 C"
            correction = e.correction and f"Correction: {e.correction}"
            assert flat(" ".join(p for p in (f"{e.number}.", e.letter, e.answer, correction) if p)) in key_page


@needs_weasyprint
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_pdf_paper_size(quiz, tmp_path, paper):
    box = pypdf.PdfReader(write_quiz(quiz, "pdf", tmp_path, ExportOptions(paper=paper))).pages[0].mediabox
    assert (round(box.width), round(box.height)) == SIZES[paper]


def text_runs(path: Path) -> list[tuple[str, float, str]]:
    """(text, size in points, font name) for every piece of text drawn in the PDF."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
            runs.append((text.strip(), round(size * scale, 1), str(font.get("/BaseFont", "")) if font else ""))

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return runs


@needs_weasyprint
def test_pdf_large_print_has_no_text_under_18pt(mixed_quiz, tmp_path):
    # The mixed quiz: every part, the true/false circles and the matching tables included.
    runs = text_runs(write_quiz(mixed_quiz, "pdf", tmp_path, ExportOptions(large_print=True)))
    assert runs and min(size for _, size, _ in runs) >= 18


@needs_weasyprint
def test_pdf_dyslexia_friendly_is_sans_serif_12_to_14pt_without_italics(mixed_quiz, tmp_path):
    runs = text_runs(write_quiz(mixed_quiz, "pdf", tmp_path, ExportOptions(dyslexia_friendly=True)))
    fonts = {font for _, _, font in runs}
    assert fonts and all(
        re.search(r"Sans|Verdana|Tahoma|Arial", f) and not re.search(r"Serif|Italic|Oblique", f) for f in fonts
    )
    body = [size for text, size, font in runs if "Bold" not in font]
    assert min(body) >= 12 and max(body) <= 14


@needs_weasyprint
def test_pdf_same_quiz_gives_identical_bytes(quiz, tmp_path):
    first = write_quiz(quiz, "pdf", tmp_path / "a", ExportOptions(versions=2)).read_bytes()
    assert write_quiz(quiz, "pdf", tmp_path / "b", ExportOptions(versions=2)).read_bytes() == first


def test_pdf_without_weasyprint_says_how_to_install(quiz, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now fails
    with pytest.raises(ExportError, match=re.escape(INSTALL)):
        write_quiz(quiz, "pdf", tmp_path)
    result = CliRunner().invoke(
        cli, ["generate", str(SEED), "-o", str(tmp_path / "out"), "--format", "json", "--format", "pdf"]
    )
    assert result.exit_code == 1
    assert result.output == f"Error: {INSTALL}\n"
    assert not (tmp_path / "out").exists()  # it fails before writing anything


# --- the HTML printed by Chromium ---------------------------------------------------------------


def print_with_chromium(html: Path, pdf: Path, profile: Path) -> None:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={pdf}",
    ]
    done = subprocess.run([CHROMIUM, *flags, html.as_uri()], capture_output=True, text=True, timeout=180)
    assert pdf.exists(), f"Chromium printed nothing (exit {done.returncode}): {done.stderr[-2000:]}"


@needs_chromium
@pytest.mark.parametrize(
    "options",
    [
        pytest.param(ExportOptions(), id="one-version-a4"),
        pytest.param(ExportOptions(versions=2, paper="letter"), id="two-versions-letter"),
        pytest.param(ExportOptions(versions=2, large_print=True, dyslexia_friendly=True), id="large-print-dyslexia"),
    ],
)
def test_chromium_prints_whole_questions_and_a_key_page_per_version(seed_quiz, tmp_path, options):
    html = write_quiz(seed_quiz, "html", tmp_path, options)
    pdf = tmp_path / "printed.pdf"
    print_with_chromium(html, pdf, tmp_path / "profile")
    reader = pypdf.PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == SIZES[options.paper]
    pages = page_texts(pdf)
    worksheet = build_worksheet(seed_quiz, options)
    check_printed(pages, worksheet)
    # Questions per version fill at least one page and need more in large print.
    per_version = (len(pages) - options.versions) / options.versions
    assert per_version >= (2 if options.large_print else 1)


@needs_chromium
@pytest.mark.parametrize("options", MIXED_OPTIONS)
def test_chromium_prints_every_question_type_whole(mixed_quiz, tmp_path, options):
    html = write_quiz(mixed_quiz, "html", tmp_path, options)
    pdf = tmp_path / "printed.pdf"
    print_with_chromium(html, pdf, tmp_path / "profile")
    check_printed(page_texts(pdf), build_worksheet(mixed_quiz, options))


# --- compact pages: no page more than half empty but the last of a part ---------------------------

MARGIN = 18 / 25.4 * 72  # the 18 mm page margin, in points (large print has 26 mm at the bottom)


def page_fill(path: Path) -> list[float]:
    """How far down each page its text reaches, from 0 (nothing under the top margin) to 1 (the bottom
    margin): read from where the PDF draws each piece of text, leaving out the margins' footer and letter."""
    fills = []
    for page in pypdf.PdfReader(path).pages:
        height = float(page.mediabox.height)
        lowest = [height - MARGIN]

        def visit(text, cm, tm, font, size, height=height, lowest=lowest):  # this page's, bound now
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the baseline, in page coordinates
            if text.strip() and 1.2 * MARGIN < y < height - MARGIN:
                lowest.append(y)

        page.extract_text(visitor_text=visit)
        fills.append((height - MARGIN - min(lowest)) / (height - 2 * MARGIN))
    return fills


def parts_of(pages: list[str], worksheet: Worksheet) -> list[list[int]]:
    """The printed parts: each version's article and questions, then each version's key."""
    keys = key_runs(pages)
    sheets = [[i for i in range(keys[0][0]) if f"Version {s.version}" in pages[i]] for s in worksheet.sheets]
    if worksheet.sheets[0].version is None:
        sheets = [list(range(keys[0][0]))]
    return [*sheets, *(list(k) for k in keys)]


def assert_compact(pdf: Path, worksheet: Worksheet) -> None:
    fills, pages = page_fill(pdf), page_texts(pdf)
    parts = parts_of(pages, worksheet)
    assert sorted(i for part in parts for i in part) == list(range(len(pages)))
    for part in parts:
        for i in part[:-1]:
            assert fills[i] >= 0.5, f"page {i + 1} of {len(pages)} is {1 - fills[i]:.0%} empty"


COMPACT_OPTIONS = [
    pytest.param(ExportOptions(), id="one-version-a4"),
    pytest.param(ExportOptions(versions=2, paper="letter"), id="two-versions-letter"),
    pytest.param(ExportOptions(large_print=True), id="large-print"),
]


@needs_weasyprint
@pytest.mark.parametrize("options", COMPACT_OPTIONS)
def test_pdf_of_the_seed_has_no_half_empty_page_but_the_last_of_a_part(seed_quiz, tmp_path, options):
    pdf = write_quiz(seed_quiz, "pdf", tmp_path, options)
    worksheet = build_worksheet(seed_quiz, options)
    assert worksheet.article is not None
    check_printed(page_texts(pdf), worksheet)
    assert_compact(pdf, worksheet)


@needs_chromium
@pytest.mark.parametrize("options", COMPACT_OPTIONS[:2])
def test_chromium_print_of_the_seed_has_no_half_empty_page_but_the_last_of_a_part(seed_quiz, tmp_path, options):
    html = write_quiz(seed_quiz, "html", tmp_path, options)
    pdf = tmp_path / "printed.pdf"
    print_with_chromium(html, pdf, tmp_path / "profile")
    assert_compact(pdf, build_worksheet(seed_quiz, options))


def test_page_fill_tells_a_half_empty_page(quiz, tmp_path):
    """The measure itself: a page holding only the key's last lines reads as mostly empty."""
    pytest.importorskip("weasyprint")
    sheet, key = page_fill(write_quiz(quiz, "pdf", tmp_path))  # four questions, then their key
    assert 0.5 < sheet < 1 and 0 < key < 0.5
