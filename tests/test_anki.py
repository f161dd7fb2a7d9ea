"""The Anki exporter, checked by importing its .apkg with Anki's own library (as the app does)."""

from __future__ import annotations

import html
import re

import genanki
import pytest

from quizgen.exporters import ExportOptions, write_quiz
from quizgen.exporters.anki_notes import NOTE_TYPES
from quizgen.models import ClozeQuestion, QuestionKind, Quiz

pytest.importorskip("anki.collection")
from anki_import import import_package  # noqa: E402

T1 = 1_700_000_000.0
T2 = T1 + 60


def import_quiz(col, quiz: Quiz, out_dir, timestamp: float = T1):
    return import_package(col, write_quiz(quiz, "apkg", out_dir, ExportOptions(timestamp=timestamp)))


def notes_by_question_id(col) -> dict:
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    return {note["QuestionId"]: note for note in notes}


def rendered(note) -> list[tuple[str, str]]:
    """(question HTML, answer HTML) of each of the note's cards."""
    return [(out.question_text, out.answer_text) for out in (card.render_output() for card in note.cards())]


def test_deck_notes_and_cards(col, tmp_path, quiz):
    log = import_quiz(col, quiz, tmp_path)
    assert len(log.new) == len(quiz.questions)

    notes = notes_by_question_id(col)
    assert set(notes) == {q.id for q in quiz.questions}
    for question in quiz.questions:
        note = notes[question.id]
        cards = note.cards()
        assert len(cards) >= 1, "a note without cards is invisible to students"
        assert {col.decks.name(card.did) for card in cards} == {quiz.title}
        assert note.guid == genanki.guid_for("quizgen", quiz.slug, question.id)
        assert set(note.tags) == {"quizgen", f"kind::{question.kind.value}", f"article::{quiz.slug}"}
        assert note["Explanation"] == html.escape(question.source_sentence)
        assert quiz.source.url in note["Source"]

        [(front, back)] = rendered(note)
        if question.type == "multiple_choice":
            assert note.note_type()["name"] == "quizgen multiple choice"
            assert html.escape(question.prompt) in front
            for letter, choice in zip("ABCD", question.choices, strict=False):
                assert f">{letter}</span>" in front and html.escape(choice) in front
            letter = "ABCD"[question.answer_index]
            assert f'<span class="letter">{letter}</span> {html.escape(question.answer)}</div>' in back
        else:
            assert note.note_type()["name"] == "quizgen cloze"
            before, after = question.split()
            assert html.escape(before) in front and html.escape(after) in front
            assert f">[{question.hint}]</span>" in front
            assert f'data-ordinal="1">{question.answer}</span>' in back
        assert html.escape(question.source_sentence) in back


def test_deck_description_credits_the_source(col, tmp_path, quiz):
    import_quiz(col, quiz, tmp_path)
    deck = col.decks.by_name(quiz.title)
    assert quiz.title in deck["desc"] and quiz.source.credit() in deck["desc"]


def test_article_markup_is_shown_as_text(col, tmp_path, hostile_quiz):
    import_quiz(col, hostile_quiz, tmp_path)
    notes = notes_by_question_id(col)
    assert len(notes) == len(hostile_quiz.questions)
    for note in notes.values():
        [(front, back)] = rendered(note)  # exactly one card: `{{c1::Rome}}` in the text made none
        for side in (front, back):
            assert not re.search(r"<(script|img|b|i)\b", side, re.IGNORECASE), side
            assert side.count('class="cloze"') <= 1
        assert "&lt;script&gt;" in back
    cloze_front, cloze_back = rendered(notes["h2"])[0]
    assert cloze_front.count('class="cloze"') == 1
    assert "&#123;&#123;c1::Rome&#125;&#125;" in cloze_front
    assert "&lt;b&gt;Carney&lt;/b&gt;</span>" in cloze_back
    deck = col.decks.by_name(hostile_quiz.title)
    assert "<script" not in deck["desc"]


def test_anki_syntax_in_article_text_is_inert(col, tmp_path, quiz):
    tricky = ClozeQuestion(
        id="tricky",
        kind=QuestionKind.CLOZE,
        prompt="He said {{c2::Rome}} and [sound:evil.mp3] to _______ today.",
        answer="Paris::France}}",
        hint="a :: place",
        source_sentence="He said {{c2::Rome}} and [sound:evil.mp3] to Paris::France}} today.",
    )
    import_quiz(col, quiz.model_copy(update={"questions": (tricky,)}), tmp_path)
    note = notes_by_question_id(col)["tricky"]
    cards = note.cards()
    assert len(cards) == 1, "only the blank may become a cloze deletion"
    out = cards[0].render_output()
    assert not out.question_av_tags and not out.answer_av_tags, "article text must not play sounds"
    assert out.question_text.count('class="cloze"') == 1
    assert "[a &#58;&#58; place]</span>" in out.question_text
    assert "Paris&#58;&#58;France&#125;&#125;</span>" in out.answer_text


