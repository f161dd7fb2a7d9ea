"""Golden tables from the 23rd to 32nd blind reviews' rejections: statements that do not read alone or
that test no fact of the article, blanks a reader fills without reading, and two sentences run
together. Each refused shape (a real sentence of the reviewed article, or our own in the same
shape) has counter-examples the rule must keep, so it cannot silently refuse good questions.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import facts, quotes, statements
from quizgen.pipeline import build_quiz

HEADLINE = "Golden article\n\n"


def statement_answers(text: str) -> set[str]:
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    return {c.answer for c in statements.generate(analysis) if c.shape == "true_false"}


def blank_answers(text: str) -> set[str]:
    return {c.answer for c in facts.generate(analyze(parse_article(HEADLINE + text, name="golden")))}


STATEMENTS = [
    # a question, told: "he demanded" (ungrammatical and vague, three raters of three)
    pytest.param(
        "Why on earth will the prime minister not simply take up the offer made by the Tories in May, he demanded.",
        False,
        id="why-he-demanded",
    ),
    pytest.param(
        "Michael Howard asked Tony Blair to extend the existing powers until the end of May 2005.",
        True,
        id="asked-someone-to-do-something",
    ),
    # a ranking the writer gives: opinion, or general knowledge ("other", "obvious")
    pytest.param(
        "Marcel Desailly is one of the most decorated players in the history of French football.",
        False,
        id="one-of-the-most",
    ),
    pytest.param(
        "IBM is one of the largest and most respected chip-makers in the world, the firm said.",
        False,
        id="one-of-the-largest",
    ),
    pytest.param(
        "Marcel Desailly was one of the protest leaders at the stadium in Marseille in 2004.",
        True,
        id="one-of-the-protest-leaders",
    ),
    pytest.param(
        "Marcel Desailly is one of the 12 members of the Chelsea board named in March 2004.",
        True,
        id="one-of-a-number",
    ),
    # someone named before, by nationality, inside the sentence ("vague")
    pytest.param(
        "In Athens the Swede took gold and Kelly Sotherton finished third in the Olympic heptathlon.",
        False,
        id="the-swede-took-gold",
    ),
    # (the same in a trailing clause: the statement is its main clause, without the Swede)
    pytest.param(
        "Kelly Sotherton finished third in the Olympic heptathlon in Athens, where the Swede took gold.",
        True,
        id="where-the-swede-took-gold-cut",
    ),
    pytest.param(
        "Kelly Sotherton finished third in the Olympic heptathlon in Athens, ahead of the Swedish team.",
        True,
        id="a-nationality-before-a-noun",
    ),
    # a contrast with the sentence before ("vague")
    pytest.param(
        "Minecraft, on the other hand, is a paid game, currently costing USD 26.95 for its computer version.",
        False,
        id="on-the-other-hand",
    ),
    # the article's typo printed as it is ("formatting")
    pytest.param(
        "Robert Kilroy-Silk, who recently quit the UK Independence Party,said immigration would rise in 2005.",
        False,
        id="no-space-after-a-comma",
    ),
    pytest.param(
        "Robert Kilroy-Silk quit the UK Independence Party after 1,000 members signed a letter in 2005.",
        True,
        id="a-comma-inside-a-number",
    ),
    # 24th review: where a body has its seat is background (obvious, trivial)
    pytest.param("UNESCO, a specialized agency of the United Nations, is based in Paris.", False, id="based-in"),
    pytest.param("UNESCO opened a new office for the agency in Paris in March 2004.", True, id="opened-an-office-in"),
    # "the demand" made in the sentence before (vague)
    pytest.param(
        "Vedomosti newspaper reported that Russian authorities made the demand at the end of last year.",
        False,
        id="the-demand",
    ),
    pytest.param(
        "Vedomosti newspaper reported that Russian authorities demanded $10bn from Yukos in December 2004.",
        True,
        id="what-was-demanded",
    ),
    # 25th review (vague, three raters of three each)
    pytest.param("Southcorp confirmed the brewer had asked for talks in Sydney on Monday.", False, id="the-brewer"),
    pytest.param("Southcorp confirmed Foster's had asked for talks in Sydney on Monday.", True, id="the-brewer-named"),
    pytest.param("The Act comes into force across the whole of the UK in mid-2005.", False, id="the-act"),
    pytest.param(
        "The Licensing Act comes into force across England and Wales in November 2005.", True, id="an-act-named"
    ),
    pytest.param(
        "At Cern, Dr Brian Carpenter helped pioneer net applications, so he is well-placed to take on such a task.",
        False,
        id="such-a-task",
    ),
    pytest.param(
        "Alain Lipietz said the parliament would then reject the version of the law in March 2005.",
        False,
        id="would-then",
    ),
    pytest.param(
        "Police press officer Monika Kosiec revealed police have been unable to question him in Koszalin.",
        False,
        id="him-after-a-woman",
    ),
    pytest.param(
        "Police press officer Tomasz Nowak revealed police have been unable to question him in Koszalin.",
        True,
        id="him-after-a-man",
    ),
    # 27th review: a name lost at the start (formatting), a judgement, a target or prize named before (vague)
    pytest.param(
        "also set a new championship mark in the men's triple jump in Sheffield in 2005.", False, id="lowercase"
    ),
    pytest.param(
        "What happened to Paula Radcliffe in Athens this year is the obvious low for the nation.",
        False,
        id="what-happened",
    ),
    pytest.param(
        "Government figures show that in England in 2002 only a third of schools met that target.",
        False,
        id="that-target",
    ),
    pytest.param(
        "Previous films to take the prize include the Oscar-winning Boys Don't Cry, made in 1999.",
        False,
        id="the-prize",
    ),
    # 28th review: a judgement, a writer's "Rather,", "doubtless", "named it" (other, vague)
    pytest.param(
        "But what marked Halo as a classic were the thousands of details of its 2001 design.", False, id="what"
    ),
    pytest.param(
        "Rather, the leader of the party with the most seats in Parliament is appointed Prime Minister by the Queen.",
        False,
        id="rather",
    ),
    pytest.param(
        "Battlefront's novelty value will doubtless wear off fast after its launch in 2004.", False, id="doubtless"
    ),
    pytest.param(
        "The Chicago Film Critics Association named it winner in five categories in January 2005.", False, id="named-it"
    ),
    pytest.param(
        "The Chicago Film Critics Association named Sideways winner in five categories in January 2005.",
        True,
        id="named-the-film",
    ),
    # 29th review (vague)
    pytest.param(
        "Not only that, but most of the present Ireland side will be wearing red next June in New Zealand.",
        False,
        id="not-only",
    ),
    # 31st review (vague)
    pytest.param(
        "The organisation said it had received 3,000 complaints from parents in Leeds in 2004.", False, id="org"
    ),
    # 32nd review: a heading run into the sentence (formatting), "saw it" (vague)
    pytest.param("WHEN AND WHERE The Oscars were held at a banquet in Los Angeles until 1942.", False, id="heading"),
    pytest.param("The Oscars were held at a banquet in Los Angeles until 1942.", True, id="no-heading"),
    pytest.param("Los Angeles floods in 1938 saw it put back by a week in March.", False, id="saw-it"),
]


@pytest.mark.parametrize("text, kept", STATEMENTS)
def test_statements_that_read_alone(text, kept):
    answers = statement_answers(text)
    if kept:
        assert answers, text
    else:
        assert not answers, answers


BLANKS = [
    # the maker of a named work: obvious (Puccini) or trivial (Jeunet, 22nd review)
    pytest.param(
        "Viotti's debut at the Metropolitan Opera came in 2000 with Giacomo Puccini's Madame Butterfly.",
        "Giacomo Puccini",
        False,
        id="the-composer-of-madame-butterfly",
    ),
    pytest.param(
        "The film tipped to win in 2005 is Jean-Pierre Jeunet's A Very Long Engagement.",
        "Jean-Pierre Jeunet",
        False,
        id="the-director-before-the-film",
    ),
    pytest.param(
        "Marco Viotti's contract with the opera house was extended in 2004 by Joseph Volpe.",
        "Joseph Volpe",
        True,
        id="a-person-of-the-story",
    ),
    # a date everyone knows from the words around it
    pytest.param(
        "The laws were introduced after the US terror attacks on 11 September 2001 by the government.",
        "11 September 2001",
        False,
        id="the-terror-attacks",
    ),
    pytest.param(
        "The spread of coronavirus in late 2019 led to a global pandemic that affected daily life.",
        "late 2019",
        False,
        id="coronavirus-in-late-2019",
    ),
    pytest.param(
        "The laws were introduced after the London bombings on 7 July 2005 by the government.",
        "7 July 2005",
        True,
        id="a-date-of-the-story",
    ),
    # a body every American knows from its context (24th review: obvious)
    pytest.param(
        "The rallies happened two days before the formal vote of the Electoral College to choose the president.",
        "Electoral College",
        False,
        id="the-electoral-college",
    ),
    # 27th review: an acronym the sentence shows (obvious), "an" before the blank (trivial), a lost name
    pytest.param(
        "Police said on Monday that the Internet Crime Complaint Center had warned that e-mails from the ICCC were fake.",
        "Internet Crime Complaint Center",
        False,
        id="its-acronym-shown",
    ),
    pytest.param(
        "Police said on Monday that the Internet Crime Complaint Center had warned that e-mails from the FBI were fake.",
        "Internet Crime Complaint Center",
        True,
        id="no-acronym-shown",
    ),
    pytest.param(
        "Profits at the Leeds firm rose by an 11% margin in the year to March 2004.", "11%", False, id="an-11"
    ),
    pytest.param("Profits at the Leeds firm rose by 12% in the year to March 2004.", "12%", True, id="no-article"),
    pytest.param(
        "took the men's title in 46.46 seconds ahead of Dale Garland in Sheffield.", "Dale Garland", False, id="lost"
    ),
    # 28th review: the half of a fixed name (obvious, trivial)
    pytest.param(
        "All Blacks captain Tama Umaga has warned the British and Irish Lions ahead of their tour in 2005.",
        "Blacks",
        False,
        id="all-blacks",
    ),
    # 29th review: an ellipsis, "it said" with no one named (formatting, vague)
    pytest.param(
        "Rod Stewart also won the first Grammy of his career in Los Angeles for Stardust...",
        "Rod Stewart",
        False,
        id="dots",
    ),
    pytest.param(
        "Over 60% of mobiles sold in Europe in the three months to September had cameras, it said.",
        "60%",
        False,
        id="it-said",
    ),
    pytest.param(
        "Over 60% of mobiles sold in Europe in the three months to September had cameras, Canalys said.",
        "60%",
        True,
        id="a-named-source-said",
    ),
    # 32nd review: dates anyone knows from the words around them (obvious)
    pytest.param(
        "Blackadder returned for a special filmed to celebrate the arrival of the millennium in 1999 in London.",
        "1999",
        False,
        id="the-millennium",
    ),
    # someone known to all ("obvious", three raters of three)
    pytest.param(
        "The exposure of Janet Jackson's breast at the Superbowl landed CBS with a $550,000 fine.",
        "Janet Jackson",
        False,
        id="a-star-known-to-all",
    ),
]


@pytest.mark.parametrize("text, answer, kept", BLANKS)
def test_blanks_only_a_reader_fills(text, answer, kept):
    assert (answer in blank_answers(text)) is kept


def test_an_attribution_with_an_aside_is_kept_whole():
    """'According to a new book, Brown's Britain by … Robert Peston, Mr Blair went back …' lost its
    opening and began with the aside (24th review: ungrammatical, three raters of three)."""
    text = (
        "According to a new book, Brown's Britain by Sunday Telegraph journalist Robert Peston, Mr Blair "
        "went back on a pledge to Gordon Brown in June 2004.\n\nAccording to the BBC, Leeds has 300 homes at "
        "risk of flooding in 2024.\n"
    )
    answers = statement_answers(text)
    assert not [a for a in answers if a.startswith("Brown's Britain")]
    assert "Leeds has 300 homes at risk of flooding in 2024." in answers


def _prompts(text: str, seeds: range = range(8)) -> list[str]:
    article = parse_article(HEADLINE + text, name="golden")
    return [q.prompt for seed in seeds for q in build_quiz(article, count=30, seed=seed).questions]


def test_no_one_known_to_all_is_swapped_in_for_an_ordinary_speaker():
    """'Donald Trump said: “Saying I'm sorry I got caught …”' of a judge's words is false at a glance
    (24th review: obvious, weak-distractor): a quote with too few options, asked true or false."""
    import random

    from quizgen.shapes import make_question, restated

    text = (
        'Judge Amy Berman Jackson said: "Saying I\'m sorry I got caught is not an inspiring plea for leniency."\n\n'
        'Defence lawyer Kevin Downing said: "Mr Manafort has accepted responsibility for his actions."\n\n'
        'Donald Trump said: "I feel very badly for Paul Manafort, he has been treated very unfairly."\n'
    )
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    candidate = next(c for c in quotes.generate(analysis) if c.answer == "Amy Berman Jackson")
    question = make_question(candidate, analysis, random.Random(1))
    choices = ("Amy Berman Jackson", "Donald Trump", "Kevin Downing")
    stated = restated(candidate, question.model_copy(update={"choices": choices}))
    assert stated is not None
    assert {v.replacement for v in stated.variants} == {"Kevin Downing"}


def test_no_blank_after_a_phrase_of_time_and_it():
    """'So far it has only received ___ from the US', 'In ___ it bought Romanian firm GeCAD' (24th
    review: vague): what "it" is, the sentence before said."""
    text = (
        "Microsoft has been buying security firms since 2003.\n\n"
        "In 2003 it bought Romanian firm GeCAD Software to get its anti-virus technology.\n\n"
        "In December 2004 Microsoft bought New York-based anti-spyware firm Giant Company Software.\n"
    )
    prompts = _prompts(text, range(2))
    assert not [p for p in prompts if "it bought Romanian" in p]
    assert [p for p in prompts if "Giant Company Software" in p]  # the same fact with its subject named


def test_a_possessive_office_is_not_swapped_in_after_an_article():
    """'According to the El Paso mayor, Dee Margo, …' became 'According to the Mexico's Foreign
    Secretary, Dee Margo, …' (a false statement found while checking the 24th review's rules)."""
    text = (
        "Mexico's Foreign Secretary Marcelo Ebrard said Mexico would send officials to Texas on Sunday.\n\n"
        "According to the El Paso mayor, Dee Margo, police were investigating a manifesto posted online "
        "on Saturday.\n"
    )
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    statements_made = [c for c in statements.generate(analysis) if "Dee Margo" in c.answer]
    assert statements_made
    assert not [v for c in statements_made for v in c.variants if "the Mexico's" in v.statement]


def test_a_whole_saying_not_words_worked_into_a_sentence():
    """'Who said “welfare state that is truly family-friendly for the first time in its history”?'
    (25th review: ungrammatical, twice)."""
    from quizgen.generators.quotes import quotable

    assert quotable("welfare state that is truly family-friendly for the first time in its history") is None
    assert quotable("but there's a strong social argument for it too, and we will make it") is None
    assert quotable("The measures will create a welfare state that is truly family-friendly") is not None


def test_no_role_question_for_one_member_of_a_house():
    """'The article describes Geoff Hoon as the Labour MP': one of hundreds (25th review: vague);
    the Welsh Secretary is one."""
    from quizgen.generators import people

    text = (
        "An alternative blueprint had been put forward by Labour MP Eric Joyce on Monday in London.\n\n"
        "The plan was backed by Welsh Secretary Peter Hain in London on Tuesday.\n"
    )
    candidates = people.generate(analyze(parse_article(HEADLINE + text, name="golden")))
    assert not [c for c in candidates if c.answer == "Eric Joyce"]
    assert [c for c in candidates if c.answer == "Peter Hain"]


def test_no_blank_after_a_connective_and_a_pronoun():
    """'But its president ___ changed his mind': whose president? (25th review: vague)."""
    text = (
        "Spain's football federation had planned to play the match in Madrid on 17 November.\n\n"
        "But its president Angel Maria Villar changed his mind after a request by the commission.\n\n"
        "Federation president Angel Maria Villar met the commission in Madrid on Monday.\n"
    )
    prompts = _prompts(text, range(2))
    assert not [p for p in prompts if p.startswith("But its president")]
    assert [p for p in prompts if "Angel Maria Villar" in p or "met the commission" in p]


def test_no_role_that_is_a_count_or_a_piece_of_an_office():
    """'The article describes Julen Hernandez-Lallement as the two of the authors', 'Who is the Sport
    Secretary?' of the Culture, Media and Sport Secretary (26th review: ungrammatical, vague)."""
    from quizgen.generators import people

    text = (
        "Police spoke to Dr Christian Keysers and Dr Valeria Gazzola, two of the authors of the paper, in May.\n\n"
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell in London.\n\n"
        "Welsh Secretary Peter Hain agreed on Monday in Cardiff.\n"
    )
    candidates = people.generate(analyze(parse_article(HEADLINE + text, name="golden")))
    assert [c.answer for c in candidates] == ["Peter Hain"]


