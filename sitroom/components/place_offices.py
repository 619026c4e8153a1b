"""A country's possessive before what its state holds: an office, its holder or a state body
("Iran's foreign minister", "Peru's tourism chief", "France's constitutional council")."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words as _words

__all__ = ["owns_named_body", "owns_office"]

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
