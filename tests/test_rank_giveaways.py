"""Golden cases for which questions of a quiz give each other away, and for keeping the most.

Measured on ../shared/corpus/dev: a blank of a person was refused beside any question that showed
the name, though a statement that only names him elsewhere ("the screaming girls to which Simpson
had become accustomed") tells a student nothing about "_______ took his new band to the stage"
(the word bank shows the name anyway). A name shown with words of the blank's own sentence is
still refused: a matching pair "Rodrigo Rato – IMF boss" answers "IMF boss _______ was asked".
A figure or a date is refused wherever it is shown. Statements that can only be true may make up
two in three of a quiz's statements, never all of them. And when the round-robin takes a question
that rules out two others, the quiz is filled again without it.
"""

from __future__ import annotations

from quizgen.generators import Candidate
from quizgen.generators.candidate import Variant
from quizgen.models import ClozeQuestion, MatchingQuestion, MatchPair, QuestionKind, Sentence, TrueFalseQuestion
from quizgen.rank import select

BLANK = "_______"


def sentence(index: int, text: str) -> Sentence:
    return Sentence(index=index, paragraph=index, start=0, text=text)


def cloze_of(index: int, text: str, answer: str, answer_type: str = "person", forms: tuple[str, ...] = ()):
    prompt = text.replace(answer, BLANK, 1)
    question = ClozeQuestion(
        id=f"cloze-{index}-{len(answer)}", kind=QuestionKind.CLOZE, prompt=prompt, answer=answer, source_sentence=text
    )
    candidate = Candidate(
        kind=QuestionKind.CLOZE,
        prompt=prompt,
        answer=answer,
        source=sentence(index, text),
        answer_type=answer_type,
        key=f"{index}|{answer}",
        shape="cloze",
        answer_forms=forms,
        about=answer,
    )
    return 1.0, question, candidate


def statement_of(
    index: int, text: str, swapped: tuple[str, str] | None = None, kind: QuestionKind = QuestionKind.STATEMENT
):
    """A true/false statement; with `swapped` (the article's fact, another of the article's), it can be false."""
    variants = ()
    prompt, answer, correction = text, "True", None
    if swapped is not None:
        original, replacement = swapped
        prompt = text.replace(original, replacement)
        variants = (Variant(statement=prompt, slot="person", original=original, replacement=replacement),)
        answer, correction = "False", text
    question = TrueFalseQuestion(
        id=f"{kind.value}-{index}",
        kind=kind,
        prompt=prompt,
        answer=answer,
        correction=correction,
        source_sentence=text,
    )
    candidate = Candidate(
        kind=kind,
        prompt=prompt,
        answer=text,
        source=sentence(index, text),
        answer_type="statement",
        key=f"{index}",
        shape="true_false",
        variants=variants,
        about=f"{kind.value} {index}",
    )
    return 1.2, question, candidate


def match_roles(index: int, pairs: tuple[tuple[str, str], ...]):
    text = " ".join(f"{name}, {role}, spoke." for name, role in pairs)
    match_pairs = tuple(MatchPair(left=name, right=role, source_sentence=text) for name, role in pairs)
    question = MatchingQuestion(
        id=f"match-{index}", kind=QuestionKind.MATCH_ROLE, prompt="Match each person to their role.", pairs=match_pairs
    )
    candidate = Candidate(
        kind=QuestionKind.MATCH_ROLE,
        prompt=question.prompt,
        answer="; ".join(f"{name}: {role}" for name, role in pairs),
        source=sentence(index, text),
        answer_type="pairs",
        key=f"match {index}",
        shape="matching",
        pairs=match_pairs,
        about="match",
    )
    return 2.0, question, candidate


def answers(chosen) -> set[str]:
    return {candidate.answer for _, candidate in chosen}


def test_a_name_shown_with_the_words_of_its_blank_is_still_refused():
    """The matching pair shows "IMF boss" beside the name: the blank is read off it."""
    chosen = select(
        [
            match_roles(
                0,
                (
                    ("Rodrigo Rato", "IMF boss"),
                    ("John Reade", "analyst at UBS"),
                    ("Gordon Brown", "Chancellor of the Exchequer"),
                    ("John Taylor", "Treasury Under Secretary"),
                ),
            ),
            cloze_of(4, "IMF boss Rodrigo Rato was asked to study the sale of gold reserves.", "Rodrigo Rato"),
        ],
        count=2,
    )
    assert len(chosen) == 1


def test_a_quotation_that_answers_the_blank_s_sentence_is_still_refused():
    """ "asking reporter _______ if he is a German war criminal" beside his own reply, by name."""
    chosen = select(
        [
            statement_of(
                17,
                "Oliver Finegold said: “No, I'm Jewish, I wasn't a German war criminal”.",
                swapped=("Oliver Finegold", "Ken Livingstone"),
            ),
            cloze_of(
                16,
                "On tape Mr Livingstone is heard asking reporter Oliver Finegold if he is a German war criminal.",
                "Oliver Finegold",
                forms=("Finegold",),
            ),
        ],
        count=2,
    )
    assert len(chosen) == 1


