"""A country in one of the clear roles of a state is the state unless the words say land (plinvert).

The lists of state verbs and nouns (place_acts, place_light, place_mind, place_kinds ...) keep
missing the next word; this reading inverts the default for two roles the subject readings do not
cover (a country that is the subject of an active verb is already the state unless the verb is one
of its land: place_state.acts_as_state):

- the **object of a verb whose doer is a person, a body or a state** ("officials questioned
  Chile", "to stifle Peru", "Peru wants to show Chile that"), unless the verb is one of travel,
  location, force or weather on the ground ("visited Peru", "invaded Chile", "a storm hit Peru");
- the **possessor of a common noun** ("Chile's latest missile", "Peru's stances", "Kenya's
  mission to the UN"), unless the noun is one of the land, its people, economy, nature, culture or
  sport, or a rank adjective makes it one of the land's things ("Peru's largest city");
- the **other party after "with"** of a noun, an adjective or a doer's verb ("tougher words with
  Peru", "a negotiated solution with Chile", "the negotiator with Peru", "stands with Chile",
  "engaged with Peru"), unless a word of the land holds it ("the border with Peru", "a trade
  surplus with Chile", "familiar with Peru", "shares a border with Chile") or "along with" lists it;
- the **doer of an act that "for ... to" sets** ("a bitter pill for Peru to swallow", "time for
  Chile to return to the talks"), unless the act is one of the land ("for Peru to see rain").

(The subject of a verb of being whose adjective holds an act, "Peru is unlikely to bow", is read
through to that act with the light verbs: place_light.)

Only a country outside a match report (``country`` and ``acting``). Word lists:
place_invert.yaml, with areas.yaml's place_possessions, person_nouns, town_people_nouns,
state_people_nouns, land_verbs and fate_verbs, and place_light.yaml's economy_verbs."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, preposition_holding
from sitroom.components.place_light import economy_words

__all__ = ["inverted_state", "land_lot_verbs"]

# entity labels of a doer that acts: a person, a body, a state or a people
_DOER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# pronouns that name a person or a group of people (not "it", which may be a storm or a thing)
_DOER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
# entity labels of a word between a possessive and its noun that make the noun the land's
_MEASURE_ENTS = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "DATE"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """The object verbs of land, the possessed nouns of land (with areas.yaml's nouns of a place's
    things and of people), the rank adjectives and the doer nouns (with areas.yaml's people of a
    state, offices and kinds of states)."""
    verbs, nouns, ranks, doers, endings = word_lists("place_invert", "land_object_verbs", "land_possessed_nouns",
                                                     "rank_adjectives", "doer_nouns", "agent_endings")
    nouns = nouns | word_lists("place_programs", "trade_nouns")[0] | area_words("trade_nouns")
    nouns = nouns | area_words("place_possessions") | area_words("person_nouns") | area_words("town_people_nouns")
    doers = doers | area_words("state_people_nouns") | area_words("state_offices") | area_words("office_words") \
        | area_words("state_kinds")
    return verbs, nouns, ranks, doers, tuple(endings)


def inverted_state(span: Span, country: bool = True, acting: bool = False) -> bool:
    """The country is the object of a doer's verb or owns a noun, and no land word says otherwise."""
    if not (country and acting) or _inside_word(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head  # "questioned Peru and Chile": the first one's role
    return _object_of_doer(root) or _owner_of_noun(root) or _party_with(span) or _doer_for_to(root)


def _inside_word(span: Span) -> bool:
    """The name glued to a longer word ("Petro-Canada", "Iran" of "Iranian"): no country's own role."""
    doc = span.doc
    before = span.start > 0 and not doc[span.start - 1].whitespace_ and (
        doc[span.start - 1].is_alpha or doc[span.start - 1].text in ("-", "\u2013"))
    after = span.end < len(doc) and not span[-1].whitespace_ and doc[span.end].is_alpha
    return before or after


def _doer(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is joined to or completes ("wants to show",
    "met and questioned"); None for a passive or a subjectless clause."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            return subj if subj.dep_ == "nsubj" else None
        if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        return None
    return None


def _acts(subj: Token) -> bool:
    """A subject that can act on a state: a person, a body, a state, a people, a pronoun of them,
    or a noun of a state's people, offices or kinds."""
    doers = _lists()[3]
    if subj.ent_type_ in _DOER_ENTS:
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in _DOER_PRONOUNS
    return subj.lower_ in doers or subj.lemma_.lower() in doers


def _object_of_doer(root: Token) -> bool:
    """The direct object of a verb, not one of land, whose subject acts."""
    verbs = _lists()[0]
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("into", "to", "through", "across", "around", "with", "as")
           for c in verb.children):
        return False  # "dragged Peru into war", "provided Chile with water", "named Peru as a base": a land
        # moved about, supplied or cast
    if any(c.dep_ in ("xcomp", "oprd") for c in verb.children):
        return False  # "enable Peru to focus", "require Chile to support": the clause it is to do
        # says (place_frames.frames_doer reads a state's act there)
    subj = _doer(verb)
    return subj is not None and _acts(subj)


def _land_noun(tok: Token, nouns: frozenset[str], doers: frozenset[str], endings: tuple[str, ...]) -> bool:
    """A noun of the land's things, or a plural of agents that names no state's people."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower in nouns or lemma in nouns:
        return True
    return tok.tag_ == "NNS" and lower.endswith(endings) and lower not in doers and lemma not in doers


def _owner_of_noun(root: Token) -> bool:
    """The possessive of a common noun after it that is no noun of land, over no rank adjective
    or noun of land; the noun is the last of the compounds it heads ("Peru's net using population":
    the population) and any noun joined to it is read as well ("Chile's minerals and exports")."""
    _verbs, nouns, ranks, doers, endings = _lists()
    head = root.head
    if root.dep_ != "poss" or head.pos_ != "NOUN" or head.i <= root.i or head.ent_type_:
        return False
    if head.text[:1].isupper() and not head.is_sent_start or root.doc[head.i - 1].text in _QUOTES:
        return False  # "Kenya's Dawn", "Peru's 'angadias'": a name or a word quoted, no common noun
    while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head
    phrase = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if any(_land_noun(t, nouns, doers, endings) for t in phrase):
        return False
    between = root.doc[root.i + 1 : head.i]
    if any(t.lower_ in ranks or t.ent_type_ in _MEASURE_ENTS or _land_noun(t, nouns, doers, endings)
           for t in between):
        return False  # "Peru's largest city", "Chile's 5 million", "Kenya's Muslim minority", "Peru's oil exports"
    return True


@lru_cache(maxsize=1)
def _with_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The words of land that "with" may follow (place_invert.yaml with_land_words) and the verbs
    of a land's or a market's lot (areas.yaml's land_verbs and fate_verbs, place_invert.yaml's
    subject_land_verbs, place_light.yaml's economy_verbs)."""
    land, lot = word_lists("place_invert", "with_land_words", "subject_land_verbs")
    return land, lot | area_words("land_verbs") | area_words("fate_verbs") | economy_words(verbs=True)


def _named(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _party_with(span: Span) -> bool:
    """The country (or the first of a list) is what "with" holds after a noun, an adjective or a
    verb whose subject acts, and neither that word nor the noun right before "with" is one of the
    land's (place_invert.yaml with_land_words; a verb of the land's or the market's lot too)."""
    prep = preposition_holding(span, "with")
    if prep is None or any(c.dep_ == "advmod" for c in prep.children):
        return False  # "along with Peru", "together with Chile": one more of a list, whatever its role
    if _by_compass(span):
        return False  # "with Peru to the north and Chile to the south": how the land lies
    land = _with_lists()[0]
    owner = prep.head
    if _named(owner, land) and not _dealing(owner) or owner.lower_ in ("along", "together") \
            or _land_before(prep, land):
        return False  # "the border with Peru", "reinforced its border with Peru", "better in the
        # border areas with Chile"
    if owner.pos_ in ("NOUN", "ADJ"):
        return True  # "a negotiated solution with Peru", "the negotiator with Chile", "engaged with Peru"
    if owner.pos_ != "VERB" or _named(owner, _with_lists()[1]):
        return False  # "Peru has a long border with Chile", "won the race with Peru second"
    subj = _doer(owner)
    return subj is not None and _acts(subj)  # not "the selling continued with Peru the biggest loser"


def _by_compass(span: Span) -> bool:
    """A bearing follows the name ("with Peru to the north", "with Chile on its western flank";
    place_invert.yaml with_compass_words)."""
    (compass,) = word_lists("place_invert", "with_compass_words")
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("to", "on") and any(
        t.lower_ in compass for t in doc[span.end + 1:span.end + 4])


def _land_before(prep: Token, land: frozenset[str]) -> bool:
    """The noun right before "with" is one of the land's, or one that a land's word modifies
    ("its border with", "the border areas with", "the trade surplus with"), unless that noun is
    one of dealings ("a trade deal with Peru": areas.yaml's dealing and relation nouns)."""
    noun = prep.doc[prep.i - 1] if prep.i > 0 else None
    if noun is None or noun.pos_ != "NOUN" or _dealing(noun):
        return False
    return _named(noun, land) or any(c.dep_ in ("compound", "amod") and _named(c, land)
                                     for c in noun.children if c.i < noun.i)


def _dealing(tok: Token) -> bool:
    """A noun of dealings (areas.yaml's dealing and relation nouns: "a trade deal with Peru"), which
    no land's word makes the land's; "deal" as a verb may be a topic's ("deals with Peru")."""
    return tok.pos_ == "NOUN" and _named(tok, area_words("dealing_nouns") | area_words("relation_nouns"))


def land_lot_verbs() -> frozenset[str]:
    """The verbs of a land's or a market's lot (areas.yaml's land_verbs and fate_verbs,
    subject_land_verbs, place_light.yaml's economy_verbs): no act of a state."""
    return _with_lists()[1]


def _land_act(verb: Token) -> bool:
    return _named(verb, _with_lists()[1])


def _doer_for_to(root: Token) -> bool:
    """ "for Peru to swallow", "for Chile to return": the name that "for" holds is the subject of
    the infinitive after it (hung on the name or on the noun before "for"), an act of no land."""
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    doc = root.doc
    nxt = root.right_edge.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].lower_ != "to" or doc[nxt].dep_ != "aux":
        return False
    verb = doc[nxt].head
    return verb.pos_ == "VERB" and verb.i > nxt and not _land_act(verb)
