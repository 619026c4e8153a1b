"""Products named like people: "Nintendo Switch Lite", "the 16-inch MacBook Pro", "Switch Lite for $200".

The NER tags many devices, consoles, car models and games as persons on shopping and review pages.
A name is a product's when, at any of its mentions, a maker or a product line opens it ("Nintendo
Switch", "Nissan Leaf", "Xbox Live"; one that is no given name), a model's word closes it ("MacBook
Pro", "Switch Lite", "Pro Max"), a size stands right before it ("16-inch") or a price right after it
("for $200"), and no mention has what only a person has (a title, a role, "who", an age, a family
word). The word lists are data (``data/products.yaml``; the one-word ``brands`` of ``titles.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_furniture import line_start
from sitroom.resolve.person_uses import strong_person_cue

__all__ = ["product_cue", "product_names"]

_MAKERS, MODEL_WORDS, SIZE_WORDS = word_lists("products", "makers", "model_words", "size_words")
# a one-word brand named like a person opens a product's name too ("Nissan Leaf", "Ford Ka"); not
# the awards read with the brands ("Oscar Isaac" is an actor)
MAKERS = _MAKERS | {b.casefold() for b in word_lists("titles", "brands")[0] if " " not in b}
GIVEN = frozenset().union(*word_lists("given_names", "female", "male"))
PRICE_BEFORE = frozenset({"for", "at", "from"})
CURRENCY = frozenset({"$", "£", "€", "¥"})


def product_cue(span: Span, titles: Titles) -> bool:
    """What says this mention names a product: see the module docstring."""
    doc = span.doc
    first = span[0].lower_
    if len(span) >= 2 and first in MAKERS and first not in GIVEN:
        return True  # "Nintendo Switch Lite", "Nissan Leaf", "Apple Watches"
    if len(span) >= 2 and span[-1].text in MODEL_WORDS and span[0].lower_.rstrip(".") not in titles.honorifics:
        return True  # "MacBook Pro", "Switch Lite", "Pro Max"
    if span.start > 0 and _size(doc[span.start - 1]):
        return True  # "the 16-inch MacBook Pro", "a 43-inch Samsung"
    j = span.end
    return line_start(doc, span.start) and j + 1 < len(doc) and doc[j].lower_ in PRICE_BEFORE \
        and doc[j + 1].text in CURRENCY  # a shop's line "Nintendo Switch Lite for $200" (not "sold to
    # John Smith for $2 million": the name opens no line there)


def _size(tok) -> bool:
    """ "16-inch", "15in", "512GB": a measure glued to a number, or the unit after a hyphen."""
    low = tok.lower_
    return any(low.endswith(w) and (low[: -len(w)].rstrip("-").isdigit() or low == w) for w in SIZE_WORDS) \
        and (low not in SIZE_WORDS or tok.i > 0 and tok.doc[tok.i - 1].text in {"-", "‐"})


def product_names(cleaned: list[tuple[Span, str | None]], titles: Titles, has_role) -> set[str]:
    """Names with a product's cue at some mention and no person's cue or role at any."""
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        by_name.setdefault(s.text, []).append((s, t))
    return {name for name, spans in by_name.items()
            if any(product_cue(s, titles) for s, _t in spans)
            and not any(strong_person_cue(s, titles, t) or has_role(s, t) for s, t in spans)}
