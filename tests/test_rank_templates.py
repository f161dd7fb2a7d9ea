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
from quizgen.models import MultipleChoiceQuestion, QuestionKind, Sentence
from quizgen.rank import select


def role_question(
    index: int, role: str, answer: str, others: tuple[str, ...]
) -> tuple[float, MultipleChoiceQuestion, Candidate]:
    sentence = Sentence(index=index, paragraph=index, start=0, text=f"{role} {answer} spoke in Leeds on day {index}.")
    prompt = f"Who is described in the article as the {role}?"
    question = MultipleChoiceQuestion(
        id=f"role-holder-{index}",
        kind=QuestionKind.ROLE_HOLDER,
        prompt=prompt,
        answer=answer,
        choices=(answer, *others),
        source_sentence=sentence.text,
    )
    candidate = Candidate(
        kind=QuestionKind.ROLE_HOLDER,
        prompt=prompt,
        answer=answer,
        source=sentence,
        answer_type="person",
        key=f"{answer}|{role}",
        about=answer,
    )
    return 1.0, question, candidate


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
