"""Future cooperation is a statement of intent: PLOVER AGREE ("agree to, promise or offer future
cooperation"), made when said, not a cooperation that took place (used by the events component
after ``event_readings.pledges``, which reads the plain verb in a main clause).

Here: the nouns ("Pakistan will expand cooperation with Iran", "Russia is set to increase its
customs cooperation with Iran", "ready to enhance defence cooperation") and the verb in a clause
coordinated with another ("... has begun and Iran will henceforth cooperate with member
countries"), and cooperation a party says it will carry on ("the mayor's office said it would
continue to work with the council", "Peru will continue its customs cooperation with the port
authority, he added"); relations to be established or strengthened are read the same way
("Norway seeks to strengthen relations with Chile"), and so is what a party says it is ready or
willing to do ("expressed willingness to deepen its partnership with Iran"). A party that
welcomes its own cooperation or ties with another states its intent to cooperate as well ("Norway
welcomes increased ties with Chile", "the army welcomes any kind of military cooperation with
Peru"), not when it welcomes another party's ("welcomed Peru's cooperation with the agency", "the
cooperation between Lima and Quito"). Word lists in ``sitroom/data/cooperation.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.components.event_args import predicate
from sitroom.components.event_draft import Draft
from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_scope import yes_no_question
from sitroom.components.event_words import word_lists

__all__ = ["future_cooperation", "welcomed_cooperation"]

# clauses that state what their subject says, means or is set to do, not a circumstance
_STATED = frozenset({"ROOT", "ccomp", "xcomp"})


def _clause_verb(root: Token) -> Token | None:
    """The verb whose clause states the cooperation: the trigger verb, or the verb a noun is the
    object of ("will expand cooperation")."""
    if root.pos_ in ("VERB", "AUX"):
        return root
    return predicate(root)


def _stated(verb: Token, ongoing: frozenset[str]) -> bool:
    """The clause is a main or complement clause (a coordinated one counts as its first), and it
    does not carry cooperation on ("will continue to cooperate", "continue expanding ties")."""
    for _ in range(4):
        if verb.lemma_.lower() in ongoing:
            return False
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ongoing:
        return False
    return verb.dep_ in _STATED


def _intended(verb: Token, intent: frozenset[str]) -> bool:
    """The clause is what its own subject wants, seeks or tries to do ("the White House wants to
    strengthen cooperation with these countries", "are trying to deepen their cooperation"): a
    stated intent of the party itself, not a conjecture about others ("could cooperate")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in intent


def _said(verb: Token, stating: frozenset[str], nouns: frozenset[str]) -> bool:
    """The clause is what a party says: the content of a verb of stating, not negated ("Peru said
    it would continue ...", "..., the ministry said"), also as one of several clauses it states
    ("said trade is growing; Chile will continue ..."), the content of a noun of stating ("an
    assurance that Lima would continue its cooperation"; not "fears that ..."), or a party's own
    words in the first person ("we shall continue cooperating with the inspectors", "we are going
    to keep cooperating"). A clause the narrator states ("Peru will continue naval cooperation
    with Chile") is a forecast, no statement of intent."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" else verb
    first = first_conjunct(clause)
    if first.dep_ == "ccomp":
        head = first.head
        return head.lemma_.lower() in stating and not any(c.dep_ == "neg" for c in head.children)
    if first.dep_ == "acl":
        return first.head.lemma_.lower() in nouns and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in first.children)
    return first.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.morph.get("Person") == ["1"] for c in clause.children)


def _continued(root: Token, verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """The cooperation is carried on under a future modal in what a party says ("said it would
    continue to work with him", "will keep cooperating, the envoy added", "we will maintain our
    customs cooperation"): the party's stated intent to go on cooperating. Cooperation that is
    said to continue ("confident that cooperation will continue") is a forecast, no promise."""
    root = first_conjunct(root)  # "will continue their trade and economic cooperation"
    if root.i != verb.i and root.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in words["ongoing"] and verb.dep_ == "xcomp":
        verb = verb.head
    if verb.lemma_.lower() not in words["ongoing"] or not _said(verb, words["stating"],
                                                                 words["stating_nouns"]):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG":
        auxes += [c for c in verb.head.children if c.dep_ == "neg"]  # "we're going to continue"
        return not any(a.dep_ == "neg" for a in auxes)
    return (any(a.lower_ in words["future"] for a in auxes)
            and not any(a.dep_ == "neg" for a in auxes))


def _offered(verb: Token) -> bool:
    """The clause is what its party says it is ready or willing to do, also to help do: "is ready
    to help strengthen relations", "expressed willingness to deepen its partnership"."""
    ready, helping = word_lists("cooperation", "ready_words", "helping_verbs")
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in helping:
        verb = verb.head
    return verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in ready


def _ties(d: Draft, ties: frozenset[str]) -> bool:
    """A reading of relations formed or widened ("establish ties", "strengthen relations")."""
    return d.category == "SUPPORT" and d.span.root.pos_ == "VERB" and (
        bool(d.entry.object & ties) or any(t.lemma_.lower() in ties for t in d.span))


def future_cooperation(drafts: list[Draft]) -> list[Draft]:
    """Planned or intended general cooperation becomes AGREE; under an agreement already coded
    ("agreed to expand cooperation") it is that agreement's content and lends it its parties."""
    verbs, nouns, ongoing, intent, ties = word_lists("cooperation", "general_verbs", "general_nouns",
                                                     "ongoing_verbs", "intent_verbs", "tie_nouns")
    carried = dict(zip(("ongoing", "future", "stating", "stating_nouns"), word_lists(
        "cooperation", "ongoing_verbs", "future_aux", "stating_verbs", "stating_nouns")))
    by_root = {d.span.root.i: d for d in drafts}
    # relations are read first: cooperation they govern ("strengthen relations and cooperation")
    # is then their content, one statement of intent
    order = sorted(drafts, key=lambda d: not _ties(d, ties))
    kept, promised = [], set()  # the relations made promises, by their verb
    for d in order:
        root = d.span.root
        words = " ".join(t.lemma_.lower() for t in d.span)
        tied = _ties(d, ties)
        general = tied or (words in verbs if root.pos_ in ("VERB", "AUX") else words in nouns)
        verb = _clause_verb(root) if general else None
        offered = (verb is not None and d.status != "negated" and _offered(verb)
                   and verb.lemma_.lower() not in ongoing)
        # (an aim that is asked about is no stated intent: "Is the U.S. trying to form an alliance?")
        continued = (verb is not None and d.status in ("ongoing", "planned")
                     and _continued(root, verb, carried))
        future = verb is not None and (
            d.status == "planned" or offered or continued
            or (d.status == "hypothetical" and _intended(verb, intent))
        ) and not (d.status != "planned" and yes_no_question(d.span, verb))
        if (d.category != "COOPERATE" and not tied) or not future or not (
                offered or continued or _stated(verb, ongoing)):
            kept.append(d)
            continue
        gov = next((by_root[t.i] for t in ([verb] if verb.i in promised else []) + list(verb.ancestors)
                    if t.i in by_root and by_root[t.i] is not d), None)
        if gov is not None and gov is not d and gov.category == "AGREE":
            gov.actors = gov.actors or d.actors
            gov.targets = gov.targets or tuple(t for t in d.targets if t not in gov.actors)
            continue
        d.category, d.status, d.mode = "AGREE", "occurred", "cooperation"
        # a promise of cooperation is another act than the cooperation: a later "cooperation has
        # increased" is no mention of it
        d.entry = replace(d.entry, family="AGREE:cooperation")
        if tied:
            promised.add(root.i)
        kept.append(d)
    return [d for d in drafts if any(d is k for k in kept)]


def _own_ties(verb: Token, ties: frozenset[str]) -> bool:
    """The verb's object is (a kind or a widening of) cooperation or ties with a partner named by
    "with", owned by no other party: "welcomes increased ties with Tehran", "any kind of military
    cooperation with Iran", "the expansion of relations with its neighbours"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        tie = next((n for n in nouns if n.lemma_.lower() in ties), None)
        if tie is None or any(c.dep_ == "poss" for n in (obj, tie) for c in n.children):
            continue
        preps = {c.lower_: c for c in tie.children if c.dep_ == "prep"}
        if "of" not in preps and "with" in preps and any(
                p.dep_ == "pobj" for p in preps["with"].children):
            return True
    return False


def welcomed_cooperation(drafts: list[Draft]) -> list[Draft]:
    """A party's welcome of its own cooperation or ties with another is AGREE, its stated intent
    to cooperate (cooperation.yaml ``welcoming_verbs``), made when said."""
    welcoming, nouns, ties = word_lists("cooperation", "welcoming_verbs", "general_nouns",
                                        "tie_nouns")
    for d in drafts:
        root = d.span.root
        if (d.category == "SUPPORT" and d.status in ("occurred", "planned") and root.pos_ == "VERB"
                and root.lemma_.lower() in welcoming and _own_ties(root, nouns | ties)):
            d.category, d.status, d.mode = "AGREE", "occurred", "cooperation"
            d.entry = replace(d.entry, family="AGREE:cooperation")
    return drafts
