"""A QTI 1.2 package for Canvas (`<slug>.qti.zip`): Settings > Import Course Content > QTI .zip file.

The zip has the layout Canvas reads (the same as text2qti's, which Canvas is known to accept):

    imsmanifest.xml                 the IMS content package: one assessment and its settings
    non_cc_assessments/             (empty, as in Canvas's own exports)
    <id>/<id>.xml                   <questestinterop>: the assessment and its items
    <id>/assessment_meta.xml        Canvas's quiz settings (title, points, not yet published)

Multiple choice is a `multiple_choice_question` (one `response_lid`, scored 100 for the right
label); a cloze is a `short_answer_question` whose prompt keeps its blank and whose key Canvas
matches without regard to case. Each item's general feedback is its source sentence.

Every text is HTML-escaped and then XML-escaped (by ElementTree), so markup stays text. Ids are
hashes of the quiz slug and question id, so the same quiz gives the same ids.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from ..models import MultipleChoiceQuestion, Question, Quiz
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


def export(quiz: Quiz, path: Path, options) -> None:
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


def item(quiz: Quiz, number: int, question: Question) -> Element:
    ident = f"quizgen_question_{stable_id(quiz.slug, question.id)}"
    node = Element("item", ident=ident, title=question_name(number, question))
    is_mcq = isinstance(question, MultipleChoiceQuestion)
    choices = [(f"quizgen_choice_{stable_id(quiz.slug, question.id, str(i))}", c)
               for i, c in enumerate(question.choices)] if is_mcq else []
    _fields(
        SubElement(SubElement(node, "itemmetadata"), "qtimetadata"),
        question_type="multiple_choice_question" if is_mcq else "short_answer_question",
        points_possible="1",
        original_answer_ids=",".join(c for c, _ in choices) or f"quizgen_answer_{stable_id(ident)}",
        assessment_question_identifierref=f"quizgen_question_ref_{stable_id(quiz.slug, question.id)}",
    )
    presentation = SubElement(node, "presentation")
    _material(presentation, question.prompt)
    if is_mcq:
        render = SubElement(SubElement(presentation, "response_lid", ident="response1", rcardinality="Single"),
                            "render_choice")
        for label_id, choice in choices:
            _material(SubElement(render, "response_label", ident=label_id), choice)
        right = next(label_id for label_id, choice in choices if choice == question.answer)
    else:
        response = SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
        SubElement(SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        right = one_line(question.answer)
    processing = SubElement(node, "resprocessing")
    outcomes = SubElement(processing, "outcomes")
    SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    show = SubElement(processing, "respcondition", attrib={"continue": "Yes"})
    SubElement(SubElement(show, "conditionvar"), "other")
    SubElement(show, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    score = SubElement(processing, "respcondition", attrib={"continue": "No"})
    SubElement(SubElement(score, "conditionvar"), "varequal", respident="response1").text = right
    SubElement(score, "setvar", action="Set", varname="SCORE").text = "100"
    feedback = SubElement(node, "itemfeedback", ident="general_fb")
    _material(SubElement(feedback, "flow_mat"), question.source_sentence)
    return node


def assessment_meta(quiz: Quiz, ident: str) -> str:
    """Canvas's settings for the quiz: a graded quiz, one attempt, unpublished until the teacher checks it."""
    root = _root("quiz", CANVAS_NS, identifier=ident)
    title, points = one_line(quiz.title), f"{len(quiz.questions)}.0"
    _children(root, title=title, description=f"<p>Source: {html_text(source_credit(quiz))}</p>",
              shuffle_answers="false", scoring_policy="keep_highest", hide_results="", quiz_type="assignment",
              points_possible=points, show_correct_answers="true", anonymous_submissions="false",
              could_be_locked="false", allowed_attempts="1", one_question_at_a_time="false",
              cant_go_back="false", available="false", one_time_results="false")
    assignment = SubElement(root, "assignment", identifier=f"quizgen_assignment_{stable_id(quiz.slug)}")
    _children(assignment, title=title, workflow_state="unpublished", quiz_identifierref=ident,
              points_possible=points, grading_type="points", all_day="false", submission_types="online_quiz")
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
    meta = SubElement(resources, "resource", identifier=dependency, href=f"{ident}/assessment_meta.xml",
                      type="associatedcontent/imscc_xmlv1p1/learning-application-resource")
    SubElement(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(root)


def _root(tag: str, namespace: str, **attrib: str) -> Element:
    # Namespaces written as plain attributes: ElementTree would otherwise invent ns0: prefixes.
    return Element(tag, attrib={**attrib, "xmlns": namespace, "xmlns:xsi": XSI_NS,
                                "xsi:schemaLocation": SCHEMAS[namespace]})


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
