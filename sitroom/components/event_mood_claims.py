"""Acts a clause puts in doubt: what speculation or a rumour supposes; and acts it takes as known,
whatever the mood of the clause that knows them or asks about them (used by ``event_mood``; word
lists in data/mood.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["asked_content", "denied_claim", "known_fact", "supposed"]

# prepositions that give a claim noun its content: "rumours of a coup", "speculation about talks"
_CONTENT_PREPS = frozenset({"of", "about", "over"})


def supposed(root: Token) -> bool:
    """The act is the content of a claim not confirmed: the verb of a that-clause on a noun of
    data/mood.yaml unverified_nouns ("speculation that Iran has given concessions"), its subject
    or object, or a noun in the claim's "of" or "about" phrase ("rumours of a coup")."""
    (unverified,) = word_lists("mood", "unverified_nouns")
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and tok.head.lower_ in _CONTENT_PREPS and (
                tok.head.head.lemma_.lower() in unverified or _lacking(tok.head.head)):
            return True
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = tok.head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        lacking_only = False  # what lacking evidence leaves open is the clause's act, not its parties
    else:
        lacking_only = True
    return (tok.dep_ in ("acl", "ccomp") and tok.i > tok.head.i
            and (tok.head.lemma_.lower() in unverified or (lacking_only and _lacking(tok.head)))
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))


def _lacking(noun: Token) -> bool:
    """A noun of evidence said to be lacking: "no evidence", "little proof", "without evidence",
    "a lack of evidence", "has not provided evidence" (data/mood.yaml evidence_nouns,
    lacking_words)."""
    evidence, lacking = word_lists("mood", "evidence_nouns", "lacking_words")
    if noun.lemma_.lower() not in evidence:
        return False
    if any(c.dep_ in ("det", "amod", "neg") and c.lower_ in lacking for c in noun.children):
        return True  # "no evidence", "little evidence"
    head = noun.head
    if noun.dep_ == "pobj" and (head.lower_ in lacking or (  # "without evidence"
            head.lower_ == "of" and head.head.lemma_.lower() in lacking)):  # "a lack of evidence"
        return True
    # "has not provided evidence", "did not find any evidence"
    return noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "neg" for c in head.children)


def denied_claim(root: Token) -> bool:
    """The claim noun that supposes the act is itself denied ("dismissed speculation that Iran has
    given concessions", "denied rumours of an attack"; data/mood.yaml denying_verbs)."""
    denying, unverified = word_lists("mood", "denying_verbs", "unverified_nouns")
    for tok in root.ancestors:
        if tok.lemma_.lower() in unverified:
            return tok.dep_ == "dobj" and tok.head.lemma_.lower() in denying
    return False


# tenses of a clause that states a fact rather than a wish or a plan
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_TENSED_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "am", "does", "did",
                         "'s", "’s", "'re", "’re", "'ve", "’ve"})


def known_fact(clause: Token, governor: Token) -> bool:
    """``clause`` is the that-clause of a factive predicate (data/mood.yaml factive_words): what
    one knows, forgets or regrets is taken as fact, whatever the modal, the negation or the
    question on the knowing ("we should not forget that Ruritania has withdrawn from the pact",
    "did anyone need a memo to know that Smith pulled out?"). Only a clause in a tense of its own
    (not "know whether", "know how"), and not a present "do not know that", which doubts it."""
    (factive,) = word_lists("mood", "factive_words")
    if clause.dep_ != "ccomp" or clause.head.i != governor.i or (
            governor.lemma_.lower() not in factive):
        return False
    kids = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in kids) or (
            clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")):
        return False
    if not (clause.tag_ in _TENSED or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _TENSED_AUX for c in kids)):
        return False
    gov_kids = list(governor.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in gov_kids):
        return False  # "if the mayor knew his aide lied and then pressured the chief": a case
    # "I don't know that he ever did": doubted, not presupposed
    negated = any(c.dep_ == "neg" for c in gov_kids)
    return not (negated and governor.lemma_.lower() == "know" and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in gov_kids))


# wh-words that open an embedded question but ask about no act: "if", "whether" ask whether it
# happened; "that" opens a statement; "whatever", "whoever" put an open case
_NOT_ASKING = frozenset({"whether", "if", "that", "whatever", "whoever", "whichever", "whenever",
                         "wherever", "however"})


def asked_content(clause: Token) -> bool:
    """``clause`` is an embedded question about a past or present act, which it takes as given:
    what is asked, told or kept back about an act is who, where, why or how, not whether it took
    place ("declined to detail what the two ministers discussed", "refused to say where the army
    had attacked", "asked why Russia invaded Ukraine", "questions about who ordered the strike").
    Not "whether" or "if", which leave it open, nor a clause with a modal ("did not say who would
    attend") or a bare present or infinitive ("how to respond"), which keep their own mood."""
    if clause.dep_ not in ("ccomp", "pcomp") or clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.left_edge
    if first.tag_ not in ("WDT", "WP", "WP$", "WRB") or first.lower_ in _NOT_ASKING:
        return False
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _TENSED_AUX for c in kids))