def _variants(text: str) -> dict[str, list[str]]:
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    return {c.answer: [v.replacement for v in c.variants] for c in statements.generate(analysis)}


def test_no_count_swapped_that_the_statement_shows():
    """'… Dr Christian Keysers and Dr Valeria Gazzola, three of the authors' (the names count two),
    'new singles in the top six' for the top ten (26th review: obvious, other)."""
    text = (
        "Police spoke to Dr Christian Keysers and Dr Valeria Gazzola, two of the authors of the paper, in May.\n\n"
        "Girls Aloud, Akon and Kaiser Chiefs have new singles in the top ten of the UK chart this week.\n\n"
        "Police arrested two men in Amsterdam on Monday after the raid.\n\n"
        "Five other researchers and six officers joined them in 2019.\n"
    )
    variants = _variants(text)
    assert not [v for answer, found in variants.items() for v in found if "authors" in answer or "top" in answer]
    assert any(found for answer, found in variants.items() if "arrested two men" in answer)


def test_no_statement_opening_on_yes():
    """'Yes, the Apple laptop and Sony Walkman are classic gadgets.' (26th review: other, vague)"""
    text = "Yes, the Apple laptop and the Sony Walkman were classic gadgets of 1979.\n"
    assert not statement_answers(text)
    assert statement_answers("The Apple laptop and the Sony Walkman were classic gadgets of 1979.\n")


