"""Golden cases for true/false and which-statement questions: which sentences are statements,
and which one-fact swaps are fair.

Each refused case is a failure shape of true/false items (shared/docs/questions.md): someone's
words, a prediction, a sentence that leans on the one before, a swap that breaks the grammar,
a swap that may also be true, a bound or a range taken for an exact number. The texts are
our own.
"""

from __future__ import annotations

import difflib
import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.indefinite import agree
from quizgen.generators.statements import STATEMENT_PROMPT, generate, statement_of
from quizgen.generators.swaps import variants
from quizgen.generators.usage import article_usage
from quizgen.models import normalize
from quizgen.pipeline import build_quiz
from quizgen.shapes import make_question

ARTICLE = """Leeds approves flood defence plan after winter storms

Leeds City Council has approved a £40m flood defence plan for the River Aire after storms flooded 300 homes in January 2024. The plan was drawn up by engineer Sarah Collins, a former adviser to the Environment Agency, and council leader James Lewis.

The work will start in Kirkstall in March 2025 and is due to finish in Rodley in 2027. Sarah Collins said her team had studied rivers in Sheffield and Bradford before drawing up the scheme.

Residents' group chair Tom Baker told the meeting that more than 1,000 people had signed a petition for the scheme. Tom Baker said his group would watch the work closely. Between 50 and 75 volunteers will help plant trees along the river.

Environment Agency director Priya Shah welcomed the vote. Yorkshire Water chief executive Nicola Shaw said the company would pay £5m towards the cost.

A second scheme in Bradford will protect another 120 homes from 2026.
"""


def analysis_of(text: str):
    return analyze(parse_article(text, name="statements"))


def statement(sentence: str) -> str | None:
    analysis = analysis_of(f"Headline of the test\n\n{sentence}\n")
    return statement_of(analysis.sentences[0].text, analysis, 0)


