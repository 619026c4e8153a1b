"""Names the NER calls people that the text writes as a company, a team, a band or a work.

- Reuters marks a company's name with angle brackets ("French machinery maker <Poclain>", "a lease
  with <Burnham Leasing>"): the newswire's own tag, never put round a person's name;
- a name that is alone the subject of a plural verb is a band, a team or a firm in British usage
  ("Duran Duran are to appear", "Narbonne are really keen"): one person takes "is" or "has"; a
  name joined with others ("Manafort and Gates are", "Trump and current chair Janet Yellen have
  taken", "Director X and CHTHO Deputy Director Y were") or after a comma ("aka the rapper, Mike Skinner have topped") is left alone;
- a name before a player's position and the player's name is the team's ("Sale Sharks prop Andrew
  Sheridan");
- a name joined to "Co", "Sons", "Partners" is a firm's ("S.G. Warburg and Co Ltd");
- a name of two or more words ending in the name of a sport is a club's or a governing body's
  ("Edinburgh Rugby", "Yorkshire Cricket");
- a name the document writes right before a company's legal form ("Diamond Shamrock Corp",
  "Koninklijke Wessanen NV", "Showa Shell Sekiyu KK"), or that opens a firm's name of a few more
  capitalised words before one ("Becor" of "Becor Western Inc"), is the firm's at every mention;
- a name in a list of titles a plural noun for works heads ("games of the last 15 years such as
  Populous, Theme Park, Dungeon Keeper") is a title. "artists such as Damien Hirst" are people;
- a name right before an office only a body has ("the Lib Dem leader said", "Lib Dem chairman
  Matthew Taylor") is the body's, unless a verb makes the person that ("making X leader");
- a name in brackets right after a person's name, in a roster that writes three or more names so
  ("Backs: Tom Reid (Glasgow Warriors), Sam Hale (Leeds Tykes), ..."; "Tom Reid (Labour)"), is the
  club, party or work each person belongs to, not a person; one bracketed name alone may gloss a
  pronoun or a first name ("He (Smith) told us", "Paul (Manafort)") and is left alone.

Word lists: ``data/name_kinds.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.resolve.actor_data import DATA, _read_yaml

__all__ = ["body_office_after", "bracketed_company", "bracketed_in_roster", "firm_joined", "legal_form_names",
           "listed_work", "plural_subject", "sport_body", "team_before_player"]

PLURAL_VERBS = frozenset({"are", "were", "have"})
NOT_BEFORE = frozenset({",", "and", "or", "&", "nor"})
LIST_OPENERS = frozenset({"as", "including", "like"})  # "such as", "including", "like"
LIST_WORDS = frozenset({",", "and", "&", "or", "-", "–", ":"})
TIME_NOUNS = frozenset({"years", "decades", "decade", "century", "era", "season", "seasons", "months", "weeks"})
MAX_LIST = 40  # tokens from the list's opener to the name
ROSTER_MIN = 3  # "Name (Club)" pairs that make a roster
ROSTER_REACH = 80  # tokens either side of the name searched for them


@dataclass(frozen=True)
class KindWords:
    work_list_nouns: frozenset[str]
    team_positions: frozenset[str]
    company_joins: frozenset[str]
    company_forms: frozenset[str] = frozenset()
    sports: frozenset[str] = frozenset()
    body_offices: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def kind_words() -> KindWords:
    """Word lists from ``sitroom/data/name_kinds.yaml``."""
    data = _read_yaml(DATA / "name_kinds.yaml")

    def words(key: str, fold: bool = True) -> frozenset[str]:
        return frozenset(str(w).casefold() if fold else str(w) for w in data.get(key) or [])

    return KindWords(words("work_list_nouns"), words("team_positions"), words("company_joins", fold=False),
                     words("company_forms", fold=False), words("sports", fold=False), words("body_offices"))


def bracketed_company(span: Span) -> bool:
    """ "<Poclain>", "<Burnham Leasing>": the name (or the start of one) right after "<"."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "<" and any(
        t.text == ">" for t in doc[span.end : span.end + 6])


