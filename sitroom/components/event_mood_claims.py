"""Acts a clause puts in doubt: what speculation or a rumour supposes; and acts it takes as known,
whatever the mood of the clause that knows them or asks about them (used by ``event_mood``; word
lists in data/mood.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["asked_content", "denied_claim", "first_conjunct", "known_fact", "supposed", "tensed_aux"]

# prepositions that give a claim noun its content: "rumours of a coup", "speculation about talks"
_CONTENT_PREPS = frozenset({"of", "about", "over"})


def supposed(root: Token) -> bool:
    """The act is the content of a claim not confirmed: the verb of a that-clause on a noun of
    data/mood.yaml unverified_nouns ("speculation that Iran has given concessions"), its subject
    or object, or a noun in the claim's "of" or "about" phrase ("rumours of a coup", "rumours
    about the deal, including troop deployments"); an act the content clause is for counts as
    well ("the hypothesis that Erdogan is courting Israel to strengthen ties"). A report the
    sentence belies is such a claim ("contrary to reports that the militants had surrendered")."""
    tok = _listed_in(first_conjunct(root))
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and tok.head.lower_ in _CONTENT_PREPS and (
                _claim(tok.head.head) or _lacking(tok.head.head)):
            return True
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = first_conjunct(tok.head)
        lacking_only = False  # what lacking evidence leaves open is the clause's act, not its parties
    else:
        lacking_only = True
    for _ in range(3):  # "... is approaching Israel to strengthen its ties": the aim of the content
        if _content_clause(tok) and (_claim(tok.head) or (lacking_only and _lacking(tok.head))):
            return True
        if not (tok.dep_ in ("xcomp", "advcl") and to_infinitive(tok)):
            return False
        tok = first_conjunct(tok.head)
    return False


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated words, which bears their relation to the clause ("his tour and
    talks": "tour")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _listed_in(noun: Token) -> Token:
    """The noun a list introduced by "including" or "such as" hangs on ("rumours about the deal
    including troop deployments": "deal")."""
    for _ in range(2):
        prep = noun.head
        if not (noun.dep_ == "pobj" and prep.dep_ == "prep" and (
                prep.lower_ == "including" or (prep.lower_ == "as" and any(
                    c.lower_ == "such" for c in prep.children)))):
            break
        noun = first_conjunct(prep.head)
    return noun


def _content_clause(clause: Token) -> bool:
    """``clause`` is the that-clause of the noun or verb it hangs on, also where the parse takes it
    for a relative clause: "that" as its mark, or as an object beside an object of its own ("the
    hypothesis that Erdogan is approaching the government")."""
    if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.i < clause.head.i:
        return False
    kids = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
        return True  # (a relative clause's "that" is its subject or object, never its mark)
    return clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ == "that" for c in kids) and (
        sum(c.dep_ in ("dobj", "attr") for c in kids) > 1)


def _claim(noun: Token) -> bool:
    """A noun of an unconfirmed claim (data/mood.yaml unverified_nouns), or a report the
    sentence belies ("contrary to reports", data/mood.yaml report_nouns, belying_words)."""
    unverified, = word_lists("mood", "unverified_nouns")
    return noun.lemma_.lower() in unverified or _belied(noun)


def _belied(noun: Token) -> bool:
    """A report or claim the sentence sets itself against ("contrary to reports that ...") or
    that a party denies ("dismissed reports that", "denied allegations of", data/mood.yaml
    denying_verbs)."""
    reports, belying, denying = word_lists("mood", "report_nouns", "belying_words", "denying_verbs")
    if noun.lemma_.lower() not in reports:
        return False
    tok = first_conjunct(noun)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in denying:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in belying


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
    given concessions", "denied rumours of an attack"; data/mood.yaml denying_verbs) or belied
    ("contrary to reports that the militants surrendered")."""
    denying, unverified = word_lists("mood", "denying_verbs", "unverified_nouns")
    for tok in root.ancestors:
        if _belied(tok):
            return True  # "contrary to reports that the militants had surrendered"
        if tok.lemma_.lower() in unverified:
            return tok.dep_ == "dobj" and tok.head.lemma_.lower() in denying
    return False


# tenses of a clause that states a fact rather than a wish or a plan
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_TENSED_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "am", "does", "did",
                         "'s", "’s", "'re", "’re", "'ve", "’ve"})


def tensed_aux(verb: Token) -> bool:
    """The verb has a tensed auxiliary of its own ("is urging", "has sent"), not a modal."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TENSED_AUX for c in verb.children)


_PERFECT_AUX = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve"})


def known_fact(clause: Token, governor: Token) -> bool:
    """``clause`` is the that-clause of a factive predicate (data/mood.yaml factive_words): what
    one knows, forgets or regrets is taken as fact, whatever the modal, the negation or the
    question on the knowing ("we should not forget that Ruritania has withdrawn from the pact",
    "did anyone need a memo to know that Smith pulled out?"). Only a clause in a tense of its own
    (not "know whether", "know how"), and not a present "do not know that", which doubts it.
    What one sees or notices (noticing_words) is a fact only in the past ("you can see that the
    two sides agreed on it in 2016")."""
    factive, noticing = word_lists("mood", "factive_words", "noticing_words")
    lemma = governor.lemma_.lower()
    if clause.dep_ != "ccomp" or clause.head.i != governor.i or (
            lemma not in factive and lemma not in noticing):
        return False
    kids = list(clause.children)
    if lemma in noticing and not (clause.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in kids)):
        return False  # "will see that the law is enforced": a duty, no fact seen
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in kids) or (
            clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")):
        return False
    if not (clause.tag_ in _TENSED or tensed_aux(clause)):
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
    return clause.tag_ == "VBD" or (clause.tag_ in ("VBN", "VBG") and tensed_aux(clause))
