"""A country's name before what its state holds: an office, its holder or a state body
("Iran's foreign minister", "Peru's tourism chief", "France's constitutional council", "the U.S.
embassy", "the U.S. and Nordic governments")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.place_frames import area_words as _words

__all__ = ["office_of_state", "owns_named_body", "owns_office"]

_POSSESSIVE = frozenset({"'s", "\u2019s"})
# small words a body's or a programme's capitalised name may hold ("the Ports and Maritime
# Organization", "the Department of Environment", "the Federal Agency for Fishery")
_NAME_JOINS = frozenset({"and", "&", "of", "for", "on", "the"})
_NAME_OF = frozenset({"of", "for", "on"})


def owns_office(span: Span) -> bool:
    """The name's possessive owns one of the state's offices or office holders within the next
    three words ("Russia's Permanent Representative", "Iran's top diplomat", "China's foreign
    minister"; not "Britain's biggest bank"), or, as a noun, one of the offices a country's name
    before them makes the state's ("Peru's tourism chief", "Chile's attorney general"; areas.yaml
    office_words) or a state body (state_bodies: "France's constitutional council", "Sweden's
    national police", "Afghanistan's Independent Election Commission"), unless a body that is no
    state's comes first ("Britain's BBC bureau chief") or the word is an adjective ("Chile's chief
    export")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in _POSSESSIVE:
        return False
    after = [t for t in doc[span.end + 1 : span.end + 4] if t.is_alpha]
    if any(t.lower_ in _words("state_offices") for t in after):
        return True
    if _possessed_office(span):
        return True
    held = _words("office_words") | _words("state_bodies")
    for tok in after:
        if tok.lower_ in _words("non_state_bodies"):
            return False
        if tok.lower_ in held and tok.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def owns_named_body(span: Span) -> bool:
    """The name's possessive owns a capitalised name of one of its state's bodies, arms or
    programmes, however long: the word before the name's first "of", "for" or "on", or else its
    last capitalised word, is one such names are headed by (areas.yaml named_state_bodies: "Iran's
    Supreme National Security Council", "Iran's Ports and Maritime Organization", "the UK's
    Department of Work and Pensions", "China's Belt and Road Initiative"); not a name that holds a
    word of the press or of other bodies that are no state's (named_non_state_words: "Iran's
    Tasnim News Agency", "Russia's Olympic Committee"), nor a lower-case noun ("Pakistan's main
    human rights organization": whose, the words do not say)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in _POSSESSIVE:
        return False
    last, head = None, None
    for tok in doc[span.end + 1 : span.end + 10]:
        if tok.is_sent_start or tok.ent_type_ == "PERSON":
            break
        if tok.is_title and tok.is_alpha:
            if tok.lower_ in _words("named_non_state_words"):
                return False
            last = tok
        elif last is not None and (tok.lower_ in _NAME_JOINS or tok.text == "-"):
            if tok.lower_ in _NAME_OF and head is None:
                head = last  # "the Department of Mines and Energy": the word before "of" heads it
        else:
            break
    head = head or last
    return head is not None and head.lower_ in _words("named_state_bodies")


@lru_cache(maxsize=1)
def _office_nouns() -> frozenset[str]:
    """Offices, office holders and what a state runs or does (areas.yaml's state_offices,
    office_words, government_nouns, act_nouns, relation_nouns_on and compound_state_nouns)."""
    keys = ("state_offices", "office_words", "government_nouns", "act_nouns", "relation_nouns_on",
            "compound_state_nouns")
    return frozenset().union(*(_words(k) for k in keys))


def office_of_state(span: Span) -> str | None:
    """A country's name before an office, its holder or what its state does, over a few modifiers
    or joined by "and" or "or" to another modifier of it ("the U.S. and Nordic governments",
    "U.S. and allied forces", "U.S. and UN sanctions": the parse hangs the name on that noun):
    "metonym" ("U.S. budget chief Mick Mulvaney", "a former U.S. attorney", "the U.S. embassy",
    "U.S. economic sanctions", "the U.S. hegemony"), "embedded" for an office's title ("U.S.
    Secretary of State Rex Tillerson", "U.S. Democratic Senator Al Franken"). None when a noun
    of another thing heads the phrase ("U.S. government bonds", "the U.S. stock market")."""
    doc = span.doc
    start = span.end
    if start + 1 < len(doc) and doc[start].lower_ in ("and", "or"):
        start += 1  # "the U.S. and Nordic governments": the name joined to another modifier
    words, found, common, stated = _office_nouns(), None, False, False
    for tok in doc[start : start + 5]:
        if tok.is_sent_start or not tok.is_alpha or tok.ent_type_ == "PERSON":
            break
        if tok.lower_ in _words("non_state_bodies"):
            return None  # "the Qatar bureau chief" of a news agency: no state's office
        if tok.lower_ in _words("market_nouns") and any(
                t.lower_ in _words("market_goods") for t in doc[span.end : tok.i]):
            return None  # "U.S. oil demand": a market's, the land's
        if tok.lower_ in words and tok.pos_ in ("NOUN", "PROPN"):  # not "US stores plan to open"
            if tok.is_title and common:
                return None  # "US carmaker General Motors": a name after a common noun, no title
            if tok.lower_ in _words("staff_nouns") and common and not stated:
                return None  # "the UK hospital personnel": another body's staff
            found, stated = tok, True
            continue
        common = common or (tok.pos_ == "NOUN" and tok.is_lower)
        if found is not None:
            if tok.pos_ == "NOUN" and tok.is_lower and tok.lower_ not in _words("possessed_state_nouns"):
                # "U.S. government bonds": the office word modifies another thing, unless an office
                # word heads the phrase further on ("a U.S. law enforcement official") (plstate34)
                found, common = None, True
                continue
            if tok.pos_ == "NOUN" and tok.is_lower:
                found = tok  # "the U.S. military presence": what the state has there
                continue
            break
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN") or not (tok.is_lower or tok.is_title
                                                            or start > span.end and tok.is_upper):
            return None  # (an initialism joined to it: "Peru and OAS observers")
    if found is None or start > span.end and not _modifies(span.root, found):
        return None
    if found.lower_ in _words("compound_state_nouns") and (not found.is_lower or any(
            t.lower_ in _words("named_non_state_words") for t in doc[span.end : found.i]) or _owned(span, found)):
        return None  # "Ghana news agencies": the press's; "the firm's U.S. operations": another's;
        # "Kenya Operations", a firm's heading: no office's title
    return "embedded" if found.is_title else "metonym"


def _owned(span: Span, noun: Token) -> bool:
    """Another owns the noun: a possessive before the name ("the firm's U.S. operations", "its UK
    operation"; not "Quito's Peru ambassador", an office, which the caller does not ask about) or
    a name that "of" holds after it ("the Kenya and Uganda operations of Acme"; not "Peru's
    surveillance of phone calls", a common noun)."""
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].tag_ == "PRP$" or doc[span.start - 1].lower_ in _POSSESSIVE):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
               for c in noun.children)


def _modifies(root: Token, noun: Token) -> bool:
    """``root`` hangs on ``noun`` through modifiers and conjuncts only ("U.S." of "the U.S. and
    Nordic governments"), not as a clause's word before it ("visited the U.S. and Canadian
    officials said")."""
    tok = root
    for _ in range(4):
        if tok.dep_ not in ("compound", "amod", "nmod", "conj") or tok.head.i > noun.i:
            return False
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


def _possessed_office(span: Span) -> bool:
    """The noun the name's possessive owns, however many words modify it, is a state's office
    ("Ghana's new deputy mining minister", "Peru's cultural attaché"), with no body that is no
    state's among the words between."""
    root = span.root
    head = root.head
    if root.dep_ != "poss" or head.i <= root.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    between = span.doc[span.end : head.i]
    return head.lower_ in _words("state_offices") and not any(t.lower_ in _words("non_state_bodies") for t in between)