NOT_STATEMENTS = [
    pytest.param('Council leader James Lewis called the plan "a bold step" for Leeds.', id="quotation"),
    pytest.param("He told the council meeting in Leeds that the work would start in March.", id="opening-pronoun"),
    pytest.param("But the council in Leeds approved the £40m plan in January 2024.", id="opening-connective"),
    pytest.param("The new bridge in Leeds could open to traffic by the end of 2027.", id="prediction"),
    pytest.param("Engineers expect the River Aire in Leeds to flood again within ten years.", id="expectation"),
    pytest.param("We visited the flood defences in Kirkstall with engineer Sarah Collins.", id="first-person"),
    pytest.param("The company said its profits rose sharply in the last three months.", id="vague-subject"),
    pytest.param("Will Leeds City Council approve the second phase of the flood plan?", id="question"),
    pytest.param("After the vote, his team thanked Leeds City Council for its support.", id="pronoun-without-name"),
    pytest.param("Leeds City Council approved the plan (the second in ten years) on Monday.", id="aside"),
    pytest.param("The Edinburgh MSP earns up to £30,000 a year from the law firm Tods Murray.", id="a-role-acronym"),
    pytest.param("Activcard is just one of the many companies in London, like RSA Security.", id="one-of-many"),
    pytest.param("Leeds City Council met.", id="too-short"),
    pytest.param(
        "If Leeds City Council approves the plan, work will start in Kirkstall in March 2025.", id="condition"
    ),
    pytest.param("None of the twelve residents in Kirkstall had been told of the Leeds flood plan.", id="none-of"),
    pytest.param("Like a general from the past, Leeds City Council has marched its plan through.", id="simile"),
    pytest.param(
        "Tom Baker named Sarah Collins and James Lewis as possible replacements for the veteran.", id="the-veteran"
    ),
    pytest.param("Tom Baker is rumoured to be among the front-runners for the Leeds City Council job.", id="a-rumour"),
    pytest.param(
        "According to the Leeds City Council website, they have been posted to homes in Kirkstall.",
        id="pronoun-left-after-the-source",
    ),
    pytest.param("Portable music players in Leeds will also be more popular in 2025.", id="a-prediction"),
    pytest.param("Leicester and Saracens in Leeds are leading the chase for the player.", id="the-player-unnamed"),
    pytest.param(
        "In Leeds and Bradford, prices rose by 3% and 1.1% in January 2024 respectively.", id="respectively-a-list"
    ),
    pytest.param("Tom Baker guided Leeds to a famous 9-3 win over Bradford in 1999, though.", id="ends-on-though"),
    pytest.param("Since that infamous game in 1999, Leeds City Council has not met Bradford.", id="since-that"),
    pytest.param("The image simply portrayed Tom Baker as a hypnotist in Leeds on Monday.", id="the-image-unnamed"),
    pytest.param(
        "Spurred by this, builders in Leeds are trying to win contracts across Europe.", id="this-refers-back"
    ),
    pytest.param("Tom Baker set up the company in Leeds in the 1980s with two partners.", id="the-company-unnamed"),
    pytest.param("Leeds City Council needs to be reformed after the floods of January 2024.", id="an-opinion"),
    pytest.param(
        "Sarah Collins argued that these councils in Yorkshire need more money for flood defences.", id="these-nouns"
    ),
    pytest.param(
        "Leeds officials were slow to act on the River Aire, they said, but failing to spend the £40m.",
        id="they-said-is-another-group",
    ),
    pytest.param(
        "At their meeting in Leeds, the council approved a £40m flood plan in 2024.", id="their-without-a-group"
    ),
    pytest.param(
        "Council leader James Lewis said the River Aire could flood Kirkstall again by 2030.",
        id="a-hedge-stays-a-hedge-when-someone-says-it",
    ),
    pytest.param(
        "The River Aire would flood Kirkstall and Rodley again within ten years, council leader James Lewis said.",
        id="a-prediction-before-the-verb-of-saying",
    ),
    pytest.param(
        "Leeds City Council (which met on Monday) approved the £40m flood plan for Kirkstall.",
        id="an-aside-in-brackets-is-no-acronym",
    ),
    # 13th blind review, three raters of three: vague, someone or something a sentence before named
    pytest.param("The Swede reached the last four by beating compatriot Thomas Enqvist 6-3 4-6 6-1.", id="the-swede"),
    pytest.param(
        "The 18-year-old, who has played in 13 of the club's last 14 games, had surgery in Leeds.", id="the-18-year-old"
    ),
    pytest.param(
        "An IMF mission made the comments in a report published following 10 days of talks in Leeds.",
        id="the-comments",
    ),
    pytest.param(
        "A three-judge panel gave prosecution lawyers until Monday to study the documents in Leeds.",
        id="the-documents",
    ),
    # 14th blind review: vague, a prediction, the writer's judgement (three raters of three each)
    pytest.param("For Thailand, that figure is much lower at 0.1% of the economy of Leeds.", id="that-figure"),
    pytest.param(
        "The outlook for Sri Lanka is less optimistic, with analysts predicting that the tourist industry will "
        "struggle in Leeds.",
        id="a-prediction",
    ),
    pytest.param(
        "Admittedly the competition has been tough in Leeds, with the likes of Halo 2 and Half Life 2 triumphing.",
        id="the-writer-s-judgement",
    ),
    pytest.param("For me, Stream is not CentOS in Leeds, Stream is the next RHEL release.", id="for-me"),
    pytest.param(  # 16th blind review: vague (who?)
        "The Welsh striker has rejected a move to Birmingham after falling out with manager Graeme Souness.",
        id="the-welsh-striker",
    ),
    # 17th blind review: vague or a prediction (two or three raters of three each)
    pytest.param(
        "The Boro defender looked offside as he got on the end of a misdirected effort in Leeds.",
        id="the-boro-defender",
    ),
    pytest.param("Hewitt, along with Andy Roddick, is sure to be prominent in Leeds during 2005.", id="sure-to"),
    pytest.param(
        "But realistically, all three will be fighting for the world number two ranking in Leeds.", id="all-three"
    ),
    pytest.param("Today, Chief Executive of Leeds Carrie Lam delivered her annual policy speech.", id="today"),
    # 18th blind review: vague (three raters of three each)
    pytest.param(
        "The 24-year-old England midfielder is determined to see out his contract in Leeds.", id="the-24-year-old-x"
    ),
    pytest.param("Inside that small box in Leeds there is a G4 processor and a CD/DVD player.", id="that-small-box"),
    # 20th blind review: formatting, trivial
    pytest.param(
        "For instance, in Leeds, camera phones will be used to take snaps at crime scenes involving children.",
        id="for-instance",
    ),
    pytest.param("No one at Aire Homes in Leeds was available for comment on the 300 new homes.", id="no-comment"),
    pytest.param("Analysts forecast that growth in Leeds will slow to 0.5% this year.", id="forecast-as-a-verb"),
]

