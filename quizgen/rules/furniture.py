"""Leftovers of web pages that are not article text: they never reach a question.

Two kinds of rule, both data with examples and counter-examples (`tests/test_rules.py`):

* `FURNITURE_RULES` match a whole line or paragraph, or one sentence inside a paragraph
  ("Image caption ...", "Read more: ...", "By Jane Smith, BBC News", "Advertisement").
  Most are anchored at both ends and refuse a line that ends like a sentence, so a real
  sentence that merely starts with "By", "Read" or "Published" is kept.
* `INLINE_RULES` match a span inside a paragraph that is removed on its own, such as a
  photo credit in brackets: "Leaders met in Rome (Photo: Reuters)".
"""

from __future__ import annotations

import re

from . import Rule, rule, rules_that_may_match

MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?"
)
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?"
AGENCY = (
    r"(?:getty images|reuters|afp|epa|ap|ap photo|pa|pa media|pa wire|shutterstock|alamy|bloomberg|anadolu"
    r"|the canadian press|the globe and mail)"
)
# A list of links or a label ends the line, or is followed by ":", "|", "›", "»", " - " or "...".
LABEL_END = r"\s*(?:(?:[:|›»>]|\s[-–—]\s|\.{3}|…).*)?$"

FURNITURE_RULES: tuple[Rule, ...] = (
    rule(
        "read-more",
        r"^(?:read more|read next|read also|also read|more to read|related topics|related stories|related articles"
        r"|related content|related links|related|see also|more on this story|more from this section|most read"
        r"|most popular|most viewed|most shared|top stories|latest stories|more stories|you may also like"
        r"|you might also like|you may also be interested in|recommended(?: for you| stories)?|trending(?: now)?"
        r"|what to read next|editor'?s picks|around the bbc|elsewhere on \w+|related coverage|related video"
        r"|more coverage|read|more|also|continue reading|story continues below)" + LABEL_END,
        (
            "Read more: Why the summit matters",
            "READ MORE",
            "Read more »",
            "Related Topics",
            "Related",
            "More on this story",
            "Most read",
            "Also read: Carney's first 100 days",
            "You may also like",
            "Trending now",
            "See also - The G7 explained",
            "RELATED: Carney's first 100 days in office",
            "MORE: What the G7 summit decided",
            "READ: The full text of the statement",
            "Story continues below",
        ),
        (
            "Read more widely, experts say.",
            "Read the full statement here.",
            "Related talks will follow in June.",
            "Related-party deals rose by 4%.",
            "Most read the report before the vote.",
            "Recommended doses were cut in 2024.",
            "See also the report's appendix, which lists 40 sites.",
            "Trending topics included the summit.",
            "More than 40 people died in the attack.",
            "Also on Monday, the talks resumed.",
            "Read the full statement here.",
        ),
        re.I,
    ),
    rule(
        "promo",
        r"^(?:watch|listen|video|audio|gallery|photos|in pictures|in video|podcast|live|quiz|poll)\s*:\s*\S",
        (
            "Watch: Carney arrives in Rome",
            "LISTEN: The week in politics",
            "In pictures: the summit",
            "Photos: The G7 summit in Rome",
        ),
        ("Watch out for the vote, she said.", "Live music filled the square.", "Video footage showed the convoy."),
        re.I,
    ),
    rule(
        "caption",
        # "Image caption, ...", "Image copyright Getty Images": the label, then a comma, a colon,
        # a capital or nothing; "Image sources vary" is a sentence.
        r"^(?:image|photo|picture|video|media|graphic|audio)\s*(?:caption|copyright|source|credit|description)"
        r"(?:\s*[,:]|\s+(?-i:[A-Z0-9])|\s*$)|^(?:caption|credit|photo credit)\s*:",
        (
            "Image caption Mr Carney arrived in Rome",
            "Image caption, Mr Carney arrived in Rome on Saturday.",
            "Image copyright Getty Images",
            "Image source, Getty Images",
            "Photo credit: AP",
            "Media caption Watch: the leaders meet",
            "Caption: Leaders in Rome",
            "Credit: Getty Images",
        ),
        (
            "Image problems dogged the campaign.",
            "Photo opportunities were limited.",
            "Video footage showed the convoy.",
            "Credit card debt rose by 5%.",
            "Image sources vary, the report said.",
            "Media copyright rules changed in 2019.",
        ),
        re.I,
    ),
    rule(
        "credit-line",
        r"^[(\[]?(?:photograph|photo|image|picture|pic|file photo)s?\s*(?::|by\b[^!?]*(?<![.!?])$)"
        rf"|(?:^|[\s(\[/])(?:getty images|reuters|afp|epa|ap photo|shutterstock|alamy|pa media|pa wire)\s*[)\]]?\s*$"
        rf"|^[(\[]?{AGENCY}\s*/\s*\w"
        rf"|/\s*{AGENCY}(?: via getty images)?\s*[)\]]?\s*$"
        # a caption that ends with its agency and photographer: "... in Rome, June 3. REUTERS/Jane Smith"
        r"|\b(?:reuters|afp|ap|epa|pa)\s*/\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:/files?)?(?<![.!?])\s*$",
        (
            "Photograph: AP",
            "Photograph: Reuters",
            "(Photo: Reuters)",
            "(Photo: AP)",
            "[Photo: EPA]",
            "Photo by John Smith/AFP via Getty Images",
            "(AP Photo/Evan Vucci)",
            "REUTERS/Yves Herman",
            "Jane Smith/Getty Images",
            "Leaders meet in Rome (Getty Images)",
            "Getty Images",
            "Leaders walk to the summit in Rome, Italy, June 3, 2025. REUTERS/Jane Smith",
            "THE CANADIAN PRESS/Jane Smith",
            "Carney speaks in Ottawa on Monday. Jane Smith/The Globe and Mail",
        ),
        (
            "He spoke to Reuters.",
            "Photographs of the meeting were released on Monday.",
            "Photos by the agency showed 40 dead.",
            "The AP reported that 40 people had died.",
            "Zelenskyy told Reuters that talks would resume in June.",
            "The report was shared by AP/Reuters on Monday.",
        ),
        re.I,
    ),
    rule(
        "byline",
        # "By" and a capitalised name (several, joined by "and"), then maybe ", BBC News" or
        # a short job; never a line that ends like a sentence, never "By Monday" or "By March".
        r"^(?i:by|words by|written by|reporting by|reported by)\s+"
        rf"(?!(?i:{WEEKDAY}|{MONTH}|the|a|an|this|that|then|now)\b)"
        r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|da|van|von|der|al|el|bin|le|la))*"
        r"(?:\s*(?:[,;|–—]|\s-)\s*[^.!?]{0,80}|(?:\s+[\w'’-]+){1,4})?(?<![.!?])$",
        (
            "By Jane Smith",
            "By Jane Smith, BBC News",
            "BY JANE SMITH",
            "By Jane Smith and John Doe, BBC News, Washington",
            "By Jane Smith | Reuters",
            "By J. R. Smith",
            "By Jane Smith Political correspondent",
            "Reporting by Jane Smith; Editing by John Doe",
        ),
        (
            "By Monday the talks had failed.",
            "By Monday, the talks had failed.",
            "By Monday, the talks had failed",
            "By the time Carney arrived, the talks had ended.",
            "By March 2026, Canada will spend 2% of GDP on defence.",
            "By Jane's own account, the meeting went well.",
            "By Canada's count, 40 people died in the attack.",
        ),
    ),
    rule(
        "dateline",
        rf"^(?:first published|published|updated|last updated|posted|last modified|modified)(?:\s+(?:on|at))?\s*:?\s*"
        rf"(?:{WEEKDAY},?\s+)?(?:\d|{MONTH}\s+\d)[^!?]{{0,50}}(?<![.!?])$",
        (
            "Published 3 June 2025",
            "Last updated 14:02 GMT",
            "Updated: 3 June 2025, 10:15 BST",
            "Published on Tuesday 3 June 2025",
            "Posted June 3, 2025",
            "Published 2 hours ago",
        ),
        (
            "Published figures show that 3 million people were affected.",
            "Updated 12 guidelines were released on Monday.",
            "Posted workers earn 20% less, the union said.",
        ),
        re.I,
    ),
    rule(
        "date-only",
        rf"^(?:{WEEKDAY},?\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
        r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
        r"|^\d+\s+(?:second|minute|hour|day|week|month)s?\s+ago$",
        ("3 June 2025", "Tuesday 3 June 2025", "June 3, 2025 10:15 AM ET", "5 hours ago"),
        ("3 June 2025 was the hottest day of the year.", "5 hours ago, the talks collapsed."),
        re.I,
    ),
    rule(
        "share",
        r"^(?:share(?: this(?: page| article| story| post)?| on \w+| via \w+| article)?|follow us\b.{0,40}"
        r"|follow (?:[\w.@'’-]+ ){1,3}on "
        r"(?:twitter|x|facebook|instagram|tiktok|linkedin|threads|bluesky|youtube)\b.{0,40}"
        r"|sign up\b.{0,80}\b(?:newsletters?|emails?|inbox|alerts?|account|updates)\b.{0,60}"
        r"|subscribe(?: now| today| here| to (?:our|the|this)\b.{0,60})?"
        r"|(?:get|receive) (?:our|the) (?:\w+ )?newsletter.{0,60}"
        r"|(?:click|tap) here\b.{0,80}|download (?:the|our) (?:\w+ )?app\b.{0,60}|(?:listen|watch) (?:now|live)"
        r"|comments?(?: \(\d+\))?|\d+ comments?|print(?: this(?: page| article)?)?|email(?: this(?: page| article)?)?"
        r"|copy link|save(?: this)? article|skip to (?:main )?content|back to top|jump to (?:navigation|content)"
        r"|listen to this article.{0,30}|\d+ min(?:ute)? read)\s*[.!:|»›]?\s*$",
        (
            "Share this page",
            "Share",
            "Share on Facebook",
            "Follow us on Twitter",
            "Follow Jane Smith on X",
            "Sign up for our newsletter",
            "Sign up to our morning newsletter and get BBC News in your inbox.",
            "Subscribe",
            "Click here to read the full report.",
            "Skip to content",
            "Comments (12)",
            "5 min read",
        ),
        (
            "Share prices fell by 3% on Monday.",
            "Subscribers rose by 20% last year.",
            "Follow the money, she said.",
            "Sign up rates for the army rose by 5%.",
            "Comments by the minister angered Kyiv.",
            "Printing costs doubled.",
        ),
        re.I,
    ),
    rule(
        "advertisement",
        r"^(?:advertisement|advert|ad|ads|sponsored(?: content)?|paid content|promoted(?: content)?|paid post)"
        r"\s*(?:[-–—:|].{0,40})?$",
        ("Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue", "Sponsored content"),
        ("Advertisement spending fell 4% in May.", "Ad revenue rose.", "Sponsored by the state, the talks began."),
        re.I,
    ),
    rule(
        "copyright",
        r"^(?:copyright\s*)?©|^\(c\)\s*\d{4}|^copyright\s+(?:\d{4}|©)|\ball rights reserved\.?$"
        r"|^(?:cookie (?:settings|policy|preferences)|we use cookies|accept (?:all )?cookies"
        r"|this (?:site|website) uses cookies)",
        (
            "Copyright ©",
            "© 2025 BBC",
            "Copyright 2025 BBC. All rights reserved.",
            "Cookie settings",
            "We use cookies to improve your experience.",
        ),
        (
            "Copyright law was changed in 2019.",
            "Cookies are a big export for Denmark.",
            "The court reserved all rights to appeal, he said.",
        ),
        re.I,
    ),
    rule(
        "breadcrumb",
        r"^[\w&'’ -]{1,25}(?:\s+[|›»>/]\s+[\w&'’ -]{1,25}){2,}$",
        ("Home | News | World", "News › World › Europe"),
        ("Carney met Zelenskyy in Rome.", "Canada | Ukraine"),
    ),
    rule(
        "source-note",
        # The note under a chart, map or table, or an editor's note: "SOURCE: ICAO; WORLD BANK".
        r"^(?:sources?|data|chart|graphic|graphics|map|note|notes|editor'?s note|correction)\s*:\s*\S",
        (
            "SOURCE: ICAO; WORLD BANK",
            "Sources: Reuters; Bloomberg",
            "Source: Office for National Statistics",
            "Note: Figures are rounded to the nearest thousand",
            "Chart: Jane Smith",
            "Editor's note: This story has been updated.",
        ),
        (
            "Sources close to the minister said the talks had failed.",
            "Source code for the app was leaked.",
            "Data from the agency showed a 3% rise.",
            "Note the date on the letter, she said.",
        ),
        re.I,
    ),
    rule(
        "gallery",
        # A photo gallery's controls and counter: "1 of 4", "Hide Caption 3 of 12", "Next image".
        r"^(?:(?:hide|show|toggle) caption|enlarge (?:this )?image|expand(?: image)?|view gallery"
        r"|(?:previous|next|prev)(?: (?:image|photo|picture|slide))?)?\s*"
        r"(?:(?:image|photo|picture|slide)\s+)?(?:\d{1,3}\s*(?:of|/)\s*\d{1,3})?\s*$(?<=\S)",
        ("1 of 4", "Hide Caption 3 of 12", "Photo 2 of 9", "Next image", "Show caption", "12 / 30"),
        ("1 of 4 people voted no.", "Next year the talks resume.", "Expand the army, he said.", "2025"),
        re.I,
    ),
    rule(
        "legend",
        # A map or chart key: a block symbol, or a bullet before a label that is not a sentence.
        r"^[█■]+\s|^[●◆▪▶►•]+\s[^.!?]*$",
        ("██ Syrian Democratic Forces", "■ Russian-held areas", "● Reported strikes"),
        ("Mr Carney arrived.", "• Carney will host the G7 summit in June."),
    ),
)

