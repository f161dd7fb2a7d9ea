"""A QTI 1.2 package for Canvas (`<slug>.qti.zip`): Settings > Import Course Content > QTI .zip file.

The zip has the layout Canvas reads (the same as text2qti's, which Canvas is known to accept):

    imsmanifest.xml                 the IMS content package: one assessment and its settings
    non_cc_assessments/             (empty, as in Canvas's own exports)
    <id>/<id>.xml                   <questestinterop>: the assessment and its items
    <id>/assessment_meta.xml        Canvas's quiz settings (title, points, not yet published)

Each question type fills in Canvas's item shape through one function of `_PARTS`:

- multiple choice: a `multiple_choice_question` (one `response_lid`, scored 100 for the right label);
- cloze: a `short_answer_question` whose prompt keeps its blank and whose key Canvas matches
  without regard to case;
- true/false: a `true_false_question`, the labels True and False; a false statement's
  correction is the comment on both answers, so the student reads it whatever they chose;
- matching: a `matching_question`, a `response_lid` per left item, each offering every right
  item in the quiz's seeded order (`right_order`), each right match adding its share of 100.

Each item's general feedback is its source sentence.

Every text is HTML-escaped and then XML-escaped (by ElementTree), so markup stays text. Ids are
hashes of the quiz slug and question id, so the same quiz gives the same ids.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from ..models import (
    FALSE,
    TRUE,
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    Question,
    Quiz,
    TrueFalseQuestion,
)
from . import ExportOptions
from .text import html_text, one_line, question_name, source_credit, stable_id

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
IMSMD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMAS = {  # xsi:schemaLocation of each root, as Canvas's own exports write them
    QTI_NS: f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd",
    CANVAS_NS: f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd",
    MANIFEST_NS: f"{MANIFEST_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd {IMSMD_NS} "
    "http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd",
}


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write `quiz` as a Canvas QTI zip at `path`."""
    ident = f"quizgen_assessment_{stable_id(quiz.slug)}"
    stamp = time.localtime(options.timestamp if options.timestamp is not None else time.time())[:6]
    files = {
        "imsmanifest.xml": manifest(quiz, ident),
        "non_cc_assessments/": "",
        f"{ident}/{ident}.xml": assessment(quiz, ident),
        f"{ident}/assessment_meta.xml": assessment_meta(quiz, ident),
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            is_dir = name.endswith("/")
            info.external_attr = (0o40755 << 16) | 0x10 if is_dir else 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def assessment(quiz: Quiz, ident: str) -> str:
    root = _root("questestinterop", QTI_NS)
    test = SubElement(root, "assessment", ident=ident, title=one_line(quiz.title))
    _fields(SubElement(test, "qtimetadata"), cc_maxattempts="1")
    section = SubElement(test, "section", ident="root_section")
    for number, question in enumerate(quiz.questions, 1):
        section.append(item(quiz, number, question))
    return _xml(root)


class _Parts(NamedTuple):
    """What a question type adds to the item every type shares."""

    question_type: str  # Canvas's name for it
    answer_ids: list[str]  # Canvas's original_answer_ids
    responses: list[Element]  # in <presentation>, after the prompt
    conditions: list[Element]  # in <resprocessing>, after the one showing the general feedback
    feedback: dict[str, str]  # <itemfeedback> ident -> text, after the general feedback


def item(quiz: Quiz, number: int, question: Question) -> Element:
    ident = _item_ident(quiz, question)
    parts = _PARTS[type(question)](quiz, question)
    node = Element("item", ident=ident, title=question_name(number, question))
    _fields(
        SubElement(SubElement(node, "itemmetadata"), "qtimetadata"),
        question_type=parts.question_type,
        points_possible="1",
        original_answer_ids=",".join(parts.answer_ids),
        assessment_question_identifierref=f"quizgen_question_ref_{stable_id(quiz.slug, question.id)}",
    )
    presentation = SubElement(node, "presentation")
    _material(presentation, question.prompt)
    presentation.extend(parts.responses)
    processing = SubElement(node, "resprocessing")
    outcomes = SubElement(processing, "outcomes")
    SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    show = SubElement(processing, "respcondition", attrib={"continue": "Yes"})
    SubElement(SubElement(show, "conditionvar"), "other")
    SubElement(show, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    processing.extend(parts.conditions)
    for feedback_id, text in {"general_fb": question.source_sentence, **parts.feedback}.items():
        _material(SubElement(SubElement(node, "itemfeedback", ident=feedback_id), "flow_mat"), text)
    return node


def _multiple_choice(quiz: Quiz, question: MultipleChoiceQuestion) -> _Parts:
    return _single_choice(quiz, question, "multiple_choice_question", question.choices, question.answer)


def _true_false(quiz: Quiz, question: TrueFalseQuestion) -> _Parts:
    return _single_choice(quiz, question, "true_false_question", (TRUE, FALSE), question.answer, question.correction)


def _single_choice(
    quiz: Quiz,
    question: Question,
    question_type: str,
    choices: tuple[str, ...],
    right: str,
    choice_feedback: str | None = None,
) -> _Parts:
    """One `response_lid` of labelled choices, scored 100 for the right one; `choice_feedback`
    is shown whichever is chosen (Canvas's answer comments)."""
    labels = [f"quizgen_choice_{stable_id(quiz.slug, question.id, str(i))}" for i in range(len(choices))]
    response = Element("response_lid", ident="response1", rcardinality="Single")
    render = SubElement(response, "render_choice")
    for label, choice in zip(labels, choices, strict=True):
        _material(SubElement(render, "response_label", ident=label), choice)
    feedback = {f"{label}_fb": choice_feedback for label in labels} if choice_feedback is not None else {}
    conditions = [_condition("response1", label, go_on="Yes", feedback=f"{label}_fb") for label in labels if feedback]
    conditions.append(_condition("response1", labels[choices.index(right)], go_on="No", score=("Set", "100")))
    return _Parts(question_type, labels, [response], conditions, feedback)


def _short_answer(quiz: Quiz, question: ClozeQuestion) -> _Parts:
    response = Element("response_str", ident="response1", rcardinality="Single")
    SubElement(SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    right = _condition("response1", one_line(question.answer), go_on="No", score=("Set", "100"))
    return _Parts(
        "short_answer_question", [f"quizgen_answer_{stable_id(_item_ident(quiz, question))}"], [response], [right], {}
    )


def _matching(quiz: Quiz, question: MatchingQuestion) -> _Parts:
    """A `response_lid` per left item, each offering every right item in the quiz's seeded order;
    each right match adds its share of the score, as in Canvas's own exports."""
    lefts = [f"quizgen_left_{stable_id(quiz.slug, question.id, 'left', str(i))}" for i in range(len(question.pairs))]
    matches = {
        p.right: f"quizgen_match_{stable_id(quiz.slug, question.id, 'right', str(i))}"
        for i, p in enumerate(question.pairs)
    }
    shown = question.right_order(quiz.seed)
    responses = []
    for left, pair in zip(lefts, question.pairs, strict=True):
        response = Element("response_lid", ident=f"response_{left}")
        _material(response, pair.left)
        render = SubElement(response, "render_choice")
        for right in shown:
            _material(SubElement(render, "response_label", ident=matches[right]), right)
        responses.append(response)
    share = f"{100 / len(question.pairs):.2f}"
    conditions = [
        _condition(f"response_{left}", matches[pair.right], score=("Add", share))
        for left, pair in zip(lefts, question.pairs, strict=True)
    ]
    return _Parts("matching_question", lefts, responses, conditions, {})


# Keyed by question type: each function takes the type it is filed under, which a dict's type cannot say.
_PARTS: dict[type, Callable[[Quiz, Any], _Parts]] = {
    MultipleChoiceQuestion: _multiple_choice,
    ClozeQuestion: _short_answer,
    TrueFalseQuestion: _true_false,
    MatchingQuestion: _matching,
}


def _condition(
    respident: str,
    value: str,
    go_on: str | None = None,
    score: tuple[str, str] | None = None,
    feedback: str | None = None,
) -> Element:
    """A `<respcondition>` on one response's value: it sets or adds to the score, or shows feedback."""
    node = Element("respcondition", attrib={"continue": go_on} if go_on else {})
    SubElement(SubElement(node, "conditionvar"), "varequal", respident=respident).text = value
    if score:
        action, points = score
        SubElement(node, "setvar", action=action, varname="SCORE").text = points
    if feedback:
        SubElement(node, "displayfeedback", feedbacktype="Response", linkrefid=feedback)
    return node


def _item_ident(quiz: Quiz, question: Question) -> str:
    return f"quizgen_question_{stable_id(quiz.slug, question.id)}"


def assessment_meta(quiz: Quiz, ident: str) -> str:
    """Canvas's settings for the quiz: a graded quiz, one attempt, unpublished until the teacher checks it."""
    root = _root("quiz", CANVAS_NS, identifier=ident)
    title, points = one_line(quiz.title), f"{len(quiz.questions)}.0"
    _children(
        root,
        title=title,
        description=f"<p>Source: {html_text(source_credit(quiz))}</p>",
        shuffle_answers="false",
        scoring_policy="keep_highest",
        hide_results="",
        quiz_type="assignment",
        points_possible=points,
        show_correct_answers="true",
        anonymous_submissions="false",
        could_be_locked="false",
        allowed_attempts="1",
        one_question_at_a_time="false",
        cant_go_back="false",
        available="false",
        one_time_results="false",
    )
    assignment = SubElement(root, "assignment", identifier=f"quizgen_assignment_{stable_id(quiz.slug)}")
    _children(
        assignment,
        title=title,
        workflow_state="unpublished",
        quiz_identifierref=ident,
        points_possible=points,
        grading_type="points",
        all_day="false",
        submission_types="online_quiz",
    )
    _children(root, assignment_group_identifierref=f"quizgen_assignment-group_{stable_id(quiz.slug)}")
    return _xml(root)


def manifest(quiz: Quiz, ident: str) -> str:
    root = _root("manifest", MANIFEST_NS, identifier=f"quizgen_manifest_{stable_id(quiz.slug)}")
    root.set("xmlns:imsmd", IMSMD_NS)
    metadata = SubElement(root, "metadata")
    _children(metadata, schema="IMS Content", schemaversion="1.1.3")
    general = SubElement(SubElement(metadata, "imsmd:lom"), "imsmd:general")
    SubElement(SubElement(general, "imsmd:title"), "imsmd:string").text = one_line(quiz.title)
    SubElement(root, "organizations")
    resources = SubElement(root, "resources")
    dependency = f"quizgen_dependency_{stable_id(quiz.slug)}"
    test = SubElement(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    SubElement(test, "file", href=f"{ident}/{ident}.xml")
    SubElement(test, "dependency", identifierref=dependency)
    meta = SubElement(
        resources,
        "resource",
        identifier=dependency,
        href=f"{ident}/assessment_meta.xml",
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
    )
    SubElement(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(root)


def _root(tag: str, namespace: str, **attrib: str) -> Element:
    # Namespaces written as plain attributes: ElementTree would otherwise invent ns0: prefixes.
    return Element(
        tag, attrib={**attrib, "xmlns": namespace, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": SCHEMAS[namespace]}
    )


def _material(parent: Element, text: str) -> None:
    SubElement(SubElement(parent, "material"), "mattext", texttype="text/html").text = f"<p>{html_text(text)}</p>"


def _fields(qtimetadata: Element, **fields: str) -> None:
    for label, entry in fields.items():
        field = SubElement(qtimetadata, "qtimetadatafield")
        SubElement(field, "fieldlabel").text = label
        SubElement(field, "fieldentry").text = entry


def _children(parent: Element, **texts: str) -> None:
    for tag, text in texts.items():
        SubElement(parent, tag).text = text


def _xml(root: Element) -> str:
    indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"
