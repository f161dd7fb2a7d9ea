"""The HTML worksheet, read back the way a browser reads it: through a real HTML parser.

`parse()` feeds the stdlib html.parser into an ElementTree, so the tests query the same
elements a browser would build, never the raw template text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from quizgen.exporters import ExportOptions, write_quiz
from quizgen.exporters.worksheet import export, word_bank
from quizgen.models import ClozeQuestion, MultipleChoiceQuestion, QuestionKind, Quiz

VOID = {"meta", "link", "img", "br", "hr", "input", "source", "area", "base", "col", "embed", "wbr"}


class _TreeParser(HTMLParser):
    """html.parser events -> an ElementTree; void elements are closed as they open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = ET.TreeBuilder()
        self.builder.start("document", {})

    def handle_starttag(self, tag, attrs):
        self.builder.start(tag, {k: v or "" for k, v in attrs})
        if tag in VOID:
            self.builder.end(tag)

    def handle_startendtag(self, tag, attrs):
        self.builder.start(tag, {k: v or "" for k, v in attrs})
        self.builder.end(tag)

    def handle_endtag(self, tag):
        self.builder.end(tag)

    def handle_data(self, data):
        self.builder.data(data)


def parse(html: str) -> ET.Element:
    parser = _TreeParser()
    parser.feed(html)
    parser.close()
    parser.builder.end("document")
    return parser.builder.close()


def render(quiz: Quiz, tmp_path: Path) -> str:
    path = tmp_path / f"{quiz.slug}.html"
    export(quiz, path, ExportOptions())
    return path.read_text(encoding="utf-8")


def text(element: ET.Element) -> str:
    return "".join(element.itertext())


def by_class(root: ET.Element, cls: str) -> list[ET.Element]:
    return [e for e in root.iter() if cls in e.get("class", "").split()]


def one(root: ET.Element, cls: str) -> ET.Element:
    (found,) = by_class(root, cls)
    return found


def numbers(elements) -> list[str]:
    return [text(one(e, "number")) for e in elements]


@pytest.fixture
def page(quiz, tmp_path) -> ET.Element:
    return parse(render(quiz, tmp_path))


def test_title_in_the_page_title_heading_and_key(quiz, page):
    assert text(page.find(".//title")).startswith(quiz.title)
    assert text(page.find(".//h1")) == quiz.title
    assert quiz.title in text(page.find(".//section[@class='key']/h2"))


def test_header_has_source_student_lines_and_score_out_of_n(quiz, page):
    header = page.find(".//header")
    assert quiz.source.credit() in text(header)
    for label in ("Name", "Class", "Date"):
        assert label in text(header)
    assert re.search(r"Score:\s*/\s*4\b", text(one(header, "score")))


def test_questions_are_numbered_continuously_across_parts(quiz, page):
    questions = by_class(page, "question")
    assert numbers(questions) == [f"{n}." for n in range(1, len(quiz.questions) + 1)]
    parts = by_class(page, "part")
    assert [text(p.find(".//h2")) for p in parts] == ["Part 1: Multiple choice", "Part 2: Fill in the blanks"]
    assert numbers(by_class(parts[1], "question")) == ["3.", "4."]


def test_each_mcq_has_lettered_options_with_its_choices(quiz, page):
    items = by_class(one(page, "part-choice"), "question")
    assert len(items) == len(quiz.multiple_choice)
    for item, question in zip(items, quiz.multiple_choice, strict=True):
        assert question.prompt in text(one(item, "prompt"))
        options = by_class(item, "option")
        assert [text(one(o, "letter")) for o in options] == list("ABCD")
        assert [text(one(o, "text")) for o in options] == list(question.choices)


def test_parts_have_their_instructions(page):
    assert text(one(one(page, "part-choice"), "instruction")) == "Circle the letter of the best answer."
    assert "word bank" in text(one(one(page, "part-cloze"), "instruction"))


def test_cloze_blanks_all_have_the_same_length_and_hide_the_answer(quiz, page):
    blanks = [text(b) for b in by_class(page, "blank")]
    assert len(blanks) == len(quiz.cloze) == 2
    assert len({len(b) for b in blanks}) == 1  # "13" and "Rome" get the same blank
    assert set("".join(blanks)) == {"_"}
    for item, question in zip(by_class(one(page, "part-cloze"), "question"), quiz.cloze, strict=True):
        before, after = question.split()
        assert text(one(item, "prompt")) == f"{item.get('id')[1:]}. {before}{blanks[0]}{after}"


def test_word_bank_is_boxed_and_holds_every_cloze_answer_sorted(quiz, page):
    bank = [text(li) for li in one(page, "word-bank").iter("li")]
    assert sorted(bank) == sorted(q.answer for q in quiz.cloze)
    assert bank == sorted(bank, key=str.casefold)
    assert "border" in _css_rule(page, ".word-bank")


def test_word_bank_sorts_ignoring_case_and_keeps_repeats():
    assert word_bank(["rome", "Athens", "Rome", "berlin", "Rome"]) == ("Athens", "berlin", "Rome", "Rome", "rome")


def test_key_is_after_the_questions_on_its_own_page(quiz, page):
    elements = list(page.iter())
    key = one(page, "key")
    last_question = by_class(page, "question")[-1]
    assert elements.index(key) > elements.index(last_question)
    assert key not in list(one(page, "questions").iter())
    assert re.search(r"break-before:\s*page", _css_rule(page, ".key"))
    assert re.search(r"break-inside:\s*avoid", _css_rule(page, "li.question"))