def test_no_swap_that_may_be_true_or_that_a_range_checks():
    """'Adamowicz, a founding Civic Platform member, is from Gdańsk' (so may he be), 'missed its
    target of a 3-5% rise, turning in a 4.3% increase' (27th review: other, obvious)."""
    text = (
        "Donald Tusk, a founding Civic Platform member, is from Gdańsk in northern Poland.\n\n"
        "Mayor Pawel Adamowicz, a lawyer, was stabbed on Sunday in the city.\n\n"
        "Best Buy missed its sales target of a 3-5% rise in sales, turning in a 2.5% increase over Christmas.\n\n"
        "Circuit City sales fell 8.3% over the same period, the firm said.\n"
    )
    variants = _variants(text)
    assert not [v for answer, found in variants.items() for v in found if "Gdańsk" in answer or "Best Buy" in answer]


def test_him_after_a_woman_whose_pronouns_are_mixed():
    """'Following the UK's Brexit vote, Theresa May appointed him Foreign Secretary, which he served
    as until 2018 …': the "he" and "him" are Boris Johnson's, not hers (28th review: vague)."""
    text = (
        "Boris Johnson was elected leader of the Conservative Party on Tuesday in London.\n\n"
        "Following the UK's Brexit vote, Theresa May appointed him Foreign Secretary, which he served as until "
        "2018.\n\nTheresa May said she would resign in June 2019.\n"
    )
    answers = statement_answers(text)
    assert not [a for a in answers if "appointed him" in a]
    assert "Theresa May said she would resign in June 2019." in answers


