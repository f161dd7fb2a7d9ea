"""A person's gender as the statements and speakers read it (generators.antecedents.known_genders).

A pronoun after a name may be someone else's: "But while he tipped Swank to win, he predicted it
would be a close contest" (bulk bbc_entertainment_368, rewritten) made the actress Hilary Swank a
man, and a "He …" sentence could then have been read as hers. Against a given name of one gender
only, the article's pronouns settle nothing; an honorific still does.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.articles import parse_article
from quizgen.generators.antecedents import known_genders


def genders(text: str) -> dict[str, str]:
    return known_genders(analyze(parse_article("Headline of the story\n\n" + text, name="t")))


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # another man's "he" after a woman's name: unknown, not a man
        (
            "Staunton is the choice of Steven Gaydos, editor of Variety. But while he tipped Hilary "
            "Swank to win, he predicted it would be a close contest.",
            "Hilary Swank",
            None,
        ),
        # the article's own pronouns that agree with the given name keep it
        ("Hilary Swank won the award in 2005. She thanked her family.", "Hilary Swank", "f"),
        # a given name the list gives to no gender: the article's pronouns decide
        ("Robin Ellis said he would join the firm as its chairman in 2004.", "Robin Ellis", "m"),
        # an honorific outweighs everything
        ("Mrs Hilary Benn spoke first. He said the plan was late.", "Hilary Benn", "f"),
    ],
)
def test_gender_from_name_and_pronouns(text: str, person: str, expected: str | None) -> None:
    assert genders(text).get(person) == expected
