"""Event arguments from the dependency parse: actors, targets, the anchoring clause and status.

Each function walks only the few tokens around one trigger, so event coding stays cheap; who is
who comes from the actors (and places) span groups the earlier components wrote.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_parties import (MUTUAL_TOPIC_PREPS, OBJECT_CONTROL, SCENE_NOUNS,
                                              SETTING_NOUNS, TOPIC_OBJECT_VERBS,
                                              borrowed_by_participle, is_passive, own_subjects,
                                              starts_clause, stranded_subject)
from sitroom.components.place_refs import datelines

__all__ = ["Args", "DocIndex", "arguments", "fallback_actors", "governors", "index_doc",
           "named_person_object", "predicate"]

# third person only: "we" and "our" in quotes are the speaker, who is rarely the last subject
PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them"})
PERSONAL = frozenset({"he", "she", "his", "her", "him"})
# inside a quote, a first-person argument is the speaker ("I"), or the speaker's side ("we will
# defend these countries": the speaker's country, as event data codes officials, else the
# organisation); "our contingents" is neither
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SELF_SUBJECTS = frozenset({"i", "we", "you", "one", "everyone", "everybody", "all"})
RELATIVES = frozenset({"who", "which", "that"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
# people around a party who act on their own account: "Trump allies accused Mueller", "his
# critics", "the Clinton campaign": the named party is not the doer (a spokesman, an envoy or a
# lawyer, who act for it, are not listed)
AFFILIATE_NOUNS = frozenset({"ally", "allies", "supporter", "backer", "loyalist", "follower", "fan",
                             "critic", "opponent", "rival", "detractor", "friend", "associate",
                             "family", "relative", "campaign", "team", "aide",
                             # kin and private counsel act for themselves ("Trump's son met ...")
                             "son", "daughter", "wife", "husband", "brother", "sister", "father",
                             "mother", "son-in-law", "daughter-in-law", "nephew", "niece",
                             "cousin", "child", "widow", "lawyer", "attorney",
                             # a business is not its country ("a US company pulled out")
                             "company", "firm", "airline", "carrier", "bank", "insurer",
                             "manufacturer", "maker", "retailer", "startup", "business",
                             "corporation", "conglomerate", "investor", "club",
                             # one private person is not the state of their nationality ("a
                             # Palestinian girl was indicted", "an American citizen was held")
                             "girl", "boy", "man", "woman", "teenager", "teen", "student",
                             "citizen", "national", "resident", "tourist", "businessman",
                             "businesswoman", "passenger", "worker", "mother", "grandmother",
                             # nor is a private person an act or a case singles out ("the Russian
                             # shooter", "a Chinese commuter", "the Saudi suspect", "an Afghan
                             # asylum seeker", "a British journalist", "an Iranian analyst")
                             "shooter", "assailant", "stabber", "commuter", "suspect", "seeker",
                             "migrant", "immigrant", "refugee", "driver", "motorist", "pedestrian",
                             "victim", "journalist", "reporter", "photographer", "blogger",
                             "traveller", "traveler", "shopper", "customer", "player", "athlete",
                             "footballer", "doctor", "nurse", "teacher", "priest", "expert",
                             "analyst", "scholar", "researcher", "professor", "academic", "author",
                             "writer", "plaintiff", "defendant"})
AGENT_PREPS = frozenset({"of", "from", "by"})
TARGET_PREPS = frozenset({"with", "against", "to", "on", "toward", "towards", "into", "upon"})
# "fired at the crowd", "hurled stones at police": "at" names a target only of hostile acts
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
ARG_DEPS = frozenset({"dobj", "attr", "dative", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral",
                         "multinational", "together", "allied", "mutual"})
MONEY_HEADS = frozenset({"$", "million", "billion", "dollar", "euro", "trillion"})
ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# heads that take their actor from an "in" phrase: "the governments in Tajikistan and Uzbekistan"
INSTITUTIONS = frozenset({"government", "authority", "regime", "leadership", "force", "military",
                          "army", "police", "official", "administration", "ministry", "court"})
CUSTODY = frozenset({"prison", "jail", "custody", "detention", "captivity", "gaol", "camp"})
# verbs whose subject does the act their object names ("Russia began drills", "X launched an
# attack", "will provide $200 million in aid"); any other verb's subject may only name, judge,
# report, answer or suffer it (BYSTANDER_VERBS lists common ones), so it is no doer
LIGHT_VERBS = frozenset({
    "hold", "conduct", "carry", "launch", "stage", "begin", "start", "mount", "wage", "make",
    "give", "provide", "impose", "issue", "sign", "reach", "lead", "organize", "organise", "host",
    "attend", "join", "resume", "continue", "step", "intensify", "escalate", "unleash", "open",
    "declare", "offer", "extend", "send", "deliver", "grant", "pledge", "file", "lodge", "level",
    "express", "voice", "pay", "undertake", "perform", "commit", "do", "take", "complete",
    "finish", "plan", "prepare", "order", "announce", "approve", "adopt", "introduce", "enforce",
    "supply", "donate", "ship", "allocate", "contribute", "dispatch", "deploy", "reiterate",
    "renew", "repeat", "seek", "request", "demand", "propose", "suggest", "end", "halt",
    "suspend", "stop", "break", "lift", "tighten", "expand", "increase", "boost", "conclude",
    "finalize", "finalise", "strike", "broker", "mediate", "initiate", "spearhead", "orchestrate",
    "plot", "claim", "pursue", "have", "secure", "agree", "form", "forge", "establish",
    "enhance", "strengthen", "deepen", "promote", "bolster", "foster", "build", "improve",
    "broaden", "widen"})
# verbs whose subject names, judges, reports or suffers an act rather than doing it ("what
# Hollande called a terror attack", "Tunisia has faced attacks", "leaders condemned the attack")
BYSTANDER_VERBS = frozenset({
    "call", "describe", "term", "label", "dub", "name", "brand", "consider", "deem",
    "characterize", "characterise", "see", "view", "regard", "condemn", "denounce", "criticize",
    "criticise", "blame", "investigate", "report", "discuss", "witness", "survive", "suffer",
    "face", "fear", "deny", "confirm", "claim", "mourn", "remember", "commemorate", "mark",
    "recall", "cite", "mention", "cover", "watch", "film", "justify", "praise", "welcome",
    "oppose", "reject", "protest", "prevent", "stop", "thwart", "foil", "experience", "endure",
    "undergo", "escape", "predict", "expect", "anticipate", "warn", "urge", "demand", "seek",
    "request", "want", "need", "call", "await", "rule", "debate", "probe", "examine", "study",
    "analyze", "analyse", "hear", "learn", "know", "follow", "spark", "trigger", "prompt",
    "provoke", "cause", "fuel", "avert", "avoid", "halt", "end", "stop", "postpone", "delay",
    "announce", "document", "record", "count", "estimate", "verify", "compare", "link", "tie",
    "connect", "attribute", "credit", "recognise", "recognize", "support", "back", "endorse",
    # who answers a demand, an offer or a request is not who made it ("the government met its
    # demand"), and who receives aid does not give it
    "meet", "accept", "grant", "satisfy", "ignore", "answer", "heed", "refuse", "receive", "get",
    "obtain", "address", "avoid", "dismiss", "consider", "weigh", "review"})
# nouns that name the act of their compound: "a mediation effort", "a rescue mission"
ACT_HEADS = frozenset({"effort", "mission", "process", "operation", "campaign", "attempt", "drive",
                       "initiative", "bid", "spree", "wave", "round", "activity", "action",
                       "programme", "program", "talk", "plan", "exercise"})
# object heads whose compound says what they hold or what is done: "an arms shipment", "an aid
# package", "mediation efforts"; but a "funding bill" is a bill
CONTAINERS = ACT_HEADS | frozenset({"package", "shipment", "delivery", "consignment", "supply",
                                    "batch", "tranche", "cargo", "convoy", "worth", "million",
                                    "billion"})
# nouns that make what they govern a capacity, not an act: "capability to fight", "capabilities
# of joint attack" (intentions and possibilities are in event_mood)
CAPACITY_NOUNS = frozenset({"capability", "capacity", "ability", "potential", "means", "skill",
                            "power", "strength", "know-how", "expertise", "equipment", "weapon"})


@dataclass(slots=True)
class DocIndex:
    """Where the other extractors' spans sit, by token, for constant-time lookups."""

    actor_at: dict[int, str] = field(default_factory=dict)
    place_at: dict[int, Span] = field(default_factory=dict)
    capital_at: frozenset[int] = frozenset()  # "Berlin" standing for Germany's government
    subjects: list[tuple[int, str]] = field(default_factory=list)  # actor ids in subject position
    quote_at: dict[int, int] = field(default_factory=dict)  # token -> number of its direct quote
    speakers: list[str | None] = field(default_factory=list)  # speaker entity id per quote
    sides: list[str | None] = field(default_factory=list)  # the speaker's country or organisation
    refs: dict = field(default_factory=dict)  # actor id -> model.EntityRef (kind, sector ...)
    dateline: frozenset[int] = frozenset()  # tokens of the story's dateline