INLINE_RULES: tuple[Rule, ...] = (
    rule(
        "bracketed-credit",
        r"\s*[(\[](?:photograph|photo|image|picture|pic|file photo|credit)s?\s*(?:by\b|:)[^()\[\]]{1,60}[)\]]"
        rf"|\s*[(\[]{AGENCY}\s*/[^()\[\]]{{1,40}}[)\]]",
        (
            "Leaders met in Rome (Photo: Reuters)",
            "Carney arrives in Rome. [Photo: EPA] The talks began.",
            "Zelenskyy spoke (AP Photo/Evan Vucci) to reporters.",
            "(Photograph by Jane Smith)",
        ),
        (
            "Agence France-Presse (AFP) reported the deal.",
            "Carney met Zelenskyy in London (Reuters reported the talks).",
            "The photo (taken on Monday) shows 40 people.",
        ),
        re.I,
    ),
)

# Words (lower case) without one of which a rule cannot match, so it is not run (see
# rules_that_may_match): the rules that look everywhere in a text, not only at its start, are
# most of the time spent reading an article.
FURNITURE_RULE_NEEDS = {
    "credit-line": (
        "photo",
        "image",
        "pic",
        "reuters",
        "afp",
        "epa",
        "shutterstock",
        "alamy",
        "pa media",
        "pa wire",
        "/",
    ),
    "copyright": ("©", "(c)", "copyright", "all rights reserved", "cookie"),
}
INLINE_RULE_NEEDS = {"bracketed-credit": ("photo", "image", "pic", "credit", "/")}

