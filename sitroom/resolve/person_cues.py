"""Cues at a one-word name: is a person meant ("Mr Parry", "Parry said", "told Putin"), or a club
named after its town ("beat a very tough Everton")?
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_evidence import FAMILY_WORDS, person_after, titled
from sitroom.resolve.text_language import given_name

__all__ = ["club_names", "lone_name_cue"]

# how a club is named before or after its one-word name (team_names.yaml): "beat Everton",
# "Ipswich v Bolton"; plural nouns of people that may stand before a name in a list
CLUB_BEFORE, MATCH_WORDS, PEOPLE_PLURALS, CLUB_ROLES = word_lists(
    "team_names", "club_before", "match_words", "people_plurals", "club_roles")
PERSON_SAYS = frozenset({"say", "tell", "add", "admit", "deny", "insist", "vow", "claim", "explain", "write"})
PERSON_NOUNS, _ENDINGS = word_lists("person_context", "person_nouns", "person_noun_endings")
AGENT_ENDINGS = tuple(sorted(_ENDINGS))  # "singer", "novelist", "appointee", "frontman"


def _club_use(span: Span) -> bool:
    """ "a very tough Everton", "the final with Porto", "to face Benfica", "Ipswich v Bolton", "League
    leaders Luton", "Premiership strugglers Norwich": how a team is named."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in MATCH_WORDS:
        return True  # "Ipswich v Bolton": a fixture
    i = span.start - 1
    while i >= 0 and (doc[i].pos_ in {"ADJ", "ADV"} and doc[i].is_lower):
        i -= 1
    return i >= 0 and (doc[i].lower_ in CLUB_BEFORE or (i < span.start - 1 and doc[i].lower_ in {"a", "an", "the"})
                       or i == span.start - 1 and _plural_before(doc[i]))


def _club_role_after(span: Span) -> bool:
    """ "Everton manager David Moyes", "Brentford boss Martin Allen": a club's role noun right after the
    one-word name, itself followed by the holder's name of two words or more; the name is the club's."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ not in CLUB_ROLES or not doc[i].is_lower:
        return False
    return all(t.pos_ == "PROPN" and t.is_title for t in doc[i + 1 : i + 3])


def _plural_before(prev) -> bool:
    """ "leaders Chelsea", "strugglers Norwich": a plural common noun right before a one-word name says
    what the club is among others; a person's title or role before the name is singular ("coach
    Parry"), and a plural word of a family ("sons Charles and Harry") names people."""
    low = prev.lower_
    return prev.tag_ == "NNS" and prev.is_lower and prev.is_alpha and low not in FAMILY_WORDS \
        and low.rstrip("s") not in FAMILY_WORDS and low not in PEOPLE_PLURALS