def fallback_actors(doc: Doc) -> list[tuple[Span, str]]:
    """Provisional actors from NER when no actors group exists: id "name:<lowercased text>"."""
    return [(e, "name:" + e.text.lower()) for e in doc.ents if e.label_ in ACTOR_LABELS]


def index_doc(doc: Doc) -> DocIndex:
    """Index the actors and places span groups by token."""
    idx = DocIndex()
    if "actors" in doc.spans:
        # an organisation the actor dictionary does not know is too often a product, a team, a
        # photo credit or a fragment ("Photo/Agencies] Trade") to stand as an event's party
        pairs = [(s, s._.actor.id) for s in doc.spans["actors"]
                 if s._.actor is not None and not s._.actor.id.startswith("org:")]
    else:
        pairs = fallback_actors(doc)
    refs = {s._.actor.id: s._.actor for s in doc.spans.get("actors", ()) if s._.actor is not None}
    idx.refs = refs
    # a dateline ("BRUSSELS (Reuters) -") says where the story was filed, never who acts
    idx.dateline = frozenset(i for s in datelines(doc) for i in range(s.start, s.end))
    pairs = [(s, ident) for s, ident in pairs if s.start not in idx.dateline and not _credit(s)]
    for span, ident in pairs:
        for i in range(span.start, span.end):
            idx.actor_at[i] = ident
        if span.root.dep_ in SUBJECT_DEPS or span.root.dep_ == "nsubjpass" or (
            span.root.dep_ == "poss" and span.root.head.dep_ in SUBJECT_DEPS
        ):
            idx.subjects.append((span.start, ident))
    idx.capital_at = frozenset(i for s in doc.spans.get("actors", ()) if s._.actor is not None
                               and s._.actor.metonym and s._.actor.kind == "country"
                               and doc[s.start].ent_type_ in ("GPE", "LOC")
                               for i in range(s.start, s.end))
    for span in doc.spans.get("places", ()):
        if span._.place is not None and span.start not in idx.dateline:
            for i in range(span.start, span.end):
                idx.place_at[i] = span
    idx.subjects.sort()
    quotes = doc.spans.get("quotes", ())
    starts = [t.idx for t in doc] if quotes else []
    for span in quotes:
        q = span._.quote
        if q is None:
            continue
        for i in range(bisect_left(starts, q.start), bisect_left(starts, q.end)):
            idx.quote_at[i] = len(idx.speakers)
        idx.speakers.append(q.speaker)
        ref = refs.get(q.speaker or "")
        idx.sides.append((ref.country or ref.affiliation or q.speaker) if ref else q.speaker)
    return idx