# Where a paragraph may hold a sentence of furniture: after a sentence's end (and any
# closing quote or bracket), before the next sentence's first letter, quote or bracket.
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])\s+(?=[\"“‘'(\[A-Z0-9])"
    r"|(?<=[.!?…][\"”’')\]])\s+(?=[\"“‘'(\[A-Z0-9])"
)


def is_furniture(block: str) -> bool:
    """True when the whole line, paragraph or sentence is page furniture."""
    text = block.strip()
    return any(r.search(text) for r in rules_that_may_match(FURNITURE_RULES, FURNITURE_RULE_NEEDS, text))


def strip_furniture(block: str) -> str:
    """`block` without inline credits and without the sentences that are furniture.

    A short block (one or two sentences) that starts or ends as furniture is dropped whole:
    that is a caption or a promo line. In a longer block, such as an article pasted as one
    long paragraph, only the furniture sentences go. Spacing is normalised (runs of
    whitespace become one space); an ordinary, already normalised paragraph comes back unchanged.
    """
    text = block
    for r in INLINE_RULES:
        if r in rules_that_may_match(INLINE_RULES, INLINE_RULE_NEEDS, text):  # asked again: a cut may join words
            text = r.pattern.sub("", text)
    pieces = [p for p in _SENTENCE_BREAK.split(text) if p.strip()]
    if len(pieces) <= 2 and is_furniture(text):
        return ""
    kept = [p for p in pieces if not is_furniture(p)]
    if len(kept) != len(pieces):
        text = " ".join(kept)
    return " ".join(text.split())
