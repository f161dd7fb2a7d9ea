"""Golden cases for blanks: each failure shape a reviewer rejected, and blanks that stay fine.

The shapes come from teacher-style reviews of quizzes for unseen real articles; the texts
around each blank are our own.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.blanks import bad_blank
from quizgen.generators.facts import generate


def blank_answers(text: str) -> set[str]:
    """The answers of every blank the article `text` gives."""
    return {c.answer for c in generate(analyze(parse_article(text, name="blanks")))}


REFUSED = [
    pytest.param("the ", "-19 pandemic", "organization", id="part-of-a-word"),
    pytest.param("presented ", ":tv on Saturdays", "organization", id="part-of-a-name-with-a-colon"),
    pytest.param("the ", " Workers' Party", "place", id="part-of-a-longer-name"),
    pytest.param('called it a "', '" plan', "place", id="inside-a-quotation"),
    pytest.param("The ", " of Britain said", "organization", id="cut-off-name-after"),
    pytest.param("St Margaret's at ", " is a village", "place", id="cut-off-name-before"),
    pytest.param("weighed 82 pounds (", " kg)", "number", id="conversion-in-brackets"),
    pytest.param("aged nine, ten, ", ", and 59", "number", id="middle-of-a-list"),
    pytest.param("aged nine, ten, 49, and ", ".", "number", id="end-of-a-list"),
    pytest.param("actor ", " and writer Joanne Harris", "person", id="first-of-a-list"),
    pytest.param("a ", " national", "place", id="place-as-modifier"),
    pytest.param("the assassination of ", " senator Robert Kennedy", "place", id="place-before-a-job"),
    pytest.param("Albuquerque, ", ".", "place", id="region-of-a-city"),
    pytest.param("north of the capital ", ".", "place", id="a-capital"),
    pytest.param("according to a recent report by ", ", the", "organization", id="news-outlet-cited"),
    pytest.param("talent agent ", ' "Pat" Di Cicco', "person", id="nickname-follows"),
    pytest.param("Maryland's seventh ", ".", "place", id="numbered-district"),
    pytest.param("former British Prime Minister ", " said", "person", id="famous-office-holder"),
    pytest.param("completing the race in 2:14:", ".", "number", id="part-of-a-time"),
    pytest.param("fares rose by between ", " and 75 cents", "number", id="first-end-of-a-range"),
    pytest.param("aged 18 to ", " were asked", "number", id="second-end-of-a-range"),
    pytest.param("aged ", " to 35 were asked", "number", id="range-with-to"),
    pytest.param("a fine of between $1bn and ", " was expected", "number", id="range-with-a-scale"),
    pytest.param("Police asked for help on ", " 8 505 505 or 0800 555 111.", "number", id="part-of-a-phone-number"),
    pytest.param("The Psion Organiser series ", ", should be up there.", "number", id="a-model-number"),
    pytest.param("The plane, flight ", ", left Lisbon at noon.", "number", id="a-flight-number"),
    pytest.param("the English clubs in the last ", " of the Champions League", "number", id="the-last-16"),
    pytest.param("The government will issue alerts about six to ", " times a year.", "number", id="a-range-in-words"),
    pytest.param("Of the ", " or so images only one showed her uniform.", "number", id="an-estimate"),
    pytest.param("users had to share between one and ", " gigabytes of files.", "number", id="between-one-and"),
    pytest.param("Yahoo is celebrating its ", " anniversary this week.", "number", id="an-anniversary"),
    pytest.param("the price was cut by $2 per ", " cubic metres.", "number", id="a-unit-s-base"),
    pytest.param("taxes would rise by £10bn or ", " if Labour won.", "number", id="x-or-blank"),
    pytest.param("children gain an absolute right to the money at age ", ", and parents", "number", id="a-legal-age"),
    pytest.param("In Scotland young people are legally adults at ", ".", "number", id="legally-adults-at"),
    pytest.param("auditors had approved the accounts in ", " and 2002.", "date", id="first-of-two-years"),
    pytest.param("He served as minister between 1987 and ", ".", "date", id="second-of-two-years"),
    pytest.param(  # 16th blind review: trivial
        "On Saturday, Caloundra defeated Maroochydore in round ", " of the 2020 season.", "number", id="a-round"
    ),
    pytest.param(  # 17th blind review: obvious (three of three each)
        "In Britain, the Queen and Prince ", " will lead the commemoration in Westminster Hall.", "person", id="a-royal"
    ),
    pytest.param("", "' hit show triumphed in the battle for best new musical.", "person", id="a-lone-apostrophe"),
    pytest.param(
        "the company said it was halving its dividend payment to ",
        " cents a share from 34 cents.",
        "number",
        id="worked-out-by-halving",
    ),
    pytest.param(  # 15th blind review: trivial, formatting
        "Radcliffe sprinted clear to win in two hours, 23 minutes and ", " seconds.", "number", id="seconds-of-a-time"
    ),
    pytest.param(
        "During an interview with ", " 4's Today programme, Mr Balls said", "organization", id="a-name-and-its-number"
    ),
    pytest.param(  # 14th blind review: trivial (three raters of three)
        "orders scheduled for delivery from ", " to April 2005, of $4.9bn.", "date", id="start-of-a-span-of-months"
    ),
]

ACCEPTED = [
    pytest.param("The request came in ", " ahead of the summit.", "place", id="place-before-an-adverb"),
    pytest.param("Judge ", " said the hearing would continue.", "person", id="after-a-title"),
    pytest.param("The meeting was held in ", " on Sunday.", "place", id="weekday-after-on"),
    pytest.param("In ", ", the company opened a factory.", "date", id="sentence-opening-in"),
    pytest.param("the war, which has raged since ", ".", "date", id="plain-date"),
    pytest.param("The deal was signed in ", " to the delight of the fans.", "date", id="to-after-a-date-is-no-span"),
    pytest.param("The iPod is at number ", " in the list.", "number", id="a-place-in-a-chart"),
    pytest.param("More than ", " copies were sold on the first day.", "number", id="a-count"),
    pytest.param("The man, aged ", ", was arrested on Monday.", "number", id="an-age-that-is-no-law"),
    pytest.param("The Duke of Edinburgh met ", " in Leeds on Monday.", "person", id="a-name-after-a-royal"),
    pytest.param("The company cut its dividend payment to ", " cents a share from 34 cents.", "number", id="a-cut"),
]


@pytest.mark.parametrize("before, after, answer_type", REFUSED)
def test_blank_is_refused(before, after, answer_type):
    assert bad_blank(before, after, answer_type)


@pytest.mark.parametrize("before, after, answer_type", ACCEPTED)
def test_blank_is_kept(before, after, answer_type):
    assert bad_blank(before, after, answer_type) is None


def test_no_blank_for_a_decade_or_a_place():
    text = (
        "University fees rise again\n\n"
        "Universities in England will charge higher fees from 2026, the government said on 3 May 2024.\n\n"
        "Fees in England were first charged in the 1990s, when student numbers grew fast in Leeds.\n\n"
        "Students in England pay more than those in Wales and Scotland.\n\n"
        "The rise was approved by ministers in London after a vote of 300 to 250.\n"
    )
    answers = blank_answers(text)
    assert "the 1990s" not in answers and "1990s" not in answers
    # Blind raters accepted 7 of 25 place blanks: "pupils in the ___" (UK), "Hanau, near ___"
    # (Frankfurt), "before the Olympics ... in ___" (Athens). No place is blanked.
    assert not answers & {"England", "Leeds", "London", "Wales", "Scotland"}
    assert "2026" in answers  # the other facts of the same sentences still are


GIVEN_AWAY = [
    pytest.param(
        "Bill Gates opened the Consumer Electronics Show in ",
        ", saying gadgets work together.",
        "Las Vegas",
        id="a-show-s-city",
    ),
    pytest.param(
        "The memorial at Mount Rushmore in ", " drew crowds on Friday.", "South Dakota", id="a-landmark-s-state"
    ),
    pytest.param("The 15-member Security ", " adopted the resolution on Monday.", "Council", id="a-fixed-phrase"),
    pytest.param("Fans on both sides of the ", " were disappointed by the result.", "Atlantic", id="a-set-phrase-end"),
    pytest.param(
        "Ministers in the Scottish Parliament said the plan for ",
        " would cost £40m.",
        "Scotland",
        id="a-parliament-s-country",
    ),
    pytest.param(
        "Foreign Secretary Jack Straw, who will hold talks in ",
        " on Thursday, said the EU ban on arms sales to China should end.",
        "Beijing",
        id="a-country-s-capital",
    ),
    pytest.param("The Chinese firm opened its new offices in ", " last year.", "Beijing", id="a-demonym-s-capital"),
    pytest.param(
        "US versions of other British hits have proved less successful across the ",
        ".",
        "Atlantic",
        id="across-the-ocean",
    ),
    pytest.param(  # 13th blind review: three raters of three, "obvious answer"
        "... anti-terrorism legislation in response to the ",
        " attacks in the US.",
        "11 September",
        id="a-date-everyone-knows",
    ),
    pytest.param(  # 22nd blind review: obvious (three of three)
        "The weaker than expected growth figure makes it less likely that the ",
        " will raise interest rates next month, economists said.",
        "US Federal Reserve",
        id="who-raises-interest-rates",
    ),
    pytest.param(  # 16th blind review: obvious (three of three)
        "The government was told that using anti-terror legislation brought in after ",
        " to hold the men indefinitely broke human rights laws.",
        "11 September",
        id="after-the-date-everyone-knows",
    ),
]
NOT_GIVEN_AWAY = [
    pytest.param(
        "The company opened a new office in ", " last year, the chairman said.", "Las Vegas", id="a-city-with-no-clue"
    ),
    pytest.param("The council of ", " adopted the resolution on Monday.", "Leeds", id="council-alone-is-no-clue"),
    pytest.param("Fans on both sides of the ", " were disappointed by the result.", "border", id="another-ending"),
    pytest.param("The Chinese firm opened its new offices in ", " last year.", "Shanghai", id="a-city-not-the-capital"),
    pytest.param(
        "Foreign Secretary Jack Straw held talks in ", " on Thursday.", "Beijing", id="a-capital-with-no-country"
    ),
    pytest.param("The talks resumed on ", " in Geneva.", "11 September", id="the-same-date-for-something-else"),
]


@pytest.mark.parametrize("before, after, answer", GIVEN_AWAY)
def test_words_around_a_blank_that_give_it_away(before, after, answer):
    from quizgen.generators.guessable import given_away

    assert given_away(answer, before, after)


@pytest.mark.parametrize("before, after, answer", NOT_GIVEN_AWAY)
def test_words_around_a_blank_that_do_not(before, after, answer):
    from quizgen.generators.guessable import given_away

    assert given_away(answer, before, after) is None


def test_no_blank_for_a_well_known_organisation():
    """'___ boss Arsene Wenger', 'Labour's election campaign': a body the word lists know is
    guessed from its context (blind raters accepted 3 of 8); one they do not know is asked."""
    text = (
        "Transfer funds\n\n"
        "Arsenal manager Arsene Wenger has been guaranteed transfer funds to boost his squad this summer.\n\n"
        "Campaign chief Alan Milburn is now working on Labour's election campaign in the north.\n\n"
        "The study, from the Centre for Economic Policy Research, was published on 3 May 2024.\n"
    )
    answers = blank_answers(text)
    assert not answers & {"Arsenal", "Labour"}
    assert "Centre for Economic Policy Research" in answers


ECHOED = [
    pytest.param(
        "blogosphere",
        "Technorati estimates the number of blogs in existence, the so-called , has exceeded five million.",
        True,
        id="blogs-spell-blogosphere",
    ),
    pytest.param(
        "National Alerting Service for the Netherlands",
        "The  (aka De Waarschuwingsdienst) and the US National Cyber Alerting Service also warn citizens.",
        True,
        id="a-sibling-name-spells-most-of-it",
    ),
    pytest.param("Brazil", "Brazilian officials said exports rose in  last year.", True, id="a-demonym-of-the-stem"),
    pytest.param("Petr Cech", "The shot was tipped over by keeper  at full stretch.", False, id="a-name-not-echoed"),
    pytest.param("Marks", "The market for clothes rose in  stores.", False, id="four-letters-are-no-stem"),
]


@pytest.mark.parametrize("answer, text, expected", ECHOED)
def test_a_sentence_that_spells_out_its_blank(answer, text, expected):
    from quizgen.generators.guessable import echoed

    assert echoed(answer, text) is expected


def test_no_cloze_from_a_question_or_from_markup():
    text = (
        "Readers write\n\n"
        "Has anyone checked Bob Cratchit's family links to the criminal underworld, I wonder?\n\n"
        "Dead Man's Shoes won the best film award, beating Shaun of the Dead and My Summer of Love.\n\n"
        "On Sunday, leader Jan Nowak of the conservative Law and Justice Party ((pl))Polish language: "
        "Prawo declared his plans.\n\n"
        "On Monday, Anna Kowalska of the Civic Platform party said she disagreed with the plans.\n"
    )
    answers = blank_answers(text)
    assert not answers & {"Bob Cratchit", "Jan Nowak", "Law and Justice Party", "Shaun"}
    assert "Anna Kowalska" in answers


def test_no_blank_for_the_article_s_own_organisation_or_from_a_sentence_missing_its_start():
    """'A ___ spokesperson confirmed …' in a story about Delta; ', who secured a first Triple Crown …'."""
    text = (
        "Delta sacks attendant\n\n"
        "Delta Air Lines has sacked a flight attendant over photos she posted online in March 2004.\n\n"
        "A Delta spokesperson confirmed on Wednesday that Ms Simonetti was no longer an employee.\n\n"
        "Delta said it had cut 7,000 jobs, and it agreed a deal with the Air Line Pilots Association on Monday.\n\n"
        ", who won the Grand Slam in 2005, could win their first title since 1985 in Cardiff.\n"
    )
    answers = blank_answers(text)
    assert "Delta" not in answers and "Delta Air Lines" not in answers
    assert "1985" not in answers and "2005" not in answers
    assert "7,000" in answers


def test_no_blank_for_an_index_to_the_hundredth():
    text = (
        "Shares end the year higher\n\nThe Nikkei index of leading shares gained 7.6% during 2004 to close "
        "at 11,488.76 points on Thursday.\n"
    )
    answers = blank_answers(text)
    assert "11,488.76" not in answers and "7.6%" in answers


def test_no_blank_in_an_interview_s_answer():
    """Wikinews interviews print the answers without quotation marks: "I've been at Red Hat for
    almost ___" hides whose years they are (15th blind review: 6 such blanks, all rejected)."""
    text = (
        "Red Hat changes course\n\n"
        "Red Hat announced on Tuesday that it would end CentOS 8 in December 2021.\n\n"
        "I've been at Red Hat for almost 8 years, and during that time have worked on 3 other projects.\n\n"
        "Some of the core developers are on the Governing Board but not everyone in our community agreed in 2020.\n"
    )
    answers = blank_answers(text)
    assert not answers & {"8 years", "8", "3", "Governing Board", "2020"}
    assert "December 2021" in answers or "2021" in answers  # the article's own sentence still is