def test_key_has_one_entry_per_question_with_the_right_letter_or_word(quiz, page):
    entries = by_class(one(page, "key"), "key-entry")
    assert numbers(entries) == [f"{n}." for n in range(1, len(quiz.questions) + 1)]
    for entry, question in zip(entries[: len(quiz.multiple_choice)], quiz.multiple_choice, strict=True):
        assert text(one(entry, "letter")) == "ABCD"[question.answer_index]
        assert text(one(entry, "answer")) == question.answer
    for entry, question in zip(entries[len(quiz.multiple_choice) :], quiz.cloze, strict=True):
        assert by_class(entry, "letter") == []
        assert text(one(entry, "answer")) == question.answer


def test_print_css_is_a4_by_default_with_page_x_of_y(page):
    page_rule = _css_rule(page, "@page")
    assert "margin: 18mm" in page_rule
    assert re.search(r"size:\s*A4;", page_rule)
    assert '"page " counter(page) " of " counter(pages)' in page_rule


def test_a_part_with_no_questions_is_left_out(quiz, tmp_path):
    mcq_only = quiz.model_copy(update={"questions": tuple(quiz.multiple_choice)})
    page = parse(render(mcq_only, tmp_path))
    assert by_class(page, "part-cloze") == [] and by_class(page, "word-bank") == []

    cloze_only = quiz.model_copy(update={"questions": tuple(quiz.cloze)})
    page = parse(render(cloze_only, tmp_path))
    assert by_class(page, "part-choice") == []
    assert text(one(page, "part-cloze").find(".//h2")) == "Part 1: Fill in the blanks"
    assert numbers(by_class(page, "question")) == ["1.", "2."]


def test_hostile_article_text_is_shown_as_text_only(hostile_quiz, tmp_path):
    html = render(hostile_quiz, tmp_path)
    page = parse(html)
    tags = {e.tag for e in page.iter()}
    assert not tags & {"script", "img", "b", "i", "iframe", "a", "link"}
    assert not any(name.startswith("on") for e in page.iter() for name in e.attrib)
    assert "<script>alert(1)</script>" in text(page.find(".//h1"))
    assert "<b>Carney</b>" in [text(li) for li in one(page, "word-bank").iter("li")]
    assert "{{c1::Rome}}" in text(one(page, "part-cloze"))


def test_page_is_self_contained(page):
    for element in page.iter():
        assert element.tag not in {"script", "link", "img", "iframe", "object", "embed"}
        assert not {"src", "href"} & set(element.attrib)
    assert "url(" not in text(page.find(".//style")) and "@import" not in text(page.find(".//style"))


def test_markup_is_well_formed_xml(quiz, tmp_path):
    ET.fromstring(render(quiz, tmp_path).removeprefix("<!DOCTYPE html>\n"))


def test_same_quiz_gives_identical_bytes(quiz, tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    export(quiz, first, ExportOptions())
    # An equal quiz rebuilt from its JSON, and an option the worksheet ignores, change nothing.
    export(Quiz.model_validate_json(quiz.model_dump_json()), second, ExportOptions(timestamp=123.0))
    assert first.read_bytes() == second.read_bytes()


def test_registry_writes_the_worksheet(quiz, tmp_path):
    path = write_quiz(quiz, "html", tmp_path)
    assert path == tmp_path / "zelenskyy-carney-g7.html"
    assert text(parse(path.read_text(encoding="utf-8")).find(".//h1")) == quiz.title


def test_quiz_is_not_modified(quiz, tmp_path):
    before = quiz.model_dump_json()
    render(quiz, tmp_path)
    assert quiz.model_dump_json() == before


# Any printable text, markup and entities included, must come back out of the parser unchanged.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prompt=TEXT, choice=TEXT, answer=TEXT)
def test_any_article_text_round_trips_as_text(tmp_path, prompt, choice, answer):
    try:
        quiz = Quiz(
            title="T",
            slug="t",
            questions=(
                MultipleChoiceQuestion(
                    id="m",
                    kind=QuestionKind.QUOTE,
                    prompt=f"Q {prompt}",
                    choices=(choice, "zz-other"),
                    answer=choice,
                    source_sentence="s",
                ),
                ClozeQuestion(
                    id="c", kind=QuestionKind.CLOZE, prompt="x _______ y", answer=answer, source_sentence="s"
                ),
            ),
        )
    except ValidationError:
        assume(False)
    page = parse(render(quiz, tmp_path))
    assert text(by_class(page, "prompt")[0]) == f"1. Q {prompt}"
    assert text(one(by_class(page, "option")[0], "text")) == choice
    assert [text(li) for li in one(page, "word-bank").iter("li")] == [answer]
    assert {e.tag for e in one(page, "questions").iter()} <= {
        "section",
        "h2",
        "h3",
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "span",
    }


def _css_rule(page: ET.Element, selector: str) -> str:
    """The body of the first CSS rule whose selector list contains `selector`."""
    css = text(page.find(".//style"))
    for match in re.finditer(r"([^{}]+)\{((?:[^{}]|\{[^{}]*\})*)\}", css):
        selectors = [s.strip() for s in re.sub(r"/\*.*?\*/", "", match.group(1), flags=re.S).split(",")]
        if selector in selectors:
            return match.group(2)
    raise AssertionError(f"no CSS rule for {selector}")
