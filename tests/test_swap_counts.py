"""A count in words swapped for another count in words the article gives of something else
(swap_counts.py): "saved three championship points" becomes "saved five championship points"
when the article has "five errors" and no other number of championship points.

Golden sentences in the shapes of seen bulk articles where the statement could only be shown
true (a tennis report, a civil-war count, arrests, awards), with the counter-examples the
rule refuses: a set the story fixed, a count beside another number, points, a listed total.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.statements import statement_of
from quizgen.generators.swaps import variants
from quizgen.generators.usage import article_usage
from quizgen.models import normalize

ELSEWHERE = "\n\nLater Kovac made five errors in the second set and the crowd left after two hours.\n"


def numbers_swapped(sentence: str, elsewhere: str = ELSEWHERE) -> dict[str, str]:
    """replacement -> the false statement, for every number swap of `sentence` (the article's first)."""
    analysis = analyze(parse_article(f"Tennis news\n\n{sentence}{elsewhere}", name="t"))
    first = analysis.sentences[0]
    statement = statement_of(first.text, analysis, 0)
    assert statement is not None, first.text
    return {
        v.replacement: v.statement for v in variants(statement, first, article_usage(analysis)) if v.slot == "number"
    }


@pytest.mark.parametrize(
    "sentence, swapped",
    [
        pytest.param(
            "Williams saved three championship points before losing the match at Victoria Park.",
            "Williams saved five championship points before losing the match at Victoria Park.",
            id="a-count-of-something-else",
        ),
        pytest.param(
            "Police in Wiltshire arrested four men under the new law on hunting with dogs.",
            "Police in Wiltshire arrested five men under the new law on hunting with dogs.",
            id="a-count-of-people",
        ),
        pytest.param(
            "Four public sector unions met the deputy leader Jane Prescott at the conference in Gateshead.",
            "Five public sector unions met the deputy leader Jane Prescott at the conference in Gateshead.",
            id="capitalised-at-the-start",
        ),
    ],
)
def test_a_count_in_words_takes_another_count_in_words_of_the_article(sentence, swapped):
    found = {normalize(r): v for r, v in numbers_swapped(sentence).items()}
    assert found.get("five") == swapped


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Kovac heard arguments from the two sides in the court at Victoria Park.", id="the-two-sides"),
        pytest.param(
            "The 12th Amendment gives the top four finishers in the Electoral College a House vote.", id="the-top-four"
        ),
        pytest.param(  # the parts add up to the total: 20 = 11 + 9
            "Police in Leeds had recovered 20 bodies, eleven women and nine men, by Tuesday.", id="parts-of-a-total"
        ),
        pytest.param(  # "Four of the first three games" is nonsense at a glance
            "Four of the first six games at Victoria Park have seen a break of serve.", id="part-of-a-whole"
        ),
        pytest.param(  # "won it four times, with a run of six straight titles"
            "Kovac has won the Leeds title four times, with a run of three straight titles.", id="beside-a-count"
        ),
        pytest.param(  # a penalty scores three in rugby: four is false at a glance
            "Paterson snatched three points for Scotland when a forward handled the ball.", id="points-of-a-game"
        ),
        pytest.param(  # the statement lists the awards it counts
            "The Aviator took three awards in all, also collecting best make-up and best design.", id="a-listed-total"
        ),
        pytest.param(  # a length of time stays refused (swaps.py): "his second penalty two minutes later"
            "Burundi had three years of civil war before the election of Pierre Nkurunziza.", id="a-duration"
        ),
    ],
)
def test_a_count_in_words_is_not_swapped_across_nouns(sentence):
    assert not {normalize(r) for r in numbers_swapped(sentence)} & {"five", "nine", "two"}


def test_a_count_of_the_same_thing_elsewhere_is_not_swapped_in():
    """Six foreign-owned textile factories beside "eight factories": the eight may include the six."""
    elsewhere = "\n\nEight factories in Maseru have shut this year, and five shops too.\n"
    found = numbers_swapped("Six foreign-owned textile factories have closed in Lesotho this spring.", elsewhere)
    assert "Eight" not in found and "eight" not in found
    assert "Five" in found, "a count of something else is still swapped in"


def test_the_count_is_the_article_s_own_number_and_the_swap_one_it_gives():
    found = numbers_swapped("Williams saved three championship points before losing the match at Victoria Park.")
    assert set(found) <= {"five", "two"}, "only counts the article writes in words, never one"