def test_no_swap_of_a_number_in_a_title():
    """'Ocean's 10 fell to number two' for Ocean's 12 (28th review: trivial)."""
    text = (
        "Ocean's 12 fell to number two while new entry Spanglish entered the chart at number three in 2004.\n\n"
        "Meet the Fockers took $19.3m and 10 other films took less than $5m each.\n"
    )
    assert not [v for answer, found in _variants(text).items() for v in found if "Ocean's" in answer and v != "2004"]


def test_a_role_as_the_article_writes_it_and_only_whole():
    """'the study's lead author, doctoral candidate', 'president of … at the firm', 'the director of
    …' for the article's "a director of" (29th review: ungrammatical, vague)."""
    from quizgen.generators import people

    text = (
        "The study's lead author, doctoral candidate Maninder Thind, spoke in Minneapolis in 2019.\n\n"
        "Christoph Caselitz, president of the mobile networks division at the firm, spoke in Munich.\n\n"
        "One of the dead was Jalal Saifur Rahman, a director of Bengali Anti-Corruption Commission, in Dhaka.\n"
    )
    prompts = {c.answer: c.prompt for c in people.generate(analyze(parse_article(HEADLINE + text, name="golden")))}
    assert "Maninder Thind" not in prompts and "Christoph Caselitz" not in prompts
    assert prompts.get("Jalal Saifur Rahman") == (
        "Who is described in the article as a director of Bengali Anti-Corruption Commission?"
    )


