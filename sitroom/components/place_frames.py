"""Frames of a sentence that make a country's name its state, read by ``place_state``: the focus
of a cleft ("it was Chile that blocked the plan"), a list of states in apposition to a group of
them ("the four other parties - Chile, Peru ... - have urged"), a role after "as" ("see Chile as
a rival") or with none ("called Chile a rogue state"), one of a pair joined by a hyphen before a
noun of dealings ("Chile-U.S. relations"), an office over its portfolio before "of" ("the Minister
of Foreign Affairs of Peru") and a possessive before a noun the parse took for a verb ("Norway's
will to expand"); and the roles among states a name is given beside a noun of one ("Cuba's ally
Bolivia", "the world powers, the United States, Britain ..."), by "and its allies" or as the one
given or told something ("offered Iran a deal"); and the doer after "by" of a passive or of a noun
of an act ("talks attended by Peru", "the recent moves by Chile"). Word lists in areas.yaml."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.resolve.places import areas_data

__all__ = ["agent_of_passive", "area_words", "cast_as_role", "cleft_verb", "doer_of_act", "doer_of_participle",
           "list_head", "listed_after_role", "lists_group", "misparsed_possessed", "named_in_role", "paired_by_hyphen",
           "portfolio_of", "preposition_holding", "recipient", "stance_prefixed", "waged_elsewhere", "with_its_partners"]

_HYPHENS = ("-", "\u2013")


@lru_cache(maxsize=None)
def area_words(key: str) -> frozenset[str]:
    """A word list of areas.yaml, lower-cased (the place modules' one reader of them: state_kinds,
    state_roles, stance_adjectives, possessed_state_nouns, relation_nouns, dealing_nouns ...)."""
    return frozenset(str(w).lower() for w in areas_data().get(key) or ())


def agent_of_passive(root) -> bool:
    """The name (the first of a list) is the doer after "by" of a passive verb, as the subject of
    that verb would be ("talks attended by Peru", "a string of deals struck by Chile", "Britons
    held by the US", "civilians killed by Norway"): the state acting. Not a verb of a land, its
    rank, its lie or a thing made, found or seized there (land_verbs, agent_land_verbs: "followed
    by Russia", "led by India" of a recovery, "the coastlines are shared by Iran", "surrounded by
    Peru", "a bridge built by France"), nor a name owning the next noun ("chaired by Peru's deputy
    minister")."""
    head = root.head
    if root.dep_ != "pobj" or head.dep_ != "agent" or head.head.pos_ != "VERB":
        return False
    doc, lemma = root.doc, head.head.lemma_.lower()
    if root.i + 1 < len(doc) and doc[root.i + 1].lower_ in ("'s", "\u2019s") or _modifier_like(root):
        return False
    return lemma not in area_words("land_verbs") and lemma not in area_words("agent_land_verbs")


def _modifier_like(root) -> bool:
    """The name is joined by "and" to a noun with no determiner whose first word is an adjective
    ("by both UK and European voters"): like the adjective, it modifies that noun (the voters),
    and names no doer (not "by Chile and the Peruvian government")."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ in ("det", "poss") for g in c.children)
               and c.left_edge.dep_ == "amod" and c.left_edge.head.i == c.i for c in root.children)


def doer_of_act(root, nouns: frozenset[str]) -> bool:
    """The name (the first of a list) after "by" under a noun of an act names who does it, the
    state ("the recent moves by Chile", "one abstention by Norway", "the donation of vaccines by
    Peru", over "of" to the act): ``nouns`` (the caller's lists of a state's acts and dealings),
    act_nouns_by, or a noun a verb's ending makes one of (act_noun_endings: "the construction of
    a road by Chile", "the downing of a jet by Kenya"); not a market's trade nor a thing
    (trade_nouns: "sales by Chile", "buying by India"), nor "by" under a verb ("stand by Peru")."""
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep" or _modifier_like(root):
        return False

    def act(tok) -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma in area_words("trade_nouns") or tok.lower_ in area_words("trade_nouns"):
            return False
        return tok.lower_ in nouns or lemma in nouns or lemma in area_words("act_nouns_by") or (
            len(lemma) > 6 and any(lemma.endswith(e) for e in area_words("act_noun_endings")))

    gov = by.head
    for _ in range(2):  # "the donation of vaccines by Peru": up the "of" to the act
        if act(gov) or gov.dep_ != "pobj" or gov.head.lower_ != "of":
            break
        gov = gov.head.head
    return act(gov)


@lru_cache(maxsize=1)
def _dealing_words() -> frozenset[str]:
    """Nouns of dealings between parties: what "between" makes a state's other party ("relations
    between", "the deal between", "trade between", "the meeting between")."""
    keys = ("relation_nouns", "dealing_nouns", "party_compound_nouns", "relation_nouns_between",
            "held_between_nouns")
    return frozenset().union(*(area_words(k) for k in keys))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Roles among states a name may be cast in (state_roles, state_role_nouns, as_role_nouns)."""
    return frozenset().union(*(area_words(k) for k in ("state_roles", "state_role_nouns", "as_role_nouns")))


def cast_as_role(span: Span, root) -> bool:
    """ "as" right after the name gives it a role among states (areas.yaml's state_roles,
    state_role_nouns and as_role_nouns): "officials see Chile as a key rival", "could rely on the
    U.S. as its closest ally", "the inclusion of Peru as a full member"; "as" hung on the word that
    governs the name (not "see the activities in Kenya as a threat", nor the conjunction "as the
    country could benefit", nor "northern Chile as a gateway"); or such a role with no "as"
    (``_named_role``: "called Chile a rogue state")."""
    doc = span.doc
    roles = _role_words()
    if _named_role(root, roles):
        return True
    end = span.end
    last = root
    while any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in last.children):
        last = next(c for c in last.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    if last is not root:
        end = last.i + 1  # "lumps Chile and Peru together as rivals": "as" after the last of the list (plstate34)
    if end >= len(doc) or doc[end].lower_ != "as" or doc[end].dep_ != "prep":
        return False
    as_ = doc[end]
    governors = {root.head.i} | ({root.head.head.i} if root.dep_ == "pobj" else set())
    if as_.head.i not in governors:
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lower_ in roles for c in as_.children)


def _named_role(root, roles: frozenset[str]) -> bool:
    """The same role with no "as": the noun after the name that the verb predicates of it ("called
    Chile a rogue state", "calling Peru a member of the bloc", "described Chile the friend of hard
    times", "considers Peru a threat", parsed as the subject of a clause of the noun); not a role of
    the land ("called Peru an important issue", "call Chile a paradise for hikers") (geo38)."""
    verb = root.head
    if root.dep_ in ("dobj", "dative", "oprd") and verb.pos_ == "VERB":
        return any(c.dep_ in ("oprd", "dobj", "ccomp") and c.i > root.i and c.pos_ == "NOUN" and c.lower_ in roles
                   for c in verb.children)
    return root.dep_ == "nsubj" and verb.pos_ == "NOUN" and verb.dep_ in ("ccomp", "oprd") and verb.i > root.i \
        and verb.lower_ in roles


def paired_by_hyphen(span: Span) -> bool:
    """The name is one of two joined by a hyphen before a noun of dealings between parties
    ("Chile-U.S. relations", "the rebel-Peru talks", "Indo-Peru relations", "Chile-EU
    relations", "the Peru-U.S. tensions"; areas.yaml's relation, dealing and deal nouns and
    held_between_nouns): each one a party, as after "between". Not before a noun of the lands
    ("the Chile-Peru border", "the Kenya-Uganda railway")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in _HYPHENS and not span[-1].whitespace_ \
            and not doc[span.end].whitespace_ and (doc[span.end + 1].is_title or doc[span.end + 1].is_upper):
        k = span.end + 1  # the first of the pair: over the other name
        while k < len(doc) and k - span.end <= 4 and doc[k].pos_ == "PROPN" and not doc[k].is_lower:
            k += 1
    elif span.start >= 2 and doc[span.start - 1].text in _HYPHENS and not doc[span.start - 1].whitespace_ \
            and not doc[span.start - 2].whitespace_ and doc[span.start - 2].is_alpha \
            and (doc[span.start - 2].is_title or doc[span.start - 2].is_upper):
        k = span.end  # the second of the pair
    else:
        return False
    if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1  # "Chile-Peru economic relations"
    if k >= len(doc) or not doc[k].is_lower or doc[k].pos_ != "NOUN":
        return False
    return doc[k].lower_ in _dealing_words()


def stance_prefixed(span: Span) -> bool:
    """The name is glued by a hyphen to a prefix of a stance for or against a party (areas.yaml's
    stance_prefixes: "anti-Chile rhetoric", "the anti-Peru coalition", "a pro-Chile lobby"): the
    state the stance is taken toward, as in "rhetoric against Chile". Not "non-" or "post-" ("non-US
    visitors", "a post-Chile tour"), nor a prefix set apart ("anti - Peru")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in _HYPHENS or doc[span.start - 1].whitespace_:
        return False
    prefix = doc[span.start - 2]
    return not prefix.whitespace_ and prefix.lower_ in area_words("stance_prefixes")


def doer_of_participle(span: Span) -> bool:
    """The name is the doer of a participle right after it (areas.yaml's agent_participles): joined
    by a hyphen ("the Chile-backed rebels", "a Peru-led coalition", "the Norway-brokered accord")
    or, unless a preposition holds the name ("trade with Peru supported jobs"), by a space right
    before what is done ("the Peru led coalition", "Kenya funded clinics"; not "Peru led to", "Chile
    supported by", nor a verb before its object, "Peru led the way"). Arming and training (force_participles) only before the forces ("the Peru
    trained security forces"; not "a U.S.-trained economist", trained there)."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    if doc[span.end].text in _HYPHENS and not span[-1].whitespace_ and not doc[span.end].whitespace_:
        verb = doc[span.end + 1]
    elif span[-1].whitespace_ and not (span.start > 0 and doc[span.start - 1].pos_ == "ADP"):
        verb = doc[span.end]
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
            # a finite verb with its object ("Peru led the way with a 26% rise": the land's
            # figure) is the subject's to read, not a participle's doer
            return False
    else:
        return False
    if not verb.is_lower or not verb.is_alpha:
        return False
    if verb.lower_ in area_words("agent_participles"):
        return True
    return verb.lower_ in area_words("force_participles") and any(
        t.lower_ in area_words("force_nouns") for t in doc[verb.i + 1 : verb.i + 5])


def cleft_verb(root):
    """The verb of the clause that a cleft sentence sets its focus, the name, off with: "It was
    Chile that blocked the plan", "it is Chile which is interfering", "it is the U.S., not Norway,
    that is stalling" (the name the attribute of "it is" or in apposition to it, the verb's
    subject "that", "who" or "which", the clause hung on the name or on "is"). None otherwise
    ("it was in Chile that the vaccines arrived": the name no attribute; "this is Chile that we
    love": no clause whose subject is the relative)."""
    if root.dep_ in ("appos", "conj") and root.head.dep_ == "attr" and root.head.i < root.i:
        root = root.head  # "the U.S., not Norway"
    be = root.head
    if root.dep_ != "attr" or be.lemma_ != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    near = [root] + [c for c in root.children if c.dep_ in ("appos", "conj")]
    clauses = [c for t in near for c in t.children if c.dep_ == "relcl"] \
        + [c for c in be.children if c.dep_ == "ccomp" and c.i > root.i]
    for verb in clauses:
        if verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in verb.children):
            return verb
    return None


def lists_group(root) -> bool:
    """The name, in apposition, opens the list of the states a group noun stands for (areas.yaml's
    state_kinds and state_group_nouns: "the four other parties - Chile, Peru, ...", "two
    countries, Chile and Peru", "the three-nation bloc - Chile, Peru ..."), with the noun set
    off from the names by a comma, a dash, a colon or a bracket."""
    head, doc = root.head, root.doc
    if head.pos_ != "NOUN" or not head.is_lower or head.i > root.i:
        return False
    if head.lower_ not in area_words("state_kinds") and head.lower_ not in area_words("state_group_nouns"):
        return False
    first = root.left_edge.i
    return first > head.i + 1 and doc[first - 1].is_punct and doc[first - 1].text not in (".", "!", "?")


def misparsed_verb(span: Span, verbs: frozenset[str]) -> bool:
    """The name is parsed as a modifier of the word right after it, a plural noun with no
    determiner that heads the clause and is a state's verb in its third person ("Peru abides by the
    ruling", "Chile slams the report", "Peru lifts ban on imports" of a headline; ``verbs``): the
    name is that verb's subject. Not a force ("U.S. forces withdrew": areas.yaml force_nouns)."""
    root, doc = span.root, span.doc
    if root.dep_ != "compound" or span.end >= len(doc):
        return False
    head = doc[span.end]
    if root.head.i != head.i or head.dep_ not in ("ROOT", "nsubj") or head.tag_ not in ("NNS", "VBZ"):
        return False
    if not head.lower_.endswith("s") or head.lower_ in area_words("force_nouns") \
            or any(c.dep_ == "det" for c in head.children):
        return False
    return head.lemma_.lower() in verbs


def misparsed_possessed(span: Span):
    """The noun that the name's possessive owns where the parse took it for a verb or an
    auxiliary ("Norway's will to expand": "will" as an auxiliary): a possessive ending is followed
    by a noun phrase, not by a verb, unless the noun it owns is left out ("Peru's will be the
    first": a verb or an adverb follows the word). None otherwise."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"'s", "\u2019s"} or doc[span.end].tag_ != "POS":
        return None
    nxt = doc[span.end + 1]
    if nxt.pos_ not in ("AUX", "VERB") or not nxt.is_lower:
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("AUX", "VERB") or after.tag_ == "RB"):
        return None  # "Peru's will be the first": the owner's (team) left out, "will" the auxiliary
    return nxt


def portfolio_of(name) -> list:
    """The office whose capitalised portfolio "of" follows ("the Minister of Foreign Affairs of
    Peru", "the Ministry of Defence of Chile": "Minister" over "Foreign Affairs"), none for any
    other word ("the Head of the Football Federation of Chile": no office)."""
    if name.pos_ != "PROPN" or not name.is_title or name.dep_ != "pobj" or name.head.lower_ != "of":
        return []
    office = name.head.head
    return [office] if office.is_title and office.i < name.i else []


def with_its_partners(root) -> bool:
    """The name is joined to its own allies or partners ("the U.S. and its allies", "Iran and
    its regional partners", "Russia and their backers"): a state among the states it deals with."""
    roles = area_words("state_role_nouns")
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lower_ in roles
               and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
               for c in root.children)


def named_in_role(root) -> bool:
    """The name stands beside a noun of a role among states (areas.yaml's state_role_nouns): in
    apposition to it or named by it ("Cuba's socialist ally Bolivia", "a foreign power - Iran",
    "the world powers, the United States, Britain, France"), after "including" or "such as" it
    ("any power, including China"), or what "be" says a subject of such a role (or of state_roles)
    is ("the brokers were Peru and Chile"); not a neutral kind ("three countries, Iran and Iraq")."""
    roles = area_words("state_role_nouns")
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ in roles:
        return True  # "the world powers, the United States, ...", "a foreign power - Iran"
    if any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.is_lower and c.lower_ in roles
           and c.i < root.i for c in root.children):
        return True  # "Cuba's socialist ally Bolivia", "its ally Russia"
    if root.dep_ == "pobj" and (head.lower_ == "including" or head.lower_ == "as" and any(
            c.lower_ == "such" for c in head.children)) and head.head.pos_ == "NOUN":
        return head.head.lower_ in roles  # "powers including China", "allies such as Japan"
    if root.dep_ == "attr" and head.lemma_ == "be":
        # "the brokers of the deal were Chile, Peru and Bolivia", "its main backers are Chile and
        # Peru": the subject names the role (not "its biggest trade partners are Chile and Peru",
        # a market's) (plstate34)
        named = roles | area_words("state_roles")
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ in named
                   and not any(m.dep_ in ("compound", "amod") and m.lower_ in area_words("trade_role_modifiers")
                               for m in c.children) for c in head.children)
    return False


# what may stand between a noun of states' roles and the names of its list ("the world powers, the
# United States, Britain and China", "allies such as Japan", "its partners - China and India")
_LIST_WORDS = frozenset({",", "and", "the", "\u2014", "\u2013", "-", ":", "(", "including", "especially",
                         "notably", "namely", "particularly", "such", "as", "like"})


def listed_after_role(span: Span) -> bool:
    """The name is in a list that a noun of a role among states opens ("the world powers, the
    United States, Britain, France, Germany, Russia and China"; "allies such as Japan and South
    Korea"), where the parse seldom links the names to the noun: only names and the words of a
    list stand between them."""
    doc, roles = span.doc, area_words("state_role_nouns")
    k, crossed = span.start - 1, False
    while k >= 0 and span.start - k <= 30:
        tok = doc[k]
        if tok.lower_ in _LIST_WORDS:
            crossed = True
        elif tok.pos_ != "PROPN" or tok.is_sent_start:
            return crossed and tok.pos_ == "NOUN" and tok.is_lower and tok.lower_ in roles
        k -= 1
    return False


def recipient(span: Span, root) -> bool:
    """The name is the indirect object of a verb of giving or telling (areas.yaml's
    recipient_verbs): "give Russia and China political cover", "offered Iran a deal", "told Tehran
    that"; the parse often makes it a modifier of the thing given, so the name right after the verb
    counts too (not "China's", nor the subject of a clause that follows)."""
    verbs = area_words("recipient_verbs")
    if root.dep_ == "dative" and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in verbs
    doc = span.doc
    first = root.i  # the first name of a list ("give Russia and China"), over its compounds
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == root.i:
        first -= 1
    k = first - 1 if first > 0 and doc[first - 1].lower_ != "the" else first - 2
    if k < 0 or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in verbs or root.dep_ in ("nsubj", "nsubjpass"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.lower_ in ("'s", "\u2019s") or nxt.pos_ in ("VERB", "AUX"):
        return False
    # a list of names ("give Russia and China political cover") or a thing given after its own
    # determiner ("gives Turkey more time"); not a name modifying the noun ("paying U.S. taxes")
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children) \
        or nxt.pos_ in ("DET", "NUM") or nxt.tag_ == "PRP$" or nxt.lower_ in ("more", "less", "no")


def _bare_plural(noun, span: Span) -> bool:
    """A bare plural of what a state wages after one country's name ("U.S. wars", "endless US wars
    that followed", "all U.S. wars"): the wars of that state, a class it wages; a land is the
    theatre of one war or of wars told or counted ("the Iraq war", "the Congo wars", "both Iraq
    wars", "the two Iraq wars", "the Iraq and Afghanistan wars") (geo32)."""
    root = span.root
    if noun.tag_ != "NNS" or noun.lower_ not in area_words("waged_nouns") or root.dep_ != "compound" \
            or root.head.i != noun.i or any(c.dep_ in ("cc", "conj") for c in root.children):
        return False
    return not any(c.dep_ in ("nummod", "quantmod", "predet") or c.dep_ == "det" and c.lower_ in ("the", "both")
                   for c in noun.children)


def waged_elsewhere(noun, span: Span) -> bool:
    """A noun of force a state sends or takes away (waged_nouns, leaving_nouns, force_abroad_nouns)
    is set in another place: "in" a named place or a region ("the U.S. presence in Iraq",
    "America's war in Iraq", "U.S. airstrikes in Chile and elsewhere", "its presence in the
    region"), "abroad" or "overseas", on it or on the participle that follows it, or a bare plural
    ("U.S. wars"): the name before it is who wages it, the state, not where it is ("the Iraq war",
    "a US presence" of a company)."""
    if noun.lower_ not in area_words("waged_nouns") | area_words("leaving_nouns") | area_words("force_abroad_nouns"):
        return False
    if _bare_plural(noun, span):
        return True
    names = {t.lower_ for t in span}
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "advmod" and c.lower_ in area_words("abroad_adverbs"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout", "inside") and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") and g.lower_ not in names
                                      or g.lower_ in area_words("abroad_place_nouns")) for g in c.children):
            return True
    return False


def list_head(span: Span) -> Token:
    """The first name of the list the span's name ends ("Iran" of "against Iran, Syria and
    Lebanon", "Chile" of "Chile and Peru's reservations"): the one the parse attaches."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    return root


def preposition_holding(span: Span, word: str) -> Token | None:
    """The preposition ``word`` ("against", "with") whose object is the span's name, or the first
    of a list it is in; None when another word holds it, or when the parse makes the name the
    head of what follows it ("against the US dollar")."""
    root = list_head(span)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != word:
        return None
    if any(c.dep_ in ("compound", "poss") and c.i > root.i for c in root.children):
        return None
    return prep