STATEMENTS = [
    pytest.param(  # "forecast" as a noun: the estimate the figure is compared with, no prediction
        "Growth in Leeds was a seasonally-adjusted 0.7%, ahead of the 0.6% forecast.",
        "Growth in Leeds was a seasonally-adjusted 0.7%, ahead of the 0.6% forecast.",
        id="the-forecast-a-figure-beat",
    ),
    pytest.param(
        "Leeds City Council approved a £40m flood plan this week after storms flooded 300 homes.",
        "Leeds City Council approved a £40m flood plan this week after storms flooded 300 homes.",
        id="this-week-is-a-time",
    ),
    pytest.param(  # a nationality that is no one's description: the subject is the dollar
        "The Australian dollar rose against the pound in Leeds trading on Monday.",
        "The Australian dollar rose against the pound in Leeds trading on Monday.",
        id="a-nationality-before-a-noun",
    ),
    pytest.param(  # "that" joining a clause points back at nothing
        "Leeds City Council said that the flood plan for Kirkstall would cost £40m in 2024.",
        "Leeds City Council said that the flood plan for Kirkstall would cost £40m in 2024.",
        id="that-joining-a-clause",
    ),
    pytest.param(
        "Tom Baker founded Aire Homes Ltd in Leeds in 1985, and the company now builds 300 homes a year.",
        "Tom Baker founded Aire Homes Ltd in Leeds in 1985, and the company now builds 300 homes a year.",
        id="the-company-named",
    ),
    pytest.param(
        "Leeds City Council approved a £40m flood defence plan in January 2024.",
        "Leeds City Council approved a £40m flood defence plan in January 2024.",
        id="the-article-s-words",
    ),
    pytest.param(
        "Storms flooded 300 homes in the Leeds suburb of Kirkstall, police said.",
        "Storms flooded 300 homes in the Leeds suburb of Kirkstall.",
        id="attribution-tail-dropped",
    ),
    pytest.param(
        "Storms flooded 300 homes in Kirkstall in January 2024, according to Leeds City Council.",
        "Storms flooded 300 homes in Kirkstall in January 2024.",
        id="according-to-dropped",
    ),
    pytest.param(
        "Patriots by definition wanted the UK to be prosperous at home and strong abroad, Mr Straw said.",
        "Patriots by definition wanted the UK to be prosperous at home and strong abroad, Mr Straw said.",
        id="a-named-person-s-view-keeps-its-tail-34th-review",
    ),
    pytest.param(
        "Engineer Sarah Collins, a former adviser to the Environment Agency, said the plan was ready.",
        "Engineer Sarah Collins, a former adviser to the Environment Agency, said the plan was ready.",
        id="said-keeps-what-was-said",
    ),
    pytest.param(
        "Residents' group chair Tom Baker told the meeting that 1,000 people had signed a petition.",
        "Residents' group chair Tom Baker told the meeting that 1,000 people had signed a petition.",
        id="plural-possessive-is-no-quote",
    ),
    pytest.param(
        "Leeds City Council approved a £40m flood defence plan for the River Aire in Kirkstall in January "
        "2024, with work on a second scheme in Bradford due to follow once the money for it is found.",
        "Leeds City Council approved a £40m flood defence plan for the River Aire in Kirkstall in January 2024.",
        id="main-clause-of-a-long-sentence",
    ),
    pytest.param(
        "At their meeting in Leeds, council engineers backed a £40m flood defence plan for the River Aire.",
        "At their meeting in Leeds, council engineers backed a £40m flood defence plan for the River Aire.",
        id="their-for-a-group-the-statement-names",
    ),
    pytest.param(
        "Two former Yorkshire Water auditors will stand trial in Leeds in March for their role in the floods.",
        "Two former Yorkshire Water auditors will stand trial in Leeds in March for their role in the floods.",
        id="their-after-a-group",
    ),
    pytest.param(
        "A pilot flood scheme based on barriers in Rotterdam will start in Leeds in October.",
        "A pilot flood scheme based on barriers in Rotterdam will start in Leeds in October.",
        id="an-indefinite-subject-brings-itself-in",
    ),
    pytest.param(
        "The Leeds Flood Alliance (LFA) approved a £40m flood defence plan for Kirkstall on Monday.",
        "The Leeds Flood Alliance approved a £40m flood defence plan for Kirkstall on Monday.",
        id="an-acronym-after-its-name-is-no-aside",
    ),
    pytest.param(
        "Judge Letitia Clark said the hearing in Leeds would continue on Thursday.",
        "Judge Letitia Clark said the hearing in Leeds would continue on Thursday.",
        id="what-someone-said-would-happen",
    ),
    pytest.param(
        "Yorkshire Water chief executive Nicola Shaw told reporters in Leeds that the company will pay £5m.",
        "Yorkshire Water chief executive Nicola Shaw told reporters in Leeds that the company will pay £5m.",
        id="what-someone-told-reporters-will-happen",
    ),
]


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_not_a_statement(sentence):
    assert statement(sentence) is None


