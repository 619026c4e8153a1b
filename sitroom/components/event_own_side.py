"""A doer's own country reached only as the owner of the thing acted on is no target.

"Iran's foreign minister insisted on Iran's call for talks", "Raisi praised Iran's commitment",
"Republicans opposed U.S. funding for the banks": the act is about the doer's own side's call,
commitment or funding, and is not done to that country. A country that is itself the object
("Obama urged Americans", "the minister asked Tehran") or that modifies people or land ("urged
Iranian citizens", "took over Afghan districts") stays a target (data/event_parties.yaml,
own_side_people_nouns). Called once by event_args.arguments on its finished targets.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_scenes import where_noun
from sitroom.components.event_words import word_lists

__all__ = ["own_side_owner"]

OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _phrases(trigger: Span, pred: Token | None) -> list[Token]:
    """Heads of the phrases a trigger's targets come from: its object and its prepositions'
    objects, and those of the verb a noun trigger is governed by."""
    heads: list[Token] = []
    for h in (*trigger, *((pred,) if pred is not None else ())):
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "dative"):
                heads.append(c)
            elif c.dep_ == "prep":
                heads += [p for p in c.children if p.dep_ == "pobj"]
    return heads


def _owns_thing(tok: Token, idx: DocIndex) -> bool:
    """The token only modifies a common noun of a thing: "Iran's call", "U.S. funding"."""
    (people,) = word_lists("event_parties", "own_side_people_nouns")
    head = tok.head
    return (tok.dep_ in OWNER_DEPS and head.pos_ == "NOUN" and head.i not in idx.actor_at
            and head.lemma_.lower() not in people and head.lower_ not in people
            and not where_noun(head))


def own_side_owner(trigger: Span, pred: Token | None, homes: set[str | None], targets: list[str],
                   idx: DocIndex) -> list[str]:
    """``targets`` less the doers' own countries (``homes``) that the target phrases name only as
    the owner of a thing ("insisted on Iran's call": not done to Iran)."""
    own = [t for t in targets if t in homes and kind_of(t, idx) == "country"]
    if not own:
        return targets
    spans = [t for h in _phrases(trigger, pred) for t in h.subtree]
    dropped = set()
    for country in own:
        mentions = [t for t in spans if idx.party_at(t.i) == country]
        if mentions and all(_owns_thing(t, idx) for t in mentions):
            dropped.add(country)
    return [t for t in targets if t not in dropped]

