"""Golden cases from the 40th pre-review (strict labels on 30 seen bulk articles): an article's
slip copied into a stem or statement, and a subject that is only a quantity. Each refused shape in
the real words of the reviewed article, and counter-examples in the same words that must stay.
"""

from __future__ import annotations

import pytest
from golden import kept, statements_shown

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators import quotes
from quizgen.generators.quotes import quotable
from quizgen.slip_shapes import bare_quantity_subject, copied_slip

GADGETS = (
    "Gadget makers are working to cut e-waste, firms told the Consumer Electronics Show in Las Vegas.\n\n"
    "Intel said its new chips were entirely lead free, chief executive Craig Barrett said on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "text, refused",
    [
        # "a 15 million handsets are replaced in total each year" (ungrammatical; bbc_tech_072)
        ("Teenagers get a new mobile every 11 months and a 15 million handsets are replaced each year.", True),
        ("About a 100 cars were destroyed in the fire.", True),  # "a hundred" in words is English
        ("About a hundred cars were destroyed in the fire.", False),
        ("Teenagers get a new mobile every 11 months and 15 million handsets are replaced each year.", False),
        # a count that measures one thing is English, in BBC sport's words too
        ("He won the 100 metres race and a 3 points lead was enough.", False),
        ("A 15-year-old boy and a 5% rise in sales were reported.", False),
        # "Intel showcased some its motherboards and chips at ___" (ungrammatical; bbc_tech_072)
        ("Intel showcased some its motherboards and chips at CES which are entirely lead free.", True),
        ("Many their fans left early.", True),
        ("Intel showcased some of its motherboards and chips at CES which are entirely lead free.", False),
        ("Intel showcased all its motherboards, and both their chips.", False),
    ],
)
def test_copied_slips(text, refused):
    assert (copied_slip(text) is not None) is refused


@pytest.mark.parametrize(
    "text, refused",
    [
        # "Most are made in US." (vague and ungrammatical; bbc_tech_072): most of what?
        ("Most are made in China.", True),
        ("Many have not heard anything for 10 or more years.", True),
        # "Only ___ regarded themselves as technically savvy" (vague; bbc_tech_389): 11% of whom?
        ("Only _______ regarded themselves as technically savvy enough to send a picture or video message.", True),
        ("Only 11% regarded themselves as technically savvy.", True),
        ("Only 11% of users regarded themselves as technically savvy.", False),
        ("Most phones are made in China.", False),
        ("40% of the UK's population will still be without internet access at home.", False),
        ("Some 30 people died in the blast.", False),
        ("About 30 people were hurt.", False),
        # "Some estimated death tolls … exceeded ___": "estimated" is the noun's
        ("Some estimated death tolls, provided anonymously by officials, exceeded 100.", False),
        # a name's blank before its verb (Rob Da Bank, Pascal Cygan)
        ("_______ has been hosting The John Peel Show since the DJ's death.", False),
        ("_______ missed Arsenal's best chance after 106 minutes.", False),
        ("Only Smith was sent off.", False),
    ],
)
def test_bare_quantity_subjects(text, refused):
    assert (bare_quantity_subject(text) is not None) is refused


def test_no_statement_copies_a_slip_or_counts_nothing():
    shown = statements_shown(
        GADGETS + "Teenagers get a new mobile every 11 months, adults every 18 months and a 15 million handsets are "
        "replaced in total each year.\n\nMost are made in China.\n\n"
        "Teenagers get a new mobile every 11 months, and 15 million handsets are replaced in total each year.\n"
    )
    assert not any("a 15 million" in s or s.startswith("Most are") for s in shown)
    assert "Teenagers get a new mobile every 11 months, and 15 million handsets are replaced in total each year." in (
        shown
    )


@pytest.mark.parametrize(
    "sentence, key, refused",
    [
        ("Only 11% regarded themselves as technically savvy enough to send a picture or video message.", "11%", True),
        (
            "Only 11% of camera phone users regarded themselves as technically savvy enough to send a picture message.",
            "11%",
            False,
        ),
        ("Intel showcased some its motherboards and chips at CES, which are entirely lead free.", "CES", True),
        ("Intel showcased some of its motherboards and chips at CES, which are entirely lead free.", "CES", False),
    ],
)
def test_no_blank_in_a_slip_or_a_bare_quantity(sentence, key, refused):
    assert kept(GADGETS + sentence + "\n", key) is not refused


LICENSING = (
    "The Metropolitan police chief said last week that the plans for 24-hour drinking should be re-examined "
    'because of a binge drinking "epidemic". However, Mr Hayman said: "It would be totally unacceptable in my '
    "view for a chief constable to say, 'I'm very sorry'. He said that police should make sure that responsible "
    'people who wanted a change could benefit from more liberal legislation. "My view is we should create an '
    'environment where that can happen," he said.\n\n'
    'Lib Dem Home Affairs spokesman Mark Oaten said: "It would clearly be prudent to allow the police and local '
    'authorities more time to prepare for flexible drinking hours."\n\n'
)


def test_no_quotation_runs_into_the_reporters_words():
    """'Who said “It would be totally unacceptable … 'I'm very sorry'. He said that police should …”?'
    (formatting; bbc_politics_198): the article left the quotation open."""
    analysis = analyze(parse_article("Police chief backs late licences\n\n" + LICENSING, name="golden"))
    prompts = [c.prompt for c in quotes.generate(analysis)]
    assert any("clearly be prudent" in p for p in prompts)  # a closed quotation still makes a question
    assert not any("He said that" in p for p in prompts)
    assert quotable("My father never gave up. He said we would win in the end.")  # a speaker reporting another


@pytest.mark.parametrize(
    "text, shown",
    [
        (
            "It would be totally unacceptable for a chief constable to say, 'I'm very sorry'. He said that police "
            "should act.",
            False,
        ),
        ("We tried our best. She added that nobody could have done more.", False),
        ("My father never gave up. He said we would win in the end.", True),
        ("He said that police should act, and I agree with him.", True),  # the speaker's own sentence
    ],
)
def test_reporters_words_in_a_quotation(text, shown):
    assert (quotable(text) is not None) is shown
