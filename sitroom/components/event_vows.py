"""Vows and pledges that threaten (used by the events component): a promise to use force, to
punish, or to squeeze another party is PLOVER THREATEN, not AGREE ("vowed to retaliate",
"pledged to destroy the militants", "vowing to drive Iran's oil exports down to zero", "vowed to
continue their violent campaign against the government"). A vow to cooperate, to reform or to
cut one's own deficit stays what it was. Word lists in ``sitroom/data/vows.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import object_parties
from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_pacts import binds
from sitroom.components.event_words import word_lists

__all__ = ["backing", "foretold", "reprisal", "stances", "threats"]

_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
# a person pronoun as an object in a promised clause is a party the promise is made toward
_OTHERS = frozenset({"me", "us", "you", "him", "her", "them"})
_QUOTE_BREAKS = frozenset({",", "\"", "\u201d", "''"})
_SETTINGS = frozenset({"in", "at", "across", "throughout", "around", "within", "inside"})


def _acted_on(act: Token) -> list[Token]:
    """What the act is done to: its object, and its "against"/"on" object."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    return objs + [p for c in act.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   for p in c.children if p.dep_ == "pobj"]


def _portions(objs: list[Token]) -> list[Token]:
    """The objects, and what a portion word among them is a portion of ("undo much of Benton's
    work", "reverse all of the council's decisions")."""
    (portions,) = word_lists("vows", "portion_words")
    return objs + [p for o in objs if o.lower_ in portions for c in o.children
                   if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _against_party(act: Token, idx: DocIndex) -> bool:
    """The act's object is a party, or belongs to one ("stop North Korea's nuclear programme",
    "dismantle Obama's legacy", "undo much of Benton's work", "retaliate against Iran")."""
    for obj in _portions(_acted_on(act)):
        for tok in (obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ in ("poss", "amod", "compound"))):
            if idx.party_at(tok.i) is not None:
                return True
    return False


def _side(makers: tuple[str, ...], idx: DocIndex) -> set[str]:
    """The makers and the states or bodies they belong to: squeezing one's own economy is policy."""
    side = set(makers)
    for ident in makers:
        ref = idx.refs.get(ident)
        if ref is not None:
            side.update(x for x in (ref.country, ref.affiliation) if x)
    return side


def _squeezes_other(act: Token, idx: DocIndex, side: set[str]) -> bool:
    """A pressure verb ("drive down", "choke", "cripple") on what another party owns ("Iran's oil
    exports"): an economic threat. The owner must be another party than the makers' side."""
    (squeeze,) = word_lists("vows", "pressure_acts")
    if act.lemma_.lower() not in squeeze:
        return False
    for obj in _acted_on(act):
        owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod")] + [obj]
        if any((p := idx.party_at(t.i)) is not None and p not in side for t in owners):
            return True
    return False


def _bars_party(act: Token, idx: DocIndex, side: set[str]) -> bool:
    """A vow not to let another party act ("vowed not to let Ruritania build the dam", "not to
    allow the rebels to retake the town") promises to stop it: the negated verb of permission, with
    a party of another side as its object or as the subject of the act it would permit. A vow not to
    allow a thing ("not to allow cuts to pensions") names no party and stays."""
    (permits,) = word_lists("vows", "permission_verbs")
    if act.lemma_.lower() not in permits or not any(c.dep_ == "neg" for c in act.children):
        return False
    allowed = [c for c in act.children if c.dep_ == "dobj"]
    allowed += [s for c in act.children if c.dep_ in ("ccomp", "xcomp")
                for s in c.children if s.dep_ == "nsubj"]
    return any((p := idx.party_at(t.i)) is not None and p not in side
               for a in allowed for t in (a, *a.conjuncts))


def _campaign_against(act: Token, idx: DocIndex, side: set[str]) -> bool:
    """What is vowed is a campaign of force against another party ("continue their violent campaign
    against the government", "step up attacks on the occupiers")."""
    (campaigns,) = word_lists("vows", "campaign_nouns")
    for obj in (c for c in act.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in campaigns:
            continue
        against = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   for p in c.children if p.dep_ == "pobj"]
        if any((p := idx.party_at(t.i)) is not None and p not in side
               for a in against for t in (a, *a.conjuncts)):
            return True
    return False


