"""A country's name as the subject of a light verb, one of its land or rank in areas.yaml's
``land_verbs`` ("have", "make", "come", "go", "keep", "reach", "become"), read through to the act
the light verb carries: the verb after it ("Chile keeps refusing to pay", "Peru is going to join
the bloc"), the noun it takes ("Chile reached an agreement with Peru", "Norway came under pressure",
"Peru went to war with Chile", "Chile has close ties with Peru", "Chile has done nothing", "Peru
faced criticism") or a role among states after "become" or "remain" ("Peru became a member of the
bloc"), or after "be" one of a group of such roles ("Peru is one of the critics", "Chile is among
the holdouts"). Then the name is the state, as the subject of "refused" or "agreed" is. Word lists
in place_light.yaml (geo28, plweb3)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists, yaml_data
from sitroom.components.place_frames import area_words

__all__ = ["carries_state_act", "economic_act", "economy_words"]


def _words(key: str) -> frozenset[str]:
    return word_lists("place_light", key)[0]


def economy_words(verbs: bool = False) -> frozenset[str]:
    """Nouns of the market (economy_nouns): what an act of the economy, not of a state, names; with
    ``verbs``, its verbs (economy_verbs: "trade", "compete", "invest")."""
    return _words("economy_verbs" if verbs else "economy_nouns")


def _land_verb(lemma: str) -> bool:
    return lemma in area_words("land_verbs") or lemma in area_words("agent_land_verbs")


def _carried_verb(verb):
    """The verb a carrier verb takes ("keeps refusing", "is going to join"), or the act an adjective
    after a verb of being holds ("was able to sell", "is unlikely to bow", "is interested in
    joining"), through "have to" or another carrier after it ("is going to have to make
    concessions", "will need to keep pressing"), or None."""
    carried = _held_by_adjective(verb)
    if carried is None and verb.lemma_.lower() not in _words("carrier_verbs"):
        return None
    carried = _to_verb(verb) if carried is None else carried
    for _ in range(3):  # "going to have to", "needs to keep"
        if carried is None or carried.lemma_.lower() not in _words("carrier_verbs") | {"have"}:
            break
        after = _to_verb(carried)
        if after is None:
            break
        carried = after
    return carried


def _held_by_adjective(verb):
    """The act the adjective after a verb of being holds (place_light.yaml being_verbs): its
    infinitive ("was able to sell", "is unlikely to bow", "remains ready to talk") or the "-ing"
    form its preposition holds ("is interested in joining", "remains capable of blocking"), or
    None (plstate33; before, only "able" and "unable" after "be")."""
    if verb.lemma_.lower() not in _words("being_verbs"):
        return None
    able = _words("able_adjectives")
    for adj in (c for c in verb.children if c.dep_ == "acomp" and (c.pos_ == "ADJ" or c.lower_ in able)):
        held = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        held = held or next((g for p in adj.children if p.dep_ == "prep" for g in p.children
                             if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if held is not None:
            return held
    return None


def _to_verb(verb):
    """The verb a verb takes as its complement ("keeps refusing", "to join"; "have" only before
    "to": "has to pay", not "has had")."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (
        verb.lemma_ != "have" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)


def _light_pair(verb) -> bool:
    """The light verb and its noun name a state's act (place_light.yaml light_acts), or the verb takes
    a preposition that says so whatever it holds (``any``)."""
    frames = (yaml_data("place_light").get("light_acts") or {}).get(verb.lemma_.lower())
    if not frames:
        return False
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children) \
            and verb.head.lower_ in (frames.get("dobj") or ()) and verb.head.i < verb.i:
        return True  # "the card Peru plays in the talks", "the war which Peru leads": the noun the clause
        # describes is what it takes (its relative pronoun the object to the parse)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in (frames.get("any") or ()):
            # "sees the rebels as a threat", "is looking for partners": whatever it holds, but for
            # the market's ("Japan looks for investment abroad": its investors)
            return not any(t.lower_ in economy_words() or t.lemma_.lower() in economy_words() for t in child.subtree)
        if child.dep_ == "dobj":
            nouns = frames.get("dobj") or ()
            # "has no choice", "has neither the say nor the means": the noun or one joined to it
            if any((noun.lower_ in nouns or noun.lemma_.lower() in nouns) and not _of_another(noun)
                   and not _to_economy(noun) for noun in _with_conjuncts(child)):
                return True
        elif child.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "advmod", "prt") \
                and child.lower_ in (frames.get("complement") or ()):
            return True  # "made it clear that", "made known", "emerged stronger" (an adverb to the parse),
            # "played down the incident", "reached out to the rebels" (a particle)
        elif child.dep_ in ("prep", "advmod", "acomp") and child.lower_ in frames:
            nouns = frames[child.lower_] or ()
            # "came to an agreement", "went ahead with the deal" (over "with"), "is subject to sanctions"
            held = [g for g in child.children if g.dep_ == "pobj"] + [
                g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            if child.dep_ == "advmod":  # "is going ahead with the deals", "with" hung on the verb
                held += [g for p in verb.children if p.dep_ == "prep" and p.i > child.i
                         for g in p.children if g.dep_ == "pobj"]
            if any(g.lower_ in nouns or g.lemma_.lower() in nouns for g in held):
                return True
    return False


def _to_economy(noun) -> bool:
    """What the noun gives goes to the economy ("made a strong contribution to profits", "to
    growth"): a market's noun after "to" (economy_nouns)."""
    economy = _words("economy_nouns")
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lower_ in economy or g.lemma_.lower() in economy) for g in p.children)
        for p in noun.children)


def _with_conjuncts(noun) -> list:
    """The noun and the nouns joined to it ("the power or influence")."""
    return [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def _recorded_act(verb):
    """The act a record names that the light verb's subject has ("has a long history of backing
    the rebels", "has a record of ignoring rulings", "has a lot of experience brokering talks"): the
    -ing verb after "of" or "in" or right after a noun of act_record_nouns that the light verb
    takes (over "a lot of"), or None."""
    if verb.lemma_.lower() not in _words("act_record_verbs"):
        return None
    records = _words("act_record_nouns")
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for c in held for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]  # "a lot of experience"
    for noun in held:
        if noun.lemma_.lower() not in records and noun.lower_ not in records:
            continue
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBG":
                return c  # "experience brokering talks"
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                act = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if act is not None:
                    return act  # "a history of backing the rebels"
    return None


def _role_after(verb) -> bool:
    """ "became a member", "remains a key partner": a role among states (state_roles), not one
    in trade ("became its biggest trading partner")."""
    if verb.lemma_.lower() not in _words("role_verbs"):
        return False
    roles, trade = area_words("state_roles"), _words("trade_role_words")
    return any(
        c.dep_ == "attr" and (c.lower_ in roles or any(
            g.dep_ in ("compound", "amod") and g.lower_ in roles for g in c.children))
        and not any(g.dep_ in ("compound", "amod") and g.lower_ in trade for g in c.subtree)
        for c in verb.children)


def _of_another(noun) -> bool:
    """What the verb takes is named as another country's or people's ("Germany has 35,000 U.S.
    troops", "Chile faced Peruvian criticism" is still the state's, but troops stationed there are
    the land's): a place or people's name before the noun."""
    return any(t.ent_type_ in ("GPE", "NORP") for t in noun.doc[noun.left_edge.i : noun.i]) \
        and noun.head.lemma_ in _words("hosting_light_verbs")


def _role_among(verb) -> bool:
    """ "is one of the most vocal critics", "is among the holdouts", "are part of the coalition":
    after "be", "become" or "remain", one of a group whose members have a role among states
    (areas.yaml state_roles), not one in trade ("one of the biggest trading partners")."""
    if verb.lemma_.lower() not in _words("role_verbs") | {"be"}:
        return False
    roles, trade = area_words("state_roles"), _words("trade_role_words")
    held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
            if g.dep_ == "pobj"]
    held += [g for c in verb.children if c.dep_ == "attr" and c.lower_ in _words("member_of_words")
             for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in roles and not any(t.lower_ in trade for t in g.subtree) for g in held)


