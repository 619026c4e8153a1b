"""Career and company acts told in the words of political events (``sitroom/data/business.yaml``).

PLOVER codes acts between political parties. A person who "took over Homeland Security" or "took
over the company" took up its leadership or bought it, which is no seizure; stars who "worked
with" each other made a record, which is no COOPERATE, and their "battle with Ticketmaster" is no
assault. A regulator that "approved" something licensed it; a person with no state office who
"funded" museums or "is assisting therapists", with no party to receive it, gave, invested or
worked; "a nondisclosure agreement" is a firm's contract, and so is any agreement a
person with no office signs "with the company". A town taken over by an armed
group stays a seizure, states that work together stay cooperating, a state that funds rebels
still aids them, and a trade agreement between states stays a pact. A firm that charges a
customer little asks a price, and one who increases a position in companies or pressures yields
lower trades: no accusation, mobilisation or demand ("police charged him with murder", "troops
increased their positions in the city" keep theirs). A person with no state office who leaves a
post in a firm ("resigned from the company's board", "the chairman and chief executive
resigned") takes a step in a career, no RETREAT; offices of state, and boards of state bodies,
keep it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_domain import cue_count, domains, political, state_official
from sitroom.components.event_words import word_lists

__all__ = ["private_act"]


def _lemmas(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span)


def _private(args: Args, idx: DocIndex) -> bool:
    """Every party a person with no role or office (and at least one party)."""
    refs = [idx.refs.get(p) for p in args.actors + args.targets]
    return bool(refs) and all(r is not None and r.kind == "person" and not r.role for r in refs)


def _entertainment(span: Span) -> bool:
    """The story leans to the entertainment trade (the domain's ``lean_cues``)."""
    dom = domains().get("entertainment")
    return dom is not None and dom.lean_cues is not None and (
        cue_count(span.doc, "entertainment") >= dom.lean_cues)


def _feud(span: Span) -> bool:
    """A fight noun with its opponent: "their battle with Ticketmaster"."""
    (feuds,) = word_lists("business", "feud_nouns")
    root = span.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in feuds and any(
        c.dep_ == "prep" and c.lower_ in ("with", "against") for c in root.children)


def _regulator_approval(span: Span) -> bool:
    """"It was approved by the US telecoms regulator": the doer's word is a regulator's."""
    verbs, regulators = word_lists("business", "approval_verbs", "regulator_nouns")
    root = span.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    doers = [c for c in root.children if c.dep_ == "nsubj"]
    doers += [p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in regulators
               for d in doers for t in (d, *(a for a in d.children if a.dep_ == "appos")))


def _private_aid(span: Span, args: Args, idx: DocIndex) -> bool:
    """Help that no party receives, given by people who hold no state office: "the universities he
    and his family have funded", "Belkin is assisting 25 therapists", "Olson, who has aided the
    Reagan and Bush regimes", "trained at Guy's Hospital", "Seif aid [said] in August". PLOVER AID
    is material help that mainly benefits its recipient; with none named and no state behind the
    giver, it is a gift, a career or another sense of the word. A state's officer ("President
    Trump gave ...", or a known figure of a state's), a state, an agency or a firm stays aid, and so
    does aid someone approves or allocates: only an office grants it ("Bush had approved federal
    disaster aid")."""
    (granting,) = word_lists("business", "office_aid_verbs")
    if args.targets or not args.actors or span.root.lemma_.lower() in granting:
        return False
    refs = [idx.refs.get(a) for a in args.actors]
    # a person the actor dictionary gives a country is a state's figure, whatever this story calls him
    return all(r is not None and r.kind == "person" and not r.country and not state_official(r) for r in refs)


def _commercial_pact(span: Span) -> bool:
    """"signed a nondisclosure agreement", "a licensing deal": a contract of business."""
    nouns, kinds = word_lists("business", "pact_nouns", "commercial_pacts")
    root = span.root
    pacts = [root] if root.pos_ == "NOUN" else [c for c in root.children if c.dep_ == "dobj"]
    return any(p.lemma_.lower() in nouns and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in kinds for c in p.children)
        for p in pacts)


def _firm_pact(span: Span, args: Args, idx: DocIndex) -> bool:
    """"Fuller has signed a long-term agreement with the company": a private person's contract
    with a firm (the "with" phrase on the pact or on the verb that makes it)."""
    nouns, firms = word_lists("business", "pact_nouns", "firm_nouns")
    root = span.root
    pacts = [root] if root.pos_ == "NOUN" else [c for c in root.children if c.dep_ == "dobj"]
    pacts = [p for p in pacts if p.lemma_.lower() in nouns]
    holders = [*pacts, *(h for h in (root, root.head) if h.pos_ in ("VERB", "AUX"))] if pacts else []
    doers = [idx.refs.get(a) for a in args.actors]
    return bool(doers) and all(r is not None and r.kind == "person" and not r.role for r in doers) and any(
        p.lemma_.lower() in firms for h in holders for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj")


def _fee(root) -> bool:
    """"charging Amazon so little to deliver packages": a price, with no "with" crime."""
    (amounts,) = word_lists("business", "fee_words")
    if root.lemma_.lower() != "charge" or root.pos_ != "VERB" or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in root.children):
        return False
    return any(c.lower_ in amounts and c.dep_ in ("advmod", "dobj", "npadvmod") for c in root.children)


