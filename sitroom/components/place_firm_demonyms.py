"""A people's word that stands alone for a firm the document names in full.

"American Airlines apologised ... American pledged to review its hiring", "passengers flying on
American": where the document names a firm whose name opens with a people's word and ends in a
firm's word (place_firms.yaml ``demonym_firm_heads``, ``firm_heads`` and name_kinds.yaml's legal
forms), the same word alone as a noun, no determiner before it ("the American", "an American" are a
person) and no noun after it ("American and British troops" are the people's), is the firm's short
name. Judged by the places criteria it names no place (issue 11), so it is not exported.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_words import word_lists
from sitroom.components.place_firms import body_heads
from sitroom.resolve.person_groups import kind_words

__all__ = ["stands_for_firm"]

_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss"])
_ARTICLES = frozenset(["the", "a", "an"])
_LIST_WORDS = frozenset([",", "and", "or"])


@lru_cache(maxsize=1)
def _firm_heads() -> frozenset[str]:
    """The last words of a firm's name (see the module), lower case, without a closing point."""
    (heads,) = word_lists("place_firms", "demonym_firm_heads")
    forms = (w.casefold().rstrip(".") for w in kind_words().company_forms)
    return frozenset(w.casefold() for w in heads) | body_heads()[0] | frozenset(forms)


def _names_firm(span: Span) -> bool:
    """The document has an organisation of two to five words that opens with ``span``'s word and
    ends in a firm's word, elsewhere than at ``span``."""
    heads = _firm_heads()
    word = span.text
    return any(e.label_ == "ORG" and 2 <= len(e) <= 5 and e[0].text == word and e.start != span.start
               and e[-1].lower_.rstrip(".") in heads for e in span.doc.ents)


def _alone_as_noun(tok: Token) -> bool:
    """``tok`` heads its own phrase: no article before it, no noun after it nor a lower-case
    adjective or noun after a conjunction, and neither it nor the first of its conjuncts modifies a noun ("Iranian
    and Afghan officials")."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in _ARTICLES:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and not nxt.is_sent_start:
        return False
    if nxt is not None and nxt.text in _LIST_WORDS and tok.i + 2 < len(doc) and doc[tok.i + 2].is_lower \
            and doc[tok.i + 2].pos_ in ("ADJ", "NOUN"):
        return False  # "Thai and foreign bankers": a list of modifiers, however parsed; not
        # "American, the biggest airline"
    return tok.dep_ not in _MODIFIER_DEPS and first_conjunct(tok).dep_ not in _MODIFIER_DEPS


def stands_for_firm(span: Span) -> bool:
    """``span``, one title-case people's word, alone as a noun, opens a firm's name the document
    writes in full (see the module)."""
    return len(span) == 1 and span.text.istitle() and _alone_as_noun(span[0]) and _names_firm(span)
