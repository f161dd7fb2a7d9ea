"""Readers' comments below a story are not the article: the reader leaves them out."""

from __future__ import annotations

from quizgen.articles import parse_article
from quizgen.rules.comments import comments_start, readers_voice

STORY = [
    "Phone companies are not doing enough to warn customers about internet scams, a regulator said.",
    "It has received 45,000 complaints in recent months about connections diverting to premium numbers.",
    'Telecoms ombudsman Elizabeth France said: "I would not be surprised to find my bank phoning me."',
    "The regulator will publish new rules for the industry in March.",
    "Gavin Patterson, a director at BT, said the company checked its customers' calling patterns.",
]
COMMENTS = [
    "I use free anti-virus software and it has stopped every one of these diallers so far.",
    "How about a monthly cap on premium rate calls that you would have to ask your provider to lift?",
    "My supplier did not tell me that my bill had risen from £3 to £320. They simply billed me.",
    "Why don't the phone companies block all premium numbers by default?",
    "I have a colleague who fell victim to this kind of scam last year.",
]


def test_comments_after_a_story_are_found():
    assert comments_start(STORY + COMMENTS) == len(STORY)


def test_a_story_without_comments_is_kept_whole():
    assert comments_start(STORY + STORY) is None


def test_a_column_in_the_first_person_throughout_is_kept_whole():
    assert comments_start(COMMENTS + COMMENTS) is None


def test_a_quotation_in_the_first_person_is_the_journalist_s_paragraph():
    assert not readers_voice(STORY[2])
    assert not readers_voice('"We will appeal," I was told by the club\'s lawyer.')
    assert readers_voice(COMMENTS[1])


def test_the_reader_leaves_the_comments_out():
    text = "Call for action on internet scams\n\n" + "\n\n".join(STORY + COMMENTS) + "\n"
    article = parse_article(text, name="scams")
    assert article.paragraphs == tuple(STORY)


INTERVIEW = [
    "((WN))  What prompted your interest in astronomy?",
    "((Anthony Boccaletti))  Because it's about objects that are very far from us, which we never observed before.",
    "((WN))  How did you get involved with this study?",
    "((Anthony Boccaletti))  I was involved because I also took part in the building of the instrument.",
    "So the instrument we used at the Very Large Telescope was one I know well.",
    "Q: Where do you see the field in ten years?",
    "A: I hope we will have watched a planet form from start to finish.",
]


def test_an_interview_after_its_introduction_is_read_whole():
    """An interview's turns are in the first and second person, as comments are: the reader kept
    only the introduction of a 5,287-word Wikinews interview (330 words) before turns counted."""
    assert comments_start(STORY + INTERVIEW) is None
    article = parse_article("Astronomer discusses a young planet\n\n" + "\n\n".join(STORY + INTERVIEW), name="wn")
    assert article.paragraphs[-1] == INTERVIEW[-1]
    assert comments_start(STORY + COMMENTS) == len(STORY)  # comments are still left out
