"""The QTI 1.2 (Canvas) export: the zip opened, its manifest and items parsed, and its structure
compared with what text2qti (whose packages Canvas imports) writes for the same questions."""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from text2qti.config import Config
from text2qti.qti import QTI
from text2qti.quiz import Quiz as Text2qtiQuiz

from quizgen.articles import read_article
from quizgen.exporters import ExportOptions, qti, write_quiz
from quizgen.exporters.text import one_line
from quizgen.models import MultipleChoiceQuestion, Quiz
from quizgen.pipeline import build_quiz

SEED = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
QTI_NS = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CANVAS_NS = "{http://canvas.instructure.com/xsd/cccv1p0}"
CP_NS = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


def package(quiz: Quiz, tmp_path: Path) -> zipfile.ZipFile:
    path = tmp_path / "quiz.qti.zip"
    qti.export(quiz, path, ExportOptions(timestamp=1_700_000_000))
    return zipfile.ZipFile(path)


def text2qti_package(quiz: Quiz) -> zipfile.ZipFile:
    """text2qti's package for the same questions (its plain-text quiz format, with feedback)."""
    lines = ["Quiz title: Reference", ""]
    for number, question in enumerate(quiz.questions, 1):
        lines += [f"{number}.  {question.prompt}", f"... {question.source_sentence}"]
        if isinstance(question, MultipleChoiceQuestion):
            lines += [f"{'*' if c == question.answer else ''}{chr(97 + i)}) {c}" for i, c in enumerate(question.choices)]
        else:
            lines.append(f"*   {question.answer}")
        lines.append("")
    reference = Text2qtiQuiz("\n".join(lines), config=Config(), source_name="reference.md")
    return zipfile.ZipFile(io.BytesIO(QTI(reference).zip_bytes()))


def parts(archive: zipfile.ZipFile) -> tuple[ET.Element, ET.Element, ET.Element]:
    """(manifest, assessment, assessment_meta), found through the manifest as Canvas does."""
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    test, meta = manifest.find(f"{CP_NS}resources").findall(f"{CP_NS}resource")
    assert test.get("type") == "imsqti_xmlv1p2"
    assert meta.find(f"{CP_NS}file").get("href") == meta.get("href")
    assessment = ET.fromstring(archive.read(test.find(f"{CP_NS}file").get("href")))
    return manifest, assessment, ET.fromstring(archive.read(meta.get("href")))


def skeleton(element: ET.Element, path: str = "") -> list[str]:
    """Element paths with attribute names (and values that are not ids): the shape, not the text."""
    ids = {"ident", "identifier", "identifierref", "href", "title", "respident"}
    attrs = ",".join(f"{k}={'*' if k in ids else v}" for k, v in sorted(element.attrib.items()))
    here = f"{path}/{element.tag.split('}')[-1]}[{attrs}]"
    return [here] + [p for child in element for p in skeleton(child, here)]


def layout(archive: zipfile.ZipFile) -> list[str]:
    """The zip's file names with the assessment id replaced: the same layout whatever the ids."""
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    ident = manifest.find(f"{CP_NS}resources/{CP_NS}resource").get("identifier")
    return sorted(name.replace(ident, "<id>") for name in archive.namelist())


def fields(item: ET.Element) -> dict[str, str]:
    return {f.findtext(f"{QTI_NS}fieldlabel"): f.findtext(f"{QTI_NS}fieldentry") for f in item.iter(f"{QTI_NS}qtimetadatafield")}


def shown(mattext: ET.Element) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", mattext.text))


