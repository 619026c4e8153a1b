"""A standing strengthened that is no armed force (used by the events component).

The posture verbs of PLOVER MOBILIZE ("strengthen", "bolster", "boost", "build up",
"reinforce" ...) read a show of force from their object: "reinforced its border", "strengthen its
defence capabilities", "increased its deployment of security forces". Some of those objects
have a civil sense, and their modifiers name it: "strengthening its international position",
"built up his own consumer finance unit" raise a standing or an office. An object read only
through its "of" phrase is what the phrase's head says: "boost the morale of the Afghan forces"
raises morale, while a head of number or posture keeps the forces ("a number of troops", "its
deployment of forces"). Armed forces as the subject ("the army reinforced its units") keep the
reading. Word lists in ``sitroom/data/figurative.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args
from sitroom.components.event_actors import RELATIVES
from sitroom.components.event_clause import object_of
from sitroom.components.event_index import SUBJECT_DEPS
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["civil_standing"]


def _forces(obj: Token, entry: LexEntry) -> bool:
    """The object itself names forces or their number, and no civil field describes it."""
    fields, heads = word_lists("figurative", "civil_fields", "force_heads")
    lemma = obj.lemma_.lower()
    if not (lemma in entry.object or lemma in heads or obj.pos_ == "NUM" or obj.like_num):
        return False  # "the morale of the forces": only the "of" phrase names them
    # the words before the head that describe it, and theirs ("consumer protection unit")
    return not any(t.dep_ in ("amod", "compound", "npadvmod") and t.lemma_.lower() in fields
                   for c in obj.lefts for t in c.subtree)


def civil_standing(span: Span, args: Args, entry: LexEntry) -> bool:
    """A posture verb whose object names no forces: no MOBILIZE."""
    root = span.root
    (verbs,) = word_lists("figurative", "posture_verbs")
    if (args.category != "MOBILIZE" or entry.pos != "VERB" or not entry.object
            or root.lemma_.lower() not in verbs):
        return False
    if any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in entry.subject for c in root.children):
        return False  # "the army reinforced ...": forces act
    obj = object_of(root)
    if obj is None:
        return False
    if obj.lower_ in RELATIVES and root.dep_ == "relcl":
        obj = root.head  # "the units, which it reinforced"
    return not any(_forces(o, entry) for o in (obj, *obj.conjuncts))
