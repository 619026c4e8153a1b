"""A thing that promises binds no one; a need agreed on is a view (used by the events component).

The verbs of promising (figurative.yaml ``promise_verbs``) code an agreement (PLOVER AGREE) when
a party binds itself. With a thing as their subject they describe a prospect, not an act: "this
idea promises to worsen the conflicts" (is likely to), "his signature does not guarantee a
normalisation" (does not make it certain), "the law guarantees free speech" (says). What the
thing is, a plan, a law, a signature or an idea, is a characterisation of it; the act that made
it (a signing, an agreement) is coded where the text reports it. The subject is read as the parse
gives it: the verb's own subject, the noun a relative clause describes ("a plan which promises"),
or the subject of the clause a participle or a conjoined verb hangs on. Bodies that meet ("the
summit pledged to ...") stand for their members and are no such thing. Word list in
``sitroom/data/figurative.yaml`` (``promising_things``).

Agreeing "on the need" (the necessity, the importance) of something shares a view, no terms
agreed between parties: "Iran and Russia agree on the need to respect international law". Terms,
a text or an act agreed on stay an agreement ("agreed on a common decision", "agreed on the
development of trade"). Word list: ``view_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_actors import RELATIVES
from sitroom.components.event_words import word_lists

__all__ = ["shared_view", "thing_promises", "threat_with_means"]


def _subject(verb: Token) -> Token | None:
    """The verb's active subject, through a relative pronoun, a participle or a conjunct."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head  # "a plan which promises ..."
            return subj
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None  # a passive: "the loan is guaranteed by the state"
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def thing_promises(span: Span, args: Args, idx: DocIndex) -> bool:
    """A verb of promising whose subject is a thing, not a party: no AGREE."""
    root = span.root
    verbs, things = word_lists("figurative", "promise_verbs", "promising_things")
    if args.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    subj = _subject(root)
    return (subj is not None and subj.i not in idx.actor_at
            and subj.lemma_.lower() in things and subj.pos_ == "NOUN")


def shared_view(span: Span, args: Args) -> bool:
    """A need agreed on ("agreed on the need to ..."): a view shared, no AGREE."""
    root = span.root
    (views,) = word_lists("figurative", "view_nouns")
    if args.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() != "agree":
        return False
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to")
           for c in root.children):
        return False  # "agreed to hold talks", "agreed a deal"
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "about", "over") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in views for p in c.children)
        for c in root.children)


def threat_with_means(root: Token) -> bool:
    """A threat made "with" a means of force or pressure named in the verb's own clause."""
    (means,) = word_lists("figurative", "threat_means")
    heads = [root, *(c for c in root.children if c.dep_ in ("dobj", "nsubjpass"))]
    heads += [c for h in heads[1:] for c in h.conjuncts]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and any(w.lemma_.lower() in means for w in (p, *p.conjuncts))
        for p in c.children) for h in heads for c in h.children)
