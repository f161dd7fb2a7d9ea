"""Golden cases for facts inside someone's words: interview answers and direct quotations.

The interview turns are Wikinews's (CC BY 2.5: "Open source game developer Perttu Ahola talks
about Minetest with Wikinews", 2020), shortened; the refused and kept answers below are sentences
of other Wikinews interviews of 2020 (Wayne Tseng, Naomi Martisius, Anthony Boccaletti, Akram
Pasha, Pablo Greco, Sara Seager), put in Perttu Ahola's turn; the news quotations follow real
shapes of the dev set, in our own words.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import quoted_facts
from quizgen.models import BLANK, QuestionKind
from quizgen.pipeline import build_quiz

INTRO = (
    "Open source game developer Perttu Ahola talks about Minetest with Wikinews\n\n"
    "Recently, Finnish open-source video game developer Perttu Ahola discussed Minetest, his longest ever "
    "project, with Wikinews.\n\n"
    "Started in October 2010, Minetest was an attempt by Ahola to create a sandbox game similar to Minecraft.\n\n"
)


def interview(*turns: str) -> str:
    return INTRO + "\n\n".join(turns) + "\n"


def prompts(text: str) -> dict[str, str]:
    """Each candidate's prompt -> its answer."""
    return {c.prompt: c.answer for c in quoted_facts.generate(analyze(parse_article(text, name="quoted")))}


def test_a_date_in_an_interview_answer_is_asked_with_the_speaker_named() -> None:
    text = interview(
        "((WN))  When was Minetest first available to public?",
        "((Perttu Ahola))  It was first published to a private IRC channel for testing.  "
        "I created the website sometime during January 2011.",
    )
    found = prompts(text)
    stem = f"Which date completes what Perttu Ahola told Wikinews? “I created the website sometime during {BLANK}.”"
    assert found.get(stem) == "January 2011"
    assert found.get(f"Perttu Ahola told Wikinews: “I created the website sometime during {BLANK}.”") == "January 2011"


def test_the_interviewer_and_the_article_after_the_last_turn_are_nobody_s_answer() -> None:
    text = interview(
        "((WN))  Is it true that 40 percent of the players started in September 2012?",
        "((Perttu Ahola))  I created the website sometime during January 2011.",
        "The game's next release was published in March 2021, according to its website.",
    )
    answers = set(prompts(text).values())
    assert answers == {"January 2011"}


def test_a_paragraph_between_two_turns_continues_the_first() -> None:
    text = interview(
        "((Perttu Ahola))  I created the website sometime during January 2011.",
        "There was a take over attempt of the project in 2017 by an individual who seemed like a contributor.",
        "((WN))  How did you handle it?",
        "((Perttu Ahola))  We talked to everyone involved and the project carried on.",
    )
    assert "2017" in prompts(text).values()


@pytest.mark.parametrize(
    "answer_turn",
    [
        pytest.param(
            "I need to look this up as much as you do.  Looks like we have 13 at the moment.", id="counts-nothing"
        ),
        pytest.param(
            "One Minetest feature is definitely also the license, being LGPL [GNU Lesser General Public License] 2.1.",
            id="version-number-and-glossed-acronym",
        ),
        pytest.param(
            "We of course have an issue list and PR [pull request] list on the forum for everyone to read.",
            id="acronym-an-editor-glossed",
        ),
        pytest.param(
            "The biggest destruction was by the Qin (Chin) emperor when he unified the whole country.",
            id="a-name-glossed-in-brackets",
        ),
        pytest.param("The initial 0.4 development in late summer was an exciting time for all of us.", id="version"),
        pytest.param("Honestly the community gave it 100% every single day of that long year.", id="figure-of-speech"),
    ],
)
def test_words_that_are_not_a_fact_of_the_story_are_not_blanked(answer_turn: str) -> None:
    text = interview("((WN))  Tell us more about it.", f"((Perttu Ahola))  {answer_turn}", "((WN))  Thank you.")
    assert prompts(text) == {}