def test_a_name_shown_in_an_unrelated_statement_leaves_the_blank_asked():
    """The statement names Simpson; nothing in it says who took Fightstar to the stage."""
    chosen = select(
        [
            statement_of(
                11, "Gone were the screaming girls to which Simpson had become accustomed.", ("Simpson", "Bourne")
            ),
            cloze_of(
                0,
                "Charlie Simpson took his new band Fightstar to the stage on Friday night.",
                "Charlie Simpson",
                forms=("Simpson",),
            ),
        ],
        count=2,
    )
    assert answers(chosen) >= {"Charlie Simpson"} and len(chosen) == 2


def test_a_year_shown_anywhere_still_rules_out_its_blank():
    chosen = select(
        [
            statement_of(14, "Phishing attacks grew throughout 2004, say experts at Sophos.", ("Sophos", "McAfee")),
            cloze_of(3, "Other statistics show that in 2004 one in 16 e-mails carried a virus.", "2004", "date"),
        ],
        count=2,
    )
    assert len(chosen) == 1


TRUE_ONLY = (
    "The company releases regular security updates to protect PCs.",
    "Either PCs detect updates automatically or users download fixes.",
    "The patches stop worms and viruses reaching the machines.",
    "The operating system is exploited because it is so widespread.",
    "The scheme was first tried on English-language versions.",
)


def test_statements_that_can_only_be_true_never_make_a_quiz_all_true():
    chosen = select([statement_of(i, text) for i, text in enumerate(TRUE_ONLY)], count=5)
    assert len(chosen) == 1


def test_two_in_three_statements_may_be_true():
    """Two statements that can be false beside four that cannot: balance_truth makes the two false."""
    can_be_false = [
        statement_of(10, "Carlos Moya beat Andy Roddick in Seville.", ("Andy Roddick", "Mardy Fish")),
        statement_of(11, "Rafael Nadal won the opening singles.", ("Rafael Nadal", "Tommy Robredo")),
    ]
    true_only = [statement_of(i, text) for i, text in enumerate(TRUE_ONLY[:4])]
    chosen = select([*can_be_false, *true_only], count=6)
    assert len(chosen) == 6
    chosen = select([*can_be_false, *true_only, statement_of(4, TRUE_ONLY[4])], count=7)
    assert len(chosen) == 6  # a fifth true one would leave only two in seven false


def test_a_question_that_rules_out_two_others_is_given_back_for_them():
    """The statement (taken first, as its family comes first) shows the year and the beaten player,
    so it rules out both blanks; given back, the quiz holds the two blanks instead."""
    statement = statement_of(
        0, "Carlos Moya beat Andy Roddick in 2004 to win the Davis Cup.", ("Andy Roddick", "Mardy Fish")
    )
    year = cloze_of(5, "Spain won its second Davis Cup title in 2004 in Seville.", "2004", "date")
    beaten = cloze_of(6, "Roddick was beaten by Carlos Moya on the clay of Seville.", "Roddick")
    chosen = select([statement, year, beaten], count=3)
    assert answers(chosen) == {"2004", "Roddick"}
    # A quiz that is full keeps what the round-robin took first: only a short quiz trades.
    assert [q.id for q, _ in select([statement, year, beaten], count=1)] == ["statement-0"]


def test_a_statement_is_never_asked_beside_another_question_of_its_sentence():
    """Even when the quiz is short and allows two questions per sentence: the statement shows
    "Russell Zimmerman, executive director of …", which answers "Who is the executive director?"."""
    text = "Russell Zimmerman, executive director of the Retailers Association, said stock is rising."
    statement = statement_of(10, text, swapped=("Russell Zimmerman", "Gary Mortimer"))
    role = statement_of(
        10,
        "The article describes Russell Zimmerman as the executive director of the Retailers Association.",
        swapped=("Russell Zimmerman", "Gary Mortimer"),
        kind=QuestionKind.ROLE_HOLDER,
    )
    assert len(select([statement, role], count=2)) == 1


def test_a_statement_that_shows_a_role_is_not_asked_beside_a_question_of_that_role():
    """'Yorkshire Water chief executive Nicola Shaw said the company would pay …' answers 'Who is
    described in the article as the Yorkshire Water chief executive?' (and a matching pair of
    Nicola Shaw): found on a dev quiz while measuring the ranker. A statement of a sentence naming
    no role of hers reveals nothing of it."""
    from quizgen.analysis import analyze
    from quizgen.articles import parse_article
    from quizgen.generators import people, statements
    from quizgen.generators.people import role_fact

    text = (
        "Leeds approves flood plan\n\n"
        "Yorkshire Water chief executive Nicola Shaw said the company would pay towards the cost.\n\n"
        "Nicola Shaw met engineers in Leeds on Monday to discuss the flood scheme.\n"
    )
    analysis = analyze(parse_article(text, name="roles"))
    shaw = next(p for p in analysis.people if p.name == "Nicola Shaw")
    made = {c.source.index: c.reveals for c in statements.generate(analysis) if c.shape == "true_false"}
    assert role_fact(shaw) <= made[0]
    assert not made.get(1)
    asked = [c for c in people.generate(analysis) if c.answer == "Nicola Shaw"]
    assert asked and all(c.reveals & made[0] for c in asked)
