"""Golden cases for a weekday swapped in a false statement (swap_weekdays.py): real sentences of
dev articles (Wikinews ones as written, BBC ones in the same shape), each with the swaps a strict
teacher prints and the ones that would be also true, ungrammatical or obvious.
"""

from __future__ import annotations

from test_review38_statements import altered

MAGNITOGORSK = (
    "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.\n\n"
    "On Tuesday an eleven-month-old boy, identified only as Ivan, was rescued alive and flown to Moscow "
    "for treatment of injuries including frostbite.\n\n"
    "Rescue work resumed on Wednesday, with additional bodies increasing the confirmed death toll to 39.\n\n"
    "Rescuers recovered at least ten survivors from the debris on Monday.\n"
)


def test_the_day_an_event_happened_is_swapped_for_another_day_the_article_gives():
    """'An apartment building collapsed on Monday' has no calendar date, and was true-only."""
    swapped = altered(MAGNITOGORSK, "An apartment building collapsed")
    assert "An apartment building collapsed on Tuesday in Magnitogorsk, a city in the Ural region of Russia." in swapped
    assert (
        "An apartment building collapsed on Wednesday in Magnitogorsk, a city in the Ural region of Russia." in swapped
    )


def test_no_day_on_which_the_article_tells_of_the_same_kind_of_event():
    """'Rescuers recovered at least ten survivors … on Tuesday', when a boy was rescued on Tuesday:
    a reader cannot call it false. Wednesday, when bodies were found, is no rescue of survivors."""
    swapped = altered(MAGNITOGORSK, "Rescuers recovered")
    assert not any("on Tuesday" in s for s in swapped)


def test_no_day_that_a_statement_shares_with_a_sentence_about_the_same_thing():
    """'… block Russia's impending auction of its main production arm on Sunday' is true: the
    article's 'the auction on Sunday' (bbc_business_299, also-true)."""
    text = (
        "Yukos has said a US court will decide whether to block the auction of its main production arm "
        "on Thursday.\n\n"
        "A lawyer for Yukos spoke at a hearing in Houston on Wednesday.\n\n"
        '"The only significant bidder at the auction on Sunday is Gazprom," he said.\n'
    )
    swapped = altered(text, "Yukos has said")
    assert not any("on Sunday" in s for s in swapped)
    assert any(s.endswith("on Wednesday.") for s in swapped)


def test_no_day_whose_sentence_tells_of_it_by_a_pronoun():
    """'At 0619 GMT on Monday, the dollar was up slightly' beside 'It rallied briefly on Monday'
    (bbc_business_089): the dollar was up on Monday too."""
    text = (
        "At 0619 GMT on Tuesday, the dollar was up slightly at just above $1.29 to the euro.\n\n"
        "It rallied briefly on Monday amid signs that oil prices are easing.\n\n"
        "Finance ministers met in Brussels on Friday to talk about exports.\n"
    )
    swapped = altered(text, "At 0619 GMT")
    assert not any("on Monday" in s for s in swapped)
    assert any("on Friday" in s for s in swapped)


def test_no_day_of_a_report_of_news_that_may_have_come_the_day_before():
    """'By reports on Friday, two of Khan's victims died' of an attack on Friday: reports on the
    day of the attack may well have said so (wikinews_2019_163)."""
    text = (
        "On Friday, 28-year-old Usman Khan stabbed several people at Fishmongers' Hall in London.\n\n"
        "By reports on Saturday, two of Khan's victims died, and three others were seriously injured.\n\n"
        "Police closed London Bridge on Sunday while officers searched the area.\n"
    )
    assert altered(text, "By reports on Saturday") == []


def test_no_day_that_is_a_label_or_beside_a_calendar_date():
    """'the Wednesday special' is ALDI's sale, not a day the article tells of, nor a day to swap
    in (wikinews_2020_034); 'on Monday 16 March' gives the day away to anyone with a calendar."""
    text = (
        "ALDI made stocks for a planned Wednesday special available early.\n\n"
        "Woolworths limited toilet paper to one pack on Monday 16 March, the chain said.\n\n"
        "Police closed the car park of a shopping centre in Sydney on Friday.\n\n"
        "Costco's store in Canberra limited the allowed amount to two packs on Tuesday.\n"
    )
    assert altered(text, "ALDI made stocks") == []
    assert not any("Tuesday" in s for s in altered(text, "Woolworths limited"))
    assert altered(text, "Costco's store") == [
        "Costco's store in Canberra limited the allowed amount to two packs on Friday."
    ]


def test_no_day_a_man_spoke_on():
    """'Neil Basu, on Saturday said the police found nothing inconsistent with the attacker acting
    alone' (wikinews_2020_069): the day a man spoke is no fact to ask about, and he may have said
    it the day before too. The day of the attack itself is swapped."""
    text = (
        "On Saturday evening in Forbury Gardens in Reading, a mass stabbing killed three people.\n\n"
        "The head of the UK's counter terror police, Neil Basu, on Sunday said the police found nothing "
        "inconsistent with the attacker acting alone.\n\n"
        "Police searched a flat in Reading on Monday.\n"
    )
    assert altered(text, "The head of the UK's counter terror police") == []
    assert any(s.startswith("On Monday evening") for s in altered(text, "On Saturday evening"))


def test_no_weekend_day_for_a_market():
    """'Manchester United shares closed at 270.25p on Sunday' (bbc_business_224): markets shut at
    weekends, false to anyone. A weekday stays a fair swap."""
    text = (
        "Rival club Manchester City has asked fans not to protest when the teams play on Sunday.\n\n"
        "Manchester United shares closed at 270.25p on Friday, down 3.75p on the day.\n\n"
        "The Glazer family met bankers in New York on Wednesday.\n"
    )
    assert altered(text, "Manchester United shares") == [
        "Manchester United shares closed at 270.25p on Wednesday, down 3.75p on the day."
    ]
