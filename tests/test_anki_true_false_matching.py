"""True/false and matching notes in the Anki deck, imported and rendered by Anki's own library.

The rendered card HTML is read back through the same HTML parser as the worksheet tests, so
the checks see the elements and text a student's Anki shows, not the template source.
"""

from __future__ import annotations

import html
import typing

import pytest
from test_anki import T1, T2, import_quiz, notes_by_question_id, rendered
from test_worksheet import by_class, one, parse, text

from quizgen.exporters.anki_notes import NOTE_TYPES
from quizgen.models import MatchingQuestion, MatchPair, Question, QuestionKind, Quiz, TrueFalseQuestion

pytest.importorskip("anki.collection")

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{c1::Rome}} [sound:evil.mp3] <b>b</b>"


def card(note) -> tuple:
    """The note's one card, front and back parsed as a browser would."""
    [(front, back)] = rendered(note)
    return parse(front), parse(back)


def items(element) -> list[tuple[str, str]]:
    """(label, text) of each item of a labelled list: '1' or 'A', then the item's text."""
    return [(text(one(li, "letter")), text(one(li, "choice"))) for li in element.iter("li")]


def test_every_question_type_has_a_note_type_of_its_own():
    union = typing.get_args(Question)[0]  # Question is Annotated[Union[...], Field(...)]
    assert set(NOTE_TYPES) == set(typing.get_args(union))
    note_types = [note_type for note_type, _ in NOTE_TYPES.values()]
    assert len({t.model_id for t in note_types}) == len({t.name for t in note_types}) == len(note_types)


def test_mixed_deck_has_one_note_per_question_in_four_note_types(col, tmp_path, mixed_quiz):
    log = import_quiz(col, mixed_quiz, tmp_path)
    assert len(log.new) == len(mixed_quiz.questions)
    notes = notes_by_question_id(col)
    expected = {
        "multiple_choice": "quizgen multiple choice",
        "cloze": "quizgen cloze",
        "true_false": "quizgen true or false",
        "matching": "quizgen matching",
    }
    for question in mixed_quiz.questions:
        note = notes[question.id]
        assert note.note_type()["name"] == expected[question.type]
        assert len(note.cards()) == 1
        assert set(note.tags) == {"quizgen", f"kind::{question.kind.value}", f"article::{mixed_quiz.slug}"}
        assert mixed_quiz.source.url in note["Source"]


def test_true_statement_card(col, tmp_path, mixed_quiz):
    import_quiz(col, mixed_quiz, tmp_path)
    question = next(q for q in mixed_quiz.true_false if q.answer == "True")
    front, back = card(notes_by_question_id(col)[question.id])
    assert text(one(front, "statement")) == question.prompt
    assert text(one(front, "ask")) == "True or false?"
    assert "True" not in text(one(front, "statement")) and not by_class(front, "answer")
    assert text(one(back, "answer")) == "True"
    assert by_class(back, "correction") == []
    assert text(one(back, "explanation")) == f"From the article: {question.source_sentence}"
    assert mixed_quiz.source.url in text(one(back, "source"))


def test_false_statement_card_shows_the_article_sentence_once(col, tmp_path, mixed_quiz):
    import_quiz(col, mixed_quiz, tmp_path)
    question = next(q for q in mixed_quiz.true_false if q.answer == "False")
    assert question.correction == question.source_sentence  # the fixture corrects with the whole sentence
    note = notes_by_question_id(col)[question.id]
    front, back = card(note)
    assert text(one(front, "statement")) == question.prompt
    assert text(one(back, "answer")) == "False"
    assert by_class(back, "correction") == [], "the same sentence twice on one card"
    assert text(one(back, "explanation")) == f"From the article: {question.source_sentence}"
    assert note["Explanation"] == html.escape(question.source_sentence)  # as in every note type
    assert mixed_quiz.source.url in text(one(back, "source"))


def test_false_statement_card_shows_a_shorter_correction_with_its_sentence(col, tmp_path, mixed_quiz):
    false = next(q for q in mixed_quiz.true_false if q.answer == "False")
    question = false.model_copy(update={"correction": "Carney is visiting Rome."})
    import_quiz(col, mixed_quiz.model_copy(update={"questions": (question,)}), tmp_path)
    _, back = card(notes_by_question_id(col)[question.id])
    assert text(one(back, "answer")) == "False"
    assert text(one(back, "correction")) == "The article says: Carney is visiting Rome."
    assert text(one(back, "explanation")) == f"From the article: {question.source_sentence}"


