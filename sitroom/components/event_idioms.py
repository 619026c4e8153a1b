"""Event words in an idiom of another sense (used by the events component).

Shapes read from the parse, with word lists in ``sitroom/data/idioms.yaml``:

- a verb of receiving "with" a reaction names how a party or a plan was received, no meeting:
  "de Blasio was greeted with boos", "the plan met with fierce resistance" ("met with the
  minister" still meets);
- "cut short" a visit or a trip ends one's own stay early, no ties or aid cut: "the king cut short
  a visit to Brazil" ("cut aid to Pakistan" still sanctions);
- a visit or a trip to a doctor, or to a hospital for an exam, is a personal errand, no diplomatic
  visit: "made a trip to Walter Reed hospital for a quick exam", "her visit to a nutritionist";
- committing a person "to" an institution places them in custody, no promise: "the judge
  committed the boy to a juvenile facility" ("committed themselves to the accord" still binds);
- committed "to" an attitude or "to memory" holds a stance or learns by heart, no promise: "not
  committed to change", "committed to restraint" ("committed to the formula" still binds);
- a veto held is a power, no refusal: "Russia, which has a veto right" ("vetoed the text" refuses);
- "resigned" among adjectives is a state of mind: "fatigued, resigned and not hopeful";
- a thing "guaranteed to be" something is characterised: "Guaranteed to be exciting", and "I
  guarantee you" is a speaker's emphasis: "I guarantee you, they will have many recruits";
- an apology in the imperative whose object is the speaker is a formula of speech: "pardon my
  French", "excuse me" ("pardoned the prisoners" still pardons);
- "appeal to" a feeling, or a message that appeals to people, attracts: "appealed to the fears
  of small farmers", "its crossover appeal" ("appealed to Rome to lift the ban" still asks);
- relations established with a word of their quality are a state: "have established warm
  relations" ("established diplomatic ties" still backs).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["idiom_sense"]

def _pobjs(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep``, with their conjuncts."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [p, *p.conjuncts]
    return out


def _received(root: Token) -> bool:
    """"greeted with boos", "met with skepticism": a verb of receiving with a reaction."""
    verbs, reactions = word_lists("idioms", "reception_verbs", "reactions")
    return root.pos_ == "VERB" and root.lemma_.lower() in verbs and any(
        (p.lemma_.lower() in reactions or p.lower_ in reactions) and not _definite(p)
        for p in _pobjs(root, "with"))


def _definite(noun: Token) -> bool:
    """"met with the resistance": a definite reaction word may name a party."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "no")
               for c in noun.children)


def _cut_short(root: Token) -> bool:
    """"cut short a visit", "cut his visit short": a stay ended early."""
    return root.lemma_.lower() == "cut" and any(
        c.lower_ == "short" and c.dep_ in ("advmod", "acomp", "oprd", "xcomp", "amod", "prt")
        for c in root.children)


def _errand(span: Span) -> bool:
    """A visit or trip whose destination is a carer, or a hospital for care ("paid a visit to
    his dentist": the destination may hang on any word of the phrase)."""
    carers, places, purposes = word_lists("idioms", "carers", "care_places", "care_purposes")
    root = span.root
    places_to = [p for t in span for p in _pobjs(t, "to")]
    if root.pos_ == "VERB":
        places_to += [c for c in root.children if c.dep_ == "dobj"]
    lemmas = {p.lemma_.lower() for p in places_to}
    if lemmas & carers:
        return True
    if not lemmas & places:
        return False
    holders = [root, root.head] if root.dep_ in ("dobj", "nsubj", "nsubjpass") else [root]
    return any(p.lemma_.lower() in purposes for h in holders for p in _pobjs(h, "for"))


def _committed_person(root: Token) -> bool:
    """"committed the boy to a facility": a person, not oneself, committed to a place."""
    people, = word_lists("idioms", "committed_people")
    if root.lemma_.lower() != "commit" or not _pobjs(root, "to"):
        return False
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        if "Yes" in obj.morph.get("Reflex") or obj.lower_ == "oneself":
            return False  # "committed themselves to the accord" binds
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in people or obj.lower_ in people:
            return True
    return False


def _committed_stance(root: Token) -> bool:
    """"committed to restraint", "not committed to change" (the parse may make "change" a verb),
    "committed to memory": an attitude held, no act bound to."""
    stances, = word_lists("idioms", "committed_stances")
    if root.lemma_.lower() != "commit" or any(c.dep_ == "dobj" for c in root.children):
        return False
    words = _pobjs(root, "to") + [c for c in root.children if c.dep_ == "xcomp" and not any(
        g.dep_ in ("dobj", "prep") for g in c.children)]
    return any(w.lemma_.lower() in stances and not any(
        c.dep_ in ("det", "poss") for c in w.children) for w in words)