# last words of a picture agency's name ("Getty Images", "Xinhua Photos")
CREDIT_HEADS = frozenset({"images", "photos", "pictures", "photography", "photo", "stock"})
# words that introduce a credit: "Photo by Alex Wong", "Picture: AFP", "Courtesy of ..."
CREDIT_CUES = frozenset({"photo", "photos", "picture", "pictures", "image", "credit", "courtesy",
                         "photograph", "photographer"})


def _credit(span: Span) -> bool:
    """The name is a picture credit, not a party: "Getty Images", "Alex Wong/Getty Images",
    "Photo by Mark Wilson"."""
    doc = span.doc
    if span[-1].lower_ in CREDIT_HEADS:
        return True
    if (span.start > 0 and doc[span.start - 1].text == "/") or (
            span.end < len(doc) and doc[span.end].text == "/"):
        return True
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 3):span.start]]
    return any(w in CREDIT_CUES for w in before) and bool(before) and before[-1] in ("by", ":", "of")


def _pronoun(tok: Token, idx: DocIndex) -> list[str]:
    """The nearest earlier actor in subject position, in this sentence or the one before, that
    the pronoun can refer to: "he"/"she" a person, "it"/"they" a country, group or organisation
    ("Abe said North Korea fired ... He backed Trump" is Abe)."""
    if _other_gender_object(tok):  # "she criticized him"
        return []
    bound = _clause_subject(tok)
    if bound is not None:  # "Trump issued his first travel ban": his own, whoever he is
        person = tok.lower_ in PERSONAL
        found = actor_of(bound, idx, depth=1)
        kinds = {_kind(a, idx) == "person" for a in found}
        if found and kinds == {person}:
            return found
        if not found and person and bound.pos_ == "PROPN":
            return []  # a name the dictionary does not know: not an earlier one
    pos = bisect_left(idx.subjects, (tok.i, ""))
    floor = tok.sent.start
    prev = tok.doc[floor - 1].sent.start if floor > 0 else floor
    person = tok.lower_ in PERSONAL
    for start, ident in reversed(idx.subjects[:pos]):
        if start < prev:
            return []
        ref = idx.refs.get(ident)
        kind = ref.kind if ref is not None else ("person" if ident.startswith("person:") else "")
        if (kind == "person") == person:
            return [] if _nearer_subject(tok, start, idx) else [ident]
    return []


def _clause_subject(tok: Token) -> Token | None:
    """The named subject of the clause a possessive pronoun sits in, which it refers to ("Iran
    expressed its readiness", "Trump issued his ban"); None for other pronouns or clauses."""
    if tok.dep_ != "poss":
        return None
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.i > tok.i or tok in subj.subtree:
        return None
    return subj


