"""The 41st blind review's rejections (bulk articles, three raters): golden sentences of the
shapes found, with examples and counter-examples."""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.checks import check
from quizgen.generators import distractors, generate_all
from quizgen.generators.candidate import Candidate
from quizgen.generators.nearby import ruled_out_by_sentence
from quizgen.models import BLANK, QuestionKind, Sentence
from quizgen.shapes import make_question


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


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyze(parse_article(f"Golden article\n\n{text}", name="golden"))


CRITICS = (
    "Oscar winner and actress Jane Mallory is tipped to win best actress again this year.\n\n"
    '"I think the film will win," said Tom Fenwick, film editor of the Daily Post.\n\n'
    '"It is a close race this year," said Anna Keller, news editor of Screen Weekly.\n\n'
    '"The director deserves it," said Paul Osgood, critic at the Evening Star.\n\n'
    '"Nobody will beat it," said Mary Lund, reviewer at Film Monthly.\n\n'
    "Actress Jane Mallory starred in the film alongside actor Peter Drane.\n"
)


def test_who_said_offers_only_people_the_article_quotes():
    """The actress a film story is about among the critics it quotes (bbc_entertainment_368, six
    questions, two raters of three): a person only talked about is no speaker option."""
    analysis = _analysis(CRITICS)
    quote = next(c for c in generate_all(analysis) if c.kind is QuestionKind.QUOTE and c.answer == "Tom Fenwick")
    options = distractors.choose(quote, analysis, random.Random(0), wanted=10)  # every option it could pick
    assert "Jane Mallory" not in options and "Peter Drane" not in options
    assert set(options) == {"Anna Keller", "Paul Osgood", "Mary Lund"}


def test_with_too_few_other_speakers_the_people_described_stay_options():
    """A counter-example: two quoted people only, so the others described keep the question."""
    text = CRITICS.replace('"The director deserves it," said Paul Osgood', "Paul Osgood").replace(
        '"Nobody will beat it," said Mary Lund', "Mary Lund"
    )
    analysis = _analysis(text)
    quote = next(c for c in generate_all(analysis) if c.kind is QuestionKind.QUOTE and c.answer == "Tom Fenwick")
    options = distractors.choose(quote, analysis, random.Random(0), wanted=10)
    assert "Anna Keller" in options and len(options) >= 3


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # "The article describes David Davis as a confident shadow home secretary" (bbc_politics_300)
        (
            'He also said he was confident shadow home secretary David Davis would "set out the position '
            'very clearly" when he stands up to debate the matter next week.',
            "David Davis",
            "shadow home secretary",
        ),
        ("She was aware chief executive Tom Harris had resigned.", "Tom Harris", "chief executive"),
        # counter-examples: a modifier that is part of the role stays
        (
            "Former shadow home secretary David Davis said the plan was wrong.",
            "David Davis",
            "former shadow home secretary",
        ),
        ("Veteran striker Tom Harris scored twice.", "Tom Harris", "veteran striker"),
    ],
)
def test_a_subjects_state_of_mind_is_no_part_of_the_role_after_it(sentence, name, role):
    people = {p.name: [r.text for r in p.roles] for p in _analysis(sentence + "\n").people}
    assert people[name] == [role]


@pytest.mark.parametrize(
    "sentence, roles",
    [
        # a missing comma: the role ran on into the clause (bbc_tech_243, ungrammatical three of three)
        (
            "Ann Simpson, marketing manager at Snappy Snaps believes the convenience of high street printing "
            "will continue to attract customers.",
            [],
        ),
        ("Ann Simpson, head of sales at Kodak thinks prices will fall.", []),
        # counter-examples: the comma is there; a noun that looks like a verb
        (
            "Ann Simpson, marketing manager at Snappy Snaps, believes the convenience will last.",
            ["marketing manager at Snappy Snaps"],
        ),
        ("Ann Simpson, head of United States sales, said prices will fall.", ["head of United States sales"]),
    ],
)
def test_a_role_running_into_a_clause_is_no_role(sentence, roles):
    people = {p.name: [r.text for r in p.roles] for p in _analysis(sentence + "\n").people}
    assert people["Ann Simpson"] == roles


@pytest.mark.parametrize(
    "text, refused",
    [
        # bbc_tech_373: the article lost a full stop after a bracket
        (
            "Sabotage is most commonly committed from within an organisation according to the National Hi-Tech "
            "Crime Unit (NHTCU) A survey conducted on its behalf by NOP found that more than 80% of companies "
            "have been victims of some form of cyber-crime.",
            True,
        ),
        # counter-examples: a bracket before a verb, a title inside the brackets
        ("The National Hi-Tech Crime Unit (NHTCU) said that more than 80% of companies were hit.", False),
        ("Sales of the paper (The Sun) rose by 80% in the year to March.", False),
    ],
)
def test_a_sentence_run_on_across_a_lost_full_stop_is_no_blank(text, refused):
    analysis = _analysis(text + "\n")
    made = [c for c in generate_all(analysis) if c.answer_type == "number" and c.answer in ("80%",)]
    assert made, "a blank of the figure is generated"
    problems = [check(make_question(c, analysis, random.Random(0)), c, analysis) for c in made]
    assert all(any(p.check == "two-sentences" for p in found) for found in problems) is refused
