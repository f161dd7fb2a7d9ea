"""Worksheet options: versions A/B, paper size, the page footer, word bank, print modes, and the CLI.

The page is read back through the same HTML parser as test_worksheet.py; how it prints is
checked in test_worksheet_print.py.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from click.testing import CliRunner
from test_worksheet import _css_rule, by_class, numbers, one, parse, text

from quizgen.cli import cli
from quizgen.errors import ExportError
from quizgen.exporters import ExportOptions, write_quiz
from quizgen.exporters.worksheet import build_worksheet, css_string, export, source_line
from quizgen.models import MultipleChoiceQuestion, QuestionKind

SEED = "seeds/zelenskyy-carney-g7.txt"


def html_for(quiz, tmp_path, **options) -> str:
    path = tmp_path / "sheet.html"
    export(quiz, path, ExportOptions(**options))
    return path.read_text(encoding="utf-8")


def sheets(page):
    return by_class(page, "sheet")


def layout(sheet) -> list[tuple[str, list[str]]]:
    """Each question's prompt with its options, in the order printed."""
    return [
        (text(one(q, "prompt")), [text(one(o, "text")) for o in by_class(q, "option")])
        for q in by_class(sheet, "question")
    ]


# --- versions ------------------------------------------------------------------------------


def test_one_version_has_no_version_label(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path))
    assert len(sheets(page)) == 1 and len(by_class(page, "key")) == 1
    assert by_class(page, "version-label") == [] and "Version" not in text(page.find(".//style"))


def test_two_versions_each_with_every_question_and_its_own_key(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, versions=2))
    a, b = sheets(page)
    assert [s.get("data-version") for s in (a, b)] == ["A", "B"]
    assert [text(one(s, "version-label")) for s in (a, b)] == ["Version A", "Version B"]
    assert layout(a) != layout(b)
    keys = by_class(page, "key")
    assert [k.get("data-version") for k in keys] == ["A", "B"]
    assert text(keys[0].find(".//h2")) == f"Answer key, version A: {quiz.title}"
    for sheet, key in zip((a, b), keys, strict=True):
        assert numbers(by_class(sheet, "question")) == ["1.", "2.", "3.", "4."]
        prompts = {q.prompt: q for q in quiz.multiple_choice}
        entries = by_class(key, "key-entry")
        # Every MCQ keeps its choices (only their order changes) and the key names its answer's letter.
        for item, entry in zip(by_class(sheet, "question"), entries, strict=True):
            options = {text(one(o, "letter")): text(one(o, "text")) for o in by_class(item, "option")}
            if not options:  # cloze: the key gives the word
                continue
            prompt = text(one(item, "prompt")).split(" ", 1)[1]
            assert sorted(options.values()) == sorted(prompts[prompt].choices)
            assert options[text(one(entry, "letter"))] == prompts[prompt].answer == text(one(entry, "answer"))


def test_each_version_prints_its_letter_on_every_page(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, versions=3))
    for letter in "ABC":
        named = f"version-{letter.lower()}"
        assert re.search(rf"page:\s*{named};", _css_rule(page, f".{named}"))
        assert f'content: "Version {letter}"' in _css_rule(page, f"@page {named}")
        # The sheet and the key of that version are the elements printed on those pages.
        marked = [e for e in page.iter() if named in e.get("class", "").split()]
        assert [m.get("class").split()[0] for m in marked] == ["sheet", "key"]


def test_versions_come_from_the_quiz_seed_not_the_global_rng(quiz, tmp_path):
    state = random.getstate()
    first = html_for(quiz, tmp_path, versions=4)
    assert random.getstate() == state  # the global RNG is neither used nor reseeded
    random.seed(12345)
    assert html_for(quiz, tmp_path, versions=4) == first
    reseeded = quiz.model_copy(update={"seed": quiz.seed + 1})
    assert html_for(reseeded, tmp_path, versions=4) != first


def test_versions_differ_from_each_other_while_they_can(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, versions=6))
    layouts = [repr(layout(s)) for s in sheets(page)]
    assert len(set(layouts)) == 6


def test_none_of_these_keeps_its_place_when_options_shuffle(quiz, tmp_path):
    pinned = MultipleChoiceQuestion(
        id="q-pinned",
        kind=QuestionKind.PLACE,
        prompt="Where did they meet?",
        choices=("Rome", "Ottawa", "Kyiv", "None of these"),
        answer="Rome",
        source_sentence="s",
    )
    quiz = quiz.model_copy(update={"questions": (*quiz.questions, pinned)})
    page = parse(html_for(quiz, tmp_path, versions=5))
    orders = [options for s in sheets(page) for prompt, options in layout(s) if prompt.endswith("Where did they meet?")]
    assert len(orders) == 5
    assert all(order[-1] == "None of these" for order in orders)
    assert len({tuple(o) for o in orders}) > 1


def test_options_are_checked_in_the_library():
    with pytest.raises(ExportError, match="versions must be 1 to 26"):
        ExportOptions(versions=0)
    with pytest.raises(ExportError, match="paper must be one of a4, letter"):
        ExportOptions(paper="a5")


# --- paper, header, footer, word bank ------------------------------------------------------------


def test_letter_paper(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, paper="letter"))
    assert re.search(r"size:\s*letter;", _css_rule(page, "@page"))
    assert "paper-letter" in page.find(".//body").get("class")


def test_header_and_footer_name_the_source(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path))
    # The header's source line adds to the title above it; the footer names the headline too.
    assert text(one(page, "source")) == "Source: quizgen seed, https://example.org/g7"
    assert source_line(quiz) == f"“{quiz.title}”, quizgen seed, https://example.org/g7"
    footer = re.search(r"@bottom-left\s*\{\s*content:\s*(\"[^\"]*\")", text(page.find(".//style"))).group(1)
    assert decode_css_string(footer) == f"Source: {source_line(quiz)}"


