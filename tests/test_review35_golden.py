"""Golden cases from the 35th blind review's rejections: each refused shape in a real sentence of
the reviewed article, and counter-examples in the same words that the rule must keep.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, statements
from quizgen.pipeline import build_quiz

HEADLINE = "Golden article\n\n"


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyze(parse_article(HEADLINE + text, name="golden"))


def statements_made(text: str) -> dict[str, list[str]]:
    """Each statement made, with the values its false versions put in."""
    return {c.answer: [v.replacement for v in c.variants] for c in statements.generate(_analysis(text))}


@pytest.mark.parametrize(
    "sentence, stated",
    [
        # "Said Mr Flynn, Vodafone has briefly cut off …" (ungrammatical, three of three; bbc_tech_382)
        ("Also, said Mr Flynn, Vodafone has briefly cut off ten content sellers flouting the rules.", False),
        ("Vodafone has briefly cut off ten content sellers flouting the rules, Mr Flynn said.", True),
        # "Tony Blair and Gordon Brown are said to have declared all out war" (vague; bbc_politics_251)
        ("Tony Blair and Gordon Brown are said to have declared war on each other in 2004.", False),
        ("Tony Blair and Gordon Brown declared war on each other in 2004, Mr Prescott said.", True),
        # "… was behind the growth" (vague, three of three; bbc_tech_040)
        ("The IFPI industry body said that portable music players were behind the growth.", False),
        ("The IFPI industry body said that portable music players were behind the growth in sales.", True),
    ],
)
def test_no_statement_of_hearsay_a_turned_round_speaker_or_a_growth_named_before(sentence, stated):
    made = statements_made(f"Music sales rose 10% in 2004, with Vodafone and the IFPI both reporting.\n\n{sentence}\n")
    assert any(sentence.split(",")[-1][:20] in s or sentence[:25] in s for s in made) is stated


def test_no_blank_in_a_sentence_about_someone_unavailable_for_comment():
    """'No-one from the ___ was immediately available for comment' (trivial; bbc_tech_156)."""
    text = (
        "The Motion Picture Association of America sued 200 people in Los Angeles on Monday.\n\n"
        "No-one from the Motion Picture Association of America was immediately available for comment.\n"
    )
    quizzes = [build_quiz(parse_article(HEADLINE + text, name="golden"), count=20, seed=s) for s in range(3)]
    sources = {q.source_sentence for quiz in quizzes for q in quiz.questions if hasattr(q, "source_sentence")}
    assert not [s for s in sources if "available for comment" in s]


def test_no_blank_of_a_series_named_before():
    """'Lead ___ talked about how the series has been underestimated' (vague, three of three)."""
    text = (
        "The sitcom Kim's Convenience was shown at Fan Expo Canada in Toronto on Saturday.\n\n"
        'Lead actor Paul Sun-Hyung Lee talked about how the series has been underestimated "up \'til now."\n\n'
        "Actor Paul Sun-Hyung Lee talked about how the series of Kim's Convenience had grown in 2019.\n"
    )
    blanked = [c.source.text for c in facts.generate(_analysis(text)) if c.answer == "Paul Sun-Hyung Lee"]
    assert not [s for s in blanked if s.startswith("Lead actor")]
    assert [s for s in blanked if s.startswith("Actor")]


def test_a_programme_is_no_date_to_swap_in():
    """'… when he fronts the awards on 60 Minutes' for 'on 27 February' (weak distractor, three of
    three; bbc_entertainment_185): the analysis reads "60 Minutes" as a duration."""
    text = (
        "Oscar host Chris Rock said he will steer clear of bad language when he fronts the awards on 27 February.\n\n"
        "Rock told the CBS programme 60 Minutes that he would be careful.\n\n"
        "The Golden Globes were held on 16 January.\n"
    )
    made = statements_made(text)
    swaps = next(v for s, v in made.items() if s.startswith("Oscar host"))
    assert "60 Minutes" not in swaps
    assert "16 January" in swaps
