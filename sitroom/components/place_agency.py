"""A country's name that stands for its state in frames the parse hides (plstate36):

- the other state a state or its body **deals with** ("the administration's policy in dealing
  with Peru"; not an envoy's or a person's dealings with a country's affairs);
- the target of a **war waged on** it ("the wars on Peru and Chile", "declared war on Chile";
  a name before "war" is where it is fought: place_offices);
- held **under** what a state alone bears ("Peru is under pressure to act", "Chile came under
  sanctions", "Peru remains under heavy scrutiny"; place_agency.yaml); not what a land lies
  under ("Peru is under water", "under snow");
- the subject of a **dateline's** clause: the parse makes a name right after a capital's
  dateline its apposition ("LIMA - Peru and Chile signed a pact", "the capital is Peru" to the
  parse), so the clause's verb is read for it as for a subject: a state's act or speech, any
  act but the land's or the market's, or a light verb that carries one ("LIMA - Peru is set to
  hold talks"); not "LIMA - Peru exported more copper", nor "Peru has 30 million people".

Only a country outside a match report (``country`` and ``acting``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import list_head
from sitroom.components.place_invert import land_lot_verbs
from sitroom.components.place_light import carries_state_act, economic_act
from sitroom.components.place_state import MATCH_SCORE, government_words, party_words

__all__ = ["state_in_frame"]

# the marks that close a dateline ("LIMA -", "LIMA, Peru --", "LIMA (Reuters) -")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", ":"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_agency.yaml's nouns a state is held under, the verbs that hold "under", the nouns
    of what is waged on a state and the doers whose dealings are a state's."""
    return word_lists("place_agency", "under_nouns", "under_verbs", "waged_on_nouns", "state_dealers")


def state_in_frame(span: Span, country: bool, acting: bool) -> bool:
    """The country is what a war is waged on, is held under what a state bears, or is the subject
    a dateline hides."""
    if not (country and acting):
        return False
    root = list_head(span)
    return _waged_on(root) or _held_under(root) or _dateline_subject(root) or _dealt_with_by_state(root)


def _waged_on(root: Token) -> bool:
    """ "the war on Peru", "declared war on Chile": "on" holding the name hangs on a noun of what
    is waged on a state, or on the verb that takes one."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "on":
        return False
    waged = _lists()[2]
    holder = prep.head
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in holder.children if c.dep_ == "dobj"] \
        if holder.pos_ == "VERB" else []
    return any(n.lower_ in waged for n in nouns)


def _dealt_with_by_state(root: Token) -> bool:
    """ "the administration's policies in dealing with Peru", "Chile has to deal with Peru":
    "with" on "deal" whose doer (its subject, or the subject of the clause the -ing form or the
    infinitive hangs in) is a state or a body of one; not a person's or an envoy's dealings with
    a country's affairs ("an envoy dealing with Peru", "those who must deal with Chile")."""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ != "VERB" or verb.lemma_.lower() != "deal":
        return False
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return _state_doer(tok.head)  # "an envoy dealing with", "governments that deal with"
        doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if doer is not None:
            return _state_doer(doer)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _state_doer(tok: Token) -> bool:
    """A state or a body of one: a country's name, or a noun of place_agency.yaml state_dealers,
    with the noun a possessive or a relative pronoun stands for."""
    if tok.lower_ in ("that", "which", "who") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return tok.ent_type_ == "GPE" or tok.lower_ in _lists()[3]


def _held_under(root: Token) -> bool:
    """ "Peru is under pressure", "Chile came under sanctions": the subject of a verb of being or
    coming with "under" holding a noun of what a state alone bears."""
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    nouns, verbs = _lists()[:2]
    if verb.lemma_.lower() not in verbs:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        g.dep_ == "pobj" and (g.lower_ in nouns or g.lemma_.lower() in nouns) for g in p.children)
        for p in verb.children)


def _dateline_subject(root: Token) -> bool:
    """ "LIMA - Peru and Chile signed": the name hangs as an apposition on a dateline's word that
    the parse makes the subject; the verb is read as the name's own."""
    line = root.head
    if root.dep_ != "appos" or line.dep_ not in ("nsubj", "nsubjpass") or not _dateline(line, root):
        return False
    if any(c.dep_ == "case" for c in root.children) or root.i + 1 < len(root.doc) \
            and root.doc[root.i + 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        return False  # "LIMA - Peru's exports rose": the name owns the subject, other readings judge it
    verb = line.head
    if verb.pos_ not in ("VERB", "AUX") or MATCH_SCORE.search(verb.sent.text):
        return False
    verbs = government_words()[0]
    lemma = verb.lemma_.lower()
    if line.dep_ == "nsubjpass":
        return lemma in party_words()[0]  # "LIMA - Peru was urged to": addressed as a state
    if lemma in verbs or lemma in party_words()[1]:
        return True
    if lemma in land_lot_verbs():
        return carries_state_act(verb, verbs)  # "is set to hold talks"; not "has 30 million people"
    return not economic_act(verb)  # "LIMA - Peru exported more copper": the market's


def _dateline(line: Token, root: Token) -> bool:
    """The word is a capitalised place name opening its sentence (written in capitals, as
    datelines are, or followed by a comma and a place) and a dash comes before the name."""
    doc = line.doc
    start = line.sent.start
    if line.left_edge.i != start and not all(t.is_punct or t.is_space for t in doc[start:line.left_edge.i]):
        return False
    if not (line.is_upper and len(line) > 2):
        return False
    between = doc[line.i + 1:root.i]
    return any(t.text in _DASHES for t in between)


