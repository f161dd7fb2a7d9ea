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
from quizgen.models import ClozeQuestion, MatchingQuestion, MultipleChoiceQuestion, Quiz, TrueFalseQuestion
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
    """text2qti's package for the same questions (its plain-text quiz format, with feedback): multiple
    choice, short answer and true/false (two choices True and False, each with the correction)."""
    lines = ["Quiz title: Reference", ""]
    for number, question in enumerate(quiz.questions, 1):
        lines += [f"{number}.  {question.prompt}", f"... {question.source_sentence}"]
        if isinstance(question, (MultipleChoiceQuestion, TrueFalseQuestion)):
            choices = question.choices if isinstance(question, MultipleChoiceQuestion) else ("True", "False")
            for i, choice in enumerate(choices):
                lines.append(f"{'*' if choice == question.answer else ''}{chr(97 + i)}) {choice}")
                if getattr(question, "correction", None):
                    lines.append(f"... {question.correction}")
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
    answer_feedback = re.compile(r".+_fb$(?<!general_fb)")  # an answer's comment, named by its id
    attrs = ",".join(
        f"{k}={'*' if k in ids else answer_feedback.sub('*_fb', v)}" for k, v in sorted(element.attrib.items())
    )
    here = f"{path}/{element.tag.split('}')[-1]}[{attrs}]"
    return [here] + [p for child in element for p in skeleton(child, here)]


def layout(archive: zipfile.ZipFile) -> list[str]:
    """The zip's file names with the assessment id replaced: the same layout whatever the ids."""
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    ident = manifest.find(f"{CP_NS}resources/{CP_NS}resource").get("identifier")
    return sorted(name.replace(ident, "<id>") for name in archive.namelist())


def fields(item: ET.Element) -> dict[str, str]:
    return {
        f.findtext(f"{QTI_NS}fieldlabel"): f.findtext(f"{QTI_NS}fieldentry")
        for f in item.iter(f"{QTI_NS}qtimetadatafield")
    }


def shown(mattext: ET.Element) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", mattext.text))


def assert_items_match(quiz: Quiz, assessment: ET.Element) -> None:
    items = assessment.findall(f".//{QTI_NS}item")
    assert len(items) == len(quiz.questions)
    for question, item in zip(quiz.questions, items, strict=True):
        mattext = item.find(f"{QTI_NS}presentation/{QTI_NS}material/{QTI_NS}mattext")
        assert mattext.get("texttype") == "text/html" and shown(mattext) == one_line(question.prompt)
        assert feedback(item, "general_fb") == one_line(question.source_sentence)
        CHECKS[type(question)](quiz, question, item)


def check_single_choice(item: ET.Element, question_type: str, choices, answer: str) -> list[ET.Element]:
    """The item's labels, checked: their texts, the one scored 100, Canvas's answer ids."""
    assert fields(item)["question_type"] == question_type
    labels = item.findall(f".//{QTI_NS}response_label")
    assert [shown(label.find(f".//{QTI_NS}mattext")) for label in labels] == [one_line(c) for c in choices]
    [chosen] = [label for label in labels if label.get("ident") == right_value(item)]
    assert shown(chosen.find(f".//{QTI_NS}mattext")) == one_line(answer)
    assert fields(item)["original_answer_ids"] == ",".join(label.get("ident") for label in labels)
    return labels


def check_multiple_choice(quiz: Quiz, question: MultipleChoiceQuestion, item: ET.Element) -> None:
    check_single_choice(item, "multiple_choice_question", question.choices, question.answer)


def check_short_answer(quiz: Quiz, question: ClozeQuestion, item: ET.Element) -> None:
    assert fields(item)["question_type"] == "short_answer_question"
    assert right_value(item) == one_line(question.answer)


