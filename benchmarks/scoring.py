"""Scoring an analysis against the corpus gold annotations (shared/corpus/README.md).

Both sides are dicts in the gold shape: what `Analysis.to_gold_dict()` returns, or a gold
file itself (a gold quote has an `opening` where a predicted one has the full `text`; either
key is read, so gold scored against itself gives 100% everywhere). Standard library only.

Matching rules. They are meant to be fair, not flattering: a near miss is a miss.

Normalisation (every comparison)
    Unicode accents stripped (NFKD), casefolded, ’ and ‘ unified with ', runs of spaces
    collapsed. Entity forms also lose a leading "the ", a trailing possessive ('s, or ' after
    s), and the full stops of initials ("U.S." = "US", "George W. Bush" = "George W Bush").

People, organisations, places
    A predicted entity matches a gold entity when any of its forms (name + aliases) equals any
    of the gold entity's forms, each form also tried with a leading honorific removed (Mr, Mrs,
    Ms, Miss, Mx, Dr, Sir, Dame, Lord, Lady, Prof, Professor, Rev, Msgr, Monsignor, Monseñor;
    "Mr Livingstone" ~
    "Livingstone"). Nothing looser: a bare surname matches only if the gold lists it as an
    alias, "US" never matches "United States" unless gold says so, titles such as "President"
    are not stripped. One-to-one: each gold and each predicted entity is used at most once
    (a second predicted entity for the same person is a false positive, i.e. a failed merge).
    The pairing maximises the number of matches (augmenting paths, small lists), trying
    name-to-name matches before alias matches. Precision = matched predicted / predicted,
    recall = matched gold / gold, micro-averaged over all articles, per category; an entity
    the gold files under another category counts as a miss in both (the listing notes it).

Roles
    For each matched person, a gold role is recalled when some predicted role of that person
    (word sequence after normalisation, possessive 's dropped, punctuation ignored)
      - equals it, or
      - contains it as a run of words ("former US Treasury Secretary" recalls "US Treasury
        Secretary"), unless the word before that run is vice/deputy/assistant/under/acting/co
        ("Deputy Prime Minister" does not recall "Prime Minister"), or
      - is contained in it as a run of words covering at least half of the gold role's content
        words (words other than the/a/an/of/for/at/in/on/to/and/with/by/from):
        "President" recalls "Ukrainian President" (1 of 2), "monetary affairs commissioner"
        recalls "European Union's monetary affairs commissioner" (3 of 5), but "analyst" does
        not recall "analyst at JPMorgan Chase bank in Tokyo" (1 of 5).
    Role recall = recalled gold roles / all gold roles of all gold people; roles of a gold
    person with no matching predicted person are all missed. (No role precision: gold roles
    are the ones the text gives, and extra descriptions are not errors we can judge.)

Dates and numbers
    Lists of strings, compared as sets of normalised strings on each side ("Thousands" and
    "thousands" in one article are one item). Compared as token sequences (numbers, words and
    symbols are separate tokens: "$27bn" = "$ 27 bn"; stray full stops and commas are dropped:
    "Oct. 31" = "Oct 31", "10:39 a.m." = "10:39 am"). A gold item is found by a predicted
    item that
      - equals it, or
      - contains it as a run of tokens ("last Tuesday" finds "Tuesday", "$1.29 billion" finds
        "$1.29"), or
      - is contained in it as a run of tokens and keeps its head:
          dates: at least half of the gold item's content words ("December 2004" finds "The
            last week of December 2004": 2 of 4; "Monday" does not find "the night of Monday
            to Tuesday": 1 of 3);
          numbers: every token of the gold item except articles, "of", qualifiers (about,
            some, over, nearly, almost, around, more, than, less, fewer, up, to) and currency
            marks ($, £, €, US, USD...): "$370m" finds "US$370m", but "16" does not find
            "16 million" and "52" does not find "52%".
    One-to-one, maximising matches, preferring equal > contains > contained.

Quotes
    Gold has the quote's opening (first 5-8 words as written), predicted the full text. Both
    are normalised and also lose quotation marks and all other punctuation (brackets, commas,
    dashes), leaving words. A gold quote is recalled when a predicted text starts with its
    opening, or contains it at word boundaries (the BBC quirk: quotes spanning paragraphs are
    merged). One-to-one, in order of appearance: each gold quote takes the first unused
    predicted quote starting with its opening, else the first unused one containing it.
    Quote precision (matched predicted / predicted) is reported but has no target: gold
    skips quotes under four words, extractors may not.
    Speaker accuracy: over recalled gold quotes whose gold speaker is not null, the share whose
    predicted speaker matches: equal (entity normalisation, honorifics tried off) to any form
    of the gold person/organisation the gold speaker names, or to that person's surname (last
    word of the gold name, skipping Jr/Sr/II/III/IV). A null predicted speaker is wrong.
    Unattributed given a speaker: over recalled gold quotes whose gold speaker is null, how many
    got a non-null predicted speaker (target 0).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

ENTITY_CATEGORIES = ("people", "organizations", "places")
LIST_CATEGORIES = ("dates", "numbers")
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady prof professor rev msgr monsignor monsenor".split())
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
ROLE_STOPWORDS = frozenset("the a an of for at in on to and with by from".split())
ROLE_BLOCKERS = frozenset("vice deputy assistant under acting co".split())
DATE_STOPWORDS = ROLE_STOPWORDS
NUMBER_OPTIONAL = frozenset(
    "a an the of about some over nearly almost around more than less fewer up to $ £ € ¥ us usd gbp eur".split()
)
QUOTE_CHARS = '"“”„«»‹›'


# --- normalisation ------------------------------------------------------------------------


def fold(text: str) -> str:
    """Accent-, case- and spacing-insensitive text, with one apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(stripped.casefold().split())


