"""Shared fixtures: a small hand-made quiz, so exporter tests do not depend on the generators."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.models import (
    ClozeQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    QuestionKind,
    Quiz,
    Source,
    TrueFalseQuestion,
)


def make_quiz(title: str = "Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire") -> Quiz:
    return Quiz(
        title=title,
        slug="zelenskyy-carney-g7",
        source=Source(title=title, site="quizgen seed", url="https://example.org/g7"),
        seed=7,
        questions=(
            MultipleChoiceQuestion(
                id="q-quote-1",
                kind=QuestionKind.QUOTE,
                prompt="Who said: “There can be no peace without the full support and participation of Ukraine”?",
                choices=("Volodymyr Zelenskyy", "Mark Carney", "Roland Paris", "Jason Easton"),
                answer="Mark Carney",
                source_sentence="“There can be no peace without the full support and participation of Ukraine,” Carney told Zelenskyy, reaffirming Canada’s backing without detailing what further support might entail.",
            ),
            MultipleChoiceQuestion(
                id="q-role-1",
                kind=QuestionKind.ROLE_HOLDER,
                prompt="Who is the Italian Prime Minister, according to the article?",
                choices=("Ursula von der Leyen", "Giorgia Meloni", "Mark Carney", "Donald Trump"),
                answer="Giorgia Meloni",
                source_sentence="At the same time, Carney held bilateral meetings with key European leaders, including European Commission President Ursula von der Leyen and Italian Prime Minister Giorgia Meloni.",
            ),
            ClozeQuestion(
                id="q-cloze-1",
                kind=QuestionKind.CLOZE,
                prompt="As a practicing Catholic, he is attending Pope Leo’s installation alongside a Canadian delegation that includes Indigenous leaders, bishops, and _______ Liberal MPs, many of whom represent Catholic communities.",
                answer="13",
                hint="a number",
                source_sentence="As a practicing Catholic, he is attending Pope Leo’s installation alongside a Canadian delegation that includes Indigenous leaders, bishops, and 13 Liberal MPs, many of whom represent Catholic communities.",
            ),
            ClozeQuestion(
                id="q-cloze-2",
                kind=QuestionKind.CLOZE,
                prompt="The request came during their first in-person meeting, held in _______ ahead of the upcoming G7 summit in Canada.",
                answer="Rome",
                hint="a place",
                source_sentence="The request came during their first in-person meeting, held in Rome ahead of the upcoming G7 summit in Canada.",
            ),
        ),
    )


ROME = "The request came during their first in-person meeting, held in Rome ahead of the upcoming G7 summit in Canada."
VISIT = (
    "Carney, who is visiting Rome for the installation of Pope Leo XIV, met Zelenskyy on the sidelines of the ceremony."
)
MEETINGS = (
    "At the same time, Carney held bilateral meetings with key European leaders, including European "
    "Commission President Ursula von der Leyen and Italian Prime Minister Giorgia Meloni."
)
PARIS = "Roland Paris of the University of Ottawa said: “This is about laying down markers.”"
EASTON = (
    "Jason Easton, a former senior adviser to ex-prime minister Justin Trudeau, said: “Carney is seizing this moment.”"
)


def make_mixed_quiz() -> Quiz:
    """The seed quiz plus one question of every newer type: true/false (both answers), which
    statement, and matching people to roles and to quotations."""
    base = make_quiz()
    return base.model_copy(
        update={
            "questions": (
                *base.questions,
                TrueFalseQuestion(
                    id="q-tf-true",
                    kind=QuestionKind.STATEMENT,
                    answer="True",
                    source_sentence=ROME,
                    prompt="The request came during their first in-person meeting, held in Rome ahead of the upcoming G7 summit in Canada.",
                ),
                TrueFalseQuestion(
                    id="q-tf-false",
                    kind=QuestionKind.STATEMENT,
                    answer="False",
                    source_sentence=VISIT,
                    prompt="Carney, who is visiting Kananaskis for the installation of Pope Leo XIV, met Zelenskyy on the sidelines of the ceremony.",
                    correction="Carney, who is visiting Rome for the installation of Pope Leo XIV, met Zelenskyy on the sidelines of the ceremony.",
                ),
                MultipleChoiceQuestion(
                    id="q-statement-1",
                    kind=QuestionKind.STATEMENT,
                    source_sentence=ROME,
                    prompt="Which statement does the article support?",
                    answer=ROME,
                    choices=(
                        "The request came during their first in-person meeting, held in Turkey ahead of the upcoming G7 summit in Canada.",
                        ROME,
                        "The request came during their first in-person meeting, held in Rome ahead of the upcoming G7 summit in Ukraine.",
                        "The request came during their first in-person meeting, held in Alberta ahead of the upcoming G7 summit in Canada.",
                    ),
                ),
                MatchingQuestion(
                    id="q-match-role",
                    kind=QuestionKind.MATCH_ROLE,
                    prompt="Match each person to their role in the article.",
                    pairs=(
                        MatchPair(
                            left="Ursula von der Leyen", right="European Commission President", source_sentence=MEETINGS
                        ),
                        MatchPair(left="Giorgia Meloni", right="Italian Prime Minister", source_sentence=MEETINGS),
                        MatchPair(
                            left="Jason Easton",
                            right="former senior adviser to ex-prime minister Justin Trudeau",
                            source_sentence=EASTON,
                        ),
                        MatchPair(left="Roland Paris", right="University of Ottawa", source_sentence=PARIS),
                    ),
                ),
                MatchingQuestion(
                    id="q-match-quote",
                    kind=QuestionKind.MATCH_QUOTE,
                    prompt="Match each person to what they said.",
                    pairs=(
                        MatchPair(
                            left="Roland Paris", right="“This is about laying down markers”", source_sentence=PARIS
                        ),
                        MatchPair(left="Jason Easton", right="“Carney is seizing this moment”", source_sentence=EASTON),
                        MatchPair(
                            left="Mark Carney",
                            right="“There can be no peace without the full support and participation of Ukraine”",
                            source_sentence="“There can be no peace without the full support and participation of Ukraine,” Carney told Zelenskyy.",
                        ),
                    ),
                ),
            )
        }
    )


def old_quiz_json(quiz: Quiz) -> dict:
    """`quiz`'s JSON as quizgen wrote it before quizzes kept the article and each question's paragraph."""
    data = quiz.model_dump(mode="json")
    del data["paragraphs"]
    for question in data["questions"]:
        del question["paragraph"]
        for pair in question.get("pairs", ()):
            del pair["paragraph"]
    return data


HOSTILE = "<script>alert(1)</script> & <img src=x onerror=alert(2)> <b>bold</b>"


def make_hostile_quiz() -> Quiz:
    """Article text full of markup: every exporter must show it as text, never run it."""
    return Quiz(
        title=f"Markup {HOSTILE}",
        slug="hostile",
        source=Source(site=HOSTILE),
        questions=(
            MultipleChoiceQuestion(
                id="h1",
                kind=QuestionKind.QUOTE,
                prompt=f"Who said: “{HOSTILE}”?",
                choices=(f"A {HOSTILE}", "B <i>x</i>", "C", "D"),
                answer=f"A {HOSTILE}",
                source_sentence=f"“{HOSTILE},” said A.",
            ),
            ClozeQuestion(
                id="h2",
                kind=QuestionKind.CLOZE,
                prompt=f"{HOSTILE} met _______ in {{{{c1::Rome}}}}.",
                answer="<b>Carney</b>",
                source_sentence=f"{HOSTILE} met <b>Carney</b> in {{{{c1::Rome}}}}.",
            ),
        ),
    )


@pytest.fixture
def quiz() -> Quiz:
    return make_quiz()


@pytest.fixture
def mixed_quiz() -> Quiz:
    return make_mixed_quiz()


@pytest.fixture
def hostile_quiz() -> Quiz:
    return make_hostile_quiz()


@pytest.fixture
def col(tmp_path):
    """An empty Anki collection, opened with Anki's own library (skipped where it is not installed)."""
    collection = pytest.importorskip("anki.collection")
    col = collection.Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    """Five distinct articles, a0.txt to a4.txt, in a folder of their own (the build tests')."""
    from test_batch import corpus_texts

    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(corpus_texts(5)):
        (folder / f"a{i}.txt").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
    return folder
