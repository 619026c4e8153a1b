"""What the words before an office say about whose office it is: held before ("former", "formerly"),
or a lesser one ("Assistant", "Associate", "Under", "shadow"); or no office at all (a verb).

- An office held before is shown as such: "former Exxon Mobil chief executive X", "then-FBI
  Director X", "X, formerly staff director of monetary policy at the Fed".
- A lesser office is read with the word that makes it lesser (``titles.yaml``: ``lesser_offices``):
  "Assistant Secretary of State X" is no Secretary of State, "X, assistant chief constable of
  Gloucestershire Police" no chief constable, "Treasury Under Secretary X" no Secretary, "shadow
  foreign secretary X" (the opposition's spokesman) no foreign secretary. The word
  may stand before the words naming what the office is over ("Assistant information commissioner
  X", "assistant US attorney general"). "under" only before "secretary", written "Under" inside a
  sentence or before "secretary" in lower case: "foreign policy under Secretary of State X" and
  "under President X" name the one in office.
- An office's word used as a verb names no office: "who used to head X's bodyguards".
- The common words before an office word in lower case name what it is over and belong to it, as
  they do written with capitals ("Government spokesman"): "chief technology officer" is no
  officer, "press secretary" no secretary, "legislative affairs director" no director.
- "co-" glued before an office belongs to it: a "co-chairman" shares the chair, a "co-founder" did
  not found it alone ("Tory co-chairman X" is no chairman).
- Membership alone is no office (``titles.yaml`` ``memberships``): "X, a member of the Senate
  Judiciary panel", "a former member of the group's central council" give no role.
- A standing in a contest is no office (``titles.yaml`` ``contest_standings``): "championship
  leader X", "the race leader" give no role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles

__all__ = ["PAST", "PAST_PREFIXES", "QUALIFIERS", "acted", "co_start", "domain_start", "lesser_start", "membership_only",
           "past"]

QUALIFIERS = frozenset({"vice", "deputy", "former", "acting", "first", "chief", "senior", "top", "-", "ex"})
PAST_PREFIXES = ("former ", "ex-", "ex ", "then-", "late ", "onetime ", "retired ")
PAST = frozenset({"former", "formerly", "ex", "ex-", "onetime", "one-time", "erstwhile", "then-", "late", "retired"})
HYPHENS = frozenset({"-", "\u2010"})


def past(role: str, before) -> str:
    """ "former Exxon Mobil chief executive": an office held before is shown as such. ``before``:
    the tokens before the role; the word is read right before it or before a name there."""
    low = role.casefold()
    if low.startswith(PAST_PREFIXES):
        return role
    k = len(before) - 1
    while k >= 0 and (before[k].pos_ in {"PROPN", "NOUN", "ADJ"} or before[k].lower_ in QUALIFIERS) \
            and before[k].lower_ not in PAST and len(before) - k <= 4:
        k -= 1  # "former Exxon Mobil chief executive", "former national security adviser", "ex-chief"
    if k >= 0 and (before[k].lower_ in PAST or before[k].lower_.rstrip("-") in PAST):
        return f"former {role}"
    if k >= 0 and before[k].lower_ == "then" and k + 1 < len(before) and before[k + 1].text in HYPHENS:
        return f"former {role}"  # "then-FBI Director", "then-acting attorney general"
    if k > 0 and before[k].lower_ == "then" and (before[k - 1].pos_ in {"ADP", "DET"} or before[k - 1].tag_ == "VBG") \
            and before[k - 1].lower_ not in {"by", "until", "till", "since"}:
        return f"former {role}"  # "with then Russian Ambassador X", "the then minister", "firing then FBI
        # Director X"; not "and then Senator X" (what came next) nor "by then President X" (he was by then)
    return role


def acted(tok: Token) -> bool:
    """An office's word used as a verb, so no office of the name after it: "who used to head X's
    bodyguards", "will chair X's panel" (a base form right after "to" or a modal, an adverb between
    allowed: "to jointly head"). One heads or chairs a thing, not a person: the name must own what
    follows it ("X's"), which also keeps "happening to officer X" (tagged a verb there) an office."""
    doc = tok.doc
    if tok.tag_ != "VB" or not tok.is_lower:
        return False
    k = tok.i - 1
    if k >= 0 and doc[k].tag_ == "RB":
        k -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return k >= 0 and doc[k].tag_ in {"TO", "MD"} and end > tok.i + 1 and end < len(doc) and doc[end].tag_ == "POS"


def _lesser(tok: Token, titles: Titles) -> bool:
    """A word that makes the office after it a lesser one ("Assistant", "associate", "Under")."""
    if tok.lower_ not in titles.lesser_offices:
        return False
    if tok.lower_ != "under":
        return True
    doc = tok.doc
    k = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text in HYPHENS)
    if k >= len(doc) or not doc[k].lower_.startswith("secretary"):
        return False
    return doc[k].is_lower or tok.text == "Under" and not tok.is_sent_start


def lesser_start(doc: Doc, at: int, titles: Titles) -> int | None:
    """The token that makes the office opening at token ``at`` a lesser one: right before it, or
    before up to two words naming what the office is over ("Assistant information commissioner");
    with the qualifiers before that word ("senior associate director"). None when there is none."""
    k = at
    while k > 0 and at - k < 3:
        tok = doc[k - 1]
        if _lesser(tok, titles):
            k -= 1
            while k > 0 and doc[k - 1].lower_ in QUALIFIERS and doc[k - 1].text not in HYPHENS:
                k -= 1
            return k
        glued = tok.text in HYPHENS and not tok.whitespace_ and k >= 2 and not doc[k - 2].whitespace_
        if not glued and (tok.pos_ not in {"NOUN", "PROPN", "ADJ"} or tok.ent_type_ == "PERSON"
                          or not any(c.isalpha() for c in tok.text)):
            return None
        k -= 1
    return None


def domain_start(doc: Doc, at: int, titles: Titles, taken) -> int:
    """The first token of the lower-case words before the office word at ``at`` that say what the
    office is over ("chief technology officer", "press secretary", "national security adviser",
    "managing director"): nouns compounded with it, "managing", the qualifiers ("chief", "senior"),
    and an adjective only before one of those nouns ("national security", "local government": the
    parser often hangs it on the office word; a "new" director stays a director). ``taken(i)``: whether token i names an actor (the owner, no part of the office).
    At most three words; ``at`` itself when there are none."""
    k = at
    while k > 0 and at - k < 3:
        tok = doc[k - 1]
        opening = tok.is_sent_start and tok.pos_ in {"NOUN", "ADJ"}  # "Home affairs spokesman X"
        if not (tok.is_lower or opening) or not tok.is_alpha or tok.lower_ in PAST \
                or tok.lower_ in titles.not_names or tok.ent_type_ in {"PERSON", "DATE", "TIME"} or taken(tok.i):
            break
        if k >= 2 and doc[k - 2].text in HYPHENS and not doc[k - 2].whitespace_:
            break  # "Obama-era director", "Oscar-winning director": half of a word glued to a name
        noun = tok.pos_ == "NOUN" and tok.dep_ in {"compound", "nmod"} \
            and not (tok.tag_ == "NNS" and k >= 2 and doc[k - 2].pos_ == "VERB" and doc[k - 2].tag_ != "VBG")
        # (a plural right after a verb is its object: "told reporters spokesman X")
        managing = tok.lower_ == "managing" and tok.dep_ in {"compound", "amod"}  # not "a shooting involving officer X"
        domain_adj = (tok.pos_ == "ADJ" or tok.tag_ == "VBG") and tok.dep_ == "amod" and k < at \
            and doc[k].pos_ == "NOUN"  # "national security adviser", "ruling party leader"
        if not (noun or managing or domain_adj or tok.lower_ in QUALIFIERS):
            break
        k -= 1
    return k


def co_start(doc: Doc, at: int) -> int:
    """The token of "co" when "co-" is glued before the office word at token ``at`` ("co-chairman",
    "co-chief executive"); ``at`` itself otherwise. spaCy splits "co-chairman" into three tokens."""
    if at >= 2 and doc[at - 1].text in HYPHENS and not doc[at - 1].whitespace_ \
            and doc[at - 2].lower_ == "co" and not doc[at - 2].whitespace_:
        return at - 2
    return at


def membership_only(role: str | None) -> bool:
    """The role says only that the person belongs to a body (``titles.yaml`` ``memberships``:
    "member", "former member"): no office or title of theirs. Words that say what body ("board
    member", "Abba member") keep it."""
    if not role:
        return False
    low = role.casefold()
    for prefix in PAST_PREFIXES:
        low = low.removeprefix(prefix)
    return low.strip() in word_lists("titles", "memberships")[0]


def standing_only(role: str | None) -> bool:
    """The role is a standing in a sport or a contest (``titles.yaml`` ``contest_standings``):
    "Championship leader", "race leader", "overall points leader". No office: read as no role."""
    if not role:
        return False
    words = role.casefold().replace("-", " ").split()
    if len(words) < 2 or words[-1] not in {"leader", "leaders"}:
        return False
    standings, qualifiers = word_lists("titles", "contest_standings", "contest_qualifiers")
    rest = words[:-1]
    return any(w in standings for w in rest) and all(w in standings or w in qualifiers for w in rest)