_MASCULINE = frozenset({"he", "him"})
_FEMININE = frozenset({"she", "her"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def _objects_of(verb: Token) -> list[Token]:
    """The verb's objects, direct or after a preposition ("criticized him", "spoke to her")."""
    out = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return out + [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


def _other_gender_object(tok: Token) -> bool:
    """"she" and "him" (or "he" and "her") as subject and object of one verb: two people of the
    context, and the last subject named is as likely either ("Trump rebuked May after she
    criticized him" is not Trump criticizing, nor Trump criticized)."""
    if tok.lower_ not in _MASCULINE | _FEMININE:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", *_OBJECT_DEPS) or verb.pos_ not in ("VERB", "AUX"):
        return False
    other = _FEMININE if tok.lower_ in _MASCULINE else _MASCULINE
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(o.i != tok.i and o.lower_ in other for o in (*subjects, *_objects_of(verb)))


def _nearer_subject(tok: Token, start: int, idx: DocIndex) -> bool:
    """A subject the dictionary does not know stands between the pronoun and the last known one:
    "The Ethics Committee said it had opened an investigation" is the committee's, not the
    earlier actor's. "it"/"they" skip any unknown noun subject; "he"/"she" an unknown person."""
    person = tok.lower_ in ("he", "she", "his", "her", "him")
    doc = tok.doc
    first = doc[start]
    end_of_known = first.i
    while end_of_known + 1 < tok.i and idx.actor_at.get(end_of_known + 1) == idx.actor_at.get(first.i):
        end_of_known += 1
    for t in doc[end_of_known + 1 : tok.i]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i in idx.actor_at or t.pos_ == "PRON":
            continue
        if person and t.ent_type_ == "PERSON":
            return True
        if not person and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON":
            return True
    return False


def actor_of(tok: Token, idx: DocIndex, depth: int = 2, places: bool = True) -> list[str]:
    """The actor a noun phrase stands for: itself, or a modifier ("Tajik forces", "head of X")."""
    if tok.i in idx.dateline:  # "BRUSSELS (Reuters) - The EU's top diplomat ... said": the
        # parse makes the dateline the subject and the real one its apposition
        return [a for c in tok.children if c.dep_ == "appos" and not _parenthetical(c)
                for a in actor_of(c, idx, depth, places)][:1]
    if tok.i in idx.actor_at:
        if _one_national(tok, idx):  # "stabbed by a Palestinian": a person, not the state
            return []
        return [idx.actor_at[tok.i]]
    if tok.pos_ == "PRON":  # only a pronoun that is the argument itself, not "his counterpart"
        if tok.lower_ in FIRST_PERSON and tok.i in idx.quote_at:
            n = idx.quote_at[tok.i]
            speaker = idx.speakers[n] if tok.lower_ in ("i", "me") else idx.sides[n]
            return [speaker] if speaker and depth == 2 else []
        return _pronoun(tok, idx) if depth == 2 and tok.lower_ in PRONOUNS else []
    if places and tok.i in idx.place_at and idx.place_at[tok.i]._.place.country:
        place = idx.place_at[tok.i]._.place
        # the argument itself ("Washington said") stands for its country; a town or region that
        # only modifies it ("a Texas man", "the Las Vegas shooter") says where it is from, not who
        if depth == 2 or place.feature == "country":
            return [place.country]
        return []
    if depth <= 0:
        return []
    if tok.pos_ == "NOUN":  # "Trump's son-in-law, Jared Kushner", "the EU's top diplomat,
        # Federica Mogherini": the name in apposition is who the phrase is, not its modifiers
        for c in tok.children:  # with the names it is coordinated with ("ministers, A and B")
            if c.dep_ == "appos" and c.i in idx.actor_at and not _parenthetical(c) and not (
                    _one_national(c, idx)) and not any(  # not "delegations led by X and Y"
                    t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1:c.left_edge.i]):
                return _coordinated(c, idx, places)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in AFFILIATE_NOUNS:
        return []
    if tok.lemma_.lower() in GEO_FEATURES:  # "into the Sea of Japan": where, not whom
        return []
    scene = tok.pos_ == "NOUN" and tok.lemma_.lower() in SCENE_NOUNS
    for child in tok.children:
        found: list[str] = []
        if _parenthetical(child):  # "(CNN) Kim ...", "Paul Ryan (R-Wis.)": a credit or a label
            continue
        if scene and _scene_place(child, idx):  # "the Berlin truck attack": where, not who
            continue
        if child.dep_ in MODIFIER_DEPS:
            found = actor_of(child, idx, depth - 1, places)
            if found and child.dep_ == "amod":  # "Iranian and Afghan delegations": both sides
                found += [a for c in child.conjuncts for a in actor_of(c, idx, depth - 1, places)
                          if a not in found]
        elif child.dep_ in ("prep", "agent") and (
            child.lower_ in AGENT_PREPS or (child.lower_ == "in" and tok.lemma_ in INSTITUTIONS)
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for t in (pobj, *pobj.conjuncts):
                        found += [a for a in actor_of(t, idx, depth - 1, places) if a not in found]
        elif child.dep_ == "acl" and child.lemma_.lower() in LEADING_VERBS:
            for agent in child.children:
                if agent.dep_ == "agent":  # "a delegation led by the Taliban's deputy head"
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            found = actor_of(pobj, idx, depth, places)
        if found:
            return found
    return []


# natural features whose "of" phrase says where they are, not who is concerned ("the Sea of
# Japan", "the Gulf of Oman", "the coast of Libya")
GEO_FEATURES = frozenset({"sea", "gulf", "strait", "straits", "ocean", "bay", "waters", "coast",
                          "channel", "lake", "river", "island", "islands", "peninsula", "desert"})
# who leads or sends a group acts through it ("a delegation led by X"); who nominates, backs or
# trains someone does not ("a consultant nominated by the administration has withdrawn")
LEADING_VERBS = frozenset({"lead", "head", "send", "dispatch", "command", "direct", "chair"})


def _scene_place(mod: Token, idx: DocIndex) -> bool:
    """A modifier of an incident noun that names a city, town or region (alone or through its own
    compounds): "the Nice attack", "the Berlin truck attack" happened there; a country ("the
    Russia attack") or a demonym ("the Russian attack") may still name the doer."""
    if mod.dep_ not in ("compound", "nmod"):
        return False
    for t in (mod, *(c for c in mod.children if c.dep_ in ("compound", "nmod"))):
        if t.i in idx.capital_at:  # "the Berlin attack": the city, not Germany's government
            return True
        ref = idx.place_at.get(t.i)
        if ref is not None and ref._.place.feature != "country":
            return True
    return False


def _one_national(tok: Token, idx: DocIndex) -> bool:
    """A demonym naming one person ("a Palestinian", "an Afghan") stands for no country."""
    ref = idx.refs.get(idx.actor_at.get(tok.i, ""))
    return (ref is not None and ref.kind == "country" and tok.tag_ in ("NN", "NNP", "JJ")
            and tok.text[:1].isupper()
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children))


def _parenthetical(tok: Token) -> bool:
    """The phrase stands in brackets: a dateline, a credit or a party label, not a party."""
    doc = tok.doc
    words = [t.i for t in tok.subtree if not t.is_punct] or [tok.i]
    left, right = min(words), max(words)
    return left > 0 and doc[left - 1].text in ("(", "[") and right + 1 < len(doc) and (
        doc[right + 1].text in (")", "]"))


def _coordinated(tok: Token, idx: DocIndex, places: bool = True) -> list[str]:
    """Actors of a phrase and of its conjuncts ("Moscow and Beijing", "Ashgabat, as well as Moscow")."""
    out: list[str] = []
    also = [p for c in tok.children if c.dep_ == "cc" and c.lower_ == "as" for p in c.children
            if p.dep_ == "pobj"]
    for t in (tok, *tok.conjuncts, *also):
        if starts_clause(t):  # "expelled diplomats and the authorities seized ...": a new subject
            continue
        for ident in actor_of(t, idx, places=places):
            if ident not in out:
                out.append(ident)
    return out


def governors(tok: Token, idx: DocIndex | None = None, limit: int = 3) -> list[Token]:
    """Verbs that govern an embedded verb: "agreed to extend", "is set to run", "began to withdraw".

    Never out of a direct quote: the reporting verb is the speaker's act, not the quoted event's.
    """
    out = []
    while limit and tok.dep_ in ("xcomp", "conj", "ccomp", "advcl", "relcl", "acomp") and tok.head.i != tok.i:
        if idx is not None and idx.quote_at.get(tok.i) != idx.quote_at.get(tok.head.i):
            break
        tok = tok.head
        out.append(tok)
        limit -= 1
    return out


def _subjects(verb: Token, idx: DocIndex) -> tuple[list[str], list[str]]:
    """(actors, patients) of a verb: active subject, or passive agent and passive subject."""
    stranded = stranded_subject(verb)
    if stranded is not None:  # "expelled diplomats and the U.S. authorities seized ..."
        return actor_of(stranded, idx), []
    below = verb
    for v in (verb, *governors(verb, idx)):
        actors: list[str] = []
        patients: list[str] = []
        if v is not verb and below.dep_ == "advcl" and v.lemma_ == "be" and any(
                t.lemma_.lower() in VICTIM_WORDS for c in v.children if c.dep_ in ("prep", "attr")
                for t in c.subtree):
            # "two staffers were among those killed ..., injuring ten others": the copula's
            # subject is one of the victims, not who did the adjoined act
            return [], []
        if v is not verb and (below.dep_ == "xcomp" or (
                below.dep_ == "advcl" and v.lemma_.lower() in OBJECT_CONTROL
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children))):
            # object control: "encouraged the US and the DPRK to hold dialogue", "forced Kyiv to
            # withdraw", "needed 50 Republicans to back the bill": who is to act is the
            # governing verb's object, not its subject
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None:
                controlled = _coordinated(obj, idx)
                if controlled or below.dep_ == "xcomp":
                    return controlled, []
        if v is not verb and borrowed_by_participle(below, v):
            below = v  # "broke a rule but not imposing sanctions": whoever did the clause above
            continue
        passive_conj = v is not verb and below.dep_ == "conj" and any(
            c.dep_ == "auxpass" for c in below.children)
        below = v
        own = False  # the verb names its own subject: never borrow the governing verb's
        subjects, freed = own_subjects(v)
        if freed and v.dep_ == "relcl":  # "my son, who I endorse": the son is the object
            patients += actor_of(v.head, idx)
        for child in v.children:
            if child.dep_ in SUBJECT_DEPS and child not in subjects:
                continue
            if child.dep_ in SUBJECT_DEPS and child.lower_ in RELATIVES and v.dep_ == "relcl":
                # "a loner who shot her": the loner; a clause on the last of several names is
                # about that one ("with Nazarbayev and Rouhani, who arrived on Wednesday")
                actors += actor_of(v.head, idx) if v.head.dep_ == "conj" else _coordinated(v.head, idx)
                own = True
            elif child.dep_ in SUBJECT_DEPS and not _parenthetical(child):  # not "(CNN) Kim ..."
                actors += _coordinated(child, idx)
                own = True
            elif child.dep_ == "nsubjpass":
                patients += _coordinated(child, idx)
                own = True
            elif child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":  # "stood by Kabul" is no passive: Kabul is the target
                        (actors if is_passive(v) else patients).extend(_coordinated(pobj, idx))
        if passive_conj:  # "they reached out and had been assured": they were assured
            return [], actors + patients
        if actors or patients or own:
            return actors, patients
        # "X is due / likely / ready to hold ...": the adjective passes the subject of its verb
        if (v.pos_ not in ("VERB", "AUX") and not (v.pos_ == "ADJ" and v.dep_ == "acomp")) or v.dep_ == "relcl":
            break
    return [], []


def _prep_objects(tok: Token, idx: DocIndex, preps: frozenset[str]) -> tuple[list[str], list[str]]:
    """(with-partners, other targets) from a word's prepositional children."""
    partners: list[str] = []
    targets: list[str] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in SETTING_NOUNS:
                    # "fired at the crowd": a party; "talks at Geneva": a place, not a party
                    found = _coordinated(pobj, idx, places=child.lower_ != "at")
                    (partners if child.lower_ == "with" else targets).extend(found)
        elif child.dep_ == "dative":
            targets.extend(_coordinated(child, idx))
    return partners, targets


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            return child
    return None


def _complement_with(verb: Token, auxes: frozenset[str]) -> Token | None:
    """The clause a speech verb governs when it carries one of ``auxes`` ("... must agree").

    A clause whose subject is the speaker's own side ("we must confront harassment") or nobody in
    particular ("one must", "you must") states a duty, not a demand made on another party."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ in auxes for c in child.children
        ) and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_SUBJECTS
                      for c in child.children):
            return child
    return None


def _object_is_known(verb: Token, idx: DocIndex) -> bool:
    """The thing acted upon is a resolved actor or place: the object or its modifiers ("pounded
    Kashkash", "hit Russian forces"), or where the fire went ("fired rockets into Israel"); a
    place the object merely passed ("a missile over Japan") is not a target."""
    def known(tok: Token) -> bool:  # an unknown organisation may be a product ("Galaxy S7")
        return (tok.i in idx.actor_at and not idx.actor_at[tok.i].startswith("org:")) or (
            tok.i in idx.place_at)
    def named(tok: Token) -> bool:  # the phrase's head or its modifiers, not its "of" phrase:
        return known(tok) or any(  # "into the Sea of Japan" is no strike on Japan
            known(t) for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod", "conj")
            for t in c.subtree)
    obj = _object(verb)
    if obj is not None and named(obj):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("into", "on", "at", "against", "upon")
               and any(p.dep_ == "pobj" and named(p) for p in c.children)
               for c in verb.children)


def named_person_object(verb: Token, idx: DocIndex) -> bool:
    """The verb's direct object (or passive subject) is a named person ("fired FBI Director
    James Comey", "Sally Yates was fired", "beat Roy Moore", "attacked Mueller")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        for t in (obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))):
            ref = idx.refs.get(idx.actor_at.get(t.i, ""))
            if t.ent_type_ == "PERSON" or (ref is not None and ref.kind == "person"):
                return True
    return False


def _person_object(verb: Token) -> bool:
    """The object is a person pronoun, or the verb frees someone from custody ("released him",
    "they were released", "freed from prison")."""
    obj = _object(verb)
    if obj is not None and obj.lower_ in ("him", "her", "them", "he", "she", "they"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.lemma_.lower() in CUSTODY for p in c.children if p.dep_ == "pobj") for c in verb.children)


def _object_lemmas(verb: Token) -> set[str]:
    obj = _object(verb)
    if obj is None:
        return set()
    if obj.lower_ in RELATIVES and verb.dep_ == "relcl":
        obj = verb.head  # "requirements, which could not be accepted": the requirements
    out = set()
    for o in (obj, *obj.conjuncts):  # "photographs and other military intelligence"
        out |= _lemmas_of(o)
    return out


def _lemmas_of(obj: Token) -> set[str]:
    out = {obj.lemma_.lower(), obj.lower_}
    # a name's compounds are its titles ("Prime Minister Hashimoto")
    whole = obj.lemma_.lower() in CONTAINERS or obj.pos_ == "PROPN"
    kinds = ("quantmod", "nmod", "compound") if whole else ("quantmod", "nmod")
    out.update(c.lemma_.lower() for c in obj.children if c.dep_ in kinds)
    out.update(g.lemma_.lower() for c in obj.children if c.dep_ == "nummod"  # "$50,000 worth"
               for g in c.children if g.dep_ in ("nmod", "quantmod"))
    for prep in obj.children:  # "$200 million in financial aid", "part of a military aid program"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for p in prep.children:
                if p.dep_ == "pobj":
                    out.add(p.lemma_.lower())
                    out.update(c.lemma_.lower() for c in p.children if c.dep_ == "compound")
    return out


def predicate(root: Token) -> Token | None:
    """The verb a nominal trigger is an argument of ("began drills", "$200 million in aid")."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ARG_DEPS | SUBJECT_DEPS | {"nsubjpass"} and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.dep_ in ARG_DEPS:
        obj = head.head
        if obj.pos_ == "NUM" or obj.lemma_.lower() in MONEY_HEADS or obj.like_num:
            return obj.head if obj.head.pos_ in ("VERB", "AUX") else None
    return None


@dataclass(frozen=True, slots=True)
class Args:
    """What the parse says about one trigger."""

    category: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    anchors: frozenset[int]  # tokens whose attached dates, places and figures belong to it
    argument_tokens: frozenset[int]
    predicate: Token | None
    joint: bool


# a country or place named as a noun modifier of an event noun is most often where it happens or
# what it is about ("the Iraq war", "the Russia probe", "a Brussels summit", "the Vienna talks",
# "the Las Vegas shooting"), not who does it; a possessive ("Russia's attack") still is the doer
VENUE_KINDS = frozenset({"country", "place", "facility"})
# nouns of conflicts and crises: a demonym names where they are ("the Syrian conflict")
CONFLICT_NOUNS = frozenset({"war", "conflict", "crisis", "violence", "insurgency", "civil war",
                           "hostility", "fighting", "unrest", "turmoil"})


def _kind(ident: str, idx: DocIndex) -> str:
    ref = idx.refs.get(ident)
    if ref is None:  # not an actor: a place the places component resolved (or an NER fallback)
        return "other" if ident.startswith("name:") else "place"
    return ref.kind


# nouns whose country modifier is their topic or venue: "the Russia probe", "the Vienna talks"
TOPIC_NOUNS = CONFLICT_NOUNS | frozenset({"probe", "investigation", "inquiry", "meeting", "summit",
                                         "talk", "talks", "conference", "negotiation", "shooting",
                                         "bombing", "attack", "blockade"})


def _venue_kinds(noun: Token, child: Token) -> frozenset[str]:
    """The kinds of party that ``child`` names as the setting or topic of an event noun rather
    than as its doer: a city or site named before it always ("the Las Vegas shooting", "a
    Brussels summit"); a country before a conflict, an inquiry or a meeting ("the Iraq war",
    "the Russia probe"), but not before other acts ("the US withdrawal": the US withdraws)."""
    lemma = noun.lemma_.lower()
    if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or any(  # "the Astana format summit"
            g.dep_ == "compound" and g.pos_ == "PROPN" for g in child.children)):
        return VENUE_KINDS if lemma in TOPIC_NOUNS else VENUE_KINDS - {"country"}
    if child.dep_ in ("amod", "nmod") and lemma in CONFLICT_NOUNS:  # "the Syrian conflict"
        return VENUE_KINDS
    return frozenset()


# words that make a copula's subject a victim ("were among those killed")
VICTIM_WORDS = frozenset({"kill", "killed", "dead", "die", "injure", "injured", "wound", "wounded",
                          "victim", "casualty", "hurt"})
# acts done together: "talks between", "cooperation among" name all their parties
MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
AMONG = frozenset({"between", "among", "amongst"})
CONVENE_VERBS = frozenset({"host", "organize", "organise", "arrange", "broker", "mediate", "convene",
                           "sponsor", "chair"})
# acts whose lower-case adjective names their field, not a party: "military cooperation",
# "military aid", "security assistance" ("Russian military drills" keep the Russian doer)
FIELD_CATEGORIES = frozenset({"COOPERATE", "AID", "SUPPORT", "AGREE"})


def _against(mod: Token) -> bool:
    """The modifier names whom the act is aimed against: "an anti-Iran alliance"."""
    doc = mod.doc
    before = [doc[i].lower_ for i in range(max(0, mod.i - 2), mod.i)]
    return mod.lower_.startswith("anti-") or (before[-1:] == ["anti"]) or before == ["anti", "-"]


# verbs that end an act: who ends it may be its doer ("Israel halted the offensive"), but who
# is asked, told or trying to end it is not shown doing it ("told McConnell to end the
# investigation", "did little to stop the conflict")
CESSATION_VERBS = frozenset({"end", "stop", "halt", "cease"})


def _wanted_end(verb: Token) -> bool:
    """An infinitive that ends an act: the ending is wanted, asked or tried, not done."""
    return verb.lemma_.lower() in CESSATION_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _home(ident: str, idx: DocIndex) -> str | None:
    """The country an actor belongs to: itself for a country, else its country."""
    ref = idx.refs.get(ident)
    if ref is None:
        return None
    return ident if ref.kind == "country" else ref.country


def _dedup(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def arguments(trigger: Span, entry: LexEntry, idx: DocIndex) -> Args | None:
    """Actors, targets and anchors of one trigger read as ``entry``; None when it does not fit."""
    root = trigger.root
    partners: list[str] = []
    targets: list[str] = []
    actors: list[str] = []
    if entry.pos == "VERB":
        pred = root
        if entry.object and not (
            _object_lemmas(root) & entry.object
            or (entry.object_actor and _object_is_known(root, idx))
            or (entry.object_pronoun and _person_object(root))
            or (entry.object_person and named_person_object(root, idx))
            or any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in entry.subject for c in root.children)
        ):
            return None
        if entry.intransitive and _object(root) is not None:
            return None
        if entry.transitive and _object(root) is None and not any(
            c.dep_ in ("xcomp", "ccomp") for c in root.children
        ):
            return None
        demanded = _complement_with(root, entry.complement_aux) if entry.complement_aux else None
        if entry.complement_aux and demanded is None:
            return None
        if entry.inverse:
            obj = _object(root)
            actors = _coordinated(obj, idx, places=False) if obj is not None else []
            subj, _ = _subjects(root, idx)
            targets = subj
            _extra_p, extra_t = _prep_objects(root, idx, frozenset({"from"}))
            actors += extra_t
        else:
            actors, patients = _subjects(root, idx)
            obj = _object(root)
            # what is given or deployed is no recipient: "sent troops to Kabul" targets Kabul,
            # not the troops, "deployed troops" its own ("armed the rebels", "trained Afghan forces": they receive)
            given = obj is not None and (entry.category == "MOBILIZE" or (
                entry.category == "AID" and not entry.object_actor and obj.lemma_.lower() in entry.object))
            topic = root.lemma_.lower() in TOPIC_OBJECT_VERBS  # "discussed U.S.-Russia ties"
            if obj is not None and obj.dep_ != "nsubjpass" and not given and not topic:
                targets = _coordinated(obj, idx)
                if obj.pos_ == "NOUN" and root.lemma_.lower() in LIGHT_VERBS and any(
                        c.dep_ == "poss" for c in obj.children):
                    # "pledged Finland's assistance to Iran": the owner gives it; it goes to Iran
                    targets = _prep_objects(obj, idx, frozenset({"to"}))[1]
            targets = patients + targets
            preps = TARGET_PREPS | {"at"} if entry.category in HOSTILE else TARGET_PREPS
            if entry.category in MUTUAL:  # "cooperate on Syria": the topic, not a party
                preps = preps - MUTUAL_TOPIC_PREPS
            if entry.mode == "visit" and any(t.lower_ == "in" for t in trigger):
                preps = preps | {"in"}  # "arrived in Astana": where the visitor went
            for tok in trigger:  # "holding talks with Tehran": the phrase's noun takes the "with"
                more_p, extra = _prep_objects(tok, idx, preps)
                partners += more_p
                targets += extra
            if demanded is not None:  # "said that Libya must hand over": the demand is on Libya
                targets = _subjects(demanded, idx)[0] + targets
    else:
        pred = predicate(root)
        if entry.governed_by and (pred is None or pred.lemma_.lower() not in entry.governed_by):
            return None
        # "America's Panama invasion": with its owner named, a name before the act is whom it
        # is done to, not a second doer (acts done together keep every name as a party)
        owner = entry.category not in MUTUAL and any(
            c.dep_ == "poss" and _coordinated(c, idx) for c in root.children)
        named_targets: list[str] = []
        for child in root.children:
            by = ("by", "from") if entry.category in ("AID", "SUPPORT", "REQUEST") else ("by",)
            if _against(child) or (child.dep_ in ("amod", "compound", "nmod") and child.text.islower()
                                   and entry.category in FIELD_CATEGORIES):
                continue  # "an anti-Iran alliance"; "military cooperation" names its field
            if root.lemma_.lower() in SCENE_NOUNS and _scene_place(child, idx):
                continue  # "the Manchester bombing": where it happened, neither doer nor target
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ in by):
                found = _coordinated(child, idx) if child.dep_ != "prep" else [
                    a for p in child.children if p.dep_ == "pobj" for a in _coordinated(p, idx)
                ]
                venue = _venue_kinds(root, child)  # "the Iraq war", "a Brussels summit"
                found = [a for a in found if _kind(a, idx) not in venue]
                if owner and child.dep_ == "compound":
                    named_targets += found
                else:
                    actors += found
        for made in root.children:  # "sanctions approved by the Senate": the Senate imposed them
            if made.dep_ == "acl" and made.tag_ == "VBN" and made.lemma_.lower() in LIGHT_VERBS:
                actors += [a for agent in made.children if agent.dep_ == "agent"
                           for p in agent.children if p.dep_ == "pobj" for a in _coordinated(p, idx)]
        # "dialogue among Afghan groups", "talks between Kabul and the Taliban": in an act done
        # together, those named are its parties; whoever helps, hosts or urges it is not one
        # ("ready to help boost dialogue among Afghan groups")
        among = entry.category in MUTUAL and any(
            c.dep_ == "prep" and c.lower_ in AMONG for c in root.children)
        own_preps = TARGET_PREPS | (frozenset() if among else AMONG)
        if entry.category in MUTUAL:  # "a Security Council meeting on Afghanistan": the topic
            own_preps = own_preps - MUTUAL_TOPIC_PREPS
        partners, targets = _prep_objects(root, idx, own_preps)
        targets = named_targets + targets
        if among:
            actors += _prep_objects(root, idx, AMONG)[1]
        for by in root.children:  # "the visit by a Taliban delegation to Moscow"
            if by.dep_ == "prep" and by.lower_ == "by":
                for pobj in by.children:
                    targets += _prep_objects(pobj, idx, frozenset({"to"}))[1]
        if pred is not None and pred.lemma_ == "be":
            pred = None  # "it was the third such visit": the subject is the event, not its actor
        if pred is not None:
            base = root
            while base.dep_ == "conj":
                base = base.head
            # "her call for ...", "Trump's attack": the owner made it, not the clause's subject
            # ("Schumer did not join her call"), even when the owner is not known
            owned = any(c.dep_ == "poss" for c in root.children)
            # with its parties named ("talks between ..."), only who convenes it takes part as
            # its host or broker; who helps, urges or strengthens it does not
            convened = not among or pred.lemma_.lower() in CONVENE_VERBS
            if (not actors and not owned and convened and base.dep_ not in SUBJECT_DEPS
                    and pred.lemma_.lower() in LIGHT_VERBS and not _wanted_end(pred)):
                actors, _ = _subjects(pred, idx)
            p2, t2 = _prep_objects(pred, idx, TARGET_PREPS)
            if entry.category not in MUTUAL and not entry.joint:
                # "filed a complaint with the WTO": where it is lodged, not a party; "discussed
                # sanctions on Russia with Kislyak": who the talk was with; but "announced a
                # hearing with Rosenstein": the person it is held with
                p2 = [p for p in p2 if pred.lemma_.lower() in LIGHT_VERBS and _kind(p, idx) == "person"]
            partners += p2
            targets += t2
    joint = False
    category = entry.category
    if entry.joint:
        words = {c.lower_ for c in root.children} | {c.lower_ for c in (pred.children if pred else ())}
        joint = bool(words & JOINT_WORDS) or bool(partners) or len(set(actors)) >= 2
        if joint:
            category = entry.joint
            actors = actors + partners + targets
            targets, partners = [], []
    targets += partners
    if entry.mode == "visit" or category == "MOBILIZE":
        # "Trump flew to Mississippi", "the Taliban deployed fighters to an Afghan province":
        # a trip or a deployment at home has no other party
        home = {_home(a, idx) for a in actors}
        targets = [t for t in targets if t not in home]
    actor_t = _dedup(actors)
    target_t = tuple(t for t in _dedup(targets) if t not in actor_t)
    anchors = {root.i, *(t.i for t in trigger)}
    if pred is not None:
        anchors.add(pred.i)
    arg_tokens = frozenset(i for i in idx.actor_at if idx.actor_at[i] in actor_t + target_t
                           and trigger.sent.start <= i < trigger.sent.end)
    return Args(category, actor_t, target_t, frozenset(anchors), arg_tokens, pred, joint)
