"""Golden cases from the 40th blind review's rejections of blanks and their options: each refused
shape in a real sentence of the reviewed article, and counter-examples in the same words that the
rule must keep.
"""

from __future__ import annotations

import random

import pytest
from golden import kept

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import generate_all
from quizgen.generators.trivial_blanks import owner_of_a_move, party_any_rival_fits
from quizgen.models import QuestionKind
from quizgen.shapes import make_question

MEDIA = (
    "News Corp said on Monday it had held talks with several games publishers in Los Angeles.\n\n"
    "Analysts said the company could spend up to $500m on a studio, the Financial Times reported.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "the media company controlled by Australian billionaire ___" (Rupert Murdoch; obvious, three of
        # three; bbc_business_447)
        (
            "News Corp, the media company controlled by Australian billionaire Rupert Murdoch, is eyeing a move "
            "into the video games market.",
            "Rupert Murdoch",
            True,
        ),
        # "The movie version of Dan Brown's best-selling novel … also stars ___" (Tom Hanks; bbc_entertainment_068)
        (
            "The movie version of Dan Brown's best-selling novel is being directed by Ron Howard and also stars "
            "Tom Hanks.",
            "Tom Hanks",
            True,
        ),
        # the same sentence with an actor the list does not know stays a fact to learn
        (
            "The movie version of Dan Brown's best-selling novel is being directed by Ron Howard and also stars "
            "Paul Bettany.",
            "Paul Bettany",
            False,
        ),
    ],
)
def test_no_blank_of_a_person_everyone_knows(sentence, key, refused):
    assert kept(MEDIA + sentence + "\n", key) is not refused


SECURITY = (
    "Home Secretary David Blunkett resigned on Wednesday after a row over a visa application.\n\n"
    "Mr Blunkett said he had done nothing wrong, the Home Office said in London.\n\n"
)


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        # "The attacks on the World Trade Center on ___" (11 September 2001; obvious, three of three; bbc_politics_041)
        (
            "The attacks on the World Trade Center on 11 September 2001 heightened concern for security and "
            "immigration in particular.",
            "11 September 2001",
            True,
        ),
        # another day of that year is the article's to tell
        (
            "The new immigration rules of 11 March 2001 heightened concern for security and immigration in particular.",
            "11 March 2001",
            False,
        ),
    ],
)
def test_no_blank_of_a_famous_date(sentence, key, refused):
    assert kept(SECURITY + sentence + "\n", key) is not refused


FILM = (
    "Charlotte's Web is being turned into a film by Paramount Pictures, the studio said on Monday.\n\n"
    "The book by EB White has sold more than 45 million copies since 1952, its publisher said.\n\n"
)
RUGBY = (
    "England lost 18-17 to France at Twickenham on Sunday, their second Six Nations defeat.\n\n"
    "Josh Lewsey and Olly Barkley scored tries for England in the first half.\n\n"
)


@pytest.mark.parametrize(
    "text, key, refused",
    [
        # "directed by 13 Going on ___ film-maker Gary Winick" (30; trivial, three of three; bbc_entertainment_302)
        (
            FILM + "Ten-year-old Dakota Fanning will play Fern, the girl at the centre of the story, in the film to "
            "be directed by 13 Going on 30 film-maker Gary Winick.",
            "30",
            True,
        ),
        # a count in the same sentence is a figure
        (
            FILM + "Ten-year-old Dakota Fanning will play Fern, and the cast includes 30 puppets, 12 of them "
            "made in London.",
            "30",
            False,
        ),
        # "off-loaded out of ___'s tackle to Lewsey" (Sylvain Marconnet; trivial, two of three; bbc_sport_414)
        (
            RUGBY + "After a series of phases lock Danny Grewcock ran hard at the French defence and off-loaded out "
            "of Sylvain Marconnet's tackle to Lewsey.",
            "Sylvain Marconnet",
            True,
        ),
        # "plough through ___'s flimsy tackle" (Yann Delaigue; trivial, two of three)
        (
            RUGBY + "Jamie Noon took a short pass from Barkley and ran a good angle to plough through Yann "
            "Delaigue's flimsy tackle before sending his centre partner through to score at the posts.",
            "Yann Delaigue",
            True,
        ),
        # "one ___ charge apart" (Ben Kay; trivial, two of three)
        (
            RUGBY + "France twice turned over England ball at the breakdown early on as the home side struggled "
            "to generate forward momentum, one Ben Kay charge apart.",
            "Ben Kay",
            True,
        ),
        # the same player as the news of a sentence stays a fact
        (
            RUGBY + "France coach Bernard Laporte said prop Sylvain Marconnet would miss the match against Ireland "
            "with a knee injury.",
            "Sylvain Marconnet",
            False,
        ),
    ],
)
def test_no_number_of_a_title_nor_owner_of_a_move(text, key, refused):
    assert kept(text + "\n", key) is not refused


