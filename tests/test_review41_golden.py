"""The 41st blind review's rejections (bulk articles, three raters): golden sentences of the
shapes found, with examples and counter-examples."""

from __future__ import annotations

import pytest

from quizgen.generators.candidate import Candidate
from quizgen.generators.nearby import ruled_out_by_sentence
from quizgen.models import BLANK, QuestionKind, Sentence


def number_candidate(prompt: str, answer: str) -> Candidate:
    source = Sentence(index=0, paragraph=0, start=0, text=prompt.replace(BLANK, answer))
    return Candidate(QuestionKind.NUMBER, prompt, answer, source, "number", key=prompt)


SHUTDOWN = (
    "So far, only 22 of the _______ construction projects targeted by China's State Environmental "
    "Protection Agency (Sepa) have complied with its shutdown order."
)
BUTANE = "The price of butane gas, a vital fuel for cooking, has risen to 200 dinars ($2.77) per canister from _______ dinars."
NEVADA = (
    "On Monday, Nevada became the first state in the United States to begin a state legislative session "
    "in which more than half of the elected officials were women, at _______."
)


@pytest.mark.parametrize(
    "prompt, answer, option, ruled_out",
    [
        # the blank is the whole the sentence's part belongs to: above the part
        (SHUTDOWN, "30", "20", True),
        (SHUTDOWN, "30", "22", True),
        (SHUTDOWN, "30", "40", False),
        ("Only 3 out of _______ schools met the target.", "12", "2", True),
        ("Only 3 out of _______ schools met the target.", "12", "9", False),
        # a counter-example: the blank is the part, not the whole
        ("He scored _______ of the 14 points.", "9", "3", False),
        # where a rise started is below where it ended; a fall's start above
        (BUTANE, "170", "240", True),
        (BUTANE, "170", "100", False),
        ("Output fell to 80 tonnes last year from _______ tonnes.", "120", "60", True),
        ("Output fell to 80 tonnes last year from _______ tonnes.", "120", "150", False),
        # a share a fraction bounds: a percentage on the wrong side is refused
        (NEVADA, "50.8 percent", "45.7 percent", True),
        (NEVADA, "50.8 percent", "58.4 percent", False),
        ("Less than a third of voters, _______, backed the plan.", "28%", "41%", True),
        ("Less than a third of voters, _______, backed the plan.", "28%", "22%", False),
        ("Nearly two-thirds of firms, _______, said they were hit.", "64%", "71%", True),
        ("Nearly two-thirds of firms, _______, said they were hit.", "64%", "58%", False),
        # counter-examples: no percentage, a share the answer does not meet, two fractions
        ("More than half of the 40 staff, _______ people, were laid off.", "24", "12", False),
        ("More than half backed him, while _______ opposed him.", "30%", "20%", False),
        ("More than half backed him and less than a third, _______, opposed him.", "30%", "60%", False),
    ],
)
def test_number_options_the_sentence_rules_out(prompt, answer, option, ruled_out):
    assert ruled_out_by_sentence(option, number_candidate(prompt, answer)) is ruled_out
