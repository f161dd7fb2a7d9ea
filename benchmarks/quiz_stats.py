"""The quiz half of the quality benchmark: how many questions, of which kinds, with which keys.

Per article it records the default quiz (its size against the article's length, its kinds)
and checks every key against the gold annotations:

- a quote question, and every pair of a quote matching question, names the gold speaker;
- every key is in its source sentence: an answer's name (or surname), a true statement's
  words, a false statement's correction, each matching pair's person;
- no option is another name of the answer.

Figures (issue 9's targets): candidates that pass the checks per 250 words, the share of
quizzes with at least 4 questions per 250 words, the share with at least 3 kinds, the
largest kind's share of all questions, and the counts per family.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

DENSE = 4  # questions per 250 words a default quiz should reach
KINDS_WANTED = 3


@dataclass
class QuizStats:
    articles: int = 0  # articles whose quiz was built
    words: int = 0  # words of all articles (a failed build counts as zero questions)
    candidates: int = 0
    accepted: int = 0
    in_quiz: int = 0
    dense: int = 0  # quizzes with at least DENSE questions per 250 words
    varied: int = 0  # quizzes with at least KINDS_WANTED kinds
    kinds: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    accepted_kinds: Counter = field(default_factory=Counter)
    rejections: Counter = field(default_factory=Counter)
    warnings: int = 0
    quote_keys: int = 0  # quote questions whose quotation is in the gold
    wrong_quote_keys: list[str] = field(default_factory=list)  # keyed speaker is not the gold speaker
    unsupported_keys: list[str] = field(default_factory=list)  # key not in the source sentence
    alias_options: list[str] = field(default_factory=list)  # an option that names the answer's entity
    thin: list[str] = field(default_factory=list)  # articles whose quiz is short of DENSE per 250 words

    def record(self, name: str, words: int, quiz, report, gold: dict) -> None:
        self.articles += 1
        self.candidates += report.candidates
        self.accepted += report.accepted
        self.in_quiz += len(quiz.questions)
        self.warnings += len(report.warnings)
        self.rejections.update(report.rejections)
        self.accepted_kinds.update(report.accepted_kinds)
        kinds = Counter(getattr(q.kind, "value", q.kind) for q in quiz.questions)
        self.kinds.update(kinds)
        self.types.update(q.type for q in quiz.questions)
        per_250 = len(quiz.questions) / (words / 250) if words else 0
        if per_250 >= DENSE:
            self.dense += 1
        else:
            self.thin.append(f"{name}: {len(quiz.questions)} questions for {words} words ({per_250:.1f} per 250)")
        if len(kinds) >= KINDS_WANTED:
            self.varied += 1
        check_keys(quiz, gold, name, self)

    def figures(self) -> dict:
        per = self.words / 250 if self.words else 0
        total = sum(self.kinds.values())
        return {
            "articles_built": self.articles,
            "words": self.words,
            "candidates": self.candidates,
            "accepted": self.accepted,
            "in_quiz": self.in_quiz,
            "available_per_250_words": self.accepted / per if per else None,
            "in_quiz_per_250_words": self.in_quiz / per if per else None,
            "dense_share": self.dense / self.articles if self.articles else None,
            "varied_share": self.varied / self.articles if self.articles else None,
            "largest_kind_share": max(self.kinds.values()) / total if total else None,
            "kinds": dict(self.kinds.most_common()),
            "types": dict(self.types.most_common()),
            "accepted_kinds": dict(self.accepted_kinds.most_common()),
            "rejections": dict(self.rejections.most_common()),
            "warnings": self.warnings,
        }


def _resolved_pronoun(extra: set[str], source: str, gold: dict) -> bool:
    """A statement of a sentence opening on "He"/"She"/"His"/"Her" that names the person instead
    (generators/antecedents.py), or on "It"/"Its"/"The firm" that names the organisation
    (generators/organisation_antecedents.py): the words it adds are one gold person's or
    organisation's name. Whether it is the right one, the gold does not say: those are checked
    by hand (README, Quality)."""
    named = {re.sub(r"['’]s$", "", word) for word in extra}  # "Gordon Brown's father"
    if re.match(r"(?:[A-Z]\w+,?\s+)?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s", source):  # "But he …" too
        return any(named <= set(_words(person["name"])) for person in gold["people"])
    if re.match(r"(?:[A-Z]\w+,?\s+)?(?:[Ii]ts?|[Tt]he (?:company|firm|group|bank|club))\s", source):
        bodies = gold["organizations"]
        return any(named <= set(_words(form)) for body in bodies for form in (body["name"], *body.get("aliases", ())))
    return False


def check_keys(quiz, gold: dict, name: str, stats: QuizStats) -> None:
    from quizgen.models import normalize

    forms_of: dict[str, set[str]] = {}
    for entity in (*gold["people"], *gold["organizations"], *gold["places"]):
        forms = {normalize(f) for f in (entity["name"], *entity.get("aliases", ()))}
        for form in forms:
            forms_of.setdefault(form, set()).update(forms)

    def named_in(answer: str, sentence: str) -> bool:
        names = forms_of.get(normalize(answer), set()) | {normalize(answer)}
        return any(_surname(n) in normalize(sentence) for n in names if n)

    def speaker_ok(speaker_named: str, quoted: str) -> None:
        matches = [g for g in gold["quotes"] if normalize(g["opening"])[:24] in normalize(quoted)]
        # The longest opening is the quotation itself: "German war criminal" (one speaker's words)
        # is inside "No, I'm Jewish, I wasn't a German war criminal" (another's).
        matches.sort(key=lambda g: -len(g["opening"]))
        if not matches:
            return
        stats.quote_keys += 1
        speaker = matches[0]["speaker"]
        expected = forms_of.get(normalize(speaker), {normalize(speaker)}) if speaker else set()
        answer = normalize(speaker_named)
        if answer not in expected and not any(_surname(answer) == _surname(e) for e in expected):
            stats.wrong_quote_keys.append(f"{name}: {speaker_named!r} for gold {speaker!r}: {quoted[:70]}")

    for q in quiz.questions:
        kind = getattr(q.kind, "value", q.kind)
        if q.type == "matching":
            for pair in q.pairs:
                if not named_in(pair.left, pair.source_sentence):
                    stats.unsupported_keys.append(f"{name}: {pair.left!r} not in {pair.source_sentence[:80]!r}")
                if kind == "match_quote":
                    speaker_ok(pair.left, pair.right)
            continue
        if q.type == "true_false" and kind != "statement":
            # A question with too few options asked as true or false: check the person it is about.
            true_statement = q.correction or q.prompt
            named = RESTATED_NAME_RE.match(true_statement)
            person = named.group("said") or named.group("described") or named.group("subject") if named else ""
            if not person or not named_in(person, q.source_sentence):
                stats.unsupported_keys.append(f"{name}: {person!r} not in {q.source_sentence[:80]!r}")
            if kind == "quote":
                speaker_ok(person, true_statement)
            continue
        if kind == "statement":
            shown = q.answer if q.type == "multiple_choice" else q.correction or q.prompt
            extra = set(_words(shown)) - set(_words(q.source_sentence))
            if extra and not _resolved_pronoun(extra, q.source_sentence, gold):
                stats.unsupported_keys.append(f"{name}: statement {shown[:60]!r} not in {q.source_sentence[:80]!r}")
            continue
        if kind != "person_role" and not named_in(q.answer, q.source_sentence):
            stats.unsupported_keys.append(f"{name}: {q.answer!r} not in {q.source_sentence[:80]!r}")
        if kind == "quote":
            speaker_ok(q.answer, q.prompt)
        for choice in getattr(q, "choices", ()):
            if choice != q.answer and normalize(choice) in forms_of.get(normalize(q.answer), set()):
                stats.alias_options.append(f"{name}: option {choice!r} is another name of {q.answer!r}")


RESTATED_NAME_RE = re.compile(
    r"^(?:(?P<said>.+?) said:? “|The article describes (?P<described>.+?) as |(?P<subject>(?:[A-Z][\w.'’-]*\s?)+)\b)"
)


def _words(text: str) -> list[str]:
    from quizgen.models import normalize

    return [w.strip(".,;:!?“”\"'’") for w in normalize(text).split()]


def _surname(name: str) -> str:
    words = [w.rstrip(".") for w in name.split()]
    while len(words) > 1 and words[-1] in ("jr", "sr", "ii", "iii"):
        words.pop()
    return words[-1] if words else ""