def assert_items_match(quiz: Quiz, assessment: ET.Element) -> None:
    items = assessment.findall(f".//{QTI_NS}item")
    assert len(items) == len(quiz.questions)
    for question, item in zip(quiz.questions, items):
        mattext = item.find(f"{QTI_NS}presentation/{QTI_NS}material/{QTI_NS}mattext")
        assert mattext.get("texttype") == "text/html" and shown(mattext) == one_line(question.prompt)
        feedback = item.find(f"{QTI_NS}itemfeedback[@ident='general_fb']//{QTI_NS}mattext")
        assert shown(feedback) == one_line(question.source_sentence)
        right = item.find(f".//{QTI_NS}respcondition[@continue='No']//{QTI_NS}varequal").text
        if isinstance(question, MultipleChoiceQuestion):
            assert fields(item)["question_type"] == "multiple_choice_question"
            labels = item.findall(f".//{QTI_NS}response_label")
            assert [shown(l.find(f".//{QTI_NS}mattext")) for l in labels] == [one_line(c) for c in question.choices]
            [chosen] = [l for l in labels if l.get("ident") == right]
            assert shown(chosen.find(f".//{QTI_NS}mattext")) == question.answer
            assert fields(item)["original_answer_ids"] == ",".join(l.get("ident") for l in labels)
        else:
            assert fields(item)["question_type"] == "short_answer_question"
            assert right == one_line(question.answer)


def test_the_package_has_canvas_layout_and_the_right_answers(quiz, tmp_path):
    archive = package(quiz, tmp_path)
    assert archive.testzip() is None
    manifest, assessment, meta = parts(archive)
    assert assessment.tag == f"{QTI_NS}questestinterop"
    assert meta.tag == f"{CANVAS_NS}quiz" and meta.findtext(f"{CANVAS_NS}title") == quiz.title
    assert meta.findtext(f"{CANVAS_NS}points_possible") == f"{len(quiz.questions)}.0"
    assert meta.find(f"{CANVAS_NS}assignment/{CANVAS_NS}quiz_identifierref").text == assessment[0].get("ident")
    assert_items_match(quiz, assessment)


def test_structure_matches_text2qti_for_the_same_questions(quiz, tmp_path):
    ours, reference = parts(package(quiz, tmp_path)), parts(text2qti_package(quiz))
    assert layout(package(quiz, tmp_path)) == layout(text2qti_package(quiz))
    # Every item has exactly text2qti's shape: same elements, attributes, types and scoring.
    our_items = ours[1].findall(f".//{QTI_NS}item")
    reference_items = reference[1].findall(f".//{QTI_NS}item")
    for mine, theirs in zip(our_items, reference_items, strict=True):
        assert skeleton(mine) == skeleton(theirs)
    # The assessment around the items, the manifest's resources: the same shape.
    assert [p for p in skeleton(ours[1]) if "/item[" not in p] == [p for p in skeleton(reference[1]) if "/item[" not in p]
    assert skeleton(ours[0].find(f"{CP_NS}resources")) == skeleton(reference[0].find(f"{CP_NS}resources"))
    # The manifest and Canvas's settings use only elements text2qti also writes.
    for mine, theirs in ((ours[0], reference[0]), (ours[2], reference[2])):
        assert mine.tag == theirs.tag
        assert {e.tag for e in mine.iter()} <= {e.tag for e in theirs.iter()}


def test_the_seed_article_through_the_real_pipeline(tmp_path):
    quiz = build_quiz(read_article(SEED))
    path = write_quiz(quiz, "qti", tmp_path)
    assert path.name == f"{quiz.slug}.qti.zip"
    _, assessment, _ = parts(zipfile.ZipFile(path))
    assert_items_match(quiz, assessment)


class Tags(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def test_markup_in_article_text_stays_inert_text(hostile_quiz, tmp_path):
    _, assessment, meta = parts(package(hostile_quiz, tmp_path))
    assert_items_match(hostile_quiz, assessment)
    for mattext in assessment.iter(f"{QTI_NS}mattext"):
        assert Tags(mattext.text).tags == {"p"}, mattext.text
    assert Tags(meta.findtext(f"{CANVAS_NS}description")).tags == {"p"}


def test_the_same_quiz_gives_the_same_package(quiz, tmp_path):
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    qti.export(quiz, a, ExportOptions(timestamp=1_700_000_000))
    qti.export(quiz, b, ExportOptions(timestamp=1_700_000_000))
    assert a.read_bytes() == b.read_bytes()