def check_true_false(quiz: Quiz, question: TrueFalseQuestion, item: ET.Element) -> None:
    labels = check_single_choice(item, "true_false_question", ("True", "False"), question.answer)
    shows = {
        c.findtext(f"{QTI_NS}conditionvar/{QTI_NS}varequal"): c.find(f"{QTI_NS}displayfeedback").get("linkrefid")
        for c in item.iter(f"{QTI_NS}respcondition")
        if c.find(f"{QTI_NS}displayfeedback") is not None
    }
    shows.pop(None)  # the general feedback's condition, on any answer
    comments = {
        label.get("ident"): feedback(item, shows[label.get("ident")]) for label in labels if label.get("ident") in shows
    }
    expected = one_line(question.correction) if question.correction else None
    assert comments == ({label.get("ident"): expected for label in labels} if expected else {})


def check_matching(quiz: Quiz, question: MatchingQuestion, item: ET.Element) -> None:
    """Each left item offers every right item in the seeded order; its scored value is its own right item."""
    assert fields(item)["question_type"] == "matching_question"
    responses = item.findall(f"{QTI_NS}presentation/{QTI_NS}response_lid")
    scored = {
        c.find(f".//{QTI_NS}varequal").get("respident"): c
        for c in item.iter(f"{QTI_NS}respcondition")
        if c.find(f".//{QTI_NS}varequal") is not None
    }
    read = []
    for response in responses:
        labels = response.findall(f"{QTI_NS}render_choice/{QTI_NS}response_label")
        texts = {label.get("ident"): shown(label.find(f".//{QTI_NS}mattext")) for label in labels}
        assert list(texts.values()) == [one_line(r) for r in question.right_order(quiz.seed)]
        condition = scored[response.get("ident")]
        assert condition.find(f"{QTI_NS}setvar").get("action") == "Add"
        read.append(
            (
                shown(response.find(f"{QTI_NS}material/{QTI_NS}mattext")),
                texts[condition.find(f".//{QTI_NS}varequal").text],
            )
        )
    assert read == [(one_line(p.left), one_line(p.right)) for p in question.pairs]
    assert abs(sum(float(c.findtext(f"{QTI_NS}setvar")) for c in scored.values()) - 100) < 0.05
    assert fields(item)["original_answer_ids"] == ",".join(r.get("ident").removeprefix("response_") for r in responses)


CHECKS = {
    MultipleChoiceQuestion: check_multiple_choice,
    ClozeQuestion: check_short_answer,
    TrueFalseQuestion: check_true_false,
    MatchingQuestion: check_matching,
}


def right_value(item: ET.Element) -> str:
    """The value the item scores 100 for: a single-response item's key."""
    return item.find(f".//{QTI_NS}respcondition[@continue='No']//{QTI_NS}varequal").text


def feedback(item: ET.Element, ident: str) -> str:
    return shown(item.find(f"{QTI_NS}itemfeedback[@ident='{ident}']//{QTI_NS}mattext"))


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
    assert [p for p in skeleton(ours[1]) if "/item[" not in p] == [
        p for p in skeleton(reference[1]) if "/item[" not in p
    ]
    assert skeleton(ours[0].find(f"{CP_NS}resources")) == skeleton(reference[0].find(f"{CP_NS}resources"))
    # The manifest and Canvas's settings use only elements text2qti also writes.
    for mine, theirs in ((ours[0], reference[0]), (ours[2], reference[2])):
        assert mine.tag == theirs.tag
        assert {e.tag for e in mine.iter()} <= {e.tag for e in theirs.iter()}