@pytest.mark.parametrize("sentence, expected", STATEMENTS)
def test_a_statement_in_the_article_s_words(sentence, expected):
    assert statement(sentence) == expected


def swaps(text: str, index: int) -> list[tuple[str, str, str]]:
    """(slot, original, replacement) of every variant of sentence `index` of the article `text`."""
    analysis = analysis_of(text)
    sentence = analysis.sentences[index]
    shown = statement_of(sentence.text, analysis, index)
    assert shown is not None, sentence.text
    return [(v.slot, v.original, v.replacement) for v in variants(shown, sentence, article_usage(analysis))]


PEOPLE = (
    "\n\nEngineer Sarah Collins and residents' chair Tom Baker spoke to the meeting. Collins said she was "
    "proud of the scheme. Baker said he would watch it closely. Environment Agency director Priya Shah "
    "welcomed the vote. Nicola Shaw, a former Yorkshire Water engineer, also spoke.\n"
)


def test_a_person_becomes_another_person_of_the_article():
    found = swaps("Leeds plan\n\nPriya Shah welcomed the £40m plan for Leeds at the council meeting." + PEOPLE, 0)
    people = {r for slot, _, r in found if slot == "person"}
    assert people and people <= {"Sarah Collins", "Tom Baker", "Nicola Shaw"}


def test_with_her_in_the_statement_only_a_woman_replaces_a_woman():
    text = "Leeds plan\n\nSarah Collins said her team had studied the River Aire in Leeds for two years." + PEOPLE
    people = {r for slot, _, r in swaps(text, 0) if slot == "person"}
    assert "Tom Baker" not in people


def test_a_famous_person_is_never_swapped_in():
    text = (
        "Leeds plan\n\nEngineer Sarah Collins welcomed the £40m plan for Leeds City Council.\n\n"
        "Tom Baker and Priya Shah also spoke. Prime Minister Boris Johnson visited the site. "
        "Tom Baker, a residents' chair, and Priya Shah, a director, were there.\n"
    )
    assert "Boris Johnson" not in {r for _, _, r in swaps(text, 0)}


