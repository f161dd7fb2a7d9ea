"""Golden cases for matching questions: people to how the article describes them, and to what
they said. Fair matching (shared/docs/questions.md): 4 to 6 pairs, distinct items on both sides,
no item that gives another away, a household name at most once, each pair from its own sentence."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import matching
from quizgen.models import QuestionKind, normalize
from quizgen.pipeline import build_quiz

ROLES = """Leeds approves flood defence plan

The plan was drawn up by engineer Sarah Collins and council leader James Lewis. Residents' group chair Tom Baker told the meeting that people had signed a petition.

Environment Agency director Priya Shah welcomed the vote. Yorkshire Water chief executive Nicola Shaw said the company would pay towards the cost.
"""

QUOTES = """Leeds approves flood defence plan

"We have waited ten years for this plan," said Tom Baker, who chairs the residents' group.

"The river will be safer for every family," said Sarah Collins, the engineer.

"It is money well spent for the whole city," James Lewis told the meeting.

"We will pay our share of the cost," said Nicola Shaw of Yorkshire Water.

"This plan shows what councils can do together with residents and engineers when the money is found for the work that is needed," said Priya Shah.
"""


def candidates(text: str):
    return matching.generate(analyze(parse_article(text, name="matching")))


def test_people_matched_to_their_roles_each_from_its_own_sentence():
    [question] = [c for c in candidates(ROLES) if c.kind is QuestionKind.MATCH_ROLE]
    pairs = {p.left: p.right for p in question.pairs}
    assert pairs["Priya Shah"] == "Environment Agency director"
    assert pairs["Nicola Shaw"] == "Yorkshire Water chief executive"
    assert 4 <= len(pairs) <= 6
    for pair in question.pairs:
        assert pair.right in pair.source_sentence and pair.left.split()[-1] in pair.source_sentence


def test_people_matched_to_short_quotations_only():
    [question] = [c for c in candidates(QUOTES) if c.kind is QuestionKind.MATCH_QUOTE]
    speakers = {p.left: p.right for p in question.pairs}
    assert speakers["Tom Baker"] == "“We have waited ten years for this plan”"
    assert "Priya Shah" not in speakers  # her quotation is too long to match at a glance
    assert all(len(right.split()) <= matching.MAX_QUOTE_WORDS for right in speakers.values())


def test_fewer_than_four_people_give_no_matching_question():
    text = ROLES.split("Environment Agency")[0]
    assert not [c for c in candidates(text) if c.kind is QuestionKind.MATCH_ROLE]


def test_no_right_hand_item_names_a_listed_person():
    text = ROLES + "\nPaul Hart, a deputy to Priya Shah, also spoke.\n"
    for question in candidates(text):
        names = [p.left.split()[-1] for p in question.pairs]
        assert not any(name in pair.right for pair in question.pairs for name in names)


def test_heads_of_state_at_most_once():
    text = ROLES + (
        "\nFrench President Emmanuel Macron and German Chancellor Angela Merkel sent messages. "
        "US President Joe Biden also wrote.\n"
    )
    for question in candidates(text):
        famous = {"Emmanuel Macron", "Angela Merkel", "Joe Biden"} & {p.left for p in question.pairs}
        assert len(famous) <= 1


@pytest.mark.parametrize("seed", range(4))
def test_in_a_quiz_the_right_column_is_shuffled_and_no_quote_is_asked_twice(seed):
    # Two questions: the matching question and the quotation too long to match both fit.
    quiz = build_quiz(parse_article(QUOTES, name="quotes"), count=2, seed=seed)
    [question] = [q for q in quiz.matching if q.kind is QuestionKind.MATCH_QUOTE]
    assert question.right_order(quiz.seed) != tuple(p.right for p in question.pairs)
    matched = {normalize(p.right.strip("“”"))[:20] for p in question.pairs}
    for q in quiz.multiple_choice:
        if q.kind is QuestionKind.QUOTE:
            assert not any(m in normalize(q.prompt) for m in matched), q.prompt


# With the matching question, a quiz of QUOTES holds two questions, of ROLES fewer than four (a
# statement that shows a role rules out the matching pair of that person, as it does a role question).
@pytest.mark.parametrize("text, more", [(QUOTES, 5), (ROLES, 4)])
def test_a_quiz_short_of_its_count_asks_the_matched_people_one_by_one_when_that_gives_more(text, more):
    """A matching question rules out every question about its people: when the quiz cannot
    reach its count with it, it is left out if the questions it ruled out are more."""
    article = parse_article(text, name="matching")
    full = build_quiz(article, count=2, seed=0)
    assert [q.kind for q in full.matching]  # the quiz is full with it: kept
    short = build_quiz(article, count=30, seed=0)
    assert not short.matching
    assert len(short.questions) >= more
    people = {p.left for q in full.matching for p in q.pairs}
    asked = {q.answer for q in short.multiple_choice} | {q.answer for q in short.cloze}
    assert len(people & asked) >= 2  # the people it matched are asked about one by one


@pytest.mark.parametrize(
    "role, reads",
    [
        ("IMF boss", True),
        ("analyst at UBS", True),
        ("House of Commons Speaker", True),
        ("editor of Indian film journal Trade Guide", True),
        ("Mayor of London", True),
        ("British actress", True),
        # Fragments blind raters saw on the right of a matching question.
        ("Lock", False),
        ("The Times", False),
        ("many non-Indian stars want to make the most of", False),
        ("Prejudice alongside New Zealand actor", False),
        ("But British Casino Association Chairman", False),
        ("only candidate", False),
        ("viewer poll saw director", False),
    ],
)
def test_a_matching_role_is_a_role(role, reads):
    from quizgen.generators.roles import reads_as_role

    assert reads_as_role(role) is reads
