"""Leftovers of news pages in every layout (plain text two ways, Markdown, a saved page):
datelines, chart and source notes, gallery counters, photo credits, teasers, site names in
titles and author fields scraped from around the page.

The shapes are those of real pages (Reuters, CNN, the Telegraph, the NY Post, Fox, the Globe
and Mail: issue 11); the sentences are made up in the same shape, since only Wikinews text
may be copied into the repository.
"""

from __future__ import annotations

import json
import warnings
from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.articles import parse_article
from quizgen.cli import cli
from quizgen.errors import QuizgenWarning
from quizgen.readers import parse
from quizgen.readers.bylines import clean_author
from quizgen.readers.titles import clean_title

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

HEADLINE = "Storm closes Kestrel Bay harbour"
LEDE = "The harbour at Kestrel Bay was closed on Friday after a storm tore two boats from their moorings."
P2 = "Waves of up to six metres hit the sea wall overnight, and the coastguard rescued four crew from a trawler."
P3 = "The harbour will reopen on Monday if the wind drops, the harbour master said on the quay."


def read(layout: str, paragraphs: list[str], title: str = HEADLINE):
    """The article of `paragraphs` under `title`, written in `layout`."""
    if layout == "blank-lines":
        return parse_article("\n\n".join([title, *paragraphs]))
    if layout == "lines":
        return parse_article("\n".join([title, *paragraphs]))
    if layout == "markdown":
        text = "\n\n".join([f"# {title}", *paragraphs])
        return parse(text.encode(), kind="markdown", name="story", shown="story.md")
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
        f"<body><main><article><h1>{escape(title)}</h1>\n{body}</article></main></body></html>"
    )
    return parse(page.encode(), kind="html", name="story", shown="story.html")


LAYOUTS = ["blank-lines", "lines", "markdown", "html"]

DATELINES = [
    "(CNN) -- ",
    "(CNN)",
    "LONDON (Reuters) - ",
    "KESTREL BAY, Maine (AP) — ",
    "LONDON, Nov 14 (Reuters) - ",
    "WASHINGTON — ",
    "TORONTO -- ",
    "- ",
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_is_stripped_and_the_sentence_kept(dateline, layout):
    article = read(layout, [dateline + LEDE, P2, P3])
    assert article.paragraphs == (LEDE, P2, P3)


@pytest.mark.parametrize("layout", ["blank-lines", "lines"])
def test_a_dash_that_starts_a_later_paragraph_is_a_list_and_stays(layout):
    item = "- Harbour master Ruth Calloway: the sea wall held, but two boats were lost."
    assert read(layout, [LEDE, item, P3]).paragraphs == (LEDE, item, P3)


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO — the alliance of 32 countries — met in Brussels on Friday.",
        "(CNN is owned by Warner Bros. Discovery.) The storm hit on Friday.",
        "Washington — the capital — was quiet on Friday, police said.",
        "UN (United Nations) - a body of 193 states - met on Friday.",
    ],
)
def test_sentences_that_open_like_a_dateline_stay(sentence):
    assert read("blank-lines", [sentence, P2]).paragraphs == (sentence, P2)


LEFTOVERS = [
    "SOURCE: NATIONAL WEATHER SERVICE; COASTGUARD",
    "Source: Office for National Statistics",
    "Note: Figures are rounded to the nearest thousand",
    "1 of 4",
    "Hide Caption 2 of 4",
    "Photos: The storm hits the Maine coast",
    "A trawler lies on the rocks at Kestrel Bay, Maine, November 14, 2025. REUTERS/Jane Smith",
    "The sea wall at Kestrel Bay on Friday. John Doe/The Globe and Mail",
    "(Photo by John Doe/Getty Images)",
    "Photograph: Jane Smith/AP",
    "RELATED: Fishing fleet faces a hard winter",
    "Related: Why the sea wall was built",
    "Read more: The town that lives on fish",
    "READ MORE: Harbour dues to rise",
    "MORE: What the council decided",
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("leftover", LEFTOVERS)
def test_page_leftovers_never_become_paragraphs(leftover, layout):
    article = read(layout, [LEDE, leftover, P2, P3])
    assert article.paragraphs == (LEDE, P2, P3)
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "title, site, expected",
    [
        ("Storm closes Kestrel Bay harbour - Telegraph", None, HEADLINE),
        ("The Guardian | Storm closes Kestrel Bay harbour", None, HEADLINE),
        ("Storm closes Kestrel Bay harbour | World news | The Guardian", None, HEADLINE),
        ("Storm closes Kestrel Bay harbour - CNN.com", None, HEADLINE),
        ("Storm closes Kestrel Bay harbour | Fox News", None, HEADLINE),
        ("Storm closes Kestrel Bay harbour - The Globe and Mail", None, HEADLINE),
        ("Storm closes Kestrel Bay harbour | The Harbour Herald", "The Harbour Herald", HEADLINE),
        (
            "Storm closes Kestrel Bay harbour | The Harbour Herald",
            None,
            "Storm closes Kestrel Bay harbour | The Harbour Herald",
        ),  # an unknown site, and no site name to match
        ("Spider-Man - the musical opens in London", None, "Spider-Man - the musical opens in London"),
        ("Telegraph", None, None),
        ("1 of 4", None, None),
        ("Hide Caption 3 of 12", None, None),
    ],
)
def test_title_without_the_site(title, site, expected):
    assert clean_title(title, site) == expected


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_headline_with_a_site_suffix(layout):
    assert read(layout, [LEDE, P2], title=f"{HEADLINE} - Telegraph").title == HEADLINE


