"""A sentence that opens on "He" or "She" read with the person it certainly stands for.

("But he …", "However, she …" too: the connective goes, as openers.py drops it.)

"Thierry Henry left Monaco for Juventus in 1999. He joined Arsenal in 2004." gives the
statement "Thierry Henry joined Arsenal in 2004.", and "His father was a policeman." gives
"Thierry Henry's father was a policeman." A wrong person there is a wrong key, the worst
failure a quiz can have, so the person is resolved only when no reader could hesitate:

- the sentence before is in the same paragraph, or ends the paragraph before, and is the
  article's own words (not inside a quotation);
- it names the person as its subject, outside quotation marks ("Arsenal striker Thierry
  Henry scored …", "On Monday, Mr Clement said …"), not as an owner ("Henry's father …"),
  one of two ("Henry and Pires …") or an object;
- the person is of the pronoun's gender, and every other person named in either sentence of
  the other: someone of unknown gender may be the one meant. The gender is the article's
  (usage.py: an honorific, or its pronouns after the name), or, when the article says
  nothing, the given name's when it is given to one gender only ("Doris", "Gordon");
- the sentence before speaks of no one of that gender without a name ("his father", "a
  spokesman", "the woman"), and neither sentence holds a given name or "Mr …" the analysis
  did not take for a person;
- for a paragraph that opens on the pronoun, the whole paragraph before names no one else of
  that gender (nor of unknown gender).

Everything else a statement must be (no hedge, no quotation, …) statements.py decides on
the sentence with the name in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Analysis, Person, Sentence
from ..rules import lexicon
from .openers import COMMA_ONLY_RE, CONNECTIVE_RE
from .text import Quotations, find_form, plausible_person, whole_words
from .usage import HONORIFICS, article_usage, once_per_analysis, pronouns_after

# "He joined …", "She was …"; "His father was …", "Her first album sold …": a lowercase word
# follows, so "Her Majesty's Government" is no possessive.
OPENING_RE = re.compile(r"^(?P<pronoun>He|She|His|Her)\s+(?=[a-z])")
GENDER_OF = {"He": "m", "His": "m", "She": "f", "Her": "f"}
# Every personal pronoun that says whether a man or a woman is meant.
GENDERED = {
    **{p: "m" for p in ("he", "him", "his", "himself")},
    **{p: "f" for p in ("she", "her", "hers", "herself")},
}
# People of one gender the sentence names by no name: any of them may be the one meant.
UNNAMED = {
    "m": "man|men|boy|boys|father|son|sons|brother|brothers|husband|uncle|nephew|grandfather|grandson|"
    "king|prince|spokesman|chairman|businessman|policeman|gunman|fireman|boyfriend|stepfather|dad|"
    "he|him|his|himself",
    "f": "woman|women|girl|girls|mother|daughter|daughters|sister|sisters|wife|aunt|niece|grandmother|"
    "granddaughter|queen|princess|spokeswoman|chairwoman|businesswoman|policewoman|actress|widow|bride|"
    "girlfriend|stepmother|mum|mom|she|her|hers|herself",
}
UNNAMED_RE = {g: re.compile(rf"\b(?:{words})\b", re.I) for g, words in UNNAMED.items()}
QUOTE_MARK_RE = re.compile(r"[“”\"]")
# What may stand before the subject's name: a date or place opening ("On Monday, ", "In
# 2004, "), then capitalised words and the words of a title ("Arsenal striker", "Former prime
# minister", "The 29-year-old"), nothing that could be a verb or another noun phrase.
OPENING_PHRASE_RE = re.compile(r"^(?:(?:On|In|At|Last|Earlier|Later|During|By)\s[^,“”\"]{1,30},\s+)?")
SUBORDINATORS = frozenset(
    "when after before while as if although though since until once because whereas unless".split()
)
TITLE_WORDS = frozenset("the a an former late then new acting interim deputy vice chief senior of".split())
# What follows the subject's name: an aside between commas, then a lowercase word (the verb).
AFTER_SUBJECT_RE = re.compile(r"^(?:,\s[^,“”\"]{1,90},)?\s+(?!and\b|or\b|nor\b)[a-z]")


@dataclass(frozen=True)
class Resolved:
    """The sentence with its opening pronoun replaced, and the person it stands for."""

    text: str
    person: Person


def resolve_opening(sentence: Sentence, analysis: Analysis) -> Resolved | None:
    """`sentence` with "He"/"She"/"His"/"Her" at its start replaced by the person meant, or None
    when the article leaves any doubt who that is."""
    text = without_connective(sentence.text, r"(?:he|she|his|her)\s")
    match = OPENING_RE.match(text)
    previous = None if match is None else sentence_before(sentence, analysis)
    if match is None or previous is None:
        return None
    gender = GENDER_OF[match.group("pronoun")]
    person = named_subject(previous, analysis, gender)
    if person is None or not only_one_of_gender(person, (previous, sentence), analysis, gender):
        return None
    if unnamed_of_gender(previous.text, person, gender):
        return None
    if previous.paragraph != sentence.paragraph:
        # A paragraph that opens on "He": the whole paragraph before must be about no other man.
        before = tuple(s for s in analysis.sentences if s.paragraph == previous.paragraph)
        if not only_one_of_gender(person, before, analysis, gender):
            return None
    if unlinked_name(previous, analysis) or unlinked_name(sentence, analysis):
        return None
    rest, name = text[match.end() :], known_as(person)
    if re.match(r"[a-z]+,", rest):
        return None  # "However, he said, now 45% …": a spoken aside, not a sentence once named
    if match.group("pronoun") in ("His", "Her"):
        return Resolved(f"{name}{article_apostrophe(analysis)}s {rest}", person)
    return Resolved(f"{name} {rest}", person)


def sentence_before(sentence: Sentence, analysis: Analysis) -> Sentence | None:
    """The sentence a pronoun opening `sentence` may go back to: the one before, in the same
    paragraph or ending the one before, when neither is someone's words (their "he" is theirs)."""
    if sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    quoted = Quotations(analysis)
    if previous.paragraph < sentence.paragraph - 1 or quoted.spoken(previous) or quoted.spoken(sentence):
        return None
    return previous


