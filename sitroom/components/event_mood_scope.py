"""Where a clause's mood stops: participles that only accompany a verb, clauses granted as fact,
conditions, counterfactuals, infinitives shared across a misparsed conjunction, questions (used
by ``event_mood``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_nouns import clause_verb, singled_out

__all__ = ["accompanying", "conditioned", "counterfactual", "granted", "one_of_first",
           "shared_infinitive", "yes_no_question"]


def conditioned(chain: list[Token]) -> bool:
    """A clause of the chain is a condition or an open question ("if", "unless", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for t in chain
               for c in t.children)


def counterfactual(kids: list[Token]) -> bool:
    """A past condition contrary to fact: "if the U.S. had not waged war" (it had)."""
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in kids)


def shared_infinitive(below: Token | None, tok: Token) -> Token | None:
    """A bare verb conjoined to a finite verb with a to-infinitive shares that infinitive (the
    parser's attachment aside): in "wanted to deport him and most likely kill him" the killing is
    wanted too. The infinitive, or None."""
    if below is None or below.dep_ != "conj" or below.tag_ != "VB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in below.children):
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < below.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def one_of_first(be: Token) -> bool:
    """"Iran was the first (one of the first countries) to recognize Kazakhstan": the copula's
    infinitive reports an act, it does not plan one as "the minister is to visit" does."""
    for attr in (c for c in be.children if c.dep_ == "attr"):
        if singled_out(attr) or any(singled_out(p) for prep in attr.children if prep.dep_ == "prep"
                                    for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


def accompanying(below: Token | None) -> bool:
    """A participle that only accompanies its governor's act, with no infinitive or mark of its
    own: "ordered a reduction, expelling 15 diplomats"."""
    return below is not None and below.dep_ == "advcl" and below.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in below.children)


def granted(clause: Token) -> bool:
    """An adverbial clause the sentence grants as a fact even when what governs it is in doubt:
    "even as Republicans announced a deal", "now that Iran has resumed talks"."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return any((m.lower_ == "as" and m.i > 0 and m.doc[m.i - 1].lower_ == "even")
               or (m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("now", "given"))
               for m in marks)


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def yes_no_question(trigger: Span, pred: Token | None) -> bool:
    """The act's clause (or one that governs it) is a question with its auxiliary before its
    subject and no wh-word before that: "Has it increased its forces?" asks; "How many
    violations did the US commit?" takes them as given."""
    sent = trigger.sent
    if not sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return False
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else (pred or clause_verb(root))
    if verb is None:
        return False
    tok: Token | None = verb
    while tok is not None:
        auxes = [c.i for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.lemma_ == "be" and tok.dep_ == "ROOT":
            auxes.append(tok.i)  # "Is Russia ready to ..."
        subjects = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if auxes and subjects and min(auxes) < min(subjects):
            return not any(t.tag_ in _WH_TAGS for t in sent if t.i < min(auxes))
        # only what the question asks about: its complement or a conjunct with no subject of
        # its own ("Does that hurt India, since India signed a deal?" asserts the signing)
        asked = tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        tok = tok.head if asked and tok.head.i != tok.i else None
    return False