def test_no_swap_of_figures_that_check_each_other_or_of_ages_in_a_list():
    """'totaling 318 seats, surpassing the 326 seats needed' (obvious), 'their two children Emily,
    16, and Pelham, 36' (trivial) (29th review)."""
    text = (
        "The Conservative Party netted an additional 66 seats, totaling 365 seats, surpassing the 326 seats needed.\n\n"
        "Mr Pound said their two children Emily, 16, and Pelham, 14 were pleased to have an older sister.\n\n"
        "Labour won 202 seats and 40 other members were elected, while 12 stood down and 3 lost.\n"
    )
    variants = _variants(text)
    assert not [v for answer, found in variants.items() for v in found if "surpassing" in answer or "Pelham" in answer]


@pytest.mark.parametrize(
    "role, sentence, whole",
    [
        # 30th review: "Natural Gas Corporation chairman" in a matching question (formatting, three of three)
        (
            "Natural Gas Corporation chairman",
            "a meeting between Oil and Natural Gas Corporation chairman Subir Raha",
            False,
        ),
        ("Sport Secretary", "backed by Culture, Media and Sport Secretary Tessa Jowell", False),
        ("Chancellor", "Tony Blair and Chancellor Gordon Brown met on Monday", True),
        ("Gazprom chairman", "Oil minister Ivan Sechin and Gazprom chairman Aleksey Miller", True),
        ("Industry Secretary", "Trade and Industry Secretary Patricia Hewitt said", False),  # 31st review: other
    ],
)
def test_a_role_is_whole(role, sentence, whole):
    from quizgen.generators.people import whole_role

    assert whole_role(role, sentence) is whole