def _carries_on(act: Token, by_root: dict[int, Draft]) -> bool:
    """What is vowed is to carry on, step up or launch acts of force: "vowed to continue attacks
    until the foreign forces leave", "pledged to step up strikes"; "vowed to investigate the
    attack" looks into one."""
    (carry,) = word_lists("vows", "carry_on_verbs")
    if " ".join(t.lemma_.lower() for t in (act, *(c for c in act.children if c.dep_ == "prt"))) not in carry \
            and act.lemma_.lower() not in carry:
        return False
    return any(c.i in by_root and by_root[c.i].category == "ASSAULT" for c in act.children if c.dep_ == "dobj")


def _names_reprisal(obj: Token) -> bool:
    """A noun that names a reprisal: "revenge", "a crushing response", "retaliatory measures"."""
    reprisals, replies, forceful, marks = word_lists(
        "figurative", "reprisal_nouns", "reply_nouns", "forceful_modifiers", "reprisal_modifiers")
    mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
    lemma = obj.lemma_.lower()
    return lemma in reprisals or bool(mods & marks) or (lemma in replies and bool(mods & forceful))


def _wrong_punished(clause: Token, by_root: dict[int, Draft]) -> bool:
    """A vowed clause that a wrong will be punished or answered: "the crime will not go
    unpunished", "the attack will not remain unanswered", "those responsible will be punished"; a
    vow that nobody will be punished is none, "the letter will not go unanswered" names no wrong."""
    states, wrongs = word_lists("figurative", "reprisal_states", "wrong_nouns")
    for tok in clause.subtree:
        if tok.lemma_.lower() not in states and tok.lower_ not in states:
            continue
        if tok.lower_.startswith("un"):
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.dep_ == "neg" for c in tok.head.children) and any(
                    s.lemma_.lower() in wrongs
                    or (s.i in by_root and by_root[s.i].category in _FORCE) for s in subjects):
                return True
        elif tok.pos_ == "VERB" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
                and not any(c.dep_ == "neg" or _nobody(c) for c in tok.children):
            return True
    return False


def _nobody(subj: Token) -> bool:
    """A subject that names nobody: "no teacher", "nobody", "none of them"."""
    if subj.dep_ != "nsubjpass":
        return False
    return subj.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _vows_reprisal(vow: Token, acts: list[Token], by_root: dict[int, Draft]) -> bool:
    """What is vowed is a reprisal: "vowed revenge", "promised a crushing response", "vowed a
    befitting reply", "vowed to take retaliatory measures", "vowed that the crime will not go
    unpunished" (figurative.yaml); "promised a response to the letter" answers a letter."""
    if any(_names_reprisal(c) for c in vow.children if c.dep_ == "dobj"):
        return True
    if any(_names_reprisal(c) for a in acts for c in a.children if c.dep_ == "dobj"):
        return True
    return any(_wrong_punished(c, by_root) for c in vow.children if c.dep_ == "ccomp")


def reprisal(act: Token) -> bool:
    """The vowed act is a reprisal, whoever it is aimed at: "vowed to retaliate", "pledged to
    avenge the killing", "vowed to punish those responsible", "vowed to hit back"."""
    (reprisals,) = word_lists("vows", "reprisal_acts")
    back = [c for c in act.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    phrase = " ".join(t.lemma_.lower() for t in (act, *back))
    # a passive ("no teacher would be punished") is read by _wrong_punished, who is punished and all
    return phrase in reprisals and not any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in act.children)


