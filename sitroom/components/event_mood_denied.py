"""An act named only inside a denial is denied, not reported as done (used by ``event_mood.status``).

What a party denies or dismisses is told as not having taken place, whatever tense its own
clause has: "denied that he had threatened the witness", "denies conspiring to rig the vote",
"dismissed the claim that he had broken his word", "rejected suggestions that the two blocs agree
a freeze", "dismissing accusations of a violation of its airspace", "the allegation about
Ruritania's deployment of drones was refuted": negated. The act is the complement of a verb of
denial (a that-clause, a gerund or an infinitive), or the content of a claim noun (its
that-clause or its "of"/"about" phrase) that a verb of denial takes as object or, in the
passive, as subject, or the content of "denial".

Left alone: refusing a request, an offer or a plan ("denied the request", "dismissed the plan to
extend the embargo": the request or plan is told), a claim noun that is itself the trigger ("we
reject the allegation made by the envoy": the alleging is told), an act beside the denial ("denied
the claims and apologised", "denied it, saying it condemned torture"), an object or subject
inside the denied clause ("denied that he had discussed the sanctions": the sanctions stand), and
a denial that is itself negated or withheld ("did not deny that he met them", "refused to
deny claims that he met them"). Word lists in
``data/mood.yaml`` (``denying_verbs``, ``denied_content_nouns``, ``denial_nouns``, ``withheld_denial_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["denied_act"]

# links by which a verb of denial takes what it denies
_DENIED_COMPLEMENT = frozenset({"ccomp", "xcomp"})
# links along which a verb shares the governor of the verb it hangs on ("denied conspiring to
# rig the vote", "denied he had met or phoned them")
_SHARED = frozenset({"conj", "xcomp"})
_CONTENT_PREPS = frozenset({"of", "about", "regarding", "over", "concerning"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _denying(tok: Token) -> bool:
    """A verb of denial that denies: not negated ("did not deny"), not withheld ("refused to deny
    claims that ...", "declined to dismiss the report")."""
    verbs, withholding = word_lists("mood", "denying_verbs", "withheld_denial_verbs")
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs or _negated(tok):
        return False
    return not (tok.dep_ == "xcomp" and (
        tok.head.lemma_.lower() in withholding or _negated(tok.head)))


def _denied_claim(noun: Token) -> bool:
    """The claim noun is the object of a verb of denial, or the subject of its passive."""
    (nouns,) = word_lists("mood", "denied_content_nouns")
    if noun.lemma_.lower() not in nouns:
        return False
    while noun.dep_ == "conj":  # "denied the reports and rumours that ..."
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and _denying(noun.head)


def _claim_holding(tok: Token) -> Token | None:
    """The noun whose content ``tok`` is: its that-clause verb, or the head of its "of"/"about"
    phrase ("claims that he had fled", "accusations of a violation")."""
    head = tok.head
    if tok.dep_ in ("acl", "ccomp") and tok.pos_ in ("VERB", "AUX") and head.pos_ == "NOUN":
        return head
    if tok.dep_ == "relcl" and head.pos_ == "NOUN" and _unmarked_content(tok):
        return head  # "the claim he had reneged on a promise": no "that", parsed as relative
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _CONTENT_PREPS and (
            head.head.pos_ == "NOUN"):
        return head.head
    return None


def _unmarked_content(verb: Token) -> bool:
    """A clause parsed as relative that has no relative word and no gap: a complete clause of
    its own with a subject and an object or a prepositional phrase ("the claim he had reneged on
    a promise", not "the claims he made")."""
    kids = list(verb.children)
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in kids):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and any(
        c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in kids)


def denied_act(span: Span) -> bool:
    """The trigger names an act that a party denies: the trigger itself
    (or a verb it hangs on by "and" or an infinitive) is what is denied; an object or subject
    inside the denied clause keeps its own standing ("denied that he had discussed the sanctions":
    the sanctions are told)."""
    (denials,) = word_lists("mood", "denial_nouns")
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if _denying(head):
            # "denied that he had met them", "denies conspiring", "denied having paid"
            return tok.dep_ in _DENIED_COMPLEMENT or (tok.dep_ == "dobj" and tok.tag_ == "VBG")
        noun = _claim_holding(tok)
        if noun is not None:
            return _denied_claim(noun) or noun.lemma_.lower() in denials
        if tok.dep_ not in _SHARED:
            return False
        tok = head
    return False