@pytest.mark.parametrize("layout", ["blank-lines", "lines"])
def test_a_gallery_counter_is_never_the_title(layout):
    sep = "\n\n" if layout == "blank-lines" else "\n"
    article = parse_article(sep.join(["1 of 4", HEADLINE, LEDE, P2]))
    assert article.title == HEADLINE
    assert article.paragraphs == (LEDE, P2)


@pytest.mark.parametrize(
    "author, expected",
    [
        ("Jane Holloway", "Jane Holloway"),
        ("By Jane Holloway", "Jane Holloway"),
        ("Jane Holloway, Environment Correspondent", "Jane Holloway"),
        ("Jane Smith; John Doe", "Jane Smith and John Doe"),
        ("Reuters", "Reuters"),
        ("Dana A Ford; James S A Corey; Chien-Ming Wang; Lena Brooks; Tom Reed", None),  # scraped from elsewhere
        ("CNN Wire Staff", None),
        ("Jane Smith; Getty Images", "Jane Smith"),
        ("https://www.facebook.com/someone", None),
        ("", None),
    ],
)
def test_author_kept_only_as_a_byline(author, expected):
    assert clean_author(author) == expected


def test_generate_on_a_saved_page_gives_a_clean_title_and_byline(tmp_path):
    """The page's og:title ends in "- Telegraph", its author field lists six unrelated people,
    its lede opens "KESTREL BAY, Maine (CNN) --", and a gallery, a chart note and a teaser sit
    among its paragraphs."""
    result = CliRunner().invoke(
        cli, ["generate", str(DATA / "articles" / "harbour-storm.html"), "-o", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    quiz = json.loads((tmp_path / "harbour-storm.json").read_text(encoding="utf-8"))
    assert quiz["title"] == "Storm closes Kestrel Bay harbour for three days"
    assert quiz["source"]["title"] == quiz["title"]
    assert quiz["source"]["author"] is None
    text = json.dumps(quiz["questions"])
    for leftover in ("CNN", "Telegraph", "SOURCE", "RELATED", "1 of 4", "Photos", "Dana"):
        assert leftover not in text


def test_a_page_title_loses_the_pages_own_site_name():
    """A site quizgen does not know, named by the page's og:site_name."""
    page = (DATA / "articles" / "harbour-storm.html").read_text(encoding="utf-8")
    page = page.replace("three days - Telegraph", "three days | The Harbour Herald").replace(
        "<link rel", '<meta property="og:site_name" content="The Harbour Herald">\n  <link rel'
    )
    article = parse(page.encode(), kind="html", name="harbour", shown="harbour.html")
    assert article.title == "Storm closes Kestrel Bay harbour for three days"
    assert article.source.site == "The Harbour Herald"


def test_the_saved_page_keeps_a_real_byline(tmp_path):
    page = (DATA / "articles" / "harbour-storm.html").read_text(encoding="utf-8")
    page = page.replace(
        "Dana A Ford; James S A Corey; Chien-Ming Wang; Lena Brooks; Tom Reed; Amy Lin",
        "Mara Quinn, Maine correspondent",
    )
    article = parse(page.encode(), kind="html", name="harbour", shown="harbour.html")
    assert article.source.author == "Mara Quinn"
    assert article.paragraphs[0].startswith("The harbour at Kestrel Bay was closed on Friday")


# --- not English ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_an_article_not_in_english_gets_a_warning(language, tmp_path):
    path = DATA / "languages" / f"{language}.txt"
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path), "--format", "json"])
    assert f"Warning: {path} does not look like English" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "Шторм закрыл гавань в пятницу. " * 20,
        "暴风雨星期五关闭了港口。" * 40,
        "Η καταιγίδα έκλεισε το λιμάνι την Παρασκευή. " * 20,
    ],
)
def test_text_in_another_script_gets_a_warning(text):
    with pytest.warns(QuizgenWarning, match="does not look like English"):
        try:
            parse_article(text)
        except Exception:  # noqa: BLE001 (the warning comes first; what follows is another test's matter)
            pass


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/dev")
def test_no_dev_article_is_taken_for_another_language():
    paths = sorted(CORPUS.glob("*.txt"))
    assert len(paths) >= 30
    with warnings.catch_warnings():
        warnings.simplefilter("error", QuizgenWarning)
        for path in paths:
            parse_article(path.read_text(encoding="utf-8"), name=path.stem)


def test_english_with_foreign_quotations_gets_no_warning():
    text = "\n\n".join([HEADLINE, LEDE, "«Nous ne pouvons pas attendre», said the mayor of the town.", P2, P3])
    with warnings.catch_warnings():
        warnings.simplefilter("error", QuizgenWarning)
        parse_article(text)
