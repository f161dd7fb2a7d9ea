"""Datelines: where and from whom a story was filed, printed before its first sentence.

"(CNN) --", "LONDON (Reuters) -", "WASHINGTON —": pasted with the text, they would end up in a
question ("(CNN) -- The Pennsylvania official ..."). `strip_dateline` cuts them from the start
of a paragraph and keeps the sentence. The rules are data with examples and counter-examples
(`tests/test_rules.py`), as in furniture.py.
"""

from __future__ import annotations

from . import Rule, lexicon, rule
from .furniture import MONTH

# The agencies and broadcasters whose tag opens a story: "(CNN) --", "LONDON (Reuters) -".
WIRE = (
    r"CNN\w*|Reuters|AP|AFP|UPI|Bloomberg|Xinhua|dpa|DPA|BBC|PA|AAP|CP|IANS|PTI|ANI|TASS|Kyodo|Yonhap|CNBC|NPR"
    r"|Associated Press|Agence France-Presse|The Canadian Press|Canadian Press|CBS News|ABC News|NBC News"
    r"|Fox News|Sky News|Al Jazeera|CBC News|Politico|Axios|MarketWatch|Newser|EW\.com|WebMD|Mashable|CNET|Variety"
)
# A dateline's place in capitals, maybe with its state or country and a date:
# "WASHINGTON", "SAN FRANCISCO, Calif.", "LONDON, June 3".
DATELINE_PLACE = (
    r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    rf"(?:,\s*(?i:{MONTH})\s+\d{{1,2}})?"
)
DASH = r"(?:--|—|–|-)"

DATELINE_RULES: tuple[Rule, ...] = (
    rule(
        "wire-dateline",
        # The agency's tag, after a place in capitals or alone: removed, the sentence kept.
        rf"^(?:{DATELINE_PLACE}\s*)?\((?:{WIRE})\)\s*(?:{DASH}|:)?\s*(?=\S)",
        (
            "(CNN) -- The Pennsylvania official said the count was over.",
            "(CNN)The Pennsylvania official said the count was over.",
            "LONDON (Reuters) - Carney met Zelenskyy in Rome on Saturday.",
            "LONDON, June 3 (Reuters) - Carney met Zelenskyy.",
            "SAN FRANCISCO, Calif. (AP) — Carney met Zelenskyy.",
            "NEW YORK (CNNMoney) -- Stocks fell on Monday.",
        ),
        (
            "Agence France-Presse (AFP) reported the deal.",
            "(CNN is owned by Warner Bros. Discovery.)",
            "UN (United Nations) - a body of 193 states - met.",
        ),
    ),
    rule(
        "place-dateline",
        # A place in capitals and a dash: kept only when it is a known place (see `strip_dateline`).
        rf"^({DATELINE_PLACE})\s+(?:--|—|–|-)\s+(?=\S)",
        ("WASHINGTON — Carney met Zelenskyy.", "NEW YORK - Stocks fell.", "SPRINGFIELD, Ill. -- The vote was close."),
        ("Washington — the capital — was quiet.", "NATO—the alliance—met."),
    ),
    rule(
        "lede-dash",
        # What a dateline leaves when its place was lost in copying: "- Countries around Asia ...".
        r"^[-–—]+\s+(?=[A-Z\"“‘'])",
        ("- Countries around Asia sent ships to the area.", "— Countries around Asia sent ships."),
        ("-5 degrees was the low.", "Countries around Asia sent ships."),
    ),
)


def strip_dateline(paragraph: str, *, lede: bool = False) -> str:
    """`paragraph` without the dateline that opens it ("(CNN) --", "LONDON (Reuters) -",
    "WASHINGTON —"); the sentence stays. A bare leading dash is a dateline only in the
    article's first paragraph (`lede`): elsewhere it marks an item of a list.
    """
    wire, place, dash = DATELINE_RULES
    text = wire.pattern.sub("", paragraph, count=1)
    if text == paragraph:
        match = place.search(paragraph)
        if match and _is_dateline_place(match.group(1)):
            text = paragraph[match.end() :]
    if lede:
        text = dash.pattern.sub("", text, count=1)
    return text


def _is_dateline_place(place: str) -> bool:
    """A known place ("WASHINGTON" is Washington), or a place with its state ("SPRINGFIELD, Ill.")."""
    name, _, state = place.partition(",")
    return bool(state.strip()) or lexicon.place_kind(name.strip().title()) is not None
