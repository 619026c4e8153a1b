"""Is a PERSON name made of plain English words and no given name?

The NER tags title-case phrases of common words as people: a journal's section ("BMJ Case
Reports"), a page's column or menu ("Backseat Driver", "Gift Guides", "News Headlines"), a game
or film title ("Fallen Order", "Drag Me to Hell"), a product feature ("Reader Web feed"). A
person's name of two or more English words opens with a given name ("Hope Yen", "Mark Meadows")
or ends with a common family name ("Stark Sands", "Saddam Hussein") or has something at a mention
that only a person has; a name with none of these is read like a lone one-word name
(``lone_name_cue`` decides). The English words are those of the model's
lemmatizer index (WordNet's nouns, verbs, adjectives and adverbs); a model without one, as
``spacy.blank("en")``, has no plain names. Given names: ``data/given_names.yaml``, all lists;
family names: ``data/surnames.yaml``.

A name that opens with an English adjective of the index that is no given name ("Desperate
Housewives", "Mortal Kombat", "Recent Samsung", "Global Platts"), or with a verb's "-ing" form
("Chasing Maria", "Robbing Harold"), is read the same way, whatever its
later words, a given name among them ("Dirty Harry"): a person's first name is a given name, or a
noun or a verb ("Boy George", "Pierce Brosnan", "Snoop Dogg" keep what they had). Given names that
are adjectives too are listed (``person_context.yaml`` ``given_words``: "Said Jalili", "Long
Dingbin"); a nickname so made ("Zippy Duvall") keeps the person when a mention has a cue (a role, a
person's noun, a list of people). A sports story reads no such name: its two-word names are its
players' ("Greedy Williams"), nicknames among them. Plain words before a given name that is a
verb of the index too ("Kill Bill", "Agriculture Bill") are read the same way, unless a title, an
occupation or a family word stands before it ("Coach Bill", "Uncle Bob").

A plain-word name is a person's when it stands in a list of people's names ("Grace Mallum, Hope
Bitrus, Glory Mother and Rebecca Ishaku"), follows a role and the place of the post ("Ambassador
to Tehran Pang Sen"), or is the subject of a verb whose participle clause is a person's saying ("X
reacted on Twitter, joking that ...").

A name that opens with an article of another language and goes on with no given name ("La
Boheme", "Die Welt", "Le Bernardin") is a title's and read the same way (``article_name``).

Such a name that names a body ("Freedom Caucus", "Ground Force", "Lambda Legal, a ... rights
organization") is an organisation's, not nobody's: what it does stays an event with a doer.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.org_names import head_word
from sitroom.resolve.org_party import renamed_by
from sitroom.resolve.person_cues import SUBJECT_VERBS
from sitroom.resolve.person_evidence import FAMILY_WORDS
from sitroom.resolve.person_uses import THING_LABELS, list_items

__all__ = ["EnglishWords", "article_name", "english_words", "plain_body", "plain_name", "plain_person_cue"]

MAX_WORDS = 4  # longer runs of capitalised words are headlines, read elsewhere
LEADING_POS = ("adj",)  # the index's part of speech few first names are drawn from (verbs: "Pierce", "Snoop")
MIN_LEADING = 3  # "Xi", "Li": two-letter words of the index are names of other languages


class EnglishWords(frozenset):
    """The index's lower-case words; ``leading`` holds its adjectives."""

    leading: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()