def plural_subject(span: Span) -> bool:
    """The name, with no other name joined to it, is the subject of "are", "were" or "have"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in PLURAL_VERBS or doc[span.end].tag_ not in {"VBP", "VBD"}:
        return False
    i = span.start - 1
    while i >= 0 and not doc[i].is_sent_end and (doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ", "DET"} or (
            doc[i].is_title or doc[i].is_upper) and doc[i].pos_ in {"NOUN", "PROPN"}):
        i -= 1  # "Trump and current chair Janet Yellen have", "X and CHTHO Deputy Director Y were": her office
    if i >= 0 and doc[i].lower_ in NOT_BEFORE:
        return False
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ in {"conj", "cc"} for c in root.children):
        return False
    verb = doc[span.end]
    return root.head.i == verb.i or verb.head.i == root.head.i


def team_before_player(span: Span, words: KindWords | None = None) -> bool:
    """ "Sale Sharks prop Andrew Sheridan": a position in lower case, then a capitalised name."""
    words = words or kind_words()
    doc = span.doc
    for n in (1, 2, 3):
        k = span.end + n
        if k < len(doc) and doc[span.end:k].text.casefold() in words.team_positions \
                and doc[span.end].is_lower and doc[k].is_title and doc[k].pos_ == "PROPN":
            return True
    return False


def sport_body(span: Span, words: KindWords | None = None) -> bool:
    """ "Ewan Stout (Glasgow Rugby)", "Leinster Rugby said": a name of two or more capitalised words
    whose last word is a sport's name is a club or a body; a person's name does not end in one."""
    words = words or kind_words()
    return len(span) >= 2 and span[-1].text in words.sports and all(t.is_title for t in span)


def body_office_after(span: Span, words: KindWords | None = None) -> bool:
    """ "the Lib Dem leader said", "Lib Dem chairman Matthew Taylor": an office only a body has, in
    lower case right after the name and before no "of" or "for"; no verb right before the name
    ("making Michael Howard leader": what he becomes)."""
    words = words or kind_words()
    doc = span.doc
    j = span.end
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in words.body_offices:
        return False
    if j + 1 < len(doc) and doc[j + 1].lower_ in {"of", "for"}:
        return False
    return span.start == 0 or not (doc[span.start - 1].tag_.startswith("VB") or doc[span.start - 1].tag_ == "MD")


def firm_joined(span: Span, words: KindWords | None = None) -> bool:
    """ "S.G. Warburg and Co Ltd", "Brown & Sons": the name is the start of a firm's."""
    words = words or kind_words()
    doc = span.doc
    j = span.end
    return j + 1 < len(doc) and doc[j].lower_ in {"and", "&"} and doc[j + 1].text in words.company_joins


def legal_form_names(doc: Doc, names: set[str], words: KindWords | None = None) -> set[str]:
    """The names that end in a legal form or that the document writes right before one ("Diamond
    Shamrock Corp", "Wessanen NV", "Showa Shell Sekiyu KK"), or that open a firm's name of at most
    FIRM_INNER more capitalised words before one ("Becor" of "Becor Western Inc", "Novo" of "Novo
    Industri A/S"): firms, not people. Not a name after "of" or "and" ("Ann Lee of Acme Data Corp",
    "Ann Lee and Acme Textiles Inc"): a person and the firm, and not a word inside the firm's name
    ("Lynch" of "Merrill Lynch Economics Inc")."""
    words = words or kind_words()
    out = {n for n in names if n.split()[-1] in words.company_forms}
    by_len: dict[int, set[str]] = {}
    for n in names:
        by_len.setdefault(len(n.split()), set()).add(n)
    for i in range(1, len(doc)):
        if not _form_at(doc, i, words) or not doc[i - 1].text[:1].isupper():
            continue
        for k, group in by_len.items():
            if i - k >= 0 and doc[i - k : i].text in group:
                out.add(doc[i - k : i].text)
        inner = i - 1  # the capitalised words between a name and the form
        while inner > 0 and i - inner <= FIRM_INNER and _firm_word(doc[inner]):
            for k, group in by_len.items():
                start = inner - k
                if start >= 0 and doc[start:inner].text in group and not _in_capitalised_run(doc, start):
                    out.add(doc[start:inner].text)
            inner -= 1
    return out


