"""Golden cases from the 40th pre-review (strict labels on 30 seen bulk articles): an article's
slip copied into a stem or statement, and a subject that is only a quantity. Each refused shape in
the real words of the reviewed article, and counter-examples in the same words that must stay.
"""

from __future__ import annotations

import pytest
from test_review38_golden import kept
from test_review39_statements import statements_shown

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
