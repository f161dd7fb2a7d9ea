"""Golden table for who speaks a quotation introduced by a participle of speech (", saying:",
", adding:"): the subject of the sentence's main verb, never a name inside the clause it reports.

From the 41st blind review's wrong key (bulk bbc_politics_168: 'Amanda's uncle, Lewis Champion,
told the BBC News website Ford did not deserve any credit for his plea, saying: “…”' was keyed to
Ford). BBC sentences are rewritten in our own words in the same shape; Wikinews ones are copied.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article


def speaker_of(text: str, opening: str) -> str | None:
    analysis = analyze(parse_article("Headline of the story\n\n" + text, name="t"))
    return next(q for q in analysis.quotes if q.text.startswith(opening)).speaker


PARTICIPLE_AFTER_A_REPORT = [
    pytest.param(  # bulk bbc_politics_168, rewritten: the name after "told the BBC" is in the report
        "James Ford was jailed for at least 15 years in July. The victim's uncle, Mark Brown, told the BBC "
        'News website Ford had earned no credit for his plea, saying: "Nothing is worth five years off a '
        'murder sentence."',
        "Nothing is worth",
        "Mark Brown",
        id="told-the-bbc-y-had-saying",
    ),
    pytest.param(  # the same shape with "said … was …, adding:"
        "Peter Hain said Gordon Brown was the best chancellor in a century, adding: "
        '"He has given this country stability."',
        "He has given",
        "Peter Hain",
        id="said-y-was-adding",
    ),
    pytest.param(  # Wikinews 2019_067 (Charlottesville), its sentence with a quotation after the participle
        "Susan Bro, Heather Heyer's mother, told reporters James Alex Fields Jr. had accepted a fair deal, "
        'saying: "Executing him would not bring my daughter back."',
        "Executing him",
        "Susan Bro",
        id="wikinews-told-reporters-saying",
    ),
    pytest.param(  # a clause opened by "but" has its own main verb
        "Tony Blair praised the plan, but Michael Howard told MPs Charles Kennedy had misled them, "
        'insisting: "The figures do not add up."',
        "The figures",
        "Michael Howard",
        id="but-x-told-mps-y-had-insisting",
    ),
]
PARTICIPLE_LEFT_ALONE = [
    pytest.param(  # no verb of saying before the participle: the sentence's subject, as before
        'Trade minister Mark Brown congratulated James Ford on the deal, saying: "It is a fine result."',
        "It is a fine",
        "Mark Brown",
        id="congratulated-y-saying",
    ),
    pytest.param(  # "He said Mr Blair had …, adding:": his words, found through the pronoun
        'Michael Howard spoke in Dover on Monday. He said Tony Blair had broken his word, adding: "Trust has gone."',
        "Trust has gone",
        "Michael Howard",
        id="he-said-y-had-adding",
    ),
]
NO_SPEAKER = [
    pytest.param(  # the main clause's subject is no one the analysis knows: no guess at the reported name
        "James Ford was jailed for at least 15 years in July. Her uncle told the BBC News website Ford had "
        'earned no credit for his plea, saying: "Nothing is worth five years off a murder sentence."',
        "Nothing is worth",
        id="unnamed-subject-told-y-had-saying",
    ),
]


@pytest.mark.parametrize(("text", "opening", "expected"), PARTICIPLE_AFTER_A_REPORT + PARTICIPLE_LEFT_ALONE)
def test_a_participle_of_speech_speaks_for_the_main_subject(text, opening, expected):
    assert speaker_of(text, opening) == expected


@pytest.mark.parametrize(("text", "opening"), NO_SPEAKER)
def test_a_participle_whose_main_subject_is_unknown_stays_unattributed(text, opening):
    assert speaker_of(text, opening) is None


def test_the_reviewed_article_asks_no_quote_question_keyed_to_the_reported_name():
    from pathlib import Path

    from quizgen.articles import read_article
    from quizgen.pipeline import build_quiz

    path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bulk" / "bbc_politics_168.txt"
    if not path.exists():
        pytest.skip("the shared corpus is not beside the repository")
    quiz = build_quiz(read_article(path))
    for question in quiz.questions:
        if "Nothing at all is worth" in question.prompt:
            assert "Ford" not in str(getattr(question, "answer", ""))
