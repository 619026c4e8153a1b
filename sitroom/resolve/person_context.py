"""What the words around a name tagged PERSON say it is, when it is no person.

- an amount before a name ending in a currency word is money ("a 640 mln H.K. Dlr credit");
- a kind of place and "of" before a name make it a place ("the port of Kemal Limani", "the
  islands of Pulau Besar");
- a name of two or more words before a facility's noun is a place ("the Kalat Sefid border crossing");
- a name before a US state's or a Canadian province's postal code that ends a line is a town ("Cuyahoga Falls, OH" of a
  tour's dates).

Word lists: ``data/person_context.yaml`` (and the currency words of ``data/currencies.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import DATA, Titles, _read_yaml, load_titles
from sitroom.resolve.person_evidence import titled

__all__ = ["context_words", "facility_after", "money_name", "next_person_titled", "person_listed_after",
           "place_noun_before", "state_after"]

SCALE_WORDS = frozenset({"mln", "million", "billion", "bln", "trillion", "thousand", "m", "bn"})


@dataclass(frozen=True)
class ContextWords:
    money_words: frozenset[str]
    place_nouns_of: frozenset[str]
    ranks: frozenset[str]
    occupation_titles: frozenset[str]
    facility_nouns: frozenset[str]
    state_codes: frozenset[str]


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    """Word lists from ``person_context.yaml``, with every currency word of ``currencies.yaml``."""
    data = _read_yaml(DATA / "person_context.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key) or [])

    currencies = _read_yaml(DATA / "currencies.yaml").get("currencies") or {}
    money = {str(w).split()[-1].casefold() for c in currencies.values() for w in c.get("words") or []}
    return ContextWords(words("money_words") | money, words("place_nouns_of"), words("ranks"),
                        words("occupation_titles"), words("facility_nouns"), words("state_codes"))


def money_name(span: Span) -> bool:
    """ "3.8 billion N.Z. Dlrs", "120 mln N.Z. Dlr gap": an amount right before a name whose
    last word is a currency's, of two or more words (a lone "Pound" may be a surname)."""
    doc = span.doc
    if len(span) < 2 or span[-1].lower_ not in context_words().money_words:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and (prev.like_num or prev.lower_ in SCALE_WORDS)


def place_noun_before(doc: Doc, span: Span) -> bool:
    """ "the Turkish port of Kemal Limani", "the two islands of Pulau Besar": a kind of place, in
    lower case, then "of" right before the name."""
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    return noun.is_lower and noun.lower_ in context_words().place_nouns_of


def facility_after(doc: Doc, span: Span) -> bool:
    """ "the Kalat Sefid border crossing", "Bandar Lengeh refinery's unit", "the Qara Tepe railway
    electrification project": a name of two or more words qualifying a run of lower-case nouns (at
    most three) that opens with or ends in a facility's noun. A lone word may be a surname ("the
    Trump pipeline decision"), so it is left alone, and so is a name after a title ("Governor X Y
    pipeline plans": a person's)."""
    if len(span) < 2 or _titled(doc, span):
        return False
    run = []
    for tok in doc[span.end : span.end + 4]:
        if not (tok.is_lower and tok.is_alpha) or tok.pos_ not in {"NOUN", "PROPN"}:  # "customs" may be PROPN
            break
        run.append(tok.lower_)
    if not run or len(run) > 3:
        return False
    nouns = context_words().facility_nouns
    return run[0] in nouns or run[-1] in nouns


LINE_GOES_ON = frozenset({"@", "-", "–", "—", "(", "|"})  # a venue, a date or a note after the town