def _power_among_states(verb) -> bool:
    """ "Iran is an emerging regional power", "Chile became a key player", "Peru remains the main
    diplomatic actor": after "be" or a role verb, a power or a player that only words of standing
    among states modify (power_nouns, power_modifiers), in no market ("a key player in the copper
    market", "a major economic power", "a mining power" stay the land's)."""
    if verb.lemma_.lower() not in _words("role_verbs") | {"be"}:
        return False
    economy, modifiers = _words("economy_nouns"), _words("power_modifiers")
    for attr in (c for c in _attributes(verb) if c.lower_ in _words("power_nouns")):
        mods = [c for c in attr.children if c.dep_ in ("amod", "compound", "nmod")]
        if mods and all(m.lower_ in modifiers for m in mods) and not any(
                t.lower_ in economy or t.lemma_.lower() in economy for t in attr.subtree):
            return True
    return False


def _attributes(verb) -> list:
    """What "be" or a role verb says its subject is: its attribute, or the group "one of" or
    "among" holds ("is one of the great powers", "is among the key players") (plstate36)."""
    attrs = [c for c in verb.children if c.dep_ == "attr"]
    held = [g for c in attrs if c.lower_ in _words("member_of_words") for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    held += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
             if g.dep_ == "pobj"]
    return attrs + held


