"""A personal pronoun that points forward: the subject of a clause of time or concession put before
its main clause stands for the main clause's named subject ("When he visited Oslo, Arne Berg
praised the plan": Berg visited, not a man named in the sentence before). The main clause must
name its subject (a name, not a pronoun) and must not itself point back with a pronoun of the
same person ("When he arrived, Berg thanked him": "he" is someone else). Read by
event_actors, which resolves the subject found here. Word list in
``sitroom/data/event_parties.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["forward_subject"]

_PERSONAL = {"he": frozenset({"him", "his", "himself"}), "she": frozenset({"her", "hers", "herself"})}


def forward_subject(tok: Token) -> Token | None:
    """The main clause's subject that ``tok`` ("he", "she", the subject of a fronted clause)
    stands for; None where the pronoun is no such subject."""
    (marks,) = word_lists("event_parties", "fronted_clause_marks")
    back = _PERSONAL.get(tok.lower_)
    clause = tok.head
    if back is None or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < tok.i for c in clause.children):
        return None
    main = clause.head
    if clause.right_edge.i >= main.i or main.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < clause.right_edge.i or subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", ""):
        return None
    if any(t.lower_ in back for t in main.subtree if t.i > subj.i):
        return None  # "When he arrived, Berg thanked him"
    return subj