INITIALS_RE = re.compile(r"\b(\w)\.(?=\s|$|\w\.)")


def norm_form(text: str) -> str:
    """An entity form: folded, no leading 'the', no trailing possessive, no initials' dots."""
    s = fold(text)
    s = INITIALS_RE.sub(r"\1", s)
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("s'"):
        s = s[:-1]
    return s.strip(" ,.;:")


def strip_honorific(form: str) -> str:
    """A normalised form without a leading honorific ('mr livingstone' -> 'livingstone')."""
    head, _, rest = form.partition(" ")
    if rest and head.rstrip(".") in HONORIFICS:
        return rest
    return form


def form_variants(forms) -> set[str]:
    out = set()
    for f in forms:
        if not f or not f.strip():
            continue
        n = norm_form(f)
        if n:
            out.add(n)
            out.add(strip_honorific(n))
    return out


def words(text: str) -> list[str]:
    """Word tokens for roles: folded, possessive 's dropped, punctuation ignored."""
    s = re.sub(r"'s\b", "", fold(text))
    return re.findall(r"\w+", s)


TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s']")


def tokens(text: str) -> list[str]:
    """Tokens for dates and numbers: numbers, words and symbols apart ("$27bn" = $ 27 bn)."""
    s = fold(text)
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"(?<=[^\W\d_])\.(?=[^\W\d_]\.)|(?<=\b[^\W\d_])\.", "", s)  # a.m. -> am
    return [t for t in TOKEN_RE.findall(s) if t not in ".,"]


def quote_words(text: str) -> str:
    """A quote reduced to its words: folded, no quotation marks, no punctuation."""
    s = fold(text)
    s = "".join(" " if c in QUOTE_CHARS else c for c in s)
    s = re.sub(r"(?<!\w)'|'(?!\w)", " ", s)  # quote marks, not apostrophes inside words
    s = re.sub(r"[^\w\s']", " ", s)
    return " ".join(s.split())


# --- sequence helpers ---------------------------------------------------------------------


def find_run(haystack: list[str], needle: list[str]) -> int:
    """Index where `needle` occurs as a contiguous run in `haystack`, or -1."""
    n = len(needle)
    if n == 0 or n > len(haystack):
        return -1
    for i in range(len(haystack) - n + 1):
        if haystack[i : i + n] == needle:
            return i
    return -1


