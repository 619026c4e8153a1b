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
  sport, or a rank adjective makes it one of the land's things ("Peru's largest city").

Only a country outside a match report (``country`` and ``acting``). Word lists:
place_invert.yaml, with areas.yaml's place_possessions, person_nouns, town_people_nouns and
state_people_nouns."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words

__all__ = ["inverted_state"]

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
    return _object_of_doer(root) or _owner_of_noun(root)


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