@pytest.mark.parametrize(
    "answer_turn",
    [
        pytest.param(
            "Of people in Melbourne (State Suburbs) aged 15 years and over, 23.7% were married and 5.8% were "
            "either divorced or separated.",
            id="two-shares-of-a-census",
        ),
        pytest.param(
            "0.5% of the population, or 24,062 people, identified as Indigenous Australians in 2016.  "
            "In Greater Melbourne at the 2016 census, 63.3% of residents were born in Australia.",
            id="a-paragraph-of-census-figures",
        ),
        pytest.param(
            "I chose Zorin because I also have another company called Zorin Industries which specialise in Robotics.",
            id="a-term",
        ),
        pytest.param(
            "Gary Morgan rightly said, young family will settle in CBD, but where do they send their children.",
            id="a-person",
        ),
        pytest.param(
            "Post COVID Melbourne will see many empty shops, office floors and rental apartments.", id="a-place"
        ),
        pytest.param(
            "Just like the Spanish Flu that shaped the 20th century, COVID-19 is shaping our time.", id="a-century"
        ),
        pytest.param("Lectured in RMIT University before launching [my] firm eTranslate in 2001.", id="editor-s-word"),
        pytest.param(
            "I proved it with the initial versions that had like 3 block types and zero game elements.",
            id="filler-like",
        ),
        pytest.param("Currently it looks like 11 languages have most texts translated.", id="it-looks-like"),
        pytest.param(
            "Melbournians will no longer accept that if your needs are not on their agenda, bad luck try again in "
            "4 years.",
            id="a-stretch-of-time",
        ),
        pytest.param("Whatever was available in 30 to 60 minutes we had to buy it.", id="one-end-of-a-range"),
        pytest.param("Oxygen (O2) fills our atmosphere to 20% by volume.", id="general-science"),
        pytest.param("And then it was re-excavated in the 90s, and then again in — around 2010.", id="self-correction"),
        pytest.param("And so that was mostly done in 2019.", id="that-was-done"),
        pytest.param("Well, like I said, we started back in 2017.", id="like-i-said"),
        pytest.param(
            "And then from there, I think some of the first results were obtained at the end of 2017.",
            id="from-there",
        ),
        pytest.param(
            "Australia is a lot of ethnic minorities speaking over 120 languages and over 80 cultures.",
            id="a-run-of-figures",
        ),
        pytest.param("Each mayor term is 4 years, that takes it to 2024 at the latest.", id="a-date-by-sums"),
        pytest.param(
            "Growth will probably slow by the end of 2005 and we will see higher interest rates.", id="a-guess"
        ),
        pytest.param("Yeah, so I believe you're referring to the 2013 study from PNAS.", id="you-re-referring-to"),
        pytest.param("I am confident that we will show a meaningful increase in earnings for 2005.", id="a-plan"),
        pytest.param(
            "I was like really much I was much happier than in 2002, that's for sure, because I get over it.",
            id="i-was-like",
        ),
        pytest.param("If you are going at 40mph, nine times out of ten they will die.", id="an-imagined-case"),
        pytest.param(
            "1983 was when I was first elected as an MP, so Tony Blair and myself were all class of '83.",
            id="the-year-given-as-'83",
        ),
    ],
)
def test_spoken_words_give_no_blank_of_a_term_a_statistic_or_a_side_remark(answer_turn: str) -> None:
    text = interview("((WN))  Tell us more about it.", f"((Perttu Ahola))  {answer_turn}", "((WN))  Thank you.")
    assert prompts(text) == {}


@pytest.mark.parametrize(
    ("answer_turn", "answer"),
    [
        pytest.param(
            "Most importantly, I have lived in Melbourne since 2000 and understand the city intimately.",
            "2000",
            id="the-speaker-s-own-story",
        ),
        pytest.param(
            "And I know back in 1909, there was the remains of a Neandertal child found.", "1909", id="a-past-event"
        ),
        pytest.param(
            "So slowly-slowly: first sixteen people joined, then from sixteen; now there are about 5000 members in "
            "the community.",
            "5000",
            id="a-count-beside-counts-in-words",
        ),
        pytest.param(
            "The CentOS QA team which handles most of the day-to-day things, are about 20 people, most of which are "
            "not Red Hat employees, like myself.",
            "20",
            id="like-after-the-number",
        ),
        pytest.param(
            "And so we started the design of the instruments back in 2005, I would say.", "2005", id="and-so-we"
        ),
        pytest.param("We had 300 volunteers in the first year of 2016.", "300", id="a-count-beside-a-year"),
    ],
)
def test_a_date_or_number_of_the_speaker_s_story_is_kept(answer_turn: str, answer: str) -> None:
    text = interview("((WN))  Tell us more about it.", f"((Perttu Ahola))  {answer_turn}", "((WN))  Thank you.")
    assert answer in prompts(text).values()


def test_a_marker_naming_nobody_of_the_article_is_not_a_speaker() -> None:
    # "((Richard Sanskrit))": a typo for Richard Stallman in a real interview; no stem may name him
    text = interview("((Richard Sanskrit))  I created the website sometime during January 2011.")
    assert prompts(text) == {}


NEWS = (
    "Prime Minister promises Brexit plans\n\n"
    "The new Prime Minister Boris Johnson visited a hospital in Manchester on Friday.\n\n"
)


def test_a_date_inside_a_news_quotation_names_its_speaker() -> None:
    text = NEWS + (
        "\u201cWe're not going to wait until Oct. 31 before getting on with our plans for the "
        "health service,\u201d Mr Johnson said.\n"
    )
    found = prompts(text)
    stem = (
        f"Which date completes what Boris Johnson said? “We're not going to wait until {BLANK} before getting on "
        "with our plans for the health service.”"
    )
    assert found.get(stem) == "Oct. 31"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Mr Johnson called the plan \u201ca disaster for 300 workers in the north of England\u201d on Friday.",
            id="a-phrase-taken-into-the-article-s-sentence",
        ),
        pytest.param(
            "\u201cI have said it a thousand times and I will say it 1,000 times again to the voters,\u201d "
            "Mr Johnson said.",
            id="a-thousand-times",
        ),
        pytest.param(
            "\u201cWe will open the new ward in March 2020,\u201d a hospital spokesman said.", id="no-named-speaker"
        ),
    ],
)
def test_quotations_that_give_no_question(sentence: str) -> None:
    assert prompts(NEWS + sentence + "\n") == {}


def test_the_kinds_are_the_existing_completions_and_cloze() -> None:
    text = interview(
        "((Perttu Ahola))  I created the website sometime during January 2011.",
        "((WN))  How many languages is the game translated into?",
        "((Perttu Ahola))  Now there are about 5000 members in the community.",
        "((WN))  Thank you.",
    )
    analysis = analyze(parse_article(text, name="quoted"))
    kinds = {c.kind for c in quoted_facts.generate(analysis)}
    assert kinds <= {QuestionKind.CLOZE, QuestionKind.DATE, QuestionKind.NUMBER}
    assert QuestionKind.NUMBER in kinds
    quiz = build_quiz(parse_article(text, name="quoted"), count=20, seed=3)
    asked = [q.prompt for q in quiz.questions if "Perttu Ahola told Wikinews" in q.prompt]
    assert asked, "a quiz built with --count asks at least one of them"