def _veto_held(root: Token) -> bool:
    """"has a veto right", "wields a veto", "veto power": the power to refuse, not a refusal."""
    holders, powers = word_lists("idioms", "veto_holders", "veto_powers")
    if root.lemma_.lower() != "veto" or root.pos_ != "NOUN":
        return False
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in powers:
        return True
    return root.dep_ == "dobj" and root.head.lemma_.lower() in holders


def _resigned_mood(root: Token) -> bool:
    """"fatigued, resigned and not hopeful", "resigned to defeat": a mood, not leaving office."""
    words, = word_lists("idioms", "resigned_words")
    if root.lemma_.lower() not in words:
        return False
    if root.dep_ in ("acomp", "amod") or root.pos_ == "ADJ":
        return True
    return any(t.pos_ == "ADJ" for t in root.conjuncts)


def _guaranteed_trait(root: Token) -> bool:
    """"Guaranteed to be exciting", "is guaranteed to remain popular": a thing characterised."""
    words, = word_lists("idioms", "guaranteed_words")
    if root.lemma_.lower() not in words or root.tag_ != "VBN":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "remain", "become", "stay")
               for c in root.children) and not any(c.dep_ == "nsubj" for c in root.children)


def _i_guarantee_you(root: Token) -> bool:
    """"I guarantee you, they will ...": a speaker's emphasis, no promise to the one addressed."""
    words, = word_lists("idioms", "guaranteed_words")
    return root.lemma_.lower() in words and root.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in root.children) and any(
        c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in root.children)


def _speech_formula(root: Token) -> bool:
    """"pardon my French", "excuse me", "forgive us for asking": an imperative whose object is the
    speaker or the speaker's words."""
    verbs, speaker = word_lists("idioms", "formula_verbs", "formula_objects")
    if root.lemma_.lower() not in verbs or root.pos_ != "VERB" or root.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in root.children):
        return False  # "the governor pardoned", "will pardon", "to forgive the debt"
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in speaker or any(
        c.dep_ == "poss" and c.lower_ in speaker for c in o.children) for o in objects)


def _asks_nothing(root: Token) -> bool:
    """A verb of appeal with nothing asked: no "for" or "against", no clause, no object."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") or c.dep_ == "advcl" and c.i > root.i
           for c in root.children):
        return False  # "appealed to them to stay", "appealed to voters, urging them to ..."
    heads = [root, *_pobjs(root, "to")]
    return not any(c.dep_ in ("prep", "acl", "relcl") and (c.lower_ in ("for", "against") or any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for h in heads for c in h.children)


def _attracts(root: Token) -> bool:
    """"appealed to the fears of small farmers", "the campaign's message appealed to young voters",
    "its crossover appeal": the sense of attracting, no plea."""
    words, feelings, things, kinds = word_lists(
        "idioms", "appeal_words", "appeal_feelings", "appeal_things", "appeal_kinds")
    if root.lemma_.lower() not in words:
        return False
    if root.pos_ == "NOUN":
        kinded = any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in root.children)
        return kinded and not (_pobjs(root, "for") or _pobjs(root, "against"))
    if root.pos_ != "VERB" or not _pobjs(root, "to") or _pobjs(root, "for"):
        return False
    if any(p.lemma_.lower() in feelings for p in _pobjs(root, "to")):
        return True  # a feeling is attracted, whatever else the clause says
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in things for s in subjects) and _asks_nothing(root)


def _relations_state(root: Token) -> bool:
    """"have established warm relations": relations of a quality, a state, no act of backing."""
    verbs, nouns, qualities = word_lists(
        "idioms", "relation_verbs", "relation_nouns", "relation_qualities")
    if root.lemma_.lower() not in verbs or root.pos_ != "VERB":
        return False
    objects = [o for c in root.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    related = [o for o in objects if o.lemma_.lower() in nouns]
    return bool(related) and all(any(c.dep_ == "amod" and c.lower_ in qualities and c.tag_ == "JJ"
                                     for c in o.children) for o in related)


def idiom_sense(span: Span, category: str) -> bool:
    """The trigger sits in an idiom of another sense here, no act between parties."""
    root = span.root
    if _received(root) or _speech_formula(root):
        return True
    if category == "REQUEST" and _attracts(root) or category == "SUPPORT" and _relations_state(root):
        return True
    if category == "SANCTION" and _cut_short(root):
        return True
    if category == "CONSULT" and _errand(span):
        return True
    if category == "REJECT" and _veto_held(root) or category == "RETREAT" and _resigned_mood(root):
        return True
    if category == "AGREE" and (_guaranteed_trait(root) or _i_guarantee_you(root)):
        return True
    return category == "AGREE" and root.pos_ == "VERB" and (
        _committed_person(root) or _committed_stance(root))