def without_connective(text: str, opening: str) -> str:
    """'But he later joined …' as 'He later joined …' when `opening` (a pattern) follows: a
    connective that keeps the claim (openers.py)."""
    match = CONNECTIVE_RE.match(text) or COMMA_ONLY_RE.match(text)
    if match is None or not re.match(opening, text[match.end() :]):
        return text
    return text[match.end()].upper() + text[match.end() + 1 :]


def known_as(person: Person) -> str:
    """The name a reader knows from the article: the full name, or "Mr Clement" when the article
    gives no other ("Clement" alone reads as a first name)."""
    if len(person.name.split()) > 1:
        return person.name
    return next((a for a in person.aliases if a.split()[0] in HONORIFICS), person.name)


def named_subject(previous: Sentence, analysis: Analysis, gender: str | None) -> Person | None:
    """The person of `gender` (None: of none the article gives) the sentence names as its subject, or None."""
    genders = known_genders(analysis)
    text = previous.text
    opening = OPENING_PHRASE_RE.match(text)
    start = opening.end() if opening else 0
    for person in analysis.by_sentence[previous.index].people:
        if genders.get(person.name) != gender or not plausible_person(person):
            continue
        found = min((span for f in person.forms if (span := find_form(text, f))), default=None)
        if found is None:
            continue
        before, after = text[start : found[0]], text[found[1] :]
        if _title_only(before) and AFTER_SUBJECT_RE.match(after):
            return person
    return None


@once_per_analysis
def known_genders(analysis: Analysis) -> dict[str, str]:
    """Person -> "m" or "f": the article's word for it, else the given name's, unless the
    article gives the person more pronouns of the other."""
    said = article_usage(analysis).genders
    by_name = lexicon.given_name_genders()
    genders = {}
    for person in analysis.people:
        if person.name in said:
            genders[person.name] = said[person.name]
        elif first := by_name.get(person.name.split()[0]):
            # Pronouns of both after the name ("Theresa May appointed him …, which he served as …")
            # leave the given name to decide, unless the other's are more.
            male, female = pronouns_after(person, analysis)
            own, other = (male, female) if first == "m" else (female, male)
            if other <= own:
                genders[person.name] = first
    return genders


def _title_only(before: str) -> bool:
    """'', 'Arsenal striker ', 'Former prime minister ', 'Mr ': words of a title, no verb."""
    for word in before.split():
        if not (word[0].isupper() or word.lower() in TITLE_WORDS or word in lexicon.role_nouns() or "-" in word):
            return False
        if QUOTE_MARK_RE.search(word) or word.endswith(("'s", "’s", ",")):
            return False  # "Henry's agent", "Smith, Jones": not the name's own title
        if word.lower() in SUBORDINATORS:
            # "When Representative Kweisi Mfume … announced his resignation, Cummings joined …": the
            # name is the subject of a clause before the sentence's own, whose subject the analysis missed
            return False
    return True


def only_one_of_gender(person: Person, sentences: tuple[Sentence, ...], analysis: Analysis, gender: str) -> bool:
    """Everyone else the sentences name is known to be of the other gender."""
    genders = known_genders(analysis)
    for sentence in sentences:
        for other in analysis.by_sentence[sentence.index].people:
            if other.name != person.name and genders.get(other.name) in (gender, None):
                return False
    return True


def unnamed_of_gender(text: str, person: Person, gender: str) -> bool:
    """'his father', 'a spokesman', 'she' before the name: a person of the pronoun's gender other
    than `person` that the sentence before speaks of without a name. A pronoun after the
    subject's own name is the subject's ('Henry took his chance')."""
    found = min((span for f in person.forms if (span := find_form(text, f))), default=None)
    before, after = (text[: found[0]], text[found[1] :]) if found else (text, "")
    if UNNAMED_RE[gender].search(before):
        return True
    return any(word.lower() not in UNNAMED_PRONOUNS for word in UNNAMED_RE[gender].findall(after))


UNNAMED_PRONOUNS = frozenset("he him his himself she her hers herself".split())


def unlinked_name(sentence: Sentence, analysis: Analysis) -> bool:
    """A given name or an honorific before a capitalised word that no person of the analysis
    covers ('Baker' it did not link, 'Mr Jones' it missed): someone it cannot tell the gender of."""
    text = sentence.text
    covered = [
        span
        for entity in (*analysis.people, *analysis.organizations, *analysis.places)
        for form in entity.forms
        for span in whole_words(text, form)
    ]
    for word in re.finditer(r"\b[A-Z][a-z]+\b", text):
        if any(a <= word.start() < b for a, b in covered):
            continue
        following = text[word.end() :]
        if (word.group(0) in HONORIFICS and re.match(r"\.?\s+[A-Z]", following)) or (
            word.group(0) in lexicon.given_names() and re.match(r"\s+[A-Z][a-z]", following)
        ):
            return True
    return False


def article_apostrophe(analysis: Analysis) -> str:
    """The article's own apostrophe: "’" when it writes "’s" more than "'s"."""
    text = " ".join(s.text for s in analysis.sentences[:40])
    return "’" if text.count("’s") > text.count("'s") else "'"