def test_a_place_written_with_the_takes_only_a_place_written_with_the():
    text = (
        "Trade talks\n\nEuropean ministers blamed the US for the sharp rise in the price of steel in March.\n\n"
        "France and Germany met in Paris. The UK sent a minister. France asked the UK for more time. "
        "The US said it would reply.\n"
    )
    places = {r for slot, _, r in swaps(text, 0) if slot == "place"}
    assert "France" not in places and "Germany" not in places


@pytest.mark.parametrize(
    "before, replacement, expected",
    [
        pytest.param("was written by an ", "CIA", "was written by a ", id="an-before-a-consonant-acronym"),
        pytest.param("was written by a ", "FBI", "was written by an ", id="a-before-an-acronym-read-ef"),
        pytest.param("An ", "Italian Prime Minister", "An ", id="capital-kept"),
        pytest.param("A ", "European Commission spokesman", "A ", id="eu-sounds-like-you"),
        pytest.param("met an ", "UN envoy", "met a ", id="un-sounds-like-you"),
        pytest.param("met a ", "Irish minister", "met an ", id="a-before-a-vowel"),
        pytest.param("met the ", "Irish minister", "met the ", id="no-indefinite-article"),
        pytest.param("arrested a ", "18-year-old", "arrested an ", id="a-figure-said-eighteen"),
        pytest.param("spent an ", "£150m", "spent a ", id="a-sum-said-pound"),
    ],
)
def test_a_or_an_before_the_swap_agrees_with_the_new_value(before, replacement, expected):
    assert agree(before, replacement) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("More than 1,000 people in Leeds signed a petition for the flood scheme.", id="a-bound"),
        pytest.param("Between 50 and 75 volunteers in Leeds will plant trees along the River Aire.", id="a-range"),
        pytest.param("Flight 370 to Leeds was cancelled by Aire Airways because of the storm.", id="a-label"),
        pytest.param(  # 14th blind review: "11% to $4.9bn, from $2.8bn" does not add up (obvious)
            "Revenues at Aire Homes in Leeds increased 11% to $3.1bn, from $2.8bn a year before.",
            id="figures-that-check-each-other",
        ),
        pytest.param(  # 15th blind review: "4.2%, down from 3.8%" contradicts itself (obvious)
            "Consumer spending in Leeds grew 4.2% in the final quarter, down from the third quarter's 5.1%.",
            id="a-figure-and-what-it-fell-from",
        ),
        pytest.param(  # 16th blind review: "59% are men compared to 14% of women" (obvious)
            "Of the 22 million Leeds residents who own MP3 players, 59% are men compared to 41% of women.",
            id="two-shares-of-a-whole",
        ),
        pytest.param(  # 17th blind review: "9.4% …, slightly below the average of 4%" (obvious)
            "The Leeds economy had grown by an average of 3.2% over four years, slightly below the average of 4%.",
            id="a-figure-and-what-it-is-below",
        ),
        pytest.param(  # 17th blind review: "A phase two was planned" (vague)
            "A phase three of the Leeds power shutoffs was tentatively planned for 2,000 homes.", id="a-phase"
        ),
    ],
)
def test_a_bound_a_range_or_a_label_is_no_number_to_swap(sentence):
    assert not [
        s
        for s in swaps(
            f"Leeds news\n\n{sentence}\n\n300 homes and 120 homes and 2,000 people. Orders of $4.9bn and "
            "$1.2bn came in, up 5% and 20%.\n",
            0,
        )
        if s[0] == "number"
    ]


@pytest.mark.parametrize(
    "sentence, swapped",
    [
        # 34th blind review: "Biden secured 39 of South Carolina's 26 delegates" (obvious, three of three)
        ("Biden secured 39 of South Carolina's 54 delegates in the primary.", False),
        ("Biden secured 39 of the 54 delegates in the primary.", False),
        ("Biden secured 54 delegates in the South Carolina primary.", True),
    ],
)
def test_a_part_of_a_whole_is_not_swapped(sentence, swapped):
    text = f"Primary news\n\n{sentence}\n\nSanders won 26 delegates, and Warren took 12 delegates in Nevada.\n"
    assert bool([r for slot, _, r in swaps(text, 0) if slot == "number"]) is swapped