def threats(drafts: list[Draft], idx: DocIndex) -> None:
    """A vow to use force, punish or squeeze another party is a threat, not an agreement: PLOVER
    THREATEN. A vow to cooperate or to reform stays AGREE."""
    by_root = {d.span.root.i: d for d in drafts}
    (hostile,) = word_lists("vows", "hostile_acts")
    (vows,) = word_lists("figurative", "promise_verbs")
    for d in drafts:
        root = d.span.root
        if d.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in vows:
            continue
        acts = [c for c in root.children if c.dep_ in ("xcomp", "ccomp")]
        if not any(c.dep_ == "dobj" for c in root.children):
            # "vowed on Sunday to continue its attacks": a to-infinitive parsed as an adverbial
            # clause is still what is vowed ("pledged troops to fight X" sends troops)
            acts += [c for c in root.children if c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        acts += [j for a in acts for j in a.conjuncts]
        side = _side(d.actors, idx)
        # "pledged never to attack him" promises restraint; "will not go unpunished" is read below
        done = [a for a in acts if not any(c.dep_ == "neg" for c in a.children)]
        if any(a.i in by_root and by_root[a.i].category in _FORCE for a in done) or any(
                _carries_on(a, by_root) for a in done) or any(
                a.lemma_.lower() in hostile and _against_party(a, idx) for a in done) or any(
                _squeezes_other(a, idx, side) or _campaign_against(a, idx, side) or reprisal(a)
                for a in done) or any(_bars_party(a, idx, side) for a in acts) or (
                _vows_reprisal(root, acts, by_root)):
            d.category = "THREATEN"


def _vowed_acts(root: Token) -> list[Token]:
    """What a verb of promising promises to do: its to-infinitive (parsed as a complement or as an
    adverbial clause) and the verbs joined to it."""
    acts = [c for c in root.children if c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    return acts + [j for a in acts for j in a.conjuncts]


def _contested(act: Token) -> bool:
    """A fight or challenge that opposes what another side does: no object ("vowed to fight on"),
    a free relative ("to fight what they saw as usurpation") or a measure, a decision or pressure
    ("to challenge the tariffs", "to fight the ruling"); not an ill fought ("fight corruption")."""
    (things,) = word_lists("vows", "contested_things")
    objs = [c for c in act.children if c.dep_ in ("dobj", "ccomp")]
    objs += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "against"
             for p in c.children if p.dep_ == "pobj"]
    if not objs:
        return not any(c.dep_ in ("xcomp", "advcl", "prep") for c in act.children) or any(
            c.dep_ == "prt" for c in act.children)  # "fight on", "fight back"
    return all(o.lower_ == "what" or any(t.lower_ == "what" and t.i < o.i for t in o.subtree)
               or o.lemma_.lower() in things for o in objs)


def _own_acts(root: Token, by_root: dict[int, Draft]) -> list[Draft]:
    """What is vowed, to nobody named, when it is an act the maker does on its own that the coder
    reads in its own right as an inquiry, a charge or a protest ("vowed to investigate the
    killings", "promised a full inquiry", "vowed to strike"): that act (planned) is the event.
    Empty when anything else is vowed beside it, or it is vowed to someone."""
    (own,) = word_lists("vows", "own_act_categories")
    if any(c.dep_ in ("dative", "ccomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in root.children):
        return []
    acts = _vowed_acts(root) + [c for c in root.children if c.dep_ == "dobj"]
    if acts and all(a.i in by_root and by_root[a.i].category in own
                    and not any(c.dep_ == "neg" for c in a.children) for a in acts):
        return [by_root[a.i] for a in acts]
    return []


def stances(drafts: list[Draft]) -> list[Draft]:
    """A vow to oppose, resist or fight what another side does is a stance, no agreement: the
    AGREE the promise verb carries is dropped ("vowed to resist such pressure", "pledged to oppose
    the bill", "vowed to fight on"); the refusal the coder reads in the vowed verb, if any, stays.
    So is a vow of one's own inquiry, charge or protest ("vowed to investigate", "promised an
    inquiry"): the act vowed is the event. A vow of restraint ("vowed not to oppose"), a vow with a
    cooperative act beside it, one made to a party, and one to fight an ill ("vowed to fight
    corruption") are kept."""
    by_root = {d.span.root.i: d for d in drafts}
    opposing, contest = word_lists("vows", "opposing_acts", "contest_acts")
    (vows,) = word_lists("figurative", "promise_verbs")
    out = []
    for d in drafts:
        root = d.span.root
        vow = d.category == "AGREE" and root.pos_ == "VERB" and root.lemma_.lower() in vows and not d.targets
        own = _own_acts(root, by_root) if vow else []
        if own:
            for act in own:  # the one who vows is the one who will look into it
                act.actors = act.actors or d.actors
            continue
        if vow and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in root.children):
            acts = _vowed_acts(root)
            if acts and all(
                    not any(c.dep_ == "neg" for c in a.children)
                    and (a.lemma_.lower() in opposing
                         or (a.i in by_root and by_root[a.i].category == "REJECT")
                         or (a.lemma_.lower() in contest and _contested(a)))
                    for a in acts):
                continue
        out.append(d)
    return out


def _backing_nouns(root: Token, idx: DocIndex) -> list[Token] | None:
    """The nouns of backing a promise verb promises as its object ("pledged its support", "vowed
    full support and solidarity"); None when it promises something else as well ("pledged support
    and aid") or is made to a party ("assured Abdullah of Iran's support": a promise to a party)."""
    (nouns,) = word_lists("vows", "backing_nouns")
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    promised = objects + [j for t in objects for j in t.conjuncts]
    if not promised or any(t.lemma_.lower() not in nouns or idx.party_at(t.i) for t in promised):
        return None
    return promised


def _phrase(d: Draft) -> str:
    return " ".join(t.lemma_.lower() for t in d.span)


def backing(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """A vow of backing is backing, no agreement (PLOVER SUPPORT): "pledged its support to the
    peace process", "vowed to back the candidates". Where the coder reads the backing promised as
    an event of its own (the SUPPORT of "back", planned), the vow's AGREE is the same act read
    wrongly and is dropped; otherwise the vow is recast to SUPPORT, and who is backed ("support for
    Afghans") joins its targets. A vow of restraint ("pledged not to back ..."), one to strengthen
    ties, and a promise made to a party ("assured Abdullah of support") are left alone."""
    by_root = {d.span.root.i: d for d in drafts}
    (vows,) = word_lists("figurative", "promise_verbs")
    (verbs,) = word_lists("vows", "backing_verbs")
    out = []
    for d in drafts:
        root = d.span.root
        if d.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in vows:
            out.append(d)
            continue
        nouns = _backing_nouns(root, idx)
        if nouns is None:
            acts = _vowed_acts(root)
            if acts and not any(c.dep_ in ("dobj", "dative") for c in root.children) and all(
                    not any(c.dep_ == "neg" for c in a.children) and a.i in by_root
                    and by_root[a.i].category == "SUPPORT" and _phrase(by_root[a.i]) in verbs for a in acts):
                continue  # "pledged to back candidates": the backing, planned, is the event
            out.append(d)
            continue
        if any(n.i in by_root and by_root[n.i].category == "SUPPORT" for n in nouns):
            continue  # "pledged its support": the support is coded as its own event
        backed = [a for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                  for a in object_parties(c, idx)]
        if any(t not in backed for t in d.targets):
            out.append(d)  # made to a party ("assured Abdullah of support", however it is parsed)
            continue
        d.category, d.mode = "SUPPORT", None
        d.targets = tuple(t for t in dict.fromkeys(d.targets + tuple(backed)) if t not in d.actors)
        out.append(d)
    return out


def _clause_of(root: Token) -> Token | None:
    """What a promise verb promises as a clause: its that-clause ("vowed that this will not happen
    again") or the quote it reports ("Iran will keep fighting, Rouhani pledged"); None when it also
    promises a thing or promises to someone ("assured Kabul that ...")."""
    if any(c.dep_ in ("dobj", "dative", "xcomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
           for c in root.children):
        return None
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses and root.dep_ in ("ccomp", "parataxis") and root.head.dep_ == "ROOT" \
            and root.head.i < root.i and any(c.dep_ == "nsubj" for c in root.children) and any(
            t.is_punct and t.lower_ in _QUOTE_BREAKS for t in root.doc[root.head.i + 1:root.i]):
        clauses = [root.head]  # the quote parsed as the head: "Iran will carry on, Rouhani pledged"
    return clauses[0] if len(clauses) == 1 else None


def _toward(tok: Token, top: bool = True) -> list[Token]:
    """The words of a promised clause an act toward a party would name the party in: less its
    subject (who will act, the maker or its side: "Iran will keep fighting, Rouhani pledged"), the
    adverbial clauses that only time or condition it, and the places it is set in ("in Washington")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "advcl" or (top and c.dep_ == "nsubj") or (c.dep_ == "prep" and c.lower_ in _SETTINGS):
            continue
        out += _toward(c, top=False)
    return out


def _thing_of(root: Token) -> Token | None:
    """What a promise verb promises as a thing, to nobody named, when that thing is a feeling or a
    manner the maker shows, which binds it to no act ("vowed a great love for them", "promised
    more passion", "promised a positive election campaign"); None when it is promised to someone
    or with a clause besides, and for a thing that is a measure or a course of action ("promised
    several initiatives", "promised a reduction in bills": an office's or a firm's commitment)."""
    if any(c.dep_ in ("dative", "xcomp", "ccomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
           for c in root.children):
        return None
    shown, runs, electoral = word_lists("vows", "shown_things", "run_things", "electoral_modifiers")
    objs = [c for c in root.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = objs[0].lemma_.lower()
    # the maker's own election campaign, promised in a manner ("an upbeat election campaign")
    own_run = lemma in runs and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in electoral
                                    for c in objs[0].children)
    return objs[0] if lemma in shown or own_run else None


def _gives(words: list[Token], thing: bool) -> bool:
    """The promise is of help or of giving: a verb of giving in the promised clause ("pledged that
    Japan would help the victims"), or, promised as a thing, an amount or what is given ("pledged
    $5 million", "promised 2,000 troops", "pledged aid")."""
    acts, things = word_lists("vows", "giving_acts", "given_things")
    if any(t.lemma_.lower() in acts and t.pos_ == "VERB" for t in words):
        return True
    return thing and any(t.like_num or t.tag_ == "$" or t.lemma_.lower() in things for t in words)


def foretold(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """A promise that something will go on or come about, or of a feeling shown, with no other
    party in what is promised and no act that event data codes there, binds its maker to nobody:
    no AGREE ("the minister pledged that the party would keep working on the issue", "Iran will
    carry on as before, the president vowed", "vowing this would not happen again", "vowed a great
    love for them"). A promise of a measure ("promised several initiatives"), one made to a party,
    one of help, of money or of what is given, one of what another party will get or do ("pledged
    that Japan would help"), one of an act coded in its own right ("vowed that the country would
    send troops", "promised an inquiry"), one made in an act toward a party ("asked Iran to help,
    vowing goodwill"), one about a pact, and one of a state of things ("guaranteed that the
    corridor would be safe") stay."""
    (vows,) = word_lists("figurative", "promise_verbs")
    roots = {d.span.root.i for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        head = thing = None
        if d.category == "AGREE" and not d.targets and len(d.actors) <= 1 and root.pos_ == "VERB" \
                and root.lemma_.lower() in vows:
            head = _clause_of(root) or (thing := _thing_of(root))
        if head is None or head.lemma_ == "be" or any(
                c.dep_ in ("auxpass", "nsubjpass", "acomp", "attr") for c in head.children):
            out.append(d)
            continue
        side = _side(d.actors, idx)
        if root.dep_ in ("advcl", "conj") and _against_party(root.head, idx):
            out.append(d)  # made in an act toward a party: "asked Iran to help, vowing goodwill"
            continue
        own = {t.i for t in root.subtree} if head.i == root.head.i else set()  # the quote's head
        words = [t for t in _toward(head) if t.i not in own]
        if _gives(words, thing is not None) or any(t.i in roots for t in words) or any(
                binds(t) for t in words) or any(
                (p := idx.party_at(t.i)) is not None and p not in side for t in words) or any(
                t.lower_ in _OTHERS and t.dep_ in ("dobj", "dative", "pobj") for t in words):
            out.append(d)
    return out
