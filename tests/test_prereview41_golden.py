"""Golden cases from the 41st pre-review (30 seen bulk articles, seed 1515, read as a strict
rater): each refused shape in a real sentence of the reviewed article, and counter-examples in the
same words that must be kept.
"""

from __future__ import annotations

import pytest
from golden import kept, statements_shown
from test_rank_giveaways import answers, cloze_of

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.rank import select
from quizgen.rank_texts import figure_spellings

TV = (
    "Mobile phones are not yet ready to replace portable media players, say two reports.\n\n"
    "The reports were published by Jupiter Research and InStat/MDR in London on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "watch TV programmes on their mobiles ___ a day" (24 hours; obvious; bbc_tech_059)
        (
            "A service from the Norwegian Broadcasting Corporation lets people watch TV programmes on their "
            "mobiles 24 hours a day.",
            "24 hours",
            True,
        ),
        # "a helpline open ___ a week" (seven days): the other half of the same phrase
        ("The Norwegian Broadcasting Corporation runs a helpline for viewers seven days a week.", "seven days", True),
        # the same figure that no phrase completes is a fact to learn
        (
            "A strike at the Norwegian Broadcasting Corporation took its mobile service off the air for 24 hours.",
            "24 hours",
            False,
        ),
    ],
)
def test_no_blank_that_a_round_the_clock_phrase_completes(sentence, key, refused):
    assert kept(TV + sentence + "\n", key) is not refused


@pytest.mark.parametrize(
    "answer, spellings",
    [
        ("300m", ("300 million", "300m")),
        ("300 million", ("300 million", "300m")),
        ("$1.13bn", ("$1.13 billion", "$1.13bn")),
        ("£6 million", ("£6 million", "£6m")),
        ("2,000", ("2,000",)),  # no scale: the answer alone
        ("Robert Peston", ("Robert Peston",)),
    ],
)
def test_a_scaled_figure_is_one_answer_in_both_spellings(answer, spellings):
    assert figure_spellings(answer) == spellings


BLOGS = "Ask Jeeves said it would use the 300 million articles Bloglines has archived to round out its index."


def test_one_figure_in_two_spellings_is_asked_once():
    """'would use the ___ articles it has archived' (300 million) beside 'the database of ___ blog
    entries Bloglines holds' (300m; obvious: the word bank of one gives the other; bbc_tech_318)."""
    chosen = select(
        [
            cloze_of(0, BLOGS, "300 million", "number"),
            cloze_of(
                5,
                "Ask Jeeves would be helping organise the database of 300m blog entries Bloglines holds.",
                "300m",
                "number",
            ),
        ],
        count=2,
    )
    assert len(chosen) == 1


def test_two_figures_of_one_scale_are_both_asked():
    chosen = select(
        [
            cloze_of(0, BLOGS, "300 million", "number"),
            cloze_of(5, "Bloglines has 30m readers who follow blogs through the site each month.", "30m", "number"),
        ],
        count=2,
    )
    assert answers(chosen) == {"300 million", "30m"}


def roles_of(sentence: str) -> dict[str, list[str]]:
    analysis = analyze(parse_article("Golden article\n\n" + sentence, name="golden"))
    return {person.name: [role.text for role in person.roles] for person in analysis.people}


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # "The article describes Michael Howard as a poster launch Tory co-chairman." (ungrammatical;
        # bbc_politics_262): the nouns of the place the words were said, taken as the role's
        (
            "Later at their poster launch Tory co-chairman Liam Fox said his party would exploit opportunities.",
            "Liam Fox",
            "Tory co-chairman",
        ),
        # a modifier of the role itself is kept left of the party's name
        (
            "Earlier, former Tory leader Iain Duncan Smith said the plan was wrong.",
            "Iain Duncan Smith",
            "former Tory leader",
        ),
        ("The report was written by senior Labour MP Frank Field last year.", "Frank Field", "senior Labour MP"),
        # lowercase words right before the job word, with no name between, are the job's
        (
            "Critics included school inspection chief David Bell, who spoke on Monday.",
            "David Bell",
            "school inspection chief",
        ),
        # a capitalised place before the name is still the role's
        ("El Paso's police chief Greg Allen said the suspect was in custody.", "Greg Allen", "El Paso's police chief"),
    ],
)
def test_a_role_left_of_a_party_name_takes_only_its_own_modifiers(sentence, name, role):
    assert roles_of(sentence)[name] == [role]


POLITICS = (
    "Tony Blair's feud with Gordon Brown is damaging the way the UK is governed, Tory leader Michael Howard "
    "has claimed.\n\n"
    'A new book claims Mr Brown told Mr Blair: "There is nothing you could ever say to me now that I could ever '
    'believe."\n\n'
)


@pytest.mark.parametrize(
    "sentence, refused",
    [
        # "Mr Blair directly denied that quote on Wednesday." (vague: which quote?; bbc_politics_262)
        ("Mr Blair directly denied that quote in the Commons on Wednesday.", True),
        ("Mr Brown's allies dismissed those claims as gossip from the author.", True),
        # a statement that says what was denied stands on its own
        ("Mr Blair directly denied in the Commons that he had broken a promise to Mr Brown.", False),
    ],
)
def test_no_statement_about_a_quote_it_does_not_show(sentence, refused):
    shown = statements_shown(POLITICS + sentence + "\n")
    assert (sentence in shown) is not refused