def test_a_swapped_number_is_never_one():
    text = (
        "Leeds news\n\nStorms flooded two schools in Leeds during January 2024.\n\n"
        "Last year one school closed, and four schools and five schools shut in May 2023.\n"
    )
    found = [r for slot, _, r in swaps(text, 0) if slot == "number"]
    assert found and all(normalize(r) not in ("one", "1") for r in found)


def test_one_item_of_a_list_is_not_swapped():
    text = (
        "Tsunami show\n\nAndy Garcia, Lucy Liu and Jay Leno are among the new names for the charity show.\n\n"
        "George Clooney, a host, and Brad Pitt, an actor, also joined. Clooney and Pitt are stars.\n"
    )
    assert not [s for s in swaps(text, 0) if s[0] == "person"]


def test_a_swap_the_article_also_states_is_refused():
    """Two ministers who both resigned: naming the other is no false statement."""
    text = (
        "Two ministers quit\n\nHealth minister Anna Berg resigned from the government in Oslo on Monday.\n\n"
        "Transport minister Erik Dahl resigned from the government in Oslo on Monday as well. "
        "Anna Berg and Erik Dahl, both ministers, were praised.\n"
    )
    assert "Erik Dahl" not in {r for _, _, r in swaps(text, 0)}


@pytest.fixture(scope="module")
def quiz():
    return build_quiz(parse_article(ARTICLE + PEOPLE, name="leeds"), count=40)


def test_true_false_keeps_the_article_s_words_or_changes_exactly_one_fact(quiz):
    assert quiz.true_false, "the article has statements with facts to swap"
    for q in quiz.true_false:
        if q.answer == "True":
            assert normalize(q.prompt).rstrip(".") in normalize(q.source_sentence)
        else:
            assert q.correction and normalize(q.correction).rstrip(".") in normalize(q.source_sentence)
            changed = set(normalize(q.prompt).split()) ^ set(normalize(q.correction).split())
            assert 1 <= len(changed) <= 8, (q.prompt, q.correction)


@pytest.fixture(scope="module")
def which_statements():
    """Every which-statement question of the article: a quiz asks few of them (they rank after
    the true/false statements of the same sentences), so they are made from the candidates."""
    analysis = analysis_of(ARTICLE + PEOPLE)
    candidates = [c for c in generate(analysis) if c.shape == "statement"]
    questions = [make_question(c, analysis, random.Random(seed)) for c in candidates for seed in range(3)]
    return [q for q in questions if q is not None]


def test_which_statement_offers_the_article_s_statement_and_three_altered_ones(which_statements):
    statements = which_statements
    assert statements
    for q in statements:
        assert q.prompt == STATEMENT_PROMPT and len(q.choices) == 4
        assert normalize(q.answer).rstrip(".") in normalize(q.source_sentence)
        for choice in q.choices:
            if choice != q.answer:
                assert normalize(choice).rstrip(".") not in normalize(q.source_sentence)


def test_no_statement_option_agrees_with_the_majority_on_every_fact(which_statements):
    """Two facts, each kept or swapped: the article's statement, one swap each, both swapped. Three
    options each changing a different fact would leave the answer findable by majority vote."""
    statements = which_statements
    assert statements
    for q in statements:
        changes = sorted(_changed_places(q.answer, choice) for choice in q.choices if choice != q.answer)
        assert changes == [1, 1, 2], (q.answer, q.choices)


def _changed_places(a: str, b: str) -> int:
    matcher = difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False)
    return sum(tag != "equal" for tag, *_ in matcher.get_opcodes())


def test_true_and_false_are_balanced_in_a_quiz():
    article = parse_article(ARTICLE + PEOPLE, name="leeds")
    for seed in range(5):
        answers = [q.answer for q in build_quiz(article, count=40, seed=seed).true_false]
        assert abs(answers.count("True") - answers.count("False")) <= 1, answers


