"""A people's adjective opening the proper name of a body or a thing that is no state's ("the
American Civil Liberties Union", "the Asian Development Bank", "the Syrian American Medical
Association", "the American Music Awards"): a word of that name, embedded in it, not a demonym of
its own (the people's, or the state's, as "the Russian Ministry of Defence" is). Judged by the
places criteria, such a demonym is wrong and the same words exported as embedded are right
(turn 21 and 22 audits: "the American Lighthouse Foundation", "American Music Awards")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_frames import area_words as _words
from sitroom.components.place_refs import organisation_heads, thing_heads

__all__ = ["opens_name_of_no_state"]

# small words a proper name may hold between its capitalised words ("the Union of Industrialists
# and Entrepreneurs", "the Observatory for Human Rights")
_JOINS = frozenset({"and", "&", "of", "for", "on", "the", "-", "."})
# the words after which a name goes on with what its head holds ("the Union of Industrialists")
_NAME_OF = frozenset({"of", "for", "on"})


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Words of a state's body, office or arm: a name holding one is the state's ("the Russian
    Ministry of Defence", "the Iranian Embassy", "the European Commission", "the Nigerian
    Senate"), whose adjective stays a demonym."""
    names = {w.lower() for w in _words("legislature_names")}
    return (_words("state_offices") | _words("office_words") | _words("state_bodies")
            | _words("named_state_bodies") | frozenset(names))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Words that head a body's or a thing's name, or name one that is no state's."""
    return organisation_heads() | thing_heads() | _words("named_non_state_words")


def _name_around(span: Span) -> Span | None:
    """The organisation's name (an ORG entity or an organisation actor of two or more words) that
    the one-word span opens."""
    doc = span.doc
    named = [e for e in doc.ents if e.label_ == "ORG"]
    for s in doc.spans.get("actors", ()):
        actor = s._.get("actor") if s.has_extension("actor") else None
        if actor is not None and actor.kind not in ("country", "place", "person"):
            named.append(s)
    for ent in named:
        if ent.start == span.start and len(ent) > len(span):
            return ent
    return None


def opens_name_of_no_state(span: Span, people: frozenset[str] = frozenset()) -> bool:
    """The demonym ``span`` opens an organisation's name whose other words are all capitalised (or
    small joining words) and are headed (the word before the first "of", "for" or "on", else the
    last word) by a word of a body's or a thing's name (areas.yaml organisation_heads,
    named_thing_heads, titles.yaml company_words: "Union", "Bank", "Awards"), and that hold no
    word of a state's body or office, or a word of the press, of sport, of learning, of parties
    or of firms (areas.yaml named_non_state_words: "the Russian News Agency Interfax"). Not a
    name the model ran on into lower-case words ("Turkish F-16 fighter jets", "the Afghan Voice
    news agency": the people's), nor one it cut before a state's word ("the Russian Energy
    Ministry"), nor a person's name after the adjective ("Palestinian Abed Rabbo")."""
    if len(span) != 1:
        return False
    name = _name_around(span)
    if name is None:
        return False
    rest = name[len(span):]
    while len(rest) and rest[-1].is_punct:
        rest = rest[:-1]
    words = [t for t in rest if t.is_alpha]
    if not words or rest.text in people or any(t.ent_type_ == "PERSON" for t in rest):
        return False
    for tok in rest:
        if tok.lower_ in _JOINS or (tok.is_alpha and (tok.is_title or tok.is_upper)):
            continue
        return False
    nxt = span.doc[name.end] if name.end < len(span.doc) else None
    if nxt is not None and nxt.is_title and nxt.lower_ in _state_words():
        # a name the model cut short: "the Russian Energy Ministry", "Indian Road Transport Minister"
        return False
    low = {t.lower_ for t in words}
    of = next((i for i, t in enumerate(rest) if t.lower_ in _NAME_OF), None)
    head = next((t for t in reversed(rest[:of] if of else rest) if t.is_alpha), None)
    if head is None or head.lower_ not in _heads():
        # nothing heads a body's or a thing's name: "Palestinian Abed Rabbo", "American Idol",
        # "major Russian Energy Companies", "Indian Road Transport"
        return False
    if low & _words("named_non_state_words"):
        return True
    return not low & _state_words()
