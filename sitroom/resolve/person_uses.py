"""How a name is used where it stands: among places and companies, or doing what organisations do.

A name the NER called a person is a place's or an organisation's when the list it stands in holds
only places and organisations ("Gilan, Semnan, Khorasan Razavi and Qazvin") or when it does what
organisations do ("Ryanair flew", "the Post ran a story") or is followed by ", which" as a clause's
subject ("Costco Wholesale, which continued ...") and nothing says a person is meant; a
street's or a building's when something is put there ("on Ben Yehuda Street"); no one's when it is
titles only ("Lord" alone, "Tory Lord"). Verbs and nouns are data (``titles.yaml``: ``org_verbs``,
``story_nouns``, ``place_before_words``).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_evidence import FAMILY_WORDS, person_after, titled

__all__ = ["list_items", "listed_among_things", "only_titles", "org_use", "placed", "strong_person_cue", "which_after",
           "worker_before"]


LIST_JOINS = frozenset({",", "and", "or", "&", ";"})
THING_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def listed_among_things(span: Span) -> bool:
    """ "provinces including Gilan, Semnan, Khorasan Razavi, Kordestan", "Pixies, Foo Fighters and
    Iron Maiden", "services such as Jackson Hewitt, H&R Block Inc and Liberty Tax Inc": a name in a
    list whose other items the NER read mostly as places or organisations is one of them."""
    labels = [e.label_ for e in list_items(span)]
    things = sum(lab in THING_LABELS for lab in labels)
    return things >= 2 and things > 2 * labels.count("PERSON")


def list_items(span: Span) -> list[Span]:
    """The entities listed with ``span`` ("X, Y and Z"); a list ends at the item after
    its "and" ("..., Kordestan and Qazvin, Ali Rezaei said": Ali Rezaei is no item)."""
    doc = span.doc
    ents = doc.ents  # each reading builds every entity's span anew
    ends = {e.end: e for e in ents}
    starts = {e.start: e for e in ents}
    items: list[Span] = []
    closed = False
    i = span.start  # walk left over "X, Y and" items
    while i > 0 and doc[i - 1].lower_ in LIST_JOINS:
        j = i - 1
        while j > 0 and doc[j - 1].lower_ in LIST_JOINS:
            j -= 1
        if any(t.lower_ in {"and", "or"} for t in doc[j:i]):
            if closed:
                break
            closed = True
        ent = ends.get(j)
        if ent is None:
            break
        if ent.start > 0 and doc[ent.start - 1].lower_ in {"of", "for"}:
            return []  # "Minister of Economy and Commerce, Daniyar Amangeldiev, ...": his title, no list
        items.append(ent)
        i = ent.start
    i = span.end  # and right, unless the list closed before this name
    while not closed and i < len(doc) and doc[i].lower_ in LIST_JOINS:
        j = i
        while j < len(doc) and doc[j].lower_ in LIST_JOINS:
            j += 1
        closed = any(t.lower_ in {"and", "or"} for t in doc[i:j])
        ent = starts.get(j)
        if ent is None:
            break
        items.append(ent)
        i = ent.end
    return items


def org_use(span: Span, titles: Titles) -> bool:
    """ "Ryanair flew 10 million passengers", "Politico published the memo", "the Post ran a story":
    the name is the subject of what organisations do far more often than people."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_ in titles.org_verbs:
        return True
    return verb.lemma_ == "run" and any(c.dep_ == "dobj" and c.lower_ in titles.story_nouns for c in verb.children)


def which_after(span: Span) -> bool:
    """ "Burlington bought C.H. Masland, which supplies carpets", "Laura Ashley, which is due to
    report": a clause after the name, opened by "which" as its subject, that says in the present
    what the named one is or does speaks of a thing; a person takes "who". A past verb is often
    about the whole event before ("loans to Saddam Hussein, which led to the invasion"), "which" as
    the object ("Putin, which Zarif called fruitful": the call) or with no comma ("an association
    with Brad Gilbert which yielded a title") are no cue."""
    doc = span.doc
    if not (span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "which"):
        return False
    which = doc[span.end + 1]
    return which.dep_ in {"nsubj", "nsubjpass"} and which.head.tag_ == "VBZ" and which.head.i > which.i


def strong_person_cue(span: Span, titles: Titles, title: str | None) -> bool:
    """A title or role word before the name, "he"/"she"/"who" after it, an age or a family word:
    what only a person has (saying something does not count: companies say things too)."""
    if title:
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if titled(prev, titles) or prev is not None and prev.lower_.rstrip(".") in FAMILY_WORDS:
        return True
    nxt = doc[span.end : span.end + 3]
    if person_after(nxt):
        return True  # "Parry, who", "Parry, 45,"
    # "Barak Ravid, senior diplomatic correspondent for ...": an apposition naming what he does
    after = doc[span.end + 1 : span.end + 6] if len(nxt) and nxt[0].text == "," else []
    for tok in after:
        if tok.lower_ in titles.words or tok.lower_ in titles.occupations:
            return True
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
            break
    return False


def worker_before(span: Span, titles: Titles) -> bool:
    """ "designer Ralph Lauren", "the billionaire Charles Schwab": a word for what a person does
    right before the name."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in titles.occupations


def placed(span: Span, titles: Titles) -> bool:
    """Something is put at the name: a word of place right before it (an article may stand
    between: "along the X Road"; so may a capitalised title that opens the street's name and that
    the NER left out of it: "down Judge Perez Drive", "on the General Smith Boulevard"), and no
    possessive after it ("at Lee Hall's home" is his)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s", "'"}:
        return False
    i = span.start - 1
    if i >= 0 and doc[i].text[:1].isupper() and titled(doc[i], titles):
        i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in titles.place_before_words


def only_titles(span: Span, titles: Titles) -> bool:
    """A lone courtesy title ("the changes proposed by Lord" where the NER split "Lord Dubs"), or
    words that are all titles, honorifics or occupations ("Tory Lord"); "Lord" as the surname of a
    fuller name in the document ("Ellen Lord") stays."""
    def titles_only(words: list[str]) -> bool:
        return all(w in titles.courtesy or w in titles.honorifics or w in titles.occupations for w in words)

    words = [t.lower_.rstrip(".") for t in span]
    if len(words) > 1:
        return titles_only(words)
    return words[0] in titles.courtesy and not any(
        e.label_ == "PERSON" and len(e) > 1 and span.text in {t.text for t in e}
        and not titles_only([t.lower_.rstrip(".") for t in e]) for e in span.doc.ents)
