"""Markup copied from a web page into an article is shown as text in every output, end to end.

An article whose headline, quotation and sentences hold `<script>`, `<img onerror=...>`,
`<b>` and `<i>` goes through `quizgen generate` (reading, analysis, questions, exporters);
the worksheet, the Anki notes (imported and rendered by Anki's own library), the Moodle XML
and the Canvas QTI items must show that markup as text and contain none of its elements.
The exporter tests check the same with a hand-made quiz; this one checks that nothing on
the way from the article (reading, analysis, generation) lets markup through.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_cli import run

from quizgen.quizfile import load_quiz

ARTICLE = """\
Carney <b>Meets</b> Zelenskyy in Rome <script>alert(1)</script>

Prime Minister Mark Carney met Ukrainian President Volodymyr Zelenskyy in Rome on Sunday, promising <b>new support</b> for Ukraine <img src=x onerror=alert(2)>.

“There can be no peace <script>alert(3)</script> without Ukraine,” Carney told Zelenskyy after the meeting.

Zelenskyy said the talks were <b>productive</b> and thanked Canada for its help <img src=x onerror=alert(4)>.

The two leaders will meet again at the G7 summit in Kananaskis, Alberta, in June, where 13 <i>Liberal</i> MPs will join <script>steal()</script> the Canadian delegation.

Italian Prime Minister Giorgia Meloni hosted a dinner for 40 leaders <b>in Rome</b> on Saturday.

Foreign policy expert Roland Paris of the University of Ottawa called the visit <i>timely</i>.
"""
ARTICLE_TAGS = {"script", "img", "b", "i"}
QUOTE = "<script>alert(3)</script>"


class Elements(HTMLParser):
    """The elements and attributes an HTML fragment really has (what a browser or Anki would make)."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text = ""
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text += data


def assert_inert(markup: str) -> Elements:
    found = Elements(markup)
    assert not found.tags & ARTICLE_TAGS, (found.tags, markup[:300])
    assert not any(a.startswith("on") for a in found.attributes), found.attributes
    return found


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    out = folder / "out"
    formats = [x for f in ("json", "html", "apkg", "moodle", "qti") for x in ("--format", f)]
    result = run("generate", folder / "hostile.txt", "-o", out, *formats)
    assert result.exit_code == 0, result.stderr
    quiz = load_quiz(out / "hostile.json")
    assert "<script>" in quiz.title, "the headline keeps its markup as text"
    assert any(QUOTE in q.prompt for q in quiz.questions), "a question quotes the hostile quotation"
    assert sum("<b>" in q.source_sentence or "<script>" in q.source_sentence for q in quiz.questions) >= 2
    return out


def test_worksheet(outputs):
    page = assert_inert((outputs / "hostile.html").read_text(encoding="utf-8"))
    assert QUOTE in page.text and "Carney <b>Meets</b> Zelenskyy" in page.text


def test_anki_notes_as_anki_renders_them(outputs, tmp_path):
    collection = pytest.importorskip("anki.collection")
    from anki_import import import_package
    from test_anki import notes_by_question_id, rendered

    col = collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(col, outputs / "hostile.apkg")
        notes = notes_by_question_id(col)
        assert len(notes) == len(load_quiz(outputs / "hostile.json").questions)
        sides = [side for note in notes.values() for card in rendered(note) for side in card]
        for side in sides:
            assert_inert(side)
        assert any(QUOTE in Elements(side).text for side in sides)
        for note in notes.values():
            for field in note.fields:
                assert not re.search(r"<(script|img|b|i)\b", field), field
    finally:
        col.close()


def test_moodle_xml(outputs):
    root = ET.parse(outputs / "hostile.moodle.xml").getroot()
    html_fields = [e.findtext("text") or "" for e in root.iter() if e.get("format") == "html"]
    assert html_fields
    for field in html_fields:
        assert_inert(field)
    assert any(QUOTE in Elements(field).text for field in html_fields)


def test_qti_items(outputs):
    with zipfile.ZipFile(outputs / "hostile.qti.zip") as archive:
        texts = [
            element.text or ""
            for name in archive.namelist()
            if name.endswith(".xml")
            for element in ET.fromstring(archive.read(name)).iter()
            if element.tag.endswith("mattext") or element.tag.endswith("description")
        ]
    assert texts
    for text in texts:
        assert_inert(text)
    assert any(QUOTE in Elements(text).text for text in texts)
