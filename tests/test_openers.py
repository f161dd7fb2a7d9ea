"""Golden cases for sentences that open on a connective or an attribution ("But …", "Secondly,
…", "According to CNN, …"): their fact is asked without the opener, when what is left reads
alone; and for quotations whose speaker the text names by surname only ("Mr Dams said: …").

The refused cases are failure shapes met on real news (dev and bulk corpora): a leading clause
with a comma inside it cut in the wrong place, a subject parted from its verb, a subject or a
"the rumours" that only the sentence before explains. The texts are our own.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import quotes, statements
from quizgen.generators.openers import stand_alone
from quizgen.pipeline import build_quiz

STRIPPED = [
    pytest.param(
        "But Leeds City Council approved a £40m flood plan in January 2024.",
        "Leeds City Council approved a £40m flood plan in January 2024.",
        id="but",
    ),
    pytest.param(
        "According to the BBC, Leeds has 300 homes at risk of flooding.",
        "Leeds has 300 homes at risk of flooding.",
        id="according-to",
    ),
    pytest.param(
        "Secondly, Leeds City Council will pay £5m towards the River Aire defences.",
        "Leeds City Council will pay £5m towards the River Aire defences.",
        id="sentence-adverb",
    ),
    pytest.param(
        "Still, by the standards of local politics Leeds City Council was quick.",
        "By the standards of local politics Leeds City Council was quick.",
        id="still-with-comma",
    ),
    pytest.param(
        "But according to police, Tom Baker left the meeting at noon.",
        "Tom Baker left the meeting at noon.",
        id="two-openers",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), STRIPPED)
def test_an_opener_that_leans_on_the_sentence_before_is_dropped(sentence, expected):
    assert stand_alone(sentence) == expected


REFUSED = [
    pytest.param(
        "And the city's flood defence officer, made it clear that action was necessary.", id="subject-parted-from-verb"
    ),
    pytest.param(
        "Though she was nominated for the award for the 2019 film Rivers, opposite Tom Baker, Collins chose another.",
        id="leading-clause-with-a-comma",
    ),
    pytest.param(
        "In addition to Leeds, other cities in the scheme include Bradford and Sheffield.", id="phrase-not-connective"
    ),
    pytest.param("In addition, the company said 2024 profits were hit by the floods.", id="unnamed-subject"),
    pytest.param("And new technology, including flood sensors, will be discussed in Leeds.", id="unnamed-subject-new"),
    pytest.param("But Leeds police discounted the rumours about the river in March.", id="the-rumours"),
    pytest.param("But only Leeds City Council voted for the plan in January.", id="only-changes-the-claim"),
    pytest.param("But Leeds City Council approved the plan in January 2024.", id="the-plan-told-before"),
    pytest.param("Leeds City Council approved the plan in January 2024.", id="nothing-to-strip"),
    pytest.param("But Leeds City Council said she was speaking as a lawyer in March.", id="she-told-before"),
    pytest.param("But Tom Baker saves them and then earns one himself in Leeds.", id="them-told-before"),
    pytest.param("And Sarah Collins was in no mood to celebrate in Leeds either.", id="either"),
    pytest.param(
        "However, the South African has been appointed to referee in Leeds on 13 March.", id="epithet-demonym"
    ),
    pytest.param("However, the 31-year-old missed out on a place in the Leeds relay team.", id="epithet-age"),
]


@pytest.mark.parametrize("sentence", REFUSED)
def test_an_opener_is_kept_when_what_is_left_may_not_say_the_same(sentence):
    assert stand_alone(sentence) is None


ARTICLE = """Leeds approves flood defence plan

Leeds City Council has approved a £40m flood defence plan for the River Aire. The plan was drawn up by engineer Sarah Collins and council leader James Lewis.

But Yorkshire Water paid £5m towards the cost of the flood defences in Kirkstall. However, engineer Sarah Collins said the hearing on the flood defences would continue in Bradford.

Residents' group chair Tom Baker spoke at the meeting. "The river has flooded our homes three times in ten years," Mr Baker said. Environment Agency director Priya Shah welcomed the vote. "This plan protects more than a thousand homes in the valley," Ms Shah said.
"""


def analysis():
    return analyze(parse_article(ARTICLE, name="openers"))


def test_a_statement_is_asked_without_its_opening_connective_and_keeps_its_source():
    found = [c for c in statements.generate(analysis()) if c.shape == "true_false" and "Yorkshire Water" in c.answer]
    assert found, "the sentence opening on 'But' gave no statement"
    assert found[0].answer == "Yorkshire Water paid £5m towards the cost of the flood defences in Kirkstall."
    assert found[0].source.text.startswith("But Yorkshire Water")  # the key is checked against the article's words


def test_a_statement_is_asked_after_a_sentence_adverb():
    answers = {c.answer for c in statements.generate(analysis()) if c.shape == "true_false"}
    assert "Engineer Sarah Collins said the hearing on the flood defences would continue in Bradford." in answers


def test_a_quotation_whose_speaker_is_named_by_surname_is_asked_about_the_person():
    asked = {c.answer: c for c in quotes.generate(analysis())}
    assert set(asked) == {"Tom Baker", "Priya Shah"}
    assert "Priya Shah" in asked["Tom Baker"].preferred  # the other speaker is the first wrong option


def test_surname_speakers_reach_the_quiz_with_their_full_names():
    quiz = build_quiz(parse_article(ARTICLE, name="openers"), count=30)
    speakers = {q.answer for q in quiz.questions if q.kind.value == "quote" and q.type == "multiple_choice"}
    stated = {q.prompt.split(" said:")[0] for q in quiz.questions if q.kind.value == "quote" and q.type == "true_false"}
    assert speakers | stated <= {"Tom Baker", "Priya Shah", "Sarah Collins", "James Lewis"}
    assert speakers | stated, "no quotation was asked about"