@pytest.mark.parametrize("question_id", ["q-match-role", "q-match-quote"])
def test_matching_card(col, tmp_path, mixed_quiz, question_id):
    import_quiz(col, mixed_quiz, tmp_path)
    question = next(q for q in mixed_quiz.matching if q.id == question_id)
    front, back = card(notes_by_question_id(col)[question.id])
    numbered = [str(n) for n in range(1, len(question.pairs) + 1)]

    assert text(one(front, "question")) == question.prompt
    assert items(one(front, "match-left")) == list(zip(numbered, (p.left for p in question.pairs), strict=True))
    order = question.right_order(mixed_quiz.seed)  # what the worksheet shows too
    assert items(one(front, "match-right")) == list(zip("ABCDEFGH", order, strict=False))
    assert not by_class(front, "pairs"), "the front must not give the answer away"

    letters = {right: letter for letter, right in zip("ABCDEFGH", order, strict=False)}
    pairs = [[text(s) for s in li if s.tag == "span"] for li in one(back, "pairs").iter("li")]
    assert pairs == [[n, p.left, "→", letters[p.right], p.right] for n, p in zip(numbered, question.pairs, strict=True)]
    sentences = " ".join(dict.fromkeys(p.source_sentence for p in question.pairs))  # each sentence once
    assert text(one(back, "explanation")) == f"From the article: {sentences}"
    assert mixed_quiz.source.url in text(one(back, "source"))


def hostile_quiz() -> Quiz:
    return Quiz(
        title="Hostile",
        slug="hostile-new-types",
        questions=(
            TrueFalseQuestion(
                id="tf",
                kind=QuestionKind.STATEMENT,
                prompt=f"Carney met {HOSTILE}.",
                answer="False",
                correction=f"Carney met Zelenskyy, not {HOSTILE}.",
                source_sentence=f"Carney met Zelenskyy {HOSTILE}.",
            ),
            MatchingQuestion(
                id="match",
                kind=QuestionKind.MATCH_QUOTE,
                prompt=f"Match {HOSTILE}.",
                pairs=(
                    MatchPair(left=f"A {HOSTILE}", right=f"“{HOSTILE}”", source_sentence=f"A said “{HOSTILE}”."),
                    MatchPair(left="B <i>x</i>", right="“[sound:b.mp3]”", source_sentence="B said “[sound:b.mp3]”."),
                    MatchPair(left="C {{c2::c}}", right="“c::d}}”", source_sentence="C said “c::d}}”."),
                ),
            ),
        ),
    )


def test_hostile_text_stays_text(col, tmp_path):
    quiz = hostile_quiz()
    import_quiz(col, quiz, tmp_path)
    notes = notes_by_question_id(col)
    assert set(notes) == {"tf", "match"}
    for note in notes.values():
        cards = note.cards()
        assert len(cards) == 1
        out = cards[0].render_output()
        assert not out.question_av_tags and not out.answer_av_tags, "article text must not play sounds"
        for side in (out.question_text, out.answer_text):
            page = parse(side)
            assert not {e.tag for e in page.iter()} & {"script", "img", "b", "i"}
            assert not any(name.startswith("on") for e in page.iter() for name in e.attrib)
            assert 'class="cloze"' not in side
    tf_front, tf_back = card(notes["tf"])
    assert text(one(tf_front, "statement")) == quiz.questions[0].prompt
    assert text(one(tf_back, "correction")).endswith(quiz.questions[0].correction)
    match_front, match_back = card(notes["match"])
    assert [label_text[1] for label_text in items(one(match_front, "match-left"))] == [
        "A " + HOSTILE,
        "B <i>x</i>",
        "C {{c2::c}}",
    ]
    assert {t for _, t in items(one(match_front, "match-right"))} == {f"“{HOSTILE}”", "“[sound:b.mp3]”", "“c::d}}”"}
    assert f"A said “{HOSTILE}”." in text(one(match_back, "explanation"))
    assert html.escape("<script>") in notes["match"]["Left"]


def test_reimporting_an_improved_deck_updates_true_false_and_matching_notes(col, tmp_path, mixed_quiz):
    import_quiz(col, mixed_quiz, tmp_path / "v1", timestamp=T1)
    ids_before = {qid: note.id for qid, note in notes_by_question_id(col).items()}
    note_types_before = sorted(n.name for n in col.models.all_names_and_ids())

    false, match = (next(q for q in mixed_quiz.questions if q.id == i) for i in ("q-tf-false", "q-match-role"))
    reworded = false.model_copy(update={"prompt": "Carney visited Kananaskis for the installation of Pope Leo XIV."})
    better_pair = match.pairs[3].model_copy(update={"right": "professor at the University of Ottawa"})
    improved = match.model_copy(update={"pairs": (*match.pairs[:3], better_pair)})
    v2 = mixed_quiz.model_copy(
        update={
            "seed": mixed_quiz.seed + 1,
            "questions": tuple({false.id: reworded, match.id: improved}.get(q.id, q) for q in mixed_quiz.questions),
        }
    )
    log = import_quiz(col, v2, tmp_path / "v2", timestamp=T2)

    assert not log.new and not log.duplicate and not log.conflicting
    assert {qid: note.id for qid, note in notes_by_question_id(col).items()} == ids_before
    assert sorted(n.name for n in col.models.all_names_and_ids()) == note_types_before
    notes = notes_by_question_id(col)
    assert text(one(card(notes[false.id])[0], "statement")) == reworded.prompt
    front, back = card(notes[match.id])
    assert items(one(front, "match-right")) == list(zip("ABCD", improved.right_order(v2.seed), strict=False))
    assert "professor at the University of Ottawa" in text(one(back, "pairs"))
