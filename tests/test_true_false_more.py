"""True/false from more of the article: statements with no fact to swap (shown true, each
paired with one that can be false) and questions too few options were found for (asked as true
or false with the options that were found).

The texts are our own, in the shapes of the dev articles where these questions were missing:
a quotation with one other speaker in the article, a role two people could hold, a sentence
whose only figure appears nowhere else.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.arrange import balance_truth
from quizgen.articles import parse_article, read_article
from quizgen.checks import check
from quizgen.generators import generate_all
from quizgen.generators.statements import generate
from quizgen.models import QuestionKind
from quizgen.pipeline import build_quiz
from quizgen.rank import TYPE_SHARE, default_count
from quizgen.shapes import make_question, restated

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

TWO_SPEAKERS = """Ferry operator fined after engine fire

Harbour Ferries was fined £2m on Tuesday after an engine fire forced 300 passengers off a ferry near Dover in 2023.

Captain Elena Ruiz said the crew had followed every drill. "We had the fire out within four minutes," Elena Ruiz said.

Maritime inspector Paul Grant told the court the engine had not been serviced for two years. "This was a disaster waiting to happen," Paul Grant said.
"""


def candidates_of(text: str):
    analysis = analyze(parse_article(text, name="t"))
    return analysis, generate_all(analysis)


def test_a_statement_with_a_fact_but_nothing_to_swap_is_asked_true_only():
    analysis, _ = candidates_of(TWO_SPEAKERS)
    statements = [c for c in generate(analysis) if c.shape == "true_false"]
    fined = [c for c in statements if c.answer.startswith("Harbour Ferries was fined")]
    assert fined and not fined[0].variants, "£2m is the article's only sum: nothing of its kind to swap in"
    question = make_question(fined[0], analysis, random.Random(1))
    assert question.answer == "True" and question.prompt == fined[0].answer and question.correction is None


def test_a_statement_that_names_nothing_is_not_asked():
    analysis, _ = candidates_of(
        "Headline of the test\n\nThe new rules have been popular with most of the passengers.\n"
    )
    assert not [c for c in generate(analysis) if c.shape == "true_false"]


def test_a_quote_with_one_other_speaker_is_asked_as_true_or_false():
    analysis, candidates = candidates_of(TWO_SPEAKERS)
    quote = next(c for c in candidates if c.kind is QuestionKind.QUOTE and "disaster" in c.prompt)
    question = make_question(quote, analysis, random.Random(1))
    assert [p.check for p in check(question, quote, analysis)] == ["too-few-options"]
    true_false = restated(quote, question)
    assert true_false.kind is QuestionKind.QUOTE and true_false.shape == "true_false"
    assert true_false.answer == "Paul Grant said: “This was a disaster waiting to happen”."
    [variant] = true_false.variants
    assert variant.statement == "Elena Ruiz said: “This was a disaster waiting to happen”."
    false = make_question(true_false, analysis, random.Random(1))
    assert (false.answer, false.prompt, false.correction) == ("False", variant.statement, true_false.answer)


def test_a_quotation_ending_inside_a_quotation_loses_its_comma():
    from quizgen.generators.quotes import quotable

    shown = quotable("There is an old adage, 'get straight back on the horse that threw you,'")
    assert shown == "There is an old adage, 'get straight back on the horse that threw you'"


def test_a_role_after_a_possessive_name_takes_no_article():
    from quizgen.generators.text import with_article

    assert with_article("Denise Lewis' coach") == "Denise Lewis' coach"
    assert with_article("Radcliffe's coach") == "Radcliffe's coach"
    assert with_article("Olympic coach") == "the Olympic coach"


def test_a_statement_whose_only_name_is_the_news_outlet_is_not_asked():
    text = (
        "Headline of the test\n\nAccording to BBC News, the new road bridge over the river was finished in the "
        "spring.\n\nThe bridge cost less than planned, BBC News reported.\n"
    )
    analysis, _ = candidates_of(text)
    assert [o.name for o in analysis.organizations] == ["BBC News"]
    assert not [c for c in generate(analysis) if c.shape == "true_false"]


def test_a_fragment_of_a_quotation_takes_no_colon():
    from quizgen.generators.quotes import _said

    assert _said("a last resort for our shareholders") == " said “a last resort for our shareholders”."
    assert _said("Why now?") == " said: “Why now?”"


def test_a_subject_question_with_a_pronoun_is_not_restated():
    """'Who said his crew …' as a statement about a woman would need 'her': no statement then."""
    analysis, candidates = candidates_of(TWO_SPEAKERS.replace("the crew had", "his crew had"))
    subjects = [c for c in candidates if c.kind is QuestionKind.SUBJECT]
    assert all(c.stated is None for c in subjects if " his " in c.prompt or " their " in c.prompt)


def test_a_question_with_four_options_is_never_restated():
    analysis, candidates = candidates_of(TWO_SPEAKERS)
    for candidate in candidates:
        question = make_question(candidate, analysis, random.Random(1))
        if question is not None and not check(question, candidate, analysis):
            assert candidate.shape != "choice" or len(question.choices) == 4


def test_true_only_statements_never_outnumber_the_ones_that_can_be_false_by_more_than_one():
    quiz = build_quiz(parse_article(TWO_SPEAKERS, name="t"), count=30)
    answers = [q.answer for q in quiz.true_false]
    assert answers and answers.count("True") - answers.count("False") <= 1, answers


def test_balance_truth_counts_statements_that_are_true_already():
    analysis, candidates = candidates_of(TWO_SPEAKERS)
    rng = random.Random(1)
    items = [(make_question(c, analysis, rng), c) for c in generate(analysis) if c.shape == "true_false"]
    true_only = [i for i in items if not i[1].variants]
    swappable = [i for i in items if i[1].variants]
    assert true_only
    for mix in (true_only[:1] + swappable[:1], true_only[:1], swappable[:2] + true_only[:1]):
        answers = [q.answer for q, _ in balance_truth(mix, random.Random(2))]
        assert abs(answers.count("True") - answers.count("False")) <= 1, answers


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared/corpus/dev")
def test_on_real_articles_true_and_false_stay_balanced_and_restated_quotes_name_an_article_person():
    for path in sorted(DEV.glob("*.txt"))[:18]:
        article = read_article(path)
        quiz = build_quiz(article)
        answers = [q.answer for q in quiz.true_false]
        assert abs(answers.count("True") - answers.count("False")) <= 1, (path.name, answers)
        for kind in ("multiple_choice", "true_false", "cloze", "matching"):
            same = sum(q.type == kind for q in quiz.questions)
            assert same <= max(1, round(default_count(article.word_count) * TYPE_SHARE)), (path.name, kind, same)
        people = {p.name for p in analyze(article).people}
        for q in quiz.true_false:
            if q.kind is QuestionKind.QUOTE:
                assert q.prompt.split(" said")[0] in people, (path.name, q.prompt)


def swapped(text: str, sentence_start: str) -> set[str]:
    """The facts each false version of the article's sentence starting `sentence_start` swaps in."""
    from quizgen.generators.statements import statement_of
    from quizgen.generators.swaps import variants
    from quizgen.generators.usage import article_usage

    analysis = analyze(parse_article(text, name="t"))
    sentence = next(s for s in analysis.sentences if s.text.startswith(sentence_start))
    statement = statement_of(sentence.text, analysis, sentence.index)
    assert statement, sentence.text
    return {v.replacement for v in variants(statement, sentence, article_usage(analysis))}


