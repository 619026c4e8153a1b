"""A pronoun is never the party its own clause names in full (used by ``event_actors``).

Binding (condition C): a name that the pronoun's own predicate takes as another argument cannot
be what the pronoun stands for. "He said he had discussed the issue with Mueller": the second
"he" is not Mueller, whoever the nearest earlier subject is; "she met Haley in Paris" is not
Haley; "he urged Trump to quit" is not Trump. Only the arguments of the same verb count, not the
names inside clauses hung on it ("he said Trump would go": a clause of its own, where "he" may
still be anyone; "he met the man who knew Trump": a relative clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex

__all__ = ["co_arguments"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# links that open a clause of its own: names below them are not the verb's co-arguments
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj",
                      "csubjpass", "pcomp", "appos", "mark", "cc", "punct"})


def _names_below(tok: Token, idx: DocIndex, out: set[str]) -> None:
    if tok.pos_ == "PROPN" and tok.i in idx.actor_at:
        out.add(idx.actor_at[tok.i])
    for c in tok.children:
        if c.dep_ not in _CLAUSES:
            _names_below(c, idx, out)


def co_arguments(tok: Token, idx: DocIndex) -> set[str]:
    """The parties named in full by the other arguments of the verb a subject pronoun belongs to
    ("he had discussed the issue of bias with Mueller": Mueller), or inside the phrase a
    possessive pronoun owns ("his talks with Putin": Putin); empty for other pronouns."""
    verb = tok.head
    if tok.dep_ == "poss" and verb.i != tok.i and verb.pos_ in ("NOUN", "PROPN"):
        out: set[str] = set()
        for c in verb.children:
            if c.i != tok.i and c.dep_ not in _CLAUSES:
                _names_below(c, idx, out)
        return out
    if tok.dep_ not in _SUBJECTS or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[str] = set()
    for c in verb.children:
        if c.i != tok.i and c.dep_ not in _CLAUSES and c.dep_ not in _SUBJECTS:
            _names_below(c, idx, out)
    controller = _raised_over(tok, verb)
    if controller is not None:
        _names_below(controller, idx, out)
    return out


def _raised_over(tok: Token, verb: Token) -> Token | None:
    """The subject of the verb that governs an infinitive whose subject is an object pronoun
    (condition B): "Reed wanted her to resign", "Reed, who had asked him to stay": she is not
    Reed, whom "herself" would name. The governing verb's subject is sought up its conjunction
    and, for a relative "who", in the noun the clause is on."""
    if tok.lower_ not in _OBJECT_CASE or tok.tag_ != "PRP" or verb.dep_ not in ("ccomp", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    gov = verb.head
    while gov.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in gov.children):
        gov = gov.head
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and gov.dep_ == "relcl":
        return gov.head
    return subj


_OBJECT_CASE = frozenset({"him", "her", "them"})