def max_matching(n_gold: int, candidates: list[list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching gold -> predicted; candidates[g] in order of preference.

    Kuhn's augmenting paths: gold items are taken in order, each tries its preferred
    candidates first and may re-route an earlier gold item to that item's next choice.
    """
    owner: dict[int, int] = {}  # predicted -> gold

    def try_assign(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or try_assign(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        try_assign(g, set())
    return {g: p for p, g in owner.items()}


# --- results ------------------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched_predicted / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.gold if self.gold else None

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_predicted += other.matched_predicted


@dataclass
class CategoryResult:
    counts: Counts
    missed: list[str] = field(default_factory=list)  # gold items not found (false negatives)
    spurious: list[str] = field(default_factory=list)  # predicted items not matched (false positives)
    pairs: dict[int, int] = field(default_factory=dict)  # gold index -> predicted index


@dataclass
class RoleResult:
    total: int = 0
    recalled: int = 0
    missed: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (person, gold role, predicted roles)


@dataclass
class QuoteResult:
    counts: Counts
    missed: list[str] = field(default_factory=list)  # gold openings
    spurious: list[str] = field(default_factory=list)  # predicted texts matching no gold quote
    attributed: int = 0  # recalled gold quotes with a gold speaker
    speaker_correct: int = 0
    wrong_speaker: list[tuple[str, str, str | None]] = field(default_factory=list)  # (opening, gold, predicted)
    unattributed: int = 0  # recalled gold quotes with speaker null
    unattributed_given: list[tuple[str, str]] = field(default_factory=list)  # (opening, predicted speaker)


@dataclass
class ArticleScore:
    name: str
    entities: dict[str, CategoryResult]
    roles: RoleResult
    lists: dict[str, CategoryResult]
    quotes: QuoteResult
    notes: dict[str, dict[str, str]] = field(default_factory=dict)  # category -> item -> remark

    def category(self, name: str) -> CategoryResult:
        return self.entities[name] if name in self.entities else self.lists[name]


# --- entities -----------------------------------------------------------------------------


def entity_forms(entity: dict) -> list[str]:
    return [entity.get("name") or "", *(entity.get("aliases") or [])]


def match_entities(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    gold_forms = [form_variants(entity_forms(g)) for g in gold]
    pred_names = [form_variants([p.get("name") or ""]) for p in predicted]
    pred_forms = [form_variants(entity_forms(p)) for p in predicted]
    candidates = []
    for gf in gold_forms:
        strong = [i for i, pn in enumerate(pred_names) if pn & gf]
        weak = [i for i, pf in enumerate(pred_forms) if pf & gf and i not in strong]
        candidates.append(strong + weak)
    return max_matching(len(gold), candidates)


def score_entities(gold: list[dict], predicted: list[dict]) -> CategoryResult:
    pairs = match_entities(gold, predicted)
    used = set(pairs.values())
    return CategoryResult(
        counts=Counts(len(gold), len(predicted), len(pairs), len(pairs)),
        missed=[g.get("name", "") for i, g in enumerate(gold) if i not in pairs],
        spurious=[p.get("name", "") for i, p in enumerate(predicted) if i not in used],
        pairs=pairs,
    )


# --- roles --------------------------------------------------------------------------------


def role_recalled(gold_role: str, predicted_roles: list[str]) -> bool:
    g = words(gold_role)
    if not g:
        return False
    g_content = [w for w in g if w not in ROLE_STOPWORDS]
    for role in predicted_roles:
        p = words(role)
        if not p:
            continue
        if p == g:
            return True
        at = find_run(p, g)
        if at >= 0 and not (at > 0 and p[at - 1] in ROLE_BLOCKERS):
            return True
        if find_run(g, p) >= 0 and g_content:
            covered = sum(1 for w in g_content if w in p)
            if 2 * covered >= len(g_content):
                return True
    return False


def score_roles(gold_people: list[dict], predicted_people: list[dict], pairs: dict[int, int]) -> RoleResult:
    result = RoleResult()
    for gi, person in enumerate(gold_people):
        roles = person.get("roles") or []
        predicted = list(predicted_people[pairs[gi]].get("roles") or []) if gi in pairs else []
        for role in roles:
            result.total += 1
            if gi in pairs and role_recalled(role, predicted):
                result.recalled += 1
            else:
                shown = predicted if gi in pairs else ["(person not found)"]
                result.missed.append((person.get("name", ""), role, shown))
    return result


# --- dates and numbers --------------------------------------------------------------------


def unique_items(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        if item and item.strip():
            seen.setdefault(" ".join(tokens(item)), item)
    return list(seen.values())


def item_strength(gold_item: str, predicted_item: str, kind: str) -> int:
    """3 equal, 2 predicted contains gold, 1 contained with its head kept, 0 no match."""
    g, p = tokens(gold_item), tokens(predicted_item)
    if not g or not p:
        return 0
    if g == p:
        return 3
    if find_run(p, g) >= 0:
        return 2
    if find_run(g, p) >= 0:
        if kind == "numbers":
            required = [t for t in g if t not in NUMBER_OPTIONAL and (t == "%" or re.match(r"\w", t))]
            return 1 if required and all(t in p for t in required) else 0
        content = [t for t in g if t not in DATE_STOPWORDS and re.match(r"\w", t)]
        covered = sum(1 for t in content if t in p)
        return 1 if content and 2 * covered >= len(content) else 0
    return 0


def score_items(gold: list[str], predicted: list[str], kind: str) -> CategoryResult:
    gold, predicted = unique_items(gold), unique_items(predicted)
    candidates = []
    for g in gold:
        scored = [(item_strength(g, p, kind), i) for i, p in enumerate(predicted)]
        candidates.append([i for s, i in sorted(scored, key=lambda x: (-x[0], x[1])) if s > 0])
    pairs = max_matching(len(gold), candidates)
    used = set(pairs.values())
    return CategoryResult(
        counts=Counts(len(gold), len(predicted), len(pairs), len(pairs)),
        missed=[g for i, g in enumerate(gold) if i not in pairs],
        spurious=[p for i, p in enumerate(predicted) if i not in used],
        pairs=pairs,
    )


# --- quotes -------------------------------------------------------------------------------


def quote_text(quote: dict) -> str:
    return quote.get("text") or quote.get("opening") or ""


def match_quotes(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    pred_texts = [quote_words(quote_text(q)) for q in predicted]
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, quote in enumerate(gold):
        opening = quote_words(quote.get("opening") or quote.get("text") or "")
        if not opening:
            continue
        free = [i for i in range(len(predicted)) if i not in used]
        starts = [i for i in free if (pred_texts[i] + " ").startswith(opening + " ")]
        contains = [i for i in free if f" {opening} " in f" {pred_texts[i]} "]
        choice = (starts or contains or [None])[0]
        if choice is not None:
            pairs[gi] = choice
            used.add(choice)
    return pairs


def surname(form: str) -> str:
    """The last word of a normalised person's name, skipping a suffix ('robert downey jr' -> 'downey')."""
    parts = strip_honorific(form).split(" ")
    while len(parts) > 1 and parts[-1] in NAME_SUFFIXES:
        parts.pop()
    return parts[-1]


def speaker_forms(speaker: str, gold: dict) -> set[str]:
    """Every accepted form of a gold speaker: its entity's forms and, for a person, the surname."""
    forms = form_variants([speaker])
    key = norm_form(speaker)
    is_org = False
    for category in ("people", "organizations"):
        for entity in gold.get(category) or []:
            if norm_form(entity.get("name") or "") == key:
                forms |= form_variants(entity_forms(entity))
                is_org = is_org or category == "organizations"
    if not is_org:  # a person (or a name the gold lists nowhere): the surname too
        forms.add(surname(key))
    return {f for f in forms if f}


def speaker_matches(predicted: str | None, speaker: str, gold: dict) -> bool:
    if not predicted or not predicted.strip():
        return False
    return bool(form_variants([predicted]) & speaker_forms(speaker, gold))


def score_quotes(gold: dict, predicted: dict) -> QuoteResult:
    gq, pq = gold.get("quotes") or [], predicted.get("quotes") or []
    pairs = match_quotes(gq, pq)
    used = set(pairs.values())
    result = QuoteResult(
        counts=Counts(len(gq), len(pq), len(pairs), len(pairs)),
        missed=[q.get("opening", "") for i, q in enumerate(gq) if i not in pairs],
        spurious=[quote_text(q) for i, q in enumerate(pq) if i not in used],
    )
    for gi, pi in sorted(pairs.items()):
        g, p = gq[gi], pq[pi]
        opening = g.get("opening") or quote_text(g)
        if g.get("speaker"):
            result.attributed += 1
            if speaker_matches(p.get("speaker"), g["speaker"], gold):
                result.speaker_correct += 1
            else:
                result.wrong_speaker.append((opening, g["speaker"], p.get("speaker")))
        else:
            result.unattributed += 1
            if p.get("speaker"):
                result.unattributed_given.append((opening, p["speaker"]))
    return result


# --- one article, many articles -----------------------------------------------------------


def score_article(gold: dict, predicted: dict, name: str = "") -> ArticleScore:
    entities = {c: score_entities(list(gold.get(c) or []), list(predicted.get(c) or [])) for c in ENTITY_CATEGORIES}
    roles = score_roles(list(gold.get("people") or []), list(predicted.get("people") or []), entities["people"].pairs)
    lists = {c: score_items(list(gold.get(c) or []), list(predicted.get(c) or []), c) for c in LIST_CATEGORIES}
    score = ArticleScore(name, entities, roles, lists, score_quotes(gold, predicted))
    score.notes = _cross_category_notes(gold, predicted, entities)
    return score


def _cross_category_notes(gold: dict, predicted: dict, results: dict[str, CategoryResult]) -> dict[str, dict[str, str]]:
    """For the listing: a missed or spurious entity found under another category."""
    notes: dict[str, dict[str, str]] = {}
    for category, result in results.items():
        for side, items, other_side in (("missed", result.missed, predicted), ("spurious", result.spurious, gold)):
            for item in items:
                variants = form_variants([item])
                for other in ENTITY_CATEGORIES:
                    if other == category:
                        continue
                    if any(variants & form_variants(entity_forms(e)) for e in other_side.get(other) or []):
                        who = "predicted" if side == "missed" else "gold"
                        notes.setdefault(category, {})[item] = f"{who} has it under {other}"
                        break
    return notes


@dataclass
class Totals:
    articles: int = 0
    categories: dict[str, Counts] = field(
        default_factory=lambda: {c: Counts() for c in (*ENTITY_CATEGORIES, *LIST_CATEGORIES)}
    )
    roles_total: int = 0
    roles_recalled: int = 0
    quotes: Counts = field(default_factory=Counts)
    attributed: int = 0
    speaker_correct: int = 0
    unattributed: int = 0
    unattributed_given: int = 0

    @property
    def role_recall(self) -> float | None:
        return self.roles_recalled / self.roles_total if self.roles_total else None

    @property
    def speaker_accuracy(self) -> float | None:
        return self.speaker_correct / self.attributed if self.attributed else None


def aggregate(scores: list[ArticleScore]) -> Totals:
    totals = Totals()
    for s in scores:
        totals.articles += 1
        for c in ENTITY_CATEGORIES:
            totals.categories[c].add(s.entities[c].counts)
        for c in LIST_CATEGORIES:
            totals.categories[c].add(s.lists[c].counts)
        totals.roles_total += s.roles.total
        totals.roles_recalled += s.roles.recalled
        totals.quotes.add(s.quotes.counts)
        totals.attributed += s.quotes.attributed
        totals.speaker_correct += s.quotes.speaker_correct
        totals.unattributed += s.quotes.unattributed
        totals.unattributed_given += len(s.quotes.unattributed_given)
    return totals