FIRM_INNER = 3  # capitalised words between a firm's short name and its legal form ("Becor Western Inc")


@lru_cache(maxsize=4)
def _form_prefixes(forms: frozenset[str]) -> frozenset[str]:
    """Every opening of a legal form ("A", "A/" of "A/S"): a split form's first token is one."""
    return frozenset(f[:k] for f in forms for k in range(1, len(f)))


def _form_at(doc: Doc, i: int, words: KindWords) -> bool:
    """A legal form starts at token ``i``: one token ("Inc", "Plc") or one written with a slash that
    the tokenizer splits ("A/S": "A", "/", "S")."""
    text = doc[i].text
    if text in words.company_forms:
        return True
    if text not in _form_prefixes(words.company_forms):
        return False  # (most tokens: no form starts with them)
    three = doc[i : i + 3]
    return len(three) == 3 and not any(t.whitespace_ for t in three[:2]) and three.text in words.company_forms


def _firm_word(tok: Token) -> bool:
    """A capitalised word of a firm's name: no link word ("and", "of"), no punctuation, and not the
    first word of a person's name."""
    return tok.is_alpha and (tok.is_title or tok.is_upper) and not (tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON")


def _in_capitalised_run(doc: Doc, start: int) -> bool:
    """The word before ``start`` is capitalised or a link word of a name ("of", "and", "&"): the name
    is inside a longer one or joined to another, not a firm's opening words."""
    if start == 0 or doc[start - 1].is_sent_end:
        return False
    prev = doc[start - 1]
    return prev.lower_ in {"of", "and", "&"} or prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start


def _works_noun(tok: Token, words: KindWords) -> bool:
    """The list's head is a plural noun for works, maybe through a time ("games of the last 15 years")."""
    for _ in range(3):
        if tok.lower_ in words.work_list_nouns:
            return True
        if tok.lower_ not in TIME_NOUNS or tok.head.lower_ != "of" or tok.head.head.i == tok.i:
            return False
        tok = tok.head.head
    return False


def listed_work(span: Span, words: KindWords | None = None) -> bool:
    """The name stands in a list of titles opened by "such as", "including" or "like" after a
    plural noun for works."""
    words = words or kind_words()
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= MAX_LIST:
        tok = doc[i]
        if tok.lower_ in LIST_OPENERS and (tok.lower_ != "as" or i > 0 and doc[i - 1].lower_ == "such"):
            k = i - 1 if tok.lower_ != "as" else i - 2
            if k >= 0 and doc[k].text == ",":
                k -= 1
            return _works_noun(tok.head, words) or (k >= 0 and doc[k].lower_ in words.work_list_nouns)
        if not (tok.text in LIST_WORDS or tok.pos_ in {"PROPN", "NUM"} or tok.is_title or tok.is_punct):
            return False  # the list ends at a common word ("who", "had")
        i -= 1
    return False


def _after_person(doc: Doc, i: int) -> bool:
    """Token ``i`` is "(" right after a person's name, a capitalised word the NER tags PERSON."""
    return i > 0 and doc[i].text == "(" and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].is_title


def bracketed_in_roster(span: Span) -> bool:
    """ "Sam Hale (Leeds Tykes)": the name fills brackets right after a person's name, and at least
    ROSTER_MIN such "(" after a person's name, each opening a capitalised word, stand near it."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.end].text != ")" or not _after_person(doc, span.start - 1):
        return False
    lo, hi = max(1, span.start - ROSTER_REACH), min(len(doc) - 1, span.end + ROSTER_REACH)
    pairs = sum(1 for i in range(lo, hi) if _after_person(doc, i) and doc[i + 1].is_title)
    return pairs >= ROSTER_MIN