def english_words(nlp: Language) -> frozenset[str]:
    """The lower-case words of the lemmatizer's index (empty without a rule lemmatizer)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    pipe = nlp.get_pipe("lemmatizer")
    lookups = getattr(getattr(pipe, "inner", pipe), "lookups", None)  # sitroom's MemoLemmatizer wraps it
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words = EnglishWords(w for pos in index for w in index[pos] if w.isalpha())
    words.leading = frozenset(w for pos in LEADING_POS if pos in index for w in index[pos]
                              if w.isalpha() and len(w) >= MIN_LEADING)
    words.verbs = frozenset(w for w in index.get("verb", []) if w.isalpha() and len(w) >= MIN_LEADING)
    return words


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    female, male, either = word_lists("given_names", "female", "male", "either")
    return female | male | either


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    return word_lists("person_context", "given_words")[0]


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return word_lists("surnames", "common")[0]


_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")  # endings that take "-es" in the plural


def _english(word: str, words: frozenset[str]) -> bool:
    """A plain word, or the plural of one ("Reports", "Guides", "Nightmares", "Trends")."""
    w = word.casefold()
    return len(w) > 1 and w.isalpha() and (
        w in words or w.endswith("s") and w[:-1] in words
        or w.endswith("es") and w[:-2].endswith(_ES_AFTER) and w[:-2] in words  # "Boxes"; not "Paes"
        or w.endswith("ies") and w[:-3] + "y" in words)


def plain_name(name: str, words: frozenset[str], titles: Titles, leading: bool = True) -> bool:
    """Two to four English words, none a given name, a title or an honorific, or two to four words
    opening with an English adjective that is none of these, a title or an honorific in none of the
    others ("Dirty Harry": a given name after such a word is a title's; a superlative counts: "Finest
    Hour"); the last no common family name ("Case Reports", "Price Drop", "Mortal Kombat"; not "Hope
    Yen", "Pope Benedict", "Peri Lyons", "Karl E. Case", "Miss Kidman", "Magic Johnson"). Also English words
    before a last word that is a given name and a verb too ("Kill Bill", "Agriculture Bill").
    ``leading`` False reads only the first kind: a sports story's two-word names are its players'
    ("Greedy Williams"), nicknames among them, and seldom a show's or a firm's."""
    parts = [p.strip("'’") for p in name.split()]
    if not words or not 2 <= len(parts) <= MAX_WORDS:
        return False
    if parts[-1].casefold() in _surnames():
        return False
    named = _given() | titles.honorifics | titles.words
    if all(_english(p, words) and p.casefold() not in named for p in parts):
        return True
    if leading and _verb_given_last(parts, words, named, titles):
        return True
    first = parts[0].casefold()  # "Miss Kidman": a courtesy title is a verb's word too
    return leading and parts[0].istitle() and (_adjective(first, words) or _gerund(first, words)) \
        and first not in named and first not in titles.courtesy and first not in _given_words() \
        and not any(p.casefold() in titles.honorifics or p.casefold() in titles.words for p in parts[1:])


def _verb_given_last(parts: list[str], words: frozenset[str], named: frozenset[str], titles: Titles) -> bool:
    """English words, none a given name, a title, an honorific, an occupation or a family word ("Coach
    Bill", "Uncle Bob": what the person is), before a last word that is a given name and also a verb
    of the index, so a common word too ("Kill Bill", "Agriculture Bill", "Magic Mike"): a film's, a
    law's or a show's title. A given name that is no verb ("Boy George") keeps the person."""
    last = parts[-1].casefold()
    verbs = getattr(words, "verbs", frozenset())
    if last not in verbs or last not in _given():
        return False
    others = named | FAMILY_WORDS | titles.occupations | titles.courtesy
    return all(_english(p, words) and p.casefold() not in others for p in parts[:-1])


def _adjective(word: str, words: frozenset[str]) -> bool:
    """An adjective of the index, or its superlative ("finest", "greatest", "biggest", "happiest")."""
    leading = getattr(words, "leading", frozenset())
    if word in leading:
        return True
    if not word.endswith("est") or len(word) < MIN_LEADING + 3:
        return False
    stem = word[:-3]
    return any(w in leading for w in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                                      stem[:-1] + "y" if stem.endswith("i") else ""))


def _gerund(word: str, words: frozenset[str]) -> bool:
    """A verb's "-ing" form ("finding", "robbing", "amazing", "delivering"): a title's first word
    ("Finding X", "Chasing X"), seldom a first name (a given name of the lists is none)."""
    verbs = getattr(words, "verbs", frozenset())
    if not word.endswith("ing") or len(word) < MIN_LEADING + 3:
        return False
    stem = word[:-3]
    return any(w in verbs for w in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


def article_name(name: str) -> bool:
    """Two to four words, the first an article of another language and the second no given name
    ("La Boheme", "Die Welt", "Le Bernardin"; not "La David Johnson"): a title's words, read like a
    plain-word name (``name_kinds.yaml`` ``name_articles``)."""
    parts = name.split()
    articles, = word_lists("name_kinds", "name_articles")
    return 2 <= len(parts) <= MAX_WORDS and parts[0].istitle() and parts[0].casefold() in articles \
        and parts[1].strip("'’").casefold() not in _given()


def plain_body(name: str, spans: list[Span], titles: Titles) -> bool:
    """A plain-word name that names a body: it ends with a body's head word ("Freedom Caucus",
    "Ground Force"; ``org_names.yaml`` ``head_words``, ``titles.yaml`` ``company_words``), a
    mention is renamed by a body's noun ("Lambda Legal, a New York-based rights organization,"),
    or the same words end an organisation's name in the document ("the House Freedom Caucus")."""
    if head_word(name.split()[-1]):
        return True
    heads, = word_lists("org_names", "head_words")
    nouns = heads | frozenset(titles.company_nouns)
    if any(renamed_by(s, nouns) for s in spans):
        return True
    n = len(name.split())  # a word, no comma, before it: not "Leeds, Iron Maiden" of a list run together
    return any(e.label_ == "ORG" and len(e) > n and e.text.endswith(" " + name) and e[-n - 1].is_alpha
               for e in spans[0].doc.ents)


def plain_person_cue(span: Span, words: frozenset[str], titles: Titles) -> bool:
    """At this mention of a plain-word name something says a person is meant: it is listed with
    two or more people's names that are not plain words themselves and with few places or bodies
    ("Grace Mallum, Hope Bitrus and Glory Mother"; not "Pixies, Foo Fighters and Iron Maiden"), it
    follows a role and the place of the post ("Ambassador to Tehran Pang Sen"), or it is the
    subject of a verb whose participle clause says what a person says ("X reacted on Twitter,
    joking"; ``person_cues.SUBJECT_VERBS``)."""
    items = list_items(span)
    people = sum(e.label_ == "PERSON" and len(e) > 1 and not plain_name(e.text, words, titles) for e in items)
    if people >= 2 and people > 2 * sum(e.label_ in THING_LABELS for e in items):
        return True
    if _posted_before(span, titles):
        return True
    root = span.root
    return root.dep_ == "nsubj" and any(
        c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_ in SUBJECT_VERBS for c in root.head.children)


def _posted_before(span: Span, titles: Titles) -> bool:
    """ "China Ambassador to Tehran Pang Sen", "envoy in Kabul X": a role word, "to" or "in" and a
    place's name right before the name."""
    doc = span.doc
    place = next((e for e in doc.ents if e.end == span.start and e.label_ in {"GPE", "LOC"}), None)
    return place is not None and place.start >= 2 and doc[place.start - 1].lower_ in {"to", "in"} \
        and doc[place.start - 2].lower_ in titles.words and doc[place.start - 2].pos_ in {"NOUN", "PROPN"}
