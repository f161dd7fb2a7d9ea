"""Golden cases from the 22nd blind review's rejections (three raters, majority labels): blanks of a
side detail, a subject question about two clauses, a company offered as a person, general truths
as true statements. Each shape is refused in the article's own sentence; the counter-examples,
the same words in another role, still give a question.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, statements
from quizgen.generators.clauses import verb_phrase
from quizgen.generators.side_details import side_detail
from quizgen.generators.text import plausible_person
from quizgen.models import Person

SIDE_DETAILS = [
    # trivial (two raters of three each): where a shot was taken from
    pytest.param(
        "Moments later Miller came close to grabbing his second with a first-time drive from ",
        "16",
        " yards, which skimmed the bar.",
        "number",
        id="a-drive-from-yards",
    ),
    pytest.param(
        "Miller outjumped the static visiting defence to loop his header from ",
        "10",
        " yards over Meldrum.",
        "number",
        id="a-header-from-yards",
    ),
    # trivial (three of three); obvious-answer (two of three)
    pytest.param(
        "Rossignol shares touched 17.70 euros, before falling back to trade 7.8% higher at ",
        "16.60",
        " euros.",
        "number",
        id="a-price-s-second-level",
    ),
    pytest.param(
        "However the news sent shares in SSL, which also makes Scholl footwear, up more than 6%, or 16.75 pence to ",
        "293.5p",
        ".",
        "number",
        id="a-rise-in-pence-to-a-level",
    ),
    # trivial (three of three): the interviewer, not the story
    pytest.param(
        "Businessman Don Blankenship of West Virginia answered some questions about his campaign from Wikinews "
        "accredited reporter ",
        "William S. Saturn",
        ".",
        "person",
        id="the-interview-s-reporter",
    ),
    # obvious-answer (three of three): options 2027 to 2030, and the round one is the target
    pytest.param(
        "Tseng also explained why he thinks Melbourne is poised to be a world city by ",
        "2030",
        ".",
        "date",
        id="a-round-target-year",
    ),
    # 24th review: a rate the sentence says it came from (obvious, weak-distractor)
    pytest.param(
        "In late trading in New York, the dollar reached ",
        "$1.2871",
        " against the euro, from $1.2974 on Thursday.",
        "number",
        id="a-rate-reached-from-another",
    ),
    # 23rd review: the level a change started from, worked out from the change and the new level
    pytest.param(
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from ", "$10.9bn", ".", "number", id="worked-out"
    ),
    # 24th review: when in a match (trivial, three of three)
    pytest.param("Hewitt grabbed the vital break in the ", "17th", " game and served out.", "number", id="the-game"),
    pytest.param(
        "The home side dominated possession in the opening ", "10 minutes", ".", "number", id="the-opening-minutes"
    ),
    # 24th review: a share of no one named (vague, three of three)
    pytest.param("", "18%", " said they would not get a landline if they moved house.", "number", id="a-share-of-whom"),
    # 25th review: when figures came out (trivial), figures a reader works out (obvious)
    pytest.param(
        "Subscribers doubled to 13 million, according to figures released at ",
        "the end of 2004",
        ".",
        "date",
        id="released",
    ),
    pytest.param(
        "Borrowing is £35bn - £2.5bn less than the ", "£37.5bn", " predicted in March.", "number", id="a-difference"
    ),
    pytest.param(
        "About ", "258 million", " images are shared every day, equating to 94 billion a year.", "number", id="equating"
    ),
    # 26th review: the span of a financial year (trivial, three of three)
    pytest.param("Dortmund posted a record loss in the ", "12 months", " through June.", "number", id="twelve-months"),
    # 27th review (trivial): the length of a run, a stretch of a match, a model number
    pytest.param(
        "He found a gap in the Irish line, racing ", "25", " yards to touch down.", "number", id="racing-yards"
    ),
    pytest.param("England were awarded a penalty after ", "20 minutes", ".", "number", id="after-minutes"),
    pytest.param("The malicious program locks many of the ", "7610", "'s functions.", "number", id="a-phone-model"),
    pytest.param("The Aviation Herald states the ", "707", " was a freighter.", "number", id="a-plane-model"),
    # 23rd and 28th reviews: a race named by its distance (weak-distractor), half a title, "an" (obvious)
    pytest.param("Kim Collins will compete in the ", "60m", " at the Grand Prix.", "number", id="compete-in-the-60m"),
    pytest.param("Defending ", "60m", " champion Jason Gardener is included.", "number", id="defending-60m-champion"),
    pytest.param(
        "The warm reception that has greeted ", "Star Wars", ": Battlefront is a reflection.", "organization", id="half"
    ),
    pytest.param("The land is in Project Entropia, an ", "RPG", " which lets players meet.", "organization", id="an"),
    # 29th review: the figure stands in the sentence already (obvious)
    pytest.param(
        "The study focused on PM2.5, airborne particles under ",
        "2.5",
        " micrometers in diameter.",
        "number",
        id="pm2.5",
    ),
    # 31st review: a time of day, its options no times at all (2500, 2900)
    pytest.param("A bomb was due to explode at ", "2100", " local time.", "number", id="a-clock-time"),
    # 32nd review: a century, a rough figure (trivial), a figure the sentence repeats (obvious)
    pytest.param(
        "The company's vision for the passenger in ", "the 21st Century", " involves a pod.", "date", id="century"
    ),
    pytest.param("For the first ", "10 years", " or so, the list was handed out.", "number", id="or-so"),
    pytest.param("The experiment cost ", "$12", " because it used up 12 hours of computing power.", "number", id="12"),
    # trivial (three of three): the maker of a named work, here one in a list of films
    pytest.param(
        "Among the films tipped to do well are Martin Scorsese's The Aviator, ",
        "Jean-Pierre Jeunet",
        "'s A Very Long Engagement and the Ray Charles biopic, Ray.",
        "person",
        id="one-credit-in-a-list-of-works",
    ),
]
KEPT = [
    pytest.param("The $4bn order should lead to ", "2,500", " new jobs.", "number", id="a-count-after-a-price"),
    pytest.param(
        "The film took $17.1m at the weekend, taking its total to ", "$110.2m", ".", "number", id="a-running-total"
    ),
    pytest.param("Shares in the airline fell 65 cents to ", "$14.35", ".", "number", id="cents-then-dollars"),
    pytest.param("The new pitch will be ", "110", " yards long.", "number", id="a-length-in-yards"),
    pytest.param("She won the ", "10,000", " metres in Helsinki.", "number", id="a-race-in-metres"),
    pytest.param("Rossignol shares rose 7.8% to ", "16.60", " euros.", "number", id="a-price-after-a-percentage"),
    pytest.param("Sales rose to ", "$3bn", " last year, the firm said.", "number", id="a-level-with-no-other-price"),
    pytest.param(
        "Reporter ", "Alan Johnston", " was kidnapped in Gaza in March.", "person", id="a-reporter-in-the-news"
    ),
    pytest.param("The new line will be finished by ", "2007", ".", "date", id="a-target-year-that-is-not-round"),
    pytest.param("The city hosted the Olympic Games in ", "2000", ".", "date", id="a-round-year-that-is-no-target"),
    pytest.param("Officials extended ", "Joseph Volpe", "'s contract until 2010.", "person", id="a-possessive-no-work"),
    pytest.param("Sales rose to ", "$3bn", " from $2bn last year.", "number", id="a-level-with-where-it-came-from"),
    pytest.param("Sales rose to $3bn from ", "$2bn", " last year.", "number", id="where-it-came-from-no-change-given"),
    pytest.param("She finished ", "17th", " in the race in Helsinki.", "number", id="a-place-in-a-race"),
    pytest.param("The talks lasted ", "10 minutes", ".", "number", id="minutes-outside-a-match"),
    pytest.param("", "300 people", " were injured in the crash.", "number", id="a-count-of-people"),
    pytest.param("", "18%", " of voters said they would not vote.", "number", id="a-share-of-someone"),
    pytest.param("The firm released its figures on ", "3 May 2005", ".", "date", id="the-day-of-a-release"),
    pytest.param("The works will take ", "12 months", " to finish.", "number", id="twelve-months-of-work"),
    pytest.param("The flight was delayed by ", "90 minutes", " in Paris.", "number", id="a-delay-in-minutes"),
    pytest.param("The new runway will be ", "3km", " long.", "number", id="a-length"),
    pytest.param("The firm employs ", "2100", " local staff.", "number", id="a-count-before-local"),
    pytest.param("Sales rose 2.5% to ", "12.5", " million euros.", "number", id="a-figure-not-repeated"),
    pytest.param("Police said the ", "300", " protesters were peaceful.", "number", id="a-count-after-the"),
    pytest.param("Sales were £3bn less than the ", "£5bn", " forecast.", "number", id="one-figure-less-than"),
    pytest.param("About ", "258 million", " images are shared every day.", "number", id="nothing-to-work-it-out"),
]


@pytest.mark.parametrize("before, answer, after, answer_type", SIDE_DETAILS)
def test_a_side_detail_is_not_blanked(before, answer, after, answer_type):
    assert side_detail(before, answer, after, answer_type)


@pytest.mark.parametrize("before, answer, after, answer_type", KEPT)
def test_the_same_words_in_another_role_are_blanked(before, answer, after, answer_type):
    assert side_detail(before, answer, after, answer_type) is None


def _blanks(text: str) -> set[str]:
    return {c.answer for c in facts.generate(analyze(parse_article(text, name="side")))}


def test_an_article_keeps_its_main_figures_and_loses_the_side_ones():
    text = (
        "Ski maker shares jump\n\n"
        "Shares in the French ski maker Rossignol rose 7.8% to 16.60 euros on Friday after a takeover bid.\n\n"
        "Rossignol shares touched 17.70 euros, before falling back to trade 7.8% higher at 16.40 euros.\n\n"
        "The bid from the American firm Quiksilver values the company at 560 million euros.\n"
    )
    blanks = _blanks(text)
    assert "16.40" not in blanks
    assert {"16.60", "560 million"} & blanks


@pytest.mark.parametrize(
    "rest, refused",
    [
        # ungrammatical and weak-distractor (three raters of three): "Who … but Hearts held on?"
        pytest.param("headed in a controversial goal after an hour but Hearts held on.", True, id="but-hearts-held-on"),
        pytest.param("won the race but Nigel Mansell was injured in the crash.", True, id="but-a-full-name-was"),
        pytest.param("met Tony Blair and Gordon Brown in London on Friday.", False, id="two-names-as-objects"),
        pytest.param("joined Arsenal in 2004 but left for Barcelona in 2008.", False, id="but-with-the-same-subject"),
    ],
)
def test_a_predicate_with_a_clause_about_someone_else(rest, refused):
    assert (verb_phrase(rest) is None) is refused


@pytest.mark.parametrize(
    "name, person",
    [
        pytest.param("Victoria Market", False, id="a-market-named-after-a-queen"),  # weak-distractor (3 of 3)
        pytest.param("Queen Victoria Market", False, id="with-the-title"),
        pytest.param("Sally Capp", True, id="a-person"),
        pytest.param("Victoria Marks", True, id="a-surname-like-the-word"),
    ],
)
def test_a_place_named_after_someone_is_no_person_option(name, person):
    assert plausible_person(Person(name=name)) is person


def _statements(text: str) -> set[str]:
    analysis = analyze(parse_article("Life without oxygen\n\n" + text, name="t"))
    return {c.answer for c in statements.generate(analysis) if c.shape == "true_false"}


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # obvious-answer (three raters of three each): general science
        pytest.param(
            "While Earth's atmosphere is dominated by nitrogen gas, oxygen is essential for advanced living organisms.",
            False,
            id="oxygen-is-essential",
        ),
        pytest.param(
            "Life has not been observed in any habitat other than Earth, which has an oxygen-rich environment.",
            False,
            id="life-only-on-earth",
        ),
        # obvious-answer (two of three): an opinion
        pytest.param(
            "Spyware is considered by computer experts to be one of the biggest nuisance and security threats "
            "facing PC users.",
            False,
            id="considered-to-be-one-of",
        ),
        pytest.param(
            "The Perseverance rover landed on Mars in February 2021 after a seven-month trip.", True, id="a-date"
        ),
        pytest.param(
            "Scientists at Harvard University grew the yeast in Boston for two weeks.", True, id="a-place-on-earth"
        ),
        pytest.param(
            "The Tower Bridge was considered for demolition by London officials in 2004.", True, id="considered-for"
        ),
    ],
)
def test_a_general_truth_is_no_true_statement(sentence, kept):
    assert (sentence in _statements(sentence)) is kept
