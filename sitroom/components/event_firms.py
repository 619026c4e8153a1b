"""A company, a bank or an association stands as a party only in the acts such a body does.

The actor dictionary does not know most companies, banks and associations; their names and the
nouns that rename them say what they are (``org_party.firm_bodies``). Such a body agrees, offers,
asks, sues, rejects, gives, meets, yields: "Wells Fargo & Co. agreed to pay", "Deutsche Bank
rebuffed efforts", "the National Association of Realtors, which opposes". It never fights,
attacks, mobilises or coerces: an event the coder put in such a category has read a commercial
clause badly ("the banks have increased their presence" is no mobilisation; "the association had
sanctioned the events" licensed them), so the body is no party of it there
(``org_names.yaml`` ``firm_doer_categories``, ``firm_target_categories``). It is the doer only
where the clause makes it one: the subject of the trigger or of a verb above it, the agent of a
passive ("opposed by the Renewable Fuels Association"), the noun a relative clause with the
trigger hangs on ("the association, which opposes"), not a name inside another party's phrase
("the committee led by X Trust Co rejected", "the X Bank Governor Y traveled", "the X Association
annual conference"). And its trades are commerce, no act an analyst follows: buying, selling,
merging, lending, guaranteeing ("agreed to merge", "guaranteed by X Bank";
``assets.yaml`` ``firm_trades`` with the share deals ``event_assets`` already leaves out).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from sitroom.components.event_draft import Draft
from sitroom.components.event_index import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["firm_roles"]


@lru_cache(maxsize=1)
def _categories() -> tuple[frozenset[str], frozenset[str]]:
    """The categories in which a company may be the doer, and those in which it may be the target."""
    return word_lists("org_names", "firm_doer_categories", "firm_target_categories")


@lru_cache(maxsize=1)
def _trades() -> frozenset[str]:
    """Words of a trade: share deals (``event_assets``) and a firm's other commerce."""
    return frozenset().union(*word_lists("assets", "trade_verbs", "trade_nouns", "assets", "firm_trades"))


_CONTENT = frozenset({"xcomp", "ccomp", "dobj", "nsubjpass", "compound", "pobj", "prep", "conj"})


def _trade(root: Token) -> bool:
    """The trigger or what it governs (its clause, object, "for"/"of" phrase) is a trade: "agreed to
    merge", "guaranteed", "an acquisition offer", "offered an exchange of shares"."""
    words = _trades()
    seen = [root]
    for tok in seen:
        if tok.lemma_.lower() in words or tok.lower_ in words:
            return True
        if len(seen) < 12:
            seen += [c for c in tok.children if c.dep_ in _CONTENT and c.dep_ != "nsubj"]
    return False


def _doer_in_clause(root: Token, firm: str, idx: DocIndex) -> bool:
    """Each mention of ``firm`` in the trigger's sentence stands where a doer does: the subject of
    the trigger or a verb above it, a passive's agent, or the noun a relative clause with the
    trigger hangs on; true when the sentence names it nowhere (a pronoun stood for it)."""
    sent = root.sent
    heads = {root.i, *(a.i for a in root.ancestors)}
    mentions = [sent.doc[i] for i in range(sent.start, sent.end) if idx.actor_at.get(i) == firm]
    tops = [t for t in mentions if idx.actor_at.get(t.head.i) != firm or t.head.i == t.i]
    own = [root]  # the trigger's own clause: "we have warned", "it has agreed to collect"
    while own[-1].dep_ in ("xcomp", "conj") and own[-1].head.i != own[-1].i and len(own) < 6:
        own.append(own[-1].head)
    if not tops or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for t in own for c in t.children):
        return True  # no mention, or a pronoun that stood for it
    for tok in tops:
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.i in heads:
            return True
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i in heads:
            return True
        if any(c.dep_ == "relcl" and c.i in heads for c in tok.children):
            return True
    return False


def firm_roles(drafts: Iterable[Draft], idx: DocIndex) -> list[Draft]:
    """``drafts`` with ``idx.firms`` taken out of the acts that do not fit them: a category such a
    body does not act in, a clause where it is no doer, a trade."""
    out = list(drafts)
    firms = idx.firms
    if not firms:
        return out
    doer, target = _categories()
    for d in out:
        if not any(a in firms for a in (*d.actors, *d.targets)):
            continue
        root = d.span.root
        trade = _trade(root)
        d.actors = tuple(a for a in d.actors if a not in firms or (
            d.category in doer and not trade and _doer_in_clause(root, a, idx)))
        d.targets = tuple(a for a in d.targets if a not in firms or (d.category in target and not trade))
    return out
