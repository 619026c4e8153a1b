"""A country's name that opens a headline the parse reads as a noun phrase (plstate43):

- its "is" left out before a stance ("Chile furious at Peru over border jibe", "Norway wary of
  new pact"): the parse makes the name the root and the stance word its modifier; read as "Chile
  is furious at", the name is the state whose stance it is, as the subject of "is ready to"
  already is (place_state). Only when the stance word (areas.yaml stance_adjectives, not the
  land_states of place_headline_mood.yaml: "Peru open to tourists") comes right after the name
  with what the stance is about after it (a preposition, or "to" and a verb);
- its verb taken for a noun that modifies the object ("Chile fires missile towards Peru", "Peru
  bans imports"): a state's verb (areas.yaml government_verbs) in the third person right after
  the name, parsed as a compound of the noun after it; place_frames.misparsed_verb reads the same
  verb where the parse makes it the clause's head.

The name opens its sentence or its line and no verb makes it its subject; a country outside a
match report (``country`` and ``acting``)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words
from sitroom.components.place_state import MATCH_SCORE, government_words

__all__ = ["headline_stance"]

# what the stance is about: "furious at", "wary of", "ready to talk", "opposed to", "keen on"
_ABOUT = frozenset({"at", "of", "over", "about", "with", "to", "on", "toward", "towards", "against", "by"})


def headline_stance(span: Span, country: bool, acting: bool) -> bool:
    """The name opens a headline and a stance word with what it is about follows it, the copula
    left out ("Chile furious at Peru"), or a state's verb parsed as a noun ("Chile fires missile")."""
    doc = span.doc
    if not (country and acting) or span.end + 1 >= len(doc) or not doc.has_annotation("DEP"):
        return False
    if not _opens_line(span) or MATCH_SCORE.search(span.sent.text):
        return False  # the name opens its line, outside a match's score
    if span.root.dep_ == "compound":
        return _verb_as_compound(span)
    if span.root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return False  # a clause of its own the other readings take; "Peru's ..."
    stance = doc[span.end]
    if stance.lower_ not in area_words("stance_adjectives") or stance.pos_ not in ("ADJ", "VERB") \
            or stance.lower_ in word_lists("place_headline_mood", "land_states")[0]:
        return False
    if stance.head.i not in range(span.start, span.end) and stance.i != span.root.head.i:
        return False  # the stance word hangs on the name (its modifier) or heads it
    return any(c.dep_ in ("prep", "xcomp") and (c.dep_ == "xcomp" or c.lower_ in _ABOUT)
               for c in stance.children)


def _opens_line(span: Span) -> bool:
    """Only marks and signs stand between the name and the start of its sentence or a line break before it
    (a web page's headline glued to the line before it: "Updated 16:09 ET\n\nChile fires missile")."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start:span.start]):
        if tok.is_space and "\n" in tok.text:
            return True
        if tok.is_alpha or tok.like_num:
            return False  # words before it: not its line's first (marks such as "|" of a page's menu may be)
    return True


def _verb_as_compound(span: Span) -> bool:
    """ "Chile fires missile": the word after the name is a state's verb in the third person
    ("fires", "bans"; not a force, "U.S. forces"), parsed as a compound of the noun after it,
    with no article before it."""
    word = span.doc[span.end]
    if span.root.head.i != word.i or word.dep_ != "compound" or word.tag_ not in ("NNS", "VBZ"):
        return False
    if not word.lower_.endswith("s") or word.lower_ in area_words("force_nouns") or word.head.i <= word.i \
            or any(c.dep_ == "det" for c in (*word.children, *word.head.children)):
        return False
    return word.lemma_.lower() in government_words()[0]