def test_no_question_from_an_interview_s_turns():
    """A Wikinews interview prints its turns as "((Name))  …" paragraphs, without quotation marks:
    from the first turn on, the paragraphs are the speakers' words (15th blind review: 12 of 25
    questions of such an article accepted, most rejections from the turns)."""
    from quizgen.generators import generate_all

    text = (
        "Red Hat changes course\n\n"
        "Red Hat announced on Tuesday that it would end CentOS 8 in December 2021.\n\n"
        "Wikinews spoke to Rich Bowen, the CentOS community manager, in December 2020.\n\n"
        "((WN))  What is the relationship between CentOS and RHEL?\n\n"
        "((Rich Bowen))  CentOS started as an external project, acquired by Red Hat in 2014.\n\n"
        "IBM is not involved in the CentOS community, and 300 developers work on it.\n"
    )
    analysis = analyze(parse_article(text, name="interview"))
    candidates = generate_all(analysis)
    turns = {s.text for s in analysis.sentences if s.paragraph >= 2}
    assert candidates and not [c for c in candidates if c.source.text in turns]


def test_a_language_tag_is_no_interview_turn():
    """Wikinews marks a quotation's original language "((ko))Korean language: …": no interview."""
    from quizgen.generators import generate_all

    text = (
        "Seoul mayor found dead\n\n"
        "Police in Seoul said on Friday that Mayor Park Won-soon had been found dead in July 2020.\n\n"
        "((ko))Korean language: a statement in Korean was read out by the city.\n\n"
        "Park Won-soon had been mayor of Seoul since 2011, and was elected three times.\n"
    )
    analysis = analyze(parse_article(text, name="tag"))
    assert [c for c in generate_all(analysis) if c.source.text.startswith("Park Won-soon had been mayor")]


