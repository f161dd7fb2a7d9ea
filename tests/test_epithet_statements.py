"""Golden cases for statements whose subject is an epithet ("The 28-year-old", "The Briton") or a
second "He" in a run of sentences about one person: real sentences of seen bulk articles, read
with the person the sentence before is about, and counter-examples in the same words where a
reader could hesitate (a wrong person is a wrong key).
"""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import statements

HEADLINE = "Golden article\n\n"


def made(text: str) -> list[str]:
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    return [c.answer for c in statements.generate(analysis) if c.shape == "true_false"]


VICKERY = (
    "England prop Phil Vickery is staying positive despite a broken arm ruling him out of the RBS Six Nations.\n\n"
    "The 28-year-old fractured the radius in his right forearm during Gloucester's 17-16 win over Bath on Saturday.\n"
)


def test_an_age_after_the_one_person_named_before_is_that_person():
    """bbc_sport_411: the article calls Vickery by his age and never writes it beside his name."""
    assert (
        "Phil Vickery fractured the radius in his right forearm during Gloucester's 17-16 win over Bath on Saturday."
        in made(VICKERY)
    )


def test_no_epithet_resolved_when_the_age_is_someone_elses_or_two_people_were_named():
    """The age is another player's; or the sentence before names two people, either of them 28."""
    someone_elses = VICKERY + "\nBath prop David Barnes, a 28-year-old, also broke his arm in the match.\n"
    assert not any(s.startswith("Phil Vickery fractured") for s in made(someone_elses))
    two = VICKERY.replace("England prop Phil Vickery is", "England prop Phil Vickery and Bath prop David Barnes are")
    assert not any("fractured the radius" in s for s in made(two))


def test_a_nationality_that_names_a_person_but_not_an_adjective():
    """bbc_sport_492: 'The Briton' is Tim Henman; 'The British' is no one."""
    text = (
        "Tim Henman was named player of the year for 2004 by the Lawn Tennis Association at Wimbledon on Monday.\n\n"
        "The Briton was recognised for the best year of his career, which saw him reach the semis at the French "
        "and US Opens.\n"
    )
    assert any(s.startswith("Tim Henman was recognised for the best year of his career") for s in made(text))
    adjective = text.replace("The Briton was recognised", "The British team was recognised")
    assert not any(s.startswith("Tim Henman was recognised") for s in made(adjective))


def test_an_age_with_a_title_after_it_is_replaced_whole():
    """bbc_sport_437 and bbc_sport_388: 'The 25-year-old fly-half will start …'."""
    text = (
        "Jonny Wilkinson, who has not played since injuring his bicep on 17 October, took part in full-contact "
        "training with Newcastle Falcons on Wednesday.\n\n"
        "And the 25-year-old fly-half will start Saturday's Heineken Cup match at Murrayfield on the bench.\n"
    )
    assert "Jonny Wilkinson will start Saturday's Heineken Cup match at Murrayfield on the bench." in made(text)


def test_no_epithet_after_a_quotation():
    """A sentence right after a quotation may go on with the speaker's words."""
    text = VICKERY.replace(
        "England prop Phil Vickery is staying positive",
        'England prop Phil Vickery said: "I am staying positive"',
    )
    assert not any("fractured the radius" in s for s in made(text))


NAVRATILOVA = (
    "Martina Navratilova has defended her decision to prolong her tennis career at the age of 48.\n\n"
    "Navratilova has won three Grand Slam mixed doubles titles since she came out of retirement. "
    "And she was so encouraged by her form that she decided to resume playing singles, winning two of her seven "
    "matches. She was knocked out in the first round of the French Open but reached the second round at Wimbledon.\n"
)
KNOCKED_OUT = "Martina Navratilova was knocked out in the first round of the French Open"


def test_a_second_she_goes_back_through_the_first_to_the_name():
    """bbc_sport_462: the second 'she' is resolved through the first."""
    assert any(s.startswith(KNOCKED_OUT) for s in made(NAVRATILOVA))


def test_no_chain_through_someone_of_the_subject_or_across_a_paragraph():
    """'Her daughter …' then 'She …': the daughter may be meant. A new paragraph may be about someone else."""
    daughter = NAVRATILOVA.replace("And she was so encouraged", "And her daughter was so encouraged")
    assert not any(s.startswith(KNOCKED_OUT) for s in made(daughter))
    apart = NAVRATILOVA.replace(" She was knocked out", "\n\nShe was knocked out")
    assert not any(s.startswith(KNOCKED_OUT) for s in made(apart))


def test_a_name_in_a_clause_before_the_subject_is_not_the_subject():
    """wikinews_2019_146 (Elijah Cummings): 'When Representative Kweisi Mfume … announced his
    resignation in 1995, Cummings joined the race' made 'He went on to serve …' Mfume's."""
    text = (
        "United States Representative Elijah Cummings died on Thursday.\n\n"
        "When Representative Kweisi Mfume of Maryland's seventh Congressional District announced his resignation "
        "in 1995, Cummings joined the race to replace him, winning the election. He went on to serve in the House "
        "of Representatives for twenty three years.\n"
    )
    assert not any(s.startswith("Kweisi Mfume went on") for s in made(text))
