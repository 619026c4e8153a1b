"""A country's name that a phrase makes the state by what it names the state doing or receiving: the
doer of an act its name modifies ("a U.S. airstrike", "U.S. drone strikes", "U.S. aid", "the U.S.
push for reforms", "the Peru probe", "a Chile ban"; right after the name, "the Peru call for
talks"), and the party a verb addresses or yields to through "to"
("appealed to Chile to drop the ban", "I want to say this to Peru", "will not surrender to Chile")
or to which it sends a relation noun ("conveyed this message to Peru", "expressed my appreciation
to Chile", "gave concessions to Norway"), and the doer "on the part of" names ("an expectation on
the part of Peru"). A metonym, as after the nouns themselves ("Peru's aid",
"a message to Chile": place_state). Not a strike of workers ("the UK rail strike"), the target of
another owner's act ("Trump's Syria strike"), nor what travels, is sold or sent to a land ("offer
trips to Peru", "halted supplies to Chile", "send humanitarian aid to Peru") (areas.yaml
compound_act_nouns, adjacent_act_nouns, armed_strike_nouns, address_verbs_to, relation_nouns_to,
sent_to_land_nouns; plprep, plstate34)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words, list_head
from sitroom.components.place_verbal import framed_nouns

__all__ = ["state_in_phrase"]


def state_in_phrase(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) modifies a state's act or is what "to" holds after a
    verb that addresses a party or sends it a relation noun."""
    if not (country and acting):
        return False
    root = list_head(span)  # "appealed to Chile and Peru"
    return root.dep_ == "compound" and _compound_act(root) or root.dep_ == "pobj" and (
        _addressed(root.head) or _on_the_part_of(root.head))


def _on_the_part_of(prep) -> bool:
    """ "on the part of" names who acts ("an expectation on the part of Peru that sanctions will be
    lifted"; not "part of Peru", the land) (plstate34)."""
    part = prep.head
    return prep.lower_ == "of" and part.lower_ == "part" and part.dep_ == "pobj" and part.head.lower_ == "on" \
        and any(c.lower_ == "the" for c in part.children)


def _compound_act(root) -> bool:
    """The name modifies, itself or over one noun ("U.S. drone strikes"), a lower-case noun of what
    a state does (compound_act_nouns; a strike only after a word of arms, not "the UK rail
    strike") that no other possessive owns ("Trump's Syria strike") and no "by" names another doer
    of ("the Syria strikes by the U.S."): the doer."""
    noun = root.head
    nouns = [noun] + ([noun.head] if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i == noun.i + 1
                      else [])
    doc = root.doc
    if noun.i == root.i + 1 and noun.pos_ == "NOUN" and noun.is_lower \
            and noun.lower_ in area_words("adjacent_act_nouns"):
        # "the Chile call for restraint": right after the name (not "US phone calls")
        return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    for n in nouns:
        armed = n.lower_ in area_words("armed_strike_nouns") and n.i > 0 \
            and doc[n.i - 1].lower_ in area_words("armed_strike_modifiers")  # "U.S. drone strikes"
        if n.pos_ == "NOUN" and n.is_lower and n.i > root.i and (n.lower_ in area_words("compound_act_nouns") or armed):
            return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in n.children)
    return False


def _addressed(prep) -> bool:
    """ "to" hangs on a verb of addressing or yielding (address_verbs_to) or on one whose object,
    passive subject or described noun is a relation noun ("the message conveyed to Chile"), not
    one of what is sent to a land's people ("send aid to Peru")."""
    verb = prep.head
    if prep.lower_ != "to" or verb.pos_ != "VERB":
        return False
    sent = (area_words("relation_nouns") | area_words("relation_nouns_to")) - area_words("sent_to_land_nouns")
    return verb.lemma_.lower() in area_words("address_verbs_to") or any(n.lower_ in sent for n in framed_nouns(verb))