# A matching item as Canvas's own QTI export writes one (canvas-lms, lib/cc/qti/qti_items.rb): a
# `response_lid` per left item with no rcardinality, every right item in each `render_choice`, and
# one `respcondition` per left item adding its share of the score, after the one showing the general
# feedback. text2qti has no matching questions. Every mattext here is HTML, as this exporter writes
# all text (Canvas writes text/plain for items without markup).
CANVAS_MATCHING = """<item xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" ident="g1" title="Question">
<itemmetadata><qtimetadata>
<qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>matching_question</fieldentry></qtimetadatafield>
<qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>1.0</fieldentry></qtimetadatafield>
<qtimetadatafield><fieldlabel>original_answer_ids</fieldlabel><fieldentry>1,2,3</fieldentry></qtimetadatafield>
<qtimetadatafield><fieldlabel>assessment_question_identifierref</fieldlabel><fieldentry>g2</fieldentry></qtimetadatafield>
</qtimetadata></itemmetadata>
<presentation><material><mattext texttype="text/html">&lt;p&gt;Match&lt;/p&gt;</mattext></material>{responses}</presentation>
<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
<respcondition continue="Yes"><conditionvar><other/></conditionvar>
<displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>{conditions}</resprocessing>
<itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/html">x</mattext></material></flow_mat></itemfeedback>
</item>"""
CANVAS_LEFT = """<response_lid ident="response_{i}"><material><mattext texttype="text/html">L</mattext></material>
<render_choice>{labels}</render_choice></response_lid>"""
CANVAS_RIGHT = (
    """<response_label ident="{i}"><material><mattext texttype="text/html">R</mattext></material></response_label>"""
)
CANVAS_SCORE = """<respcondition><conditionvar><varequal respident="response_{i}">{i}</varequal></conditionvar>
<setvar varname="SCORE" action="Add">33.33</setvar></respcondition>"""


def canvas_matching(pairs: int) -> ET.Element:
    labels = "".join(CANVAS_RIGHT.format(i=i) for i in range(pairs))
    return ET.fromstring(
        CANVAS_MATCHING.format(
            responses="".join(CANVAS_LEFT.format(i=i, labels=labels) for i in range(pairs)),
            conditions="".join(CANVAS_SCORE.format(i=i) for i in range(pairs)),
        )
    )


def test_every_type_has_the_shape_canvas_or_text2qti_writes(mixed_quiz, tmp_path):
    items = parts(package(mixed_quiz, tmp_path))[1].findall(f".//{QTI_NS}item")
    assert_items_match(mixed_quiz, parts(package(mixed_quiz, tmp_path))[1])
    others = [q for q in mixed_quiz.questions if not isinstance(q, MatchingQuestion)]
    reference = iter(
        parts(text2qti_package(mixed_quiz.model_copy(update={"questions": tuple(others)})))[1].findall(
            f".//{QTI_NS}item"
        )
    )
    checked = set()
    for question, item in zip(mixed_quiz.questions, items, strict=True):
        theirs = canvas_matching(len(question.pairs)) if isinstance(question, MatchingQuestion) else next(reference)
        assert skeleton(item) == skeleton(theirs), question.id
        assert fields(item)["question_type"] == fields(theirs)["question_type"]
        checked.add(fields(item)["question_type"])
    assert checked == {"multiple_choice_question", "short_answer_question", "true_false_question", "matching_question"}


def test_true_false_comments_and_matching_order(mixed_quiz, tmp_path):
    items = {i.get("title").split()[1]: i for i in parts(package(mixed_quiz, tmp_path))[1].iter(f"{QTI_NS}item")}
    false, true = items["q-tf-false"], items["q-tf-true"]
    assert [feedback(false, f"{label.get('ident')}_fb") for label in false.iter(f"{QTI_NS}response_label")] == [
        mixed_quiz.questions[5].correction
    ] * 2
    assert (
        true.find(f"{QTI_NS}itemfeedback[@ident!='general_fb']") is None
        and len(true.findall(f"{QTI_NS}itemfeedback")) == 1
    )
    roles = items["q-match-role"].find(f"{QTI_NS}presentation/{QTI_NS}response_lid/{QTI_NS}render_choice")
    shown_order = [shown(m) for m in roles.iter(f"{QTI_NS}mattext")]
    question = mixed_quiz.questions[7]
    assert shown_order == list(question.right_order(mixed_quiz.seed)) != [p.right for p in question.pairs]


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
