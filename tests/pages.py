"""The saved pages of tests/data/articles/: what each must give, and the furniture around it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "articles"


@dataclass(frozen=True)
class Page:
    file: str
    title: str
    source: dict
    first: str  # how the first paragraph starts
    last: str  # how the last paragraph ends


PAGES = (
    Page(
        "flood-plan.html",
        "Leeds approves £40m flood defence plan for the River Aire",
        {
            "site": "The Northern Courier",
            "author": "Jane Holloway",
            "date": "2025-05-02",
            "url": "https://www.northern-courier.example/news/leeds-flood-defence-plan",
        },
        "Leeds City Council approved a £40 million flood defence plan",
        "close to its 2015 level again.",
    ),
    Page(
        "sharks.htm",  # windows-1252, metadata in JSON-LD, "Image caption, ..." spans, links lists
        "Basking sharks tagged off Cornwall in record study",
        {"site": "Coast & Country News", "author": "Owen Pascoe", "date": "2024-07-19", "url": None},
        "Scientists have fitted satellite tags to 40 basking sharks",
        "keep at least 100 metres from the animals.",
    ),
)

# Words of each page's menus, banners, ads, captions, lists and footers: never article text.
FURNITURE = {
    "flood-plan.html": (
        "cookies",
        "Accept all",
        "Subscribe",
        "Search the Courier",
        "Advertisement",
        "home insurance",
        "Lakeside Lodges",
        "Environment Correspondent",
        "Share this article",
        "burst its banks",
        "Photo:",
        "Read more",
        "How the Boxing Day floods changed Leeds",
        "Topics:",
        "Spotted an error",
        "Most read",
        "Headingley",
        "pie award",
        "jewellery",
        "tram line",
        "Morning Briefing",
        "newsletter",
        "Privacy policy",
        "All rights reserved",
        "company number",
    ),
    "sharks.htm": (
        "Skip to content",
        "Sign in",
        "Science reporter",
        "Image caption",
        "feeding near the surface",
        "Image source",
        "nature newsletter",
        "Related topics",
        "More on this story",
        "coming back to Cornwall",
        "Plymouth",
        "Most read",
        "cabbages",
        "orchid",
        "Perranporth",
        "Advertisement",
        "Holiday cottages",
        "external sites",
        "Copyright",
        "Terms of Use",
        "agree to cookies",
    ),
}
