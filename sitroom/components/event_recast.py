"""Categories read again once an event's parties are known (used by the events component).

The lexicon codes a trigger from what it can see around the word; some readings turn on what the
clause goes on to say: a nuclear device set off at nobody is a weapons test (MOBILIZE), a missile
launch that pounds targets is an attack (ASSAULT). Aid that is cut or withheld is the giver's, not the target: "withheld
US military aid to Ukraine" cuts Ukraine's aid, done by the US (SANCTION: the United States does not
suffer it). Relief from sanctions or tariffs eases them (CONCEDE, as lifting them does), it is no
gift; a measure approved whose own clause bans or imposes sanctions is that sanction (SANCTION,
as "approved new sanctions" is); so is a court's order to pay, no request. Opposing an act of
force already done is disapproval, no refusal (event_disapproval.py). Word lists in
``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import DOER, coordinated, object_parties
from sitroom.components.event_args import DocIndex
from sitroom.components.event_clause import predicate, subjects_of
from sitroom.components.event_disapproval import disapproved
from sitroom.components.event_draft import Draft
from sitroom.components.event_force_reads import read_forces
from sitroom.components.event_measures import read_measures
from sitroom.components.event_threat_voiced import voiced_threats
from sitroom.components.event_words import word_lists

__all__ = ["recast"]


def _lemma(d: Draft) -> str:
    return " ".join(t.lemma_.lower() for t in d.span)


def _set_off(root: Token) -> list[Token]:
    """What the verb sets off: its object, or the subject of its passive."""
    return [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]


def _nuclear_test(d: Draft) -> bool:
    """A nuclear device set off with no target: "detonated a nuclear device"."""
    verbs, marks, devices = word_lists("event_recast", "test_verbs", "test_marks", "test_devices")
    root = d.span.root
    if d.targets or root.pos_ != "VERB" or _lemma(d) not in verbs:
        return False
    for obj in _set_off(root):
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
        if obj.lemma_.lower() in devices and mods & marks:
            return True
    return False


def _strikes_on(root: Token) -> bool:
    """The launch's clause goes on to strike: "launched 26 missiles, pounding targets in Syria"."""
    (strikes,) = word_lists("event_recast", "strike_verbs")
    clauses = [c for c in root.children if c.dep_ in ("advcl", "conj", "xcomp")]
    # the parser may hang a participle on a second object ("..., pounding targets")
    clauses += [m for c in root.children if c.dep_ == "dobj" for m in c.children if m.dep_ == "amod"]
    return any(c.pos_ == "VERB" and c.lemma_.lower() in strikes for c in clauses)


def _aid_cut_parties(d: Draft, idx: DocIndex) -> None:
    """Aid cut or withheld: whoever owns it ("US aid", "Washington's aid to Kiev") gives it and is
    no target; whom it was "to" or "for" is ("cut US aid to Egypt")."""
    (aid,) = word_lists("event_recast", "cut_aid")
    root = d.span.root
    objs = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in aid]
    if d.category != "SANCTION" or root.pos_ != "VERB" or not objs:
        return
    takers = [a for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
              for a in object_parties(p, idx)]
    # "cut Ukraine's aid" may be aid to Ukraine: a possessive gives only beside a "to" party
    marks = ("compound", "nmod", "amod", "poss") if takers else ("compound", "nmod", "amod")
    owners = [a for o in objs for m in o.children if m.dep_ in marks
              for a in coordinated(m, idx, places=DOER)]
    if not owners:
        return
    d.targets = tuple(dict.fromkeys([t for t in d.targets if t not in owners] + takers))
    d.actors = d.actors or tuple(dict.fromkeys(owners))


def _eased(noun: Token) -> bool:
    """Relief that eases a penalty: "sanctions relief", "relief from the 25% tariffs" (the "from"
    may hang on the verb that gives it: "provide some relief from the tariffs")."""
    reliefs, penalties = word_lists("event_recast", "relief_nouns", "penalty_nouns")
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in reliefs:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    froms = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in penalties for t in (*mods, *froms))