def _holding(root) -> bool:
    """"increasing his position in retail companies": a stake in firms, no forces."""
    nouns, places = word_lists("business", "holding_nouns", "holding_places")
    return any(o.lemma_.lower() in nouns and any(
        p.lemma_.lower() in places for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children if p.dep_ == "pobj") for o in root.children if o.dep_ == "dobj")


def _market_push(root) -> bool:
    """"pressuring these yields lower", "live hogs were pressured early": a market figure or a
    traded good pushed, no party asked."""
    verbs, figures, goods = word_lists("business", "market_push_verbs", "market_figures", "traded_goods")
    return root.lemma_.lower() in verbs and any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in figures | goods for o in root.children)


def _post_words(tok: Token) -> list[str]:
    """The words that name a post: the token's lemma, and with its compounds before it ("chief
    executive officer", "managing director")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    phrase = " ".join(t.lemma_.lower() for t in (*sorted(mods, key=lambda t: t.i), tok))
    return [tok.lemma_.lower(), phrase, *(f"{m.lemma_.lower()} {tok.lemma_.lower()}" for m in mods)]


def _firm_owned(tok: Token, idx: DocIndex, names: bool) -> bool:
    """The post's owner (its possessor, compound or "of" object) is a firm ("the
    company's board", "deputy chair of Eastern Plastics Corporation"); with ``names``, also
    a name the actor dictionary does not know as a party ("Lorimer's board"; not "the Fed's")."""
    (owners,) = word_lists("business", "firm_owners")
    owned = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    owned += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in owners or (names and o.ent_type_ == "ORG" and o.pos_ == "PROPN" and not (
        o.i in idx.actor_at and political(idx.actor_at[o.i]))) for o in owned)


def _names_firm_post(tok: Token) -> bool:
    """The noun names a post only firms have ("chief executive", "managing director")."""
    (posts,) = word_lists("business", "firm_posts")
    return any(w in posts for w in _post_words(tok))


def _firm_post(span: Span, args: Args, idx: DocIndex) -> bool:
    """A person with no state office leaves a post in a firm: "quit the company's board", "the
    brewer's chief executive resigned"."""
    refs = [idx.refs.get(a) for a in args.actors]
    if any(r is None or r.kind != "person" or state_official(r) for r in refs):
        return False
    root = span.root
    left = [c for c in root.children if c.dep_ == "dobj"]
    left += [p for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "as")
             for p in c.children if p.dep_ in ("pobj", "pcomp")]
    left += [j for t in left for j in (*t.conjuncts, *(c for c in t.children if c.dep_ == "appos"))]
    deep = [t for tok in left for t in tok.subtree if t.pos_ == "NOUN"]  # "from managing the insurance subsidiary"
    leavers = [c for c in root.children if c.dep_ in ("nsubj", "poss")] if root.pos_ == "VERB" else [
        c for c in root.children if c.dep_ == "poss"]
    titles = leavers + [t for s in leavers for t in s.children if t.dep_ in ("compound", "appos", "conj")]
    titles += [t for s in leavers for c in s.children if c.dep_ in ("compound", "appos")
               for t in c.conjuncts]
    if any(_names_firm_post(t) for t in (*deep, *titles)):
        return True
    return any(_firm_owned(t, idx, t.lemma_.lower() == "board") for t in left)


def private_act(span: Span, entry, args: Args, idx: DocIndex) -> bool:
    """The trigger tells a step in a career or a firm's business, not an act between parties: a
    person's take-over (of a post, an agency or a company), a regulator's approval, a private
    person's funding, a commercial contract, or private people who work together or feud in an
    entertainment story."""
    (succession,) = word_lists("business", "succession_triggers")
    refs = [idx.refs.get(a) for a in args.actors]
    if entry.category == "COERCE" and _lemmas(span) in succession:
        return bool(refs) and all(r is not None and r.kind == "person" for r in refs)
    if entry.category == "SUPPORT" and _regulator_approval(span):
        return True
    if entry.category == "RETREAT" and entry.mode == "resign" and _firm_post(span, args, idx):
        return True  # "resigned from the company's board": a career, no de-escalation
    if entry.category == "AID" and _private_aid(span, args, idx):
        return True
    if entry.category == "ACCUSE" and _fee(span.root) or entry.category == "MOBILIZE" and (
            _holding(span.root)) or entry.category == "REQUEST" and _market_push(span.root):
        return True
    if entry.category in ("AGREE", "SUPPORT", "COOPERATE") and (
            _commercial_pact(span) or _firm_pact(span, args, idx)):
        return True
    # stars who "worked with" each other make a record, and their "battle with Ticketmaster" is
    # a quarrel: every party a person with no role or office, in a story of the entertainment
    # trade, whoever else it names (a senator taking a side keeps the story from leaning, not
    # the stars political)
    if entry.category == "COOPERATE" or (entry.category == "ASSAULT" and _feud(span)):
        return _private(args, idx) and _entertainment(span)
    return False
