"""An event noun that names an act already there keeps its own status, not the mood of the clause
that mentions it (used by ``event_mood``).

Four shapes in which the phrase around the noun, not the clause, says the act exists:

- the noun is what another noun stops or lifts ("in return for a halt to joint naval
  exercises", "called for the lifting of the sanctions"): what is to be halted is going on
  (ongoing), what is to be lifted was imposed (occurred), whatever the mood of the halting;
- the noun sets the time of a past clause ("were not named during a Dutch probe", "did not
  speak after the talks"): the clause's negation or doubt is about its own act, and the act it
  is set in took place. Not a clause ahead or in a modal ("will speak during the talks");
- the noun is dated in the past by a modifier of its own ("may reconsider the 2018 withdrawal",
  "wants to revive last year's talks"): it took place;
- the noun is the subject of a verb in the past or the perfect that says what the act did
  ("asked whether Russian requests have derailed the talks", "if the strikes killed anyone"): the
  question or the case is about what it did, and the act was made. Not a verb that says whether
  it took place ("whether the talks took place"), a modal, nor an act put as any case ("if an
  attack killed anyone").

Word lists in data/mood.yaml (halting_nouns, lifting_nouns, undone_preps, setting_preps,
past_date_words).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_words import HYPO_WORDS, PLAN_VERBS, REQUEST_VERBS, SAY_VERBS
from sitroom.components.event_words import word_lists
from sitroom.resolve.dates import anchor_of

__all__ = ["acted_past", "dated_past", "set_in_past", "stopped_by_noun"]

# the modifiers through which a noun is dated: "the 2018 withdrawal", "last year's talks"
_DATING_DEPS = frozenset({"poss", "compound", "nummod", "npadvmod", "nmod", "amod"})

# auxiliaries of a past clause: "did not speak", "were not disclosed", "had left"
_PAST_AUX = frozenset({"did", "was", "were", "had", "has", "have", "'d", "’d"})


def stopped_by_noun(noun: Token) -> str | None:
    """"ongoing" for an act a halting noun takes ("a halt to the drills", "an end to attacks"),
    "occurred" for a measure a lifting noun takes ("the lifting of the sanctions") and for what
    a halting noun's "of" tells the end of ("since the end of the war"), else None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    halting, lifting, preps = word_lists("mood", "halting_nouns", "lifting_nouns", "undone_preps")
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in preps or prep.head.i == prep.i:
        return None
    head = prep.head
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if lemma in halting and prep.lower_ != "of":
        return "ongoing"
    # "since the end of the war", "the suspension of talks": an end told of what took place
    return "occurred" if lemma in halting | lifting else None


def set_in_past(noun: Token) -> bool:
    """The noun is the object of a preposition of time (data/mood.yaml setting_preps) on a verb
    told in the past, with no modal: "were not named during a Dutch probe"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    (preps,) = word_lists("mood", "setting_preps")
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in preps or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return False
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in kids):
        return False
    if kids:  # "were not disclosed", "did not speak", "has not commented"
        return kids[0].lower_ in _PAST_AUX
    return verb.tag_ == "VBD"  # "left after the talks"


def dated_past(noun: Token) -> bool:
    """A modifier of the noun in a date (before it, or a year after "in") names a past time: a
    year before the year of publication (any year when that is unknown: an act is seldom named by
    a year ahead) or a word of data/mood.yaml past_date_words ("last year's talks", "the talks
    in 2012")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    (earlier,) = word_lists("mood", "past_date_words")
    anchor = anchor_of(noun.doc._.published) if noun.doc.has_extension("published") else None
    for mod in noun.children:
        # ... or after it, a year "in" or "during" which it took place ("the talks in 2012")
        after = mod.i > noun.i and mod.dep_ == "prep" and mod.lower_ in ("in", "during")
        if (mod.dep_ not in _DATING_DEPS or mod.i > noun.i) and not after:
            continue
        words = [t for t in mod.subtree if t.ent_type_ == "DATE"]
        if after:  # (only the year itself as the object, or a date's: "in late January 2016";
            # not "in the 2024 elections")
            words = [t for t in words if t.dep_ == "pobj" and t.head.i == mod.i or (
                t.head.dep_ == "pobj" and t.head.head.i == mod.i and t.head.ent_type_ == "DATE")]
        if any(t.lower_ in earlier for t in words):
            return True
        years = [int(t.text) for t in words if t.text.isdigit() and len(t.text) == 4]
        if years and (anchor is None or max(years) < anchor.year):
            return True
    return False


_PERFECT_AUX = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"})
_OPEN_DETERMINERS = frozenset({"a", "an", "any", "no", "every", "some", "another"})


def acted_past(noun: Token) -> bool:
    """The event noun is the active subject of a verb in the past or perfect that tells what the
    act did, not whether it took place (data/mood.yaml occurrence_verbs)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "det" and c.lower_ in _OPEN_DETERMINERS for c in tok.children):
        return False
    (occurrence,) = word_lists("mood", "occurrence_verbs")
    lemma = verb.lemma_.lower()
    # (nor a verb only a party does, where the parse took a noun for its subject: "the second
    # deal Murdoch has proposed")
    if lemma in occurrence or lemma in PLAN_VERBS or lemma in REQUEST_VERBS or lemma in SAY_VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False
    # a copula that only weighs the act's chance or timing ("talks were possible", "a deal was
    # unlikely", "the visit was due") tells nothing it did
    if lemma == "be" and any(
            c.dep_ == "acomp" and (c.lower_ in HYPO_WORDS or c.lower_ in PLAN_VERBS) for c in kids):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in kids))
