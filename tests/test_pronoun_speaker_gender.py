"""Golden tables for "he said" / "she said": a pronoun speaker is never a person of the other gender,
and never someone named only as the object of a verb ("he tipped Swank to win").

The texts are our own words in the shape of the articles named beside them (BBC articles may not
be copied into the repo). A wrong speaker is a wrong key of a "Who said …?" question, so when two
people may be meant the quotation stays unattributed.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article


def speakers(text: str) -> dict[str, str | None]:
    analysis = analyze(parse_article("Headline of the story\n\n" + text, name="t"))
    return {q.text[:12]: q.speaker for q in analysis.quotes}


RESOLVED = [
    pytest.param(  # the latest subject is a woman (honorific): "he" goes back to the man before her
        'Mr Tom Walker opened the meeting. Ms Anna Green then presented the figures. "We are on track," he said.',
        "We are on tr",
        "Tom Walker",
        id="he-skips-a-woman-by-honorific",
    ),
    pytest.param(
        'Ms Anna Green opened the meeting. Mr Tom Walker then presented the figures. "We are on track," she said.',
        "We are on tr",
        "Anna Green",
        id="she-skips-a-man-by-honorific",
    ),
    pytest.param(  # no honorific: a given name given to one gender only
        'Doris Lane opened the meeting. Gordon Pike then presented the figures. "We are on track," she said.',
        "We are on tr",
        "Doris Lane",
        id="she-skips-a-man-by-given-name",
    ),
    pytest.param(  # bulk bbc_sport shape: the object of "praised" is not who "he" is
        'Coach Tom Walker said the side was ready. He praised Peter Cole for his goals. "We were the better '
        'side," he said.',
        "We were the ",
        "Tom Walker",
        id="object-of-praised-is-not-he",
    ),
    pytest.param(  # bulk bbc_sport_502: "is angry" leaves "she" to its subject, known to be a woman
        "Ms Nina Dechy is fuming. Ms Elena Moss is also angry and says that Ms Dechy and herself are the "
        'victims. "You have no idea what I have been through," she said.',
        "You have no ",
        "Elena Moss",
        id="she-stays-with-a-known-subject-of-is",
    ),
    pytest.param(  # bulk bbc_tech_071: "he said" after "said Mr Owen", not the woman of the paragraph before
        "Angela Hart found that games help pupils learn, she wrote in a paper.\n\nThere are games with "
        'educational elements already, said Mr Tom Owen. "Even in racing games it is not just the speed that '
        'engages people," he said.',
        "Even in raci",
        "Tom Owen",
        id="he-after-said-mr",
    ),
]

UNATTRIBUTED = [
    pytest.param(  # bulk bbc_entertainment_368: "he" is Gaydos or French, never Swank
        '"I think Lopez will win," said Mr Brown. Harris is also the personal choice of Peter Cole, editor of '
        "industry magazine Film Weekly. But while he tipped Nina Lopez to win, he predicted it would be a close "
        'contest. "Everything can flip by one vote," he told the BBC. "There is no sense of how it will go."',
        ("Everything c", "There is no "),
        id="tipped-an-actress-two-men-before",
    ),
    pytest.param(  # bulk bbc_entertainment_291: the paragraph names only a man; she is someone the analysis missed
        "The Pixies played first.\n\nThe Pretenders, led by Chrissie Hynde, took to the stage with inductee "
        'Neil Young. "We are paying tribute to our late guitarists," she said.',
        ("We are payin",),
        id="she-where-only-a-man-is-named",
    ),
    pytest.param(  # a man named after the subject, in a later sentence, may be "he" as well
        'Mr Tom Walker spoke first. The plan was drawn up by Peter Cole, an engineer. "It works," he said.',
        ("It works",),
        id="a-later-man-may-be-meant",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), RESOLVED)
def test_pronoun_goes_to_the_person_of_its_gender(text: str, opening: str, speaker: str) -> None:
    assert speakers(text)[opening] == speaker


@pytest.mark.parametrize(("text", "openings"), UNATTRIBUTED)
def test_pronoun_left_unattributed_when_unsure(text: str, openings: tuple[str, ...]) -> None:
    found = speakers(text)
    for opening in openings:
        assert found[opening[:12]] is None
