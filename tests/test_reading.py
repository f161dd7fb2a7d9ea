"""Reading articles (quizgen/readers/text.py): golden cases for the layouts real articles come in,
web-page leftovers that must never become paragraphs, and the errors for unreadable input."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.articles import decode, parse_article, read_article
from quizgen.errors import ArticleError, QuizgenWarning

SEED = Path(__file__).resolve().parent.parent / "seeds" / "zelenskyy-carney-g7.txt"

P1 = "Ukrainian President Volodymyr Zelenskyy met Mark Carney in Rome on Saturday."
P2 = "“There can be no peace without Ukraine,” Carney told Zelenskyy."
P3 = "The G7 summit opens in Kananaskis, Alberta, on June 15."


# --- golden cases: text -> (title, paragraphs, headings) -----------------------------------

GOLDEN = [
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\n\n{P1}\n\n{P2}\n\n{P3}\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2, P3),
        (),
        id="blank-line-paragraphs",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\n\n{P1}\nIt was their first meeting.\n\n{P2}\n",
        "Carney Meets Zelenskyy in Rome",
        (f"{P1} It was their first meeting.", P2),
        (),
        id="blank-line-paragraphs-wrapped-lines-join",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\n\n{P1}\n\nThe Road to Kananaskis\n\n{P2}\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2),
        ("The Road to Kananaskis",),
        id="blank-line-heading",
    ),
    pytest.param(
        "Zelenskyy urges Carney to press Russia ahead of the G7 summit.\n"
        f"Carney Meets Zelenskyy in Rome\n{P1}\nThe Road to Kananaskis\n{P2}\n{P3}\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2, P3),
        ("Zelenskyy urges Carney to press Russia ahead of the G7 summit.", "The Road to Kananaskis"),
        id="line-paragraphs-standfirst-and-headings",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\n{P1}\n{P2}\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2),
        (),
        id="line-paragraphs-no-standfirst",
    ),
    pytest.param(
        f"{P1}\n\n{P2}\n\n{P3}\n",
        "Ukrainian President Volodymyr Zelenskyy met Mark Carney in Rome on Saturday",
        (P1, P2, P3),
        (),
        id="no-headline-title-from-first-sentence",
    ),
    pytest.param(
        "The talks in Rome lasted for more than two hours and covered trade, defence, "
        "energy and the reconstruction of Ukraine. Both leaders spoke afterwards.",
        "The talks in Rome lasted for more than two hours and covered…",
        (
            "The talks in Rome lasted for more than two hours and covered trade, defence, "
            "energy and the reconstruction of Ukraine. Both leaders spoke afterwards.",
        ),
        (),
        id="no-headline-long-first-sentence-shortened",
    ),
    pytest.param(
        f"{P1} {P2} {P3}",
        "Ukrainian President Volodymyr Zelenskyy met Mark Carney in Rome on Saturday",
        (f"{P1} {P2} {P3}",),
        (),
        id="one-long-paragraph",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\r\n\r\n{P1}\r\n\r\n{P2}\r\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2),
        (),
        id="windows-line-endings",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\r\n{P1}\r\n{P2}\r\n",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2),
        (),
        id="windows-line-endings-line-paragraphs",
    ),
    pytest.param(
        f"Carney Meets Zelenskyy in Rome\r{P1}\r{P2}\r",
        "Carney Meets Zelenskyy in Rome",
        (P1, P2),
        (),
        id="old-mac-line-endings",
    ),
    pytest.param(
        f"\ufeffCarney Meets Zelenskyy in Rome\n\n{P1}\n",
        "Carney Meets Zelenskyy in Rome",
        (P1,),
        (),
        id="bom-in-string",
    ),
    pytest.param(
        "Caf&eacute; Talks &amp; Trade\n\n"
        "Fran&#231;ois Legault met Carney at a caf&#xE9; in Qu&eacute;bec.&nbsp;They talked &quot;frankly&quot;.\n\n"
        "AT&T and R&D firms, and &nothing else, stayed away.",
        "Café Talks & Trade",
        (
            'François Legault met Carney at a café in Québec. They talked "frankly".',
            "AT&T and R&D firms, and &nothing else, stayed away.",
        ),
        (),
        id="html-entities",
    ),
    pytest.param(
        "Carney in Rome\n\nZelen\u00adskyy met Car\u200bney in Rome.\u2028"
        "It was their first meeting.\u2029Talks lasted two hours.",
        "Carney in Rome",
        ("Zelenskyy met Carney in Rome. It was their first meeting.", "Talks lasted two hours."),
        (),
        id="invisible-characters-and-unicode-separators",
    ),
    pytest.param(
        "  Carney Meets\tZelenskyy  \n \n  Zelenskyy   met  Carney.  \n\t\n",
        "Carney Meets Zelenskyy",
        ("Zelenskyy met Carney.",),
        (),
        id="stray-whitespace",
    ),
    pytest.param(
        "Cafe\u0301 Talks\n\nThe cafe\u0301 was closed.",
        "Café Talks",
        ("The café was closed.",),
        (),
        id="nfc-normalised",
    ),
]


@pytest.mark.parametrize("text, title, paragraphs, headings", GOLDEN)
def test_golden(text, title, paragraphs, headings):
    article = parse_article(text)
    assert article.title == title
    assert article.paragraphs == paragraphs
    assert article.headings == headings


def test_seed_article_layout():
    article = read_article(SEED)
    assert article.title == "Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire"
    assert article.slug == "zelenskyy-carney-g7"
    assert article.headings[0].startswith("Ukrainian President Zelenskyy urges Canadian PM Carney")
    assert "High-Stakes Diplomacy Ahead of G7 Summit" in article.headings
    assert article.paragraphs[0].startswith("Ukrainian President Volodymyr Zelenskyy has called on")
    assert not any(p in article.headings for p in article.paragraphs)


def test_explicit_title_wins():
    assert parse_article(f"Headline Here\n\n{P1}", title="My Title").title == "My Title"


def test_slug_from_name_or_title():
    assert parse_article(f"Carney Meets Zelenskyy\n\n{P1}", name="g7 talks!").slug == "g7-talks"
    assert parse_article(f"Carney Meets Zelenskyy\n\n{P1}").slug == "carney-meets-zelenskyy"
    assert parse_article(f"Café Talks\n\n{P1}", name="-").slug == "cafe-talks"


def test_title_of_unspaced_text_is_bounded():
    article = parse_article("很" * 500 + "。")
    assert 0 < len(article.title) <= 101


# --- web-page leftovers ----------------------------------------------------------------------

LEFTOVERS = [
    "Image caption Mr Carney arrived in Rome on Saturday",
    "Image caption, Mr Carney arrived in Rome on Saturday.",
    "Image copyright Getty Images",
    "Image source, Getty Images",
    "Media caption Watch: Carney and Zelenskyy meet in Rome",
    "Read more: Why the G7 summit matters",
    "READ MORE",
    "Related Topics",
    "More on this story",
    "By Jane Smith, BBC News",
    "By Jane Smith",
    "Published 3 June 2025",
    "Last updated 14:02 GMT",
    "Share this page",
    "Advertisement",
    "(Photo: Reuters)",
    "(Photo: AP)",
    "Photograph: AP",
    "REUTERS/Yves Herman",
    "Zelenskyy and Carney in Rome (Getty Images)",
    "Follow us on Twitter",
    "Sign up for our newsletter",
    "Sign up to our morning newsletter and get BBC News in your inbox.",
    "Most read",
    "Copyright ©",
    "© 2025 BBC. All rights reserved.",
    "Home | News | World",
]


@pytest.mark.parametrize("line", LEFTOVERS)
@pytest.mark.parametrize("layout", ["blank-lines", "lines"])
def test_leftover_never_becomes_a_paragraph(line, layout):
    sep = "\n\n" if layout == "blank-lines" else "\n"
    text = sep.join(["Carney Meets Zelenskyy in Rome", P1, line, P2, line, P3])
    article = parse_article(text)
    assert article.paragraphs == (P1, P2, P3)
    assert article.title == "Carney Meets Zelenskyy in Rome"


@pytest.mark.parametrize("line", LEFTOVERS)
def test_leftover_is_never_the_title(line):
    # Pages often start with a byline, a date or a caption above the headline (or instead of it).
    article = parse_article(f"{line}\n\n{P1}\n\n{P2}")
    assert article.title == "Ukrainian President Volodymyr Zelenskyy met Mark Carney in Rome on Saturday"
    assert article.paragraphs == (P1, P2)


def test_page_full_of_leftovers():
    text = "\n".join(
        [
            "Home | News | World",
            "By Jane Smith, BBC News",
            "Published 3 June 2025",
            "Share this page",
            "Carney Meets Zelenskyy in Rome",
            "Image copyright Getty Images",
            "Image caption Mr Carney arrived in Rome on Saturday.",
            P1,
            "Advertisement",
            P2,
            "Read more: Why the G7 summit matters",
            "Photograph: AP",
            P3,
            "Related Topics",
            "Follow us on Twitter",
            "Sign up for our newsletter",
            "Most read",
            "Copyright ©",
        ]
    )
    article = parse_article(text)
    assert article.title == "Carney Meets Zelenskyy in Rome"
    assert article.paragraphs == (P1, P2, P3)


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        pytest.param(f"{P1} (Photo: Reuters)", (P1,), id="credit-at-end"),
        pytest.param(f"{P1} [Photo: EPA] {P2}", (f"{P1} {P2}",), id="credit-between-sentences"),
        pytest.param(f"{P1} Read more: Why the G7 matters. {P2}", (f"{P1} {P2}",), id="read-more-sentence"),
        pytest.param(
            f"Image caption Mr Carney arrived in Rome on Saturday. {P1} {P2}", (f"{P1} {P2}",), id="caption-sentence"
        ),
    ],
)
def test_leftovers_inside_one_long_paragraph(text, paragraphs):
    assert parse_article(text).paragraphs == paragraphs


@pytest.mark.parametrize(
    "text, title, paragraphs",
    [
        pytest.param(
            f"Carney in Rome\n\nImage copyright Getty Images\nImage caption Leaders in Rome\n{P1}\n\n{P2}",
            "Carney in Rome",
            (P1, P2),
            id="caption-lines-above-a-paragraph",
        ),
        pytest.param(
            f"Carney in Rome\n\n{P1}\nPhotograph: AP\n\n{P2}\nRead more: Why the G7 matters",
            "Carney in Rome",
            (P1, P2),
            id="credit-and-read-more-below-a-paragraph",
        ),
        pytest.param(
            f"Carney in Rome\nBy Jane Smith, BBC News\nPublished 3 June 2025\n\n{P1}\n\n{P2}",
            "Carney in Rome",
            (P1, P2),
            id="headline-byline-and-date-in-one-chunk",
        ),
        pytest.param(
            "The toll rose sharply. By Canada's count, 40 people died in the\nattack on Monday.\n\n" + P1,
            "The toll rose sharply",
            ("The toll rose sharply. By Canada's count, 40 people died in the attack on Monday.", P1),
            id="wrapped-line-that-looks-like-a-byline-stays",
        ),
        pytest.param(
            f"Zelenskyy Urges Carney to Ramp Up\nPressure on Putin for Ceasefire\n\n{P1}",
            "Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire",
            (P1,),
            id="wrapped-headline-joins",
        ),
    ],
)
def test_leftover_lines_inside_blank_line_paragraphs(text, title, paragraphs):
    article = parse_article(text)
    assert (article.title, article.paragraphs) == (title, paragraphs)


KEPT = [
    "By Monday, the talks had failed.",
    "By Monday the talks had failed.",
    "By the time Carney arrived, the talks had ended.",
    "By March 2026, Canada will spend 2% of GDP on defence.",
    "Read the full statement, Carney told reporters.",
    "Read more widely, experts say, and the summit makes sense.",
    "Published figures show that 3 million people fled.",
    "Share prices fell by 3% on Monday.",
    "Subscribers rose by 20% last year.",
    "Advertisement spending fell 4% in May.",
    "Zelenskyy told Reuters that talks would resume in June.",
    "Photographs of the meeting were released on Monday.",
    "Image sources vary, the report said.",
    "Copyright law was changed in 2019.",
    "Follow the money, she said.",
    "Related talks will follow in June.",
    "Agence France-Presse (AFP) reported the deal.",
]


@pytest.mark.parametrize("sentence", KEPT)
@pytest.mark.parametrize("layout", ["blank-lines", "lines", "one-paragraph"])
def test_real_sentences_that_look_like_leftovers_stay(sentence, layout):
    if layout == "one-paragraph":
        article = parse_article(f"{P1} {sentence} {P2}")
        assert article.paragraphs == (f"{P1} {sentence} {P2}",)
    else:
        sep = "\n\n" if layout == "blank-lines" else "\n"
        article = parse_article(sep.join(["Carney Meets Zelenskyy", P1, sentence, P2]))
        assert article.paragraphs == (P1, sentence, P2)


@pytest.mark.parametrize("sentence", KEPT)
def test_real_first_sentence_gives_the_title(sentence):
    article = parse_article(f"{sentence}\n\n{P1}")
    assert article.paragraphs[0] == sentence
    words = sentence.rstrip(".").split()
    expected = " ".join(words) if len(words) <= 12 else " ".join(words[:12]) + "…"
    assert article.title == expected


# --- errors --------------------------------------------------------------------------------


def _message(excinfo) -> str:
    return str(excinfo.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("", "is empty", id="empty"),
        pytest.param("  \n\t\r\n \u3000 \n", "is empty", id="whitespace-only"),
        pytest.param("\ufeff\u200b\n", "is empty", id="invisible-only"),
        pytest.param("Advertisement\n\nRead more\n\nShare this page\n", "only page furniture", id="only-furniture"),
        pytest.param(
            "Carney Meets Zelenskyy\n\nThe Road to Kananaskis\n", "no paragraphs of running text", id="only-headings"
        ),
    ],
)
def test_text_without_an_article(text, expected):
    with pytest.raises(ArticleError) as excinfo:
        parse_article(text, name="story.txt")
    message = _message(excinfo)
    assert message.startswith("story.txt ")
    assert expected in message


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF; copy its text into a .txt file", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "is a Word document or ZIP archive", id="docx"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file, not text", id="binary"),
        pytest.param(
            b"Caf\x81 in Qu\x9debec.",
            "is not UTF-8 text (bad byte at position 3), nor Windows-1252",
            id="not-utf8-nor-cp1252",
        ),
        pytest.param(
            b"Caf\xe9\x01\x02\x03 in Qu\xe9bec.",
            "is not UTF-8 text (bad byte at position 3), nor Windows-1252",
            id="not-utf8-and-controls",
        ),
    ],
)
def test_unreadable_bytes(tmp_path, data, expected):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as excinfo:
        read_article(path)
    message = _message(excinfo)
    assert message.startswith(f"{path} {expected}")
    assert any(word in message for word in ("Save", "copy", "reads UTF-8")), "says what to do"


def test_windows_1252_is_read_with_a_warning(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(f"Café in Québec\n\n{P1} “Quoted,” she said.\n".encode("cp1252"))
    with pytest.warns(QuizgenWarning, match=r"story\.txt is not UTF-8; read it as Windows-1252"):
        article = read_article(path)
    assert article.title == "Café in Québec" and article.paragraphs[0].endswith("“Quoted,” she said.")


def test_utf8_with_bom_file(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"Carney in Rome\r\n\r\n{P1}\r\n".encode())
    article = read_article(path)
    assert (article.title, article.paragraphs, article.slug) == ("Carney in Rome", (P1,), "bom")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_is_read(encoding):
    data = f"Carney in Rome\n\n{P1}\n".encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert parse_article(decode(data, "x")).paragraphs == (P1,)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ArticleError, match=r"empty\.txt is empty\. Give quizgen an article"):
        read_article(path)


def test_missing_path(tmp_path):
    path = tmp_path / "missing.txt"
    with pytest.raises(ArticleError) as excinfo:
        read_article(path)
    assert _message(excinfo) == f"{path} does not exist. Check the path and try again."


def test_directory(tmp_path):
    with pytest.raises(ArticleError) as excinfo:
        read_article(tmp_path)
    assert _message(excinfo).startswith(f"{tmp_path} is a folder, not an article. Pass a .txt")


def test_an_apostrophe_lost_to_an_encoding_is_given_back():
    """'Mr Blair¿s government' (a blind review's formatting complaint); Spanish '¿Qué?' stays."""
    from quizgen.readers.decoding import normalize_text

    assert normalize_text("Mr Blair¿s government, it¿s true, won¿t.") == "Mr Blair’s government, it’s true, won’t."
    assert normalize_text("Ella dijo: ¿Qué pasa?") == "Ella dijo: ¿Qué pasa?"