def state_after(doc: Doc, span: Span) -> bool:
    """ "July 22 -- Blossom Music Center, Cuyahoga Falls, OH", "Cuyahoga Falls, OH @ Blossom Music
    Center": a comma and a US state's or a Canadian province's postal code after the name, ending the line or the text or
    before a venue's "@" or a dash: a town of a list of dates, not a person ("Mark Quinlan, PG&E's
    director" and "Liz Truss, UK Foreign Secretary" go on with words)."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    code = doc[j + 1]
    if not (code.is_upper and code.lower_ in context_words().state_codes):
        return False
    return j + 2 == len(doc) or "\n" in doc[j + 2].text or doc[j + 2].text in LINE_GOES_ON


def _titled(doc: Doc, span: Span) -> bool:
    """A title, an honorific or an office opens the name or stands right before it ("Governor",
    "Mr")."""
    titles = load_titles()
    words = [span[0]] + ([doc[span.start - 1]] if span.start > 0 else [])
    return any(titled(t, titles) or t.lower_ in titles.roles for t in words)


def next_person_titled(phrase: list[Token], titles: Titles) -> bool:
    """The phrase after a name's comma runs, with no verb, into another person's name that nothing
    but the phrase's own capitalised words stand before, and the list goes on after it: "X, Minister
    of Sports and Youth Affairs Jane Roe, and ...", "X, the Saudi King [Salman ...], the Emir ...", "X,
    presidential adviser for Baltic Sea affairs Jane Roe, and ..." (a portfolio's lower-case noun). The
    phrase is the title of that next name, an item of a list of officials, not an apposition of X. A
    name that a preposition, a possessive or its own title word or honorific opens is the phrase's
    object ("a spokesman for Speaker Tom Poe", "adviser to Ayatollah X"), and a name owning what
    follows ("Tom Poe's deputy") names whose the office is: both stay X's."""
    doc = phrase[0].doc if phrase else None
    for k, tok in enumerate(phrase[1:], start=1):
        if tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
            continue
        prev = phrase[k - 1]
        word = prev.lower_.rstrip(".")
        if prev.pos_ in {"ADP", "PART"} or word in {"'s", "\u2019s"} or word in titles.words \
                or word in titles.honorifics or prev.lower_ in titles.abbreviations:
            return False
        if not (prev.pos_ in {"NOUN", "PROPN"} and prev.text[:1].isupper() or prev.text in {"[", "(", "\u201c", '"'}
                or _portfolio_noun(phrase[:k], titles)):
            return False  # "deputy editor of UK magazine Mac Format", "a spokesman for actor Tom Poe": the
            # common noun says what the name is, the phrase's object
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        # the list goes on after the name, or the sentence ends ("Tom Poe's deputy" owns the office;
        # "vice president of search at Ask Jeeves in the US": a name inside a firm's, no list)
        return end >= len(doc) or doc[end].lower_ in _LIST_GOES_ON
    return False


_LIST_GOES_ON = frozenset({",", "and", "]", ")", ";", "."})
_PORTFOLIO_LINKS = frozenset({"for", "of", "on"})


def _portfolio_noun(words: list[Token], titles: Titles) -> bool:
    """The words end in a lower-case noun of an office's portfolio that a role word and "for",
    "of" or "on" open ("adviser for Baltic Sea affairs", "envoy on climate issues"): the office of
    the name after them. A noun that says what the name is ("a spokesman for actor Tom Poe",
    "editor of UK magazine Mac Format": a person's word, a firm's or a work's) is the phrase's
    object instead."""
    noun = words[-1]
    low = noun.lemma_.casefold()
    if not (noun.is_lower and noun.pos_ == "NOUN") or _says_what(noun.lower_, titles) or _says_what(low, titles):
        return False
    for j in range(len(words) - 2, 0, -1):
        tok = words[j]
        if tok.lower_ in _PORTFOLIO_LINKS:
            return words[j - 1].lower_ in titles.words or words[j - 1].lower_ in titles.roles
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ", "CCONJ"} or tok.ent_type_ == "PERSON":
            return False
    return False


def _says_what(word: str, titles: Titles) -> bool:
    """A noun for a person, a firm, a body or a work, which names what the name after it is."""
    people = word_lists("person_context", "person_nouns", "person_noun_endings")
    return (word in titles.words or word in titles.occupations or word in titles.not_person_nouns
            or word in titles.company_before_words or word in titles.thing_before_words
            or word in titles.org_before_one_word or word in people[0]
            or any(word.endswith(e) for e in people[1]))


def person_listed_after(doc, end: int) -> bool:
    """A comma and another person's name follow the name, with nothing but capitalised words
    (a title) between, and a comma or "and" after that: "The president, first lady Laura Bush, Vice
    President Dick Cheney and ...".
    The name is an item of a list of people, and the phrase before it is the item before, not an
    apposition of hers."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1
    while k < min(len(doc), end + 5) and doc[k].ent_type_ != "PERSON" and doc[k].is_title:
        k += 1
    if not (k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"):
        return False
    k += 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    # the list goes on after that name ("Dick Cheney and his wife"); not "..., Justin Webb, Gen Jones
    # said": the next name is the subject of the clause
    return k < len(doc) and doc[k].lower_ in {",", "and", "or"}
