"""Golden cases for how the ranking tells two questions apart.

Two questions built on one template ("Who is described in the article as …?") share most of
their words: compared whole, "… as the Labour MP?" and "… as the First Minister of Scotland?"
looked like one question asked twice (a real dev article, Wikinews 2019, lost its second role
question this way). What they ask is compared instead. Two role questions where one's key is
among the other's options are still not both asked: the student would match them by
elimination.
"""

from __future__ import annotations

from quizgen.generators import Candidate
from quizgen.models import ClozeQuestion, MultipleChoiceQuestion, QuestionKind, Sentence
from quizgen.rank import select


def choice_question(
    index: int, kind: QuestionKind, text: str, prompt: str, answer: str, others: tuple[str, ...], about: str
) -> tuple[float, MultipleChoiceQuestion, Candidate]:
    sentence = Sentence(index=index, paragraph=index, start=0, text=text)
    question = MultipleChoiceQuestion(
        id=f"{kind.value}-{index}",
        kind=kind,
        prompt=prompt,
        answer=answer,
        choices=(answer, *others),
        source_sentence=text,
    )
    candidate = Candidate(
        kind=kind, prompt=prompt, answer=answer, source=sentence, answer_type="person", key=f"{index}", about=about
    )
    return 1.0, question, candidate


def role_question(index: int, role: str, answer: str, others: tuple[str, ...]):
    text = f"{role} {answer} spoke in Leeds on day {index}."
    prompt = f"Who is described in the article as the {role}?"
    return choice_question(index, QuestionKind.ROLE_HOLDER, text, prompt, answer, others, about=answer)


def test_two_questions_of_one_template_that_ask_different_things_are_both_asked():
    chosen = select(
        [
            role_question(0, "Labour MP", "Tom Watson", ("Priya Shah", "James Lewis", "Sarah Collins")),
            role_question(1, "First Minister of Scotland", "Nicola Sturgeon", ("Ann Baker", "Ruth Davies", "Jo Kay")),
        ],
        count=2,
    )
    assert [q.answer for q, _ in chosen] == ["Tom Watson", "Nicola Sturgeon"]


def test_a_role_question_offering_another_role_question_s_key_is_not_asked_beside_it():
    chosen = select(
        [
            role_question(0, "Labour MP", "Tom Watson", ("Nicola Sturgeon", "James Lewis", "Sarah Collins")),
            role_question(1, "First Minister of Scotland", "Nicola Sturgeon", ("Ann Baker", "Ruth Davies", "Jo Kay")),
        ],
        count=2,
    )
    assert len(chosen) == 1


def quote_question(index: int, quotation: str, speaker: str):
    text = f"“{quotation},” said {speaker}."
    others = ("Priya Shah", "James Lewis", "Sarah Collins")
    return choice_question(index, QuestionKind.QUOTE, text, f"Who said “{quotation}”?", speaker, others, f"q{index}")


def cloze_of(index: int, text: str, answer: str):
    prompt = text.replace(answer, "_______")
    question = ClozeQuestion(
        id=f"cloze-{index}", kind=QuestionKind.CLOZE, prompt=prompt, answer=answer, source_sentence=text
    )
    sentence = Sentence(index=index, paragraph=index, start=0, text=text)
    candidate = Candidate(
        kind=QuestionKind.CLOZE,
        prompt=prompt,
        answer=answer,
        source=sentence,
        answer_type="person",
        key=text,
        shape="cloze",
    )
    return 1.0, question, candidate


def test_two_quotations_of_one_speaker_are_both_asked():
    """Neither 'Who said …?' shows its key: a student still has to know both (a real dev article,
    a Davis Cup report, lost its second Carlos Moya quotation to a rule meant for blanks)."""
    chosen = select(
        [
            quote_question(0, "I have dreamt of this day for many years", "Carlos Moya"),
            quote_question(5, "The Davis Cup is my dream and I was nervous", "Carlos Moya"),
        ],
        count=2,
    )
    assert len(chosen) == 2


def test_a_blank_and_a_question_with_one_key_are_not_both_asked():
    """The word bank of the blanks would show the key of the other question."""
    chosen = select(
        [
            quote_question(0, "I have dreamt of this day for many years", "Carlos Moya"),
            cloze_of(3, "Carlos Moya beat Andy Roddick in the final in Seville.", "Carlos Moya"),
        ],
        count=2,
    )
    assert len(chosen) == 1