def test_no_source_line_that_only_repeats_the_title(quiz, tmp_path):
    bare = quiz.model_copy(update={"source": quiz.source.model_copy(update={"site": None, "url": None})})
    assert by_class(parse(html_for(bare, tmp_path)), "source") == []
    renamed = bare.model_copy(update={"source": bare.source.model_copy(update={"title": "The page's own headline"})})
    assert text(one(parse(html_for(renamed, tmp_path)), "source")) == "Source: “The page's own headline”"


def test_a_long_source_is_shortened_in_the_footer_only(quiz, tmp_path):
    long = quiz.model_copy(
        update={"source": quiz.source.model_copy(update={"url": "https://example.org/" + "x" * 200})}
    )
    sheet = build_worksheet(long)
    assert sheet.source.endswith("x" * 200)
    assert len(sheet.footer) == len("Source: ") + 150 and sheet.footer.endswith("…")
    assert len(build_worksheet(long, ExportOptions(large_print=True)).footer) == len("Source: ") + 60


def test_hostile_source_stays_text_in_the_footer(hostile_quiz, tmp_path):
    html = html_for(hostile_quiz, tmp_path)
    style = text(parse(html).find(".//style"))
    assert "<" not in style and "&" not in style
    assert html.count("</style>") == 1
    assert decode_css_string(str(css_string('a"b\\c</style>é '))) == 'a"b\\c</style>é '


def test_no_word_bank(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, word_bank=False))
    assert by_class(page, "word-bank") == []
    assert text(one(one(page, "part-cloze"), "instruction")) == "Write the missing word or phrase in each blank."
    assert len(by_class(page, "blank")) == 2


# --- print modes ---------------------------------------------------------------------------------


def test_large_print_is_18pt_and_up(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, large_print=True))
    assert "large-print" in page.find(".//body").get("class")
    assert "font-size: 18pt" in _css_rule(page, "body.large-print")
    css = text(page.find(".//style"))
    sizes = [float(s) for s in re.findall(r"\.large-print[^{]*\{[^}]*font-size:\s*([\d.]+)pt", css)]
    assert sizes and min(sizes) >= 18
    margin_fonts = re.findall(r"@(?:bottom|top)-\w+\s*\{[^}]*font:[^;]*?([\d.]+)pt", css)
    assert margin_fonts and all(float(s) >= 18 for s in margin_fonts)


def test_dyslexia_friendly_is_sans_serif_on_cream_without_italics(quiz, tmp_path):
    page = parse(html_for(quiz, tmp_path, dyslexia_friendly=True))
    assert "dyslexia-friendly" in page.find(".//body").get("class")
    rule = _css_rule(page, "body.dyslexia-friendly")
    size, spacing, family = re.search(r"font:\s*([\d.]+)pt/([\d.]+)\s+([^;]+);", rule).groups()
    assert 12 <= float(size) <= 14 and float(spacing) >= 1.5
    assert family.startswith("Verdana") and family.endswith("sans-serif")
    assert "background: #fbf5e3" in _css_rule(page, "@page")
    everything = _css_rule(page, ".dyslexia-friendly *")
    assert "font-style: normal" in everything and "text-align: left" in everything
    css = re.sub(r"/\*.*?\*/", "", text(page.find(".//style")), flags=re.S)
    assert "italic" not in css and "justify" not in css


def test_same_options_give_identical_bytes(quiz, tmp_path):
    options = dict(versions=3, paper="letter", word_bank=False, large_print=True, dyslexia_friendly=True)
    assert html_for(quiz, tmp_path, **options) == html_for(quiz, tmp_path, **options)


# --- the command line ------------------------------------------------------------------------


def test_cli_passes_worksheet_options(tmp_path):
    args = [
        "generate",
        SEED,
        "-o",
        str(tmp_path),
        "--format",
        "html",
        "--versions",
        "2",
        "--paper",
        "letter",
        "--no-word-bank",
        "--large-print",
        "--dyslexia-friendly",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = parse((tmp_path / "zelenskyy-carney-g7.html").read_text(encoding="utf-8"))
    assert page.find(".//body").get("class") == "paper-letter large-print dyslexia-friendly"
    assert [s.get("data-version") for s in sheets(page)] == ["A", "B"]
    assert by_class(page, "word-bank") == []


@pytest.mark.parametrize("command", ["build", "generate", "render"])
def test_every_writing_command_has_the_worksheet_options(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    for option in ("--versions", "--paper", "--no-word-bank", "--large-print", "--dyslexia-friendly"):
        assert option in result.output


def test_cli_rejects_bad_worksheet_options(tmp_path):
    result = CliRunner().invoke(cli, ["generate", SEED, "-o", str(tmp_path), "--versions", "27"])
    assert result.exit_code == 2 and "Error: Invalid value for '--versions'" in result.output  # a usage mistake
    result = CliRunner().invoke(cli, ["generate", SEED, "-o", str(tmp_path), "--paper", "a5"])
    assert result.exit_code == 2 and "Error: Invalid value for '--paper'" in result.output


def test_library_writes_versions_through_the_registry(quiz, tmp_path):
    path = write_quiz(quiz, "html", tmp_path, ExportOptions(versions=2))
    counts = Counter(s.get("data-version") for s in sheets(parse(path.read_text(encoding="utf-8"))))
    assert counts == {"A": 1, "B": 1}


def decode_css_string(value: str) -> str:
    """A double-quoted CSS string back to its text (the hex escapes that css_string writes)."""
    body = value[1:-1]
    return re.sub(r"\\([0-9a-f]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), body)