def _first_to_act(verb, verbs: frozenset[str]) -> bool:
    """ "Iran was one of the first countries to recognize Kazakhstan", "Peru became the first
    nation to ratify the pact", "Chile is one of the few countries that keeps an embassy there":
    after "be" or a role verb, a kind of states (areas.yaml state_kinds; one_state_kinds) or one
    of them, that the verb after "to" or "that" says did a state's act (``verbs``), or any act but
    one of the land or the economy (active, not "the first country to be hit"); not "one of the
    first countries to see the eclipse", "the first country to reach 1,000 cases", "Peru could
    be the next country to suffer a drought"."""
    if verb.lemma_ != "be" and verb.lemma_.lower() not in _words("role_verbs"):
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr"]
    kinds = [g for c in attrs if c.lower_ == "one" for p in c.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.lower_ in area_words("state_kinds")]
    single = [c for c in attrs if c.lower_ in _words("one_state_kinds")]
    trade = _words("trade_role_words")
    kinds = [k for k in kinds if not any(c.dep_ in ("compound", "amod") and c.lower_ in trade for c in k.children)]
    if not kinds and not single:  # not "one of its main trade partners that has kept ties": the market's
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")] + [
        c for k in kinds + single for c in k.children if c.dep_ in ("acl", "relcl")]
    for act in acts:
        if act.pos_ != "VERB" or any(x.dep_ in ("auxpass", "nsubjpass") for x in act.children):
            continue
        told = any(x.dep_ == "aux" and x.lower_ == "to" for x in act.children) \
            or act.dep_ == "acl" and act.tag_ == "VBG" and act.head in single  # "the first country to", "the first
        # nation siding with" (plstate36)
        related = any(x.dep_ == "nsubj" and x.lower_ in ("that", "which", "who") for x in act.children)
        if not told and not related:
            continue
        lemma = act.lemma_.lower()
        if lemma in verbs and not (related and act.head in single and _land_verb(lemma)):
            return True
        # any act but the land's or the market's after "to" ("the first nation to land a probe") or
        # in a clause on one of a group of states ("one of the few countries that keeps an
        # embassy"); not on one country described ("a country that has trained many scientists")
        if (told or act.head in kinds) and not _land_verb(lemma) and lemma not in _words("economy_verbs") \
                and not economic_act(act):
            return True
    return False


def economic_act(carried) -> bool:
    """The carried act is the economy's: a verb of trade ("is going to trade") or a noun of the
    market in what it takes, through its objects and prepositions ("was able to retain its share of
    the market", "jumped on board with new products"); not through a clause of its own."""
    if carried.lemma_.lower() in _words("economy_verbs"):
        return True
    nouns, todo = _words("economy_nouns"), [c for c in carried.children if c.dep_ in ("dobj", "prep", "dative")]
    while todo:
        tok = todo.pop()
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in nouns or tok.lemma_.lower() in nouns):
            return True
        todo.extend(c for c in tok.children if c.dep_ in ("pobj", "prep", "compound", "nmod", "dobj", "conj"))
    return False


def carries_state_act(verb, verbs: frozenset[str]) -> bool:
    """``verb``, of a land (land_verbs) and with the country as its subject, carries a state's
    act: a verb after it that is no verb of the land (or one of ``verbs``, those of a state's acts),
    a noun of one (light_acts), an act it has a record of ("has a history of backing"), or a role
    among states."""
    if not _land_verb(verb.lemma_.lower()):
        return False
    carried = _carried_verb(verb)
    if carried is None:
        carried = _recorded_act(verb)
    if carried is not None:
        if economic_act(carried):
            return False  # "if Chile is going to trade", "was able to keep its market share"
        lemma = carried.lemma_.lower()
        if lemma in verbs or not _land_verb(lemma) and lemma not in _words("carrier_verbs") \
                or _light_pair(carried):  # "is going to have to make concessions", "keeps playing down"
            return True
    return _light_pair(verb) or _role_after(verb) or _role_among(verb) or _power_among_states(verb) \
        or _first_to_act(verb, verbs)