def test_no_blank_in_a_sentence_in_another_script():
    """'Korean language: 4~5시간 전에 …': a blank inside text the students cannot read (16th review)."""
    text = (
        "Seoul mayor found dead\n\n"
        "Korean language: 4~5시간 전에 아버지가 집을 나갔는데 Park's phone was last active in Seongbuk-gu in July 2020.\n\n"
        "Park Won-soon had been mayor of Seoul since 2011, and was elected three times.\n"
    )
    answers = blank_answers(text)
    assert "July 2020" not in answers and "2011" in answers


@pytest.mark.parametrize(
    "sentence, answer",
    [
        # 18th blind review: vague, three raters of three each
        ("Trump was the first president to refuse to do so since 1976.", "1976"),
        ("But the pair were all smiles on Tuesday morning, as they joined John Prescott in Leeds.", "John Prescott"),
        ("The two countries strengthened ties in both defence and economic issues in 2004.", "2004"),
        ("In 2003 the figure was 29% of the 1,200 people asked.", "2003"),
    ],
)
def test_no_blank_in_a_sentence_that_leans_on_the_one_before(sentence, answer):
    text = f"Leeds news\n\nLeeds City Council approved a £40m flood plan in January 2024.\n\n{sentence}\n"
    answers = blank_answers(text)
    assert answer not in answers and "January 2024" in answers