def test_the_seed_varies_which_fact_a_false_statement_changes():
    analysis = analysis_of(ARTICLE + PEOPLE)
    candidate = max((c for c in generate(analysis) if c.shape == "true_false"), key=lambda c: len(c.variants))
    assert len({v.original for v in candidate.variants}) >= 2
    prompts = {make_question(candidate, analysis, random.Random(seed)).prompt for seed in range(8)}
    assert len(prompts) > 1


def test_statements_are_deterministic_for_an_article_and_seed():
    article = parse_article(ARTICLE + PEOPLE, name="leeds")
    assert build_quiz(article, seed=3) == build_quiz(article, seed=3)


# Failure shapes of the sixth blind review (seed 20261207): false statements raters saw through.


def test_a_person_described_by_a_role_noun_keeps_the_role():
    """'Tory leader Anne Robinson', 'veteran actor Hilary Swank': the role names its holder."""
    text = "Leeds plan\n\nCouncil leader James Lewis welcomed the £40m plan for Leeds on Monday." + PEOPLE
    assert not [s for s in swaps(text, 0) if s[0] == "person"]


def test_a_swapped_year_keeps_its_order_with_the_statement_s_other_years():
    """'its best performance since 2005' in a statement about 2004 is false at a glance."""
    text = (
        "Leeds economy\n\nLeeds grew by 8.1% in 2004, its best performance since 2000, the council said.\n\n"
        "The city shrank in 2001 and grew in 2005 and in 1998.\n"
    )
    found = {(o, r) for slot, o, r in swaps(text, 0) if slot == "date"}
    assert ("2000", "2001") in found and ("2000", "2005") not in found
    assert ("2004", "2005") in found and ("2004", "1998") not in found


def test_a_number_word_swapped_in_mid_sentence_is_not_capitalised():
    text = (
        "Fund settlement\n\nThe settlement with Leeds City Council included three managers in 2004.\n\n"
        "Five managers resigned in May 2003 and four managers left.\n"
    )
    found = [r for slot, _, r in swaps(text, 0) if slot == "number"]
    assert found and all(r == r.lower() for r in found)


def test_a_place_the_word_lists_do_not_know_is_not_swapped():
    """'The building on Welshpool': a street swapped for a town."""
    text = (
        "Derelict building\n\nThe building on George Street in Swansea has been derelict since the 1980s.\n\n"
        "The party leader lives near Welshpool and Kirkstall in Wales.\n"
    )
    assert "George Street" in {p.name for p in analysis_of(text).places}
    assert "George Street" not in {o for slot, o, _ in swaps(text, 0) if slot == "place"}


def test_a_team_named_after_its_place_is_not_swapped():
    """'the 2-0 Uefa Cup win against Lazio' became '… against Europe'."""
    text = (
        "Boro win\n\nMiddlesbrough boss Steve McClaren praised his side after the 2-0 win against Lazio in "
        "March 2005.\n\nLazio and Europe and Italy and Rome and Spain were named.\n"
    )
    assert not [s for s in swaps(text, 0) if s[0] == "place"]


def test_a_place_is_never_swapped_for_a_place_inside_it_or_another_name_of_it():
    """'a daily news conference in Westminster' is true of one in London (the ninth review's
    wrong key): a city takes only another city far from it (swap_places.py); 'Britain' for 'UK'
    is the same country."""
    city = (
        "Labour campaign\n\nLabour held a daily news conference in London in April 2005.\n\n"
        "Ministers met in Westminster and in Manchester and in Leeds in May 2005.\n"
    )
    cities = {r for slot, _, r in swaps(city, 0) if slot == "place"}
    assert "Westminster" not in cities and cities <= {"Manchester", "Leeds"}
    country = (
        "Trade talks\n\nThe UK signed a trade deal with Japan in April 2005.\n\n"
        "Britain, Germany and France had talks in May 2005.\n"
    )
    replacements = {r for slot, _, r in swaps(country, 0) if slot == "place"}
    assert "Britain" not in replacements and replacements & {"Germany", "France"}