def test_a_number_inside_a_name_is_never_swapped():
    text = (
        "Headline of the test\n\nRock band Keane won the Sound of 2004 poll while US rapper 50 Cent topped the "
        "list of 2003.\n\nThe band sold 20 records in the first hour, the label said on Monday.\n"
    )
    assert "20" not in swapped(text, "Rock band Keane")


def test_a_swap_never_names_what_the_statement_already_holds():
    text = (
        "Headline of the test\n\nTim Henman helped Britain win the Davis Cup tie against Israel in March."
        "\n\nGreat Britain lost to Austria and Israel beat Sweden in the last round of the competition.\n"
    )
    assert "Great Britain" not in swapped(text, "Tim Henman helped")


def test_a_place_listed_beside_a_common_noun_is_a_topic_not_swapped():
    text = (
        "Headline of the test\n\nMr Jackson clashed with his leaders over tuition fees and Europe in the past."
        "\n\nMr Jackson was born in Oxfordshire and studied in London before he joined the party.\n"
    )
    assert not swapped(text, "Mr Jackson clashed") & {"Oxfordshire", "London"}


def test_a_statement_about_the_reporting_is_not_asked_true():
    analysis, _ = candidates_of(
        "Headline of the test\n\nWikinews caught up with researcher Natasha Gownaris of "
        "Gettysburg College to learn more.\n"
    )
    assert not [c for c in generate(analysis) if c.shape == "true_false"]


def test_a_woman_never_replaces_a_man_the_article_names():
    text = (
        "Headline of the test\n\nMichael Howard has gone on the offensive over asylum quotas in the party's "
        "campaign.\n\nThe Tory leader Mr Howard said he was proud of his parents. Presenter Anne Robinson said "
        "she would not vote. Labour minister Alan Milburn said he disagreed with the plan.\n"
    )
    replacements = swapped(text, "Michael Howard has")
    assert "Alan Milburn" in replacements and "Anne Robinson" not in replacements


def test_which_statement_never_swaps_a_person_or_a_role():
    from test_statements import ARTICLE, PEOPLE

    analysis = analyze(parse_article(ARTICLE + PEOPLE, name="leeds"))
    statements = [c for c in generate(analysis) if c.shape == "statement"]
    swapped_people = [
        c
        for c in generate(analysis)
        if c.shape == "true_false" and any(v.slot in ("person", "role") for v in c.variants)
    ]
    assert statements and swapped_people, "the article has both kinds of swap"
    assert all(v.slot not in ("person", "role") for c in statements for v in c.variants)


def test_a_quotation_is_not_given_to_the_person_it_speaks_of():
    """'Rinus Michels said: “He was one of the best coaches we had in history”' of the coach the
    quotation praises."""
    from quizgen.shapes import make_question, restated

    text = (
        "Dutch coach dies\n\n"
        "Former Netherlands coach Rinus Michels has died at the age of 77 in Aalst, the Dutch FA said.\n\n"
        'Dutch FA spokesman Frank Huizinga said of Rinus Michels: "He was one of the best coaches we had in '
        'history."\n\n'
        'Ajax chairman John Jaakke said: "We will remember him as the man who made Ajax great."\n'
    )
    analysis = analyze(parse_article(text, name="michels"))
    candidate = next(c for c in generate_all(analysis) if c.kind is QuestionKind.QUOTE and c.answer == "Frank Huizinga")
    question = make_question(candidate, analysis, random.Random(1))
    assert question is not None
    question = question.model_copy(update={"choices": ("Frank Huizinga", "Rinus Michels", "John Jaakke")})
    true_false = restated(candidate, question)
    assert true_false is not None
    assert {v.replacement for v in true_false.variants} == {"John Jaakke"}