def test_a_blank_across_two_sentences_is_refused():
    """'… down 2.1% at 1,011.15. Bar a slight dip at the New Year, the JSE had risen by ___' (18th review)."""
    from quizgen.checks import NEXT_SENTENCE_RE

    for run_on in (
        "The exchange was down 2.1% at 1,011.15. Bar a slight dip at the New Year, it had risen by 4.7%.",
        "The host star is about 2.4 times the mass of the Sun. AB Aurigae is classified as a Herbig Ae star.",
        "Not in the here and now The hard drive - at 80GB for the larger model - is too small.",
    ):
        assert NEXT_SENTENCE_RE.search(run_on), run_on
    for one in ("George W. Bush met the Labour leader in The Hague.", "The plan was agreed at 9 a.m. on Monday."):
        assert not NEXT_SENTENCE_RE.search(one), one


def test_no_blank_of_the_year_s_first_day():
    """'From ___, a new law is being introduced' (1 January): everyone's guess (22nd blind review)."""
    text = (
        "Spyware law\n\nFrom 1 January, a new law is being introduced to protect computer users from spyware.\n\n"
        "The law was passed on 12 March 2004 by 300 votes.\n"
    )
    answers = blank_answers(text)
    assert "1 January" not in answers and "12 March 2004" in answers