def test_no_exchange_of_a_body_anyone_can_place_nor_a_statement_without_a_verb():
    """'UK-based retailer Salling Group and Denmark-based retailer Tesco' (30th review: obvious);
    'Last year, Crown Prince Abdullah, the de-facto ruler.', its verb taken for an attribution
    tail (30th review: ungrammatical)."""
    text = (
        "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group announced an agreement.\n\n"
        "Last year, Crown Prince Abdullah, the de-facto ruler, told government departments to put plans in place "
        "for employing women.\n"
    )
    variants = _variants(text)
    assert not [v for found in variants.values() for v in found if "…" in v]
    assert not [answer for answer in variants if answer.startswith("Last year, Crown Prince Abdullah, the de-facto")]


def test_no_news_agency_as_the_speaker_of_someone_it_quotes():
    """'“The works council has expressed concerns …,” Reuters news agency reports a union source as
    saying' was asked as Reuters' words (31st review: other, weak-distractor)."""
    from quizgen.generators import quotes

    text = (
        '"The works council has expressed concerns that trade could be managed from London in the future," '
        "Reuters news agency reports a union source as saying.\n\n"
        'Deutsche Boerse chief Werner Seifert said: "We will keep the exchange in Frankfurt for good."\n'
    )
    answers = {c.answer for c in quotes.generate(analyze(parse_article(HEADLINE + text, name="golden")))}
    assert "Reuters" not in answers