def test_reimport_updates_notes_instead_of_duplicating(col, tmp_path, quiz):
    import_quiz(col, quiz, tmp_path / "v1", timestamp=T1)
    ids_before = {qid: note.id for qid, note in notes_by_question_id(col).items()}
    notetypes_before = sorted(n.name for n in col.models.all_names_and_ids())

    reworded = quiz.questions[1].model_copy(update={"prompt": "Who is Italy's Prime Minister?"})
    v2 = quiz.model_copy(update={"questions": (quiz.questions[0], reworded, *quiz.questions[2:])})
    log = import_quiz(col, v2, tmp_path / "v2", timestamp=T2)

    assert not log.new and not log.duplicate and not log.conflicting
    assert len(log.updated) >= 1
    notes = notes_by_question_id(col)
    assert {qid: note.id for qid, note in notes.items()} == ids_before
    assert notes[reworded.id]["Question"] == html.escape("Who is Italy's Prime Minister?")
    assert sorted(n.name for n in col.models.all_names_and_ids()) == notetypes_before


def test_every_article_shares_the_same_two_note_types(col, tmp_path, quiz, hostile_quiz):
    import_quiz(col, quiz, tmp_path / "a")
    import_quiz(col, hostile_quiz, tmp_path / "b")
    names = [n.name for n in col.models.all_names_and_ids() if n.name.startswith("quizgen")]
    assert sorted(names) == ["quizgen cloze", "quizgen multiple choice"]


def test_note_type_ids_and_fields_never_change():
    # Changing any of these after release makes students' re-imports conflict (docs/anki.md).
    # To change them, add a new note type with a new id and name instead.
    released = {
        (1993679685, "quizgen multiple choice"): (
            "Question",
            "Choices",
            "Answer",
            "AnswerLetter",
            "Explanation",
            "Source",
            "QuestionId",
        ),
        (1715191418, "quizgen cloze"): ("Text", "Explanation", "Source", "QuestionId"),
        (1249882700, "quizgen true or false"): (
            "Statement",
            "Answer",
            "Correction",
            "Explanation",
            "Source",
            "QuestionId",
        ),
        (1652983199, "quizgen matching"): ("Prompt", "Left", "Right", "Pairs", "Explanation", "Source", "QuestionId"),
    }
    note_types = [note_type for note_type, _ in NOTE_TYPES.values()]
    assert {(t.model_id, t.name): t.fields for t in note_types} == released


def test_card_backs_name_the_paragraph_and_a_deck_from_before_paragraphs_updates(col, tmp_path):
    from conftest import old_quiz_json

    from quizgen import build_quiz, read_article

    quiz = build_quiz(read_article("seeds/zelenskyy-carney-g7.txt"), seed=1)
    # The deck students already have: the same quiz as written before questions had paragraphs.
    import_quiz(col, Quiz.model_validate(old_quiz_json(quiz)), tmp_path / "old", timestamp=T1)
    assert not any("(paragraph" in back for note in notes_by_question_id(col).values() for _, back in rendered(note))

    log = import_quiz(col, quiz, tmp_path / "new", timestamp=T2)
    assert len(log.updated) == len(quiz.questions) and not log.new and not log.conflicting
    assert sorted(n.name for n in col.models.all_names_and_ids() if n.name.startswith("quizgen")) == sorted(
        {NOTE_TYPES[type(q)][0].name for q in quiz.questions}
    )  # no "quizgen multiple choice+" copy
    notes = notes_by_question_id(col)
    for question in quiz.questions:
        [(_, back)] = rendered(notes[question.id])[:1]
        for _, paragraph in question.evidence:
            assert f'<span class="paragraph">(paragraph {paragraph})</span>' in back, question.id


def test_a_package_holds_the_collection_genanki_builds_from_nothing(tmp_path, quiz, hostile_quiz):
    """Each package starts from a copy of one empty collection: its bytes are those of a
    collection genanki builds from its schema for that package alone, quiz after quiz."""
    import itertools
    import sqlite3
    import zipfile

    from quizgen.exporters import anki

    for n, one in enumerate((quiz, hostile_quiz, quiz)):
        path = write_quiz(one, "apkg", tmp_path / str(n), ExportOptions(timestamp=T1))
        connection = sqlite3.connect(":memory:")
        package = genanki.Package(anki._deck(one, anki.deck_id(one.slug), anki.deck_name(one.title)))
        package.write_to_db(connection.cursor(), T1, itertools.count(int(T1 * 1000)))
        connection.commit()
        with zipfile.ZipFile(path) as archive:
            assert archive.read("collection.anki2") == connection.serialize()
        connection.close()