# The article's own opening paragraph (Wikinews, CC BY 2.5): the party is asked in its real context.
PRIMARIES = (
    "On Tuesday, the United States Democratic Party held primary elections in the states of Arizona, Florida, "
    "and Illinois. By reports, former Vice President of the United States Joe Biden won all three elections. "
    "Ohio, which was also scheduled to hold a primary election, delayed its voting in the face of the national "
    "emergency around the spread of the COVID-19 disease. The same day, incumbent President of the United States "
    "Donald Trump became the Republican Party's presumptive nominee for the 2020 United States presidential "
    "election after winning the party's primaries in Florida and Illinois.\n\n"
    "The Democratic and Republican Parties use primary elections, along with caucuses, to select their nominees "
    "for the 2020 presidential election. For a candidate to win the Democratic Party's nomination, a total of at "
    "least 1,991 delegates are needed.\n"
)


def test_no_blank_of_a_party_its_rivals_fit():
    # "On Tuesday, the ___ held primary elections" (United States Democratic Party; vague, three of three;
    # wikinews_2020_040): the Republicans hold primaries too
    assert not kept(PRIMARIES, "United States Democratic Party")


@pytest.mark.parametrize(
    "before, after, refused",
    [
        ("On Tuesday, the ", " held primary elections in the states of Arizona, Florida, and Illinois.", True),
        ("Howie Hawkins won the nomination of the ", " in June, beating two rivals.", True),
        # a sentence that names the rival tells the two apart
        ("The ", ", unlike the Republican Party, held primary elections in Arizona.", False),
        ("Labour said the ", " had lost seats to the Conservatives.", False),
    ],
)
def test_a_party_blank_is_refused_unless_the_sentence_names_a_rival(before, after, refused):
    assert party_any_rival_fits("Green Party", before, after) is refused


@pytest.mark.parametrize(
    "after, refused",
    [
        (" charge apart.", True),
        ("'s flimsy tackle before sending his centre partner through.", True),
        ("'s tackle to Lewsey.", True),
        # an accusation, a scoring move and a player who acts are no play-by-play detail
        ("'s charge that the referee had favoured England.", False),
        ("'s try in the 20th minute.", False),
        (" said the tackle was late.", False),
    ],
)
def test_owner_of_a_move(after, refused):
    assert owner_of_a_move(after) is refused


APPLE = (
    "Apple has filed a lawsuit against an unnamed person who it says leaked details of new products.\n\n"
    "The complaint was filed on Tuesday, weeks before the Macworld conference in San Francisco.\n\n"
    "The lawsuit was filed with the Santa Clara California Superior Court.\n\n"
)


def _kinds(text: str, key: str) -> set[QuestionKind]:
    analysis = analyze(parse_article(f"Golden article\n\n{text}", name="golden"))
    return {c.kind for c in generate_all(analysis) if c.answer == key}


def test_no_typed_answer_of_four_names_with_a_place():
    # "The lawsuit was filed with the ___" (Santa Clara California Superior Court; vague; bbc_tech_248)
    assert QuestionKind.CLOZE not in _kinds(APPLE, "Santa Clara California Superior Court")
    # a long name with no place in it is written one way (the dev articles' "Internet Engineering Task Force")
    assert QuestionKind.CLOZE in _kinds(
        APPLE.replace("Santa Clara California Superior Court", "Internet Engineering Task Force"),
        "Internet Engineering Task Force",
    )


DELEGATES = (
    "Joe Biden won the primaries in Arizona, Florida and Illinois on Tuesday, officials said.\n\n"
    "Ohio postponed its primary because of the coronavirus outbreak, Governor Mike DeWine said.\n\n"
    "Biden's victories in Arizona, Florida, and Illinois left him with a reported total of 1,124 pledged "
    "delegates; United States Senator from Vermont Bernie Sanders trailed him with a total of 815.\n\n"
)


@pytest.mark.parametrize("way, behind", [("trailed him", True), ("led him", False)])
def test_options_stay_on_the_side_of_the_figure_the_blank_trails(way, behind):
    # "Sanders trailed him with a total of ___" with options 1,330, 1,991, 1,276 (815; weak distractor,
    # obvious, three of three; wikinews_2020_040): every option is below 1,124, or none is asked
    text = DELEGATES.replace("trailed him", way).replace(" 815", " 815" if behind else " 1,815")
    key = "815" if behind else "1,815"
    analysis = analyze(parse_article(f"Golden article\n\n{text}", name="golden"))
    asked = 0
    for candidate in generate_all(analysis):
        if candidate.answer != key or candidate.kind != QuestionKind.NUMBER:
            continue
        for seed in range(5):
            question = make_question(candidate, analysis, random.Random(seed))
            if question is None:
                continue
            asked += 1
            values = [float(o.replace(",", "")) for o in question.choices]
            assert all((v < 1124) if behind else (v > 1124) for v in values), question.choices
    assert asked
