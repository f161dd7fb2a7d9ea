"""Golden cases for quotation attribution: one per rule, from failure shapes met in real news.

Each text is our own; the shape is what a real article did. The speaker must be who the text
says; a quotation the text does not attribute keeps no speaker.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article


def speaker_of(text: str, opening: str) -> str | None:
    analysis = analyze(parse_article("Headline of the story\n\n" + text, name="t"))
    quote = next(q for q in analysis.quotes if q.text.startswith(opening))
    return quote.speaker


CASES = [
    pytest.param(
        '"We will build the bridge by next spring," said Mayor Ana Duarte.',
        "We will build",
        "Ana Duarte",
        id="said-X-after",
    ),
    pytest.param(
        '"We will build the bridge by next spring," Ana Duarte told reporters.',
        "We will build",
        "Ana Duarte",
        id="X-told-after",
    ),
    pytest.param(
        'Ana Duarte spoke on Monday. "We will build the bridge by next spring," she said.',
        "We will build",
        "Ana Duarte",
        id="pronoun-after",
    ),
    pytest.param(
        'Council leader Rui Carvalho said: "The budget is larger than ever before."',
        "The budget",
        "Rui Carvalho",
        id="X-said-colon-before",
    ),
    pytest.param(
        'Rui Carvalho, speaking on local radio, defended the plan, "The budget is larger than ever."',
        "The budget",
        "Rui Carvalho",
        id="subject-before-comma",
    ),
    pytest.param(
        'Rui Carvalho says he is "standing firm on every promise" to the voters.',
        "standing firm",
        "Rui Carvalho",
        id="embedded-after-speech-verb",
    ),
    pytest.param(
        'Helena Moura congratulated Rui Carvalho, saying, "This is a great day for the city."',
        "This is a great day",
        "Helena Moura",
        id="participle-takes-main-subject",
    ),
    pytest.param(
        '"The trams will run all night," said Helena Moura. "Nobody will have to drive home."',
        "Nobody will have",
        "Helena Moura",
        id="continued-in-paragraph",
    ),
    pytest.param(
        '"The trams will run all night," said Helena Moura. City engineer Tiago Reis disagrees with her. '
        '"The tracks cannot take the extra load."',
        "The tracks cannot",
        "Tiago Reis",
        id="new-subject-interrupts",
    ),
    pytest.param(
        'Tiago Reis says the tracks are too old for the plan. "They cannot take the extra load at night."',
        "They cannot take",
        "Tiago Reis",
        id="previous-sentence-says",
    ),
    pytest.param(
        'Sales rose in a "sharp and sudden increase" last week, according to a Lidl spokesperson.',
        "sharp and sudden",
        "Lidl",
        id="according-to-later",
    ),
    pytest.param(
        'According to prosecutor Maria Lopes, the letter matters: "It shows the intent to cause harm."',
        "It shows the intent",
        "Maria Lopes",
        id="according-to-opening",
    ),
    pytest.param(
        '"It is a step away from one plan for everyone," said a Home Office spokesman.',
        "It is a step",
        "Home Office",
        id="spokesman-speaks-for-organisation",
    ),
    pytest.param(
        '"The results are clear and the water is warming," said study author Ana Costa of the Polar Institute.',
        "The results",
        "Ana Costa",
        id="affiliation-is-not-speaker",
    ),
    pytest.param(
        'He was told by Emergencies Minister Rui Lopes of "at least twelve people under the rubble", while Deputy '
        "Governor Ana Silva said more were missing.",
        "at least twelve",
        "Rui Lopes",
        id="passive-told-by",
    ),
    pytest.param(
        'Students Ana Costa and Rui Lopes, who were there, observed, "The band played for far too long."',
        "The band played",
        "Ana Costa",
        id="two-speakers-first",
    ),
    pytest.param(
        'Cardinal Marc Ouellet said, "Why should the bishops be exempt from the rules?" Archbishop Charles '
        'Scicluna said, "People must know the truth about this."',
        "Why should the bishops",
        "Marc Ouellet",
        id="next-speaker-introduces-next-quote",
    ),
    pytest.param(
        '"This has been a really difficult decision," 19-year-old Ana Costa revealed, "I hope the fans '
        'will understand."',
        "This has been",
        "Ana Costa",
        id="attribution-inside-a-split-quote",
    ),
    # Shapes met on the second gold set (benchmarks/dev2), which no rule had been tuned on.
    pytest.param(
        "The paper revealed that in May, Governor Rui Lopes accepted blame for the death of reporter Tiago "
        'Reis. Speaking to Ana Costa of Radio Sul, he said, "It happened on my watch and I take the blame."',
        "It happened",
        "Rui Lopes",
        id="pronoun-skips-a-prepositions-object",
    ),
    pytest.param(
        "Ana Duarte died on Friday. Longtime Duarte in the Morning writer and performer Tiago Reis tweeted: "
        '"She was a rebel and a champion of the underdog."',
        "She was",
        "Tiago Reis",
        id="the-name-at-the-verb-speaks",
    ),
    pytest.param(
        "Prime Minister Ana Duarte spoke in Athens. She also commented on the border agreement, calling it "
        '"null and void in every way".',
        "null and",
        "Ana Duarte",
        id="participle-after-opening-pronoun",
    ),
    pytest.param(
        'The Green Unity Party withdrew its candidate on Friday.\n\n"The Green Unity Party complies with the '
        'court ruling," the party informed the press.',
        "The Green Unity",
        "Green Unity Party",
        id="the-party-is-the-one-party-named",
    ),
    pytest.param(
        'COVID-19 was announced to be "a global pandemic of the worst kind" by the World Health Organization.',
        "a global",
        "World Health Organization",
        id="passive-agent-after-the-quote",
    ),
    pytest.param(
        'Rui Lopes was dropped by the station after he referred to the team as "a bunch of losers on ice".',
        "a bunch",
        "Rui Lopes",
        id="referred-to-as",
    ),
    pytest.param(
        "President Ana Duarte spoke on Monday. Duarte's statement read: \"The operation removed a dangerous "
        'man from the field."',
        "The operation",
        "Ana Duarte",
        id="an-owners-statement-at-sentence-start",
    ),
    # Attributions without a verb of saying before the quotation (implicit_speakers.py)
    pytest.param(
        'The pair said they learned more from failure, citing the Mark Twain quote that "the secret of '
        'getting ahead is getting started," before the session ended.',
        "the secret",
        "Mark Twain",
        id="the-X-quote-that",
    ),
    pytest.param(
        'Marta Silva has been painting for ten years, and her love for it "began with my grandmother\'s sketchbooks."',
        "began with",
        "Marta Silva",
        id="first-person-words-of-the-sentence-subject",
    ),
    pytest.param(
        'Marta Silva opened a studio in Porto. She usually prefers "to paint the river at dawn. I find the '
        'light there calming."',
        "to paint",
        "Marta Silva",
        id="first-person-words-after-she",
    ),
    pytest.param(
        'Marta Silva has been painting for ten years, her "obsession" with the river "started when I was a child."',
        "obsession",
        "Marta Silva",
        id="a-fragment-before-first-person-words",
    ),
    pytest.param(
        'With the new alliance in place, Ana Duarte envisioned the tunnel ending the town\'s "forgotten corner" label.',
        "forgotten",
        "Ana Duarte",
        id="subject-of-a-verb-of-thinking",
    ),
    pytest.param(
        "The government of Madeira issued a statement agreeing the matter should be settled by the Senate and "
        'not by judges: "a ruling by the courts would ignore our own traditions."',
        "a ruling",
        "Madeira",
        id="the-government-of-a-place",
    ),
    pytest.param(
        'England will require masks on trains. Portugal has suggested travellers "think twice about" crossing '
        "the border this week.",
        "think twice",
        "Portugal",
        id="a-place-opening-a-sentence-with-a-verb-of-saying",
    ),
    pytest.param(
        "Researchers at the University of Lisbon published a study of river pollution on Friday.\n\n"
        '"Levels of mercury in the estuary are higher than previously reported", reads the report.',
        "Levels of",
        "University of Lisbon",
        id="reads-the-report-of-the-one-author",
    ),
    pytest.param(
        "Researchers at the University of Lisbon published a study of river pollution on Friday. The study "
        'uses samples from forty sites to reach its estimate, a "total of 300 tonnes of waste" each year.',
        "total of",
        "University of Lisbon",
        id="the-study-opening-the-sentence",
    ),
    pytest.param(
        "The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by Bernard McGuirk "
        'and Sid Rosenberg, who both worked for Imus, tweeted: "I-Man. We salute you. You paved the way for us."',
        "I-Man. We salute",
        "The Bernie and Sid Show",
        id="an-account-speaks-for-its-owner",
    ),
    pytest.param(
        'The account of Ana Duarte, a witness, said: "The bridge fell at noon."',
        "The bridge fell",
        "Ana Duarte",
        id="the-account-of-a-person",
    ),
    pytest.param(
        'The account was set up by Ana Duarte in May. It tweeted: "The bridge fell at noon."',
        "The bridge fell",
        None,
        id="an-account-named-by-no-owner",
    ),
    # Real shapes from bulk articles where the analysis named the wrong speaker (a check of 27
    # quotations whose sentence names two people): the key of a quote question would have been wrong.
    pytest.param(
        "BBC political editor Andrew Marr said that Mr Brown's article was \"a warning shot to the prime "
        'minister" to Mr Blair not to try and cut him out of the manifesto writing process.',
        "a warning shot",
        "Andrew Marr",
        id="a-name-after-a-preposition-after-the-quote",
    ),
    pytest.param(
        'The prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism '
        'charges in the courts", adding Iran will pursue the prosecution of Donald Trump.',
        "murder and",
        "Ali Alghasi Mehr",
        id="adding-is-no-inversion",
    ),
    pytest.param(
        "Downing Street cited that comment when reporters suggested Mr Brown had pointedly failed to deny "
        'claims he had once told Mr Blair: "There is nothing you could ever say to me now that I could ever believe."',
        "There is nothing",
        "Brown",
        id="he-had-once-told",
    ),
    pytest.param(
        "Speaker Nancy Pelosi called Donald Trump's conduct a \"breach of his constitutional "
        'responsibilities to the nation", according to NBC.',
        "breach of",
        "Nancy Pelosi",
        id="according-to-the-reporter-of-named-words",
    ),
    pytest.param(
        "According to Forbes, rapper Kanye West claimed to talk to White House adviser Jared Kushner "
        '"almost daily about the campaign and the polls".',
        "almost daily",
        "Kanye West",
        id="according-to-the-reporter-of-a-named-claim",
    ),
]


# A check of 282 bulk attributions that become quiz keys (the fifth quotation audit): the faults
# and the sentences that must keep their speaker beside them.
CASES += [
    pytest.param(
        'The awards were handed out on Monday.\n\nRadio Lisboa DJ Rui Mendes said: "This year has seen an '
        'amazing array of talent come into the mainstream."',
        "This year has seen",
        "Rui Mendes",
        id="an-organisations-dj-speaks",
    ),
    pytest.param(
        'A study by Lusa Research suggested broadband was challenging television.\n\n"Year-on-year we are '
        'continuing to see a seismic shift in how people consume media," said Lusa Research analyst Olivier '
        "Beauvillian.",
        "Year-on-year",
        "Olivier Beauvillian",
        id="the-analyst-not-the-firm",
    ),
    pytest.param(
        "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said: \"The Lib Dems' sums don't add up.\"",
        "The Lib Dems",
        "Paul Boateng",
        id="a-name-before-MP-speaks",
    ),
    pytest.param(
        'According to the Daily Mail, Ana Duarte said: "We will build the bridge by next spring."',
        "We will build",
        "Ana Duarte",
        id="according-to-a-paper-a-person-said",
    ),
    pytest.param(
        'Christina Aguilera is engaged.\n\n"No wedding plans have been set yet," said Aguilera\'s agent Meghan '
        "Prophet.",
        "No wedding plans",
        "Meghan Prophet",
        id="the-agent-not-the-star",
    ),
    pytest.param(  # 35th blind review: keyed to Kurt Cobain (wrong key, three raters of three)
        'Kurt Cobain died in 1994.\n\n"This is not Nirvana unplugged. It\'s Nirvana unedited," said Cobain '
        "biographer Charles Cross.",
        "This is not Nirvana",
        "Charles Cross",
        id="the-biographer-not-his-subject",
    ),
    pytest.param(
        "Thorne Nogar collected the gnomes.\n\n\"We've had them for a lot of years, and I think the people "
        "should enjoy them,\" Nogar's son Stephen, 57, said.",
        "We've had them",
        "Stephen",
        id="the-son-not-the-father",
    ),
    pytest.param(
        "The orders were debated.\n\nNew Metropolitan Police Commissioner Sir Ian Blair has backed the control "
        'orders, saying: "I\'m sorry. We need these powers now."',
        "I'm sorry",
        "Ian Blair",
        id="the-commissioner-not-the-force",
    ),
    pytest.param(
        "Richard Madeley and Judy Finnigan host the show.\n\n\"It was very hard to follow last year's list, but "
        "we think this year's books will do even better,\" said Richard and Judy executive producer Amanda Ross.",
        "It was very hard",
        "Amanda Ross",
        id="the-shows-producer-not-its-host",
    ),
    pytest.param(
        "The army left.\n\nOne of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and "
        'said it was previously given "assurances from the US that it would not allow any operations."',
        "assurances",
        "Syrian Democratic Forces",
        id="and-said-shares-the-subject",
    ),
    pytest.param(
        "US Customs claimed Mr Griffiths was one of the gang's leaders but his lawyer, Antony Townsden, told "
        'the BBC it was a laughable suggestion and added: "He was living on welfare and had such an old computer."',
        "He was living",
        "Antony Townsden",
        id="and-added-after-the-latest-verb",
    ),
    pytest.param(
        "According to U.S. Attorney Ana Duarte, the manifesto if written by the suspect could strengthen the "
        'case: "The key factor here is that it appears to be an intent to coerce a civilian population."',
        "The key factor",
        "Ana Duarte",
        id="according-to-X-before-a-participle",
    ),
]


@pytest.mark.parametrize("text, opening, expected", CASES)
def test_quote_is_attributed_to_who_the_text_says(text, opening, expected):
    assert speaker_of(text, opening) == expected


@pytest.mark.parametrize(
    "text, opening",
    [
        pytest.param(
            'Critics called it "a bridge to nowhere and back again" in letters to the paper.',
            "a bridge to",
            id="no-one-named",
        ),
        pytest.param(
            'The sign on the door read "closed for the whole of the summer season" all week.',
            "closed for",
            id="a-sign-not-a-person",
        ),
        pytest.param(
            'The Trump administration has been trying to add the question, "Is this person a citizen of the '
            'United States?", to the census.',
            "Is this person",
            id="a-question-on-a-form",
        ),
        pytest.param(
            "The island government issued a statement agreeing the matter should be settled by the Senate and "
            'not by judges: "a ruling by the courts would ignore our own traditions."',
            "a ruling",
            id="a-prepositions-object-is-no-speaker",
        ),
        pytest.param(
            '"Bringing a character to life is the best part of it all," Ana Costa told reporters. Costa has '
            'been described as a "squirrel whisperer with a big heart" for her way with animals.',
            "squirrel",
            id="described-as-is-spoken-about",
        ),
        pytest.param(
            "Officials met on Monday. Ana Duarte's lawyer said: \"The operation removed a dangerous man from "
            'the field."',
            "The operation",
            id="an-owners-lawyer-is-not-the-owner",
        ),
        pytest.param(
            'Ana Duarte starred in "I Know What You Did Last Summer" as a teenager.',
            "I Know",
            id="a-title-in-the-first-person",
        ),
        pytest.param(
            'They cited the Mark Twain quote that "the secret of getting ahead is getting started." The glue '
            'guns are "like putting your hand in an oven on a summer day."',
            "like putting",
            id="a-cited-saying-does-not-carry-on",
        ),
        pytest.param(
            "Researchers at the University of Lisbon and the University of Porto published a study on Friday."
            '\n\n"Levels of mercury in the estuary are higher than previously reported", reads the report.',
            "Levels of",
            id="a-report-with-two-authors",
        ),
        pytest.param(
            'The statement said it was "plain and simple" that Portugal continued to breach the rules.',
            "plain",
            id="a-place-inside-the-sentence",
        ),
        pytest.param(
            "The Green Party candidate answered our questions.\n\nTo dissatisfied Democrats stuck with a "
            'candidate who voted for more war, I say, "There is a real party of peace and justice."',
            "There is a real",
            id="i-say-to-a-party",
        ),
        # 14th blind review, a wrong key (two raters of three): the chairman's comment, the player's words
        pytest.param(
            "World number one Lindsay Davenport has criticised Wimbledon.\n\nReacting to a disputed comment by "
            'All England Club chairman Tim Phillips, the American said: "I think it is highly insulting if prize '
            'money is taken away."',
            "I think it is",
            id="the-description-at-the-verb-speaks",
        ),
        pytest.param(
            "An All England club spokesperson denied Phillips made the remark, insisting: "
            '"He definitely didn\'t say it."',
            "He definitely",
            id="a-name-after-the-verb-is-its-object",
        ),
    ],
)
def test_unattributed_quote_has_no_speaker(text, opening):
    assert speaker_of(text, opening) is None


@pytest.mark.parametrize(
    "text, opening, not_keyed_to",
    [
        pytest.param(
            'Mr Blair recalls how Bill Clinton once advised him: "Always remember that what people see of you '
            'in the news is how they think you spend your day."',
            "Always remember",
            "Blair",
            id="someone-else-advised-him",
        ),
        pytest.param(  # a bulk article: the analysis gave the message to the man it was sent to
            "Richard Winger followed the row.\n\nHe provided Wikinews with the text of a message he sent to AIP "
            'vice chairman Mark Seidenberg: "Please let Rocky know that I will withdraw as his running mate."',
            "Please let",
            "Seidenberg",
            id="a-message-sent-to-someone",
        ),
        pytest.param(  # 15th blind review: keyed to Blair, whom the speaker praises
            "One of the Guildford Four, Gerry Conlon, said the families were delighted.\n\nHe said Mr Blair had "
            'spoken with "such sincerity", adding: "He went beyond what we thought he would, he took time to listen."',
            "He went beyond",
            "Blair",
            id="he-said-mr-x-had-adding",
        ),
        pytest.param(
            "Dallas said that Deans was tackled short, but the Kiwi said he was dragged back after grounding a "
            'try - on his death-bed three years later he exclaimed: "I did score that try in Cardiff."',
            "I did score",
            "Dallas",
            id="he-after-two-names",
        ),
        # the fifth quotation audit, on bulk articles
        pytest.param(
            "Collecting his band's award from model Naomi Campbell at the Cannes ceremony, U2 frontman Bono "
            "said in French: \"I'm not from this country but I'll make a little confession to you.\"",
            "I'm not from",
            "Campbell",
            id="a-name-after-from-is-no-speaker",
        ),
        pytest.param(
            "Collecting his band's award at the Cannes ceremony, U2 frontman Bono said in French: \"I'm not from "
            "this country but I'll make a little confession to you.\"",
            "I'm not from",
            "U2",
            id="the-band-before-its-frontman-is-no-speaker",
        ),
        pytest.param(
            'Foreign Secretary Jack Straw said he had always had "very good and polite relations" with Mr '
            'Campbell, who he described as "very talented".',
            "very good",
            "Campbell",
            id="who-he-described-makes-the-name-an-object",
        ),
        pytest.param(
            "Prime Minister Tony Blair met the journalist Robert Peston.\n\nAccording to Mr Peston the prime "
            'minister said: "Help me to get through the year and I will then stand down."',
            "Help me",
            "Peston",
            id="according-to-X-the-premier-said",
        ),
        pytest.param(
            "The journalist Robert Peston met the prime minister.\n\nAccording to Mr Peston, the premier said: "
            '"Help me to get through the year and I will then stand down."',
            "Help me",
            "Peston",
            id="according-to-X-comma-the-premier-said",
        ),
        pytest.param(
            "The campaign went on.\n\nIn remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF "
            'observed, "I\'ve seen mass mobilisation campaigns before, but not over an entire country like this."',
            "I've seen",
            "UNICEF",
            id="an-organisation-after-of-is-an-affiliation",
        ),
        pytest.param(
            "Tony Blair spoke at the conference.\n\nKatrina Bull, a prospective parliamentary candidate said Mr "
            "Blair had shown he could rouse the party's grassroots: \"I think if every voter was able to spend "
            'time in a room with Tony, we will have no problem with turnout."',
            "I think if every",
            "Blair",
            id="said-X-had-shown-is-no-inversion",
        ),
        pytest.param(
            "Tony Blair apologised on Wednesday. Gerry Conlon said the families were delighted.\n\nHe said Mr "
            'Blair had spoken with "such sincerity", adding: "He went beyond what we thought he would, he took '
            'time to listen to everyone."',
            "He went beyond",
            "Blair",
            id="he-said-X-had-adding",
        ),
        pytest.param(
            'Tom Hanks arrived in London.\n\n"Christmas is a special time of the year and you get out of it what '
            'you put into it," added the two-time Academy Award winner.',
            "Christmas is",
            "Academy Award",
            id="an-award-winner-is-not-the-award",
        ),
        pytest.param(
            'The zebra study was published.\n\n"Stripes may dazzle flies in some way once they are close enough '
            'to see them," said study co-author and Royal Society University Research Fellow Martin How.',
            "Stripes may",
            "Royal Society University",
            id="a-research-fellow-is-not-the-university",
        ),
        pytest.param(
            "Stan Lee won the case.\n\nOf the cut now due to Lee, 82, who created Spider-Man in 1962, his lawyer "
            'said: "It could be tens of millions of dollars, that\'s no exaggeration."',
            "It could be",
            "Lee",
            id="his-lawyer-after-a-relative-clause",
        ),
        pytest.param(
            "The girl met the stars.\n\nThe 14-year-old said she was hoping to meet Leonardo DiCaprio and Keanu "
            'Reeves but joked that "they are probably a little too old for me".',
            "they are probably",
            "DiCaprio",
            id="but-joked-that-after-two-names",
        ),
        pytest.param(
            'David McLetchie spoke.\n\nMr McLetchie asked: "Would it not be ironic that the criminals can be '
            "smokers but the smokers will become criminals?\" The Scottish Green Party's health spokeswoman, "
            "Eleanor Scott, said she was pleased.",
            "Would it not",
            "Scott",
            id="a-question-then-a-new-report",
        ),
        pytest.param(
            'The bill was debated.\n\nDuring the debate, the Labour peer and former minister said: "The monarchy '
            'should symbolise the values of this country."',
            "The monarchy",
            "Labour",
            id="a-labour-peer-is-not-labour",
        ),
        pytest.param(
            'Michael Howard spoke.\n\nThe Pro-Life Alliance "congratulated the leader warmly on a brave new '
            'stance" Mr Howard on his stance, but said it did not go far enough.',
            "congratulated",
            "Howard",
            id="but-said-after-the-quote-is-a-new-clause",
        ),
        pytest.param(
            'Tony Blair spoke.\n\nAnd there was an insistence on the party remaining "New and always new and '
            'modern" Labour - although that may continue to irritate his chancellor.',
            "New and always",
            "Labour",
            id="a-dash-then-although-is-a-new-clause",
        ),
        pytest.param(
            'Michael Jackson is on trial.\n\n"The release of the completed jury questionnaires does not serve '
            "any purpose,\" a motion by Mr Jackson's lawyers stated.",
            "The release",
            "Jackson",
            id="his-lawyers-motion",
        ),
        pytest.param(
            "Earlier this week, an official government Twitter account made the following announcement: "
            '"Latest update: 3,728 measles cases have been reported since the outbreak began."',
            "Latest update",
            "Twitter",
            id="a-twitter-account-is-not-twitter",
        ),
    ],
)
def test_no_quiz_key_for_a_quotation_whose_speaker_is_in_doubt(text, opening, not_keyed_to):
    """The tenth blind review's two wrong keys: neither may become a quote question's key."""
    from quizgen.generators.quotes import NAMED_RULES

    analysis = analyze(parse_article("Headline of the story\n\n" + text, name="t"))
    quote = next(q for q in analysis.quotes if q.text.startswith(opening))
    assert quote.how not in NAMED_RULES or not (quote.speaker or "").endswith(not_keyed_to)


def test_a_show_named_after_two_people_speaks_as_the_show():
    """'The account for The Lucy and Rui Show … tweeted:': the show speaks, never Lucy or Rui; and
    no quote question is keyed to it, as the analysis found no organisation of that name."""
    text = (
        'The account for The Lucy and Rui Show, which replaced the morning programme, tweeted: "We salute '
        'you. You paved the way for all of us."'
    )
    analysis = analyze(parse_article("Headline of the story\n\n" + text, name="t"))
    assert [q.speaker for q in analysis.quotes] == ["The Lucy and Rui Show"]
    from quizgen.generators.quotes import generate

    assert generate(analysis) == []


def test_a_quotation_that_starts_mid_sentence_is_not_shown():
    """'James Goodman said “but there's a strong social argument too”'."""
    from quizgen.generators.quotes import quotable

    assert quotable("but there's a strong social argument too, and we will make it") is None
    assert quotable("There's a strong social argument too, and we will make it") is not None
    # 'According to Mr Waller, Exxon "were not planning to bid at a new tender anyway"' (13th blind
    # review: ungrammatical, three raters of three): its subject is outside the quotation
    assert quotable("were not planning to bid at a new tender anyway") is None
    # Nor any words worked into the article's sentence: "would create a “welfare state that is truly
    # family-friendly …”" (25th blind review: ungrammatical, twice)
    assert quotable("a very difficult decision for the whole board") is None
    assert quotable("A very difficult decision for the whole board") is not None
    # '“Whenever there are signs of sending a palm branch,” wrote Joshua Wong' (34th blind review:
    # trivial and formatting): a clause waiting for its main clause
    assert quotable("Whenever there are signs of sending a palm branch,") is None
    assert quotable("If the government believes a No vote means leaving") is None
    assert quotable("If we win on Saturday, we will be in the final") is not None
    assert quotable("When the storm came, the whole town was ready") is not None


def test_a_speaker_the_analysis_missed_is_no_one_else():
    """'But when asked if Gerrard would be a Liverpool player …, Parry said: “…”', where "Parry" is
    named nowhere in full: the quotation was keyed to Steven Gerrard (26th blind review: wrong key)."""
    from quizgen.analysis import analyze
    from quizgen.articles import parse_article

    text = (
        "Parry puts Gerrard above money\n\n"
        "Liverpool captain Steven Gerrard has been linked with Chelsea all season.\n\n"
        "But when asked if Gerrard would be a Liverpool player next season, Parry said: "
        '"I sincerely hope he will be. He knows my views."\n\n'
        'Asked about the stadium, Steven Gerrard said: "I want to win things with Liverpool."\n'
    )
    speakers = {q.text[:11]: q.speaker for q in analyze(parse_article(text, name="parry")).quotes}
    assert speakers["I sincerely"] is None
    assert speakers["I want to w"] == "Steven Gerrard"
