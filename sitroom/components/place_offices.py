"""A country's possessive before what its state holds: an office, its holder or a state body
("Iran's foreign minister", "Peru's tourism chief", "France's constitutional council")."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words as _words

__all__ = ["owns_office"]

_POSSESSIVE = frozenset({"'s", "\u2019s"})


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
