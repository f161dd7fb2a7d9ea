"""Golden cases from the 33rd blind review's rejections and from the date completions raters
rejected over the 23rd to 33rd reviews: each refused shape in a real sentence of the reviewed
article, and counter-examples in the same words that the rule must keep.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, statements, terms
from quizgen.generators.date_blanks import predicted_date
from quizgen.generators.swap_people import _other_branch
from quizgen.rules.verbs import bare_verb_after_have

HEADLINE = "Golden article\n\n"


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyze(parse_article(HEADLINE + text, name="golden"))


def blank_answers(text: str) -> set[str]:
    return {c.answer for c in facts.generate(_analysis(text))}


DATES = [
    # trivial, three raters of three: the year of a yearly title
    ("Fabrice Santoro, the ", "2000", " champion, beat Sweden's Thomas Johansson 6-4 6-2.", True),
    ("White is raring for the ", "2005", " event to get going.", True),
    ("White failed a drugs test after winning the 100m title at the ", "2003", " world championships.", False),
    # obvious-answer and trivial: the date a tally stood at
    ("As of ", "September 30", ", Armenia claimed 790 Azerbaijani soldiers had been killed.", True),
    ("Viotti's last public performance was on ", "5 February", " when he conducted Norma.", False),
    # trivial: a rough year
    ("a cellular automaton devised by mathematician John Horton Conway around ", "1970", ".", True),
    ("The studio was founded by Jerry Ragovoy in ", "1968", ".", False),
    # obvious-answer: the next or last year beside it
    ("Carter mediated at the Camp David Accords in ", "1978", " that brought about the 1979 treaty.", True),
    ("Moya wants to focus on the Grand Slams in 2005, but will return to the Davis Cup in ", "2006", ".", True),
    ("Bono, who formed U2 at school in 1977, begins a world tour in ", "2005", ".", False),
    # trivial: a year of a list of years
    ("McCaughrean previously won the category in 1987 with Angels and in ", "1994", " with Gold Dust.", True),
    ("McCaughrean previously won the category in ", "1987", " with Angels and in 1994 with Gold Dust.", True),
    ("Ireland are going for their first Grand Slam since ", "1948", " after two opening wins.", False),
    # obvious-answer, weak-distractor: the month the other date gives
    (
        "The Golden Globes ceremony will take place on ",
        "16 January",
        ", with the Oscars following on 27 February.",
        True,
    ),
    ("The awards will be handed out on ", "13 January", " at a ceremony in Las Vegas.", False),
    # trivial: the age of an honour; when a report came out
    ("The honour, awarded since ", "1986", ", honours figures in cinema.", True),
    ("Viotti, director of La Fenice since ", "2002", ", conducted at renowned opera houses.", False),
    ("Deutsche Welle (DW) reported in ", "mid-2019", ", 62 Tesco outlets had closed within a year.", True),
    ("A survey carried out in ", "2000", " by Forrester Research found battery life was the worry.", False),
]


@pytest.mark.parametrize(("before", "answer", "after", "refused"), DATES)
def test_date_blanks_the_sentence_predicts(before: str, answer: str, after: str, refused: bool) -> None:
    assert bool(predicted_date(before, answer, after)) is refused


def test_a_refused_date_gives_no_blank_in_the_real_sentence() -> None:
    text = (
        "The 18-year-old wild card won three junior events last year. Fabrice Santoro, the 2000 champion, "
        "beat Sweden's Thomas Johansson 6-4 6-2 at the Qatar Open. Santoro joined the tour in 1989 and "
        "reached the quarter-finals of the Australian Open in 2006 after a long run of wins."
    )
    answers = blank_answers(text)
    assert "2000" not in answers
    assert "1989" in answers


RADCLIFFE = "Paula Radcliffe won the New York marathon in November after dropping out in Athens."
BLANKS = [
    # obvious-answer, three of three: a share that is the whole
    ("Standard Chartered said it was buying 100% of KFB, ending the bank's dual ownership.", "100%", False),
    ("Standard Chartered said it was buying 49% of KFB, ending the bank's dual ownership.", "49%", True),
    # obvious-answer: a given name alone
    (
        f"{RADCLIFFE} If Paula's last experience of the year had been Athens, it would have been hard to hope.",
        "Paula",
        False,
    ),
    (
        f"{RADCLIFFE} If Paula's last experience of the year had been Athens, it would have been hard to hope.",
        "Paula Radcliffe",
        True,
    ),
]


@pytest.mark.parametrize(("text", "answer", "kept"), BLANKS)
def test_blanks_of_a_whole_or_a_given_name(text: str, answer: str, kept: bool) -> None:
    assert (answer in blank_answers(text)) is kept


def test_a_so_called_aside_after_its_description_is_no_term() -> None:
    refused = (
        "The charges are seen as part of a drive by Vladimir Putin to rein in the country's super-rich "
        "business leaders, the so-called oligarchs."
    )
    kept = "Researchers studied areas of open water called polynyas in the Antarctic sea ice last winter."
    assert not [c for c in terms.generate(_analysis(refused)) if c.answer == "oligarchs"]
    assert [c.answer for c in terms.generate(_analysis(kept))] == ["polynyas"]


def statement_answers(text: str) -> set[str]:
    return {c.answer for c in statements.generate(_analysis(text)) if c.shape == "true_false"}


def test_offices_swap_only_within_their_branch() -> None:
    assert _other_branch("Wisconsin governor", "Supreme Court Justice")
    assert _other_branch("Republican Senator", "Wisconsin governor")
    assert not _other_branch("Wisconsin governor", "Ohio governor")
    assert not _other_branch("Wisconsin governor", "IMF boss")  # an unlisted office keeps its swaps


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("The US military industry has show a strong interest to open a link with India.", True),
        ("The US military industry has shown a strong interest to open a link with India.", False),
        ("The firm has come a long way since it was founded in Ohio.", False),
        ("The unions have cut a deal with the management over pay.", False),
    ],
)
def test_a_base_form_after_have(text: str, refused: bool) -> None:
    assert bool(bare_verb_after_have(text)) is refused


def test_the_same_as_an_earlier_sentence_is_no_statement() -> None:
    from quizgen.checks import SAME_AS_BEFORE_RE

    assert SAME_AS_BEFORE_RE.search("Republican Senator Ben Sasse had the same response.")
    assert SAME_AS_BEFORE_RE.search("After Trump tweeted the same advice, Twitter placed a warning over the tweet.")
    assert not SAME_AS_BEFORE_RE.search("Ben Sasse earned the same salary as his rival in 2019.")


def test_a_given_name_before_a_royal_epithet_and_one_that_is_all_the_article_gives() -> None:
    assert "Mary" not in blank_answers("Second favourite is a biography of Mary Queen of Scots, by John Guy.")
    kept = "On Tuesday an eleven-month-old boy, identified only as Ivan, was rescued alive and flown to Moscow."
    assert "Ivan" in blank_answers(kept)
