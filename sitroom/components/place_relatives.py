"""A country's name whose act or standing a clause or an apposition right after it tells
(plstate40):

- the antecedent of a **relative clause** whose subject is the relative pronoun ("pointed to Peru,
  which has banned the practice", "Chile, which refused to sign"): read as the subject of that verb
  is, a state's act or speech, any act but the land's, or a verb of the land that carries one; not
  "Peru, which has 30 million people", nor "Chile, which was hit by the storm" (no act of its own);
- a name set off by a comma before a **role among states** in apposition ("directed at Chile, Peru's
  closest ally", "Norway, a key mediator in the talks"): the state, as "Chile is Peru's closest
  ally" is; not "Peru, a country of 30 million people" (no role).

Only a country outside a match report (``country`` and ``acting``); the words are areas.yaml's
(government verbs, land verbs, state roles) and place_relatives.yaml's."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.place_frames import area_words, list_head
from sitroom.components.event_words import word_lists
from sitroom.components.place_light import economic_act
from sitroom.components.place_state import MATCH_SCORE, government_words

__all__ = ["told_after_name"]

_RELATIVES = frozenset({"which", "that"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_relatives.yaml's prepositions after which a relative clause tells of the name itself
    ("deals reached by Qatar, which", "unlike Peru, which has announced") and the verbs of a stance
    only a party takes, which tell of the name after any preposition ("from Chile, which opposes")."""
    return word_lists("place_relatives", "own_prepositions", "party_verbs")


def told_after_name(span: Span, country: bool, acting: bool) -> bool:
    """The country is the antecedent of a relative clause that tells its act, or is set off before a
    role among states."""
    if not (country and acting) or not span.doc.has_annotation("DEP") or MATCH_SCORE.search(span.sent.text):
        return False
    if span.end + 1 >= len(span.doc) or span.doc[span.end].text != ",":
        return False  # the name set off by a comma: "Peru, which", "Chile, Peru's ally"
    return _relative_act(span, government_words()[0]) or _role_apposed(span, list_head(span))


def _relative_act(span: Span, verbs: frozenset[str]) -> bool:
    """ "Peru, which has banned the practice": a clause hung on the name, right after a comma,
    whose active subject is "which" or "that" and whose verb is a state's or no verb of the land
    ("which is seeking membership", "which refused"; not "which has 30 million people", "which
    has been close to sliding into recession"), in the singular. After a preposition of where or
    whose ("bombings across Peru, which began in 1999", "tourists traveled to Chile, which shows a
    drop", "the war in Peru, which started") the parse may hang on the name a clause about the
    whole: there only a verb of a stance only a party takes ("from Chile, which opposes the plan")."""
    root = span.root
    held = root.dep_ == "pobj" and root.head.lower_ not in _lists()[0]  # "traveled to Chile, which shows"
    for verb in (c for c in root.children if c.dep_ == "relcl" and c.i > root.i and c.pos_ == "VERB"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.dep_ != "nsubj" or subj.lower_ not in _RELATIVES or subj.i != span.end + 1:
            continue  # "which was hit by", "the Peru that we know": no act of its own
        if any(c.dep_ == "auxpass" for c in verb.children) or economic_act(verb) or _plural(verb):
            continue  # "economies, like Chile, which are showing": the clause tells of the plural
        lemma = verb.lemma_.lower()
        if held:
            if lemma in _lists()[1]:
                return True  # "extradition to Peru, which accuses him": a stance only a party takes
        elif lemma in verbs or lemma not in area_words("land_verbs"):
            return True
    return False


def _plural(verb: Token) -> bool:
    """The clause's verb, or its first auxiliary, agrees with a plural subject ("which are", "which
    have restrictions")."""
    first = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), verb)
    return first.tag_ == "VBP" or first.lower_ in ("are", "were")


def _role_apposed(span: Span, root: Token) -> bool:
    """ "Chile, Peru's closest ally": a noun of a role among states in apposition right after the
    name and a comma."""
    roles = area_words("state_roles")
    # a role noun after "and" is hung on the name as a conjunct ("Chile, Peru's ally and a member")
    return any(c.dep_ in ("appos", "conj") and c.i > span.end and c.lower_ in roles and c.tag_ in ("NN", "NNS")
               for c in root.children)