def _ease_parties(d: Draft, idx: DocIndex) -> None:
    """Eased sanctions are the giver's act on their owner: "Trump would extend Iran sanctions
    relief" is CONCEDE by Trump (the verb's subject) to Iran (who owned the noun's modifiers)."""
    noun = d.span.root
    owners = [a for m in noun.children if m.dep_ in ("compound", "nmod", "amod", "poss")
              for t in (m, *(g for g in m.children if g.dep_ in ("compound", "amod", "poss")))
              for a in coordinated(t, idx, places=DOER)]
    verb = predicate(noun)
    givers = subjects_of(verb, idx)[0] if verb is not None and noun.dep_ == "dobj" else []
    d.targets = tuple(dict.fromkeys([*d.targets, *owners]))
    d.actors = tuple(a for a in dict.fromkeys(givers or d.actors) if a not in owners)


def _enacts_sanction(root: Token) -> bool:
    """A measure approved whose own clause bans or sanctions: "approved a plan to ban companies",
    "approved the Accountability Act, which imposes new sanctions on Damascus"."""
    approvals, measures, bans, imposed = word_lists(
        "event_recast", "approval_verbs", "measure_nouns", "ban_verbs", "penalty_nouns")
    if root.pos_ != "VERB" or root.lemma_.lower() not in approvals:
        return False
    for obj in (c for c in root.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() not in measures:
            continue
        for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            lemma = clause.lemma_.lower()
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            if lemma in bans or (lemma == "impose" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in imposed for c in clause.children)):
                return True
    return False


def _court_penalty(d: Draft, idx: DocIndex) -> bool:
    """A court or a judge orders a party to pay (damages, costs, a fine): a penalty the court
    imposes, as a conviction is (SANCTION), no request ("Judge Roth ordered Delmont to pay the
    costs", "the court ordered the mill to pay compensation")."""
    acts, courts, titles, fines = word_lists(
        "event_recast", "penalty_acts", "court_nouns", "judge_titles", "penalty_things")
    root = d.span.root
    paid = [c for c in root.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in acts]
    if root.lemma_.lower() != "order" or not paid:
        return False
    if any(o.dep_ == "dobj" and o.lemma_.lower() in fines for p in paid for o in p.children):
        return True  # a fine, damages, compensation: only a penalty is so paid
    verb, doers = root, []
    for _ in range(3):  # "the court ruled ... and ordered", "a judgment ordering the mill to pay"
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
        if doers or verb.dep_ not in ("conj", "acl") or verb.head is verb:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):
            doers = [verb]
            break
    if any(t.lemma_.lower() in courts | titles for s in doers for t in (s, *s.children)):
        return True  # "the court", "a county judge", "Judge Roth"
    refs = [idx.refs.get(a) for a in d.actors]
    return bool(refs) and all(r is not None and (r.sector == "JUD" or (
        r.role is not None and r.role.casefold().split()[-1] in titles)) for r in refs)


def recast(drafts: list[Draft], idx: DocIndex) -> None:
    """Re-read the category of nuclear tests and launches that strike, of relief from sanctions
    and of measures approved that sanction, of a court's order to pay, and the parties of cut aid;
    a state's trade restricted and a target punished for its conduct are sanctions; opposing a
    done act of force is disapproval; coercion its doer says it may use is a threat."""
    for d in drafts:
        root = d.span.root
        if d.category == "AID" and _eased(root):
            d.category, d.mode = "CONCEDE", None
            _ease_parties(d, idx)
        elif d.category == "SUPPORT" and _enacts_sanction(root):
            d.category, d.mode = "SANCTION", None
        if d.category == "REQUEST" and _court_penalty(d, idx):
            d.category, d.mode = "SANCTION", None
        if d.category == "ASSAULT" and _nuclear_test(d):
            d.category = "MOBILIZE"
        elif d.category == "MOBILIZE" and root.pos_ == "VERB" and root.lemma_.lower() in ("fire", "launch") and (
                _strikes_on(root)):
            d.category = "ASSAULT"
        _aid_cut_parties(d, idx)
    read_forces(drafts, idx)  # help sent is aid; fire into towns attacks; climb-downs concede
    read_measures(drafts, idx)  # trade restricted and targets punished for conduct: sanctions
    disapproved(drafts, idx)
    voiced_threats(drafts, idx)