def test_a_swapped_year_stays_within_six_years():
    """'Stream was announced in May 2029' (September 2019; the article gives 2029 as an end of
    life): a year ten years on is false at a glance (15th blind review, three raters of three)."""
    text = (
        "Leeds news\n\nLeeds City Council announced the Aire Homes scheme for Kirkstall in September 2019.\n\n"
        "Support for the scheme will end in May 2029, and its first homes came in March 2021.\n"
    )
    years = {r for slot, _, r in swaps(text, 0) if slot == "date"}
    assert "May 2029" not in years
    assert "March 2021" in years


def test_a_number_is_not_swapped_for_one_within_a_tenth_of_it():
    """'found that 60% wanted more technology' for the article's 59% (16th blind review: trivial)."""
    text = (
        "Leeds news\n\nThe poll of 2,000 people in Leeds found that 59% wanted more trams in the city.\n\n"
        "In Bradford 60% wanted more buses, and 45% wanted more trains.\n"
    )
    numbers = {r for slot, _, r in swaps(text, 0) if slot == "number"}
    assert "60%" not in numbers and "45%" in numbers


def test_no_swap_a_reader_sees_through_by_a_capital_or_an_age():
    """'In Switzerland's capital Beijing, courts …' and 'Sir John, 62,' for 54 (20th blind review)."""
    text = (
        "Courts news\n\nIn China's capital Beijing, courts have adopted mobile phone photos as formal evidence.\n\n"
        "Courts in Switzerland and France did not. The knighting of Sir John Leeds, 54, surprised MPs in 2004. "
        "Sir Tom Baker, 62, and Sir Ann Hill, 70, were knighted too.\n"
    )
    assert not [r for slot, _, r in swaps(text, 0) if slot == "place"]
    assert not [r for slot, _, r in swaps(text, 2) if slot == "number"]


def _statements_of(text: str) -> dict[str, str]:
    """Each true/false statement of a one-paragraph article, keyed by its source sentence."""
    found = generate(analysis_of(f"Headline of the test\n\n{text}\n"))
    return {c.source.text: c.answer for c in found if c.shape == "true_false"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Malcolm Glazer has made a fresh approach to buy Manchester United, which could lead to a bid of £800m.",
            "Malcolm Glazer has made a fresh approach to buy Manchester United.",
            id="a-hedged-which-clause",
        ),
        pytest.param(
            "Airlines and aviation bodies in Europe have reacted strongly against the plans, saying they would hurt them.",
            "Airlines and aviation bodies in Europe have reacted strongly against the plans.",
            id="a-saying-clause-with-a-pronoun",
        ),
        pytest.param(
            "French film A Very Long Engagement has received 12 nominations for the Cesar awards, despite a ruling it "
            'was "not French enough".',
            "French film A Very Long Engagement has received 12 nominations for the Cesar awards.",
            id="a-despite-clause-with-a-quotation",
        ),
    ],
)
def test_a_trailing_clause_that_keeps_a_sentence_from_reading_alone_is_cut(sentence, expected):
    assert _statements_of(sentence).get(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Campaigners in Galashiels have said that reopening the Waverley Line, which could cost up to £100m, would "
            "be a huge boost for the Borders.",
            id="an-aside-the-sentence-goes-on-after",
        ),
        pytest.param(
            "In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the right to make "
            "shirts, would end in 2006.",
            id="an-aside-before-the-main-verb",
        ),
        pytest.param(
            'The EU\'s move was welcomed at the time by Beijing, which described the embargo as a "product of the Cold War".',
            id="a-subject-that-is-a-name-s-thing",
        ),
    ],
)
def test_a_clause_the_sentence_goes_on_after_is_not_cut(sentence):
    assert sentence not in _statements_of(sentence)


def test_a_count_of_the_names_that_follow_is_not_swapped():
    text = (
        "Headline of the test\n\nSigned to RCA in London, Kasabian tested the water with two singles, Club Foot and LSF."
        " The band played four concerts in Leicester in 2004.\n"
    )
    assert not [s for s in swaps(text, 0) if s[1] == "two"]
    assert [s for s in swaps(text.replace(", Club Foot and LSF", ""), 0) if s[1] == "two"], "without the names it swaps"