def test_no_office_swapped_for_someone_known_to_all():
    """'Palestinian leader Tony Blair has arrived back …' and 'Mahmoud Abbas, the Prime Minister'
    (32nd review: obvious, vague): Tony Blair's office is neither swapped out nor in."""
    text = (
        "Prime Minister Tony Blair has arrived back from his mission to the Middle East on Monday.\n\n"
        "Mr Blair held talks with his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas.\n"
    )
    variants = _variants(text)
    assert not [v for found in variants.values() for v in found if v in ("Prime Minister", "Palestinian leader")]


def test_no_question_of_the_problem_a_sentence_before_named():
    """'True or false? To ease the problem the Bank of Japan has regularly flooded the money market
    …' (34th review: vague, three of three): which problem, the sentence before said. A problem the
    sentence itself names ("the problem of deflation") stays."""
    text = (
        "Japan's prices fell for the fifth year in a row in 2004, the government said on Friday.\n\n"
        "To ease the problem the Bank of Japan has kept interest rates at 0% since 2001 to spur activity.\n\n"
        "To ease the problem of deflation the Bank of Japan has bought $200bn of bonds since 2003.\n"
    )
    prompts = _prompts(text, range(2))
    assert not [p for p in prompts if "interest rates at" in p]
    assert [p for p in prompts if "bought" in p]


def test_no_question_asks_which_organisation_said_something():
    """'Which organisation said “If the government believes that a No vote would mean that we
    should leave the European Union, …”?' keyed to UKIP beside BBC Radio and "Liberal Democrat"
    (34th review: obvious and weak-distractor, three of three); raters accepted none of five such
    questions from the 23rd to the 34th reviews. A person's words are still asked about."""
    text = (
        'The UK Independence Party said: "If the government believes that a No vote would mean that we '
        'should leave the European Union, they should just ask us."\n\n'
        'Foreign Secretary Jack Straw said: "We will hold the referendum on the constitution next spring."\n\n'
        "The Liberal Democrats and the Financial Times backed the plan on Monday.\n"
    )
    analysis = analyze(parse_article(HEADLINE + text, name="golden"))
    assert {c.answer for c in quotes.generate(analysis)} == {"Jack Straw"}