def _person_use(span: Span) -> bool:
    """ "brother Charles", "Jones, who says ...", "Jones said": a person, whatever else the name is."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end : span.end + 2]
    if prev is not None and prev.pos_ == "NOUN" and prev.is_lower and prev.lower_ not in CLUB_BEFORE \
            and not _plural_before(prev):
        return True  # "brother Charles"; not "Plymouth v Everton" ("v" tagged a noun), "leaders Chelsea"
    if any(t.lower_ in {"who", "whose", "she", "he", "her", "his"} for t in nxt):
        return True
    return len(nxt) > 0 and nxt[0].lemma_ in PERSON_SAYS


# verbs of saying and of a life whose subject is a person's; narrower than the speech lexicon
# (data/speech.yaml), whose "make", "put" or "note" have things as subjects as often
SPEECH = PERSON_SAYS | frozenset({"speak", "ask", "argue", "believe", "think", "note", "warn", "reply", "recall",
                                  "announce", "insist", "urge", "testify", "resign", "die", "marry", "joke", "quip"})
LIFE_NOUNS = FAMILY_WORDS | frozenset({
    "family", "career", "life", "death", "lawyer", "attorney", "spokesman", "spokeswoman", "campaign", "birthday",
    "funeral", "resignation", "visit", "meeting", "nomination", "speech", "remarks", "election", "presidency",
    "administration", "government", "aides", "tweet", "tweets"})
# nouns right after a name that make it an office holder's: "the Trump administration", "an Obama appointee"
OFFICE_AFTER = frozenset({"administration", "presidency", "appointee", "appointees", "era", "government", "cabinet",
                          "aide", "aides", "voters", "supporters", "loyalists", "nominee", "nominees", "officials"})
# verbs whose subject or object a one-word name is a person's as: "Zarif appointed an envoy", "told Putin"
HUMAN_VERBS = frozenset({"meet", "appoint", "nominate", "resign", "visit", "praise", "criticize", "criticise",
                         "accuse", "thank", "pledge", "admire", "tell", "ask", "urge"})


SUBJECT_VERBS = SPEECH | HUMAN_VERBS  # verbs whose subject a one-word name is a person's as


def lone_name_cue(span: Span, titles: Titles, title: str | None) -> bool:
    """Something at this one-word mention says a person is meant: a title, honorific or role word
    before it ("Mr Parry", "coach Parry", "brother Charles"; a lower-case noun only when it names a
    person or the name is a given name: not "the planet Galifray", ``person_noun``), "who" or a personal pronoun right
    after, a verb of saying ("Parry said", "said Parry"), an age ("Parry, 45,") or a person's
    belongings ("Parry's wife", "Parry's lawyer"), an office ("the Trump administration"), a verb
    only people take ("Zarif appointed", "told Putin", "meeting with Zarif"). A one-word name with no
    such cue at any mention and no fuller name in the document is a thing as often as a person
    ("Corridor", "Napster")."""
    if title:
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if titled(prev, titles) and not _role_fragment(prev, titles) or prev is not None \
            and prev.pos_ == "NOUN" and prev.is_lower and prev.is_alpha and not _modifies_noun(span) \
            and (person_noun(prev, titles) or given_name(span.text)):
        return True  # "coach Parry", "economist team Jim and Mary Roe"; not "of course Hogmanay parties",
        # "best actor Oscar nominee", "the planet Galifray", "the operating system Linux"
    if prev is not None:
        if prev.lemma_ in SPEECH and span.end < len(doc) and doc[span.end].is_punct:
            return True  # '..., said Parry.'
        if prev.text == "," and span.start > 1 and doc[span.start - 2].lower_ in FAMILY_WORDS:
            return True  # "his wife, Kathleen,"
    nxt = doc[span.end : span.end + 3]
    if person_after(nxt):
        return True  # "Parry, who", "Parry, 45,"
    if len(nxt) and (nxt[0].lemma_ in SPEECH or nxt[0].lower_ in OFFICE_AFTER):
        return True
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in SUBJECT_VERBS \
            or root.dep_ in {"dobj", "dative"} and root.head.lemma_ in HUMAN_VERBS:
        return True
    if prev is not None and prev.lower_ == "with" and span.start > 1 \
            and doc[span.start - 2].lemma_ in {"meeting", "meet", "talk", "talks"}:
        return True  # "his meeting with Zarif"
    possessive = nxt[0].lower_ in {"'s", "’s"} or nxt[0].text in {"'", "’"} and span[-1].lower_.endswith("s") \
        if len(nxt) else False  # "Parry's", and "Elvis' birthday": a name ending in s takes a bare apostrophe
    return len(nxt) >= 2 and possessive and nxt[1].lower_ in LIFE_NOUNS


def person_noun(tok, titles: Titles) -> bool:
    """A common noun that names a person (a role word, an occupation, a family word, a noun of
    ``person_context.yaml`` ``person_nouns``, or one ending as a doer's noun does): "coach",
    "wife", "legend", "sponsor"; not "planet", "system", "business"."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return any(w in titles.words or w in titles.occupations or w in FAMILY_WORDS or w in PERSON_NOUNS
               or w.endswith(AGENT_ENDINGS) for w in (low, lemma))


def _role_fragment(prev, titles: Titles) -> bool:
    """ "first" of "first lady", "prime" of "prime minister": a word of a longer role that is no role,
    title or honorific alone, so no title before a name ("my first Hogmanay")."""
    low = prev.lower_.rstrip(".")
    return prev.is_lower and low not in titles.roles and low not in titles.honorifics and low not in titles.courtesy


def _modifies_noun(span: Span) -> bool:
    """ "Hogmanay parties", "Oscar night": the name qualifies the common noun after it, so the noun before
    it ("of course", "best actor") qualifies that phrase, not a person."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and span.root.dep_ == "compound" \
        and span.root.head.i == nxt.i


def club_names(people: list[Span], is_town, titles: Titles) -> set[str]:
    """One-word names the NER tagged as people in a sports story that are the names of places,
    named as a team is at some mention ("beat a very tough Everton", "the final with Porto", "to
    face Benfica") and never as a person ("brother Charles", "Jones, who says", "Jones said"), nor
    after a courtesy title or a role, nor as a word of a fuller person's name in the document (a
    player is named in full at least once: "Wayne Rooney ... Rooney"). A one-word name before a
    club's role and its holder's full name ("Everton manager David Moyes") is a club, town or not."""
    parts = {t.text for p in people if len(p) > 1 for t in p}
    out: set[str] = set()
    for span in people:
        if len(span) != 1 or span.text in parts or span.text.isupper():
            continue
        if _club_role_after(span):
            out.add(span.text)  # "Everton manager David Moyes": a club the gazetteer may not know
            continue
        if not is_town(span.text):
            continue
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_.rstrip(".") in titles.courtesy | titles.words | titles.honorifics:
            continue  # "Mr Chelsea", "coach Porto": a person
        if _club_use(span):
            out.add(span.text)
    for span in people:  # a name once read as a person's keeps all its mentions
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if span.text in out and (_person_use(span) or prev is not None
                                 and prev.lower_.rstrip(".") in titles.courtesy | titles.words | titles.honorifics):
            out.discard(span.text)
    return out
