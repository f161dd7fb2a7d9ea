"""Hostile variants of a real article, the shapes that once stalled or crashed quizgen.

Each mutation takes the article's text and a seeded `random.Random` and returns new text:
unbalanced quotes, giant numbers, extreme publication dates with relative days, long runs of
capitals, control and zero-width characters, right-to-left text, one giant paragraph, many
quotations. `benchmarks/fuzz.py` runs thousands of them through the library and every
exporter; `tests/test_fuzz.py` draws a few dozen with Hypothesis in CI.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Mutation = Callable[[str, random.Random], str]

CONTROL = [chr(c) for c in range(0, 32) if chr(c) not in "\n"] + ["\x7f", "\x85"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029", "\u202f"]
RTL = ["\u202e", "\u202b", "\u200f", "\u061c"]
RTL_SENTENCES = [
    "قال الرئيس محمد عبد الله إن \u201cالسلام ممكن\u201d في القاهرة يوم 3 مايو 2024.",
    "אמר ראש הממשלה דוד כהן כי 40 אחוז מהתושבים תמכו בתוכנית.",
    "\u202eThe minister said 12 people were hurt in Paris.\u202c",
]
QUOTES = ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb"]


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


def _insert(text: str, rng: random.Random, piece: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + piece + text[at:]


def _sprinkle(text: str, rng: random.Random, pieces: list[str], share: float) -> str:
    return "".join(ch + (rng.choice(pieces) if rng.random() < share else "") for ch in text)


def unbalanced_quotes(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 40)):
        text = _insert(text, rng, rng.choice(QUOTES))
    return text


def giant_number(text: str, rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([20, 308, 400, 5_000, 20_000])))
    digits = str(rng.randint(1, 9)) + digits
    shape = rng.choice(
        [
            "The council counted {} people at the rally, officials said.",
            "The project cost ${} million, the minister said.",
            "Some {}% of voters backed the plan in 2024.",
            "He was {} years old.",
        ]
    )
    lines = _paragraphs(text)
    lines.insert(rng.randrange(1, len(lines) + 1), shape.format(digits))
    return "\n".join(lines)


def extreme_date(text: str, rng: random.Random) -> str:
    date = rng.choice(["9999-12-31", "0001-01-01", "31 December 9999", "1 January 0001", "29 February 2024"])
    news = rng.choice(
        [
            "The minister will visit Ottawa tomorrow, officials said.",
            "The minister visited Ottawa yesterday, officials said.",
            "The council met on Monday and approved the plan.",
            f"The treaty was signed on {rng.choice(['31 December 9999', '1 January 1', '32 May 2020'])}.",
        ]
    )
    return f"---\ndate: {date}\n---\n{text}\n\n{news}\n"


def capitals(text: str, rng: random.Random) -> str:
    run = rng.choice("AZQ") * rng.choice([500, 5_000, 20_000, 40_000])
    if rng.random() < 0.5:
        run = " ".join(run[i : i + rng.randint(2, 30)] for i in range(0, len(run), 30))  # many capitalised words
    return _insert(text, rng, run)


def control_characters(text: str, rng: random.Random) -> str:
    return _sprinkle(text, rng, CONTROL + INVISIBLE, rng.choice([0.001, 0.01, 0.1]))


def right_to_left(text: str, rng: random.Random) -> str:
    lines = _paragraphs(text)
    for _ in range(rng.randint(1, 6)):
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(RTL_SENTENCES))
    return _sprinkle("\n".join(lines), rng, RTL, 0.005)


def giant_paragraph(text: str, rng: random.Random) -> str:
    body = " ".join(line for line in _paragraphs(text)[1:] if line.strip())
    if rng.random() < 0.5:
        body = body.replace(".", ",")  # one sentence as long as the paragraph
    size = rng.choice([20_000, 50_000, 100_000])
    return _paragraphs(text)[0] + "\n\n" + " ".join([body] * max(1, size // max(len(body), 1)))


def many_quotes(text: str, rng: random.Random) -> str:
    quoted = " ".join(f"\u201c{word}\u201d" if rng.random() < 0.7 else word for word in text.split())
    return quoted if rng.random() < 0.5 else text + "\n\n" + "\u201c" * rng.choice([100, 2_000, 20_000])


MUTATIONS: dict[str, Mutation] = {
    "unbalanced quotes": unbalanced_quotes,
    "giant number": giant_number,
    "extreme date": extreme_date,
    "capitals": capitals,
    "control characters": control_characters,
    "right to left": right_to_left,
    "giant paragraph": giant_paragraph,
    "many quotes": many_quotes,
}


def mutate(text: str, rng: random.Random, rounds: int = 2) -> tuple[str, list[str]]:
    """`text` with `rounds` mutations drawn by `rng`, and their names."""
    names = [rng.choice(list(MUTATIONS)) for _ in range(rounds)]
    for name in names:
        text = MUTATIONS[name](text, rng)
    return text, names
